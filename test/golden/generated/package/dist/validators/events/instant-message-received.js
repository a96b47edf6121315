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
export {
  isAcsInstantMessageReceivedEventData,
  validateAcsInstantMessageReceivedEventData
};
