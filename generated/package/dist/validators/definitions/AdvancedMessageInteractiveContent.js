// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $fail,
  $validate
} from "../../support/validation.js";
import {
  $isAdvancedMessageInteractiveButtonReplyContent,
  $checkAdvancedMessageInteractiveButtonReplyContent
} from "./AdvancedMessageInteractiveButtonReplyContent.js";
import {
  $isAdvancedMessageInteractiveListReplyContent,
  $checkAdvancedMessageInteractiveListReplyContent
} from "./AdvancedMessageInteractiveListReplyContent.js";
function validateAdvancedMessageInteractiveContent(value, options) {
  return $validate(
    $isAdvancedMessageInteractiveContent,
    $checkAdvancedMessageInteractiveContent,
    value,
    options
  );
}
function isAdvancedMessageInteractiveContent(value) {
  try {
    return $isAdvancedMessageInteractiveContent(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageInteractiveContent(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["type"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("type" in r1) || $hasOwn.call(v, "type"))) {
    if (typeof v2 !== "string") return false;
  }
  const v5 = v["buttonReply"];
  if (v5 !== void 0 && (!("buttonReply" in r1) || $hasOwn.call(v, "buttonReply"))) {
    if (!$isAdvancedMessageInteractiveButtonReplyContent(v5, s)) return false;
  }
  const v8 = v["listReply"];
  if (v8 !== void 0 && (!("listReply" in r1) || $hasOwn.call(v, "listReply"))) {
    if (!$isAdvancedMessageInteractiveListReplyContent(v8, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["type", "buttonReply", "listReply"])) return false;
  }
  return true;
}
function $checkAdvancedMessageInteractiveContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["type"];
    if ($has(e, p, "type" in r1 && v, "type", v2)) {
      if (typeof v2 !== "string") {
        $fail(
          e,
          p + "/type",
          'must be one of "buttonReply" | "listReply" | "unknown" | string',
          '"buttonReply" | "listReply" | "unknown" | string',
          $show(v2)
        );
      }
    }
    const v5 = v["buttonReply"];
    if ($has(e, p, "buttonReply" in r1 && v, "buttonReply", v5)) {
      $checkAdvancedMessageInteractiveButtonReplyContent(v5, p + "/buttonReply", e, s);
    }
    const v8 = v["listReply"];
    if ($has(e, p, "listReply" in r1 && v, "listReply", v8)) {
      $checkAdvancedMessageInteractiveListReplyContent(v8, p + "/listReply", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["type", "buttonReply", "listReply"]);
    }
  }
}
export {
  $checkAdvancedMessageInteractiveContent,
  $isAdvancedMessageInteractiveContent,
  isAdvancedMessageInteractiveContent,
  validateAdvancedMessageInteractiveContent
};
