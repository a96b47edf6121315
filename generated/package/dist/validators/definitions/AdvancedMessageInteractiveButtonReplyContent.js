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
function validateAdvancedMessageInteractiveButtonReplyContent(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageInteractiveButtonReplyContent(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAdvancedMessageInteractiveButtonReplyContent(value) {
  try {
    return $isAdvancedMessageInteractiveButtonReplyContent(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageInteractiveButtonReplyContent(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "id", v["id"], true)) return false;
  if (!$isStringProperty(v, "title", v["title"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ["id", "title"])) return false;
  }
  return true;
}
function $checkAdvancedMessageInteractiveButtonReplyContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "id", v["id"], true);
    $checkStringProperty(e, p, v, "title", v["title"], true);
    if (s) {
      $extraKeys(e, p, v, ["id", "title"]);
    }
  }
}
export {
  $checkAdvancedMessageInteractiveButtonReplyContent,
  $isAdvancedMessageInteractiveButtonReplyContent,
  isAdvancedMessageInteractiveButtonReplyContent,
  validateAdvancedMessageInteractiveButtonReplyContent
};
