// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isIntegerProperty,
  $checkIntegerProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
import { $isChatThreadMember, $checkChatThreadMember } from "../definitions/ChatThreadMember.js";
function validateAcsChatMemberAddedToThreadWithUserEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatMemberAddedToThreadWithUserEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  if (!$isDateTimeProperty(v, "time", v["time"])) return false;
  if (!$isStringProperty(v, "addedBy", v["addedBy"])) return false;
  const v1 = v["memberAdded"];
  if (!$own(v, "memberAdded", v1)) return false;
  if (!$isChatThreadMember(v1, s)) return false;
  if (!$isDateTimeProperty(v, "createTime", v["createTime"])) return false;
  if (!$isIntegerProperty(v, "version", v["version"])) return false;
  if (!$isStringProperty(v, "recipientId", v["recipientId"])) return false;
  if (!$isStringProperty(v, "transactionId", v["transactionId"])) return false;
  if (!$isStringProperty(v, "threadId", v["threadId"])) return false;
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
    $checkDateTimeProperty(e, p, v, "time", v["time"]);
    $checkStringProperty(e, p, v, "addedBy", v["addedBy"]);
    const v1 = v["memberAdded"];
    if ($has(e, p, v, "memberAdded", v1, "ChatThreadMember")) {
      $checkChatThreadMember(v1, p + "/memberAdded", e, s);
    }
    $checkDateTimeProperty(e, p, v, "createTime", v["createTime"]);
    $checkIntegerProperty(e, p, v, "version", v["version"]);
    $checkStringProperty(e, p, v, "recipientId", v["recipientId"]);
    $checkStringProperty(e, p, v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, v, "threadId", v["threadId"]);
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
export {
  isAcsChatMemberAddedToThreadWithUserEventData,
  validateAcsChatMemberAddedToThreadWithUserEventData
};
