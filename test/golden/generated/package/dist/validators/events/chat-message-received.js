// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $dateTime,
  $validate,
  $checkStringProperty,
  $checkIntegerProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
import { $isChatMessageMetadata, $checkChatMessageMetadata } from "../definitions/ChatMessageMetadata.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
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
  if (typeof v12 !== "string" || "composeTime" in r1 && !$hasOwn.call(v, "composeTime")) return false;
  const v13 = v["type"];
  if (typeof v13 !== "string" || "type" in r1 && !$hasOwn.call(v, "type")) return false;
  const v14 = v["version"];
  if (typeof v14 !== "number" || !Number.isInteger(v14) || "version" in r1 && !$hasOwn.call(v, "version"))
    return false;
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
  if (!$dateTime(v12)) return false;
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
    $checkIntegerProperty(e, p, "version" in r1 && v, "version", v["version"]);
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    const v8 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, "recipientCommunicationIdentifier" in r1 && v, "recipientCommunicationIdentifier", v8)) {
      $checkCommunicationIdentifier(v8, p + "/recipientCommunicationIdentifier", e, s);
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
export {
  isAcsChatMessageReceivedEventData,
  validateAcsChatMessageReceivedEventData
};
