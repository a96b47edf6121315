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
function validateChatThreadMetadata(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatThreadMetadata(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isChatThreadMetadata(value) {
  try {
    return $isChatThreadMetadata(value, false);
  } catch {
    return false;
  }
}
function $isChatThreadMetadata(v, _s) {
  if (!$isObject(v)) return false;
  for (const k1 in v) {
    if (!$hasOwn.call(v, k1)) continue;
    const v2 = v[k1];
    if (typeof v2 !== "string") return false;
  }
  return true;
}
function $checkChatThreadMetadata(v, p, e, _s) {
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
  $checkChatThreadMetadata,
  $isChatThreadMetadata,
  isChatThreadMetadata,
  validateChatThreadMetadata
};
