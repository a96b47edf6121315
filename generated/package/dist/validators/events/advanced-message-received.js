// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $dateTime,
  $fail,
  $validate,
  $checkStringProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
import {
  $isAdvancedMessageButtonContent,
  $checkAdvancedMessageButtonContent
} from "../definitions/AdvancedMessageButtonContent.js";
import {
  $isAdvancedMessageChannelEventError,
  $checkAdvancedMessageChannelEventError
} from "../definitions/AdvancedMessageChannelEventError.js";
import {
  $isAdvancedMessageContext,
  $checkAdvancedMessageContext
} from "../definitions/AdvancedMessageContext.js";
import {
  $isAdvancedMessageInteractiveContent,
  $checkAdvancedMessageInteractiveContent
} from "../definitions/AdvancedMessageInteractiveContent.js";
import {
  $isAdvancedMessageMediaContent,
  $checkAdvancedMessageMediaContent
} from "../definitions/AdvancedMessageMediaContent.js";
import {
  $isAdvancedMessageReactionContent,
  $checkAdvancedMessageReactionContent
} from "../definitions/AdvancedMessageReactionContent.js";
function validateAcsAdvancedMessageReceivedEventData(value, options) {
  return $validate(
    $isAcsAdvancedMessageReceivedEventData,
    $checkAcsAdvancedMessageReceivedEventData,
    value,
    options
  );
}
function isAcsAdvancedMessageReceivedEventData(value) {
  try {
    return $isAcsAdvancedMessageReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsAdvancedMessageReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["channelType"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === void 0 || "channelType" in r3 && !$hasOwn.call(v, "channelType")) return false;
  if (typeof v4 !== "string") return false;
  const v7 = v["from"];
  if (typeof v7 !== "string" || "from" in r3 && !$hasOwn.call(v, "from")) return false;
  const v8 = v["to"];
  if (typeof v8 !== "string" || "to" in r3 && !$hasOwn.call(v, "to")) return false;
  const v9 = v["receivedTimestamp"];
  if (typeof v9 !== "string" || "receivedTimestamp" in r3 && !$hasOwn.call(v, "receivedTimestamp"))
    return false;
  const v10 = v["error"];
  if (v10 !== void 0 && (!("error" in r3) || $hasOwn.call(v, "error"))) {
    if (!$isAdvancedMessageChannelEventError(v10, s)) return false;
  }
  if (!$dateTime(v9)) return false;
  const v14 = v["messageId"];
  const r13 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v14 !== "string" && v14 !== void 0 && (!("messageId" in r13) || $hasOwn.call(v, "messageId")))
    return false;
  const v15 = v["messageType"];
  if (typeof v15 !== "string" || "messageType" in r13 && !$hasOwn.call(v, "messageType")) return false;
  const v16 = v["content"];
  if (typeof v16 !== "string" && v16 !== void 0 && (!("content" in r13) || $hasOwn.call(v, "content")))
    return false;
  const v17 = v["media"];
  if (v17 !== void 0 && (!("media" in r13) || $hasOwn.call(v, "media"))) {
    if (!$isAdvancedMessageMediaContent(v17, s)) return false;
  }
  const v20 = v["context"];
  if (v20 !== void 0 && (!("context" in r13) || $hasOwn.call(v, "context"))) {
    if (!$isAdvancedMessageContext(v20, s)) return false;
  }
  const v23 = v["button"];
  if (v23 !== void 0 && (!("button" in r13) || $hasOwn.call(v, "button"))) {
    if (!$isAdvancedMessageButtonContent(v23, s)) return false;
  }
  const v26 = v["interactive"];
  if (v26 !== void 0 && (!("interactive" in r13) || $hasOwn.call(v, "interactive"))) {
    if (!$isAdvancedMessageInteractiveContent(v26, s)) return false;
  }
  const v29 = v["reaction"];
  if (v29 !== void 0 && (!("reaction" in r13) || $hasOwn.call(v, "reaction"))) {
    if (!$isAdvancedMessageReactionContent(v29, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "channelType",
      "from",
      "to",
      "receivedTimestamp",
      "error",
      "messageId",
      "messageType",
      "content",
      "media",
      "context",
      "button",
      "interactive",
      "reaction"
    ]))
      return false;
  }
  return true;
}
function $checkAcsAdvancedMessageReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v["channelType"];
    if ($has(e, p, "channelType" in r3 && v, "channelType", v4, '"whatsapp" | string')) {
      if (typeof v4 !== "string") {
        $fail(e, p + "/channelType", 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v4));
      }
    }
    $checkStringProperty(e, p, "from" in r3 && v, "from", v["from"]);
    $checkStringProperty(e, p, "to" in r3 && v, "to", v["to"]);
    $checkDateTimeProperty(e, p, "receivedTimestamp" in r3 && v, "receivedTimestamp", v["receivedTimestamp"]);
    const v7 = v["error"];
    if ($has(e, p, "error" in r3 && v, "error", v7)) {
      $checkAdvancedMessageChannelEventError(v7, p + "/error", e, s);
    }
    const r10 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageId" in r10 && v, "messageId", v["messageId"], true);
    $checkStringProperty(e, p, "messageType" in r10 && v, "messageType", v["messageType"]);
    $checkStringProperty(e, p, "content" in r10 && v, "content", v["content"], true);
    const v11 = v["media"];
    if ($has(e, p, "media" in r10 && v, "media", v11)) {
      $checkAdvancedMessageMediaContent(v11, p + "/media", e, s);
    }
    const v14 = v["context"];
    if ($has(e, p, "context" in r10 && v, "context", v14)) {
      $checkAdvancedMessageContext(v14, p + "/context", e, s);
    }
    const v17 = v["button"];
    if ($has(e, p, "button" in r10 && v, "button", v17)) {
      $checkAdvancedMessageButtonContent(v17, p + "/button", e, s);
    }
    const v20 = v["interactive"];
    if ($has(e, p, "interactive" in r10 && v, "interactive", v20)) {
      $checkAdvancedMessageInteractiveContent(v20, p + "/interactive", e, s);
    }
    const v23 = v["reaction"];
    if ($has(e, p, "reaction" in r10 && v, "reaction", v23)) {
      $checkAdvancedMessageReactionContent(v23, p + "/reaction", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "channelType",
        "from",
        "to",
        "receivedTimestamp",
        "error",
        "messageId",
        "messageType",
        "content",
        "media",
        "context",
        "button",
        "interactive",
        "reaction"
      ]);
    }
  }
}
export {
  isAcsAdvancedMessageReceivedEventData,
  validateAcsAdvancedMessageReceivedEventData
};
