// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
import { $isCommunicationIdentifier, $checkCommunicationIdentifier } from "./CommunicationIdentifier.js";
function validateCallParticipant(value, options) {
  return $validate($isCallParticipant, $checkCallParticipant, value, options);
}
function isCallParticipant(value) {
  try {
    return $isCallParticipant(value, false);
  } catch {
    return false;
  }
}
function $isCallParticipant(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["communicationIdentifier"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("communicationIdentifier" in r1) || $hasOwn.call(v, "communicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v5 = v["role"];
  if (typeof v5 !== "string" && v5 !== void 0 && (!("role" in r1) || $hasOwn.call(v, "role")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["communicationIdentifier", "role"])) return false;
  }
  return true;
}
function $checkCallParticipant(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["communicationIdentifier"];
    if ($has(e, p, "communicationIdentifier" in r1 && v, "communicationIdentifier", v2)) {
      $checkCommunicationIdentifier(v2, p + "/communicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "role" in r1 && v, "role", v["role"], true);
    if (s) {
      $extraKeys(e, p, v, ["communicationIdentifier", "role"]);
    }
  }
}
export {
  $checkCallParticipant,
  $isCallParticipant,
  isCallParticipant,
  validateCallParticipant
};
