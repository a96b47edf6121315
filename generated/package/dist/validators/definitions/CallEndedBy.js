// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $fail,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
import { $isCommunicationIdentifier, $checkCommunicationIdentifier } from "./CommunicationIdentifier.js";
function validateCallEndedBy(value, options) {
  return $validate($isCallEndedBy, $checkCallEndedBy, value, options);
}
function isCallEndedBy(value) {
  try {
    return $isCallEndedBy(value, false);
  } catch {
    return false;
  }
}
function $isCallEndedBy(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["communicationIdentifier"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("communicationIdentifier" in r1) || $hasOwn.call(v, "communicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v5 = v["type"];
  if (v5 !== void 0 && (!("type" in r1) || $hasOwn.call(v, "type"))) {
    if (typeof v5 !== "string") return false;
  }
  const v8 = v["name"];
  if (typeof v8 !== "string" && v8 !== void 0 && (!("name" in r1) || $hasOwn.call(v, "name")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["communicationIdentifier", "type", "name"])) return false;
  }
  return true;
}
function $checkCallEndedBy(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["communicationIdentifier"];
    if ($has(e, p, "communicationIdentifier" in r1 && v, "communicationIdentifier", v2)) {
      $checkCommunicationIdentifier(v2, p + "/communicationIdentifier", e, s);
    }
    const v5 = v["type"];
    if ($has(e, p, "type" in r1 && v, "type", v5)) {
      if (typeof v5 !== "string") {
        $fail(
          e,
          p + "/type",
          'must be one of "Participant" | "MicrosoftInternal" | string',
          '"Participant" | "MicrosoftInternal" | string',
          $show(v5)
        );
      }
    }
    $checkStringProperty(e, p, "name" in r1 && v, "name", v["name"], true);
    if (s) {
      $extraKeys(e, p, v, ["communicationIdentifier", "type", "name"]);
    }
  }
}
export {
  $checkCallEndedBy,
  $isCallEndedBy,
  isCallEndedBy,
  validateCallEndedBy
};
