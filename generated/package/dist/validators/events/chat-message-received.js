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
function validateAcsChatMessageReceivedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatMessageReceivedEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAcsChatMessageReceivedEventData(value) {
  try {
    return $isAcsChatMessageReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatMessageReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "messageBody", v["messageBody"])) return false;
  if (!$isStringProperty(v, "messageId", v["messageId"])) return false;
  const v1 = v["metadata"];
  if ($own(v, "metadata", v1)) {
    if (!$isChatMessageMetadata(v1, s)) return false;
  }
  if (!$isStringProperty(v, "senderId", v["senderId"])) return false;
  const v3 = v["senderCommunicationIdentifier"];
  if ($own(v, "senderCommunicationIdentifier", v3)) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  if (!$isStringProperty(v, "senderDisplayName", v["senderDisplayName"])) return false;
  if (!$isDateTimeProperty(v, "composeTime", v["composeTime"])) return false;
  if (!$isStringProperty(v, "type", v["type"])) return false;
  const v5 = v["version"];
  if (!$own(v, "version", v5)) return false;
  if (typeof v5 !== "number" || !Number.isInteger(v5)) return false;
  if (!$int64(v5)) return false;
  if (!$isStringProperty(v, "recipientId", v["recipientId"])) return false;
  const v6 = v["recipientCommunicationIdentifier"];
  if ($own(v, "recipientCommunicationIdentifier", v6)) {
    if (!$isCommunicationIdentifier(v6, s)) return false;
  }
  if (!$isStringProperty(v, "transactionId", v["transactionId"])) return false;
  if (!$isStringProperty(v, "threadId", v["threadId"])) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "messageBody",
      "messageId",
      "metadata",
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
function $checkAcsChatMessageReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "messageBody", v["messageBody"]);
    $checkStringProperty(e, p, v, "messageId", v["messageId"]);
    const v1 = v["metadata"];
    if ($has(e, p, v, "metadata", v1)) {
      $checkChatMessageMetadata(v1, p + "/metadata", e, s);
    }
    $checkStringProperty(e, p, v, "senderId", v["senderId"]);
    const v3 = v["senderCommunicationIdentifier"];
    if ($has(e, p, v, "senderCommunicationIdentifier", v3)) {
      $checkCommunicationIdentifier(v3, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, v, "senderDisplayName", v["senderDisplayName"]);
    $checkDateTimeProperty(e, p, v, "composeTime", v["composeTime"]);
    $checkStringProperty(e, p, v, "type", v["type"]);
    const v5 = v["version"];
    if ($has(e, p, v, "version", v5, "int64")) {
      if (typeof v5 !== "number" || !Number.isInteger(v5)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v5));
      } else {
        if (!$int64(v5)) {
          $fail(e, p + "/version", "must be an integer (int64)", "int64", $show(v5));
        }
      }
    }
    $checkStringProperty(e, p, v, "recipientId", v["recipientId"]);
    const v6 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, v, "recipientCommunicationIdentifier", v6)) {
      $checkCommunicationIdentifier(v6, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "messageBody",
        "messageId",
        "metadata",
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
  isAcsChatMessageReceivedEventData,
  validateAcsChatMessageReceivedEventData
};
