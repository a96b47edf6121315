// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $type,
  $esc,
  $errors,
  $fail,
  $caught,
  $reported
} from "../../support/validation.js";
function validateChatMessageMetadata(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatMessageMetadata(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isChatMessageMetadata(value) {
  try {
    return $isChatMessageMetadata(value, false);
  } catch {
    return false;
  }
}
function $isChatMessageMetadata(v, _s) {
  if (!$isObject(v)) return false;
  for (const k1 in v) {
    if (!$hasOwn.call(v, k1)) continue;
    const v2 = v[k1];
    if (typeof v2 !== "string") return false;
  }
  return true;
}
function $checkChatMessageMetadata(v, p, e, _s) {
  if ($checkObject(e, p, v)) {
    for (const k1 in v) {
      if (!$hasOwn.call(v, k1)) continue;
      const v2 = v[k1];
      if (typeof v2 !== "string") {
        $fail(e, p + "/" + $esc(k1), "must be a string", "string", $type(v2));
      }
    }
  }
}
export {
  $checkChatMessageMetadata,
  $isChatMessageMetadata,
  isChatMessageMetadata,
  validateChatMessageMetadata
};
