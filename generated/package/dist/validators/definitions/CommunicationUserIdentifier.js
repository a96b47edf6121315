// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
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
function validateCommunicationUserIdentifier(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCommunicationUserIdentifier(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isCommunicationUserIdentifier(value) {
  try {
    return $isCommunicationUserIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isCommunicationUserIdentifier(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "id", v["id"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["id"])) return false;
  }
  return true;
}
function $checkCommunicationUserIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "id", v["id"]);
    if (s) {
      $extraKeys(e, p, v, ["id"]);
    }
  }
}
export {
  $checkCommunicationUserIdentifier,
  $isCommunicationUserIdentifier,
  isCommunicationUserIdentifier,
  validateCommunicationUserIdentifier
};
