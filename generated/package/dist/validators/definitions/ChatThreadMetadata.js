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
function validateChatThreadMetadata(value, options) {
  return $validate($isChatThreadMetadata, $checkChatThreadMetadata, value, options);
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
  for (const k2 in v) {
    if (!$hasOwn.call(v, k2)) continue;
    const v3 = v[k2];
    if (typeof v3 !== "string") return false;
  }
  return true;
}
function $checkChatThreadMetadata(v, p, e, _s) {
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
  $checkChatThreadMetadata,
  $isChatThreadMetadata,
  isChatThreadMetadata,
  validateChatThreadMetadata
};
