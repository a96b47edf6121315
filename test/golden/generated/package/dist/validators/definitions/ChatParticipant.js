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
function validateChatParticipant(value, options) {
  return $validate($isChatParticipant, $checkChatParticipant, value, options);
}
function isChatParticipant(value) {
  try {
    return $isChatParticipant(value, false);
  } catch {
    return false;
  }
}
function $isChatParticipant(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["displayName"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "displayName" in r1 && !$hasOwn.call(v, "displayName")) return false;
  const v3 = v["participantCommunicationIdentifier"];
  if (v3 === void 0 || "participantCommunicationIdentifier" in r1 && !$hasOwn.call(v, "participantCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  if (s) {
    if (!$onlyKeys(v, ["displayName", "participantCommunicationIdentifier"])) return false;
  }
  return true;
}
function $checkChatParticipant(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "displayName" in r1 && v, "displayName", v["displayName"]);
    const v2 = v["participantCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "participantCommunicationIdentifier" in r1 && v,
      "participantCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/participantCommunicationIdentifier", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["displayName", "participantCommunicationIdentifier"]);
    }
  }
}
export {
  $checkChatParticipant,
  $isChatParticipant,
  isChatParticipant,
  validateChatParticipant
};
