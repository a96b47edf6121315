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
import { $isChatParticipant, $checkChatParticipant } from "../definitions/ChatParticipant.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
function validateAcsChatParticipantAddedToThreadWithUserEventData(value, options) {
  return $validate(
    $isAcsChatParticipantAddedToThreadWithUserEventData,
    $checkAcsChatParticipantAddedToThreadWithUserEventData,
    value,
    options
  );
}
function isAcsChatParticipantAddedToThreadWithUserEventData(value) {
  try {
    return $isAcsChatParticipantAddedToThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatParticipantAddedToThreadWithUserEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["time"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "time" in r1 && !$hasOwn.call(v, "time")) return false;
  const v3 = v["addedByCommunicationIdentifier"];
  if (v3 === void 0 || "addedByCommunicationIdentifier" in r1 && !$hasOwn.call(v, "addedByCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v["participantAdded"];
  if (v6 === void 0 || "participantAdded" in r1 && !$hasOwn.call(v, "participantAdded")) return false;
  if (!$isChatParticipant(v6, s)) return false;
  const v9 = v["recipientCommunicationIdentifier"];
  if (v9 === void 0 || "recipientCommunicationIdentifier" in r1 && !$hasOwn.call(v, "recipientCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v9, s)) return false;
  const v12 = v["createTime"];
  if (typeof v12 !== "string" || "createTime" in r1 && !$hasOwn.call(v, "createTime")) return false;
  const v13 = v["version"];
  if (v13 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v13 !== "number" || !Number.isInteger(v13)) return false;
  const v14 = v["transactionId"];
  if (typeof v14 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v15 = v["threadId"];
  if (typeof v15 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (!$dateTime(v2)) return false;
  if (!$dateTime(v12)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "time",
      "addedByCommunicationIdentifier",
      "participantAdded",
      "recipientCommunicationIdentifier",
      "createTime",
      "version",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatParticipantAddedToThreadWithUserEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "time" in r1 && v, "time", v["time"]);
    const v2 = v["addedByCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "addedByCommunicationIdentifier" in r1 && v,
      "addedByCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/addedByCommunicationIdentifier", e, s);
    }
    const v5 = v["participantAdded"];
    if ($has(e, p, "participantAdded" in r1 && v, "participantAdded", v5, "ChatParticipant")) {
      $checkChatParticipant(v5, p + "/participantAdded", e, s);
    }
    const v8 = v["recipientCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "recipientCommunicationIdentifier" in r1 && v,
      "recipientCommunicationIdentifier",
      v8,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v8, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v11 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v11, "int64")) {
      if (typeof v11 !== "number" || !Number.isInteger(v11)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v11));
      }
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "time",
        "addedByCommunicationIdentifier",
        "participantAdded",
        "recipientCommunicationIdentifier",
        "createTime",
        "version",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
export {
  isAcsChatParticipantAddedToThreadWithUserEventData,
  validateAcsChatParticipantAddedToThreadWithUserEventData
};
