// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
import { $wireForms } from "../../support/wire-normalization.js";
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
  if (!$isStringProperty(v, "messageBody", v["messageBody"])) return false;
  if (!$isStringProperty(v, "version", v["version"])) return false;
  if (!$isDateTimeProperty(v, "composeTime", v["composeTime"])) return false;
  if (!$isDateTimeProperty(v, "editTime", v["editTime"])) return false;
  if (!$isStringProperty(v, "senderId", v["senderId"])) return false;
  if (!$isStringProperty(v, "senderDisplayName", v["senderDisplayName"])) return false;
  if (!$isStringProperty(v, "recipientId", v["recipientId"])) return false;
  if (!$isStringProperty(v, "transactionId", v["transactionId"])) return false;
  if (!$isStringProperty(v, "groupId", v["groupId"])) return false;
  if (!$isStringProperty(v, "collapseId", v["collapseId"])) return false;
  if (!$isStringProperty(v, "messageId", v["messageId"])) return false;
  if (!$isStringProperty(v, "messageType", v["messageType"])) return false;
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
    $checkStringProperty(e, p, v, "messageBody", v["messageBody"]);
    $checkStringProperty(e, p, v, "version", v["version"]);
    $checkDateTimeProperty(e, p, v, "composeTime", v["composeTime"]);
    $checkDateTimeProperty(e, p, v, "editTime", v["editTime"]);
    $checkStringProperty(e, p, v, "senderId", v["senderId"]);
    $checkStringProperty(e, p, v, "senderDisplayName", v["senderDisplayName"]);
    $checkStringProperty(e, p, v, "recipientId", v["recipientId"]);
    $checkStringProperty(e, p, v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, v, "groupId", v["groupId"]);
    $checkStringProperty(e, p, v, "collapseId", v["collapseId"]);
    $checkStringProperty(e, p, v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, v, "messageType", v["messageType"]);
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
export {
  isAcsInstantMessageEditedEventData,
  validateAcsInstantMessageEditedEventData
};
