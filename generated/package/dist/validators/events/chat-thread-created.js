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
import { $isChatThreadMetadata, $checkChatThreadMetadata } from "../definitions/ChatThreadMetadata.js";
import { $isChatThreadProperties, $checkChatThreadProperties } from "../definitions/ChatThreadProperties.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
function validateAcsChatThreadCreatedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatThreadCreatedEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAcsChatThreadCreatedEventData(value) {
  try {
    return $isAcsChatThreadCreatedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadCreatedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v1 = v["createdByCommunicationIdentifier"];
  if (!$own(v, "createdByCommunicationIdentifier", v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  const v3 = v["properties"];
  if (!$own(v, "properties", v3)) return false;
  if (!$isChatThreadProperties(v3, s)) return false;
  const v5 = v["participants"];
  if (!$own(v, "participants", v5)) return false;
  if (!Array.isArray(v5)) return false;
  const a6 = v5;
  for (let i7 = 0; i7 < a6.length; i7++) {
    const v8 = a6[i7];
    if (!$isChatParticipant(v8, s)) return false;
  }
  if (!$isDateTimeProperty(v, "createTime", v["createTime"])) return false;
  const v10 = v["version"];
  if (!$own(v, "version", v10)) return false;
  if (typeof v10 !== "number" || !Number.isInteger(v10)) return false;
  if (!$int64(v10)) return false;
  if (!$isStringProperty(v, "transactionId", v["transactionId"])) return false;
  if (!$isStringProperty(v, "threadId", v["threadId"])) return false;
  const v11 = v["metadata"];
  if ($own(v, "metadata", v11)) {
    if (!$isChatThreadMetadata(v11, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "createdByCommunicationIdentifier",
      "properties",
      "participants",
      "createTime",
      "version",
      "transactionId",
      "threadId",
      "metadata"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadCreatedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const v1 = v["createdByCommunicationIdentifier"];
    if ($has(e, p, v, "createdByCommunicationIdentifier", v1, "CommunicationIdentifier")) {
      $checkCommunicationIdentifier(v1, p + "/createdByCommunicationIdentifier", e, s);
    }
    const v3 = v["properties"];
    if ($has(e, p, v, "properties", v3, "ChatThreadProperties")) {
      $checkChatThreadProperties(v3, p + "/properties", e, s);
    }
    const v5 = v["participants"];
    if ($has(e, p, v, "participants", v5, "ChatParticipant[]")) {
      if (!Array.isArray(v5)) {
        $fail(e, p + "/participants", "must be an array", "array", $type(v5));
      } else {
        const a6 = v5;
        for (let i7 = 0; i7 < a6.length; i7++) {
          const v8 = a6[i7];
          $checkChatParticipant(v8, p + "/participants/" + i7, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, v, "createTime", v["createTime"]);
    const v10 = v["version"];
    if ($has(e, p, v, "version", v10, "int64")) {
      if (typeof v10 !== "number" || !Number.isInteger(v10)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v10));
      } else {
        if (!$int64(v10)) {
          $fail(e, p + "/version", "must be an integer (int64)", "int64", $show(v10));
        }
      }
    }
    $checkStringProperty(e, p, v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, v, "threadId", v["threadId"]);
    const v11 = v["metadata"];
    if ($has(e, p, v, "metadata", v11)) {
      $checkChatThreadMetadata(v11, p + "/metadata", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "createdByCommunicationIdentifier",
        "properties",
        "participants",
        "createTime",
        "version",
        "transactionId",
        "threadId",
        "metadata"
      ]);
    }
  }
}
export {
  isAcsChatThreadCreatedEventData,
  validateAcsChatThreadCreatedEventData
};
