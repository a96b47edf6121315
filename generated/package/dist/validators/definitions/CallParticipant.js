// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty
} from "../../support/validation.js";
import { $isCommunicationIdentifier, $checkCommunicationIdentifier } from "./CommunicationIdentifier.js";
function validateCallParticipant(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCallParticipant(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  const v1 = v["communicationIdentifier"];
  if ($own(v, "communicationIdentifier", v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  if (!$isStringProperty(v, "role", v["role"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ["communicationIdentifier", "role"])) return false;
  }
  return true;
}
function $checkCallParticipant(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const v1 = v["communicationIdentifier"];
    if ($has(e, p, v, "communicationIdentifier", v1)) {
      $checkCommunicationIdentifier(v1, p + "/communicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, v, "role", v["role"], true);
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
