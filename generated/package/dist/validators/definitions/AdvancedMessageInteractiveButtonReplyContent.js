// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
function validateAdvancedMessageInteractiveButtonReplyContent(value, options) {
  return $validate(
    $isAdvancedMessageInteractiveButtonReplyContent,
    $checkAdvancedMessageInteractiveButtonReplyContent,
    value,
    options
  );
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
  const v2 = v["id"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("id" in r1) || $hasOwn.call(v, "id"))) return false;
  const v3 = v["title"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("title" in r1) || $hasOwn.call(v, "title")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["id", "title"])) return false;
  }
  return true;
}
function $checkAdvancedMessageInteractiveButtonReplyContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"], true);
    $checkStringProperty(e, p, "title" in r1 && v, "title", v["title"], true);
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
