// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $esc,
  $dateTime,
  $fail,
  $validate,
  $nullProto,
  $checkStringProperty,
  $checkIntegerProperty,
  $checkBooleanProperty,
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
  for (const k2 in v) {
    if (!$hasOwn.call(v, k2)) continue;
    const v3 = v[k2];
    if (typeof v3 !== "string") return false;
  }
  return true;
}
function $checkChatMessageMetadata(v, p, e, _s) {
  if ($checkObject(e, p, v)) {
    for (const k2 in v) {
      if (!$hasOwn.call(v, k2)) continue;
      const v3 = v[k2];
      if (typeof v3 !== "string") {
        $fail(e, p + "/" + $esc(k2), "must be a string", "string", $type(v3));
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
  const v2 = v["displayName"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "displayName" in r1 && !$hasOwn.call(v, "displayName")) return false;
  const v3 = v["participantCommunicationIdentifier"];
  if (v3 === void 0 || "participantCommunicationIdentifier" in r1 && !$hasOwn.call(v, "participantCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  if (s) {
    if (!$onlyKeys(v, ["displayName", "participantCommunicationIdentifier"])) return false;
  }
  return true;
}
function $checkChatParticipant(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "displayName" in r1 && v, "displayName", v["displayName"]);
    const v2 = v["participantCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "participantCommunicationIdentifier" in r1 && v,
      "participantCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/participantCommunicationIdentifier", e, s);
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
  const v2 = v["displayName"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "displayName" in r1 && !$hasOwn.call(v, "displayName")) return false;
  const v3 = v["memberId"];
  if (typeof v3 !== "string" || "memberId" in r1 && !$hasOwn.call(v, "memberId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["displayName", "memberId"])) return false;
  }
  return true;
}
function $checkChatThreadMember(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "displayName" in r1 && v, "displayName", v["displayName"]);
    $checkStringProperty(e, p, "memberId" in r1 && v, "memberId", v["memberId"]);
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
  const v2 = v["topic"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("topic" in r1) || $hasOwn.call(v, "topic")))
    return false;
  return true;
}
function $checkChatThreadProperties(v, p, e, _s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "topic" in r1 && v, "topic", v["topic"], true);
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
  const v2 = v["rawId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "rawId" in r1 && !$hasOwn.call(v, "rawId")) return false;
  const v3 = v["communicationUser"];
  if (v3 !== void 0 && (!("communicationUser" in r1) || $hasOwn.call(v, "communicationUser"))) {
    if (!$isCommunicationUserIdentifier(v3, s)) return false;
  }
  const v6 = v["phoneNumber"];
  if (v6 !== void 0 && (!("phoneNumber" in r1) || $hasOwn.call(v, "phoneNumber"))) {
    if (!$isPhoneNumberIdentifier(v6, s)) return false;
  }
  const v9 = v["microsoftTeamsUser"];
  if (v9 !== void 0 && (!("microsoftTeamsUser" in r1) || $hasOwn.call(v, "microsoftTeamsUser"))) {
    if (!$isMicrosoftTeamsUserIdentifier(v9, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["rawId", "communicationUser", "phoneNumber", "microsoftTeamsUser"])) return false;
  }
  return true;
}
function $checkCommunicationIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "rawId" in r1 && v, "rawId", v["rawId"]);
    const v2 = v["communicationUser"];
    if ($has(e, p, "communicationUser" in r1 && v, "communicationUser", v2)) {
      $checkCommunicationUserIdentifier(v2, p + "/communicationUser", e, s);
    }
    const v5 = v["phoneNumber"];
    if ($has(e, p, "phoneNumber" in r1 && v, "phoneNumber", v5)) {
      $checkPhoneNumberIdentifier(v5, p + "/phoneNumber", e, s);
    }
    const v8 = v["microsoftTeamsUser"];
    if ($has(e, p, "microsoftTeamsUser" in r1 && v, "microsoftTeamsUser", v8)) {
      $checkMicrosoftTeamsUserIdentifier(v8, p + "/microsoftTeamsUser", e, s);
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
  const v2 = v["id"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "id" in r1 && !$hasOwn.call(v, "id")) return false;
  if (s) {
    if (!$onlyKeys(v, ["id"])) return false;
  }
  return true;
}
function $checkCommunicationUserIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"]);
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
  const v2 = v["userId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "userId" in r1 && !$hasOwn.call(v, "userId")) return false;
  const v3 = v["isAnonymous"];
  if (typeof v3 !== "boolean" && v3 !== void 0 && (!("isAnonymous" in r1) || $hasOwn.call(v, "isAnonymous")))
    return false;
  const v4 = v["cloud"];
  if (v4 !== void 0 && (!("cloud" in r1) || $hasOwn.call(v, "cloud"))) {
    if (typeof v4 !== "string") return false;
    if (v4 !== "public" && v4 !== "dod" && v4 !== "gcch") return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["userId", "isAnonymous", "cloud"])) return false;
  }
  return true;
}
function $checkMicrosoftTeamsUserIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "userId" in r1 && v, "userId", v["userId"]);
    $checkBooleanProperty(e, p, "isAnonymous" in r1 && v, "isAnonymous", v["isAnonymous"], true);
    const v2 = v["cloud"];
    if ($has(e, p, "cloud" in r1 && v, "cloud", v2)) {
      if (typeof v2 !== "string") {
        $fail(e, p + "/cloud", "must be a string", "string", $type(v2));
      } else {
        if (v2 !== "public" && v2 !== "dod" && v2 !== "gcch") {
          $fail(
            e,
            p + "/cloud",
            'must be one of "public" | "dod" | "gcch"',
            '"public" | "dod" | "gcch"',
            $show(v2)
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
  const v2 = v["value"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "value" in r1 && !$hasOwn.call(v, "value")) return false;
  if (s) {
    if (!$onlyKeys(v, ["value"])) return false;
  }
  return true;
}
function $checkPhoneNumberIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "value" in r1 && v, "value", v["value"]);
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
  const v2 = v["timestamp"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || !$dateTime(v2) || "timestamp" in r1 && !$hasOwn.call(v, "timestamp"))
    return false;
  const v3 = v["segmentsSucceeded"];
  if (typeof v3 !== "number" || !Number.isInteger(v3) || "segmentsSucceeded" in r1 && !$hasOwn.call(v, "segmentsSucceeded"))
    return false;
  const v4 = v["segmentsFailed"];
  if (typeof v4 !== "number" || !Number.isInteger(v4) || "segmentsFailed" in r1 && !$hasOwn.call(v, "segmentsFailed"))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["timestamp", "segmentsSucceeded", "segmentsFailed"])) return false;
  }
  return true;
}
function $checkSmsDeliveryAttempt(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "timestamp" in r1 && v, "timestamp", v["timestamp"]);
    $checkIntegerProperty(e, p, "segmentsSucceeded" in r1 && v, "segmentsSucceeded", v["segmentsSucceeded"]);
    $checkIntegerProperty(e, p, "segmentsFailed" in r1 && v, "segmentsFailed", v["segmentsFailed"]);
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
  const v2 = v["messageBody"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageBody" in r1 && !$hasOwn.call(v, "messageBody")) return false;
  const v3 = v["messageId"];
  if (typeof v3 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v4 = v["metadata"];
  if (v4 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatMessageMetadata(v4, s)) return false;
  }
  const v7 = v["senderId"];
  if (typeof v7 !== "string" || "senderId" in r1 && !$hasOwn.call(v, "senderId")) return false;
  const v8 = v["senderCommunicationIdentifier"];
  if (v8 !== void 0 && (!("senderCommunicationIdentifier" in r1) || $hasOwn.call(v, "senderCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v8, s)) return false;
  }
  const v11 = v["senderDisplayName"];
  if (typeof v11 !== "string" || "senderDisplayName" in r1 && !$hasOwn.call(v, "senderDisplayName"))
    return false;
  const v12 = v["composeTime"];
  if (typeof v12 !== "string" || !$dateTime(v12) || "composeTime" in r1 && !$hasOwn.call(v, "composeTime"))
    return false;
  const v13 = v["type"];
  if (typeof v13 !== "string" || "type" in r1 && !$hasOwn.call(v, "type")) return false;
  const v14 = v["version"];
  if (typeof v14 !== "number" || !Number.isInteger(v14) || "version" in r1 && !$hasOwn.call(v, "version"))
    return false;
  const v15 = v["recipientId"];
  if (typeof v15 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v16 = v["recipientCommunicationIdentifier"];
  if (v16 !== void 0 && (!("recipientCommunicationIdentifier" in r1) || $hasOwn.call(v, "recipientCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v16, s)) return false;
  }
  const v19 = v["transactionId"];
  if (typeof v19 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v20 = v["threadId"];
  if (typeof v20 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
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
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageBody" in r1 && v, "messageBody", v["messageBody"]);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    const v2 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v2)) {
      $checkChatMessageMetadata(v2, p + "/metadata", e, s);
    }
    $checkStringProperty(e, p, "senderId" in r1 && v, "senderId", v["senderId"]);
    const v5 = v["senderCommunicationIdentifier"];
    if ($has(e, p, "senderCommunicationIdentifier" in r1 && v, "senderCommunicationIdentifier", v5)) {
      $checkCommunicationIdentifier(v5, p + "/senderCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "senderDisplayName" in r1 && v, "senderDisplayName", v["senderDisplayName"]);
    $checkDateTimeProperty(e, p, "composeTime" in r1 && v, "composeTime", v["composeTime"]);
    $checkStringProperty(e, p, "type" in r1 && v, "type", v["type"]);
    $checkIntegerProperty(e, p, "version" in r1 && v, "version", v["version"]);
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    const v8 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, "recipientCommunicationIdentifier" in r1 && v, "recipientCommunicationIdentifier", v8)) {
      $checkCommunicationIdentifier(v8, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
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
  const v2 = v["messageBody"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageBody" in r1 && !$hasOwn.call(v, "messageBody")) return false;
  const v3 = v["senderId"];
  if (typeof v3 !== "string" || "senderId" in r1 && !$hasOwn.call(v, "senderId")) return false;
  const v4 = v["senderDisplayName"];
  if (typeof v4 !== "string" || "senderDisplayName" in r1 && !$hasOwn.call(v, "senderDisplayName"))
    return false;
  const v5 = v["recipientId"];
  if (typeof v5 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v6 = v["transactionId"];
  if (typeof v6 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v7 = v["groupId"];
  if (typeof v7 !== "string" || "groupId" in r1 && !$hasOwn.call(v, "groupId")) return false;
  const v8 = v["collapseId"];
  if (typeof v8 !== "string" || "collapseId" in r1 && !$hasOwn.call(v, "collapseId")) return false;
  const v9 = v["messageId"];
  if (typeof v9 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v10 = v["messageType"];
  if (typeof v10 !== "string" || "messageType" in r1 && !$hasOwn.call(v, "messageType")) return false;
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
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageBody" in r1 && v, "messageBody", v["messageBody"]);
    $checkStringProperty(e, p, "senderId" in r1 && v, "senderId", v["senderId"]);
    $checkStringProperty(e, p, "senderDisplayName" in r1 && v, "senderDisplayName", v["senderDisplayName"]);
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "groupId" in r1 && v, "groupId", v["groupId"]);
    $checkStringProperty(e, p, "collapseId" in r1 && v, "collapseId", v["collapseId"]);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, "messageType" in r1 && v, "messageType", v["messageType"]);
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
  const v2 = v["messageId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v3 = v["from"];
  if (typeof v3 !== "string" || "from" in r1 && !$hasOwn.call(v, "from")) return false;
  const v4 = v["to"];
  if (typeof v4 !== "string" || "to" in r1 && !$hasOwn.call(v, "to")) return false;
  const v5 = v["message"];
  if (typeof v5 !== "string" || "message" in r1 && !$hasOwn.call(v, "message")) return false;
  const v6 = v["receivedTimestamp"];
  if (typeof v6 !== "string" || !$dateTime(v6) || "receivedTimestamp" in r1 && !$hasOwn.call(v, "receivedTimestamp"))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["messageId", "from", "to", "message", "receivedTimestamp"])) return false;
  }
  return true;
}
function $checkAcsSmsReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, "from" in r1 && v, "from", v["from"]);
    $checkStringProperty(e, p, "to" in r1 && v, "to", v["to"]);
    $checkStringProperty(e, p, "message" in r1 && v, "message", v["message"]);
    $checkDateTimeProperty(e, p, "receivedTimestamp" in r1 && v, "receivedTimestamp", v["receivedTimestamp"]);
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
  const v2 = v["id"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "id" in r1 && !$hasOwn.call(v, "id")) return false;
  const v3 = v["topic"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("topic" in r1) || $hasOwn.call(v, "topic")))
    return false;
  const v4 = v["subject"];
  if (typeof v4 !== "string" || "subject" in r1 && !$hasOwn.call(v, "subject")) return false;
  const v5 = v["eventType"];
  if (typeof v5 !== "string" || "eventType" in r1 && !$hasOwn.call(v, "eventType")) return false;
  const v6 = v["eventTime"];
  if (typeof v6 !== "string" || !$dateTime(v6) || "eventTime" in r1 && !$hasOwn.call(v, "eventTime"))
    return false;
  const v7 = v["data"];
  if (v7 === void 0 || "data" in r1 && !$hasOwn.call(v, "data")) return false;
  const v10 = v["dataVersion"];
  if (typeof v10 !== "string" || "dataVersion" in r1 && !$hasOwn.call(v, "dataVersion")) return false;
  const v11 = v["metadataVersion"];
  if (typeof v11 !== "string" && v11 !== void 0 && (!("metadataVersion" in r1) || $hasOwn.call(v, "metadataVersion")))
    return false;
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
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"]);
    $checkStringProperty(e, p, "topic" in r1 && v, "topic", v["topic"], true);
    $checkStringProperty(e, p, "subject" in r1 && v, "subject", v["subject"]);
    $checkStringProperty(e, p, "eventType" in r1 && v, "eventType", v["eventType"]);
    $checkDateTimeProperty(e, p, "eventTime" in r1 && v, "eventTime", v["eventTime"]);
    const v2 = v["data"];
    $has(e, p, "data" in r1 && v, "data", v2, "any");
    $checkStringProperty(e, p, "dataVersion" in r1 && v, "dataVersion", v["dataVersion"]);
    $checkStringProperty(e, p, "metadataVersion" in r1 && v, "metadataVersion", v["metadataVersion"], true);
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
  const v2 = v["specversion"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "specversion" in r1 && !$hasOwn.call(v, "specversion")) return false;
  if (typeof v2 !== "string") return false;
  if (v2 !== "1.0") return false;
  const v3 = v["id"];
  if (typeof v3 !== "string" || "id" in r1 && !$hasOwn.call(v, "id")) return false;
  const v4 = v["source"];
  if (typeof v4 !== "string" || "source" in r1 && !$hasOwn.call(v, "source")) return false;
  const v5 = v["type"];
  if (typeof v5 !== "string" || "type" in r1 && !$hasOwn.call(v, "type")) return false;
  const v6 = v["subject"];
  if (typeof v6 !== "string" && v6 !== void 0 && (!("subject" in r1) || $hasOwn.call(v, "subject")))
    return false;
  const v7 = v["time"];
  if ((typeof v7 !== "string" || !$dateTime(v7)) && v7 !== void 0 && (!("time" in r1) || $hasOwn.call(v, "time")))
    return false;
  const v8 = v["datacontenttype"];
  if (typeof v8 !== "string" && v8 !== void 0 && (!("datacontenttype" in r1) || $hasOwn.call(v, "datacontenttype")))
    return false;
  const v9 = v["dataschema"];
  if (typeof v9 !== "string" && v9 !== void 0 && (!("dataschema" in r1) || $hasOwn.call(v, "dataschema")))
    return false;
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
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["specversion"];
    if ($has(e, p, "specversion" in r1 && v, "specversion", v2, '"1.0"')) {
      if (typeof v2 !== "string") {
        $fail(e, p + "/specversion", "must be a string", "string", $type(v2));
      } else {
        if (v2 !== "1.0") {
          $fail(e, p + "/specversion", 'must be "1.0"', '"1.0"', $show(v2));
        }
      }
    }
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"]);
    $checkStringProperty(e, p, "source" in r1 && v, "source", v["source"]);
    $checkStringProperty(e, p, "type" in r1 && v, "type", v["type"]);
    $checkStringProperty(e, p, "subject" in r1 && v, "subject", v["subject"], true);
    $checkDateTimeProperty(e, p, "time" in r1 && v, "time", v["time"], true);
    $checkStringProperty(e, p, "datacontenttype" in r1 && v, "datacontenttype", v["datacontenttype"], true);
    $checkStringProperty(e, p, "dataschema" in r1 && v, "dataschema", v["dataschema"], true);
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
