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
  $reported
} from "../../support/validation.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
function validateAcsUserDisconnectedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsUserDisconnectedEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAcsUserDisconnectedEventData(value) {
  try {
    return $isAcsUserDisconnectedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsUserDisconnectedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v1 = v["userCommunicationIdentifier"];
  if ($own(v, "userCommunicationIdentifier", v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["userCommunicationIdentifier"])) return false;
  }
  return true;
}
function $checkAcsUserDisconnectedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const v1 = v["userCommunicationIdentifier"];
    if ($has(e, p, v, "userCommunicationIdentifier", v1)) {
      $checkCommunicationIdentifier(v1, p + "/userCommunicationIdentifier", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["userCommunicationIdentifier"]);
    }
  }
}
export {
  isAcsUserDisconnectedEventData,
  validateAcsUserDisconnectedEventData
};
