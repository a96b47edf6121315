// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $dateTime,
  $fail,
  $validate,
  $checkStringProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
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
  if (typeof v2 !== "string" || "deleteTime" in r1 && !$hasOwn.call(v, "deleteTime")) return false;
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
  if (typeof v9 !== "string" || "composeTime" in r1 && !$hasOwn.call(v, "composeTime")) return false;
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
  if (!$dateTime(v2)) return false;
  if (!$dateTime(v9)) return false;
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
export {
  isAcsChatMessageDeletedEventData,
  validateAcsChatMessageDeletedEventData
};
