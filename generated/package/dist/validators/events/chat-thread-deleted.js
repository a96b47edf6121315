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
  if (typeof v5 !== "string" || "deleteTime" in r1 && !$hasOwn.call(v, "deleteTime")) return false;
  const v6 = v["createTime"];
  if (typeof v6 !== "string" || "createTime" in r1 && !$hasOwn.call(v, "createTime")) return false;
  const v7 = v["version"];
  if (v7 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v7 !== "number" || !Number.isInteger(v7)) return false;
  const v8 = v["transactionId"];
  if (typeof v8 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v9 = v["threadId"];
  if (typeof v9 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (!$dateTime(v5)) return false;
  if (!$dateTime(v6)) return false;
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
export {
  isAcsChatThreadDeletedEventData,
  validateAcsChatThreadDeletedEventData
};
