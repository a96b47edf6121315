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
function validateAcsChatThreadParticipantAddedEventData(value, options) {
  return $validate(
    $isAcsChatThreadParticipantAddedEventData,
    $checkAcsChatThreadParticipantAddedEventData,
    value,
    options
  );
}
function isAcsChatThreadParticipantAddedEventData(value) {
  try {
    return $isAcsChatThreadParticipantAddedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadParticipantAddedEventData(v, s) {
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
  const v9 = v["createTime"];
  if (typeof v9 !== "string" || "createTime" in r1 && !$hasOwn.call(v, "createTime")) return false;
  const v10 = v["version"];
  if (v10 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v10 !== "number" || !Number.isInteger(v10)) return false;
  const v11 = v["transactionId"];
  if (typeof v11 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v12 = v["threadId"];
  if (typeof v12 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (!$dateTime(v2)) return false;
  if (!$dateTime(v9)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "time",
      "addedByCommunicationIdentifier",
      "participantAdded",
      "createTime",
      "version",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadParticipantAddedEventData(v, p, e, s) {
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
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v8 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v8, "int64")) {
      if (typeof v8 !== "number" || !Number.isInteger(v8)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v8));
      }
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "time",
        "addedByCommunicationIdentifier",
        "participantAdded",
        "createTime",
        "version",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
export {
  isAcsChatThreadParticipantAddedEventData,
  validateAcsChatThreadParticipantAddedEventData
};
