// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $esc,
  $dateTime,
  $int32,
  $errors,
  $fail,
  $caught,
  $reported,
  $validate,
  $nullProto,
  $checkStringProperty,
  $checkIntegerProperty,
  $checkNumberProperty,
  $checkBooleanProperty,
  $checkDateTimeProperty
} from "./support/validation.js";
import { $wireForms } from "./support/wire-normalization.js";
function validateAdvancedMessageButtonContent(value, options) {
  return $validate(
    $isAdvancedMessageButtonContent,
    $checkAdvancedMessageButtonContent,
    value,
    options
  );
}
function isAdvancedMessageButtonContent(value) {
  try {
    return $isAdvancedMessageButtonContent(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageButtonContent(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["text"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("text" in r1) || $hasOwn.call(v, "text")))
    return false;
  const v3 = v["payload"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("payload" in r1) || $hasOwn.call(v, "payload")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["text", "payload"])) return false;
  }
  return true;
}
function $checkAdvancedMessageButtonContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "text" in r1 && v, "text", v["text"], true);
    $checkStringProperty(e, p, "payload" in r1 && v, "payload", v["payload"], true);
    if (s) {
      $extraKeys(e, p, v, ["text", "payload"]);
    }
  }
}
function validateAdvancedMessageChannelEventError(value, options) {
  return $validate(
    $isAdvancedMessageChannelEventError,
    $checkAdvancedMessageChannelEventError,
    value,
    options
  );
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
  const v2 = v["channelCode"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("channelCode" in r1) || $hasOwn.call(v, "channelCode")))
    return false;
  const v3 = v["channelMessage"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("channelMessage" in r1) || $hasOwn.call(v, "channelMessage")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["channelCode", "channelMessage"])) return false;
  }
  return true;
}
function $checkAdvancedMessageChannelEventError(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "channelCode" in r1 && v, "channelCode", v["channelCode"], true);
    $checkStringProperty(e, p, "channelMessage" in r1 && v, "channelMessage", v["channelMessage"], true);
    if (s) {
      $extraKeys(e, p, v, ["channelCode", "channelMessage"]);
    }
  }
}
function validateAdvancedMessageContext(value, options) {
  return $validate(
    $isAdvancedMessageContext,
    $checkAdvancedMessageContext,
    value,
    options
  );
}
function isAdvancedMessageContext(value) {
  try {
    return $isAdvancedMessageContext(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageContext(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["from"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("from" in r1) || $hasOwn.call(v, "from")))
    return false;
  const v3 = v["id"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("id" in r1) || $hasOwn.call(v, "id"))) return false;
  if (s) {
    if (!$onlyKeys(v, ["from", "id"])) return false;
  }
  return true;
}
function $checkAdvancedMessageContext(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "from" in r1 && v, "from", v["from"], true);
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"], true);
    if (s) {
      $extraKeys(e, p, v, ["from", "id"]);
    }
  }
}
function validateAdvancedMessageEventBase(value, options) {
  return $validate(
    $isAdvancedMessageEventBase,
    $checkAdvancedMessageEventBase,
    value,
    options
  );
}
function isAdvancedMessageEventBase(value) {
  try {
    return $isAdvancedMessageEventBase(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageEventBase(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["channelType"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "channelType" in r1 && !$hasOwn.call(v, "channelType")) return false;
  if (typeof v2 !== "string") return false;
  const v5 = v["from"];
  if (typeof v5 !== "string" || "from" in r1 && !$hasOwn.call(v, "from")) return false;
  const v6 = v["to"];
  if (typeof v6 !== "string" || "to" in r1 && !$hasOwn.call(v, "to")) return false;
  const v7 = v["receivedTimestamp"];
  if (typeof v7 !== "string" || !$dateTime(v7) || "receivedTimestamp" in r1 && !$hasOwn.call(v, "receivedTimestamp"))
    return false;
  const v8 = v["error"];
  if (v8 !== void 0 && (!("error" in r1) || $hasOwn.call(v, "error"))) {
    if (!$isAdvancedMessageChannelEventError(v8, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["channelType", "from", "to", "receivedTimestamp", "error"])) return false;
  }
  return true;
}
function $checkAdvancedMessageEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["channelType"];
    if ($has(e, p, "channelType" in r1 && v, "channelType", v2, '"whatsapp" | string')) {
      if (typeof v2 !== "string") {
        $fail(e, p + "/channelType", 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v2));
      }
    }
    $checkStringProperty(e, p, "from" in r1 && v, "from", v["from"]);
    $checkStringProperty(e, p, "to" in r1 && v, "to", v["to"]);
    $checkDateTimeProperty(e, p, "receivedTimestamp" in r1 && v, "receivedTimestamp", v["receivedTimestamp"]);
    const v5 = v["error"];
    if ($has(e, p, "error" in r1 && v, "error", v5)) {
      $checkAdvancedMessageChannelEventError(v5, p + "/error", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["channelType", "from", "to", "receivedTimestamp", "error"]);
    }
  }
}
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
function validateAdvancedMessageInteractiveListReplyContent(value, options) {
  return $validate(
    $isAdvancedMessageInteractiveListReplyContent,
    $checkAdvancedMessageInteractiveListReplyContent,
    value,
    options
  );
}
function isAdvancedMessageInteractiveListReplyContent(value) {
  try {
    return $isAdvancedMessageInteractiveListReplyContent(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageInteractiveListReplyContent(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["id"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("id" in r1) || $hasOwn.call(v, "id"))) return false;
  const v3 = v["title"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("title" in r1) || $hasOwn.call(v, "title")))
    return false;
  const v4 = v["description"];
  if (typeof v4 !== "string" && v4 !== void 0 && (!("description" in r1) || $hasOwn.call(v, "description")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["id", "title", "description"])) return false;
  }
  return true;
}
function $checkAdvancedMessageInteractiveListReplyContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"], true);
    $checkStringProperty(e, p, "title" in r1 && v, "title", v["title"], true);
    $checkStringProperty(e, p, "description" in r1 && v, "description", v["description"], true);
    if (s) {
      $extraKeys(e, p, v, ["id", "title", "description"]);
    }
  }
}
function validateAdvancedMessageLanguageDetection(value, options) {
  return $validate(
    $isAdvancedMessageLanguageDetection,
    $checkAdvancedMessageLanguageDetection,
    value,
    options
  );
}
function isAdvancedMessageLanguageDetection(value) {
  try {
    return $isAdvancedMessageLanguageDetection(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageLanguageDetection(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["language"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("language" in r1) || $hasOwn.call(v, "language")))
    return false;
  const v3 = v["confidenceScore"];
  if ((typeof v3 !== "number" || !Number.isFinite(v3)) && v3 !== void 0 && (!("confidenceScore" in r1) || $hasOwn.call(v, "confidenceScore")))
    return false;
  const v4 = v["translation"];
  if (typeof v4 !== "string" && v4 !== void 0 && (!("translation" in r1) || $hasOwn.call(v, "translation")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["language", "confidenceScore", "translation"])) return false;
  }
  return true;
}
function $checkAdvancedMessageLanguageDetection(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "language" in r1 && v, "language", v["language"], true);
    $checkNumberProperty(e, p, "confidenceScore" in r1 && v, "confidenceScore", v["confidenceScore"], true);
    $checkStringProperty(e, p, "translation" in r1 && v, "translation", v["translation"], true);
    if (s) {
      $extraKeys(e, p, v, ["language", "confidenceScore", "translation"]);
    }
  }
}
function validateAdvancedMessageMediaContent(value, options) {
  return $validate(
    $isAdvancedMessageMediaContent,
    $checkAdvancedMessageMediaContent,
    value,
    options
  );
}
function isAdvancedMessageMediaContent(value) {
  try {
    return $isAdvancedMessageMediaContent(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageMediaContent(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["mimeType"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "mimeType" in r1 && !$hasOwn.call(v, "mimeType")) return false;
  const v3 = v["id"];
  if (typeof v3 !== "string" || "id" in r1 && !$hasOwn.call(v, "id")) return false;
  const v4 = v["fileName"];
  if (typeof v4 !== "string" && v4 !== void 0 && (!("fileName" in r1) || $hasOwn.call(v, "fileName")))
    return false;
  const v5 = v["caption"];
  if (typeof v5 !== "string" && v5 !== void 0 && (!("caption" in r1) || $hasOwn.call(v, "caption")))
    return false;
  const v6 = v["animated"];
  if (typeof v6 !== "boolean" && v6 !== void 0 && (!("animated" in r1) || $hasOwn.call(v, "animated")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["mimeType", "id", "fileName", "caption", "animated"])) return false;
  }
  return true;
}
function $checkAdvancedMessageMediaContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "mimeType" in r1 && v, "mimeType", v["mimeType"]);
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"]);
    $checkStringProperty(e, p, "fileName" in r1 && v, "fileName", v["fileName"], true);
    $checkStringProperty(e, p, "caption" in r1 && v, "caption", v["caption"], true);
    $checkBooleanProperty(e, p, "animated" in r1 && v, "animated", v["animated"], true);
    if (s) {
      $extraKeys(e, p, v, ["mimeType", "id", "fileName", "caption", "animated"]);
    }
  }
}
function validateAdvancedMessageReactionContent(value, options) {
  return $validate(
    $isAdvancedMessageReactionContent,
    $checkAdvancedMessageReactionContent,
    value,
    options
  );
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
  const v2 = v["messageId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v3 = v["emoji"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("emoji" in r1) || $hasOwn.call(v, "emoji")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["messageId", "emoji"])) return false;
  }
  return true;
}
function $checkAdvancedMessageReactionContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, "emoji" in r1 && v, "emoji", v["emoji"], true);
    if (s) {
      $extraKeys(e, p, v, ["messageId", "emoji"]);
    }
  }
}
function validateCallEndReason(value, options) {
  return $validate($isCallEndReason, $checkCallEndReason, value, options);
}
function isCallEndReason(value) {
  try {
    return $isCallEndReason(value, false);
  } catch {
    return false;
  }
}
function $isCallEndReason(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["code"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if ((typeof v2 !== "number" || !Number.isInteger(v2)) && v2 !== void 0 && (!("code" in r1) || $hasOwn.call(v, "code")))
    return false;
  const v3 = v["subCode"];
  if ((typeof v3 !== "number" || !Number.isInteger(v3)) && v3 !== void 0 && (!("subCode" in r1) || $hasOwn.call(v, "subCode")))
    return false;
  const v4 = v["phrase"];
  if (typeof v4 !== "string" && v4 !== void 0 && (!("phrase" in r1) || $hasOwn.call(v, "phrase")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["code", "subCode", "phrase"])) return false;
  }
  return true;
}
function $checkCallEndReason(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkIntegerProperty(e, p, "code" in r1 && v, "code", v["code"], true);
    $checkIntegerProperty(e, p, "subCode" in r1 && v, "subCode", v["subCode"], true);
    $checkStringProperty(e, p, "phrase" in r1 && v, "phrase", v["phrase"], true);
    if (s) {
      $extraKeys(e, p, v, ["code", "subCode", "phrase"]);
    }
  }
}
function validateCallEndedBy(value, options) {
  return $validate($isCallEndedBy, $checkCallEndedBy, value, options);
}
function isCallEndedBy(value) {
  try {
    return $isCallEndedBy(value, false);
  } catch {
    return false;
  }
}
function $isCallEndedBy(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["communicationIdentifier"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("communicationIdentifier" in r1) || $hasOwn.call(v, "communicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v5 = v["type"];
  if (v5 !== void 0 && (!("type" in r1) || $hasOwn.call(v, "type"))) {
    if (typeof v5 !== "string") return false;
  }
  const v8 = v["name"];
  if (typeof v8 !== "string" && v8 !== void 0 && (!("name" in r1) || $hasOwn.call(v, "name")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["communicationIdentifier", "type", "name"])) return false;
  }
  return true;
}
function $checkCallEndedBy(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["communicationIdentifier"];
    if ($has(e, p, "communicationIdentifier" in r1 && v, "communicationIdentifier", v2)) {
      $checkCommunicationIdentifier(v2, p + "/communicationIdentifier", e, s);
    }
    const v5 = v["type"];
    if ($has(e, p, "type" in r1 && v, "type", v5)) {
      if (typeof v5 !== "string") {
        $fail(
          e,
          p + "/type",
          'must be one of "Participant" | "MicrosoftInternal" | string',
          '"Participant" | "MicrosoftInternal" | string',
          $show(v5)
        );
      }
    }
    $checkStringProperty(e, p, "name" in r1 && v, "name", v["name"], true);
    if (s) {
      $extraKeys(e, p, v, ["communicationIdentifier", "type", "name"]);
    }
  }
}
function validateCallGroup(value, options) {
  return $validate($isCallGroup, $checkCallGroup, value, options);
}
function isCallGroup(value) {
  try {
    return $isCallGroup(value, false);
  } catch {
    return false;
  }
}
function $isCallGroup(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["id"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("id" in r1) || $hasOwn.call(v, "id"))) return false;
  if (s) {
    if (!$onlyKeys(v, ["id"])) return false;
  }
  return true;
}
function $checkCallGroup(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"], true);
    if (s) {
      $extraKeys(e, p, v, ["id"]);
    }
  }
}
function validateCallParticipant(value, options) {
  return $validate($isCallParticipant, $checkCallParticipant, value, options);
}
function isCallParticipant(value) {
  try {
    return $isCallParticipant(value, false);
  } catch {
    return false;
  }
}
function $isCallParticipant(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["communicationIdentifier"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("communicationIdentifier" in r1) || $hasOwn.call(v, "communicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v5 = v["role"];
  if (typeof v5 !== "string" && v5 !== void 0 && (!("role" in r1) || $hasOwn.call(v, "role")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["communicationIdentifier", "role"])) return false;
  }
  return true;
}
function $checkCallParticipant(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["communicationIdentifier"];
    if ($has(e, p, "communicationIdentifier" in r1 && v, "communicationIdentifier", v2)) {
      $checkCommunicationIdentifier(v2, p + "/communicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "role" in r1 && v, "role", v["role"], true);
    if (s) {
      $extraKeys(e, p, v, ["communicationIdentifier", "role"]);
    }
  }
}
function validateCallParticipantEventBase(value, options) {
  return $validate(
    $isCallParticipantEventBase,
    $checkCallParticipantEventBase,
    value,
    options
  );
}
function isCallParticipantEventBase(value) {
  try {
    return $isCallParticipantEventBase(value, false);
  } catch {
    return false;
  }
}
function $isCallParticipantEventBase(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["startedBy"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === void 0 || "startedBy" in r3 && !$hasOwn.call(v, "startedBy")) return false;
  if (!$isCallParticipant(v4, s)) return false;
  const v7 = v["serverCallId"];
  if (typeof v7 !== "string" || "serverCallId" in r3 && !$hasOwn.call(v, "serverCallId")) return false;
  const v8 = v["group"];
  if (v8 !== void 0 && (!("group" in r3) || $hasOwn.call(v, "group"))) {
    if (!$isCallGroup(v8, s)) return false;
  }
  const v11 = v["room"];
  if (v11 !== void 0 && (!("room" in r3) || $hasOwn.call(v, "room"))) {
    if (!$isCallRoom(v11, s)) return false;
  }
  const v14 = v["isTwoParty"];
  if (typeof v14 !== "boolean" && v14 !== void 0 && (!("isTwoParty" in r3) || $hasOwn.call(v, "isTwoParty")))
    return false;
  const v15 = v["correlationId"];
  if (typeof v15 !== "string" || "correlationId" in r3 && !$hasOwn.call(v, "correlationId")) return false;
  const v16 = v["isRoomsCall"];
  if (typeof v16 !== "boolean" && v16 !== void 0 && (!("isRoomsCall" in r3) || $hasOwn.call(v, "isRoomsCall")))
    return false;
  const v18 = v["user"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 !== void 0 && (!("user" in r17) || $hasOwn.call(v, "user"))) {
    if (!$isCallParticipant(v18, s)) return false;
  }
  const v21 = v["displayName"];
  if (typeof v21 !== "string" && v21 !== void 0 && (!("displayName" in r17) || $hasOwn.call(v, "displayName")))
    return false;
  const v22 = v["participantId"];
  if (typeof v22 !== "string" && v22 !== void 0 && (!("participantId" in r17) || $hasOwn.call(v, "participantId")))
    return false;
  const v23 = v["userAgent"];
  if (typeof v23 !== "string" && v23 !== void 0 && (!("userAgent" in r17) || $hasOwn.call(v, "userAgent")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "startedBy",
      "serverCallId",
      "group",
      "room",
      "isTwoParty",
      "correlationId",
      "isRoomsCall",
      "user",
      "displayName",
      "participantId",
      "userAgent"
    ]))
      return false;
  }
  return true;
}
function $checkCallParticipantEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v["startedBy"];
    if ($has(e, p, "startedBy" in r3 && v, "startedBy", v4, "CallParticipant")) {
      $checkCallParticipant(v4, p + "/startedBy", e, s);
    }
    $checkStringProperty(e, p, "serverCallId" in r3 && v, "serverCallId", v["serverCallId"]);
    const v7 = v["group"];
    if ($has(e, p, "group" in r3 && v, "group", v7)) {
      $checkCallGroup(v7, p + "/group", e, s);
    }
    const v10 = v["room"];
    if ($has(e, p, "room" in r3 && v, "room", v10)) {
      $checkCallRoom(v10, p + "/room", e, s);
    }
    $checkBooleanProperty(e, p, "isTwoParty" in r3 && v, "isTwoParty", v["isTwoParty"], true);
    $checkStringProperty(e, p, "correlationId" in r3 && v, "correlationId", v["correlationId"]);
    $checkBooleanProperty(e, p, "isRoomsCall" in r3 && v, "isRoomsCall", v["isRoomsCall"], true);
    const r13 = Object.getPrototypeOf(v) || Object.prototype;
    const v14 = v["user"];
    if ($has(e, p, "user" in r13 && v, "user", v14)) {
      $checkCallParticipant(v14, p + "/user", e, s);
    }
    $checkStringProperty(e, p, "displayName" in r13 && v, "displayName", v["displayName"], true);
    $checkStringProperty(e, p, "participantId" in r13 && v, "participantId", v["participantId"], true);
    $checkStringProperty(e, p, "userAgent" in r13 && v, "userAgent", v["userAgent"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "startedBy",
        "serverCallId",
        "group",
        "room",
        "isTwoParty",
        "correlationId",
        "isRoomsCall",
        "user",
        "displayName",
        "participantId",
        "userAgent"
      ]);
    }
  }
}
function validateCallRoom(value, options) {
  return $validate($isCallRoom, $checkCallRoom, value, options);
}
function isCallRoom(value) {
  try {
    return $isCallRoom(value, false);
  } catch {
    return false;
  }
}
function $isCallRoom(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["id"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("id" in r1) || $hasOwn.call(v, "id"))) return false;
  if (s) {
    if (!$onlyKeys(v, ["id"])) return false;
  }
  return true;
}
function $checkCallRoom(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"], true);
    if (s) {
      $extraKeys(e, p, v, ["id"]);
    }
  }
}
function validateCallingEventBase(value, options) {
  return $validate($isCallingEventBase, $checkCallingEventBase, value, options);
}
function isCallingEventBase(value) {
  try {
    return $isCallingEventBase(value, false);
  } catch {
    return false;
  }
}
function $isCallingEventBase(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["startedBy"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "startedBy" in r1 && !$hasOwn.call(v, "startedBy")) return false;
  if (!$isCallParticipant(v2, s)) return false;
  const v5 = v["serverCallId"];
  if (typeof v5 !== "string" || "serverCallId" in r1 && !$hasOwn.call(v, "serverCallId")) return false;
  const v6 = v["group"];
  if (v6 !== void 0 && (!("group" in r1) || $hasOwn.call(v, "group"))) {
    if (!$isCallGroup(v6, s)) return false;
  }
  const v9 = v["room"];
  if (v9 !== void 0 && (!("room" in r1) || $hasOwn.call(v, "room"))) {
    if (!$isCallRoom(v9, s)) return false;
  }
  const v12 = v["isTwoParty"];
  if (typeof v12 !== "boolean" && v12 !== void 0 && (!("isTwoParty" in r1) || $hasOwn.call(v, "isTwoParty")))
    return false;
  const v13 = v["correlationId"];
  if (typeof v13 !== "string" || "correlationId" in r1 && !$hasOwn.call(v, "correlationId")) return false;
  const v14 = v["isRoomsCall"];
  if (typeof v14 !== "boolean" && v14 !== void 0 && (!("isRoomsCall" in r1) || $hasOwn.call(v, "isRoomsCall")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "startedBy",
      "serverCallId",
      "group",
      "room",
      "isTwoParty",
      "correlationId",
      "isRoomsCall"
    ]))
      return false;
  }
  return true;
}
function $checkCallingEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["startedBy"];
    if ($has(e, p, "startedBy" in r1 && v, "startedBy", v2, "CallParticipant")) {
      $checkCallParticipant(v2, p + "/startedBy", e, s);
    }
    $checkStringProperty(e, p, "serverCallId" in r1 && v, "serverCallId", v["serverCallId"]);
    const v5 = v["group"];
    if ($has(e, p, "group" in r1 && v, "group", v5)) {
      $checkCallGroup(v5, p + "/group", e, s);
    }
    const v8 = v["room"];
    if ($has(e, p, "room" in r1 && v, "room", v8)) {
      $checkCallRoom(v8, p + "/room", e, s);
    }
    $checkBooleanProperty(e, p, "isTwoParty" in r1 && v, "isTwoParty", v["isTwoParty"], true);
    $checkStringProperty(e, p, "correlationId" in r1 && v, "correlationId", v["correlationId"]);
    $checkBooleanProperty(e, p, "isRoomsCall" in r1 && v, "isRoomsCall", v["isRoomsCall"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "startedBy",
        "serverCallId",
        "group",
        "room",
        "isTwoParty",
        "correlationId",
        "isRoomsCall"
      ]);
    }
  }
}
function validateChatInThreadEventBase(value, options) {
  return $validate(
    $isChatInThreadEventBase,
    $checkChatInThreadEventBase,
    value,
    options
  );
}
function isChatInThreadEventBase(value) {
  try {
    return $isChatInThreadEventBase(value, false);
  } catch {
    return false;
  }
}
function $isChatInThreadEventBase(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["transactionId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v3 = v["threadId"];
  if (typeof v3 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["transactionId", "threadId"])) return false;
  }
  return true;
}
function $checkChatInThreadEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, ["transactionId", "threadId"]);
    }
  }
}
function validateChatMessageInThreadEventBase(value, options) {
  return $validate(
    $isChatMessageInThreadEventBase,
    $checkChatMessageInThreadEventBase,
    value,
    options
  );
}
function isChatMessageInThreadEventBase(value) {
  try {
    return $isChatMessageInThreadEventBase(value, false);
  } catch {
    return false;
  }
}
function $isChatMessageInThreadEventBase(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["transactionId"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== "string" || "transactionId" in r3 && !$hasOwn.call(v, "transactionId")) return false;
  const v5 = v["threadId"];
  if (typeof v5 !== "string" || "threadId" in r3 && !$hasOwn.call(v, "threadId")) return false;
  const v7 = v["messageId"];
  const r6 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v7 !== "string" || "messageId" in r6 && !$hasOwn.call(v, "messageId")) return false;
  const v8 = v["senderCommunicationIdentifier"];
  if (v8 === void 0 || "senderCommunicationIdentifier" in r6 && !$hasOwn.call(v, "senderCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v8, s)) return false;
  const v11 = v["senderDisplayName"];
  if (typeof v11 !== "string" && v11 !== void 0 && (!("senderDisplayName" in r6) || $hasOwn.call(v, "senderDisplayName")))
    return false;
  const v12 = v["composeTime"];
  if ((typeof v12 !== "string" || !$dateTime(v12)) && v12 !== void 0 && (!("composeTime" in r6) || $hasOwn.call(v, "composeTime")))
    return false;
  const v13 = v["type"];
  if (typeof v13 !== "string" || "type" in r6 && !$hasOwn.call(v, "type")) return false;
  const v14 = v["version"];
  if (v14 !== void 0 && (!("version" in r6) || $hasOwn.call(v, "version"))) {
    if (typeof v14 !== "number" || !Number.isInteger(v14)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "transactionId",
      "threadId",
      "messageId",
      "senderCommunicationIdentifier",
      "senderDisplayName",
      "composeTime",
      "type",
      "version"
    ]))
      return false;
  }
  return true;
}
function $checkChatMessageInThreadEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "transactionId" in r3 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r3 && v, "threadId", v["threadId"]);
    const r4 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageId" in r4 && v, "messageId", v["messageId"]);
    const v5 = v["senderCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "senderCommunicationIdentifier" in r4 && v,
      "senderCommunicationIdentifier",
      v5,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v5, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkStringProperty(
      e,
      p,
      "senderDisplayName" in r4 && v,
      "senderDisplayName",
      v["senderDisplayName"],
      true
    );
    $checkDateTimeProperty(e, p, "composeTime" in r4 && v, "composeTime", v["composeTime"], true);
    $checkStringProperty(e, p, "type" in r4 && v, "type", v["type"]);
    const v8 = v["version"];
    if ($has(e, p, "version" in r4 && v, "version", v8)) {
      if (typeof v8 !== "number" || !Number.isInteger(v8)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v8));
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "transactionId",
        "threadId",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "composeTime",
        "type",
        "version"
      ]);
    }
  }
}
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
function validateChatParticipant(value, options) {
  return $validate($isChatParticipant, $checkChatParticipant, value, options);
}
function isChatParticipant(value) {
  try {
    return $isChatParticipant(value, false);
  } catch {
    return false;
  }
}
function $isChatParticipant(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["displayName"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "displayName" in r1 && !$hasOwn.call(v, "displayName")) return false;
  const v3 = v["participantCommunicationIdentifier"];
  if (v3 === void 0 || "participantCommunicationIdentifier" in r1 && !$hasOwn.call(v, "participantCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v["metadata"];
  if (v6 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isObject(v6)) return false;
    for (const k8 in v6) {
      if (!$hasOwn.call(v6, k8)) continue;
      const v9 = v6[k8];
      if (typeof v9 !== "string") return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ["displayName", "participantCommunicationIdentifier", "metadata"])) return false;
  }
  return true;
}
function $checkChatParticipant(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "displayName" in r1 && v, "displayName", v["displayName"]);
    const v2 = v["participantCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "participantCommunicationIdentifier" in r1 && v,
      "participantCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/participantCommunicationIdentifier", e, s);
    }
    const v5 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v5)) {
      if ($checkObject(e, p + "/metadata", v5)) {
        for (const k7 in v5) {
          if (!$hasOwn.call(v5, k7)) continue;
          const v8 = v5[k7];
          if (typeof v8 !== "string") {
            $fail(e, p + "/metadata/" + $esc(k7), "must be a string", "string", $type(v8));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["displayName", "participantCommunicationIdentifier", "metadata"]);
    }
  }
}
function validateChatThreadMember(value, options) {
  return $validate($isChatThreadMember, $checkChatThreadMember, value, options);
}
function isChatThreadMember(value) {
  try {
    return $isChatThreadMember(value, false);
  } catch {
    return false;
  }
}
function $isChatThreadMember(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["displayName"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "displayName" in r1 && !$hasOwn.call(v, "displayName")) return false;
  const v3 = v["memberId"];
  if (typeof v3 !== "string" || "memberId" in r1 && !$hasOwn.call(v, "memberId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["displayName", "memberId"])) return false;
  }
  return true;
}
function $checkChatThreadMember(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "displayName" in r1 && v, "displayName", v["displayName"]);
    $checkStringProperty(e, p, "memberId" in r1 && v, "memberId", v["memberId"]);
    if (s) {
      $extraKeys(e, p, v, ["displayName", "memberId"]);
    }
  }
}
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
function validateChatThreadProperties(value, options) {
  return $validate($isChatThreadProperties, $checkChatThreadProperties, value, options);
}
function isChatThreadProperties(value) {
  try {
    return $isChatThreadProperties(value, false);
  } catch {
    return false;
  }
}
function $isChatThreadProperties(v, _s) {
  if (!$isObject(v)) return false;
  const v2 = v["topic"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("topic" in r1) || $hasOwn.call(v, "topic")))
    return false;
  return true;
}
function $checkChatThreadProperties(v, p, e, _s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "topic" in r1 && v, "topic", v["topic"], true);
  }
}
function validateCommunicationIdentifier(value, options) {
  return $validate(
    $isCommunicationIdentifier,
    $checkCommunicationIdentifier,
    value,
    options
  );
}
function isCommunicationIdentifier(value) {
  try {
    return $isCommunicationIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isCommunicationIdentifier(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["rawId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "rawId" in r1 && !$hasOwn.call(v, "rawId")) return false;
  const v3 = v["kind"];
  if (v3 !== void 0 && (!("kind" in r1) || $hasOwn.call(v, "kind"))) {
    if (typeof v3 !== "string") return false;
  }
  const v6 = v["communicationUser"];
  if (v6 !== void 0 && (!("communicationUser" in r1) || $hasOwn.call(v, "communicationUser"))) {
    if (!$isCommunicationUserIdentifier(v6, s)) return false;
  }
  const v9 = v["phoneNumber"];
  if (v9 !== void 0 && (!("phoneNumber" in r1) || $hasOwn.call(v, "phoneNumber"))) {
    if (!$isPhoneNumberIdentifier(v9, s)) return false;
  }
  const v12 = v["microsoftTeamsUser"];
  if (v12 !== void 0 && (!("microsoftTeamsUser" in r1) || $hasOwn.call(v, "microsoftTeamsUser"))) {
    if (!$isMicrosoftTeamsUserIdentifier(v12, s)) return false;
  }
  const v15 = v["microsoftTeamsApp"];
  if (v15 !== void 0 && (!("microsoftTeamsApp" in r1) || $hasOwn.call(v, "microsoftTeamsApp"))) {
    if (!$isMicrosoftTeamsAppIdentifier(v15, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "rawId",
      "kind",
      "communicationUser",
      "phoneNumber",
      "microsoftTeamsUser",
      "microsoftTeamsApp"
    ]))
      return false;
  }
  return true;
}
function $checkCommunicationIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "rawId" in r1 && v, "rawId", v["rawId"]);
    const v2 = v["kind"];
    if ($has(e, p, "kind" in r1 && v, "kind", v2)) {
      if (typeof v2 !== "string") {
        $fail(
          e,
          p + "/kind",
          'must be one of "unknown" | "communicationUser" | "phoneNumber" | "microsoftTeamsUser" | "microsoftTeamsApp" | string',
          '"unknown" | "communicationUser" | "phoneNumber" | "microsoftTeamsUser" | "microsoftTeamsApp" | string',
          $show(v2)
        );
      }
    }
    const v5 = v["communicationUser"];
    if ($has(e, p, "communicationUser" in r1 && v, "communicationUser", v5)) {
      $checkCommunicationUserIdentifier(v5, p + "/communicationUser", e, s);
    }
    const v8 = v["phoneNumber"];
    if ($has(e, p, "phoneNumber" in r1 && v, "phoneNumber", v8)) {
      $checkPhoneNumberIdentifier(v8, p + "/phoneNumber", e, s);
    }
    const v11 = v["microsoftTeamsUser"];
    if ($has(e, p, "microsoftTeamsUser" in r1 && v, "microsoftTeamsUser", v11)) {
      $checkMicrosoftTeamsUserIdentifier(v11, p + "/microsoftTeamsUser", e, s);
    }
    const v14 = v["microsoftTeamsApp"];
    if ($has(e, p, "microsoftTeamsApp" in r1 && v, "microsoftTeamsApp", v14)) {
      $checkMicrosoftTeamsAppIdentifier(v14, p + "/microsoftTeamsApp", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "rawId",
        "kind",
        "communicationUser",
        "phoneNumber",
        "microsoftTeamsUser",
        "microsoftTeamsApp"
      ]);
    }
  }
}
function validateCommunicationUserIdentifier(value, options) {
  return $validate(
    $isCommunicationUserIdentifier,
    $checkCommunicationUserIdentifier,
    value,
    options
  );
}
function isCommunicationUserIdentifier(value) {
  try {
    return $isCommunicationUserIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isCommunicationUserIdentifier(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["id"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "id" in r1 && !$hasOwn.call(v, "id")) return false;
  if (s) {
    if (!$onlyKeys(v, ["id"])) return false;
  }
  return true;
}
function $checkCommunicationUserIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"]);
    if (s) {
      $extraKeys(e, p, v, ["id"]);
    }
  }
}
function validateEmailDeliveryStatusDetails(value, options) {
  return $validate(
    $isEmailDeliveryStatusDetails,
    $checkEmailDeliveryStatusDetails,
    value,
    options
  );
}
function isEmailDeliveryStatusDetails(value) {
  try {
    return $isEmailDeliveryStatusDetails(value, false);
  } catch {
    return false;
  }
}
function $isEmailDeliveryStatusDetails(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["recipientMailServerHostName"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("recipientMailServerHostName" in r1) || $hasOwn.call(v, "recipientMailServerHostName")))
    return false;
  const v3 = v["statusMessage"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("statusMessage" in r1) || $hasOwn.call(v, "statusMessage")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["recipientMailServerHostName", "statusMessage"])) return false;
  }
  return true;
}
function $checkEmailDeliveryStatusDetails(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(
      e,
      p,
      "recipientMailServerHostName" in r1 && v,
      "recipientMailServerHostName",
      v["recipientMailServerHostName"],
      true
    );
    $checkStringProperty(e, p, "statusMessage" in r1 && v, "statusMessage", v["statusMessage"], true);
    if (s) {
      $extraKeys(e, p, v, ["recipientMailServerHostName", "statusMessage"]);
    }
  }
}
function validateIncomingCallCustomContext(value, options) {
  return $validate(
    $isIncomingCallCustomContext,
    $checkIncomingCallCustomContext,
    value,
    options
  );
}
function isIncomingCallCustomContext(value) {
  try {
    return $isIncomingCallCustomContext(value, false);
  } catch {
    return false;
  }
}
function $isIncomingCallCustomContext(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["sipHeaders"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("sipHeaders" in r1) || $hasOwn.call(v, "sipHeaders"))) {
    if (!$isObject(v2)) return false;
    for (const k4 in v2) {
      if (!$hasOwn.call(v2, k4)) continue;
      const v5 = v2[k4];
      if (typeof v5 !== "string") return false;
    }
  }
  const v6 = v["voipHeaders"];
  if (v6 !== void 0 && (!("voipHeaders" in r1) || $hasOwn.call(v, "voipHeaders"))) {
    if (!$isObject(v6)) return false;
    for (const k8 in v6) {
      if (!$hasOwn.call(v6, k8)) continue;
      const v9 = v6[k8];
      if (typeof v9 !== "string") return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ["sipHeaders", "voipHeaders"])) return false;
  }
  return true;
}
function $checkIncomingCallCustomContext(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["sipHeaders"];
    if ($has(e, p, "sipHeaders" in r1 && v, "sipHeaders", v2)) {
      if ($checkObject(e, p + "/sipHeaders", v2)) {
        for (const k4 in v2) {
          if (!$hasOwn.call(v2, k4)) continue;
          const v5 = v2[k4];
          if (typeof v5 !== "string") {
            $fail(e, p + "/sipHeaders/" + $esc(k4), "must be a string", "string", $type(v5));
          }
        }
      }
    }
    const v6 = v["voipHeaders"];
    if ($has(e, p, "voipHeaders" in r1 && v, "voipHeaders", v6)) {
      if ($checkObject(e, p + "/voipHeaders", v6)) {
        for (const k8 in v6) {
          if (!$hasOwn.call(v6, k8)) continue;
          const v9 = v6[k8];
          if (typeof v9 !== "string") {
            $fail(e, p + "/voipHeaders/" + $esc(k8), "must be a string", "string", $type(v9));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["sipHeaders", "voipHeaders"]);
    }
  }
}
function validateMicrosoftTeamsAppIdentifier(value, options) {
  return $validate(
    $isMicrosoftTeamsAppIdentifier,
    $checkMicrosoftTeamsAppIdentifier,
    value,
    options
  );
}
function isMicrosoftTeamsAppIdentifier(value) {
  try {
    return $isMicrosoftTeamsAppIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isMicrosoftTeamsAppIdentifier(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["appId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "appId" in r1 && !$hasOwn.call(v, "appId")) return false;
  const v3 = v["cloud"];
  if (v3 !== void 0 && (!("cloud" in r1) || $hasOwn.call(v, "cloud"))) {
    if (typeof v3 !== "string") return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["appId", "cloud"])) return false;
  }
  return true;
}
function $checkMicrosoftTeamsAppIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "appId" in r1 && v, "appId", v["appId"]);
    const v2 = v["cloud"];
    if ($has(e, p, "cloud" in r1 && v, "cloud", v2)) {
      if (typeof v2 !== "string") {
        $fail(
          e,
          p + "/cloud",
          'must be one of "public" | "dod" | "gcch" | string',
          '"public" | "dod" | "gcch" | string',
          $show(v2)
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["appId", "cloud"]);
    }
  }
}
function validateMicrosoftTeamsUserIdentifier(value, options) {
  return $validate(
    $isMicrosoftTeamsUserIdentifier,
    $checkMicrosoftTeamsUserIdentifier,
    value,
    options
  );
}
function isMicrosoftTeamsUserIdentifier(value) {
  try {
    return $isMicrosoftTeamsUserIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isMicrosoftTeamsUserIdentifier(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["userId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "userId" in r1 && !$hasOwn.call(v, "userId")) return false;
  const v3 = v["isAnonymous"];
  if (typeof v3 !== "boolean" && v3 !== void 0 && (!("isAnonymous" in r1) || $hasOwn.call(v, "isAnonymous")))
    return false;
  const v4 = v["cloud"];
  if (v4 !== void 0 && (!("cloud" in r1) || $hasOwn.call(v, "cloud"))) {
    if (typeof v4 !== "string") return false;
    if (v4 !== "public" && v4 !== "dod" && v4 !== "gcch") return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["userId", "isAnonymous", "cloud"])) return false;
  }
  return true;
}
function $checkMicrosoftTeamsUserIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "userId" in r1 && v, "userId", v["userId"]);
    $checkBooleanProperty(e, p, "isAnonymous" in r1 && v, "isAnonymous", v["isAnonymous"], true);
    const v2 = v["cloud"];
    if ($has(e, p, "cloud" in r1 && v, "cloud", v2)) {
      if (typeof v2 !== "string") {
        $fail(e, p + "/cloud", "must be a string", "string", $type(v2));
      } else {
        if (v2 !== "public" && v2 !== "dod" && v2 !== "gcch") {
          $fail(
            e,
            p + "/cloud",
            'must be one of "public" | "dod" | "gcch"',
            '"public" | "dod" | "gcch"',
            $show(v2)
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["userId", "isAnonymous", "cloud"]);
    }
  }
}
function validatePhoneNumberIdentifier(value, options) {
  return $validate(
    $isPhoneNumberIdentifier,
    $checkPhoneNumberIdentifier,
    value,
    options
  );
}
function isPhoneNumberIdentifier(value) {
  try {
    return $isPhoneNumberIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isPhoneNumberIdentifier(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["value"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "value" in r1 && !$hasOwn.call(v, "value")) return false;
  if (s) {
    if (!$onlyKeys(v, ["value"])) return false;
  }
  return true;
}
function $checkPhoneNumberIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "value" in r1 && v, "value", v["value"]);
    if (s) {
      $extraKeys(e, p, v, ["value"]);
    }
  }
}
function validateRecordingChunkInfo(value, options) {
  return $validate($isRecordingChunkInfo, $checkRecordingChunkInfo, value, options);
}
function isRecordingChunkInfo(value) {
  try {
    return $isRecordingChunkInfo(value, false);
  } catch {
    return false;
  }
}
function $isRecordingChunkInfo(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["documentId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("documentId" in r1) || $hasOwn.call(v, "documentId")))
    return false;
  const v3 = v["index"];
  if (v3 !== void 0 && (!("index" in r1) || $hasOwn.call(v, "index"))) {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) return false;
  }
  const v4 = v["endReason"];
  if (typeof v4 !== "string" && v4 !== void 0 && (!("endReason" in r1) || $hasOwn.call(v, "endReason")))
    return false;
  const v5 = v["metadataLocation"];
  if (typeof v5 !== "string" && v5 !== void 0 && (!("metadataLocation" in r1) || $hasOwn.call(v, "metadataLocation")))
    return false;
  const v6 = v["contentLocation"];
  if (typeof v6 !== "string" && v6 !== void 0 && (!("contentLocation" in r1) || $hasOwn.call(v, "contentLocation")))
    return false;
  const v7 = v["deleteLocation"];
  if (typeof v7 !== "string" && v7 !== void 0 && (!("deleteLocation" in r1) || $hasOwn.call(v, "deleteLocation")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "documentId",
      "index",
      "endReason",
      "metadataLocation",
      "contentLocation",
      "deleteLocation"
    ]))
      return false;
  }
  return true;
}
function $checkRecordingChunkInfo(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "documentId" in r1 && v, "documentId", v["documentId"], true);
    const v2 = v["index"];
    if ($has(e, p, "index" in r1 && v, "index", v2)) {
      if (typeof v2 !== "number" || !Number.isInteger(v2)) {
        $fail(e, p + "/index", "must be an integer", "integer", $type(v2));
      }
    }
    $checkStringProperty(e, p, "endReason" in r1 && v, "endReason", v["endReason"], true);
    $checkStringProperty(
      e,
      p,
      "metadataLocation" in r1 && v,
      "metadataLocation",
      v["metadataLocation"],
      true
    );
    $checkStringProperty(e, p, "contentLocation" in r1 && v, "contentLocation", v["contentLocation"], true);
    $checkStringProperty(e, p, "deleteLocation" in r1 && v, "deleteLocation", v["deleteLocation"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "documentId",
        "index",
        "endReason",
        "metadataLocation",
        "contentLocation",
        "deleteLocation"
      ]);
    }
  }
}
function validateRecordingStorageInfo(value, options) {
  return $validate($isRecordingStorageInfo, $checkRecordingStorageInfo, value, options);
}
function isRecordingStorageInfo(value) {
  try {
    return $isRecordingStorageInfo(value, false);
  } catch {
    return false;
  }
}
function $isRecordingStorageInfo(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["recordingChunks"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("recordingChunks" in r1) || $hasOwn.call(v, "recordingChunks"))) {
    if (!Array.isArray(v2)) return false;
    const a3 = v2;
    for (let i4 = 0; i4 < a3.length; i4++) {
      const v5 = a3[i4];
      if (!$isRecordingChunkInfo(v5, s)) return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ["recordingChunks"])) return false;
  }
  return true;
}
function $checkRecordingStorageInfo(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["recordingChunks"];
    if ($has(e, p, "recordingChunks" in r1 && v, "recordingChunks", v2)) {
      if (!Array.isArray(v2)) {
        $fail(e, p + "/recordingChunks", "must be an array", "array", $type(v2));
      } else {
        const a3 = v2;
        for (let i4 = 0; i4 < a3.length; i4++) {
          const v5 = a3[i4];
          $checkRecordingChunkInfo(v5, p + "/recordingChunks/" + i4, e, s);
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["recordingChunks"]);
    }
  }
}
function validateRouterChannelConfiguration(value, options) {
  return $validate(
    $isRouterChannelConfiguration,
    $checkRouterChannelConfiguration,
    value,
    options
  );
}
function isRouterChannelConfiguration(value) {
  try {
    return $isRouterChannelConfiguration(value, false);
  } catch {
    return false;
  }
}
function $isRouterChannelConfiguration(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["channelId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "channelId" in r1 && !$hasOwn.call(v, "channelId")) return false;
  const v3 = v["capacityCostPerJob"];
  if (v3 === void 0 || "capacityCostPerJob" in r1 && !$hasOwn.call(v, "capacityCostPerJob"))
    return false;
  if (typeof v3 !== "number" || !Number.isInteger(v3)) return false;
  if (!$int32(v3)) return false;
  const v4 = v["maxNumberOfJobs"];
  if (v4 !== void 0 && (!("maxNumberOfJobs" in r1) || $hasOwn.call(v, "maxNumberOfJobs"))) {
    if ((typeof v4 !== "number" || !Number.isInteger(v4)) && v4 !== null) return false;
    if (typeof v4 === "number" && !$int32(v4)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["channelId", "capacityCostPerJob", "maxNumberOfJobs"])) return false;
  }
  return true;
}
function $checkRouterChannelConfiguration(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "channelId" in r1 && v, "channelId", v["channelId"]);
    const v2 = v["capacityCostPerJob"];
    if ($has(e, p, "capacityCostPerJob" in r1 && v, "capacityCostPerJob", v2, "int32")) {
      if (typeof v2 !== "number" || !Number.isInteger(v2)) {
        $fail(e, p + "/capacityCostPerJob", "must be an integer", "integer", $type(v2));
      } else {
        if (!$int32(v2)) {
          $fail(
            e,
            p + "/capacityCostPerJob",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v2)
          );
        }
      }
    }
    const v3 = v["maxNumberOfJobs"];
    if ($has(e, p, "maxNumberOfJobs" in r1 && v, "maxNumberOfJobs", v3)) {
      if ((typeof v3 !== "number" || !Number.isInteger(v3)) && v3 !== null) {
        $fail(e, p + "/maxNumberOfJobs", "must be an integer or null", "integer | null", $type(v3));
      } else {
        if (typeof v3 === "number" && !$int32(v3)) {
          $fail(
            e,
            p + "/maxNumberOfJobs",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v3)
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["channelId", "capacityCostPerJob", "maxNumberOfJobs"]);
    }
  }
}
function validateRouterCommunicationError(value, options) {
  return $validate(
    $isRouterCommunicationError,
    $checkRouterCommunicationError,
    value,
    options
  );
}
function isRouterCommunicationError(value) {
  try {
    return $isRouterCommunicationError(value, false);
  } catch {
    return false;
  }
}
function $isRouterCommunicationError(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["code"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("code" in r1) || $hasOwn.call(v, "code"))) {
    if (typeof v2 !== "string" && v2 !== null) return false;
  }
  const v3 = v["message"];
  if (typeof v3 !== "string" || "message" in r1 && !$hasOwn.call(v, "message")) return false;
  const v4 = v["target"];
  if (v4 !== void 0 && (!("target" in r1) || $hasOwn.call(v, "target"))) {
    if (typeof v4 !== "string" && v4 !== null) return false;
  }
  const v5 = v["innerError"];
  if (v5 !== void 0 && (!("innerError" in r1) || $hasOwn.call(v, "innerError"))) {
    if ((typeof v5 !== "object" || v5 === null || Array.isArray(v5)) && v5 !== null) return false;
  }
  const v8 = v["details"];
  if (v8 !== void 0 && (!("details" in r1) || $hasOwn.call(v, "details"))) {
    if (!Array.isArray(v8) && v8 !== null) return false;
    if (Array.isArray(v8)) {
      const a9 = v8;
      for (let i10 = 0; i10 < a9.length; i10++) {
        const v11 = a9[i10];
        if (!$isObject(v11)) return false;
      }
    }
  }
  if (s) {
    if (!$onlyKeys(v, ["code", "message", "target", "innerError", "details"])) return false;
  }
  return true;
}
function $checkRouterCommunicationError(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["code"];
    if ($has(e, p, "code" in r1 && v, "code", v2)) {
      if (typeof v2 !== "string" && v2 !== null) {
        $fail(e, p + "/code", "must be a string or null", "string | null", $type(v2));
      }
    }
    $checkStringProperty(e, p, "message" in r1 && v, "message", v["message"]);
    const v3 = v["target"];
    if ($has(e, p, "target" in r1 && v, "target", v3)) {
      if (typeof v3 !== "string" && v3 !== null) {
        $fail(e, p + "/target", "must be a string or null", "string | null", $type(v3));
      }
    }
    const v4 = v["innerError"];
    if ($has(e, p, "innerError" in r1 && v, "innerError", v4)) {
      if ((typeof v4 !== "object" || v4 === null || Array.isArray(v4)) && v4 !== null) {
        $fail(e, p + "/innerError", "must be an object or null", "object | null", $type(v4));
      }
    }
    const v7 = v["details"];
    if ($has(e, p, "details" in r1 && v, "details", v7)) {
      if (!Array.isArray(v7) && v7 !== null) {
        $fail(e, p + "/details", "must be an array or null", "array | null", $type(v7));
      } else {
        if (Array.isArray(v7)) {
          const a8 = v7;
          for (let i9 = 0; i9 < a8.length; i9++) {
            const v10 = a8[i9];
            $checkObject(e, p + "/details/" + i9, v10);
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["code", "message", "target", "innerError", "details"]);
    }
  }
}
function validateRouterEventBase(value, options) {
  return $validate($isRouterEventBase, $checkRouterEventBase, value, options);
}
function isRouterEventBase(value) {
  try {
    return $isRouterEventBase(value, false);
  } catch {
    return false;
  }
}
function $isRouterEventBase(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["jobId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "jobId" in r1 && !$hasOwn.call(v, "jobId")) return false;
  const v3 = v["channelReference"];
  if (v3 !== void 0 && (!("channelReference" in r1) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v3 !== "string" && v3 !== null) return false;
  }
  const v4 = v["channelId"];
  if (typeof v4 !== "string" || "channelId" in r1 && !$hasOwn.call(v, "channelId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["jobId", "channelReference", "channelId"])) return false;
  }
  return true;
}
function $checkRouterEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r1 && v, "jobId", v["jobId"]);
    const v2 = v["channelReference"];
    if ($has(e, p, "channelReference" in r1 && v, "channelReference", v2)) {
      if (typeof v2 !== "string" && v2 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v2));
      }
    }
    $checkStringProperty(e, p, "channelId" in r1 && v, "channelId", v["channelId"]);
    if (s) {
      $extraKeys(e, p, v, ["jobId", "channelReference", "channelId"]);
    }
  }
}
function validateRouterJobEventBase(value, options) {
  return $validate($isRouterJobEventBase, $checkRouterJobEventBase, value, options);
}
function isRouterJobEventBase(value) {
  try {
    return $isRouterJobEventBase(value, false);
  } catch {
    return false;
  }
}
function $isRouterJobEventBase(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["jobId"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== "string" || "jobId" in r3 && !$hasOwn.call(v, "jobId")) return false;
  const v5 = v["channelReference"];
  if (v5 !== void 0 && (!("channelReference" in r3) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v5 !== "string" && v5 !== null) return false;
  }
  const v6 = v["channelId"];
  if (typeof v6 !== "string" || "channelId" in r3 && !$hasOwn.call(v, "channelId")) return false;
  const v8 = v["queueId"];
  const r7 = Object.getPrototypeOf(v) || Object.prototype;
  if (v8 !== void 0 && (!("queueId" in r7) || $hasOwn.call(v, "queueId"))) {
    if (typeof v8 !== "string" && v8 !== null) return false;
  }
  const v9 = v["labels"];
  if (v9 === void 0 || "labels" in r7 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v9, s)) return false;
  const v12 = v["tags"];
  if (v12 === void 0 || "tags" in r7 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v12, s)) return false;
  if (s) {
    if (!$onlyKeys(v, ["jobId", "channelReference", "channelId", "queueId", "labels", "tags"])) return false;
  }
  return true;
}
function $checkRouterJobEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r3 && v, "jobId", v["jobId"]);
    const v4 = v["channelReference"];
    if ($has(e, p, "channelReference" in r3 && v, "channelReference", v4)) {
      if (typeof v4 !== "string" && v4 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v4));
      }
    }
    $checkStringProperty(e, p, "channelId" in r3 && v, "channelId", v["channelId"]);
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    const v6 = v["queueId"];
    if ($has(e, p, "queueId" in r5 && v, "queueId", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v6));
      }
    }
    const v7 = v["labels"];
    if ($has(e, p, "labels" in r5 && v, "labels", v7, "RouterLabels")) {
      $checkRouterLabels(v7, p + "/labels", e, s);
    }
    const v10 = v["tags"];
    if ($has(e, p, "tags" in r5 && v, "tags", v10, "RouterLabels")) {
      $checkRouterLabels(v10, p + "/tags", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["jobId", "channelReference", "channelId", "queueId", "labels", "tags"]);
    }
  }
}
function validateRouterLabels(value, options) {
  return $validate($isRouterLabels, $checkRouterLabels, value, options);
}
function isRouterLabels(value) {
  try {
    return $isRouterLabels(value, false);
  } catch {
    return false;
  }
}
function $isRouterLabels(v, s) {
  if (!$isObject(v)) return false;
  for (const k2 in v) {
    if (!$hasOwn.call(v, k2)) continue;
    const v3 = v[k2];
    if (!($isRouterLabels$1(v3, s) || $isRouterLabels$2(v3, s) || $isRouterLabels$3(v3, s))) return false;
  }
  return true;
}
function $checkRouterLabels(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    for (const k2 in v) {
      if (!$hasOwn.call(v, k2)) continue;
      const v3 = v[k2];
      if (!($isRouterLabels$1(v3, s) || $isRouterLabels$2(v3, s) || $isRouterLabels$3(v3, s))) {
        $fail(
          e,
          p + "/" + $esc(k2),
          "must match at least one alternative (anyOf)",
          "string | number | boolean",
          $type(v3)
        );
        if (typeof v3 === "string") $checkRouterLabels$1(v3, p + "/" + $esc(k2), e, s);
        if (typeof v3 === "number" && Number.isFinite(v3)) $checkRouterLabels$2(v3, p + "/" + $esc(k2), e, s);
        if (typeof v3 === "boolean") $checkRouterLabels$3(v3, p + "/" + $esc(k2), e, s);
      }
    }
  }
}
function $isRouterLabels$1(v, _s) {
  if (typeof v !== "string") return false;
  return true;
}
function $checkRouterLabels$1(v, p, e, _s) {
  if (typeof v !== "string") {
    $fail(e, p, "must be a string", "string", $type(v));
  }
}
function $isRouterLabels$2(v, _s) {
  if (typeof v !== "number" || !Number.isFinite(v)) return false;
  return true;
}
function $checkRouterLabels$2(v, p, e, _s) {
  if (typeof v !== "number" || !Number.isFinite(v)) {
    $fail(e, p, "must be a number", "number", $type(v));
  }
}
function $isRouterLabels$3(v, _s) {
  if (typeof v !== "boolean") return false;
  return true;
}
function $checkRouterLabels$3(v, p, e, _s) {
  if (typeof v !== "boolean") {
    $fail(e, p, "must be a boolean", "boolean", $type(v));
  }
}
function validateRouterQueueDetails(value, options) {
  return $validate($isRouterQueueDetails, $checkRouterQueueDetails, value, options);
}
function isRouterQueueDetails(value) {
  try {
    return $isRouterQueueDetails(value, false);
  } catch {
    return false;
  }
}
function $isRouterQueueDetails(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["id"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "id" in r1 && !$hasOwn.call(v, "id")) return false;
  const v3 = v["name"];
  if (typeof v3 !== "string" || "name" in r1 && !$hasOwn.call(v, "name")) return false;
  const v4 = v["labels"];
  if (v4 !== void 0 && (!("labels" in r1) || $hasOwn.call(v, "labels"))) {
    if (!$isRouterLabels(v4, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["id", "name", "labels"])) return false;
  }
  return true;
}
function $checkRouterQueueDetails(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"]);
    $checkStringProperty(e, p, "name" in r1 && v, "name", v["name"]);
    const v2 = v["labels"];
    if ($has(e, p, "labels" in r1 && v, "labels", v2)) {
      $checkRouterLabels(v2, p + "/labels", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["id", "name", "labels"]);
    }
  }
}
function validateRouterWorker(value, options) {
  return $validate($isRouterWorker, $checkRouterWorker, value, options);
}
function isRouterWorker(value) {
  try {
    return $isRouterWorker(value, false);
  } catch {
    return false;
  }
}
function $isRouterWorker(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["workerId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "workerId" in r1 && !$hasOwn.call(v, "workerId")) return false;
  const v3 = v["totalCapacity"];
  if (v3 === void 0 || "totalCapacity" in r1 && !$hasOwn.call(v, "totalCapacity")) return false;
  if (typeof v3 !== "number" || !Number.isInteger(v3)) return false;
  if (!$int32(v3)) return false;
  const v4 = v["queueAssignments"];
  if (v4 === void 0 || "queueAssignments" in r1 && !$hasOwn.call(v, "queueAssignments")) return false;
  if (!Array.isArray(v4)) return false;
  const a5 = v4;
  for (let i6 = 0; i6 < a5.length; i6++) {
    const v7 = a5[i6];
    if (!$isRouterQueueDetails(v7, s)) return false;
  }
  const v10 = v["channelConfigurations"];
  if (v10 === void 0 || "channelConfigurations" in r1 && !$hasOwn.call(v, "channelConfigurations"))
    return false;
  if (!Array.isArray(v10)) return false;
  const a11 = v10;
  for (let i12 = 0; i12 < a11.length; i12++) {
    const v13 = a11[i12];
    if (!$isRouterChannelConfiguration(v13, s)) return false;
  }
  const v16 = v["labels"];
  if (v16 !== void 0 && (!("labels" in r1) || $hasOwn.call(v, "labels"))) {
    if (!($isRouterLabels(v16, s) || $isRouterWorker$4(v16, s))) return false;
  }
  const v19 = v["tags"];
  if (v19 !== void 0 && (!("tags" in r1) || $hasOwn.call(v, "tags"))) {
    if (!($isRouterLabels(v19, s) || $isRouterWorker$5(v19, s))) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "workerId",
      "totalCapacity",
      "queueAssignments",
      "channelConfigurations",
      "labels",
      "tags"
    ]))
      return false;
  }
  return true;
}
function $checkRouterWorker(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r1 && v, "workerId", v["workerId"]);
    const v2 = v["totalCapacity"];
    if ($has(e, p, "totalCapacity" in r1 && v, "totalCapacity", v2, "int32")) {
      if (typeof v2 !== "number" || !Number.isInteger(v2)) {
        $fail(e, p + "/totalCapacity", "must be an integer", "integer", $type(v2));
      } else {
        if (!$int32(v2)) {
          $fail(
            e,
            p + "/totalCapacity",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v2)
          );
        }
      }
    }
    const v3 = v["queueAssignments"];
    if ($has(e, p, "queueAssignments" in r1 && v, "queueAssignments", v3, "RouterQueueDetails[]")) {
      if (!Array.isArray(v3)) {
        $fail(e, p + "/queueAssignments", "must be an array", "array", $type(v3));
      } else {
        const a4 = v3;
        for (let i5 = 0; i5 < a4.length; i5++) {
          const v6 = a4[i5];
          $checkRouterQueueDetails(v6, p + "/queueAssignments/" + i5, e, s);
        }
      }
    }
    const v9 = v["channelConfigurations"];
    if ($has(
      e,
      p,
      "channelConfigurations" in r1 && v,
      "channelConfigurations",
      v9,
      "RouterChannelConfiguration[]"
    )) {
      if (!Array.isArray(v9)) {
        $fail(e, p + "/channelConfigurations", "must be an array", "array", $type(v9));
      } else {
        const a10 = v9;
        for (let i11 = 0; i11 < a10.length; i11++) {
          const v12 = a10[i11];
          $checkRouterChannelConfiguration(v12, p + "/channelConfigurations/" + i11, e, s);
        }
      }
    }
    const v15 = v["labels"];
    if ($has(e, p, "labels" in r1 && v, "labels", v15)) {
      if (!($isRouterLabels(v15, s) || $isRouterWorker$4(v15, s))) {
        $fail(
          e,
          p + "/labels",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v15)
        );
        if (typeof v15 === "object" && v15 !== null && !Array.isArray(v15))
          $checkRouterLabels(v15, p + "/labels", e, s);
        if (v15 === null) $checkRouterWorker$4(v15, p + "/labels", e, s);
      }
    }
    const v18 = v["tags"];
    if ($has(e, p, "tags" in r1 && v, "tags", v18)) {
      if (!($isRouterLabels(v18, s) || $isRouterWorker$5(v18, s))) {
        $fail(
          e,
          p + "/tags",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v18)
        );
        if (typeof v18 === "object" && v18 !== null && !Array.isArray(v18))
          $checkRouterLabels(v18, p + "/tags", e, s);
        if (v18 === null) $checkRouterWorker$5(v18, p + "/tags", e, s);
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "workerId",
        "totalCapacity",
        "queueAssignments",
        "channelConfigurations",
        "labels",
        "tags"
      ]);
    }
  }
}
function $isRouterWorker$4(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkRouterWorker$4(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function $isRouterWorker$5(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkRouterWorker$5(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function validateRouterWorkerEventBase(value, options) {
  return $validate(
    $isRouterWorkerEventBase,
    $checkRouterWorkerEventBase,
    value,
    options
  );
}
function isRouterWorkerEventBase(value) {
  try {
    return $isRouterWorkerEventBase(value, false);
  } catch {
    return false;
  }
}
function $isRouterWorkerEventBase(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["jobId"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== "string" || "jobId" in r3 && !$hasOwn.call(v, "jobId")) return false;
  const v5 = v["channelReference"];
  if (v5 !== void 0 && (!("channelReference" in r3) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v5 !== "string" && v5 !== null) return false;
  }
  const v6 = v["channelId"];
  if (typeof v6 !== "string" || "channelId" in r3 && !$hasOwn.call(v, "channelId")) return false;
  const v8 = v["workerId"];
  const r7 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v8 !== "string" || "workerId" in r7 && !$hasOwn.call(v, "workerId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["jobId", "channelReference", "channelId", "workerId"])) return false;
  }
  return true;
}
function $checkRouterWorkerEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r3 && v, "jobId", v["jobId"]);
    const v4 = v["channelReference"];
    if ($has(e, p, "channelReference" in r3 && v, "channelReference", v4)) {
      if (typeof v4 !== "string" && v4 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v4));
      }
    }
    $checkStringProperty(e, p, "channelId" in r3 && v, "channelId", v["channelId"]);
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r5 && v, "workerId", v["workerId"]);
    if (s) {
      $extraKeys(e, p, v, ["jobId", "channelReference", "channelId", "workerId"]);
    }
  }
}
function validateRouterWorkerSelector(value, options) {
  return $validate($isRouterWorkerSelector, $checkRouterWorkerSelector, value, options);
}
function isRouterWorkerSelector(value) {
  try {
    return $isRouterWorkerSelector(value, false);
  } catch {
    return false;
  }
}
function $isRouterWorkerSelector(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["key"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "key" in r1 && !$hasOwn.call(v, "key")) return false;
  const v3 = v["labelOperator"];
  if (v3 === void 0 || "labelOperator" in r1 && !$hasOwn.call(v, "labelOperator")) return false;
  if (typeof v3 !== "string") return false;
  const v6 = v["value"];
  if (v6 !== void 0 && (!("value" in r1) || $hasOwn.call(v, "value"))) {
    if (!($isRouterWorkerSelector$6(v6, s) || $isRouterWorkerSelector$7(v6, s) || $isRouterWorkerSelector$8(v6, s)))
      return false;
  }
  const v9 = v["ttlSeconds"];
  if ((typeof v9 !== "number" || !Number.isFinite(v9)) && v9 !== void 0 && (!("ttlSeconds" in r1) || $hasOwn.call(v, "ttlSeconds")))
    return false;
  const v10 = v["state"];
  if (v10 !== void 0 && (!("state" in r1) || $hasOwn.call(v, "state"))) {
    if (typeof v10 !== "string") return false;
  }
  const v13 = v["expirationTime"];
  if ((typeof v13 !== "string" || !$dateTime(v13)) && v13 !== void 0 && (!("expirationTime" in r1) || $hasOwn.call(v, "expirationTime")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["key", "labelOperator", "value", "ttlSeconds", "state", "expirationTime"]))
      return false;
  }
  return true;
}
function $checkRouterWorkerSelector(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "key" in r1 && v, "key", v["key"]);
    const v2 = v["labelOperator"];
    if ($has(
      e,
      p,
      "labelOperator" in r1 && v,
      "labelOperator",
      v2,
      '"Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string'
    )) {
      if (typeof v2 !== "string") {
        $fail(
          e,
          p + "/labelOperator",
          'must be one of "Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string',
          '"Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string',
          $show(v2)
        );
      }
    }
    const v5 = v["value"];
    if ($has(e, p, "value" in r1 && v, "value", v5)) {
      if (!($isRouterWorkerSelector$6(v5, s) || $isRouterWorkerSelector$7(v5, s) || $isRouterWorkerSelector$8(v5, s))) {
        $fail(
          e,
          p + "/value",
          "must match at least one alternative (anyOf)",
          "string | number | boolean",
          $type(v5)
        );
        if (typeof v5 === "string") $checkRouterWorkerSelector$6(v5, p + "/value", e, s);
        if (typeof v5 === "number" && Number.isFinite(v5))
          $checkRouterWorkerSelector$7(v5, p + "/value", e, s);
        if (typeof v5 === "boolean") $checkRouterWorkerSelector$8(v5, p + "/value", e, s);
      }
    }
    $checkNumberProperty(e, p, "ttlSeconds" in r1 && v, "ttlSeconds", v["ttlSeconds"], true);
    const v8 = v["state"];
    if ($has(e, p, "state" in r1 && v, "state", v8)) {
      if (typeof v8 !== "string") {
        $fail(
          e,
          p + "/state",
          'must be one of "active" | "expired" | string',
          '"active" | "expired" | string',
          $show(v8)
        );
      }
    }
    $checkDateTimeProperty(e, p, "expirationTime" in r1 && v, "expirationTime", v["expirationTime"], true);
    if (s) {
      $extraKeys(e, p, v, ["key", "labelOperator", "value", "ttlSeconds", "state", "expirationTime"]);
    }
  }
}
function $isRouterWorkerSelector$6(v, _s) {
  if (typeof v !== "string") return false;
  return true;
}
function $checkRouterWorkerSelector$6(v, p, e, _s) {
  if (typeof v !== "string") {
    $fail(e, p, "must be a string", "string", $type(v));
  }
}
function $isRouterWorkerSelector$7(v, _s) {
  if (typeof v !== "number" || !Number.isFinite(v)) return false;
  return true;
}
function $checkRouterWorkerSelector$7(v, p, e, _s) {
  if (typeof v !== "number" || !Number.isFinite(v)) {
    $fail(e, p, "must be a number", "number", $type(v));
  }
}
function $isRouterWorkerSelector$8(v, _s) {
  if (typeof v !== "boolean") return false;
  return true;
}
function $checkRouterWorkerSelector$8(v, p, e, _s) {
  if (typeof v !== "boolean") {
    $fail(e, p, "must be a boolean", "boolean", $type(v));
  }
}
function validateSmsDeliveryAttempt(value, options) {
  return $validate($isSmsDeliveryAttempt, $checkSmsDeliveryAttempt, value, options);
}
function isSmsDeliveryAttempt(value) {
  try {
    return $isSmsDeliveryAttempt(value, false);
  } catch {
    return false;
  }
}
function $isSmsDeliveryAttempt(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["timestamp"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "timestamp" in r1 && !$hasOwn.call(v, "timestamp"))
    return false;
  const v3 = v["segmentsSucceeded"];
  if (typeof v3 !== "number" || !Number.isInteger(v3) || "segmentsSucceeded" in r1 && !$hasOwn.call(v, "segmentsSucceeded"))
    return false;
  const v4 = v["segmentsFailed"];
  if (typeof v4 !== "number" || !Number.isInteger(v4) || "segmentsFailed" in r1 && !$hasOwn.call(v, "segmentsFailed"))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["timestamp", "segmentsSucceeded", "segmentsFailed"])) return false;
  }
  return true;
}
function $checkSmsDeliveryAttempt(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "timestamp" in r1 && v, "timestamp", v["timestamp"]);
    $checkIntegerProperty(e, p, "segmentsSucceeded" in r1 && v, "segmentsSucceeded", v["segmentsSucceeded"]);
    $checkIntegerProperty(e, p, "segmentsFailed" in r1 && v, "segmentsFailed", v["segmentsFailed"]);
    if (s) {
      $extraKeys(e, p, v, ["timestamp", "segmentsSucceeded", "segmentsFailed"]);
    }
  }
}
function validateAcsAdvancedMessageAnalysisCompletedEventData(value, options) {
  return $validate(
    $isAcsAdvancedMessageAnalysisCompletedEventData,
    $checkAcsAdvancedMessageAnalysisCompletedEventData,
    value,
    options
  );
}
function isAcsAdvancedMessageAnalysisCompletedEventData(value) {
  try {
    return $isAcsAdvancedMessageAnalysisCompletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsAdvancedMessageAnalysisCompletedEventData(v, s) {
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
  if (typeof v9 !== "string" || !$dateTime(v9) || "receivedTimestamp" in r3 && !$hasOwn.call(v, "receivedTimestamp"))
    return false;
  const v10 = v["error"];
  if (v10 !== void 0 && (!("error" in r3) || $hasOwn.call(v, "error"))) {
    if (!$isAdvancedMessageChannelEventError(v10, s)) return false;
  }
  const v14 = v["originalMessage"];
  const r13 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v14 !== "string" && v14 !== void 0 && (!("originalMessage" in r13) || $hasOwn.call(v, "originalMessage")))
    return false;
  const v15 = v["intentAnalysis"];
  if (typeof v15 !== "string" && v15 !== void 0 && (!("intentAnalysis" in r13) || $hasOwn.call(v, "intentAnalysis")))
    return false;
  const v16 = v["languageDetection"];
  if (v16 !== void 0 && (!("languageDetection" in r13) || $hasOwn.call(v, "languageDetection"))) {
    if (!$isAdvancedMessageLanguageDetection(v16, s)) return false;
  }
  const v19 = v["extractedKeyPhrases"];
  if (v19 !== void 0 && (!("extractedKeyPhrases" in r13) || $hasOwn.call(v, "extractedKeyPhrases"))) {
    if (!Array.isArray(v19)) return false;
    const a20 = v19;
    for (let i21 = 0; i21 < a20.length; i21++) {
      const v22 = a20[i21];
      if (typeof v22 !== "string") return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, [
      "channelType",
      "from",
      "to",
      "receivedTimestamp",
      "error",
      "originalMessage",
      "intentAnalysis",
      "languageDetection",
      "extractedKeyPhrases"
    ]))
      return false;
  }
  return true;
}
function $checkAcsAdvancedMessageAnalysisCompletedEventData(v, p, e, s) {
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
    $checkStringProperty(e, p, "originalMessage" in r10 && v, "originalMessage", v["originalMessage"], true);
    $checkStringProperty(e, p, "intentAnalysis" in r10 && v, "intentAnalysis", v["intentAnalysis"], true);
    const v11 = v["languageDetection"];
    if ($has(e, p, "languageDetection" in r10 && v, "languageDetection", v11)) {
      $checkAdvancedMessageLanguageDetection(v11, p + "/languageDetection", e, s);
    }
    const v14 = v["extractedKeyPhrases"];
    if ($has(e, p, "extractedKeyPhrases" in r10 && v, "extractedKeyPhrases", v14)) {
      if (!Array.isArray(v14)) {
        $fail(e, p + "/extractedKeyPhrases", "must be an array", "array", $type(v14));
      } else {
        const a15 = v14;
        for (let i16 = 0; i16 < a15.length; i16++) {
          const v17 = a15[i16];
          if (typeof v17 !== "string") {
            $fail(e, p + "/extractedKeyPhrases/" + i16, "must be a string", "string", $type(v17));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "channelType",
        "from",
        "to",
        "receivedTimestamp",
        "error",
        "originalMessage",
        "intentAnalysis",
        "languageDetection",
        "extractedKeyPhrases"
      ]);
    }
  }
}
function validateAcsAdvancedMessageDeliveryStatusUpdatedEventData(value, options) {
  return $validate(
    $isAcsAdvancedMessageDeliveryStatusUpdatedEventData,
    $checkAcsAdvancedMessageDeliveryStatusUpdatedEventData,
    value,
    options
  );
}
function isAcsAdvancedMessageDeliveryStatusUpdatedEventData(value) {
  try {
    return $isAcsAdvancedMessageDeliveryStatusUpdatedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsAdvancedMessageDeliveryStatusUpdatedEventData(v, s) {
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
  if (typeof v9 !== "string" || !$dateTime(v9) || "receivedTimestamp" in r3 && !$hasOwn.call(v, "receivedTimestamp"))
    return false;
  const v10 = v["error"];
  if (v10 !== void 0 && (!("error" in r3) || $hasOwn.call(v, "error"))) {
    if (!$isAdvancedMessageChannelEventError(v10, s)) return false;
  }
  const v14 = v["messageId"];
  const r13 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v14 !== "string" || "messageId" in r13 && !$hasOwn.call(v, "messageId")) return false;
  const v15 = v["status"];
  if (v15 === void 0 || "status" in r13 && !$hasOwn.call(v, "status")) return false;
  if (typeof v15 !== "string") return false;
  if (s) {
    if (!$onlyKeys(v, ["channelType", "from", "to", "receivedTimestamp", "error", "messageId", "status"]))
      return false;
  }
  return true;
}
function $checkAcsAdvancedMessageDeliveryStatusUpdatedEventData(v, p, e, s) {
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
    $checkStringProperty(e, p, "messageId" in r10 && v, "messageId", v["messageId"]);
    const v11 = v["status"];
    if ($has(
      e,
      p,
      "status" in r10 && v,
      "status",
      v11,
      '"Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string'
    )) {
      if (typeof v11 !== "string") {
        $fail(
          e,
          p + "/status",
          'must be one of "Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string',
          '"Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string',
          $show(v11)
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["channelType", "from", "to", "receivedTimestamp", "error", "messageId", "status"]);
    }
  }
}
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
  if (typeof v9 !== "string" || !$dateTime(v9) || "receivedTimestamp" in r3 && !$hasOwn.call(v, "receivedTimestamp"))
    return false;
  const v10 = v["error"];
  if (v10 !== void 0 && (!("error" in r3) || $hasOwn.call(v, "error"))) {
    if (!$isAdvancedMessageChannelEventError(v10, s)) return false;
  }
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
const $wireAcsCallEndedEventData = [
  {
    erratum: "call-ended-duration-name",
    decision: "variant",
    parent: [],
    name: "callDurationInSeconds",
    published: {
      name: "durationOfCall"
    }
  }
];
function validateAcsCallEndedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(value, $wireAcsCallEndedEventData, options?.strict === true, errors, normalized);
    $checkAcsCallEndedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsCallEndedEventData(value) {
  try {
    return $isAcsCallEndedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsCallEndedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["startedBy"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === void 0 || "startedBy" in r3 && !$hasOwn.call(v, "startedBy")) return false;
  if (!$isCallParticipant(v4, s)) return false;
  const v7 = v["serverCallId"];
  if (typeof v7 !== "string" || "serverCallId" in r3 && !$hasOwn.call(v, "serverCallId")) return false;
  const v8 = v["group"];
  if (v8 !== void 0 && (!("group" in r3) || $hasOwn.call(v, "group"))) {
    if (!$isCallGroup(v8, s)) return false;
  }
  const v11 = v["room"];
  if (v11 !== void 0 && (!("room" in r3) || $hasOwn.call(v, "room"))) {
    if (!$isCallRoom(v11, s)) return false;
  }
  const v14 = v["isTwoParty"];
  if (typeof v14 !== "boolean" && v14 !== void 0 && (!("isTwoParty" in r3) || $hasOwn.call(v, "isTwoParty")))
    return false;
  const v15 = v["correlationId"];
  if (typeof v15 !== "string" || "correlationId" in r3 && !$hasOwn.call(v, "correlationId")) return false;
  const v16 = v["isRoomsCall"];
  if (typeof v16 !== "boolean" && v16 !== void 0 && (!("isRoomsCall" in r3) || $hasOwn.call(v, "isRoomsCall")))
    return false;
  const v18 = v["endedBy"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 !== void 0 && (!("endedBy" in r17) || $hasOwn.call(v, "endedBy"))) {
    if (!$isCallEndedBy(v18, s)) return false;
  }
  const v21 = v["reason"];
  if (v21 !== void 0 && (!("reason" in r17) || $hasOwn.call(v, "reason"))) {
    if (!$isCallEndReason(v21, s)) return false;
  }
  const v24 = v["callDurationInSeconds"];
  if ((typeof v24 !== "number" || !Number.isFinite(v24)) && v24 !== void 0 && (!("callDurationInSeconds" in r17) || $hasOwn.call(v, "callDurationInSeconds")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "startedBy",
      "serverCallId",
      "group",
      "room",
      "isTwoParty",
      "correlationId",
      "isRoomsCall",
      "endedBy",
      "reason",
      "callDurationInSeconds"
    ]))
      return false;
  }
  return true;
}
function $checkAcsCallEndedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v["startedBy"];
    if ($has(e, p, "startedBy" in r3 && v, "startedBy", v4, "CallParticipant")) {
      $checkCallParticipant(v4, p + "/startedBy", e, s);
    }
    $checkStringProperty(e, p, "serverCallId" in r3 && v, "serverCallId", v["serverCallId"]);
    const v7 = v["group"];
    if ($has(e, p, "group" in r3 && v, "group", v7)) {
      $checkCallGroup(v7, p + "/group", e, s);
    }
    const v10 = v["room"];
    if ($has(e, p, "room" in r3 && v, "room", v10)) {
      $checkCallRoom(v10, p + "/room", e, s);
    }
    $checkBooleanProperty(e, p, "isTwoParty" in r3 && v, "isTwoParty", v["isTwoParty"], true);
    $checkStringProperty(e, p, "correlationId" in r3 && v, "correlationId", v["correlationId"]);
    $checkBooleanProperty(e, p, "isRoomsCall" in r3 && v, "isRoomsCall", v["isRoomsCall"], true);
    const r13 = Object.getPrototypeOf(v) || Object.prototype;
    const v14 = v["endedBy"];
    if ($has(e, p, "endedBy" in r13 && v, "endedBy", v14)) {
      $checkCallEndedBy(v14, p + "/endedBy", e, s);
    }
    const v17 = v["reason"];
    if ($has(e, p, "reason" in r13 && v, "reason", v17)) {
      $checkCallEndReason(v17, p + "/reason", e, s);
    }
    $checkNumberProperty(
      e,
      p,
      "callDurationInSeconds" in r13 && v,
      "callDurationInSeconds",
      v["callDurationInSeconds"],
      true
    );
    if (s) {
      $extraKeys(e, p, v, [
        "startedBy",
        "serverCallId",
        "group",
        "room",
        "isTwoParty",
        "correlationId",
        "isRoomsCall",
        "endedBy",
        "reason",
        "callDurationInSeconds"
      ]);
    }
  }
}
const $wireAcsCallParticipantAddedEventData = [
  {
    erratum: "endpoint-type-vs-user-agent-164",
    decision: "variant",
    parent: [],
    name: "userAgent",
    published: {
      name: "endpointType"
    }
  }
];
function validateAcsCallParticipantAddedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsCallParticipantAddedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsCallParticipantAddedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsCallParticipantAddedEventData(value) {
  try {
    return $isAcsCallParticipantAddedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsCallParticipantAddedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["startedBy"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (v6 === void 0 || "startedBy" in r5 && !$hasOwn.call(v, "startedBy")) return false;
  if (!$isCallParticipant(v6, s)) return false;
  const v9 = v["serverCallId"];
  if (typeof v9 !== "string" || "serverCallId" in r5 && !$hasOwn.call(v, "serverCallId")) return false;
  const v10 = v["group"];
  if (v10 !== void 0 && (!("group" in r5) || $hasOwn.call(v, "group"))) {
    if (!$isCallGroup(v10, s)) return false;
  }
  const v13 = v["room"];
  if (v13 !== void 0 && (!("room" in r5) || $hasOwn.call(v, "room"))) {
    if (!$isCallRoom(v13, s)) return false;
  }
  const v16 = v["isTwoParty"];
  if (typeof v16 !== "boolean" && v16 !== void 0 && (!("isTwoParty" in r5) || $hasOwn.call(v, "isTwoParty")))
    return false;
  const v17 = v["correlationId"];
  if (typeof v17 !== "string" || "correlationId" in r5 && !$hasOwn.call(v, "correlationId")) return false;
  const v18 = v["isRoomsCall"];
  if (typeof v18 !== "boolean" && v18 !== void 0 && (!("isRoomsCall" in r5) || $hasOwn.call(v, "isRoomsCall")))
    return false;
  const v20 = v["user"];
  const r19 = Object.getPrototypeOf(v) || Object.prototype;
  if (v20 !== void 0 && (!("user" in r19) || $hasOwn.call(v, "user"))) {
    if (!$isCallParticipant(v20, s)) return false;
  }
  const v23 = v["displayName"];
  if (typeof v23 !== "string" && v23 !== void 0 && (!("displayName" in r19) || $hasOwn.call(v, "displayName")))
    return false;
  const v24 = v["participantId"];
  if (typeof v24 !== "string" && v24 !== void 0 && (!("participantId" in r19) || $hasOwn.call(v, "participantId")))
    return false;
  const v25 = v["userAgent"];
  if (typeof v25 !== "string" && v25 !== void 0 && (!("userAgent" in r19) || $hasOwn.call(v, "userAgent")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "startedBy",
      "serverCallId",
      "group",
      "room",
      "isTwoParty",
      "correlationId",
      "isRoomsCall",
      "user",
      "displayName",
      "participantId",
      "userAgent"
    ]))
      return false;
  }
  return true;
}
function $checkAcsCallParticipantAddedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    const v6 = v["startedBy"];
    if ($has(e, p, "startedBy" in r5 && v, "startedBy", v6, "CallParticipant")) {
      $checkCallParticipant(v6, p + "/startedBy", e, s);
    }
    $checkStringProperty(e, p, "serverCallId" in r5 && v, "serverCallId", v["serverCallId"]);
    const v9 = v["group"];
    if ($has(e, p, "group" in r5 && v, "group", v9)) {
      $checkCallGroup(v9, p + "/group", e, s);
    }
    const v12 = v["room"];
    if ($has(e, p, "room" in r5 && v, "room", v12)) {
      $checkCallRoom(v12, p + "/room", e, s);
    }
    $checkBooleanProperty(e, p, "isTwoParty" in r5 && v, "isTwoParty", v["isTwoParty"], true);
    $checkStringProperty(e, p, "correlationId" in r5 && v, "correlationId", v["correlationId"]);
    $checkBooleanProperty(e, p, "isRoomsCall" in r5 && v, "isRoomsCall", v["isRoomsCall"], true);
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v["user"];
    if ($has(e, p, "user" in r15 && v, "user", v16)) {
      $checkCallParticipant(v16, p + "/user", e, s);
    }
    $checkStringProperty(e, p, "displayName" in r15 && v, "displayName", v["displayName"], true);
    $checkStringProperty(e, p, "participantId" in r15 && v, "participantId", v["participantId"], true);
    $checkStringProperty(e, p, "userAgent" in r15 && v, "userAgent", v["userAgent"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "startedBy",
        "serverCallId",
        "group",
        "room",
        "isTwoParty",
        "correlationId",
        "isRoomsCall",
        "user",
        "displayName",
        "participantId",
        "userAgent"
      ]);
    }
  }
}
const $wireAcsCallParticipantRemovedEventData = [
  {
    erratum: "endpoint-type-vs-user-agent-212",
    decision: "variant",
    parent: [],
    name: "userAgent",
    published: {
      name: "endpointType"
    }
  }
];
function validateAcsCallParticipantRemovedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsCallParticipantRemovedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsCallParticipantRemovedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsCallParticipantRemovedEventData(value) {
  try {
    return $isAcsCallParticipantRemovedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsCallParticipantRemovedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["startedBy"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (v6 === void 0 || "startedBy" in r5 && !$hasOwn.call(v, "startedBy")) return false;
  if (!$isCallParticipant(v6, s)) return false;
  const v9 = v["serverCallId"];
  if (typeof v9 !== "string" || "serverCallId" in r5 && !$hasOwn.call(v, "serverCallId")) return false;
  const v10 = v["group"];
  if (v10 !== void 0 && (!("group" in r5) || $hasOwn.call(v, "group"))) {
    if (!$isCallGroup(v10, s)) return false;
  }
  const v13 = v["room"];
  if (v13 !== void 0 && (!("room" in r5) || $hasOwn.call(v, "room"))) {
    if (!$isCallRoom(v13, s)) return false;
  }
  const v16 = v["isTwoParty"];
  if (typeof v16 !== "boolean" && v16 !== void 0 && (!("isTwoParty" in r5) || $hasOwn.call(v, "isTwoParty")))
    return false;
  const v17 = v["correlationId"];
  if (typeof v17 !== "string" || "correlationId" in r5 && !$hasOwn.call(v, "correlationId")) return false;
  const v18 = v["isRoomsCall"];
  if (typeof v18 !== "boolean" && v18 !== void 0 && (!("isRoomsCall" in r5) || $hasOwn.call(v, "isRoomsCall")))
    return false;
  const v20 = v["user"];
  const r19 = Object.getPrototypeOf(v) || Object.prototype;
  if (v20 !== void 0 && (!("user" in r19) || $hasOwn.call(v, "user"))) {
    if (!$isCallParticipant(v20, s)) return false;
  }
  const v23 = v["displayName"];
  if (typeof v23 !== "string" && v23 !== void 0 && (!("displayName" in r19) || $hasOwn.call(v, "displayName")))
    return false;
  const v24 = v["participantId"];
  if (typeof v24 !== "string" && v24 !== void 0 && (!("participantId" in r19) || $hasOwn.call(v, "participantId")))
    return false;
  const v25 = v["userAgent"];
  if (typeof v25 !== "string" && v25 !== void 0 && (!("userAgent" in r19) || $hasOwn.call(v, "userAgent")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "startedBy",
      "serverCallId",
      "group",
      "room",
      "isTwoParty",
      "correlationId",
      "isRoomsCall",
      "user",
      "displayName",
      "participantId",
      "userAgent"
    ]))
      return false;
  }
  return true;
}
function $checkAcsCallParticipantRemovedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    const v6 = v["startedBy"];
    if ($has(e, p, "startedBy" in r5 && v, "startedBy", v6, "CallParticipant")) {
      $checkCallParticipant(v6, p + "/startedBy", e, s);
    }
    $checkStringProperty(e, p, "serverCallId" in r5 && v, "serverCallId", v["serverCallId"]);
    const v9 = v["group"];
    if ($has(e, p, "group" in r5 && v, "group", v9)) {
      $checkCallGroup(v9, p + "/group", e, s);
    }
    const v12 = v["room"];
    if ($has(e, p, "room" in r5 && v, "room", v12)) {
      $checkCallRoom(v12, p + "/room", e, s);
    }
    $checkBooleanProperty(e, p, "isTwoParty" in r5 && v, "isTwoParty", v["isTwoParty"], true);
    $checkStringProperty(e, p, "correlationId" in r5 && v, "correlationId", v["correlationId"]);
    $checkBooleanProperty(e, p, "isRoomsCall" in r5 && v, "isRoomsCall", v["isRoomsCall"], true);
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v["user"];
    if ($has(e, p, "user" in r15 && v, "user", v16)) {
      $checkCallParticipant(v16, p + "/user", e, s);
    }
    $checkStringProperty(e, p, "displayName" in r15 && v, "displayName", v["displayName"], true);
    $checkStringProperty(e, p, "participantId" in r15 && v, "participantId", v["participantId"], true);
    $checkStringProperty(e, p, "userAgent" in r15 && v, "userAgent", v["userAgent"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "startedBy",
        "serverCallId",
        "group",
        "room",
        "isTwoParty",
        "correlationId",
        "isRoomsCall",
        "user",
        "displayName",
        "participantId",
        "userAgent"
      ]);
    }
  }
}
function validateAcsCallStartedEventData(value, options) {
  return $validate(
    $isAcsCallStartedEventData,
    $checkAcsCallStartedEventData,
    value,
    options
  );
}
function isAcsCallStartedEventData(value) {
  try {
    return $isAcsCallStartedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsCallStartedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["startedBy"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === void 0 || "startedBy" in r3 && !$hasOwn.call(v, "startedBy")) return false;
  if (!$isCallParticipant(v4, s)) return false;
  const v7 = v["serverCallId"];
  if (typeof v7 !== "string" || "serverCallId" in r3 && !$hasOwn.call(v, "serverCallId")) return false;
  const v8 = v["group"];
  if (v8 !== void 0 && (!("group" in r3) || $hasOwn.call(v, "group"))) {
    if (!$isCallGroup(v8, s)) return false;
  }
  const v11 = v["room"];
  if (v11 !== void 0 && (!("room" in r3) || $hasOwn.call(v, "room"))) {
    if (!$isCallRoom(v11, s)) return false;
  }
  const v14 = v["isTwoParty"];
  if (typeof v14 !== "boolean" && v14 !== void 0 && (!("isTwoParty" in r3) || $hasOwn.call(v, "isTwoParty")))
    return false;
  const v15 = v["correlationId"];
  if (typeof v15 !== "string" || "correlationId" in r3 && !$hasOwn.call(v, "correlationId")) return false;
  const v16 = v["isRoomsCall"];
  if (typeof v16 !== "boolean" && v16 !== void 0 && (!("isRoomsCall" in r3) || $hasOwn.call(v, "isRoomsCall")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "startedBy",
      "serverCallId",
      "group",
      "room",
      "isTwoParty",
      "correlationId",
      "isRoomsCall"
    ]))
      return false;
  }
  return true;
}
function $checkAcsCallStartedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v["startedBy"];
    if ($has(e, p, "startedBy" in r3 && v, "startedBy", v4, "CallParticipant")) {
      $checkCallParticipant(v4, p + "/startedBy", e, s);
    }
    $checkStringProperty(e, p, "serverCallId" in r3 && v, "serverCallId", v["serverCallId"]);
    const v7 = v["group"];
    if ($has(e, p, "group" in r3 && v, "group", v7)) {
      $checkCallGroup(v7, p + "/group", e, s);
    }
    const v10 = v["room"];
    if ($has(e, p, "room" in r3 && v, "room", v10)) {
      $checkCallRoom(v10, p + "/room", e, s);
    }
    $checkBooleanProperty(e, p, "isTwoParty" in r3 && v, "isTwoParty", v["isTwoParty"], true);
    $checkStringProperty(e, p, "correlationId" in r3 && v, "correlationId", v["correlationId"]);
    $checkBooleanProperty(e, p, "isRoomsCall" in r3 && v, "isRoomsCall", v["isRoomsCall"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "startedBy",
        "serverCallId",
        "group",
        "room",
        "isTwoParty",
        "correlationId",
        "isRoomsCall"
      ]);
    }
  }
}
function validateAcsChatAzureBotCommandReceivedInThreadEventData(value, options) {
  return $validate(
    $isAcsChatAzureBotCommandReceivedInThreadEventData,
    $checkAcsChatAzureBotCommandReceivedInThreadEventData,
    value,
    options
  );
}
function isAcsChatAzureBotCommandReceivedInThreadEventData(value) {
  try {
    return $isAcsChatAzureBotCommandReceivedInThreadEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatAzureBotCommandReceivedInThreadEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["transactionId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "transactionId" in r5 && !$hasOwn.call(v, "transactionId")) return false;
  const v7 = v["threadId"];
  if (typeof v7 !== "string" || "threadId" in r5 && !$hasOwn.call(v, "threadId")) return false;
  const v9 = v["messageId"];
  const r8 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v9 !== "string" || "messageId" in r8 && !$hasOwn.call(v, "messageId")) return false;
  const v10 = v["senderCommunicationIdentifier"];
  if (v10 === void 0 || "senderCommunicationIdentifier" in r8 && !$hasOwn.call(v, "senderCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v10, s)) return false;
  const v13 = v["senderDisplayName"];
  if (typeof v13 !== "string" && v13 !== void 0 && (!("senderDisplayName" in r8) || $hasOwn.call(v, "senderDisplayName")))
    return false;
  const v14 = v["composeTime"];
  if ((typeof v14 !== "string" || !$dateTime(v14)) && v14 !== void 0 && (!("composeTime" in r8) || $hasOwn.call(v, "composeTime")))
    return false;
  const v15 = v["type"];
  if (typeof v15 !== "string" || "type" in r8 && !$hasOwn.call(v, "type")) return false;
  const v16 = v["version"];
  if (v16 !== void 0 && (!("version" in r8) || $hasOwn.call(v, "version"))) {
    if (typeof v16 !== "number" || !Number.isInteger(v16)) return false;
  }
  const v18 = v["messageBody"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "messageBody" in r17 && !$hasOwn.call(v, "messageBody")) return false;
  const v19 = v["metadata"];
  if (v19 !== void 0 && (!("metadata" in r17) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatMessageMetadata(v19, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "transactionId",
      "threadId",
      "messageId",
      "senderCommunicationIdentifier",
      "senderDisplayName",
      "composeTime",
      "type",
      "version",
      "messageBody",
      "metadata"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatAzureBotCommandReceivedInThreadEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "transactionId" in r5 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r5 && v, "threadId", v["threadId"]);
    const r6 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageId" in r6 && v, "messageId", v["messageId"]);
    const v7 = v["senderCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "senderCommunicationIdentifier" in r6 && v,
      "senderCommunicationIdentifier",
      v7,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v7, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkStringProperty(
      e,
      p,
      "senderDisplayName" in r6 && v,
      "senderDisplayName",
      v["senderDisplayName"],
      true
    );
    $checkDateTimeProperty(e, p, "composeTime" in r6 && v, "composeTime", v["composeTime"], true);
    $checkStringProperty(e, p, "type" in r6 && v, "type", v["type"]);
    const v10 = v["version"];
    if ($has(e, p, "version" in r6 && v, "version", v10)) {
      if (typeof v10 !== "number" || !Number.isInteger(v10)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v10));
      }
    }
    const r11 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageBody" in r11 && v, "messageBody", v["messageBody"]);
    const v12 = v["metadata"];
    if ($has(e, p, "metadata" in r11 && v, "metadata", v12)) {
      $checkChatMessageMetadata(v12, p + "/metadata", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "transactionId",
        "threadId",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "composeTime",
        "type",
        "version",
        "messageBody",
        "metadata"
      ]);
    }
  }
}
function validateAcsChatMemberAddedToThreadWithUserEventData(value, options) {
  return $validate(
    $isAcsChatMemberAddedToThreadWithUserEventData,
    $checkAcsChatMemberAddedToThreadWithUserEventData,
    value,
    options
  );
}
function isAcsChatMemberAddedToThreadWithUserEventData(value) {
  try {
    return $isAcsChatMemberAddedToThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatMemberAddedToThreadWithUserEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["time"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "time" in r1 && !$hasOwn.call(v, "time")) return false;
  const v3 = v["addedBy"];
  if (typeof v3 !== "string" || "addedBy" in r1 && !$hasOwn.call(v, "addedBy")) return false;
  const v4 = v["memberAdded"];
  if (v4 === void 0 || "memberAdded" in r1 && !$hasOwn.call(v, "memberAdded")) return false;
  if (!$isChatThreadMember(v4, s)) return false;
  const v7 = v["createTime"];
  if (typeof v7 !== "string" || !$dateTime(v7) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v8 = v["version"];
  if (typeof v8 !== "number" || !Number.isInteger(v8) || "version" in r1 && !$hasOwn.call(v, "version"))
    return false;
  const v9 = v["recipientId"];
  if (typeof v9 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v10 = v["transactionId"];
  if (typeof v10 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v11 = v["threadId"];
  if (typeof v11 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "time",
      "addedBy",
      "memberAdded",
      "createTime",
      "version",
      "recipientId",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatMemberAddedToThreadWithUserEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "time" in r1 && v, "time", v["time"]);
    $checkStringProperty(e, p, "addedBy" in r1 && v, "addedBy", v["addedBy"]);
    const v2 = v["memberAdded"];
    if ($has(e, p, "memberAdded" in r1 && v, "memberAdded", v2, "ChatThreadMember")) {
      $checkChatThreadMember(v2, p + "/memberAdded", e, s);
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    $checkIntegerProperty(e, p, "version" in r1 && v, "version", v["version"]);
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "time",
        "addedBy",
        "memberAdded",
        "createTime",
        "version",
        "recipientId",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
function validateAcsChatMemberRemovedFromThreadWithUserEventData(value, options) {
  return $validate(
    $isAcsChatMemberRemovedFromThreadWithUserEventData,
    $checkAcsChatMemberRemovedFromThreadWithUserEventData,
    value,
    options
  );
}
function isAcsChatMemberRemovedFromThreadWithUserEventData(value) {
  try {
    return $isAcsChatMemberRemovedFromThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatMemberRemovedFromThreadWithUserEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["time"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "time" in r1 && !$hasOwn.call(v, "time")) return false;
  const v3 = v["removedBy"];
  if (typeof v3 !== "string" || "removedBy" in r1 && !$hasOwn.call(v, "removedBy")) return false;
  const v4 = v["memberRemoved"];
  if (v4 === void 0 || "memberRemoved" in r1 && !$hasOwn.call(v, "memberRemoved")) return false;
  if (!$isChatThreadMember(v4, s)) return false;
  const v7 = v["createTime"];
  if (typeof v7 !== "string" || !$dateTime(v7) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v8 = v["version"];
  if (typeof v8 !== "number" || !Number.isInteger(v8) || "version" in r1 && !$hasOwn.call(v, "version"))
    return false;
  const v9 = v["recipientId"];
  if (typeof v9 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v10 = v["transactionId"];
  if (typeof v10 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v11 = v["threadId"];
  if (typeof v11 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "time",
      "removedBy",
      "memberRemoved",
      "createTime",
      "version",
      "recipientId",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatMemberRemovedFromThreadWithUserEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "time" in r1 && v, "time", v["time"]);
    $checkStringProperty(e, p, "removedBy" in r1 && v, "removedBy", v["removedBy"]);
    const v2 = v["memberRemoved"];
    if ($has(e, p, "memberRemoved" in r1 && v, "memberRemoved", v2, "ChatThreadMember")) {
      $checkChatThreadMember(v2, p + "/memberRemoved", e, s);
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    $checkIntegerProperty(e, p, "version" in r1 && v, "version", v["version"]);
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "time",
        "removedBy",
        "memberRemoved",
        "createTime",
        "version",
        "recipientId",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
function validateAcsChatMessageDeletedEventData(value, options) {
  return $validate(
    $isAcsChatMessageDeletedEventData,
    $checkAcsChatMessageDeletedEventData,
    value,
    options
  );
}
function isAcsChatMessageDeletedEventData(value) {
  try {
    return $isAcsChatMessageDeletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatMessageDeletedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["deleteTime"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "deleteTime" in r1 && !$hasOwn.call(v, "deleteTime"))
    return false;
  const v3 = v["messageId"];
  if (typeof v3 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v4 = v["senderId"];
  if (typeof v4 !== "string" || "senderId" in r1 && !$hasOwn.call(v, "senderId")) return false;
  const v5 = v["senderCommunicationIdentifier"];
  if (v5 !== void 0 && (!("senderCommunicationIdentifier" in r1) || $hasOwn.call(v, "senderCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v5, s)) return false;
  }
  const v8 = v["senderDisplayName"];
  if (typeof v8 !== "string" || "senderDisplayName" in r1 && !$hasOwn.call(v, "senderDisplayName"))
    return false;
  const v9 = v["composeTime"];
  if (typeof v9 !== "string" || !$dateTime(v9) || "composeTime" in r1 && !$hasOwn.call(v, "composeTime"))
    return false;
  const v10 = v["type"];
  if (typeof v10 !== "string" || "type" in r1 && !$hasOwn.call(v, "type")) return false;
  const v11 = v["version"];
  if (v11 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v11 !== "number" || !Number.isInteger(v11)) return false;
  const v12 = v["recipientId"];
  if (typeof v12 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v13 = v["recipientCommunicationIdentifier"];
  if (v13 !== void 0 && (!("recipientCommunicationIdentifier" in r1) || $hasOwn.call(v, "recipientCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v13, s)) return false;
  }
  const v16 = v["transactionId"];
  if (typeof v16 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v17 = v["threadId"];
  if (typeof v17 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "deleteTime",
      "messageId",
      "senderId",
      "senderCommunicationIdentifier",
      "senderDisplayName",
      "composeTime",
      "type",
      "version",
      "recipientId",
      "recipientCommunicationIdentifier",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatMessageDeletedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "deleteTime" in r1 && v, "deleteTime", v["deleteTime"]);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, "senderId" in r1 && v, "senderId", v["senderId"]);
    const v2 = v["senderCommunicationIdentifier"];
    if ($has(e, p, "senderCommunicationIdentifier" in r1 && v, "senderCommunicationIdentifier", v2)) {
      $checkCommunicationIdentifier(v2, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "senderDisplayName" in r1 && v, "senderDisplayName", v["senderDisplayName"]);
    $checkDateTimeProperty(e, p, "composeTime" in r1 && v, "composeTime", v["composeTime"]);
    $checkStringProperty(e, p, "type" in r1 && v, "type", v["type"]);
    const v5 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v5, "int64")) {
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v5));
      }
    }
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    const v6 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, "recipientCommunicationIdentifier" in r1 && v, "recipientCommunicationIdentifier", v6)) {
      $checkCommunicationIdentifier(v6, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "deleteTime",
        "messageId",
        "senderId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "composeTime",
        "type",
        "version",
        "recipientId",
        "recipientCommunicationIdentifier",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
const $wireAcsChatMessageDeletedInThreadEventData = [
  {
    erratum: "version-as-string-chatmessagedeletedinthread-2021-02",
    decision: "variant",
    parent: [],
    name: "version",
    published: "digit-string"
  }
];
function validateAcsChatMessageDeletedInThreadEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsChatMessageDeletedInThreadEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsChatMessageDeletedInThreadEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsChatMessageDeletedInThreadEventData(value) {
  try {
    return $isAcsChatMessageDeletedInThreadEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatMessageDeletedInThreadEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["deleteTime"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "deleteTime" in r1 && !$hasOwn.call(v, "deleteTime"))
    return false;
  const v3 = v["messageId"];
  if (typeof v3 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v4 = v["type"];
  if (typeof v4 !== "string" || "type" in r1 && !$hasOwn.call(v, "type")) return false;
  const v5 = v["version"];
  if (v5 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v5 !== "number" || !Number.isInteger(v5)) return false;
  const v6 = v["senderDisplayName"];
  if (typeof v6 !== "string" || "senderDisplayName" in r1 && !$hasOwn.call(v, "senderDisplayName"))
    return false;
  const v7 = v["senderCommunicationIdentifier"];
  if (v7 === void 0 || "senderCommunicationIdentifier" in r1 && !$hasOwn.call(v, "senderCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v7, s)) return false;
  const v10 = v["composeTime"];
  if (typeof v10 !== "string" || !$dateTime(v10) || "composeTime" in r1 && !$hasOwn.call(v, "composeTime"))
    return false;
  const v11 = v["transactionId"];
  if (typeof v11 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v12 = v["threadId"];
  if (typeof v12 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "deleteTime",
      "messageId",
      "type",
      "version",
      "senderDisplayName",
      "senderCommunicationIdentifier",
      "composeTime",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatMessageDeletedInThreadEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "deleteTime" in r1 && v, "deleteTime", v["deleteTime"]);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, "type" in r1 && v, "type", v["type"]);
    const v2 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v2, "int64")) {
      if (typeof v2 !== "number" || !Number.isInteger(v2)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v2));
      }
    }
    $checkStringProperty(e, p, "senderDisplayName" in r1 && v, "senderDisplayName", v["senderDisplayName"]);
    const v3 = v["senderCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "senderCommunicationIdentifier" in r1 && v,
      "senderCommunicationIdentifier",
      v3,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v3, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, "composeTime" in r1 && v, "composeTime", v["composeTime"]);
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "deleteTime",
        "messageId",
        "type",
        "version",
        "senderDisplayName",
        "senderCommunicationIdentifier",
        "composeTime",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
function validateAcsChatMessageEditedEventData(value, options) {
  return $validate(
    $isAcsChatMessageEditedEventData,
    $checkAcsChatMessageEditedEventData,
    value,
    options
  );
}
function isAcsChatMessageEditedEventData(value) {
  try {
    return $isAcsChatMessageEditedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatMessageEditedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["editTime"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "editTime" in r1 && !$hasOwn.call(v, "editTime"))
    return false;
  const v3 = v["messageBody"];
  if (typeof v3 !== "string" || "messageBody" in r1 && !$hasOwn.call(v, "messageBody")) return false;
  const v4 = v["messageId"];
  if (typeof v4 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v5 = v["metadata"];
  if (v5 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatMessageMetadata(v5, s)) return false;
  }
  const v8 = v["senderId"];
  if (typeof v8 !== "string" || "senderId" in r1 && !$hasOwn.call(v, "senderId")) return false;
  const v9 = v["senderCommunicationIdentifier"];
  if (v9 !== void 0 && (!("senderCommunicationIdentifier" in r1) || $hasOwn.call(v, "senderCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v9, s)) return false;
  }
  const v12 = v["senderDisplayName"];
  if (typeof v12 !== "string" || "senderDisplayName" in r1 && !$hasOwn.call(v, "senderDisplayName"))
    return false;
  const v13 = v["composeTime"];
  if (typeof v13 !== "string" || !$dateTime(v13) || "composeTime" in r1 && !$hasOwn.call(v, "composeTime"))
    return false;
  const v14 = v["type"];
  if (typeof v14 !== "string" || "type" in r1 && !$hasOwn.call(v, "type")) return false;
  const v15 = v["version"];
  if (v15 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v15 !== "number" || !Number.isInteger(v15)) return false;
  const v16 = v["recipientId"];
  if (typeof v16 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v17 = v["recipientCommunicationIdentifier"];
  if (v17 !== void 0 && (!("recipientCommunicationIdentifier" in r1) || $hasOwn.call(v, "recipientCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v17, s)) return false;
  }
  const v20 = v["transactionId"];
  if (typeof v20 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v21 = v["threadId"];
  if (typeof v21 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "editTime",
      "messageBody",
      "messageId",
      "metadata",
      "senderId",
      "senderCommunicationIdentifier",
      "senderDisplayName",
      "composeTime",
      "type",
      "version",
      "recipientId",
      "recipientCommunicationIdentifier",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatMessageEditedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "editTime" in r1 && v, "editTime", v["editTime"]);
    $checkStringProperty(e, p, "messageBody" in r1 && v, "messageBody", v["messageBody"]);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    const v2 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v2)) {
      $checkChatMessageMetadata(v2, p + "/metadata", e, s);
    }
    $checkStringProperty(e, p, "senderId" in r1 && v, "senderId", v["senderId"]);
    const v5 = v["senderCommunicationIdentifier"];
    if ($has(e, p, "senderCommunicationIdentifier" in r1 && v, "senderCommunicationIdentifier", v5)) {
      $checkCommunicationIdentifier(v5, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "senderDisplayName" in r1 && v, "senderDisplayName", v["senderDisplayName"]);
    $checkDateTimeProperty(e, p, "composeTime" in r1 && v, "composeTime", v["composeTime"]);
    $checkStringProperty(e, p, "type" in r1 && v, "type", v["type"]);
    const v8 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v8, "int64")) {
      if (typeof v8 !== "number" || !Number.isInteger(v8)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v8));
      }
    }
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    const v9 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, "recipientCommunicationIdentifier" in r1 && v, "recipientCommunicationIdentifier", v9)) {
      $checkCommunicationIdentifier(v9, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "editTime",
        "messageBody",
        "messageId",
        "metadata",
        "senderId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "composeTime",
        "type",
        "version",
        "recipientId",
        "recipientCommunicationIdentifier",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
const $wireAcsChatMessageEditedInThreadEventData = [
  {
    erratum: "version-as-string-chatmessageeditedinthread-2021-02",
    decision: "variant",
    parent: [],
    name: "version",
    published: "digit-string"
  }
];
function validateAcsChatMessageEditedInThreadEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsChatMessageEditedInThreadEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsChatMessageEditedInThreadEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsChatMessageEditedInThreadEventData(value) {
  try {
    return $isAcsChatMessageEditedInThreadEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatMessageEditedInThreadEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["editTime"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "editTime" in r1 && !$hasOwn.call(v, "editTime"))
    return false;
  const v3 = v["messageBody"];
  if (typeof v3 !== "string" || "messageBody" in r1 && !$hasOwn.call(v, "messageBody")) return false;
  const v4 = v["messageId"];
  if (typeof v4 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v5 = v["metadata"];
  if (v5 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatMessageMetadata(v5, s)) return false;
  }
  const v8 = v["type"];
  if (typeof v8 !== "string" || "type" in r1 && !$hasOwn.call(v, "type")) return false;
  const v9 = v["version"];
  if (v9 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v9 !== "number" || !Number.isInteger(v9)) return false;
  const v10 = v["senderDisplayName"];
  if (typeof v10 !== "string" || "senderDisplayName" in r1 && !$hasOwn.call(v, "senderDisplayName"))
    return false;
  const v11 = v["senderCommunicationIdentifier"];
  if (v11 === void 0 || "senderCommunicationIdentifier" in r1 && !$hasOwn.call(v, "senderCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v11, s)) return false;
  const v14 = v["composeTime"];
  if (typeof v14 !== "string" || !$dateTime(v14) || "composeTime" in r1 && !$hasOwn.call(v, "composeTime"))
    return false;
  const v15 = v["transactionId"];
  if (typeof v15 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v16 = v["threadId"];
  if (typeof v16 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "editTime",
      "messageBody",
      "messageId",
      "metadata",
      "type",
      "version",
      "senderDisplayName",
      "senderCommunicationIdentifier",
      "composeTime",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatMessageEditedInThreadEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "editTime" in r1 && v, "editTime", v["editTime"]);
    $checkStringProperty(e, p, "messageBody" in r1 && v, "messageBody", v["messageBody"]);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    const v2 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v2)) {
      $checkChatMessageMetadata(v2, p + "/metadata", e, s);
    }
    $checkStringProperty(e, p, "type" in r1 && v, "type", v["type"]);
    const v5 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v5, "int64")) {
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v5));
      }
    }
    $checkStringProperty(e, p, "senderDisplayName" in r1 && v, "senderDisplayName", v["senderDisplayName"]);
    const v6 = v["senderCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "senderCommunicationIdentifier" in r1 && v,
      "senderCommunicationIdentifier",
      v6,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v6, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, "composeTime" in r1 && v, "composeTime", v["composeTime"]);
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "editTime",
        "messageBody",
        "messageId",
        "metadata",
        "type",
        "version",
        "senderDisplayName",
        "senderCommunicationIdentifier",
        "composeTime",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
function validateAcsChatMessageReceivedEventData(value, options) {
  return $validate(
    $isAcsChatMessageReceivedEventData,
    $checkAcsChatMessageReceivedEventData,
    value,
    options
  );
}
function isAcsChatMessageReceivedEventData(value) {
  try {
    return $isAcsChatMessageReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatMessageReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["messageBody"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageBody" in r1 && !$hasOwn.call(v, "messageBody")) return false;
  const v3 = v["messageId"];
  if (typeof v3 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v4 = v["metadata"];
  if (v4 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatMessageMetadata(v4, s)) return false;
  }
  const v7 = v["senderId"];
  if (typeof v7 !== "string" || "senderId" in r1 && !$hasOwn.call(v, "senderId")) return false;
  const v8 = v["senderCommunicationIdentifier"];
  if (v8 !== void 0 && (!("senderCommunicationIdentifier" in r1) || $hasOwn.call(v, "senderCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v8, s)) return false;
  }
  const v11 = v["senderDisplayName"];
  if (typeof v11 !== "string" || "senderDisplayName" in r1 && !$hasOwn.call(v, "senderDisplayName"))
    return false;
  const v12 = v["composeTime"];
  if (typeof v12 !== "string" || !$dateTime(v12) || "composeTime" in r1 && !$hasOwn.call(v, "composeTime"))
    return false;
  const v13 = v["type"];
  if (typeof v13 !== "string" || "type" in r1 && !$hasOwn.call(v, "type")) return false;
  const v14 = v["version"];
  if (v14 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v14 !== "number" || !Number.isInteger(v14)) return false;
  const v15 = v["recipientId"];
  if (typeof v15 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v16 = v["recipientCommunicationIdentifier"];
  if (v16 !== void 0 && (!("recipientCommunicationIdentifier" in r1) || $hasOwn.call(v, "recipientCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v16, s)) return false;
  }
  const v19 = v["transactionId"];
  if (typeof v19 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v20 = v["threadId"];
  if (typeof v20 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "messageBody",
      "messageId",
      "metadata",
      "senderId",
      "senderCommunicationIdentifier",
      "senderDisplayName",
      "composeTime",
      "type",
      "version",
      "recipientId",
      "recipientCommunicationIdentifier",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatMessageReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageBody" in r1 && v, "messageBody", v["messageBody"]);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    const v2 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v2)) {
      $checkChatMessageMetadata(v2, p + "/metadata", e, s);
    }
    $checkStringProperty(e, p, "senderId" in r1 && v, "senderId", v["senderId"]);
    const v5 = v["senderCommunicationIdentifier"];
    if ($has(e, p, "senderCommunicationIdentifier" in r1 && v, "senderCommunicationIdentifier", v5)) {
      $checkCommunicationIdentifier(v5, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "senderDisplayName" in r1 && v, "senderDisplayName", v["senderDisplayName"]);
    $checkDateTimeProperty(e, p, "composeTime" in r1 && v, "composeTime", v["composeTime"]);
    $checkStringProperty(e, p, "type" in r1 && v, "type", v["type"]);
    const v8 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v8, "int64")) {
      if (typeof v8 !== "number" || !Number.isInteger(v8)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v8));
      }
    }
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    const v9 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, "recipientCommunicationIdentifier" in r1 && v, "recipientCommunicationIdentifier", v9)) {
      $checkCommunicationIdentifier(v9, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "messageBody",
        "messageId",
        "metadata",
        "senderId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "composeTime",
        "type",
        "version",
        "recipientId",
        "recipientCommunicationIdentifier",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
const $wireAcsChatMessageReceivedInThreadEventData = [
  {
    erratum: "version-as-string-chatmessagereceivedinthread-2021-02",
    decision: "variant",
    parent: [],
    name: "version",
    published: "digit-string"
  }
];
function validateAcsChatMessageReceivedInThreadEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsChatMessageReceivedInThreadEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsChatMessageReceivedInThreadEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsChatMessageReceivedInThreadEventData(value) {
  try {
    return $isAcsChatMessageReceivedInThreadEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatMessageReceivedInThreadEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["messageBody"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageBody" in r1 && !$hasOwn.call(v, "messageBody")) return false;
  const v3 = v["messageId"];
  if (typeof v3 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v4 = v["metadata"];
  if (v4 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatMessageMetadata(v4, s)) return false;
  }
  const v7 = v["type"];
  if (typeof v7 !== "string" || "type" in r1 && !$hasOwn.call(v, "type")) return false;
  const v8 = v["version"];
  if (v8 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v8 !== "number" || !Number.isInteger(v8)) return false;
  const v9 = v["senderDisplayName"];
  if (typeof v9 !== "string" || "senderDisplayName" in r1 && !$hasOwn.call(v, "senderDisplayName"))
    return false;
  const v10 = v["senderCommunicationIdentifier"];
  if (v10 === void 0 || "senderCommunicationIdentifier" in r1 && !$hasOwn.call(v, "senderCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v10, s)) return false;
  const v13 = v["composeTime"];
  if (typeof v13 !== "string" || !$dateTime(v13) || "composeTime" in r1 && !$hasOwn.call(v, "composeTime"))
    return false;
  const v14 = v["transactionId"];
  if (typeof v14 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v15 = v["threadId"];
  if (typeof v15 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "messageBody",
      "messageId",
      "metadata",
      "type",
      "version",
      "senderDisplayName",
      "senderCommunicationIdentifier",
      "composeTime",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatMessageReceivedInThreadEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageBody" in r1 && v, "messageBody", v["messageBody"]);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    const v2 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v2)) {
      $checkChatMessageMetadata(v2, p + "/metadata", e, s);
    }
    $checkStringProperty(e, p, "type" in r1 && v, "type", v["type"]);
    const v5 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v5, "int64")) {
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v5));
      }
    }
    $checkStringProperty(e, p, "senderDisplayName" in r1 && v, "senderDisplayName", v["senderDisplayName"]);
    const v6 = v["senderCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "senderCommunicationIdentifier" in r1 && v,
      "senderCommunicationIdentifier",
      v6,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v6, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, "composeTime" in r1 && v, "composeTime", v["composeTime"]);
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "messageBody",
        "messageId",
        "metadata",
        "type",
        "version",
        "senderDisplayName",
        "senderCommunicationIdentifier",
        "composeTime",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
function validateAcsChatParticipantAddedToThreadWithUserEventData(value, options) {
  return $validate(
    $isAcsChatParticipantAddedToThreadWithUserEventData,
    $checkAcsChatParticipantAddedToThreadWithUserEventData,
    value,
    options
  );
}
function isAcsChatParticipantAddedToThreadWithUserEventData(value) {
  try {
    return $isAcsChatParticipantAddedToThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatParticipantAddedToThreadWithUserEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["time"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "time" in r1 && !$hasOwn.call(v, "time")) return false;
  const v3 = v["addedByCommunicationIdentifier"];
  if (v3 === void 0 || "addedByCommunicationIdentifier" in r1 && !$hasOwn.call(v, "addedByCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v["participantAdded"];
  if (v6 === void 0 || "participantAdded" in r1 && !$hasOwn.call(v, "participantAdded")) return false;
  if (!$isChatParticipant(v6, s)) return false;
  const v9 = v["recipientCommunicationIdentifier"];
  if (v9 === void 0 || "recipientCommunicationIdentifier" in r1 && !$hasOwn.call(v, "recipientCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v9, s)) return false;
  const v12 = v["createTime"];
  if (typeof v12 !== "string" || !$dateTime(v12) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v13 = v["version"];
  if (v13 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v13 !== "number" || !Number.isInteger(v13)) return false;
  const v14 = v["transactionId"];
  if (typeof v14 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v15 = v["threadId"];
  if (typeof v15 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "time",
      "addedByCommunicationIdentifier",
      "participantAdded",
      "recipientCommunicationIdentifier",
      "createTime",
      "version",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatParticipantAddedToThreadWithUserEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "time" in r1 && v, "time", v["time"]);
    const v2 = v["addedByCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "addedByCommunicationIdentifier" in r1 && v,
      "addedByCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/addedByCommunicationIdentifier", e, s);
    }
    const v5 = v["participantAdded"];
    if ($has(e, p, "participantAdded" in r1 && v, "participantAdded", v5, "ChatParticipant")) {
      $checkChatParticipant(v5, p + "/participantAdded", e, s);
    }
    const v8 = v["recipientCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "recipientCommunicationIdentifier" in r1 && v,
      "recipientCommunicationIdentifier",
      v8,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v8, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v11 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v11, "int64")) {
      if (typeof v11 !== "number" || !Number.isInteger(v11)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v11));
      }
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "time",
        "addedByCommunicationIdentifier",
        "participantAdded",
        "recipientCommunicationIdentifier",
        "createTime",
        "version",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
function validateAcsChatParticipantRemovedFromThreadWithUserEventData(value, options) {
  return $validate(
    $isAcsChatParticipantRemovedFromThreadWithUserEventData,
    $checkAcsChatParticipantRemovedFromThreadWithUserEventData,
    value,
    options
  );
}
function isAcsChatParticipantRemovedFromThreadWithUserEventData(value) {
  try {
    return $isAcsChatParticipantRemovedFromThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatParticipantRemovedFromThreadWithUserEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["time"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "time" in r1 && !$hasOwn.call(v, "time")) return false;
  const v3 = v["removedByCommunicationIdentifier"];
  if (v3 === void 0 || "removedByCommunicationIdentifier" in r1 && !$hasOwn.call(v, "removedByCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v["participantRemoved"];
  if (v6 === void 0 || "participantRemoved" in r1 && !$hasOwn.call(v, "participantRemoved"))
    return false;
  if (!$isChatParticipant(v6, s)) return false;
  const v9 = v["recipientCommunicationIdentifier"];
  if (v9 === void 0 || "recipientCommunicationIdentifier" in r1 && !$hasOwn.call(v, "recipientCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v9, s)) return false;
  const v12 = v["createTime"];
  if (typeof v12 !== "string" || !$dateTime(v12) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v13 = v["version"];
  if (v13 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v13 !== "number" || !Number.isInteger(v13)) return false;
  const v14 = v["transactionId"];
  if (typeof v14 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v15 = v["threadId"];
  if (typeof v15 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "time",
      "removedByCommunicationIdentifier",
      "participantRemoved",
      "recipientCommunicationIdentifier",
      "createTime",
      "version",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatParticipantRemovedFromThreadWithUserEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "time" in r1 && v, "time", v["time"]);
    const v2 = v["removedByCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "removedByCommunicationIdentifier" in r1 && v,
      "removedByCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/removedByCommunicationIdentifier", e, s);
    }
    const v5 = v["participantRemoved"];
    if ($has(e, p, "participantRemoved" in r1 && v, "participantRemoved", v5, "ChatParticipant")) {
      $checkChatParticipant(v5, p + "/participantRemoved", e, s);
    }
    const v8 = v["recipientCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "recipientCommunicationIdentifier" in r1 && v,
      "recipientCommunicationIdentifier",
      v8,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v8, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v11 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v11, "int64")) {
      if (typeof v11 !== "number" || !Number.isInteger(v11)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v11));
      }
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "time",
        "removedByCommunicationIdentifier",
        "participantRemoved",
        "recipientCommunicationIdentifier",
        "createTime",
        "version",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
function validateAcsChatThreadCreatedEventData(value, options) {
  return $validate(
    $isAcsChatThreadCreatedEventData,
    $checkAcsChatThreadCreatedEventData,
    value,
    options
  );
}
function isAcsChatThreadCreatedEventData(value) {
  try {
    return $isAcsChatThreadCreatedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadCreatedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["createdByCommunicationIdentifier"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "createdByCommunicationIdentifier" in r1 && !$hasOwn.call(v, "createdByCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v5 = v["properties"];
  if (v5 === void 0 || "properties" in r1 && !$hasOwn.call(v, "properties")) return false;
  if (!$isChatThreadProperties(v5, s)) return false;
  const v8 = v["participants"];
  if (v8 === void 0 || "participants" in r1 && !$hasOwn.call(v, "participants")) return false;
  if (!Array.isArray(v8)) return false;
  const a9 = v8;
  for (let i10 = 0; i10 < a9.length; i10++) {
    const v11 = a9[i10];
    if (!$isChatParticipant(v11, s)) return false;
  }
  const v14 = v["createTime"];
  if (typeof v14 !== "string" || !$dateTime(v14) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v15 = v["version"];
  if (v15 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v15 !== "number" || !Number.isInteger(v15)) return false;
  const v16 = v["transactionId"];
  if (typeof v16 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v17 = v["threadId"];
  if (typeof v17 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  const v18 = v["metadata"];
  if (v18 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatThreadMetadata(v18, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "createdByCommunicationIdentifier",
      "properties",
      "participants",
      "createTime",
      "version",
      "transactionId",
      "threadId",
      "metadata"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadCreatedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["createdByCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "createdByCommunicationIdentifier" in r1 && v,
      "createdByCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/createdByCommunicationIdentifier", e, s);
    }
    const v5 = v["properties"];
    if ($has(e, p, "properties" in r1 && v, "properties", v5, "ChatThreadProperties")) {
      $checkChatThreadProperties(v5, p + "/properties", e, s);
    }
    const v8 = v["participants"];
    if ($has(e, p, "participants" in r1 && v, "participants", v8, "ChatParticipant[]")) {
      if (!Array.isArray(v8)) {
        $fail(e, p + "/participants", "must be an array", "array", $type(v8));
      } else {
        const a9 = v8;
        for (let i10 = 0; i10 < a9.length; i10++) {
          const v11 = a9[i10];
          $checkChatParticipant(v11, p + "/participants/" + i10, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v14 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v14, "int64")) {
      if (typeof v14 !== "number" || !Number.isInteger(v14)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v14));
      }
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    const v15 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v15)) {
      $checkChatThreadMetadata(v15, p + "/metadata", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "createdByCommunicationIdentifier",
        "properties",
        "participants",
        "createTime",
        "version",
        "transactionId",
        "threadId",
        "metadata"
      ]);
    }
  }
}
function validateAcsChatThreadCreatedWithUserEventData(value, options) {
  return $validate(
    $isAcsChatThreadCreatedWithUserEventData,
    $checkAcsChatThreadCreatedWithUserEventData,
    value,
    options
  );
}
function isAcsChatThreadCreatedWithUserEventData(value) {
  try {
    return $isAcsChatThreadCreatedWithUserEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadCreatedWithUserEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["createdBy"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "createdBy" in r1 && !$hasOwn.call(v, "createdBy")) return false;
  const v3 = v["createdByCommunicationIdentifier"];
  if (v3 !== void 0 && (!("createdByCommunicationIdentifier" in r1) || $hasOwn.call(v, "createdByCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  const v6 = v["properties"];
  if (v6 === void 0 || "properties" in r1 && !$hasOwn.call(v, "properties")) return false;
  if (!$isChatThreadProperties(v6, s)) return false;
  const v9 = v["members"];
  if (v9 === void 0 || "members" in r1 && !$hasOwn.call(v, "members")) return false;
  if (!Array.isArray(v9)) return false;
  const a10 = v9;
  for (let i11 = 0; i11 < a10.length; i11++) {
    const v12 = a10[i11];
    if (!$isChatThreadMember(v12, s)) return false;
  }
  const v15 = v["participants"];
  if (v15 !== void 0 && (!("participants" in r1) || $hasOwn.call(v, "participants"))) {
    if (!Array.isArray(v15)) return false;
    const a16 = v15;
    for (let i17 = 0; i17 < a16.length; i17++) {
      const v18 = a16[i17];
      if (!$isChatParticipant(v18, s)) return false;
    }
  }
  const v21 = v["createTime"];
  if (typeof v21 !== "string" || !$dateTime(v21) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v22 = v["version"];
  if (v22 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v22 !== "number" || !Number.isInteger(v22)) return false;
  const v23 = v["recipientId"];
  if (typeof v23 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v24 = v["recipientCommunicationIdentifier"];
  if (v24 !== void 0 && (!("recipientCommunicationIdentifier" in r1) || $hasOwn.call(v, "recipientCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v24, s)) return false;
  }
  const v27 = v["transactionId"];
  if (typeof v27 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v28 = v["threadId"];
  if (typeof v28 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  const v29 = v["metadata"];
  if (v29 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatThreadMetadata(v29, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "createdBy",
      "createdByCommunicationIdentifier",
      "properties",
      "members",
      "participants",
      "createTime",
      "version",
      "recipientId",
      "recipientCommunicationIdentifier",
      "transactionId",
      "threadId",
      "metadata"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadCreatedWithUserEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "createdBy" in r1 && v, "createdBy", v["createdBy"]);
    const v2 = v["createdByCommunicationIdentifier"];
    if ($has(e, p, "createdByCommunicationIdentifier" in r1 && v, "createdByCommunicationIdentifier", v2)) {
      $checkCommunicationIdentifier(v2, p + "/createdByCommunicationIdentifier", e, s);
    }
    const v5 = v["properties"];
    if ($has(e, p, "properties" in r1 && v, "properties", v5, "ChatThreadProperties")) {
      $checkChatThreadProperties(v5, p + "/properties", e, s);
    }
    const v8 = v["members"];
    if ($has(e, p, "members" in r1 && v, "members", v8, "ChatThreadMember[]")) {
      if (!Array.isArray(v8)) {
        $fail(e, p + "/members", "must be an array", "array", $type(v8));
      } else {
        const a9 = v8;
        for (let i10 = 0; i10 < a9.length; i10++) {
          const v11 = a9[i10];
          $checkChatThreadMember(v11, p + "/members/" + i10, e, s);
        }
      }
    }
    const v14 = v["participants"];
    if ($has(e, p, "participants" in r1 && v, "participants", v14)) {
      if (!Array.isArray(v14)) {
        $fail(e, p + "/participants", "must be an array", "array", $type(v14));
      } else {
        const a15 = v14;
        for (let i16 = 0; i16 < a15.length; i16++) {
          const v17 = a15[i16];
          $checkChatParticipant(v17, p + "/participants/" + i16, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v20 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v20, "int64")) {
      if (typeof v20 !== "number" || !Number.isInteger(v20)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v20));
      }
    }
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    const v21 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, "recipientCommunicationIdentifier" in r1 && v, "recipientCommunicationIdentifier", v21)) {
      $checkCommunicationIdentifier(v21, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    const v24 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v24)) {
      $checkChatThreadMetadata(v24, p + "/metadata", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "createdBy",
        "createdByCommunicationIdentifier",
        "properties",
        "members",
        "participants",
        "createTime",
        "version",
        "recipientId",
        "recipientCommunicationIdentifier",
        "transactionId",
        "threadId",
        "metadata"
      ]);
    }
  }
}
function validateAcsChatThreadDeletedEventData(value, options) {
  return $validate(
    $isAcsChatThreadDeletedEventData,
    $checkAcsChatThreadDeletedEventData,
    value,
    options
  );
}
function isAcsChatThreadDeletedEventData(value) {
  try {
    return $isAcsChatThreadDeletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadDeletedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["deletedByCommunicationIdentifier"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "deletedByCommunicationIdentifier" in r1 && !$hasOwn.call(v, "deletedByCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v5 = v["deleteTime"];
  if (typeof v5 !== "string" || !$dateTime(v5) || "deleteTime" in r1 && !$hasOwn.call(v, "deleteTime"))
    return false;
  const v6 = v["createTime"];
  if (typeof v6 !== "string" || !$dateTime(v6) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v7 = v["version"];
  if (v7 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v7 !== "number" || !Number.isInteger(v7)) return false;
  const v8 = v["transactionId"];
  if (typeof v8 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v9 = v["threadId"];
  if (typeof v9 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "deletedByCommunicationIdentifier",
      "deleteTime",
      "createTime",
      "version",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadDeletedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["deletedByCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "deletedByCommunicationIdentifier" in r1 && v,
      "deletedByCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/deletedByCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, "deleteTime" in r1 && v, "deleteTime", v["deleteTime"]);
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v5 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v5, "int64")) {
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v5));
      }
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "deletedByCommunicationIdentifier",
        "deleteTime",
        "createTime",
        "version",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
function validateAcsChatThreadParticipantAddedEventData(value, options) {
  return $validate(
    $isAcsChatThreadParticipantAddedEventData,
    $checkAcsChatThreadParticipantAddedEventData,
    value,
    options
  );
}
function isAcsChatThreadParticipantAddedEventData(value) {
  try {
    return $isAcsChatThreadParticipantAddedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadParticipantAddedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["time"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "time" in r1 && !$hasOwn.call(v, "time")) return false;
  const v3 = v["addedByCommunicationIdentifier"];
  if (v3 === void 0 || "addedByCommunicationIdentifier" in r1 && !$hasOwn.call(v, "addedByCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v["participantAdded"];
  if (v6 === void 0 || "participantAdded" in r1 && !$hasOwn.call(v, "participantAdded")) return false;
  if (!$isChatParticipant(v6, s)) return false;
  const v9 = v["createTime"];
  if (typeof v9 !== "string" || !$dateTime(v9) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v10 = v["version"];
  if (v10 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v10 !== "number" || !Number.isInteger(v10)) return false;
  const v11 = v["transactionId"];
  if (typeof v11 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v12 = v["threadId"];
  if (typeof v12 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "time",
      "addedByCommunicationIdentifier",
      "participantAdded",
      "createTime",
      "version",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadParticipantAddedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "time" in r1 && v, "time", v["time"]);
    const v2 = v["addedByCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "addedByCommunicationIdentifier" in r1 && v,
      "addedByCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/addedByCommunicationIdentifier", e, s);
    }
    const v5 = v["participantAdded"];
    if ($has(e, p, "participantAdded" in r1 && v, "participantAdded", v5, "ChatParticipant")) {
      $checkChatParticipant(v5, p + "/participantAdded", e, s);
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v8 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v8, "int64")) {
      if (typeof v8 !== "number" || !Number.isInteger(v8)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v8));
      }
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "time",
        "addedByCommunicationIdentifier",
        "participantAdded",
        "createTime",
        "version",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
function validateAcsChatThreadParticipantRemovedEventData(value, options) {
  return $validate(
    $isAcsChatThreadParticipantRemovedEventData,
    $checkAcsChatThreadParticipantRemovedEventData,
    value,
    options
  );
}
function isAcsChatThreadParticipantRemovedEventData(value) {
  try {
    return $isAcsChatThreadParticipantRemovedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadParticipantRemovedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["time"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "time" in r1 && !$hasOwn.call(v, "time")) return false;
  const v3 = v["removedByCommunicationIdentifier"];
  if (v3 === void 0 || "removedByCommunicationIdentifier" in r1 && !$hasOwn.call(v, "removedByCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v["participantRemoved"];
  if (v6 === void 0 || "participantRemoved" in r1 && !$hasOwn.call(v, "participantRemoved"))
    return false;
  if (!$isChatParticipant(v6, s)) return false;
  const v9 = v["createTime"];
  if (typeof v9 !== "string" || !$dateTime(v9) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v10 = v["version"];
  if (v10 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v10 !== "number" || !Number.isInteger(v10)) return false;
  const v11 = v["transactionId"];
  if (typeof v11 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v12 = v["threadId"];
  if (typeof v12 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "time",
      "removedByCommunicationIdentifier",
      "participantRemoved",
      "createTime",
      "version",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadParticipantRemovedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "time" in r1 && v, "time", v["time"]);
    const v2 = v["removedByCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "removedByCommunicationIdentifier" in r1 && v,
      "removedByCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/removedByCommunicationIdentifier", e, s);
    }
    const v5 = v["participantRemoved"];
    if ($has(e, p, "participantRemoved" in r1 && v, "participantRemoved", v5, "ChatParticipant")) {
      $checkChatParticipant(v5, p + "/participantRemoved", e, s);
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v8 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v8, "int64")) {
      if (typeof v8 !== "number" || !Number.isInteger(v8)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v8));
      }
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "time",
        "removedByCommunicationIdentifier",
        "participantRemoved",
        "createTime",
        "version",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
function validateAcsChatThreadPropertiesUpdatedEventData(value, options) {
  return $validate(
    $isAcsChatThreadPropertiesUpdatedEventData,
    $checkAcsChatThreadPropertiesUpdatedEventData,
    value,
    options
  );
}
function isAcsChatThreadPropertiesUpdatedEventData(value) {
  try {
    return $isAcsChatThreadPropertiesUpdatedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadPropertiesUpdatedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["editedByCommunicationIdentifier"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "editedByCommunicationIdentifier" in r1 && !$hasOwn.call(v, "editedByCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v5 = v["editTime"];
  if (typeof v5 !== "string" || !$dateTime(v5) || "editTime" in r1 && !$hasOwn.call(v, "editTime"))
    return false;
  const v6 = v["properties"];
  if (v6 === void 0 || "properties" in r1 && !$hasOwn.call(v, "properties")) return false;
  if (!$isChatThreadProperties(v6, s)) return false;
  const v9 = v["createTime"];
  if (typeof v9 !== "string" || !$dateTime(v9) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v10 = v["version"];
  if (v10 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v10 !== "number" || !Number.isInteger(v10)) return false;
  const v11 = v["transactionId"];
  if (typeof v11 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v12 = v["threadId"];
  if (typeof v12 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  const v13 = v["metadata"];
  if (v13 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatThreadMetadata(v13, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "editedByCommunicationIdentifier",
      "editTime",
      "properties",
      "createTime",
      "version",
      "transactionId",
      "threadId",
      "metadata"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadPropertiesUpdatedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["editedByCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "editedByCommunicationIdentifier" in r1 && v,
      "editedByCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/editedByCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, "editTime" in r1 && v, "editTime", v["editTime"]);
    const v5 = v["properties"];
    if ($has(e, p, "properties" in r1 && v, "properties", v5, "ChatThreadProperties")) {
      $checkChatThreadProperties(v5, p + "/properties", e, s);
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v8 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v8, "int64")) {
      if (typeof v8 !== "number" || !Number.isInteger(v8)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v8));
      }
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    const v9 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v9)) {
      $checkChatThreadMetadata(v9, p + "/metadata", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "editedByCommunicationIdentifier",
        "editTime",
        "properties",
        "createTime",
        "version",
        "transactionId",
        "threadId",
        "metadata"
      ]);
    }
  }
}
function validateAcsChatThreadPropertiesUpdatedPerUserEventData(value, options) {
  return $validate(
    $isAcsChatThreadPropertiesUpdatedPerUserEventData,
    $checkAcsChatThreadPropertiesUpdatedPerUserEventData,
    value,
    options
  );
}
function isAcsChatThreadPropertiesUpdatedPerUserEventData(value) {
  try {
    return $isAcsChatThreadPropertiesUpdatedPerUserEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadPropertiesUpdatedPerUserEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["editedBy"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "editedBy" in r1 && !$hasOwn.call(v, "editedBy")) return false;
  const v3 = v["editedByCommunicationIdentifier"];
  if (v3 !== void 0 && (!("editedByCommunicationIdentifier" in r1) || $hasOwn.call(v, "editedByCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  const v6 = v["editTime"];
  if (typeof v6 !== "string" || !$dateTime(v6) || "editTime" in r1 && !$hasOwn.call(v, "editTime"))
    return false;
  const v7 = v["properties"];
  if (v7 === void 0 || "properties" in r1 && !$hasOwn.call(v, "properties")) return false;
  if (!$isChatThreadProperties(v7, s)) return false;
  const v10 = v["createTime"];
  if (typeof v10 !== "string" || !$dateTime(v10) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v11 = v["version"];
  if (v11 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v11 !== "number" || !Number.isInteger(v11)) return false;
  const v12 = v["recipientId"];
  if (typeof v12 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v13 = v["recipientCommunicationIdentifier"];
  if (v13 !== void 0 && (!("recipientCommunicationIdentifier" in r1) || $hasOwn.call(v, "recipientCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v13, s)) return false;
  }
  const v16 = v["transactionId"];
  if (typeof v16 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v17 = v["threadId"];
  if (typeof v17 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  const v18 = v["metadata"];
  if (v18 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatThreadMetadata(v18, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "editedBy",
      "editedByCommunicationIdentifier",
      "editTime",
      "properties",
      "createTime",
      "version",
      "recipientId",
      "recipientCommunicationIdentifier",
      "transactionId",
      "threadId",
      "metadata"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadPropertiesUpdatedPerUserEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "editedBy" in r1 && v, "editedBy", v["editedBy"]);
    const v2 = v["editedByCommunicationIdentifier"];
    if ($has(e, p, "editedByCommunicationIdentifier" in r1 && v, "editedByCommunicationIdentifier", v2)) {
      $checkCommunicationIdentifier(v2, p + "/editedByCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, "editTime" in r1 && v, "editTime", v["editTime"]);
    const v5 = v["properties"];
    if ($has(e, p, "properties" in r1 && v, "properties", v5, "ChatThreadProperties")) {
      $checkChatThreadProperties(v5, p + "/properties", e, s);
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v8 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v8, "int64")) {
      if (typeof v8 !== "number" || !Number.isInteger(v8)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v8));
      }
    }
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    const v9 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, "recipientCommunicationIdentifier" in r1 && v, "recipientCommunicationIdentifier", v9)) {
      $checkCommunicationIdentifier(v9, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    const v12 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v12)) {
      $checkChatThreadMetadata(v12, p + "/metadata", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "editedBy",
        "editedByCommunicationIdentifier",
        "editTime",
        "properties",
        "createTime",
        "version",
        "recipientId",
        "recipientCommunicationIdentifier",
        "transactionId",
        "threadId",
        "metadata"
      ]);
    }
  }
}
function validateAcsChatThreadWithUserDeletedEventData(value, options) {
  return $validate(
    $isAcsChatThreadWithUserDeletedEventData,
    $checkAcsChatThreadWithUserDeletedEventData,
    value,
    options
  );
}
function isAcsChatThreadWithUserDeletedEventData(value) {
  try {
    return $isAcsChatThreadWithUserDeletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadWithUserDeletedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["deletedBy"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "deletedBy" in r1 && !$hasOwn.call(v, "deletedBy")) return false;
  const v3 = v["deletedByCommunicationIdentifier"];
  if (v3 !== void 0 && (!("deletedByCommunicationIdentifier" in r1) || $hasOwn.call(v, "deletedByCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  const v6 = v["deleteTime"];
  if (typeof v6 !== "string" || !$dateTime(v6) || "deleteTime" in r1 && !$hasOwn.call(v, "deleteTime"))
    return false;
  const v7 = v["createTime"];
  if (typeof v7 !== "string" || !$dateTime(v7) || "createTime" in r1 && !$hasOwn.call(v, "createTime"))
    return false;
  const v8 = v["version"];
  if (v8 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v8 !== "number" || !Number.isInteger(v8)) return false;
  const v9 = v["recipientId"];
  if (typeof v9 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v10 = v["recipientCommunicationIdentifier"];
  if (v10 !== void 0 && (!("recipientCommunicationIdentifier" in r1) || $hasOwn.call(v, "recipientCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v10, s)) return false;
  }
  const v13 = v["transactionId"];
  if (typeof v13 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v14 = v["threadId"];
  if (typeof v14 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "deletedBy",
      "deletedByCommunicationIdentifier",
      "deleteTime",
      "createTime",
      "version",
      "recipientId",
      "recipientCommunicationIdentifier",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadWithUserDeletedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "deletedBy" in r1 && v, "deletedBy", v["deletedBy"]);
    const v2 = v["deletedByCommunicationIdentifier"];
    if ($has(e, p, "deletedByCommunicationIdentifier" in r1 && v, "deletedByCommunicationIdentifier", v2)) {
      $checkCommunicationIdentifier(v2, p + "/deletedByCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, "deleteTime" in r1 && v, "deleteTime", v["deleteTime"]);
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v5 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v5, "int64")) {
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v5));
      }
    }
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    const v6 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, "recipientCommunicationIdentifier" in r1 && v, "recipientCommunicationIdentifier", v6)) {
      $checkCommunicationIdentifier(v6, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "deletedBy",
        "deletedByCommunicationIdentifier",
        "deleteTime",
        "createTime",
        "version",
        "recipientId",
        "recipientCommunicationIdentifier",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
function validateAcsChatTypingIndicatorReceivedInThreadEventData(value, options) {
  return $validate(
    $isAcsChatTypingIndicatorReceivedInThreadEventData,
    $checkAcsChatTypingIndicatorReceivedInThreadEventData,
    value,
    options
  );
}
function isAcsChatTypingIndicatorReceivedInThreadEventData(value) {
  try {
    return $isAcsChatTypingIndicatorReceivedInThreadEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatTypingIndicatorReceivedInThreadEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["transactionId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "transactionId" in r5 && !$hasOwn.call(v, "transactionId")) return false;
  const v7 = v["threadId"];
  if (typeof v7 !== "string" || "threadId" in r5 && !$hasOwn.call(v, "threadId")) return false;
  const v9 = v["messageId"];
  const r8 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v9 !== "string" || "messageId" in r8 && !$hasOwn.call(v, "messageId")) return false;
  const v10 = v["senderCommunicationIdentifier"];
  if (v10 === void 0 || "senderCommunicationIdentifier" in r8 && !$hasOwn.call(v, "senderCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v10, s)) return false;
  const v13 = v["senderDisplayName"];
  if (typeof v13 !== "string" && v13 !== void 0 && (!("senderDisplayName" in r8) || $hasOwn.call(v, "senderDisplayName")))
    return false;
  const v14 = v["composeTime"];
  if ((typeof v14 !== "string" || !$dateTime(v14)) && v14 !== void 0 && (!("composeTime" in r8) || $hasOwn.call(v, "composeTime")))
    return false;
  const v15 = v["type"];
  if (typeof v15 !== "string" || "type" in r8 && !$hasOwn.call(v, "type")) return false;
  const v16 = v["version"];
  if (v16 !== void 0 && (!("version" in r8) || $hasOwn.call(v, "version"))) {
    if (typeof v16 !== "number" || !Number.isInteger(v16)) return false;
  }
  const v18 = v["messageBody"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "messageBody" in r17 && !$hasOwn.call(v, "messageBody")) return false;
  const v19 = v["metadata"];
  if (v19 !== void 0 && (!("metadata" in r17) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatMessageMetadata(v19, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "transactionId",
      "threadId",
      "messageId",
      "senderCommunicationIdentifier",
      "senderDisplayName",
      "composeTime",
      "type",
      "version",
      "messageBody",
      "metadata"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatTypingIndicatorReceivedInThreadEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "transactionId" in r5 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r5 && v, "threadId", v["threadId"]);
    const r6 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageId" in r6 && v, "messageId", v["messageId"]);
    const v7 = v["senderCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "senderCommunicationIdentifier" in r6 && v,
      "senderCommunicationIdentifier",
      v7,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v7, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkStringProperty(
      e,
      p,
      "senderDisplayName" in r6 && v,
      "senderDisplayName",
      v["senderDisplayName"],
      true
    );
    $checkDateTimeProperty(e, p, "composeTime" in r6 && v, "composeTime", v["composeTime"], true);
    $checkStringProperty(e, p, "type" in r6 && v, "type", v["type"]);
    const v10 = v["version"];
    if ($has(e, p, "version" in r6 && v, "version", v10)) {
      if (typeof v10 !== "number" || !Number.isInteger(v10)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v10));
      }
    }
    const r11 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageBody" in r11 && v, "messageBody", v["messageBody"]);
    const v12 = v["metadata"];
    if ($has(e, p, "metadata" in r11 && v, "metadata", v12)) {
      $checkChatMessageMetadata(v12, p + "/metadata", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "transactionId",
        "threadId",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "composeTime",
        "type",
        "version",
        "messageBody",
        "metadata"
      ]);
    }
  }
}
const $wireAcsEmailDeliveryReportReceivedEventData = [
  {
    erratum: "email-delivery-timestamp-casing",
    decision: "variant",
    parent: [],
    name: "deliveryAttemptTimestamp",
    published: {
      name: "deliveryAttemptTimeStamp"
    }
  }
];
function validateAcsEmailDeliveryReportReceivedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsEmailDeliveryReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsEmailDeliveryReportReceivedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsEmailDeliveryReportReceivedEventData(value) {
  try {
    return $isAcsEmailDeliveryReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsEmailDeliveryReportReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["sender"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "sender" in r1 && !$hasOwn.call(v, "sender")) return false;
  const v3 = v["recipient"];
  if (typeof v3 !== "string" || "recipient" in r1 && !$hasOwn.call(v, "recipient")) return false;
  const v4 = v["internetMessageId"];
  if (typeof v4 !== "string" && v4 !== void 0 && (!("internetMessageId" in r1) || $hasOwn.call(v, "internetMessageId")))
    return false;
  const v5 = v["messageId"];
  if (typeof v5 !== "string" && v5 !== void 0 && (!("messageId" in r1) || $hasOwn.call(v, "messageId")))
    return false;
  const v6 = v["status"];
  if (v6 !== void 0 && (!("status" in r1) || $hasOwn.call(v, "status"))) {
    if (typeof v6 !== "string") return false;
  }
  const v9 = v["deliveryStatusDetails"];
  if (v9 === void 0 || "deliveryStatusDetails" in r1 && !$hasOwn.call(v, "deliveryStatusDetails"))
    return false;
  if (!$isEmailDeliveryStatusDetails(v9, s)) return false;
  const v12 = v["deliveryAttemptTimestamp"];
  if ((typeof v12 !== "string" || !$dateTime(v12)) && v12 !== void 0 && (!("deliveryAttemptTimestamp" in r1) || $hasOwn.call(v, "deliveryAttemptTimestamp")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "sender",
      "recipient",
      "internetMessageId",
      "messageId",
      "status",
      "deliveryStatusDetails",
      "deliveryAttemptTimestamp"
    ]))
      return false;
  }
  return true;
}
function $checkAcsEmailDeliveryReportReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "sender" in r1 && v, "sender", v["sender"]);
    $checkStringProperty(e, p, "recipient" in r1 && v, "recipient", v["recipient"]);
    $checkStringProperty(
      e,
      p,
      "internetMessageId" in r1 && v,
      "internetMessageId",
      v["internetMessageId"],
      true
    );
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"], true);
    const v2 = v["status"];
    if ($has(e, p, "status" in r1 && v, "status", v2)) {
      if (typeof v2 !== "string") {
        $fail(
          e,
          p + "/status",
          'must be one of "Bounced" | "Delivered" | "Expanded" | "Failed" | "FilteredSpam" | "Quarantined" | "Suppressed" | string',
          '"Bounced" | "Delivered" | "Expanded" | "Failed" | "FilteredSpam" | "Quarantined" | "Suppressed" | string',
          $show(v2)
        );
      }
    }
    const v5 = v["deliveryStatusDetails"];
    if ($has(
      e,
      p,
      "deliveryStatusDetails" in r1 && v,
      "deliveryStatusDetails",
      v5,
      "EmailDeliveryStatusDetails"
    )) {
      $checkEmailDeliveryStatusDetails(v5, p + "/deliveryStatusDetails", e, s);
    }
    $checkDateTimeProperty(
      e,
      p,
      "deliveryAttemptTimestamp" in r1 && v,
      "deliveryAttemptTimestamp",
      v["deliveryAttemptTimestamp"],
      true
    );
    if (s) {
      $extraKeys(e, p, v, [
        "sender",
        "recipient",
        "internetMessageId",
        "messageId",
        "status",
        "deliveryStatusDetails",
        "deliveryAttemptTimestamp"
      ]);
    }
  }
}
const $wireAcsEmailEngagementTrackingReportReceivedEventData = [
  {
    erratum: "email-engagement-timestamp-casing",
    decision: "variant",
    parent: [],
    name: "userActionTimestamp",
    published: {
      name: "userActionTimeStamp"
    }
  }
];
function validateAcsEmailEngagementTrackingReportReceivedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsEmailEngagementTrackingReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsEmailEngagementTrackingReportReceivedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsEmailEngagementTrackingReportReceivedEventData(value) {
  try {
    return $isAcsEmailEngagementTrackingReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsEmailEngagementTrackingReportReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["sender"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("sender" in r1) || $hasOwn.call(v, "sender")))
    return false;
  const v3 = v["recipient"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("recipient" in r1) || $hasOwn.call(v, "recipient")))
    return false;
  const v4 = v["messageId"];
  if (typeof v4 !== "string" && v4 !== void 0 && (!("messageId" in r1) || $hasOwn.call(v, "messageId")))
    return false;
  const v5 = v["userActionTimestamp"];
  if ((typeof v5 !== "string" || !$dateTime(v5)) && v5 !== void 0 && (!("userActionTimestamp" in r1) || $hasOwn.call(v, "userActionTimestamp")))
    return false;
  const v6 = v["engagementContext"];
  if (typeof v6 !== "string" && v6 !== void 0 && (!("engagementContext" in r1) || $hasOwn.call(v, "engagementContext")))
    return false;
  const v7 = v["userAgent"];
  if (typeof v7 !== "string" && v7 !== void 0 && (!("userAgent" in r1) || $hasOwn.call(v, "userAgent")))
    return false;
  const v8 = v["engagementType"];
  if (v8 !== void 0 && (!("engagementType" in r1) || $hasOwn.call(v, "engagementType"))) {
    if (typeof v8 !== "string") return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "sender",
      "recipient",
      "messageId",
      "userActionTimestamp",
      "engagementContext",
      "userAgent",
      "engagementType"
    ]))
      return false;
  }
  return true;
}
function $checkAcsEmailEngagementTrackingReportReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "sender" in r1 && v, "sender", v["sender"], true);
    $checkStringProperty(e, p, "recipient" in r1 && v, "recipient", v["recipient"], true);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"], true);
    $checkDateTimeProperty(
      e,
      p,
      "userActionTimestamp" in r1 && v,
      "userActionTimestamp",
      v["userActionTimestamp"],
      true
    );
    $checkStringProperty(
      e,
      p,
      "engagementContext" in r1 && v,
      "engagementContext",
      v["engagementContext"],
      true
    );
    $checkStringProperty(e, p, "userAgent" in r1 && v, "userAgent", v["userAgent"], true);
    const v2 = v["engagementType"];
    if ($has(e, p, "engagementType" in r1 && v, "engagementType", v2)) {
      if (typeof v2 !== "string") {
        $fail(
          e,
          p + "/engagementType",
          'must be one of "view" | "click" | string',
          '"view" | "click" | string',
          $show(v2)
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "sender",
        "recipient",
        "messageId",
        "userActionTimestamp",
        "engagementContext",
        "userAgent",
        "engagementType"
      ]);
    }
  }
}
function validateAcsIncomingCallEventData(value, options) {
  return $validate(
    $isAcsIncomingCallEventData,
    $checkAcsIncomingCallEventData,
    value,
    options
  );
}
function isAcsIncomingCallEventData(value) {
  try {
    return $isAcsIncomingCallEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsIncomingCallEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["to"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("to" in r1) || $hasOwn.call(v, "to"))) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v5 = v["from"];
  if (v5 !== void 0 && (!("from" in r1) || $hasOwn.call(v, "from"))) {
    if (!$isCommunicationIdentifier(v5, s)) return false;
  }
  const v8 = v["serverCallId"];
  if (typeof v8 !== "string" && v8 !== void 0 && (!("serverCallId" in r1) || $hasOwn.call(v, "serverCallId")))
    return false;
  const v9 = v["callerDisplayName"];
  if (typeof v9 !== "string" && v9 !== void 0 && (!("callerDisplayName" in r1) || $hasOwn.call(v, "callerDisplayName")))
    return false;
  const v10 = v["customContext"];
  if (v10 !== void 0 && (!("customContext" in r1) || $hasOwn.call(v, "customContext"))) {
    if (!$isIncomingCallCustomContext(v10, s)) return false;
  }
  const v13 = v["incomingCallContext"];
  if (typeof v13 !== "string" && v13 !== void 0 && (!("incomingCallContext" in r1) || $hasOwn.call(v, "incomingCallContext")))
    return false;
  const v14 = v["onBehalfOfCallee"];
  if (v14 !== void 0 && (!("onBehalfOfCallee" in r1) || $hasOwn.call(v, "onBehalfOfCallee"))) {
    if (!$isCommunicationIdentifier(v14, s)) return false;
  }
  const v17 = v["correlationId"];
  if (typeof v17 !== "string" && v17 !== void 0 && (!("correlationId" in r1) || $hasOwn.call(v, "correlationId")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "to",
      "from",
      "serverCallId",
      "callerDisplayName",
      "customContext",
      "incomingCallContext",
      "onBehalfOfCallee",
      "correlationId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsIncomingCallEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["to"];
    if ($has(e, p, "to" in r1 && v, "to", v2)) {
      $checkCommunicationIdentifier(v2, p + "/to", e, s);
    }
    const v5 = v["from"];
    if ($has(e, p, "from" in r1 && v, "from", v5)) {
      $checkCommunicationIdentifier(v5, p + "/from", e, s);
    }
    $checkStringProperty(e, p, "serverCallId" in r1 && v, "serverCallId", v["serverCallId"], true);
    $checkStringProperty(
      e,
      p,
      "callerDisplayName" in r1 && v,
      "callerDisplayName",
      v["callerDisplayName"],
      true
    );
    const v8 = v["customContext"];
    if ($has(e, p, "customContext" in r1 && v, "customContext", v8)) {
      $checkIncomingCallCustomContext(v8, p + "/customContext", e, s);
    }
    $checkStringProperty(
      e,
      p,
      "incomingCallContext" in r1 && v,
      "incomingCallContext",
      v["incomingCallContext"],
      true
    );
    const v11 = v["onBehalfOfCallee"];
    if ($has(e, p, "onBehalfOfCallee" in r1 && v, "onBehalfOfCallee", v11)) {
      $checkCommunicationIdentifier(v11, p + "/onBehalfOfCallee", e, s);
    }
    $checkStringProperty(e, p, "correlationId" in r1 && v, "correlationId", v["correlationId"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "to",
        "from",
        "serverCallId",
        "callerDisplayName",
        "customContext",
        "incomingCallContext",
        "onBehalfOfCallee",
        "correlationId"
      ]);
    }
  }
}
const $wireAcsInstantMessageDeletedEventData = [
  {
    erratum: "compose-time-casing-instantmessagedeleted",
    decision: "doc-error",
    parent: [],
    name: "composeTime",
    published: {
      name: "ComposeTime"
    }
  }
];
function validateAcsInstantMessageDeletedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsInstantMessageDeletedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsInstantMessageDeletedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsInstantMessageDeletedEventData(value) {
  try {
    return $isAcsInstantMessageDeletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsInstantMessageDeletedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["messageBody"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageBody" in r1 && !$hasOwn.call(v, "messageBody")) return false;
  const v3 = v["version"];
  if (typeof v3 !== "string" || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  const v4 = v["composeTime"];
  if (typeof v4 !== "string" || !$dateTime(v4) || "composeTime" in r1 && !$hasOwn.call(v, "composeTime"))
    return false;
  const v5 = v["deleteTime"];
  if (typeof v5 !== "string" || !$dateTime(v5) || "deleteTime" in r1 && !$hasOwn.call(v, "deleteTime"))
    return false;
  const v6 = v["senderId"];
  if (typeof v6 !== "string" || "senderId" in r1 && !$hasOwn.call(v, "senderId")) return false;
  const v7 = v["senderDisplayName"];
  if (typeof v7 !== "string" || "senderDisplayName" in r1 && !$hasOwn.call(v, "senderDisplayName"))
    return false;
  const v8 = v["recipientId"];
  if (typeof v8 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v9 = v["transactionId"];
  if (typeof v9 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v10 = v["groupId"];
  if (typeof v10 !== "string" || "groupId" in r1 && !$hasOwn.call(v, "groupId")) return false;
  const v11 = v["collapseId"];
  if (typeof v11 !== "string" || "collapseId" in r1 && !$hasOwn.call(v, "collapseId")) return false;
  const v12 = v["messageId"];
  if (typeof v12 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v13 = v["messageType"];
  if (typeof v13 !== "string" || "messageType" in r1 && !$hasOwn.call(v, "messageType")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "messageBody",
      "version",
      "composeTime",
      "deleteTime",
      "senderId",
      "senderDisplayName",
      "recipientId",
      "transactionId",
      "groupId",
      "collapseId",
      "messageId",
      "messageType"
    ]))
      return false;
  }
  return true;
}
function $checkAcsInstantMessageDeletedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageBody" in r1 && v, "messageBody", v["messageBody"]);
    $checkStringProperty(e, p, "version" in r1 && v, "version", v["version"]);
    $checkDateTimeProperty(e, p, "composeTime" in r1 && v, "composeTime", v["composeTime"]);
    $checkDateTimeProperty(e, p, "deleteTime" in r1 && v, "deleteTime", v["deleteTime"]);
    $checkStringProperty(e, p, "senderId" in r1 && v, "senderId", v["senderId"]);
    $checkStringProperty(e, p, "senderDisplayName" in r1 && v, "senderDisplayName", v["senderDisplayName"]);
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "groupId" in r1 && v, "groupId", v["groupId"]);
    $checkStringProperty(e, p, "collapseId" in r1 && v, "collapseId", v["collapseId"]);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, "messageType" in r1 && v, "messageType", v["messageType"]);
    if (s) {
      $extraKeys(e, p, v, [
        "messageBody",
        "version",
        "composeTime",
        "deleteTime",
        "senderId",
        "senderDisplayName",
        "recipientId",
        "transactionId",
        "groupId",
        "collapseId",
        "messageId",
        "messageType"
      ]);
    }
  }
}
const $wireAcsInstantMessageEditedEventData = [
  {
    erratum: "compose-time-casing-instantmessageedited",
    decision: "doc-error",
    parent: [],
    name: "composeTime",
    published: {
      name: "ComposeTime"
    }
  }
];
function validateAcsInstantMessageEditedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsInstantMessageEditedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsInstantMessageEditedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsInstantMessageEditedEventData(value) {
  try {
    return $isAcsInstantMessageEditedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsInstantMessageEditedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["messageBody"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageBody" in r1 && !$hasOwn.call(v, "messageBody")) return false;
  const v3 = v["version"];
  if (typeof v3 !== "string" || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  const v4 = v["composeTime"];
  if (typeof v4 !== "string" || !$dateTime(v4) || "composeTime" in r1 && !$hasOwn.call(v, "composeTime"))
    return false;
  const v5 = v["editTime"];
  if (typeof v5 !== "string" || !$dateTime(v5) || "editTime" in r1 && !$hasOwn.call(v, "editTime"))
    return false;
  const v6 = v["senderId"];
  if (typeof v6 !== "string" || "senderId" in r1 && !$hasOwn.call(v, "senderId")) return false;
  const v7 = v["senderDisplayName"];
  if (typeof v7 !== "string" || "senderDisplayName" in r1 && !$hasOwn.call(v, "senderDisplayName"))
    return false;
  const v8 = v["recipientId"];
  if (typeof v8 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v9 = v["transactionId"];
  if (typeof v9 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v10 = v["groupId"];
  if (typeof v10 !== "string" || "groupId" in r1 && !$hasOwn.call(v, "groupId")) return false;
  const v11 = v["collapseId"];
  if (typeof v11 !== "string" || "collapseId" in r1 && !$hasOwn.call(v, "collapseId")) return false;
  const v12 = v["messageId"];
  if (typeof v12 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v13 = v["messageType"];
  if (typeof v13 !== "string" || "messageType" in r1 && !$hasOwn.call(v, "messageType")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "messageBody",
      "version",
      "composeTime",
      "editTime",
      "senderId",
      "senderDisplayName",
      "recipientId",
      "transactionId",
      "groupId",
      "collapseId",
      "messageId",
      "messageType"
    ]))
      return false;
  }
  return true;
}
function $checkAcsInstantMessageEditedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageBody" in r1 && v, "messageBody", v["messageBody"]);
    $checkStringProperty(e, p, "version" in r1 && v, "version", v["version"]);
    $checkDateTimeProperty(e, p, "composeTime" in r1 && v, "composeTime", v["composeTime"]);
    $checkDateTimeProperty(e, p, "editTime" in r1 && v, "editTime", v["editTime"]);
    $checkStringProperty(e, p, "senderId" in r1 && v, "senderId", v["senderId"]);
    $checkStringProperty(e, p, "senderDisplayName" in r1 && v, "senderDisplayName", v["senderDisplayName"]);
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "groupId" in r1 && v, "groupId", v["groupId"]);
    $checkStringProperty(e, p, "collapseId" in r1 && v, "collapseId", v["collapseId"]);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, "messageType" in r1 && v, "messageType", v["messageType"]);
    if (s) {
      $extraKeys(e, p, v, [
        "messageBody",
        "version",
        "composeTime",
        "editTime",
        "senderId",
        "senderDisplayName",
        "recipientId",
        "transactionId",
        "groupId",
        "collapseId",
        "messageId",
        "messageType"
      ]);
    }
  }
}
function validateAcsInstantMessageReceivedEventData(value, options) {
  return $validate(
    $isAcsInstantMessageReceivedEventData,
    $checkAcsInstantMessageReceivedEventData,
    value,
    options
  );
}
function isAcsInstantMessageReceivedEventData(value) {
  try {
    return $isAcsInstantMessageReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsInstantMessageReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["messageBody"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageBody" in r1 && !$hasOwn.call(v, "messageBody")) return false;
  const v3 = v["senderId"];
  if (typeof v3 !== "string" || "senderId" in r1 && !$hasOwn.call(v, "senderId")) return false;
  const v4 = v["senderDisplayName"];
  if (typeof v4 !== "string" || "senderDisplayName" in r1 && !$hasOwn.call(v, "senderDisplayName"))
    return false;
  const v5 = v["recipientId"];
  if (typeof v5 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v6 = v["transactionId"];
  if (typeof v6 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v7 = v["groupId"];
  if (typeof v7 !== "string" || "groupId" in r1 && !$hasOwn.call(v, "groupId")) return false;
  const v8 = v["collapseId"];
  if (typeof v8 !== "string" || "collapseId" in r1 && !$hasOwn.call(v, "collapseId")) return false;
  const v9 = v["messageId"];
  if (typeof v9 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v10 = v["messageType"];
  if (typeof v10 !== "string" || "messageType" in r1 && !$hasOwn.call(v, "messageType")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "messageBody",
      "senderId",
      "senderDisplayName",
      "recipientId",
      "transactionId",
      "groupId",
      "collapseId",
      "messageId",
      "messageType"
    ]))
      return false;
  }
  return true;
}
function $checkAcsInstantMessageReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageBody" in r1 && v, "messageBody", v["messageBody"]);
    $checkStringProperty(e, p, "senderId" in r1 && v, "senderId", v["senderId"]);
    $checkStringProperty(e, p, "senderDisplayName" in r1 && v, "senderDisplayName", v["senderDisplayName"]);
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "groupId" in r1 && v, "groupId", v["groupId"]);
    $checkStringProperty(e, p, "collapseId" in r1 && v, "collapseId", v["collapseId"]);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, "messageType" in r1 && v, "messageType", v["messageType"]);
    if (s) {
      $extraKeys(e, p, v, [
        "messageBody",
        "senderId",
        "senderDisplayName",
        "recipientId",
        "transactionId",
        "groupId",
        "collapseId",
        "messageId",
        "messageType"
      ]);
    }
  }
}
function validateAcsRecordingFileStatusUpdatedEventData(value, options) {
  return $validate(
    $isAcsRecordingFileStatusUpdatedEventData,
    $checkAcsRecordingFileStatusUpdatedEventData,
    value,
    options
  );
}
function isAcsRecordingFileStatusUpdatedEventData(value) {
  try {
    return $isAcsRecordingFileStatusUpdatedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRecordingFileStatusUpdatedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["recordingStorageInfo"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "recordingStorageInfo" in r1 && !$hasOwn.call(v, "recordingStorageInfo"))
    return false;
  if (!$isRecordingStorageInfo(v2, s)) return false;
  const v5 = v["recordingStartTime"];
  if ((typeof v5 !== "string" || !$dateTime(v5)) && v5 !== void 0 && (!("recordingStartTime" in r1) || $hasOwn.call(v, "recordingStartTime")))
    return false;
  const v6 = v["recordingDurationMs"];
  if (v6 !== void 0 && (!("recordingDurationMs" in r1) || $hasOwn.call(v, "recordingDurationMs"))) {
    if (typeof v6 !== "number" || !Number.isInteger(v6)) return false;
  }
  const v7 = v["recordingContentType"];
  if (v7 !== void 0 && (!("recordingContentType" in r1) || $hasOwn.call(v, "recordingContentType"))) {
    if (typeof v7 !== "string") return false;
  }
  const v10 = v["recordingChannelType"];
  if (v10 !== void 0 && (!("recordingChannelType" in r1) || $hasOwn.call(v, "recordingChannelType"))) {
    if (typeof v10 !== "string") return false;
  }
  const v13 = v["recordingFormatType"];
  if (v13 !== void 0 && (!("recordingFormatType" in r1) || $hasOwn.call(v, "recordingFormatType"))) {
    if (typeof v13 !== "string") return false;
  }
  const v16 = v["sessionEndReason"];
  if (typeof v16 !== "string" && v16 !== void 0 && (!("sessionEndReason" in r1) || $hasOwn.call(v, "sessionEndReason")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "recordingStorageInfo",
      "recordingStartTime",
      "recordingDurationMs",
      "recordingContentType",
      "recordingChannelType",
      "recordingFormatType",
      "sessionEndReason"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRecordingFileStatusUpdatedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["recordingStorageInfo"];
    if ($has(e, p, "recordingStorageInfo" in r1 && v, "recordingStorageInfo", v2, "RecordingStorageInfo")) {
      $checkRecordingStorageInfo(v2, p + "/recordingStorageInfo", e, s);
    }
    $checkDateTimeProperty(
      e,
      p,
      "recordingStartTime" in r1 && v,
      "recordingStartTime",
      v["recordingStartTime"],
      true
    );
    const v5 = v["recordingDurationMs"];
    if ($has(e, p, "recordingDurationMs" in r1 && v, "recordingDurationMs", v5)) {
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        $fail(e, p + "/recordingDurationMs", "must be an integer", "integer", $type(v5));
      }
    }
    const v6 = v["recordingContentType"];
    if ($has(e, p, "recordingContentType" in r1 && v, "recordingContentType", v6)) {
      if (typeof v6 !== "string") {
        $fail(
          e,
          p + "/recordingContentType",
          'must be one of "AudioVideo" | "Audio" | string',
          '"AudioVideo" | "Audio" | string',
          $show(v6)
        );
      }
    }
    const v9 = v["recordingChannelType"];
    if ($has(e, p, "recordingChannelType" in r1 && v, "recordingChannelType", v9)) {
      if (typeof v9 !== "string") {
        $fail(
          e,
          p + "/recordingChannelType",
          'must be one of "Mixed" | "Unmixed" | string',
          '"Mixed" | "Unmixed" | string',
          $show(v9)
        );
      }
    }
    const v12 = v["recordingFormatType"];
    if ($has(e, p, "recordingFormatType" in r1 && v, "recordingFormatType", v12)) {
      if (typeof v12 !== "string") {
        $fail(
          e,
          p + "/recordingFormatType",
          'must be one of "Wav" | "Mp3" | "Mp4" | string',
          '"Wav" | "Mp3" | "Mp4" | string',
          $show(v12)
        );
      }
    }
    $checkStringProperty(
      e,
      p,
      "sessionEndReason" in r1 && v,
      "sessionEndReason",
      v["sessionEndReason"],
      true
    );
    if (s) {
      $extraKeys(e, p, v, [
        "recordingStorageInfo",
        "recordingStartTime",
        "recordingDurationMs",
        "recordingContentType",
        "recordingChannelType",
        "recordingFormatType",
        "sessionEndReason"
      ]);
    }
  }
}
function validateAcsRouterJobCancelledEventData(value, options) {
  return $validate(
    $isAcsRouterJobCancelledEventData,
    $checkAcsRouterJobCancelledEventData,
    value,
    options
  );
}
function isAcsRouterJobCancelledEventData(value) {
  try {
    return $isAcsRouterJobCancelledEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobCancelledEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["note"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 !== void 0 && (!("note" in r17) || $hasOwn.call(v, "note"))) {
    if (typeof v18 !== "string" && v18 !== null) return false;
  }
  const v19 = v["dispositionCode"];
  if (typeof v19 !== "string" || "dispositionCode" in r17 && !$hasOwn.call(v, "dispositionCode"))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "note",
      "dispositionCode"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobCancelledEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v["note"];
    if ($has(e, p, "note" in r15 && v, "note", v16)) {
      if (typeof v16 !== "string" && v16 !== null) {
        $fail(e, p + "/note", "must be a string or null", "string | null", $type(v16));
      }
    }
    $checkStringProperty(e, p, "dispositionCode" in r15 && v, "dispositionCode", v["dispositionCode"]);
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "note",
        "dispositionCode"
      ]);
    }
  }
}
function validateAcsRouterJobClassificationFailedEventData(value, options) {
  return $validate(
    $isAcsRouterJobClassificationFailedEventData,
    $checkAcsRouterJobClassificationFailedEventData,
    value,
    options
  );
}
function isAcsRouterJobClassificationFailedEventData(value) {
  try {
    return $isAcsRouterJobClassificationFailedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobClassificationFailedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["classificationPolicyId"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "classificationPolicyId" in r17 && !$hasOwn.call(v, "classificationPolicyId"))
    return false;
  const v19 = v["errors"];
  if (v19 === void 0 || "errors" in r17 && !$hasOwn.call(v, "errors")) return false;
  if (!Array.isArray(v19)) return false;
  const a20 = v19;
  for (let i21 = 0; i21 < a20.length; i21++) {
    const v22 = a20[i21];
    if (!$isRouterCommunicationError(v22, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "classificationPolicyId",
      "errors"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobClassificationFailedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(
      e,
      p,
      "classificationPolicyId" in r15 && v,
      "classificationPolicyId",
      v["classificationPolicyId"]
    );
    const v16 = v["errors"];
    if ($has(e, p, "errors" in r15 && v, "errors", v16, "RouterCommunicationError[]")) {
      if (!Array.isArray(v16)) {
        $fail(e, p + "/errors", "must be an array", "array", $type(v16));
      } else {
        const a17 = v16;
        for (let i18 = 0; i18 < a17.length; i18++) {
          const v19 = a17[i18];
          $checkRouterCommunicationError(v19, p + "/errors/" + i18, e, s);
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "classificationPolicyId",
        "errors"
      ]);
    }
  }
}
function validateAcsRouterJobClassifiedEventData(value, options) {
  return $validate(
    $isAcsRouterJobClassifiedEventData,
    $checkAcsRouterJobClassifiedEventData,
    value,
    options
  );
}
function isAcsRouterJobClassifiedEventData(value) {
  try {
    return $isAcsRouterJobClassifiedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobClassifiedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["queueId"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "queueId" in r17 && !$hasOwn.call(v, "queueId")) return false;
  const v19 = v["queueDetails"];
  if (v19 === void 0 || "queueDetails" in r17 && !$hasOwn.call(v, "queueDetails")) return false;
  if (!$isRouterQueueDetails(v19, s)) return false;
  const v22 = v["classificationPolicyId"];
  if (typeof v22 !== "string" || "classificationPolicyId" in r17 && !$hasOwn.call(v, "classificationPolicyId"))
    return false;
  const v23 = v["priority"];
  if (v23 !== void 0 && (!("priority" in r17) || $hasOwn.call(v, "priority"))) {
    if ((typeof v23 !== "number" || !Number.isInteger(v23)) && v23 !== null) return false;
    if (typeof v23 === "number" && !$int32(v23)) return false;
  }
  const v24 = v["attachedWorkerSelectors"];
  if (v24 !== void 0 && (!("attachedWorkerSelectors" in r17) || $hasOwn.call(v, "attachedWorkerSelectors"))) {
    if (!Array.isArray(v24) && v24 !== null) return false;
    if (Array.isArray(v24)) {
      const a25 = v24;
      for (let i26 = 0; i26 < a25.length; i26++) {
        const v27 = a25[i26];
        if (!$isRouterWorkerSelector(v27, s)) return false;
      }
    }
  }
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "queueDetails",
      "classificationPolicyId",
      "priority",
      "attachedWorkerSelectors"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobClassifiedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "queueId" in r15 && v, "queueId", v["queueId"]);
    const v16 = v["queueDetails"];
    if ($has(e, p, "queueDetails" in r15 && v, "queueDetails", v16, "RouterQueueDetails")) {
      $checkRouterQueueDetails(v16, p + "/queueDetails", e, s);
    }
    $checkStringProperty(
      e,
      p,
      "classificationPolicyId" in r15 && v,
      "classificationPolicyId",
      v["classificationPolicyId"]
    );
    const v19 = v["priority"];
    if ($has(e, p, "priority" in r15 && v, "priority", v19)) {
      if ((typeof v19 !== "number" || !Number.isInteger(v19)) && v19 !== null) {
        $fail(e, p + "/priority", "must be an integer or null", "integer | null", $type(v19));
      } else {
        if (typeof v19 === "number" && !$int32(v19)) {
          $fail(
            e,
            p + "/priority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v19)
          );
        }
      }
    }
    const v20 = v["attachedWorkerSelectors"];
    if ($has(e, p, "attachedWorkerSelectors" in r15 && v, "attachedWorkerSelectors", v20)) {
      if (!Array.isArray(v20) && v20 !== null) {
        $fail(e, p + "/attachedWorkerSelectors", "must be an array or null", "array | null", $type(v20));
      } else {
        if (Array.isArray(v20)) {
          const a21 = v20;
          for (let i22 = 0; i22 < a21.length; i22++) {
            const v23 = a21[i22];
            $checkRouterWorkerSelector(v23, p + "/attachedWorkerSelectors/" + i22, e, s);
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "queueDetails",
        "classificationPolicyId",
        "priority",
        "attachedWorkerSelectors"
      ]);
    }
  }
}
function validateAcsRouterJobClosedEventData(value, options) {
  return $validate(
    $isAcsRouterJobClosedEventData,
    $checkAcsRouterJobClosedEventData,
    value,
    options
  );
}
function isAcsRouterJobClosedEventData(value) {
  try {
    return $isAcsRouterJobClosedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobClosedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["assignmentId"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "assignmentId" in r17 && !$hasOwn.call(v, "assignmentId")) return false;
  const v19 = v["workerId"];
  if (typeof v19 !== "string" || "workerId" in r17 && !$hasOwn.call(v, "workerId")) return false;
  const v20 = v["dispositionCode"];
  if (v20 !== void 0 && (!("dispositionCode" in r17) || $hasOwn.call(v, "dispositionCode"))) {
    if (typeof v20 !== "string" && v20 !== null) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "assignmentId",
      "workerId",
      "dispositionCode"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobClosedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "assignmentId" in r15 && v, "assignmentId", v["assignmentId"]);
    $checkStringProperty(e, p, "workerId" in r15 && v, "workerId", v["workerId"]);
    const v16 = v["dispositionCode"];
    if ($has(e, p, "dispositionCode" in r15 && v, "dispositionCode", v16)) {
      if (typeof v16 !== "string" && v16 !== null) {
        $fail(e, p + "/dispositionCode", "must be a string or null", "string | null", $type(v16));
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "assignmentId",
        "workerId",
        "dispositionCode"
      ]);
    }
  }
}
function validateAcsRouterJobCompletedEventData(value, options) {
  return $validate(
    $isAcsRouterJobCompletedEventData,
    $checkAcsRouterJobCompletedEventData,
    value,
    options
  );
}
function isAcsRouterJobCompletedEventData(value) {
  try {
    return $isAcsRouterJobCompletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobCompletedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["assignmentId"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "assignmentId" in r17 && !$hasOwn.call(v, "assignmentId")) return false;
  const v19 = v["workerId"];
  if (typeof v19 !== "string" || "workerId" in r17 && !$hasOwn.call(v, "workerId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "assignmentId",
      "workerId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobCompletedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "assignmentId" in r15 && v, "assignmentId", v["assignmentId"]);
    $checkStringProperty(e, p, "workerId" in r15 && v, "workerId", v["workerId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "assignmentId",
        "workerId"
      ]);
    }
  }
}
function validateAcsRouterJobDeletedEventData(value, options) {
  return $validate(
    $isAcsRouterJobDeletedEventData,
    $checkAcsRouterJobDeletedEventData,
    value,
    options
  );
}
function isAcsRouterJobDeletedEventData(value) {
  try {
    return $isAcsRouterJobDeletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobDeletedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  if (s) {
    if (!$onlyKeys(v, ["jobId", "channelReference", "channelId", "queueId", "labels", "tags"])) return false;
  }
  return true;
}
function $checkAcsRouterJobDeletedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["jobId", "channelReference", "channelId", "queueId", "labels", "tags"]);
    }
  }
}
function validateAcsRouterJobExceptionTriggeredEventData(value, options) {
  return $validate(
    $isAcsRouterJobExceptionTriggeredEventData,
    $checkAcsRouterJobExceptionTriggeredEventData,
    value,
    options
  );
}
function isAcsRouterJobExceptionTriggeredEventData(value) {
  try {
    return $isAcsRouterJobExceptionTriggeredEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobExceptionTriggeredEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["ruleKey"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "ruleKey" in r17 && !$hasOwn.call(v, "ruleKey")) return false;
  const v19 = v["exceptionRuleId"];
  if (typeof v19 !== "string" || "exceptionRuleId" in r17 && !$hasOwn.call(v, "exceptionRuleId"))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "ruleKey",
      "exceptionRuleId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobExceptionTriggeredEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "ruleKey" in r15 && v, "ruleKey", v["ruleKey"]);
    $checkStringProperty(e, p, "exceptionRuleId" in r15 && v, "exceptionRuleId", v["exceptionRuleId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "ruleKey",
        "exceptionRuleId"
      ]);
    }
  }
}
function validateAcsRouterJobQueuedEventData(value, options) {
  return $validate(
    $isAcsRouterJobQueuedEventData,
    $checkAcsRouterJobQueuedEventData,
    value,
    options
  );
}
function isAcsRouterJobQueuedEventData(value) {
  try {
    return $isAcsRouterJobQueuedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobQueuedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["queueId"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "queueId" in r17 && !$hasOwn.call(v, "queueId")) return false;
  const v19 = v["priority"];
  if (v19 === void 0 || "priority" in r17 && !$hasOwn.call(v, "priority")) return false;
  if (typeof v19 !== "number" || !Number.isInteger(v19)) return false;
  if (!$int32(v19)) return false;
  const v20 = v["requestedWorkerSelectors"];
  if (v20 !== void 0 && (!("requestedWorkerSelectors" in r17) || $hasOwn.call(v, "requestedWorkerSelectors"))) {
    if (!Array.isArray(v20) && v20 !== null) return false;
    if (Array.isArray(v20)) {
      const a21 = v20;
      for (let i22 = 0; i22 < a21.length; i22++) {
        const v23 = a21[i22];
        if (!$isRouterWorkerSelector(v23, s)) return false;
      }
    }
  }
  const v26 = v["attachedWorkerSelectors"];
  if (v26 !== void 0 && (!("attachedWorkerSelectors" in r17) || $hasOwn.call(v, "attachedWorkerSelectors"))) {
    if (!Array.isArray(v26) && v26 !== null) return false;
    if (Array.isArray(v26)) {
      const a27 = v26;
      for (let i28 = 0; i28 < a27.length; i28++) {
        const v29 = a27[i28];
        if (!$isRouterWorkerSelector(v29, s)) return false;
      }
    }
  }
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "priority",
      "requestedWorkerSelectors",
      "attachedWorkerSelectors"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobQueuedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "queueId" in r15 && v, "queueId", v["queueId"]);
    const v16 = v["priority"];
    if ($has(e, p, "priority" in r15 && v, "priority", v16, "int32")) {
      if (typeof v16 !== "number" || !Number.isInteger(v16)) {
        $fail(e, p + "/priority", "must be an integer", "integer", $type(v16));
      } else {
        if (!$int32(v16)) {
          $fail(
            e,
            p + "/priority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v16)
          );
        }
      }
    }
    const v17 = v["requestedWorkerSelectors"];
    if ($has(e, p, "requestedWorkerSelectors" in r15 && v, "requestedWorkerSelectors", v17)) {
      if (!Array.isArray(v17) && v17 !== null) {
        $fail(e, p + "/requestedWorkerSelectors", "must be an array or null", "array | null", $type(v17));
      } else {
        if (Array.isArray(v17)) {
          const a18 = v17;
          for (let i19 = 0; i19 < a18.length; i19++) {
            const v20 = a18[i19];
            $checkRouterWorkerSelector(v20, p + "/requestedWorkerSelectors/" + i19, e, s);
          }
        }
      }
    }
    const v23 = v["attachedWorkerSelectors"];
    if ($has(e, p, "attachedWorkerSelectors" in r15 && v, "attachedWorkerSelectors", v23)) {
      if (!Array.isArray(v23) && v23 !== null) {
        $fail(e, p + "/attachedWorkerSelectors", "must be an array or null", "array | null", $type(v23));
      } else {
        if (Array.isArray(v23)) {
          const a24 = v23;
          for (let i25 = 0; i25 < a24.length; i25++) {
            const v26 = a24[i25];
            $checkRouterWorkerSelector(v26, p + "/attachedWorkerSelectors/" + i25, e, s);
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "priority",
        "requestedWorkerSelectors",
        "attachedWorkerSelectors"
      ]);
    }
  }
}
const $wireAcsRouterJobReceivedEventData = [
  {
    erratum: "router-job-received-scheduled-on-format",
    decision: "doc-error",
    parent: [],
    name: "scheduledOn",
    published: "dotnet-date-time"
  }
];
function validateAcsRouterJobReceivedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsRouterJobReceivedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsRouterJobReceivedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsRouterJobReceivedEventData(value) {
  try {
    return $isAcsRouterJobReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["jobStatus"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 === void 0 || "jobStatus" in r17 && !$hasOwn.call(v, "jobStatus")) return false;
  if (typeof v18 !== "string") return false;
  const v21 = v["classificationPolicyId"];
  if (v21 !== void 0 && (!("classificationPolicyId" in r17) || $hasOwn.call(v, "classificationPolicyId"))) {
    if (typeof v21 !== "string" && v21 !== null) return false;
  }
  const v22 = v["priority"];
  if (v22 !== void 0 && (!("priority" in r17) || $hasOwn.call(v, "priority"))) {
    if ((typeof v22 !== "number" || !Number.isInteger(v22)) && v22 !== null) return false;
    if (typeof v22 === "number" && !$int32(v22)) return false;
  }
  const v23 = v["requestedWorkerSelectors"];
  if (v23 !== void 0 && (!("requestedWorkerSelectors" in r17) || $hasOwn.call(v, "requestedWorkerSelectors"))) {
    if (!Array.isArray(v23) && v23 !== null) return false;
    if (Array.isArray(v23)) {
      const a24 = v23;
      for (let i25 = 0; i25 < a24.length; i25++) {
        const v26 = a24[i25];
        if (!$isRouterWorkerSelector(v26, s)) return false;
      }
    }
  }
  const v29 = v["scheduledOn"];
  if (v29 !== void 0 && (!("scheduledOn" in r17) || $hasOwn.call(v, "scheduledOn"))) {
    if (typeof v29 !== "string" && v29 !== null) return false;
    if (typeof v29 === "string" && !$dateTime(v29)) return false;
  }
  const v30 = v["unavailableForMatching"];
  if (typeof v30 !== "boolean" || "unavailableForMatching" in r17 && !$hasOwn.call(v, "unavailableForMatching"))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "jobStatus",
      "classificationPolicyId",
      "priority",
      "requestedWorkerSelectors",
      "scheduledOn",
      "unavailableForMatching"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v["jobStatus"];
    if ($has(
      e,
      p,
      "jobStatus" in r15 && v,
      "jobStatus",
      v16,
      '"PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string'
    )) {
      if (typeof v16 !== "string") {
        $fail(
          e,
          p + "/jobStatus",
          'must be one of "PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string',
          '"PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string',
          $show(v16)
        );
      }
    }
    const v19 = v["classificationPolicyId"];
    if ($has(e, p, "classificationPolicyId" in r15 && v, "classificationPolicyId", v19)) {
      if (typeof v19 !== "string" && v19 !== null) {
        $fail(e, p + "/classificationPolicyId", "must be a string or null", "string | null", $type(v19));
      }
    }
    const v20 = v["priority"];
    if ($has(e, p, "priority" in r15 && v, "priority", v20)) {
      if ((typeof v20 !== "number" || !Number.isInteger(v20)) && v20 !== null) {
        $fail(e, p + "/priority", "must be an integer or null", "integer | null", $type(v20));
      } else {
        if (typeof v20 === "number" && !$int32(v20)) {
          $fail(
            e,
            p + "/priority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v20)
          );
        }
      }
    }
    const v21 = v["requestedWorkerSelectors"];
    if ($has(e, p, "requestedWorkerSelectors" in r15 && v, "requestedWorkerSelectors", v21)) {
      if (!Array.isArray(v21) && v21 !== null) {
        $fail(e, p + "/requestedWorkerSelectors", "must be an array or null", "array | null", $type(v21));
      } else {
        if (Array.isArray(v21)) {
          const a22 = v21;
          for (let i23 = 0; i23 < a22.length; i23++) {
            const v24 = a22[i23];
            $checkRouterWorkerSelector(v24, p + "/requestedWorkerSelectors/" + i23, e, s);
          }
        }
      }
    }
    const v27 = v["scheduledOn"];
    if ($has(e, p, "scheduledOn" in r15 && v, "scheduledOn", v27)) {
      if (typeof v27 !== "string" && v27 !== null) {
        $fail(e, p + "/scheduledOn", "must be a string or null", "string | null", $type(v27));
      } else {
        if (typeof v27 === "string" && !$dateTime(v27)) {
          $fail(
            e,
            p + "/scheduledOn",
            'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            "date-time",
            $show(v27)
          );
        }
      }
    }
    $checkBooleanProperty(
      e,
      p,
      "unavailableForMatching" in r15 && v,
      "unavailableForMatching",
      v["unavailableForMatching"]
    );
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "jobStatus",
        "classificationPolicyId",
        "priority",
        "requestedWorkerSelectors",
        "scheduledOn",
        "unavailableForMatching"
      ]);
    }
  }
}
function validateAcsRouterJobSchedulingFailedEventData(value, options) {
  return $validate(
    $isAcsRouterJobSchedulingFailedEventData,
    $checkAcsRouterJobSchedulingFailedEventData,
    value,
    options
  );
}
function isAcsRouterJobSchedulingFailedEventData(value) {
  try {
    return $isAcsRouterJobSchedulingFailedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobSchedulingFailedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["priority"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 === void 0 || "priority" in r17 && !$hasOwn.call(v, "priority")) return false;
  if (typeof v18 !== "number" || !Number.isInteger(v18)) return false;
  if (!$int32(v18)) return false;
  const v19 = v["requestedWorkerSelectors"];
  if (v19 !== void 0 && (!("requestedWorkerSelectors" in r17) || $hasOwn.call(v, "requestedWorkerSelectors"))) {
    if (!Array.isArray(v19) && v19 !== null) return false;
    if (Array.isArray(v19)) {
      const a20 = v19;
      for (let i21 = 0; i21 < a20.length; i21++) {
        const v22 = a20[i21];
        if (!$isRouterWorkerSelector(v22, s)) return false;
      }
    }
  }
  const v25 = v["attachedWorkerSelectors"];
  if (v25 !== void 0 && (!("attachedWorkerSelectors" in r17) || $hasOwn.call(v, "attachedWorkerSelectors"))) {
    if (!Array.isArray(v25) && v25 !== null) return false;
    if (Array.isArray(v25)) {
      const a26 = v25;
      for (let i27 = 0; i27 < a26.length; i27++) {
        const v28 = a26[i27];
        if (!$isRouterWorkerSelector(v28, s)) return false;
      }
    }
  }
  const v31 = v["scheduledOn"];
  if (v31 !== void 0 && (!("scheduledOn" in r17) || $hasOwn.call(v, "scheduledOn"))) {
    if (typeof v31 !== "string" && v31 !== null) return false;
    if (typeof v31 === "string" && !$dateTime(v31)) return false;
  }
  const v32 = v["failureReason"];
  if (v32 !== void 0 && (!("failureReason" in r17) || $hasOwn.call(v, "failureReason"))) {
    if (typeof v32 !== "string" && v32 !== null) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "priority",
      "requestedWorkerSelectors",
      "attachedWorkerSelectors",
      "scheduledOn",
      "failureReason"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobSchedulingFailedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v["priority"];
    if ($has(e, p, "priority" in r15 && v, "priority", v16, "int32")) {
      if (typeof v16 !== "number" || !Number.isInteger(v16)) {
        $fail(e, p + "/priority", "must be an integer", "integer", $type(v16));
      } else {
        if (!$int32(v16)) {
          $fail(
            e,
            p + "/priority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v16)
          );
        }
      }
    }
    const v17 = v["requestedWorkerSelectors"];
    if ($has(e, p, "requestedWorkerSelectors" in r15 && v, "requestedWorkerSelectors", v17)) {
      if (!Array.isArray(v17) && v17 !== null) {
        $fail(e, p + "/requestedWorkerSelectors", "must be an array or null", "array | null", $type(v17));
      } else {
        if (Array.isArray(v17)) {
          const a18 = v17;
          for (let i19 = 0; i19 < a18.length; i19++) {
            const v20 = a18[i19];
            $checkRouterWorkerSelector(v20, p + "/requestedWorkerSelectors/" + i19, e, s);
          }
        }
      }
    }
    const v23 = v["attachedWorkerSelectors"];
    if ($has(e, p, "attachedWorkerSelectors" in r15 && v, "attachedWorkerSelectors", v23)) {
      if (!Array.isArray(v23) && v23 !== null) {
        $fail(e, p + "/attachedWorkerSelectors", "must be an array or null", "array | null", $type(v23));
      } else {
        if (Array.isArray(v23)) {
          const a24 = v23;
          for (let i25 = 0; i25 < a24.length; i25++) {
            const v26 = a24[i25];
            $checkRouterWorkerSelector(v26, p + "/attachedWorkerSelectors/" + i25, e, s);
          }
        }
      }
    }
    const v29 = v["scheduledOn"];
    if ($has(e, p, "scheduledOn" in r15 && v, "scheduledOn", v29)) {
      if (typeof v29 !== "string" && v29 !== null) {
        $fail(e, p + "/scheduledOn", "must be a string or null", "string | null", $type(v29));
      } else {
        if (typeof v29 === "string" && !$dateTime(v29)) {
          $fail(
            e,
            p + "/scheduledOn",
            'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            "date-time",
            $show(v29)
          );
        }
      }
    }
    const v30 = v["failureReason"];
    if ($has(e, p, "failureReason" in r15 && v, "failureReason", v30)) {
      if (typeof v30 !== "string" && v30 !== null) {
        $fail(e, p + "/failureReason", "must be a string or null", "string | null", $type(v30));
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "priority",
        "requestedWorkerSelectors",
        "attachedWorkerSelectors",
        "scheduledOn",
        "failureReason"
      ]);
    }
  }
}
function validateAcsRouterJobUnassignedEventData(value, options) {
  return $validate(
    $isAcsRouterJobUnassignedEventData,
    $checkAcsRouterJobUnassignedEventData,
    value,
    options
  );
}
function isAcsRouterJobUnassignedEventData(value) {
  try {
    return $isAcsRouterJobUnassignedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobUnassignedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["assignmentId"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "assignmentId" in r17 && !$hasOwn.call(v, "assignmentId")) return false;
  const v19 = v["workerId"];
  if (typeof v19 !== "string" || "workerId" in r17 && !$hasOwn.call(v, "workerId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "assignmentId",
      "workerId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobUnassignedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "assignmentId" in r15 && v, "assignmentId", v["assignmentId"]);
    $checkStringProperty(e, p, "workerId" in r15 && v, "workerId", v["workerId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "assignmentId",
        "workerId"
      ]);
    }
  }
}
function validateAcsRouterJobWaitingForActivationEventData(value, options) {
  return $validate(
    $isAcsRouterJobWaitingForActivationEventData,
    $checkAcsRouterJobWaitingForActivationEventData,
    value,
    options
  );
}
function isAcsRouterJobWaitingForActivationEventData(value) {
  try {
    return $isAcsRouterJobWaitingForActivationEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobWaitingForActivationEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["priority"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 === void 0 || "priority" in r17 && !$hasOwn.call(v, "priority")) return false;
  if (typeof v18 !== "number" || !Number.isInteger(v18)) return false;
  if (!$int32(v18)) return false;
  const v19 = v["requestedWorkerSelectors"];
  if (v19 !== void 0 && (!("requestedWorkerSelectors" in r17) || $hasOwn.call(v, "requestedWorkerSelectors"))) {
    if (!Array.isArray(v19) && v19 !== null) return false;
    if (Array.isArray(v19)) {
      const a20 = v19;
      for (let i21 = 0; i21 < a20.length; i21++) {
        const v22 = a20[i21];
        if (!$isRouterWorkerSelector(v22, s)) return false;
      }
    }
  }
  const v25 = v["attachedWorkerSelectors"];
  if (v25 !== void 0 && (!("attachedWorkerSelectors" in r17) || $hasOwn.call(v, "attachedWorkerSelectors"))) {
    if (!Array.isArray(v25) && v25 !== null) return false;
    if (Array.isArray(v25)) {
      const a26 = v25;
      for (let i27 = 0; i27 < a26.length; i27++) {
        const v28 = a26[i27];
        if (!$isRouterWorkerSelector(v28, s)) return false;
      }
    }
  }
  const v31 = v["scheduledOn"];
  if (v31 !== void 0 && (!("scheduledOn" in r17) || $hasOwn.call(v, "scheduledOn"))) {
    if (typeof v31 !== "string" && v31 !== null) return false;
    if (typeof v31 === "string" && !$dateTime(v31)) return false;
  }
  const v32 = v["unavailableForMatching"];
  if (typeof v32 !== "boolean" || "unavailableForMatching" in r17 && !$hasOwn.call(v, "unavailableForMatching"))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "priority",
      "requestedWorkerSelectors",
      "attachedWorkerSelectors",
      "scheduledOn",
      "unavailableForMatching"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobWaitingForActivationEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v["priority"];
    if ($has(e, p, "priority" in r15 && v, "priority", v16, "int32")) {
      if (typeof v16 !== "number" || !Number.isInteger(v16)) {
        $fail(e, p + "/priority", "must be an integer", "integer", $type(v16));
      } else {
        if (!$int32(v16)) {
          $fail(
            e,
            p + "/priority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v16)
          );
        }
      }
    }
    const v17 = v["requestedWorkerSelectors"];
    if ($has(e, p, "requestedWorkerSelectors" in r15 && v, "requestedWorkerSelectors", v17)) {
      if (!Array.isArray(v17) && v17 !== null) {
        $fail(e, p + "/requestedWorkerSelectors", "must be an array or null", "array | null", $type(v17));
      } else {
        if (Array.isArray(v17)) {
          const a18 = v17;
          for (let i19 = 0; i19 < a18.length; i19++) {
            const v20 = a18[i19];
            $checkRouterWorkerSelector(v20, p + "/requestedWorkerSelectors/" + i19, e, s);
          }
        }
      }
    }
    const v23 = v["attachedWorkerSelectors"];
    if ($has(e, p, "attachedWorkerSelectors" in r15 && v, "attachedWorkerSelectors", v23)) {
      if (!Array.isArray(v23) && v23 !== null) {
        $fail(e, p + "/attachedWorkerSelectors", "must be an array or null", "array | null", $type(v23));
      } else {
        if (Array.isArray(v23)) {
          const a24 = v23;
          for (let i25 = 0; i25 < a24.length; i25++) {
            const v26 = a24[i25];
            $checkRouterWorkerSelector(v26, p + "/attachedWorkerSelectors/" + i25, e, s);
          }
        }
      }
    }
    const v29 = v["scheduledOn"];
    if ($has(e, p, "scheduledOn" in r15 && v, "scheduledOn", v29)) {
      if (typeof v29 !== "string" && v29 !== null) {
        $fail(e, p + "/scheduledOn", "must be a string or null", "string | null", $type(v29));
      } else {
        if (typeof v29 === "string" && !$dateTime(v29)) {
          $fail(
            e,
            p + "/scheduledOn",
            'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            "date-time",
            $show(v29)
          );
        }
      }
    }
    $checkBooleanProperty(
      e,
      p,
      "unavailableForMatching" in r15 && v,
      "unavailableForMatching",
      v["unavailableForMatching"]
    );
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "priority",
        "requestedWorkerSelectors",
        "attachedWorkerSelectors",
        "scheduledOn",
        "unavailableForMatching"
      ]);
    }
  }
}
function validateAcsRouterJobWorkerSelectorsExpiredEventData(value, options) {
  return $validate(
    $isAcsRouterJobWorkerSelectorsExpiredEventData,
    $checkAcsRouterJobWorkerSelectorsExpiredEventData,
    value,
    options
  );
}
function isAcsRouterJobWorkerSelectorsExpiredEventData(value) {
  try {
    return $isAcsRouterJobWorkerSelectorsExpiredEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobWorkerSelectorsExpiredEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["queueId"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "queueId" in r17 && !$hasOwn.call(v, "queueId")) return false;
  const v19 = v["requestedWorkerSelectorsExpired"];
  if (v19 !== void 0 && (!("requestedWorkerSelectorsExpired" in r17) || $hasOwn.call(v, "requestedWorkerSelectorsExpired"))) {
    if (!Array.isArray(v19) && v19 !== null) return false;
    if (Array.isArray(v19)) {
      const a20 = v19;
      for (let i21 = 0; i21 < a20.length; i21++) {
        const v22 = a20[i21];
        if (!$isRouterWorkerSelector(v22, s)) return false;
      }
    }
  }
  const v25 = v["attachedWorkerSelectorsExpired"];
  if (v25 !== void 0 && (!("attachedWorkerSelectorsExpired" in r17) || $hasOwn.call(v, "attachedWorkerSelectorsExpired"))) {
    if (!Array.isArray(v25) && v25 !== null) return false;
    if (Array.isArray(v25)) {
      const a26 = v25;
      for (let i27 = 0; i27 < a26.length; i27++) {
        const v28 = a26[i27];
        if (!$isRouterWorkerSelector(v28, s)) return false;
      }
    }
  }
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "requestedWorkerSelectorsExpired",
      "attachedWorkerSelectorsExpired"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobWorkerSelectorsExpiredEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "queueId" in r15 && v, "queueId", v["queueId"]);
    const v16 = v["requestedWorkerSelectorsExpired"];
    if ($has(e, p, "requestedWorkerSelectorsExpired" in r15 && v, "requestedWorkerSelectorsExpired", v16)) {
      if (!Array.isArray(v16) && v16 !== null) {
        $fail(
          e,
          p + "/requestedWorkerSelectorsExpired",
          "must be an array or null",
          "array | null",
          $type(v16)
        );
      } else {
        if (Array.isArray(v16)) {
          const a17 = v16;
          for (let i18 = 0; i18 < a17.length; i18++) {
            const v19 = a17[i18];
            $checkRouterWorkerSelector(v19, p + "/requestedWorkerSelectorsExpired/" + i18, e, s);
          }
        }
      }
    }
    const v22 = v["attachedWorkerSelectorsExpired"];
    if ($has(e, p, "attachedWorkerSelectorsExpired" in r15 && v, "attachedWorkerSelectorsExpired", v22)) {
      if (!Array.isArray(v22) && v22 !== null) {
        $fail(
          e,
          p + "/attachedWorkerSelectorsExpired",
          "must be an array or null",
          "array | null",
          $type(v22)
        );
      } else {
        if (Array.isArray(v22)) {
          const a23 = v22;
          for (let i24 = 0; i24 < a23.length; i24++) {
            const v25 = a23[i24];
            $checkRouterWorkerSelector(v25, p + "/attachedWorkerSelectorsExpired/" + i24, e, s);
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "requestedWorkerSelectorsExpired",
        "attachedWorkerSelectorsExpired"
      ]);
    }
  }
}
function validateAcsRouterWorkerDeletedEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerDeletedEventData,
    $checkAcsRouterWorkerDeletedEventData,
    value,
    options
  );
}
function isAcsRouterWorkerDeletedEventData(value) {
  try {
    return $isAcsRouterWorkerDeletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerDeletedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["workerId"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== "string" || "workerId" in r3 && !$hasOwn.call(v, "workerId")) return false;
  const v5 = v["totalCapacity"];
  if (v5 === void 0 || "totalCapacity" in r3 && !$hasOwn.call(v, "totalCapacity")) return false;
  if (typeof v5 !== "number" || !Number.isInteger(v5)) return false;
  if (!$int32(v5)) return false;
  const v6 = v["queueAssignments"];
  if (v6 === void 0 || "queueAssignments" in r3 && !$hasOwn.call(v, "queueAssignments")) return false;
  if (!Array.isArray(v6)) return false;
  const a7 = v6;
  for (let i8 = 0; i8 < a7.length; i8++) {
    const v9 = a7[i8];
    if (!$isRouterQueueDetails(v9, s)) return false;
  }
  const v12 = v["channelConfigurations"];
  if (v12 === void 0 || "channelConfigurations" in r3 && !$hasOwn.call(v, "channelConfigurations"))
    return false;
  if (!Array.isArray(v12)) return false;
  const a13 = v12;
  for (let i14 = 0; i14 < a13.length; i14++) {
    const v15 = a13[i14];
    if (!$isRouterChannelConfiguration(v15, s)) return false;
  }
  const v18 = v["labels"];
  if (v18 !== void 0 && (!("labels" in r3) || $hasOwn.call(v, "labels"))) {
    if (!($isRouterLabels(v18, s) || $isAcsRouterWorkerDeletedEventData$9(v18, s))) return false;
  }
  const v21 = v["tags"];
  if (v21 !== void 0 && (!("tags" in r3) || $hasOwn.call(v, "tags"))) {
    if (!($isRouterLabels(v21, s) || $isAcsRouterWorkerDeletedEventData$10(v21, s))) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "workerId",
      "totalCapacity",
      "queueAssignments",
      "channelConfigurations",
      "labels",
      "tags"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterWorkerDeletedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r3 && v, "workerId", v["workerId"]);
    const v4 = v["totalCapacity"];
    if ($has(e, p, "totalCapacity" in r3 && v, "totalCapacity", v4, "int32")) {
      if (typeof v4 !== "number" || !Number.isInteger(v4)) {
        $fail(e, p + "/totalCapacity", "must be an integer", "integer", $type(v4));
      } else {
        if (!$int32(v4)) {
          $fail(
            e,
            p + "/totalCapacity",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v4)
          );
        }
      }
    }
    const v5 = v["queueAssignments"];
    if ($has(e, p, "queueAssignments" in r3 && v, "queueAssignments", v5, "RouterQueueDetails[]")) {
      if (!Array.isArray(v5)) {
        $fail(e, p + "/queueAssignments", "must be an array", "array", $type(v5));
      } else {
        const a6 = v5;
        for (let i7 = 0; i7 < a6.length; i7++) {
          const v8 = a6[i7];
          $checkRouterQueueDetails(v8, p + "/queueAssignments/" + i7, e, s);
        }
      }
    }
    const v11 = v["channelConfigurations"];
    if ($has(
      e,
      p,
      "channelConfigurations" in r3 && v,
      "channelConfigurations",
      v11,
      "RouterChannelConfiguration[]"
    )) {
      if (!Array.isArray(v11)) {
        $fail(e, p + "/channelConfigurations", "must be an array", "array", $type(v11));
      } else {
        const a12 = v11;
        for (let i13 = 0; i13 < a12.length; i13++) {
          const v14 = a12[i13];
          $checkRouterChannelConfiguration(v14, p + "/channelConfigurations/" + i13, e, s);
        }
      }
    }
    const v17 = v["labels"];
    if ($has(e, p, "labels" in r3 && v, "labels", v17)) {
      if (!($isRouterLabels(v17, s) || $isAcsRouterWorkerDeletedEventData$9(v17, s))) {
        $fail(
          e,
          p + "/labels",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v17)
        );
        if (typeof v17 === "object" && v17 !== null && !Array.isArray(v17))
          $checkRouterLabels(v17, p + "/labels", e, s);
        if (v17 === null) $checkAcsRouterWorkerDeletedEventData$9(v17, p + "/labels", e, s);
      }
    }
    const v20 = v["tags"];
    if ($has(e, p, "tags" in r3 && v, "tags", v20)) {
      if (!($isRouterLabels(v20, s) || $isAcsRouterWorkerDeletedEventData$10(v20, s))) {
        $fail(
          e,
          p + "/tags",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v20)
        );
        if (typeof v20 === "object" && v20 !== null && !Array.isArray(v20))
          $checkRouterLabels(v20, p + "/tags", e, s);
        if (v20 === null) $checkAcsRouterWorkerDeletedEventData$10(v20, p + "/tags", e, s);
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "workerId",
        "totalCapacity",
        "queueAssignments",
        "channelConfigurations",
        "labels",
        "tags"
      ]);
    }
  }
}
function $isAcsRouterWorkerDeletedEventData$9(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerDeletedEventData$9(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function $isAcsRouterWorkerDeletedEventData$10(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerDeletedEventData$10(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function validateAcsRouterWorkerDeregisteredEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerDeregisteredEventData,
    $checkAcsRouterWorkerDeregisteredEventData,
    value,
    options
  );
}
function isAcsRouterWorkerDeregisteredEventData(value) {
  try {
    return $isAcsRouterWorkerDeregisteredEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerDeregisteredEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["workerId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "workerId" in r1 && !$hasOwn.call(v, "workerId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["workerId"])) return false;
  }
  return true;
}
function $checkAcsRouterWorkerDeregisteredEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r1 && v, "workerId", v["workerId"]);
    if (s) {
      $extraKeys(e, p, v, ["workerId"]);
    }
  }
}
function validateAcsRouterWorkerOfferAcceptedEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerOfferAcceptedEventData,
    $checkAcsRouterWorkerOfferAcceptedEventData,
    value,
    options
  );
}
function isAcsRouterWorkerOfferAcceptedEventData(value) {
  try {
    return $isAcsRouterWorkerOfferAcceptedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerOfferAcceptedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["workerId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== "string" || "workerId" in r9 && !$hasOwn.call(v, "workerId")) return false;
  const v12 = v["queueId"];
  const r11 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== "string" || "queueId" in r11 && !$hasOwn.call(v, "queueId")) return false;
  const v13 = v["offerId"];
  if (typeof v13 !== "string" || "offerId" in r11 && !$hasOwn.call(v, "offerId")) return false;
  const v14 = v["assignmentId"];
  if (typeof v14 !== "string" || "assignmentId" in r11 && !$hasOwn.call(v, "assignmentId")) return false;
  const v15 = v["jobPriority"];
  if (v15 === void 0 || "jobPriority" in r11 && !$hasOwn.call(v, "jobPriority")) return false;
  if (typeof v15 !== "number" || !Number.isInteger(v15)) return false;
  if (!$int32(v15)) return false;
  const v16 = v["jobLabels"];
  if (v16 !== void 0 && (!("jobLabels" in r11) || $hasOwn.call(v, "jobLabels"))) {
    if (!($isRouterLabels(v16, s) || $isAcsRouterWorkerOfferAcceptedEventData$11(v16, s))) return false;
  }
  const v19 = v["jobTags"];
  if (v19 !== void 0 && (!("jobTags" in r11) || $hasOwn.call(v, "jobTags"))) {
    if (!($isRouterLabels(v19, s) || $isAcsRouterWorkerOfferAcceptedEventData$12(v19, s))) return false;
  }
  const v22 = v["workerLabels"];
  if (v22 !== void 0 && (!("workerLabels" in r11) || $hasOwn.call(v, "workerLabels"))) {
    if (!$isRouterLabels(v22, s)) return false;
  }
  const v25 = v["workerTags"];
  if (v25 !== void 0 && (!("workerTags" in r11) || $hasOwn.call(v, "workerTags"))) {
    if (!$isRouterLabels(v25, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "workerId",
      "queueId",
      "offerId",
      "assignmentId",
      "jobPriority",
      "jobLabels",
      "jobTags",
      "workerLabels",
      "workerTags"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterWorkerOfferAcceptedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r7 && v, "workerId", v["workerId"]);
    const r8 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "queueId" in r8 && v, "queueId", v["queueId"]);
    $checkStringProperty(e, p, "offerId" in r8 && v, "offerId", v["offerId"]);
    $checkStringProperty(e, p, "assignmentId" in r8 && v, "assignmentId", v["assignmentId"]);
    const v9 = v["jobPriority"];
    if ($has(e, p, "jobPriority" in r8 && v, "jobPriority", v9, "int32")) {
      if (typeof v9 !== "number" || !Number.isInteger(v9)) {
        $fail(e, p + "/jobPriority", "must be an integer", "integer", $type(v9));
      } else {
        if (!$int32(v9)) {
          $fail(
            e,
            p + "/jobPriority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v9)
          );
        }
      }
    }
    const v10 = v["jobLabels"];
    if ($has(e, p, "jobLabels" in r8 && v, "jobLabels", v10)) {
      if (!($isRouterLabels(v10, s) || $isAcsRouterWorkerOfferAcceptedEventData$11(v10, s))) {
        $fail(
          e,
          p + "/jobLabels",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v10)
        );
        if (typeof v10 === "object" && v10 !== null && !Array.isArray(v10))
          $checkRouterLabels(v10, p + "/jobLabels", e, s);
        if (v10 === null) $checkAcsRouterWorkerOfferAcceptedEventData$11(v10, p + "/jobLabels", e, s);
      }
    }
    const v13 = v["jobTags"];
    if ($has(e, p, "jobTags" in r8 && v, "jobTags", v13)) {
      if (!($isRouterLabels(v13, s) || $isAcsRouterWorkerOfferAcceptedEventData$12(v13, s))) {
        $fail(
          e,
          p + "/jobTags",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v13)
        );
        if (typeof v13 === "object" && v13 !== null && !Array.isArray(v13))
          $checkRouterLabels(v13, p + "/jobTags", e, s);
        if (v13 === null) $checkAcsRouterWorkerOfferAcceptedEventData$12(v13, p + "/jobTags", e, s);
      }
    }
    const v16 = v["workerLabels"];
    if ($has(e, p, "workerLabels" in r8 && v, "workerLabels", v16)) {
      $checkRouterLabels(v16, p + "/workerLabels", e, s);
    }
    const v19 = v["workerTags"];
    if ($has(e, p, "workerTags" in r8 && v, "workerTags", v19)) {
      $checkRouterLabels(v19, p + "/workerTags", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "workerId",
        "queueId",
        "offerId",
        "assignmentId",
        "jobPriority",
        "jobLabels",
        "jobTags",
        "workerLabels",
        "workerTags"
      ]);
    }
  }
}
function $isAcsRouterWorkerOfferAcceptedEventData$11(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerOfferAcceptedEventData$11(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function $isAcsRouterWorkerOfferAcceptedEventData$12(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerOfferAcceptedEventData$12(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function validateAcsRouterWorkerOfferDeclinedEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerOfferDeclinedEventData,
    $checkAcsRouterWorkerOfferDeclinedEventData,
    value,
    options
  );
}
function isAcsRouterWorkerOfferDeclinedEventData(value) {
  try {
    return $isAcsRouterWorkerOfferDeclinedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerOfferDeclinedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["workerId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== "string" || "workerId" in r9 && !$hasOwn.call(v, "workerId")) return false;
  const v12 = v["queueId"];
  const r11 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== "string" || "queueId" in r11 && !$hasOwn.call(v, "queueId")) return false;
  const v13 = v["offerId"];
  if (typeof v13 !== "string" || "offerId" in r11 && !$hasOwn.call(v, "offerId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["jobId", "channelReference", "channelId", "workerId", "queueId", "offerId"]))
      return false;
  }
  return true;
}
function $checkAcsRouterWorkerOfferDeclinedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r7 && v, "workerId", v["workerId"]);
    const r8 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "queueId" in r8 && v, "queueId", v["queueId"]);
    $checkStringProperty(e, p, "offerId" in r8 && v, "offerId", v["offerId"]);
    if (s) {
      $extraKeys(e, p, v, ["jobId", "channelReference", "channelId", "workerId", "queueId", "offerId"]);
    }
  }
}
function validateAcsRouterWorkerOfferExpiredEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerOfferExpiredEventData,
    $checkAcsRouterWorkerOfferExpiredEventData,
    value,
    options
  );
}
function isAcsRouterWorkerOfferExpiredEventData(value) {
  try {
    return $isAcsRouterWorkerOfferExpiredEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerOfferExpiredEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["workerId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== "string" || "workerId" in r9 && !$hasOwn.call(v, "workerId")) return false;
  const v12 = v["queueId"];
  const r11 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== "string" || "queueId" in r11 && !$hasOwn.call(v, "queueId")) return false;
  const v13 = v["offerId"];
  if (typeof v13 !== "string" || "offerId" in r11 && !$hasOwn.call(v, "offerId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["jobId", "channelReference", "channelId", "workerId", "queueId", "offerId"]))
      return false;
  }
  return true;
}
function $checkAcsRouterWorkerOfferExpiredEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r7 && v, "workerId", v["workerId"]);
    const r8 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "queueId" in r8 && v, "queueId", v["queueId"]);
    $checkStringProperty(e, p, "offerId" in r8 && v, "offerId", v["offerId"]);
    if (s) {
      $extraKeys(e, p, v, ["jobId", "channelReference", "channelId", "workerId", "queueId", "offerId"]);
    }
  }
}
function validateAcsRouterWorkerOfferIssuedEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerOfferIssuedEventData,
    $checkAcsRouterWorkerOfferIssuedEventData,
    value,
    options
  );
}
function isAcsRouterWorkerOfferIssuedEventData(value) {
  try {
    return $isAcsRouterWorkerOfferIssuedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerOfferIssuedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["workerId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== "string" || "workerId" in r9 && !$hasOwn.call(v, "workerId")) return false;
  const v12 = v["queueId"];
  const r11 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== "string" || "queueId" in r11 && !$hasOwn.call(v, "queueId")) return false;
  const v13 = v["offerId"];
  if (typeof v13 !== "string" || "offerId" in r11 && !$hasOwn.call(v, "offerId")) return false;
  const v14 = v["offeredOn"];
  if (typeof v14 !== "string" || !$dateTime(v14) || "offeredOn" in r11 && !$hasOwn.call(v, "offeredOn"))
    return false;
  const v15 = v["expiresOn"];
  if (typeof v15 !== "string" || !$dateTime(v15) || "expiresOn" in r11 && !$hasOwn.call(v, "expiresOn"))
    return false;
  const v16 = v["jobPriority"];
  if (v16 === void 0 || "jobPriority" in r11 && !$hasOwn.call(v, "jobPriority")) return false;
  if (typeof v16 !== "number" || !Number.isInteger(v16)) return false;
  if (!$int32(v16)) return false;
  const v17 = v["jobLabels"];
  if (v17 !== void 0 && (!("jobLabels" in r11) || $hasOwn.call(v, "jobLabels"))) {
    if (!($isRouterLabels(v17, s) || $isAcsRouterWorkerOfferIssuedEventData$13(v17, s))) return false;
  }
  const v20 = v["jobTags"];
  if (v20 !== void 0 && (!("jobTags" in r11) || $hasOwn.call(v, "jobTags"))) {
    if (!($isRouterLabels(v20, s) || $isAcsRouterWorkerOfferIssuedEventData$14(v20, s))) return false;
  }
  const v23 = v["workerLabels"];
  if (v23 !== void 0 && (!("workerLabels" in r11) || $hasOwn.call(v, "workerLabels"))) {
    if (!$isRouterLabels(v23, s)) return false;
  }
  const v26 = v["workerTags"];
  if (v26 !== void 0 && (!("workerTags" in r11) || $hasOwn.call(v, "workerTags"))) {
    if (!$isRouterLabels(v26, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "workerId",
      "queueId",
      "offerId",
      "offeredOn",
      "expiresOn",
      "jobPriority",
      "jobLabels",
      "jobTags",
      "workerLabels",
      "workerTags"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterWorkerOfferIssuedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r7 && v, "workerId", v["workerId"]);
    const r8 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "queueId" in r8 && v, "queueId", v["queueId"]);
    $checkStringProperty(e, p, "offerId" in r8 && v, "offerId", v["offerId"]);
    $checkDateTimeProperty(e, p, "offeredOn" in r8 && v, "offeredOn", v["offeredOn"]);
    $checkDateTimeProperty(e, p, "expiresOn" in r8 && v, "expiresOn", v["expiresOn"]);
    const v9 = v["jobPriority"];
    if ($has(e, p, "jobPriority" in r8 && v, "jobPriority", v9, "int32")) {
      if (typeof v9 !== "number" || !Number.isInteger(v9)) {
        $fail(e, p + "/jobPriority", "must be an integer", "integer", $type(v9));
      } else {
        if (!$int32(v9)) {
          $fail(
            e,
            p + "/jobPriority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v9)
          );
        }
      }
    }
    const v10 = v["jobLabels"];
    if ($has(e, p, "jobLabels" in r8 && v, "jobLabels", v10)) {
      if (!($isRouterLabels(v10, s) || $isAcsRouterWorkerOfferIssuedEventData$13(v10, s))) {
        $fail(
          e,
          p + "/jobLabels",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v10)
        );
        if (typeof v10 === "object" && v10 !== null && !Array.isArray(v10))
          $checkRouterLabels(v10, p + "/jobLabels", e, s);
        if (v10 === null) $checkAcsRouterWorkerOfferIssuedEventData$13(v10, p + "/jobLabels", e, s);
      }
    }
    const v13 = v["jobTags"];
    if ($has(e, p, "jobTags" in r8 && v, "jobTags", v13)) {
      if (!($isRouterLabels(v13, s) || $isAcsRouterWorkerOfferIssuedEventData$14(v13, s))) {
        $fail(
          e,
          p + "/jobTags",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v13)
        );
        if (typeof v13 === "object" && v13 !== null && !Array.isArray(v13))
          $checkRouterLabels(v13, p + "/jobTags", e, s);
        if (v13 === null) $checkAcsRouterWorkerOfferIssuedEventData$14(v13, p + "/jobTags", e, s);
      }
    }
    const v16 = v["workerLabels"];
    if ($has(e, p, "workerLabels" in r8 && v, "workerLabels", v16)) {
      $checkRouterLabels(v16, p + "/workerLabels", e, s);
    }
    const v19 = v["workerTags"];
    if ($has(e, p, "workerTags" in r8 && v, "workerTags", v19)) {
      $checkRouterLabels(v19, p + "/workerTags", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "workerId",
        "queueId",
        "offerId",
        "offeredOn",
        "expiresOn",
        "jobPriority",
        "jobLabels",
        "jobTags",
        "workerLabels",
        "workerTags"
      ]);
    }
  }
}
function $isAcsRouterWorkerOfferIssuedEventData$13(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerOfferIssuedEventData$13(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function $isAcsRouterWorkerOfferIssuedEventData$14(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerOfferIssuedEventData$14(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function validateAcsRouterWorkerOfferRevokedEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerOfferRevokedEventData,
    $checkAcsRouterWorkerOfferRevokedEventData,
    value,
    options
  );
}
function isAcsRouterWorkerOfferRevokedEventData(value) {
  try {
    return $isAcsRouterWorkerOfferRevokedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerOfferRevokedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["workerId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== "string" || "workerId" in r9 && !$hasOwn.call(v, "workerId")) return false;
  const v12 = v["queueId"];
  const r11 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== "string" || "queueId" in r11 && !$hasOwn.call(v, "queueId")) return false;
  const v13 = v["offerId"];
  if (typeof v13 !== "string" || "offerId" in r11 && !$hasOwn.call(v, "offerId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["jobId", "channelReference", "channelId", "workerId", "queueId", "offerId"]))
      return false;
  }
  return true;
}
function $checkAcsRouterWorkerOfferRevokedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r7 && v, "workerId", v["workerId"]);
    const r8 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "queueId" in r8 && v, "queueId", v["queueId"]);
    $checkStringProperty(e, p, "offerId" in r8 && v, "offerId", v["offerId"]);
    if (s) {
      $extraKeys(e, p, v, ["jobId", "channelReference", "channelId", "workerId", "queueId", "offerId"]);
    }
  }
}
function validateAcsRouterWorkerRegisteredEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerRegisteredEventData,
    $checkAcsRouterWorkerRegisteredEventData,
    value,
    options
  );
}
function isAcsRouterWorkerRegisteredEventData(value) {
  try {
    return $isAcsRouterWorkerRegisteredEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerRegisteredEventData(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["workerId"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== "string" || "workerId" in r3 && !$hasOwn.call(v, "workerId")) return false;
  const v5 = v["totalCapacity"];
  if (v5 === void 0 || "totalCapacity" in r3 && !$hasOwn.call(v, "totalCapacity")) return false;
  if (typeof v5 !== "number" || !Number.isInteger(v5)) return false;
  if (!$int32(v5)) return false;
  const v6 = v["queueAssignments"];
  if (v6 === void 0 || "queueAssignments" in r3 && !$hasOwn.call(v, "queueAssignments")) return false;
  if (!Array.isArray(v6)) return false;
  const a7 = v6;
  for (let i8 = 0; i8 < a7.length; i8++) {
    const v9 = a7[i8];
    if (!$isRouterQueueDetails(v9, s)) return false;
  }
  const v12 = v["channelConfigurations"];
  if (v12 === void 0 || "channelConfigurations" in r3 && !$hasOwn.call(v, "channelConfigurations"))
    return false;
  if (!Array.isArray(v12)) return false;
  const a13 = v12;
  for (let i14 = 0; i14 < a13.length; i14++) {
    const v15 = a13[i14];
    if (!$isRouterChannelConfiguration(v15, s)) return false;
  }
  const v18 = v["labels"];
  if (v18 !== void 0 && (!("labels" in r3) || $hasOwn.call(v, "labels"))) {
    if (!($isRouterLabels(v18, s) || $isAcsRouterWorkerRegisteredEventData$15(v18, s))) return false;
  }
  const v21 = v["tags"];
  if (v21 !== void 0 && (!("tags" in r3) || $hasOwn.call(v, "tags"))) {
    if (!($isRouterLabels(v21, s) || $isAcsRouterWorkerRegisteredEventData$16(v21, s))) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "workerId",
      "totalCapacity",
      "queueAssignments",
      "channelConfigurations",
      "labels",
      "tags"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterWorkerRegisteredEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r3 && v, "workerId", v["workerId"]);
    const v4 = v["totalCapacity"];
    if ($has(e, p, "totalCapacity" in r3 && v, "totalCapacity", v4, "int32")) {
      if (typeof v4 !== "number" || !Number.isInteger(v4)) {
        $fail(e, p + "/totalCapacity", "must be an integer", "integer", $type(v4));
      } else {
        if (!$int32(v4)) {
          $fail(
            e,
            p + "/totalCapacity",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v4)
          );
        }
      }
    }
    const v5 = v["queueAssignments"];
    if ($has(e, p, "queueAssignments" in r3 && v, "queueAssignments", v5, "RouterQueueDetails[]")) {
      if (!Array.isArray(v5)) {
        $fail(e, p + "/queueAssignments", "must be an array", "array", $type(v5));
      } else {
        const a6 = v5;
        for (let i7 = 0; i7 < a6.length; i7++) {
          const v8 = a6[i7];
          $checkRouterQueueDetails(v8, p + "/queueAssignments/" + i7, e, s);
        }
      }
    }
    const v11 = v["channelConfigurations"];
    if ($has(
      e,
      p,
      "channelConfigurations" in r3 && v,
      "channelConfigurations",
      v11,
      "RouterChannelConfiguration[]"
    )) {
      if (!Array.isArray(v11)) {
        $fail(e, p + "/channelConfigurations", "must be an array", "array", $type(v11));
      } else {
        const a12 = v11;
        for (let i13 = 0; i13 < a12.length; i13++) {
          const v14 = a12[i13];
          $checkRouterChannelConfiguration(v14, p + "/channelConfigurations/" + i13, e, s);
        }
      }
    }
    const v17 = v["labels"];
    if ($has(e, p, "labels" in r3 && v, "labels", v17)) {
      if (!($isRouterLabels(v17, s) || $isAcsRouterWorkerRegisteredEventData$15(v17, s))) {
        $fail(
          e,
          p + "/labels",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v17)
        );
        if (typeof v17 === "object" && v17 !== null && !Array.isArray(v17))
          $checkRouterLabels(v17, p + "/labels", e, s);
        if (v17 === null) $checkAcsRouterWorkerRegisteredEventData$15(v17, p + "/labels", e, s);
      }
    }
    const v20 = v["tags"];
    if ($has(e, p, "tags" in r3 && v, "tags", v20)) {
      if (!($isRouterLabels(v20, s) || $isAcsRouterWorkerRegisteredEventData$16(v20, s))) {
        $fail(
          e,
          p + "/tags",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v20)
        );
        if (typeof v20 === "object" && v20 !== null && !Array.isArray(v20))
          $checkRouterLabels(v20, p + "/tags", e, s);
        if (v20 === null) $checkAcsRouterWorkerRegisteredEventData$16(v20, p + "/tags", e, s);
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "workerId",
        "totalCapacity",
        "queueAssignments",
        "channelConfigurations",
        "labels",
        "tags"
      ]);
    }
  }
}
function $isAcsRouterWorkerRegisteredEventData$15(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerRegisteredEventData$15(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function $isAcsRouterWorkerRegisteredEventData$16(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerRegisteredEventData$16(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function validateAcsRouterWorkerUpdatedEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerUpdatedEventData,
    $checkAcsRouterWorkerUpdatedEventData,
    value,
    options
  );
}
function isAcsRouterWorkerUpdatedEventData(value) {
  try {
    return $isAcsRouterWorkerUpdatedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerUpdatedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["workerId"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== "string" || "workerId" in r3 && !$hasOwn.call(v, "workerId")) return false;
  const v5 = v["totalCapacity"];
  if (v5 === void 0 || "totalCapacity" in r3 && !$hasOwn.call(v, "totalCapacity")) return false;
  if (typeof v5 !== "number" || !Number.isInteger(v5)) return false;
  if (!$int32(v5)) return false;
  const v6 = v["queueAssignments"];
  if (v6 === void 0 || "queueAssignments" in r3 && !$hasOwn.call(v, "queueAssignments")) return false;
  if (!Array.isArray(v6)) return false;
  const a7 = v6;
  for (let i8 = 0; i8 < a7.length; i8++) {
    const v9 = a7[i8];
    if (!$isRouterQueueDetails(v9, s)) return false;
  }
  const v12 = v["channelConfigurations"];
  if (v12 === void 0 || "channelConfigurations" in r3 && !$hasOwn.call(v, "channelConfigurations"))
    return false;
  if (!Array.isArray(v12)) return false;
  const a13 = v12;
  for (let i14 = 0; i14 < a13.length; i14++) {
    const v15 = a13[i14];
    if (!$isRouterChannelConfiguration(v15, s)) return false;
  }
  const v18 = v["labels"];
  if (v18 !== void 0 && (!("labels" in r3) || $hasOwn.call(v, "labels"))) {
    if (!($isRouterLabels(v18, s) || $isAcsRouterWorkerUpdatedEventData$17(v18, s))) return false;
  }
  const v21 = v["tags"];
  if (v21 !== void 0 && (!("tags" in r3) || $hasOwn.call(v, "tags"))) {
    if (!($isRouterLabels(v21, s) || $isAcsRouterWorkerUpdatedEventData$18(v21, s))) return false;
  }
  const v25 = v["updatedWorkerProperties"];
  const r24 = Object.getPrototypeOf(v) || Object.prototype;
  if (v25 !== void 0 && (!("updatedWorkerProperties" in r24) || $hasOwn.call(v, "updatedWorkerProperties"))) {
    if (!Array.isArray(v25)) return false;
    const a26 = v25;
    for (let i27 = 0; i27 < a26.length; i27++) {
      const v28 = a26[i27];
      if (typeof v28 !== "string") return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, [
      "workerId",
      "totalCapacity",
      "queueAssignments",
      "channelConfigurations",
      "labels",
      "tags",
      "updatedWorkerProperties"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterWorkerUpdatedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r3 && v, "workerId", v["workerId"]);
    const v4 = v["totalCapacity"];
    if ($has(e, p, "totalCapacity" in r3 && v, "totalCapacity", v4, "int32")) {
      if (typeof v4 !== "number" || !Number.isInteger(v4)) {
        $fail(e, p + "/totalCapacity", "must be an integer", "integer", $type(v4));
      } else {
        if (!$int32(v4)) {
          $fail(
            e,
            p + "/totalCapacity",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v4)
          );
        }
      }
    }
    const v5 = v["queueAssignments"];
    if ($has(e, p, "queueAssignments" in r3 && v, "queueAssignments", v5, "RouterQueueDetails[]")) {
      if (!Array.isArray(v5)) {
        $fail(e, p + "/queueAssignments", "must be an array", "array", $type(v5));
      } else {
        const a6 = v5;
        for (let i7 = 0; i7 < a6.length; i7++) {
          const v8 = a6[i7];
          $checkRouterQueueDetails(v8, p + "/queueAssignments/" + i7, e, s);
        }
      }
    }
    const v11 = v["channelConfigurations"];
    if ($has(
      e,
      p,
      "channelConfigurations" in r3 && v,
      "channelConfigurations",
      v11,
      "RouterChannelConfiguration[]"
    )) {
      if (!Array.isArray(v11)) {
        $fail(e, p + "/channelConfigurations", "must be an array", "array", $type(v11));
      } else {
        const a12 = v11;
        for (let i13 = 0; i13 < a12.length; i13++) {
          const v14 = a12[i13];
          $checkRouterChannelConfiguration(v14, p + "/channelConfigurations/" + i13, e, s);
        }
      }
    }
    const v17 = v["labels"];
    if ($has(e, p, "labels" in r3 && v, "labels", v17)) {
      if (!($isRouterLabels(v17, s) || $isAcsRouterWorkerUpdatedEventData$17(v17, s))) {
        $fail(
          e,
          p + "/labels",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v17)
        );
        if (typeof v17 === "object" && v17 !== null && !Array.isArray(v17))
          $checkRouterLabels(v17, p + "/labels", e, s);
        if (v17 === null) $checkAcsRouterWorkerUpdatedEventData$17(v17, p + "/labels", e, s);
      }
    }
    const v20 = v["tags"];
    if ($has(e, p, "tags" in r3 && v, "tags", v20)) {
      if (!($isRouterLabels(v20, s) || $isAcsRouterWorkerUpdatedEventData$18(v20, s))) {
        $fail(
          e,
          p + "/tags",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v20)
        );
        if (typeof v20 === "object" && v20 !== null && !Array.isArray(v20))
          $checkRouterLabels(v20, p + "/tags", e, s);
        if (v20 === null) $checkAcsRouterWorkerUpdatedEventData$18(v20, p + "/tags", e, s);
      }
    }
    const r23 = Object.getPrototypeOf(v) || Object.prototype;
    const v24 = v["updatedWorkerProperties"];
    if ($has(e, p, "updatedWorkerProperties" in r23 && v, "updatedWorkerProperties", v24)) {
      if (!Array.isArray(v24)) {
        $fail(e, p + "/updatedWorkerProperties", "must be an array", "array", $type(v24));
      } else {
        const a25 = v24;
        for (let i26 = 0; i26 < a25.length; i26++) {
          const v27 = a25[i26];
          if (typeof v27 !== "string") {
            $fail(
              e,
              p + "/updatedWorkerProperties/" + i26,
              'must be one of "AvailableForOffers" | "TotalCapacity" | "QueueAssignments" | "Labels" | "Tags" | "ChannelConfigurations" | string',
              '"AvailableForOffers" | "TotalCapacity" | "QueueAssignments" | "Labels" | "Tags" | "ChannelConfigurations" | string',
              $show(v27)
            );
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "workerId",
        "totalCapacity",
        "queueAssignments",
        "channelConfigurations",
        "labels",
        "tags",
        "updatedWorkerProperties"
      ]);
    }
  }
}
function $isAcsRouterWorkerUpdatedEventData$17(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerUpdatedEventData$17(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function $isAcsRouterWorkerUpdatedEventData$18(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerUpdatedEventData$18(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
const $wireAcsSmsDeliveryReportReceivedEventData = [
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "messageId",
    published: {
      name: "MessageId"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "from",
    published: {
      name: "From"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "to",
    published: {
      name: "To"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "deliveryStatus",
    published: {
      name: "DeliveryStatus"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "deliveryStatusDetails",
    published: {
      name: "DeliveryStatusDetails"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "receivedTimestamp",
    published: {
      name: "ReceivedTimestamp"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "deliveryAttempts",
    published: {
      name: "DeliveryAttempts"
    }
  },
  {
    erratum: "sms-tag-casing-2025-01",
    decision: "doc-error",
    parent: [],
    name: "tag",
    published: {
      name: "Tag"
    }
  }
];
function validateAcsSmsDeliveryReportReceivedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsSmsDeliveryReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsSmsDeliveryReportReceivedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsSmsDeliveryReportReceivedEventData(value) {
  try {
    return $isAcsSmsDeliveryReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsSmsDeliveryReportReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["messageId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v3 = v["from"];
  if (typeof v3 !== "string" || "from" in r1 && !$hasOwn.call(v, "from")) return false;
  const v4 = v["to"];
  if (typeof v4 !== "string" || "to" in r1 && !$hasOwn.call(v, "to")) return false;
  const v5 = v["deliveryStatus"];
  if (typeof v5 !== "string" || "deliveryStatus" in r1 && !$hasOwn.call(v, "deliveryStatus")) return false;
  const v6 = v["deliveryStatusDetails"];
  if (typeof v6 !== "string" || "deliveryStatusDetails" in r1 && !$hasOwn.call(v, "deliveryStatusDetails"))
    return false;
  const v7 = v["deliveryAttempts"];
  if (v7 === void 0 || "deliveryAttempts" in r1 && !$hasOwn.call(v, "deliveryAttempts")) return false;
  if (!Array.isArray(v7)) return false;
  const a8 = v7;
  for (let i9 = 0; i9 < a8.length; i9++) {
    const v10 = a8[i9];
    if (!$isSmsDeliveryAttempt(v10, s)) return false;
  }
  const v13 = v["receivedTimestamp"];
  if ((typeof v13 !== "string" || !$dateTime(v13)) && v13 !== void 0 && (!("receivedTimestamp" in r1) || $hasOwn.call(v, "receivedTimestamp")))
    return false;
  const v14 = v["tag"];
  if (typeof v14 !== "string" && v14 !== void 0 && (!("tag" in r1) || $hasOwn.call(v, "tag")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "messageId",
      "from",
      "to",
      "deliveryStatus",
      "deliveryStatusDetails",
      "deliveryAttempts",
      "receivedTimestamp",
      "tag"
    ]))
      return false;
  }
  return true;
}
function $checkAcsSmsDeliveryReportReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, "from" in r1 && v, "from", v["from"]);
    $checkStringProperty(e, p, "to" in r1 && v, "to", v["to"]);
    $checkStringProperty(e, p, "deliveryStatus" in r1 && v, "deliveryStatus", v["deliveryStatus"]);
    $checkStringProperty(
      e,
      p,
      "deliveryStatusDetails" in r1 && v,
      "deliveryStatusDetails",
      v["deliveryStatusDetails"]
    );
    const v2 = v["deliveryAttempts"];
    if ($has(e, p, "deliveryAttempts" in r1 && v, "deliveryAttempts", v2, "SmsDeliveryAttempt[]")) {
      if (!Array.isArray(v2)) {
        $fail(e, p + "/deliveryAttempts", "must be an array", "array", $type(v2));
      } else {
        const a3 = v2;
        for (let i4 = 0; i4 < a3.length; i4++) {
          const v5 = a3[i4];
          $checkSmsDeliveryAttempt(v5, p + "/deliveryAttempts/" + i4, e, s);
        }
      }
    }
    $checkDateTimeProperty(
      e,
      p,
      "receivedTimestamp" in r1 && v,
      "receivedTimestamp",
      v["receivedTimestamp"],
      true
    );
    $checkStringProperty(e, p, "tag" in r1 && v, "tag", v["tag"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "messageId",
        "from",
        "to",
        "deliveryStatus",
        "deliveryStatusDetails",
        "deliveryAttempts",
        "receivedTimestamp",
        "tag"
      ]);
    }
  }
}
const $wireAcsSmsReceivedEventData = [
  {
    erratum: "sms-pascal-case-2020-09-92",
    decision: "doc-error",
    parent: [],
    name: "messageId",
    published: {
      name: "MessageId"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-92",
    decision: "doc-error",
    parent: [],
    name: "from",
    published: {
      name: "From"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-92",
    decision: "doc-error",
    parent: [],
    name: "to",
    published: {
      name: "To"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-92",
    decision: "doc-error",
    parent: [],
    name: "message",
    published: {
      name: "Message"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-92",
    decision: "doc-error",
    parent: [],
    name: "receivedTimestamp",
    published: {
      name: "ReceivedTimestamp"
    }
  }
];
function validateAcsSmsReceivedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(value, $wireAcsSmsReceivedEventData, options?.strict === true, errors, normalized);
    $checkAcsSmsReceivedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsSmsReceivedEventData(value) {
  try {
    return $isAcsSmsReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsSmsReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["messageId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v3 = v["from"];
  if (typeof v3 !== "string" || "from" in r1 && !$hasOwn.call(v, "from")) return false;
  const v4 = v["to"];
  if (typeof v4 !== "string" || "to" in r1 && !$hasOwn.call(v, "to")) return false;
  const v5 = v["message"];
  if (typeof v5 !== "string" || "message" in r1 && !$hasOwn.call(v, "message")) return false;
  const v6 = v["receivedTimestamp"];
  if (typeof v6 !== "string" || !$dateTime(v6) || "receivedTimestamp" in r1 && !$hasOwn.call(v, "receivedTimestamp"))
    return false;
  const v7 = v["segmentCount"];
  if (v7 !== void 0 && (!("segmentCount" in r1) || $hasOwn.call(v, "segmentCount"))) {
    if (typeof v7 !== "number" || !Number.isInteger(v7)) return false;
    if (!$int32(v7)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["messageId", "from", "to", "message", "receivedTimestamp", "segmentCount"]))
      return false;
  }
  return true;
}
function $checkAcsSmsReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, "from" in r1 && v, "from", v["from"]);
    $checkStringProperty(e, p, "to" in r1 && v, "to", v["to"]);
    $checkStringProperty(e, p, "message" in r1 && v, "message", v["message"]);
    $checkDateTimeProperty(e, p, "receivedTimestamp" in r1 && v, "receivedTimestamp", v["receivedTimestamp"]);
    const v2 = v["segmentCount"];
    if ($has(e, p, "segmentCount" in r1 && v, "segmentCount", v2)) {
      if (typeof v2 !== "number" || !Number.isInteger(v2)) {
        $fail(e, p + "/segmentCount", "must be an integer", "integer", $type(v2));
      } else {
        if (!$int32(v2)) {
          $fail(
            e,
            p + "/segmentCount",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v2)
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["messageId", "from", "to", "message", "receivedTimestamp", "segmentCount"]);
    }
  }
}
function validateAcsUserDisconnectedEventData(value, options) {
  return $validate(
    $isAcsUserDisconnectedEventData,
    $checkAcsUserDisconnectedEventData,
    value,
    options
  );
}
function isAcsUserDisconnectedEventData(value) {
  try {
    return $isAcsUserDisconnectedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsUserDisconnectedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["userCommunicationIdentifier"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("userCommunicationIdentifier" in r1) || $hasOwn.call(v, "userCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["userCommunicationIdentifier"])) return false;
  }
  return true;
}
function $checkAcsUserDisconnectedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["userCommunicationIdentifier"];
    if ($has(e, p, "userCommunicationIdentifier" in r1 && v, "userCommunicationIdentifier", v2)) {
      $checkCommunicationIdentifier(v2, p + "/userCommunicationIdentifier", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["userCommunicationIdentifier"]);
    }
  }
}
function validateEventGridEvent(value, options) {
  return $validate($isEventGridEvent, $checkEventGridEvent, value, options);
}
function isEventGridEvent(value) {
  try {
    return $isEventGridEvent(value, false);
  } catch {
    return false;
  }
}
function $isEventGridEvent(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["id"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "id" in r1 && !$hasOwn.call(v, "id")) return false;
  const v3 = v["topic"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("topic" in r1) || $hasOwn.call(v, "topic")))
    return false;
  const v4 = v["subject"];
  if (typeof v4 !== "string" || "subject" in r1 && !$hasOwn.call(v, "subject")) return false;
  const v5 = v["eventType"];
  if (typeof v5 !== "string" || "eventType" in r1 && !$hasOwn.call(v, "eventType")) return false;
  const v6 = v["eventTime"];
  if (typeof v6 !== "string" || !$dateTime(v6) || "eventTime" in r1 && !$hasOwn.call(v, "eventTime"))
    return false;
  const v7 = v["data"];
  if (v7 === void 0 || "data" in r1 && !$hasOwn.call(v, "data")) return false;
  const v10 = v["dataVersion"];
  if (typeof v10 !== "string" || "dataVersion" in r1 && !$hasOwn.call(v, "dataVersion")) return false;
  const v11 = v["metadataVersion"];
  if (typeof v11 !== "string" && v11 !== void 0 && (!("metadataVersion" in r1) || $hasOwn.call(v, "metadataVersion")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "id",
      "topic",
      "subject",
      "eventType",
      "eventTime",
      "data",
      "dataVersion",
      "metadataVersion"
    ]))
      return false;
  }
  return true;
}
function $checkEventGridEvent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"]);
    $checkStringProperty(e, p, "topic" in r1 && v, "topic", v["topic"], true);
    $checkStringProperty(e, p, "subject" in r1 && v, "subject", v["subject"]);
    $checkStringProperty(e, p, "eventType" in r1 && v, "eventType", v["eventType"]);
    $checkDateTimeProperty(e, p, "eventTime" in r1 && v, "eventTime", v["eventTime"]);
    const v2 = v["data"];
    $has(e, p, "data" in r1 && v, "data", v2, "any");
    $checkStringProperty(e, p, "dataVersion" in r1 && v, "dataVersion", v["dataVersion"]);
    $checkStringProperty(e, p, "metadataVersion" in r1 && v, "metadataVersion", v["metadataVersion"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "id",
        "topic",
        "subject",
        "eventType",
        "eventTime",
        "data",
        "dataVersion",
        "metadataVersion"
      ]);
    }
  }
}
function validateCloudEvent(value, options) {
  return $validate($isCloudEvent, $checkCloudEvent, value, options);
}
function isCloudEvent(value) {
  try {
    return $isCloudEvent(value, false);
  } catch {
    return false;
  }
}
function $isCloudEvent(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["specversion"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "specversion" in r1 && !$hasOwn.call(v, "specversion")) return false;
  if (typeof v2 !== "string") return false;
  if (v2 !== "1.0") return false;
  const v3 = v["id"];
  if (typeof v3 !== "string" || "id" in r1 && !$hasOwn.call(v, "id")) return false;
  const v4 = v["source"];
  if (typeof v4 !== "string" || "source" in r1 && !$hasOwn.call(v, "source")) return false;
  const v5 = v["type"];
  if (typeof v5 !== "string" || "type" in r1 && !$hasOwn.call(v, "type")) return false;
  const v6 = v["subject"];
  if (typeof v6 !== "string" && v6 !== void 0 && (!("subject" in r1) || $hasOwn.call(v, "subject")))
    return false;
  const v7 = v["time"];
  if ((typeof v7 !== "string" || !$dateTime(v7)) && v7 !== void 0 && (!("time" in r1) || $hasOwn.call(v, "time")))
    return false;
  const v8 = v["datacontenttype"];
  if (typeof v8 !== "string" && v8 !== void 0 && (!("datacontenttype" in r1) || $hasOwn.call(v, "datacontenttype")))
    return false;
  const v9 = v["dataschema"];
  if (typeof v9 !== "string" && v9 !== void 0 && (!("dataschema" in r1) || $hasOwn.call(v, "dataschema")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "specversion",
      "id",
      "source",
      "type",
      "subject",
      "time",
      "datacontenttype",
      "dataschema",
      "data"
    ]))
      return false;
  }
  return true;
}
function $checkCloudEvent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["specversion"];
    if ($has(e, p, "specversion" in r1 && v, "specversion", v2, '"1.0"')) {
      if (typeof v2 !== "string") {
        $fail(e, p + "/specversion", "must be a string", "string", $type(v2));
      } else {
        if (v2 !== "1.0") {
          $fail(e, p + "/specversion", 'must be "1.0"', '"1.0"', $show(v2));
        }
      }
    }
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"]);
    $checkStringProperty(e, p, "source" in r1 && v, "source", v["source"]);
    $checkStringProperty(e, p, "type" in r1 && v, "type", v["type"]);
    $checkStringProperty(e, p, "subject" in r1 && v, "subject", v["subject"], true);
    $checkDateTimeProperty(e, p, "time" in r1 && v, "time", v["time"], true);
    $checkStringProperty(e, p, "datacontenttype" in r1 && v, "datacontenttype", v["datacontenttype"], true);
    $checkStringProperty(e, p, "dataschema" in r1 && v, "dataschema", v["dataschema"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "specversion",
        "id",
        "source",
        "type",
        "subject",
        "time",
        "datacontenttype",
        "dataschema",
        "data"
      ]);
    }
  }
}
const dataValidators = /* @__PURE__ */ $nullProto({
  "Microsoft.Communication.AdvancedMessageAnalysisCompleted": validateAcsAdvancedMessageAnalysisCompletedEventData,
  "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": validateAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  "Microsoft.Communication.AdvancedMessageReceived": validateAcsAdvancedMessageReceivedEventData,
  "Microsoft.Communication.CallEnded": validateAcsCallEndedEventData,
  "Microsoft.Communication.CallParticipantAdded": validateAcsCallParticipantAddedEventData,
  "Microsoft.Communication.CallParticipantRemoved": validateAcsCallParticipantRemovedEventData,
  "Microsoft.Communication.CallStarted": validateAcsCallStartedEventData,
  "Microsoft.Communication.ChatAzureBotCommandReceivedInThread": validateAcsChatAzureBotCommandReceivedInThreadEventData,
  "Microsoft.Communication.ChatMemberAddedToThreadWithUser": validateAcsChatMemberAddedToThreadWithUserEventData,
  "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": validateAcsChatMemberRemovedFromThreadWithUserEventData,
  "Microsoft.Communication.ChatMessageDeleted": validateAcsChatMessageDeletedEventData,
  "Microsoft.Communication.ChatMessageDeletedInThread": validateAcsChatMessageDeletedInThreadEventData,
  "Microsoft.Communication.ChatMessageEdited": validateAcsChatMessageEditedEventData,
  "Microsoft.Communication.ChatMessageEditedInThread": validateAcsChatMessageEditedInThreadEventData,
  "Microsoft.Communication.ChatMessageReceived": validateAcsChatMessageReceivedEventData,
  "Microsoft.Communication.ChatMessageReceivedInThread": validateAcsChatMessageReceivedInThreadEventData,
  "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": validateAcsChatParticipantAddedToThreadWithUserEventData,
  "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": validateAcsChatParticipantRemovedFromThreadWithUserEventData,
  "Microsoft.Communication.ChatThreadCreated": validateAcsChatThreadCreatedEventData,
  "Microsoft.Communication.ChatThreadCreatedWithUser": validateAcsChatThreadCreatedWithUserEventData,
  "Microsoft.Communication.ChatThreadDeleted": validateAcsChatThreadDeletedEventData,
  "Microsoft.Communication.ChatThreadParticipantAdded": validateAcsChatThreadParticipantAddedEventData,
  "Microsoft.Communication.ChatThreadParticipantRemoved": validateAcsChatThreadParticipantRemovedEventData,
  "Microsoft.Communication.ChatThreadPropertiesUpdated": validateAcsChatThreadPropertiesUpdatedEventData,
  "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": validateAcsChatThreadPropertiesUpdatedPerUserEventData,
  "Microsoft.Communication.ChatThreadWithUserDeleted": validateAcsChatThreadWithUserDeletedEventData,
  "Microsoft.Communication.ChatTypingIndicatorReceivedInThread": validateAcsChatTypingIndicatorReceivedInThreadEventData,
  "Microsoft.Communication.EmailDeliveryReportReceived": validateAcsEmailDeliveryReportReceivedEventData,
  "Microsoft.Communication.EmailEngagementTrackingReportReceived": validateAcsEmailEngagementTrackingReportReceivedEventData,
  "Microsoft.Communication.IncomingCall": validateAcsIncomingCallEventData,
  "Microsoft.Communication.InstantMessageDeleted": validateAcsInstantMessageDeletedEventData,
  "Microsoft.Communication.InstantMessageEdited": validateAcsInstantMessageEditedEventData,
  "Microsoft.Communication.InstantMessageReceived": validateAcsInstantMessageReceivedEventData,
  "Microsoft.Communication.RecordingFileStatusUpdated": validateAcsRecordingFileStatusUpdatedEventData,
  "Microsoft.Communication.RouterJobCancelled": validateAcsRouterJobCancelledEventData,
  "Microsoft.Communication.RouterJobClassificationFailed": validateAcsRouterJobClassificationFailedEventData,
  "Microsoft.Communication.RouterJobClassified": validateAcsRouterJobClassifiedEventData,
  "Microsoft.Communication.RouterJobClosed": validateAcsRouterJobClosedEventData,
  "Microsoft.Communication.RouterJobCompleted": validateAcsRouterJobCompletedEventData,
  "Microsoft.Communication.RouterJobDeleted": validateAcsRouterJobDeletedEventData,
  "Microsoft.Communication.RouterJobExceptionTriggered": validateAcsRouterJobExceptionTriggeredEventData,
  "Microsoft.Communication.RouterJobQueued": validateAcsRouterJobQueuedEventData,
  "Microsoft.Communication.RouterJobReceived": validateAcsRouterJobReceivedEventData,
  "Microsoft.Communication.RouterJobSchedulingFailed": validateAcsRouterJobSchedulingFailedEventData,
  "Microsoft.Communication.RouterJobUnassigned": validateAcsRouterJobUnassignedEventData,
  "Microsoft.Communication.RouterJobWaitingForActivation": validateAcsRouterJobWaitingForActivationEventData,
  "Microsoft.Communication.RouterJobWorkerSelectorsExpired": validateAcsRouterJobWorkerSelectorsExpiredEventData,
  "Microsoft.Communication.RouterWorkerDeleted": validateAcsRouterWorkerDeletedEventData,
  "Microsoft.Communication.RouterWorkerDeregistered": validateAcsRouterWorkerDeregisteredEventData,
  "Microsoft.Communication.RouterWorkerOfferAccepted": validateAcsRouterWorkerOfferAcceptedEventData,
  "Microsoft.Communication.RouterWorkerOfferDeclined": validateAcsRouterWorkerOfferDeclinedEventData,
  "Microsoft.Communication.RouterWorkerOfferExpired": validateAcsRouterWorkerOfferExpiredEventData,
  "Microsoft.Communication.RouterWorkerOfferIssued": validateAcsRouterWorkerOfferIssuedEventData,
  "Microsoft.Communication.RouterWorkerOfferRevoked": validateAcsRouterWorkerOfferRevokedEventData,
  "Microsoft.Communication.RouterWorkerRegistered": validateAcsRouterWorkerRegisteredEventData,
  "Microsoft.Communication.RouterWorkerUpdated": validateAcsRouterWorkerUpdatedEventData,
  "Microsoft.Communication.SMSDeliveryReportReceived": validateAcsSmsDeliveryReportReceivedEventData,
  "Microsoft.Communication.SMSReceived": validateAcsSmsReceivedEventData,
  "Microsoft.Communication.UserDisconnected": validateAcsUserDisconnectedEventData
});
const dataGuards = /* @__PURE__ */ $nullProto({
  "Microsoft.Communication.AdvancedMessageAnalysisCompleted": isAcsAdvancedMessageAnalysisCompletedEventData,
  "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": isAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  "Microsoft.Communication.AdvancedMessageReceived": isAcsAdvancedMessageReceivedEventData,
  "Microsoft.Communication.CallEnded": isAcsCallEndedEventData,
  "Microsoft.Communication.CallParticipantAdded": isAcsCallParticipantAddedEventData,
  "Microsoft.Communication.CallParticipantRemoved": isAcsCallParticipantRemovedEventData,
  "Microsoft.Communication.CallStarted": isAcsCallStartedEventData,
  "Microsoft.Communication.ChatAzureBotCommandReceivedInThread": isAcsChatAzureBotCommandReceivedInThreadEventData,
  "Microsoft.Communication.ChatMemberAddedToThreadWithUser": isAcsChatMemberAddedToThreadWithUserEventData,
  "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": isAcsChatMemberRemovedFromThreadWithUserEventData,
  "Microsoft.Communication.ChatMessageDeleted": isAcsChatMessageDeletedEventData,
  "Microsoft.Communication.ChatMessageDeletedInThread": isAcsChatMessageDeletedInThreadEventData,
  "Microsoft.Communication.ChatMessageEdited": isAcsChatMessageEditedEventData,
  "Microsoft.Communication.ChatMessageEditedInThread": isAcsChatMessageEditedInThreadEventData,
  "Microsoft.Communication.ChatMessageReceived": isAcsChatMessageReceivedEventData,
  "Microsoft.Communication.ChatMessageReceivedInThread": isAcsChatMessageReceivedInThreadEventData,
  "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": isAcsChatParticipantAddedToThreadWithUserEventData,
  "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": isAcsChatParticipantRemovedFromThreadWithUserEventData,
  "Microsoft.Communication.ChatThreadCreated": isAcsChatThreadCreatedEventData,
  "Microsoft.Communication.ChatThreadCreatedWithUser": isAcsChatThreadCreatedWithUserEventData,
  "Microsoft.Communication.ChatThreadDeleted": isAcsChatThreadDeletedEventData,
  "Microsoft.Communication.ChatThreadParticipantAdded": isAcsChatThreadParticipantAddedEventData,
  "Microsoft.Communication.ChatThreadParticipantRemoved": isAcsChatThreadParticipantRemovedEventData,
  "Microsoft.Communication.ChatThreadPropertiesUpdated": isAcsChatThreadPropertiesUpdatedEventData,
  "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": isAcsChatThreadPropertiesUpdatedPerUserEventData,
  "Microsoft.Communication.ChatThreadWithUserDeleted": isAcsChatThreadWithUserDeletedEventData,
  "Microsoft.Communication.ChatTypingIndicatorReceivedInThread": isAcsChatTypingIndicatorReceivedInThreadEventData,
  "Microsoft.Communication.EmailDeliveryReportReceived": isAcsEmailDeliveryReportReceivedEventData,
  "Microsoft.Communication.EmailEngagementTrackingReportReceived": isAcsEmailEngagementTrackingReportReceivedEventData,
  "Microsoft.Communication.IncomingCall": isAcsIncomingCallEventData,
  "Microsoft.Communication.InstantMessageDeleted": isAcsInstantMessageDeletedEventData,
  "Microsoft.Communication.InstantMessageEdited": isAcsInstantMessageEditedEventData,
  "Microsoft.Communication.InstantMessageReceived": isAcsInstantMessageReceivedEventData,
  "Microsoft.Communication.RecordingFileStatusUpdated": isAcsRecordingFileStatusUpdatedEventData,
  "Microsoft.Communication.RouterJobCancelled": isAcsRouterJobCancelledEventData,
  "Microsoft.Communication.RouterJobClassificationFailed": isAcsRouterJobClassificationFailedEventData,
  "Microsoft.Communication.RouterJobClassified": isAcsRouterJobClassifiedEventData,
  "Microsoft.Communication.RouterJobClosed": isAcsRouterJobClosedEventData,
  "Microsoft.Communication.RouterJobCompleted": isAcsRouterJobCompletedEventData,
  "Microsoft.Communication.RouterJobDeleted": isAcsRouterJobDeletedEventData,
  "Microsoft.Communication.RouterJobExceptionTriggered": isAcsRouterJobExceptionTriggeredEventData,
  "Microsoft.Communication.RouterJobQueued": isAcsRouterJobQueuedEventData,
  "Microsoft.Communication.RouterJobReceived": isAcsRouterJobReceivedEventData,
  "Microsoft.Communication.RouterJobSchedulingFailed": isAcsRouterJobSchedulingFailedEventData,
  "Microsoft.Communication.RouterJobUnassigned": isAcsRouterJobUnassignedEventData,
  "Microsoft.Communication.RouterJobWaitingForActivation": isAcsRouterJobWaitingForActivationEventData,
  "Microsoft.Communication.RouterJobWorkerSelectorsExpired": isAcsRouterJobWorkerSelectorsExpiredEventData,
  "Microsoft.Communication.RouterWorkerDeleted": isAcsRouterWorkerDeletedEventData,
  "Microsoft.Communication.RouterWorkerDeregistered": isAcsRouterWorkerDeregisteredEventData,
  "Microsoft.Communication.RouterWorkerOfferAccepted": isAcsRouterWorkerOfferAcceptedEventData,
  "Microsoft.Communication.RouterWorkerOfferDeclined": isAcsRouterWorkerOfferDeclinedEventData,
  "Microsoft.Communication.RouterWorkerOfferExpired": isAcsRouterWorkerOfferExpiredEventData,
  "Microsoft.Communication.RouterWorkerOfferIssued": isAcsRouterWorkerOfferIssuedEventData,
  "Microsoft.Communication.RouterWorkerOfferRevoked": isAcsRouterWorkerOfferRevokedEventData,
  "Microsoft.Communication.RouterWorkerRegistered": isAcsRouterWorkerRegisteredEventData,
  "Microsoft.Communication.RouterWorkerUpdated": isAcsRouterWorkerUpdatedEventData,
  "Microsoft.Communication.SMSDeliveryReportReceived": isAcsSmsDeliveryReportReceivedEventData,
  "Microsoft.Communication.SMSReceived": isAcsSmsReceivedEventData,
  "Microsoft.Communication.UserDisconnected": isAcsUserDisconnectedEventData
});
export {
  dataGuards,
  dataValidators,
  isAcsAdvancedMessageAnalysisCompletedEventData,
  isAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  isAcsAdvancedMessageReceivedEventData,
  isAcsCallEndedEventData,
  isAcsCallParticipantAddedEventData,
  isAcsCallParticipantRemovedEventData,
  isAcsCallStartedEventData,
  isAcsChatAzureBotCommandReceivedInThreadEventData,
  isAcsChatMemberAddedToThreadWithUserEventData,
  isAcsChatMemberRemovedFromThreadWithUserEventData,
  isAcsChatMessageDeletedEventData,
  isAcsChatMessageDeletedInThreadEventData,
  isAcsChatMessageEditedEventData,
  isAcsChatMessageEditedInThreadEventData,
  isAcsChatMessageReceivedEventData,
  isAcsChatMessageReceivedInThreadEventData,
  isAcsChatParticipantAddedToThreadWithUserEventData,
  isAcsChatParticipantRemovedFromThreadWithUserEventData,
  isAcsChatThreadCreatedEventData,
  isAcsChatThreadCreatedWithUserEventData,
  isAcsChatThreadDeletedEventData,
  isAcsChatThreadParticipantAddedEventData,
  isAcsChatThreadParticipantRemovedEventData,
  isAcsChatThreadPropertiesUpdatedEventData,
  isAcsChatThreadPropertiesUpdatedPerUserEventData,
  isAcsChatThreadWithUserDeletedEventData,
  isAcsChatTypingIndicatorReceivedInThreadEventData,
  isAcsEmailDeliveryReportReceivedEventData,
  isAcsEmailEngagementTrackingReportReceivedEventData,
  isAcsIncomingCallEventData,
  isAcsInstantMessageDeletedEventData,
  isAcsInstantMessageEditedEventData,
  isAcsInstantMessageReceivedEventData,
  isAcsRecordingFileStatusUpdatedEventData,
  isAcsRouterJobCancelledEventData,
  isAcsRouterJobClassificationFailedEventData,
  isAcsRouterJobClassifiedEventData,
  isAcsRouterJobClosedEventData,
  isAcsRouterJobCompletedEventData,
  isAcsRouterJobDeletedEventData,
  isAcsRouterJobExceptionTriggeredEventData,
  isAcsRouterJobQueuedEventData,
  isAcsRouterJobReceivedEventData,
  isAcsRouterJobSchedulingFailedEventData,
  isAcsRouterJobUnassignedEventData,
  isAcsRouterJobWaitingForActivationEventData,
  isAcsRouterJobWorkerSelectorsExpiredEventData,
  isAcsRouterWorkerDeletedEventData,
  isAcsRouterWorkerDeregisteredEventData,
  isAcsRouterWorkerOfferAcceptedEventData,
  isAcsRouterWorkerOfferDeclinedEventData,
  isAcsRouterWorkerOfferExpiredEventData,
  isAcsRouterWorkerOfferIssuedEventData,
  isAcsRouterWorkerOfferRevokedEventData,
  isAcsRouterWorkerRegisteredEventData,
  isAcsRouterWorkerUpdatedEventData,
  isAcsSmsDeliveryReportReceivedEventData,
  isAcsSmsReceivedEventData,
  isAcsUserDisconnectedEventData,
  isAdvancedMessageButtonContent,
  isAdvancedMessageChannelEventError,
  isAdvancedMessageContext,
  isAdvancedMessageEventBase,
  isAdvancedMessageInteractiveButtonReplyContent,
  isAdvancedMessageInteractiveContent,
  isAdvancedMessageInteractiveListReplyContent,
  isAdvancedMessageLanguageDetection,
  isAdvancedMessageMediaContent,
  isAdvancedMessageReactionContent,
  isCallEndReason,
  isCallEndedBy,
  isCallGroup,
  isCallParticipant,
  isCallParticipantEventBase,
  isCallRoom,
  isCallingEventBase,
  isChatInThreadEventBase,
  isChatMessageInThreadEventBase,
  isChatMessageMetadata,
  isChatParticipant,
  isChatThreadMember,
  isChatThreadMetadata,
  isChatThreadProperties,
  isCloudEvent,
  isCommunicationIdentifier,
  isCommunicationUserIdentifier,
  isEmailDeliveryStatusDetails,
  isEventGridEvent,
  isIncomingCallCustomContext,
  isMicrosoftTeamsAppIdentifier,
  isMicrosoftTeamsUserIdentifier,
  isPhoneNumberIdentifier,
  isRecordingChunkInfo,
  isRecordingStorageInfo,
  isRouterChannelConfiguration,
  isRouterCommunicationError,
  isRouterEventBase,
  isRouterJobEventBase,
  isRouterLabels,
  isRouterQueueDetails,
  isRouterWorker,
  isRouterWorkerEventBase,
  isRouterWorkerSelector,
  isSmsDeliveryAttempt,
  validateAcsAdvancedMessageAnalysisCompletedEventData,
  validateAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  validateAcsAdvancedMessageReceivedEventData,
  validateAcsCallEndedEventData,
  validateAcsCallParticipantAddedEventData,
  validateAcsCallParticipantRemovedEventData,
  validateAcsCallStartedEventData,
  validateAcsChatAzureBotCommandReceivedInThreadEventData,
  validateAcsChatMemberAddedToThreadWithUserEventData,
  validateAcsChatMemberRemovedFromThreadWithUserEventData,
  validateAcsChatMessageDeletedEventData,
  validateAcsChatMessageDeletedInThreadEventData,
  validateAcsChatMessageEditedEventData,
  validateAcsChatMessageEditedInThreadEventData,
  validateAcsChatMessageReceivedEventData,
  validateAcsChatMessageReceivedInThreadEventData,
  validateAcsChatParticipantAddedToThreadWithUserEventData,
  validateAcsChatParticipantRemovedFromThreadWithUserEventData,
  validateAcsChatThreadCreatedEventData,
  validateAcsChatThreadCreatedWithUserEventData,
  validateAcsChatThreadDeletedEventData,
  validateAcsChatThreadParticipantAddedEventData,
  validateAcsChatThreadParticipantRemovedEventData,
  validateAcsChatThreadPropertiesUpdatedEventData,
  validateAcsChatThreadPropertiesUpdatedPerUserEventData,
  validateAcsChatThreadWithUserDeletedEventData,
  validateAcsChatTypingIndicatorReceivedInThreadEventData,
  validateAcsEmailDeliveryReportReceivedEventData,
  validateAcsEmailEngagementTrackingReportReceivedEventData,
  validateAcsIncomingCallEventData,
  validateAcsInstantMessageDeletedEventData,
  validateAcsInstantMessageEditedEventData,
  validateAcsInstantMessageReceivedEventData,
  validateAcsRecordingFileStatusUpdatedEventData,
  validateAcsRouterJobCancelledEventData,
  validateAcsRouterJobClassificationFailedEventData,
  validateAcsRouterJobClassifiedEventData,
  validateAcsRouterJobClosedEventData,
  validateAcsRouterJobCompletedEventData,
  validateAcsRouterJobDeletedEventData,
  validateAcsRouterJobExceptionTriggeredEventData,
  validateAcsRouterJobQueuedEventData,
  validateAcsRouterJobReceivedEventData,
  validateAcsRouterJobSchedulingFailedEventData,
  validateAcsRouterJobUnassignedEventData,
  validateAcsRouterJobWaitingForActivationEventData,
  validateAcsRouterJobWorkerSelectorsExpiredEventData,
  validateAcsRouterWorkerDeletedEventData,
  validateAcsRouterWorkerDeregisteredEventData,
  validateAcsRouterWorkerOfferAcceptedEventData,
  validateAcsRouterWorkerOfferDeclinedEventData,
  validateAcsRouterWorkerOfferExpiredEventData,
  validateAcsRouterWorkerOfferIssuedEventData,
  validateAcsRouterWorkerOfferRevokedEventData,
  validateAcsRouterWorkerRegisteredEventData,
  validateAcsRouterWorkerUpdatedEventData,
  validateAcsSmsDeliveryReportReceivedEventData,
  validateAcsSmsReceivedEventData,
  validateAcsUserDisconnectedEventData,
  validateAdvancedMessageButtonContent,
  validateAdvancedMessageChannelEventError,
  validateAdvancedMessageContext,
  validateAdvancedMessageEventBase,
  validateAdvancedMessageInteractiveButtonReplyContent,
  validateAdvancedMessageInteractiveContent,
  validateAdvancedMessageInteractiveListReplyContent,
  validateAdvancedMessageLanguageDetection,
  validateAdvancedMessageMediaContent,
  validateAdvancedMessageReactionContent,
  validateCallEndReason,
  validateCallEndedBy,
  validateCallGroup,
  validateCallParticipant,
  validateCallParticipantEventBase,
  validateCallRoom,
  validateCallingEventBase,
  validateChatInThreadEventBase,
  validateChatMessageInThreadEventBase,
  validateChatMessageMetadata,
  validateChatParticipant,
  validateChatThreadMember,
  validateChatThreadMetadata,
  validateChatThreadProperties,
  validateCloudEvent,
  validateCommunicationIdentifier,
  validateCommunicationUserIdentifier,
  validateEmailDeliveryStatusDetails,
  validateEventGridEvent,
  validateIncomingCallCustomContext,
  validateMicrosoftTeamsAppIdentifier,
  validateMicrosoftTeamsUserIdentifier,
  validatePhoneNumberIdentifier,
  validateRecordingChunkInfo,
  validateRecordingStorageInfo,
  validateRouterChannelConfiguration,
  validateRouterCommunicationError,
  validateRouterEventBase,
  validateRouterJobEventBase,
  validateRouterLabels,
  validateRouterQueueDetails,
  validateRouterWorker,
  validateRouterWorkerEventBase,
  validateRouterWorkerSelector,
  validateSmsDeliveryAttempt
};
