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
import { $isCommunicationIdentifier, $checkCommunicationIdentifier } from "./CommunicationIdentifier.js";
function validateChatMessageInThreadEventBase(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatMessageInThreadEventBase(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, "transactionId", v["transactionId"])) return false;
  if (!$isStringProperty(v, "threadId", v["threadId"])) return false;
  if (!$isStringProperty(v, "messageId", v["messageId"])) return false;
  const v2 = v["senderCommunicationIdentifier"];
  if (!$own(v, "senderCommunicationIdentifier", v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  if (!$isStringProperty(v, "senderDisplayName", v["senderDisplayName"], true)) return false;
  if (!$isDateTimeProperty(v, "composeTime", v["composeTime"], true)) return false;
  if (!$isStringProperty(v, "type", v["type"])) return false;
  const v4 = v["version"];
  if ($own(v, "version", v4)) {
    if (typeof v4 !== "number" || !Number.isInteger(v4)) return false;
    if (!$int64(v4)) return false;
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
    $checkStringProperty(e, p, v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, v, "threadId", v["threadId"]);
    $checkStringProperty(e, p, v, "messageId", v["messageId"]);
    const v2 = v["senderCommunicationIdentifier"];
    if ($has(e, p, v, "senderCommunicationIdentifier", v2, "CommunicationIdentifier")) {
      $checkCommunicationIdentifier(v2, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, v, "senderDisplayName", v["senderDisplayName"], true);
    $checkDateTimeProperty(e, p, v, "composeTime", v["composeTime"], true);
    $checkStringProperty(e, p, v, "type", v["type"]);
    const v4 = v["version"];
    if ($has(e, p, v, "version", v4)) {
      if (typeof v4 !== "number" || !Number.isInteger(v4)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v4));
      } else {
        if (!$int64(v4)) {
          $fail(e, p + "/version", "must be an integer (int64)", "int64", $show(v4));
        }
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
export {
  $checkChatMessageInThreadEventBase,
  $isChatMessageInThreadEventBase,
  isChatMessageInThreadEventBase,
  validateChatMessageInThreadEventBase
};
