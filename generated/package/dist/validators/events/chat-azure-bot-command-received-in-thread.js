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
import { $isChatMessageMetadata, $checkChatMessageMetadata } from "../definitions/ChatMessageMetadata.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
function validateAcsChatAzureBotCommandReceivedInThreadEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatAzureBotCommandReceivedInThreadEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAcsChatAzureBotCommandReceivedInThreadEventData(value) {
  try {
    return $isAcsChatAzureBotCommandReceivedInThreadEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatAzureBotCommandReceivedInThreadEventData(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "transactionId", v["transactionId"])) return false;
  if (!$isStringProperty(v, "threadId", v["threadId"])) return false;
  if (!$isStringProperty(v, "messageId", v["messageId"])) return false;
  const v3 = v["senderCommunicationIdentifier"];
  if (!$own(v, "senderCommunicationIdentifier", v3)) return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  if (!$isStringProperty(v, "senderDisplayName", v["senderDisplayName"], true)) return false;
  if (!$isDateTimeProperty(v, "composeTime", v["composeTime"], true)) return false;
  if (!$isStringProperty(v, "type", v["type"])) return false;
  const v5 = v["version"];
  if ($own(v, "version", v5)) {
    if (typeof v5 !== "number" || !Number.isInteger(v5)) return false;
    if (!$int64(v5)) return false;
  }
  if (!$isStringProperty(v, "messageBody", v["messageBody"])) return false;
  const v6 = v["metadata"];
  if ($own(v, "metadata", v6)) {
    if (!$isChatMessageMetadata(v6, s)) return false;
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
      "version",
      "messageBody",
      "metadata"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatAzureBotCommandReceivedInThreadEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, v, "threadId", v["threadId"]);
    $checkStringProperty(e, p, v, "messageId", v["messageId"]);
    const v3 = v["senderCommunicationIdentifier"];
    if ($has(e, p, v, "senderCommunicationIdentifier", v3, "CommunicationIdentifier")) {
      $checkCommunicationIdentifier(v3, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, v, "senderDisplayName", v["senderDisplayName"], true);
    $checkDateTimeProperty(e, p, v, "composeTime", v["composeTime"], true);
    $checkStringProperty(e, p, v, "type", v["type"]);
    const v5 = v["version"];
    if ($has(e, p, v, "version", v5)) {
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v5));
      } else {
        if (!$int64(v5)) {
          $fail(e, p + "/version", "must be an integer (int64)", "int64", $show(v5));
        }
      }
    }
    $checkStringProperty(e, p, v, "messageBody", v["messageBody"]);
    const v6 = v["metadata"];
    if ($has(e, p, v, "metadata", v6)) {
      $checkChatMessageMetadata(v6, p + "/metadata", e, s);
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
        "version",
        "messageBody",
        "metadata"
      ]);
    }
  }
}
export {
  isAcsChatAzureBotCommandReceivedInThreadEventData,
  validateAcsChatAzureBotCommandReceivedInThreadEventData
};
