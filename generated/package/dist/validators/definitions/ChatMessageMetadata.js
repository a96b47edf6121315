// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $type,
  $esc,
  $fail,
  $validate
} from "../../support/validation.js";
function validateChatMessageMetadata(value, options) {
  return $validate($isChatMessageMetadata, $checkChatMessageMetadata, value, options);
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
  for (const k2 in v) {
    if (!$hasOwn.call(v, k2)) continue;
    const v3 = v[k2];
    if (typeof v3 !== "string") return false;
  }
  return true;
}
function $checkChatMessageMetadata(v, p, e, _s) {
  if ($checkObject(e, p, v)) {
    for (const k2 in v) {
      if (!$hasOwn.call(v, k2)) continue;
      const v3 = v[k2];
      if (typeof v3 !== "string") {
        $fail(e, p + "/" + $esc(k2), "must be a string", "string", $type(v3));
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
