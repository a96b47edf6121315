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
function validateAdvancedMessageReactionContent(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageReactionContent(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAdvancedMessageReactionContent(value) {
  try {
    return $isAdvancedMessageReactionContent(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageReactionContent(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "messageId", v["messageId"])) return false;
  if (!$isStringProperty(v, "emoji", v["emoji"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ["messageId", "emoji"])) return false;
  }
  return true;
}
function $checkAdvancedMessageReactionContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, v, "emoji", v["emoji"], true);
    if (s) {
      $extraKeys(e, p, v, ["messageId", "emoji"]);
    }
  }
}
export {
  $checkAdvancedMessageReactionContent,
  $isAdvancedMessageReactionContent,
  isAdvancedMessageReactionContent,
  validateAdvancedMessageReactionContent
};
