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
import { $isChatThreadMember, $checkChatThreadMember } from "../definitions/ChatThreadMember.js";
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
  if (typeof v2 !== "string" || "time" in r1 && !$hasOwn.call(v, "time")) return false;
  const v3 = v["removedBy"];
  if (typeof v3 !== "string" || "removedBy" in r1 && !$hasOwn.call(v, "removedBy")) return false;
  const v4 = v["memberRemoved"];
  if (v4 === void 0 || "memberRemoved" in r1 && !$hasOwn.call(v, "memberRemoved")) return false;
  if (!$isChatThreadMember(v4, s)) return false;
  const v7 = v["createTime"];
  if (typeof v7 !== "string" || "createTime" in r1 && !$hasOwn.call(v, "createTime")) return false;
  const v8 = v["version"];
  if (typeof v8 !== "number" || !Number.isInteger(v8) || "version" in r1 && !$hasOwn.call(v, "version"))
    return false;
  const v9 = v["recipientId"];
  if (typeof v9 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v10 = v["transactionId"];
  if (typeof v10 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v11 = v["threadId"];
  if (typeof v11 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (!$dateTime(v2)) return false;
  if (!$dateTime(v7)) return false;
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
export {
  isAcsChatMemberRemovedFromThreadWithUserEventData,
  validateAcsChatMemberRemovedFromThreadWithUserEventData
};
