// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $esc,
  $fail,
  $validate,
  $nullProto,
  $isStringProperty,
  $checkStringProperty,
  $isIntegerProperty,
  $checkIntegerProperty,
  $isBooleanProperty,
  $checkBooleanProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty
} from "./support/validation.js";
function validateChatMessageMetadata(value, options) {
  return $validate($isChatMessageMetadata, $checkChatMessageMetadata, value, options);
}
function isChatMessageMetadata(value) {
  try {
    return $isChatMessageMetadata(value, false);
  } catch {
    return false;
  }
}
function $isChatMessageMetadata(v, _s) {
  if (!$isObject(v)) return false;
  for (const k1 in v) {
    if (!$hasOwn.call(v, k1)) continue;
    const v2 = v[k1];
    if (typeof v2 !== "string") return false;
  }
  return true;
}
function $checkChatMessageMetadata(v, p, e, _s) {
  if ($checkObject(e, p, v)) {
    for (const k1 in v) {
      if (!$hasOwn.call(v, k1)) continue;
      const v2 = v[k1];
      if (typeof v2 !== "string") {
        $fail(e, p + "/" + $esc(k1), "must be a string", "string", $type(v2));
      }
    }
  }
}
function validateChatParticipant(value, options) {
  return $validate($isChatParticipant, $checkChatParticipant, value, options);
}
function isChatParticipant(value) {
  try {
    return $isChatParticipant(value, false);
  } catch {
    return false;
  }
}
function $isChatParticipant(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "displayName", v["displayName"])) return false;
  const v1 = v["participantCommunicationIdentifier"];
  if (!$own(v, "participantCommunicationIdentifier", v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  if (s) {
    if (!$onlyKeys(v, ["displayName", "participantCommunicationIdentifier"])) return false;
  }
  return true;
}
function $checkChatParticipant(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "displayName", v["displayName"]);
    const v1 = v["participantCommunicationIdentifier"];
    if ($has(e, p, v, "participantCommunicationIdentifier", v1, "CommunicationIdentifier")) {
      $checkCommunicationIdentifier(v1, p + "/participantCommunicationIdentifier", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["displayName", "participantCommunicationIdentifier"]);
    }
  }
}
function validateChatThreadMember(value, options) {
  return $validate($isChatThreadMember, $checkChatThreadMember, value, options);
}
function isChatThreadMember(value) {
  try {
    return $isChatThreadMember(value, false);
  } catch {
    return false;
  }
}
function $isChatThreadMember(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "displayName", v["displayName"])) return false;
  if (!$isStringProperty(v, "memberId", v["memberId"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["displayName", "memberId"])) return false;
  }
  return true;
}
function $checkChatThreadMember(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "displayName", v["displayName"]);
    $checkStringProperty(e, p, v, "memberId", v["memberId"]);
    if (s) {
      $extraKeys(e, p, v, ["displayName", "memberId"]);
    }
  }
}
function validateChatThreadProperties(value, options) {
  return $validate($isChatThreadProperties, $checkChatThreadProperties, value, options);
}
function isChatThreadProperties(value) {
  try {
    return $isChatThreadProperties(value, false);
  } catch {
    return false;
  }
}
function $isChatThreadProperties(v, _s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "topic", v["topic"], true)) return false;
  return true;
}
function $checkChatThreadProperties(v, p, e, _s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "topic", v["topic"], true);
  }
}
function validateCommunicationIdentifier(value, options) {
  return $validate(
    $isCommunicationIdentifier,
    $checkCommunicationIdentifier,
    value,
    options
  );
}
function isCommunicationIdentifier(value) {
  try {
    return $isCommunicationIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isCommunicationIdentifier(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "rawId", v["rawId"])) return false;
  const v1 = v["communicationUser"];
  if ($own(v, "communicationUser", v1)) {
    if (!$isCommunicationUserIdentifier(v1, s)) return false;
  }
  const v3 = v["phoneNumber"];
  if ($own(v, "phoneNumber", v3)) {
    if (!$isPhoneNumberIdentifier(v3, s)) return false;
  }
  const v5 = v["microsoftTeamsUser"];
  if ($own(v, "microsoftTeamsUser", v5)) {
    if (!$isMicrosoftTeamsUserIdentifier(v5, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["rawId", "communicationUser", "phoneNumber", "microsoftTeamsUser"])) return false;
  }
  return true;
}
function $checkCommunicationIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "rawId", v["rawId"]);
    const v1 = v["communicationUser"];
    if ($has(e, p, v, "communicationUser", v1)) {
      $checkCommunicationUserIdentifier(v1, p + "/communicationUser", e, s);
    }
    const v3 = v["phoneNumber"];
    if ($has(e, p, v, "phoneNumber", v3)) {
      $checkPhoneNumberIdentifier(v3, p + "/phoneNumber", e, s);
    }
    const v5 = v["microsoftTeamsUser"];
    if ($has(e, p, v, "microsoftTeamsUser", v5)) {
      $checkMicrosoftTeamsUserIdentifier(v5, p + "/microsoftTeamsUser", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["rawId", "communicationUser", "phoneNumber", "microsoftTeamsUser"]);
    }
  }
}
function validateCommunicationUserIdentifier(value, options) {
  return $validate(
    $isCommunicationUserIdentifier,
    $checkCommunicationUserIdentifier,
    value,
    options
  );
}
function isCommunicationUserIdentifier(value) {
  try {
    return $isCommunicationUserIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isCommunicationUserIdentifier(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "id", v["id"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["id"])) return false;
  }
  return true;
}
function $checkCommunicationUserIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "id", v["id"]);
    if (s) {
      $extraKeys(e, p, v, ["id"]);
    }
  }
}
function validateMicrosoftTeamsUserIdentifier(value, options) {
  return $validate(
    $isMicrosoftTeamsUserIdentifier,
    $checkMicrosoftTeamsUserIdentifier,
    value,
    options
  );
}
function isMicrosoftTeamsUserIdentifier(value) {
  try {
    return $isMicrosoftTeamsUserIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isMicrosoftTeamsUserIdentifier(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "userId", v["userId"])) return false;
  if (!$isBooleanProperty(v, "isAnonymous", v["isAnonymous"], true)) return false;
  const v1 = v["cloud"];
  if ($own(v, "cloud", v1)) {
    if (typeof v1 !== "string") return false;
    if (v1 !== "public" && v1 !== "dod" && v1 !== "gcch") return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["userId", "isAnonymous", "cloud"])) return false;
  }
  return true;
}
function $checkMicrosoftTeamsUserIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "userId", v["userId"]);
    $checkBooleanProperty(e, p, v, "isAnonymous", v["isAnonymous"], true);
    const v1 = v["cloud"];
    if ($has(e, p, v, "cloud", v1)) {
      if (typeof v1 !== "string") {
        $fail(e, p + "/cloud", "must be a string", "string", $type(v1));
      } else {
        if (v1 !== "public" && v1 !== "dod" && v1 !== "gcch") {
          $fail(
            e,
            p + "/cloud",
            'must be one of "public" | "dod" | "gcch"',
            '"public" | "dod" | "gcch"',
            $show(v1)
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["userId", "isAnonymous", "cloud"]);
    }
  }
}
function validatePhoneNumberIdentifier(value, options) {
  return $validate(
    $isPhoneNumberIdentifier,
    $checkPhoneNumberIdentifier,
    value,
    options
  );
}
function isPhoneNumberIdentifier(value) {
  try {
    return $isPhoneNumberIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isPhoneNumberIdentifier(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "value", v["value"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["value"])) return false;
  }
  return true;
}
function $checkPhoneNumberIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "value", v["value"]);
    if (s) {
      $extraKeys(e, p, v, ["value"]);
    }
  }
}
function validateSmsDeliveryAttempt(value, options) {
  return $validate($isSmsDeliveryAttempt, $checkSmsDeliveryAttempt, value, options);
}
function isSmsDeliveryAttempt(value) {
  try {
    return $isSmsDeliveryAttempt(value, false);
  } catch {
    return false;
  }
}
function $isSmsDeliveryAttempt(v, s) {
  if (!$isObject(v)) return false;
  if (!$isDateTimeProperty(v, "timestamp", v["timestamp"])) return false;
  if (!$isIntegerProperty(v, "segmentsSucceeded", v["segmentsSucceeded"])) return false;
  if (!$isIntegerProperty(v, "segmentsFailed", v["segmentsFailed"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["timestamp", "segmentsSucceeded", "segmentsFailed"])) return false;
  }
  return true;
}
function $checkSmsDeliveryAttempt(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkDateTimeProperty(e, p, v, "timestamp", v["timestamp"]);
    $checkIntegerProperty(e, p, v, "segmentsSucceeded", v["segmentsSucceeded"]);
    $checkIntegerProperty(e, p, v, "segmentsFailed", v["segmentsFailed"]);
    if (s) {
      $extraKeys(e, p, v, ["timestamp", "segmentsSucceeded", "segmentsFailed"]);
    }
  }
}
function validateAcsChatMessageReceivedEventData(value, options) {
  return $validate(
    $isAcsChatMessageReceivedEventData,
    $checkAcsChatMessageReceivedEventData,
    value,
    options
  );
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
  if (!$isIntegerProperty(v, "version", v["version"])) return false;
  if (!$isStringProperty(v, "recipientId", v["recipientId"])) return false;
  const v5 = v["recipientCommunicationIdentifier"];
  if ($own(v, "recipientCommunicationIdentifier", v5)) {
    if (!$isCommunicationIdentifier(v5, s)) return false;
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
    $checkIntegerProperty(e, p, v, "version", v["version"]);
    $checkStringProperty(e, p, v, "recipientId", v["recipientId"]);
    const v5 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, v, "recipientCommunicationIdentifier", v5)) {
      $checkCommunicationIdentifier(v5, p + "/recipientCommunicationIdentifier", e, s);
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
  if (!$isStringProperty(v, "messageBody", v["messageBody"])) return false;
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
    $checkStringProperty(e, p, v, "messageBody", v["messageBody"]);
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
function validateAcsSmsReceivedEventData(value, options) {
  return $validate(
    $isAcsSmsReceivedEventData,
    $checkAcsSmsReceivedEventData,
    value,
    options
  );
}
function isAcsSmsReceivedEventData(value) {
  try {
    return $isAcsSmsReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsSmsReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "messageId", v["messageId"])) return false;
  if (!$isStringProperty(v, "from", v["from"])) return false;
  if (!$isStringProperty(v, "to", v["to"])) return false;
  if (!$isStringProperty(v, "message", v["message"])) return false;
  if (!$isDateTimeProperty(v, "receivedTimestamp", v["receivedTimestamp"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["messageId", "from", "to", "message", "receivedTimestamp"])) return false;
  }
  return true;
}
function $checkAcsSmsReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, v, "from", v["from"]);
    $checkStringProperty(e, p, v, "to", v["to"]);
    $checkStringProperty(e, p, v, "message", v["message"]);
    $checkDateTimeProperty(e, p, v, "receivedTimestamp", v["receivedTimestamp"]);
    if (s) {
      $extraKeys(e, p, v, ["messageId", "from", "to", "message", "receivedTimestamp"]);
    }
  }
}
function validateEventGridEvent(value, options) {
  return $validate($isEventGridEvent, $checkEventGridEvent, value, options);
}
function isEventGridEvent(value) {
  try {
    return $isEventGridEvent(value, false);
  } catch {
    return false;
  }
}
function $isEventGridEvent(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "id", v["id"])) return false;
  if (!$isStringProperty(v, "topic", v["topic"], true)) return false;
  if (!$isStringProperty(v, "subject", v["subject"])) return false;
  if (!$isStringProperty(v, "eventType", v["eventType"])) return false;
  if (!$isDateTimeProperty(v, "eventTime", v["eventTime"])) return false;
  const v1 = v["data"];
  if (!$own(v, "data", v1)) return false;
  if (!$isStringProperty(v, "dataVersion", v["dataVersion"])) return false;
  if (!$isStringProperty(v, "metadataVersion", v["metadataVersion"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "id",
      "topic",
      "subject",
      "eventType",
      "eventTime",
      "data",
      "dataVersion",
      "metadataVersion"
    ]))
      return false;
  }
  return true;
}
function $checkEventGridEvent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "id", v["id"]);
    $checkStringProperty(e, p, v, "topic", v["topic"], true);
    $checkStringProperty(e, p, v, "subject", v["subject"]);
    $checkStringProperty(e, p, v, "eventType", v["eventType"]);
    $checkDateTimeProperty(e, p, v, "eventTime", v["eventTime"]);
    const v1 = v["data"];
    $has(e, p, v, "data", v1, "any");
    $checkStringProperty(e, p, v, "dataVersion", v["dataVersion"]);
    $checkStringProperty(e, p, v, "metadataVersion", v["metadataVersion"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "id",
        "topic",
        "subject",
        "eventType",
        "eventTime",
        "data",
        "dataVersion",
        "metadataVersion"
      ]);
    }
  }
}
function validateCloudEvent(value, options) {
  return $validate($isCloudEvent, $checkCloudEvent, value, options);
}
function isCloudEvent(value) {
  try {
    return $isCloudEvent(value, false);
  } catch {
    return false;
  }
}
function $isCloudEvent(v, s) {
  if (!$isObject(v)) return false;
  const v1 = v["specversion"];
  if (!$own(v, "specversion", v1)) return false;
  if (typeof v1 !== "string") return false;
  if (v1 !== "1.0") return false;
  if (!$isStringProperty(v, "id", v["id"])) return false;
  if (!$isStringProperty(v, "source", v["source"])) return false;
  if (!$isStringProperty(v, "type", v["type"])) return false;
  if (!$isStringProperty(v, "subject", v["subject"], true)) return false;
  if (!$isDateTimeProperty(v, "time", v["time"], true)) return false;
  if (!$isStringProperty(v, "datacontenttype", v["datacontenttype"], true)) return false;
  if (!$isStringProperty(v, "dataschema", v["dataschema"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "specversion",
      "id",
      "source",
      "type",
      "subject",
      "time",
      "datacontenttype",
      "dataschema",
      "data"
    ]))
      return false;
  }
  return true;
}
function $checkCloudEvent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const v1 = v["specversion"];
    if ($has(e, p, v, "specversion", v1, '"1.0"')) {
      if (typeof v1 !== "string") {
        $fail(e, p + "/specversion", "must be a string", "string", $type(v1));
      } else {
        if (v1 !== "1.0") {
          $fail(e, p + "/specversion", 'must be "1.0"', '"1.0"', $show(v1));
        }
      }
    }
    $checkStringProperty(e, p, v, "id", v["id"]);
    $checkStringProperty(e, p, v, "source", v["source"]);
    $checkStringProperty(e, p, v, "type", v["type"]);
    $checkStringProperty(e, p, v, "subject", v["subject"], true);
    $checkDateTimeProperty(e, p, v, "time", v["time"], true);
    $checkStringProperty(e, p, v, "datacontenttype", v["datacontenttype"], true);
    $checkStringProperty(e, p, v, "dataschema", v["dataschema"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "specversion",
        "id",
        "source",
        "type",
        "subject",
        "time",
        "datacontenttype",
        "dataschema",
        "data"
      ]);
    }
  }
}
const dataValidators = /* @__PURE__ */ $nullProto({
  "Microsoft.Communication.ChatMessageReceived": validateAcsChatMessageReceivedEventData,
  "Microsoft.Communication.InstantMessageReceived": validateAcsInstantMessageReceivedEventData,
  "Microsoft.Communication.SMSReceived": validateAcsSmsReceivedEventData
});
const dataGuards = /* @__PURE__ */ $nullProto({
  "Microsoft.Communication.ChatMessageReceived": isAcsChatMessageReceivedEventData,
  "Microsoft.Communication.InstantMessageReceived": isAcsInstantMessageReceivedEventData,
  "Microsoft.Communication.SMSReceived": isAcsSmsReceivedEventData
});
export {
  dataGuards,
  dataValidators,
  isAcsChatMessageReceivedEventData,
  isAcsInstantMessageReceivedEventData,
  isAcsSmsReceivedEventData,
  isChatMessageMetadata,
  isChatParticipant,
  isChatThreadMember,
  isChatThreadProperties,
  isCloudEvent,
  isCommunicationIdentifier,
  isCommunicationUserIdentifier,
  isEventGridEvent,
  isMicrosoftTeamsUserIdentifier,
  isPhoneNumberIdentifier,
  isSmsDeliveryAttempt,
  validateAcsChatMessageReceivedEventData,
  validateAcsInstantMessageReceivedEventData,
  validateAcsSmsReceivedEventData,
  validateChatMessageMetadata,
  validateChatParticipant,
  validateChatThreadMember,
  validateChatThreadProperties,
  validateCloudEvent,
  validateCommunicationIdentifier,
  validateCommunicationUserIdentifier,
  validateEventGridEvent,
  validateMicrosoftTeamsUserIdentifier,
  validatePhoneNumberIdentifier,
  validateSmsDeliveryAttempt
};
