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
  $errors,
  $fail,
  $caught,
  $reported,
  $checkStringProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
import { $wireForms } from "../../support/wire-normalization.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
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
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsChatMessageDeletedInThreadEventData(data, options?.strict === true);
      } catch {
      }
    }
    if (!passes) $checkAcsChatMessageDeletedInThreadEventData(data, "", errors, options?.strict === true);
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
  if (typeof v2 !== "string" || "deleteTime" in r1 && !$hasOwn.call(v, "deleteTime")) return false;
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
  if (typeof v10 !== "string" || "composeTime" in r1 && !$hasOwn.call(v, "composeTime")) return false;
  const v11 = v["transactionId"];
  if (typeof v11 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v12 = v["threadId"];
  if (typeof v12 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (!$dateTime(v2)) return false;
  if (!$dateTime(v10)) return false;
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
export {
  isAcsChatMessageDeletedInThreadEventData,
  validateAcsChatMessageDeletedInThreadEventData
};
