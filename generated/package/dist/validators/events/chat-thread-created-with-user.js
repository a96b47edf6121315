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
import { $isChatParticipant, $checkChatParticipant } from "../definitions/ChatParticipant.js";
import { $isChatThreadMember, $checkChatThreadMember } from "../definitions/ChatThreadMember.js";
import { $isChatThreadMetadata, $checkChatThreadMetadata } from "../definitions/ChatThreadMetadata.js";
import { $isChatThreadProperties, $checkChatThreadProperties } from "../definitions/ChatThreadProperties.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
function validateAcsChatThreadCreatedWithUserEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatThreadCreatedWithUserEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAcsChatThreadCreatedWithUserEventData(value) {
  try {
    return $isAcsChatThreadCreatedWithUserEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadCreatedWithUserEventData(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "createdBy", v["createdBy"])) return false;
  const v1 = v["createdByCommunicationIdentifier"];
  if ($own(v, "createdByCommunicationIdentifier", v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  const v3 = v["properties"];
  if (!$own(v, "properties", v3)) return false;
  if (!$isChatThreadProperties(v3, s)) return false;
  const v5 = v["members"];
  if (!$own(v, "members", v5)) return false;
  if (!Array.isArray(v5)) return false;
  const a6 = v5;
  for (let i7 = 0; i7 < a6.length; i7++) {
    const v8 = a6[i7];
    if (!$isChatThreadMember(v8, s)) return false;
  }
  const v10 = v["participants"];
  if ($own(v, "participants", v10)) {
    if (!Array.isArray(v10)) return false;
    const a11 = v10;
    for (let i12 = 0; i12 < a11.length; i12++) {
      const v13 = a11[i12];
      if (!$isChatParticipant(v13, s)) return false;
    }
  }
  if (!$isDateTimeProperty(v, "createTime", v["createTime"])) return false;
  const v15 = v["version"];
  if (!$own(v, "version", v15)) return false;
  if (typeof v15 !== "number" || !Number.isInteger(v15)) return false;
  if (!$int64(v15)) return false;
  if (!$isStringProperty(v, "recipientId", v["recipientId"])) return false;
  const v16 = v["recipientCommunicationIdentifier"];
  if ($own(v, "recipientCommunicationIdentifier", v16)) {
    if (!$isCommunicationIdentifier(v16, s)) return false;
  }
  if (!$isStringProperty(v, "transactionId", v["transactionId"])) return false;
  if (!$isStringProperty(v, "threadId", v["threadId"])) return false;
  const v18 = v["metadata"];
  if ($own(v, "metadata", v18)) {
    if (!$isChatThreadMetadata(v18, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "createdBy",
      "createdByCommunicationIdentifier",
      "properties",
      "members",
      "participants",
      "createTime",
      "version",
      "recipientId",
      "recipientCommunicationIdentifier",
      "transactionId",
      "threadId",
      "metadata"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadCreatedWithUserEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "createdBy", v["createdBy"]);
    const v1 = v["createdByCommunicationIdentifier"];
    if ($has(e, p, v, "createdByCommunicationIdentifier", v1)) {
      $checkCommunicationIdentifier(v1, p + "/createdByCommunicationIdentifier", e, s);
    }
    const v3 = v["properties"];
    if ($has(e, p, v, "properties", v3, "ChatThreadProperties")) {
      $checkChatThreadProperties(v3, p + "/properties", e, s);
    }
    const v5 = v["members"];
    if ($has(e, p, v, "members", v5, "ChatThreadMember[]")) {
      if (!Array.isArray(v5)) {
        $fail(e, p + "/members", "must be an array", "array", $type(v5));
      } else {
        const a6 = v5;
        for (let i7 = 0; i7 < a6.length; i7++) {
          const v8 = a6[i7];
          $checkChatThreadMember(v8, p + "/members/" + i7, e, s);
        }
      }
    }
    const v10 = v["participants"];
    if ($has(e, p, v, "participants", v10)) {
      if (!Array.isArray(v10)) {
        $fail(e, p + "/participants", "must be an array", "array", $type(v10));
      } else {
        const a11 = v10;
        for (let i12 = 0; i12 < a11.length; i12++) {
          const v13 = a11[i12];
          $checkChatParticipant(v13, p + "/participants/" + i12, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, v, "createTime", v["createTime"]);
    const v15 = v["version"];
    if ($has(e, p, v, "version", v15, "int64")) {
      if (typeof v15 !== "number" || !Number.isInteger(v15)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v15));
      } else {
        if (!$int64(v15)) {
          $fail(e, p + "/version", "must be an integer (int64)", "int64", $show(v15));
        }
      }
    }
    $checkStringProperty(e, p, v, "recipientId", v["recipientId"]);
    const v16 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, v, "recipientCommunicationIdentifier", v16)) {
      $checkCommunicationIdentifier(v16, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, v, "threadId", v["threadId"]);
    const v18 = v["metadata"];
    if ($has(e, p, v, "metadata", v18)) {
      $checkChatThreadMetadata(v18, p + "/metadata", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "createdBy",
        "createdByCommunicationIdentifier",
        "properties",
        "members",
        "participants",
        "createTime",
        "version",
        "recipientId",
        "recipientCommunicationIdentifier",
        "transactionId",
        "threadId",
        "metadata"
      ]);
    }
  }
}
export {
  isAcsChatThreadCreatedWithUserEventData,
  validateAcsChatThreadCreatedWithUserEventData
};
