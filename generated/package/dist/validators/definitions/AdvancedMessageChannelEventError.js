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
function validateAdvancedMessageChannelEventError(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageChannelEventError(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAdvancedMessageChannelEventError(value) {
  try {
    return $isAdvancedMessageChannelEventError(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageChannelEventError(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "channelCode", v["channelCode"], true)) return false;
  if (!$isStringProperty(v, "channelMessage", v["channelMessage"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ["channelCode", "channelMessage"])) return false;
  }
  return true;
}
function $checkAdvancedMessageChannelEventError(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "channelCode", v["channelCode"], true);
    $checkStringProperty(e, p, v, "channelMessage", v["channelMessage"], true);
    if (s) {
      $extraKeys(e, p, v, ["channelCode", "channelMessage"]);
    }
  }
}
export {
  $checkAdvancedMessageChannelEventError,
  $isAdvancedMessageChannelEventError,
  isAdvancedMessageChannelEventError,
  validateAdvancedMessageChannelEventError
};
