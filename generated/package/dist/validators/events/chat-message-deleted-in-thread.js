// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $int64,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isDateTimeProperty,
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
  if (!$isDateTimeProperty(v, "deleteTime", v["deleteTime"])) return false;
  if (!$isStringProperty(v, "messageId", v["messageId"])) return false;
  if (!$isStringProperty(v, "type", v["type"])) return false;
  const v1 = v["version"];
  if (!$own(v, "version", v1)) return false;
  if (typeof v1 !== "number" || !Number.isInteger(v1)) return false;
  if (!$int64(v1)) return false;
  if (!$isStringProperty(v, "senderDisplayName", v["senderDisplayName"])) return false;
  const v2 = v["senderCommunicationIdentifier"];
  if (!$own(v, "senderCommunicationIdentifier", v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  if (!$isDateTimeProperty(v, "composeTime", v["composeTime"])) return false;
  if (!$isStringProperty(v, "transactionId", v["transactionId"])) return false;
  if (!$isStringProperty(v, "threadId", v["threadId"])) return false;
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
    $checkDateTimeProperty(e, p, v, "deleteTime", v["deleteTime"]);
    $checkStringProperty(e, p, v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, v, "type", v["type"]);
    const v1 = v["version"];
    if ($has(e, p, v, "version", v1, "int64")) {
      if (typeof v1 !== "number" || !Number.isInteger(v1)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v1));
      } else {
        if (!$int64(v1)) {
          $fail(e, p + "/version", "must be an integer (int64)", "int64", $show(v1));
        }
      }
    }
    $checkStringProperty(e, p, v, "senderDisplayName", v["senderDisplayName"]);
    const v2 = v["senderCommunicationIdentifier"];
    if ($has(e, p, v, "senderCommunicationIdentifier", v2, "CommunicationIdentifier")) {
      $checkCommunicationIdentifier(v2, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, v, "composeTime", v["composeTime"]);
    $checkStringProperty(e, p, v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, v, "threadId", v["threadId"]);
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
