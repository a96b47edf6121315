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
import { $isChatThreadMetadata, $checkChatThreadMetadata } from "../definitions/ChatThreadMetadata.js";
import { $isChatThreadProperties, $checkChatThreadProperties } from "../definitions/ChatThreadProperties.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
function validateAcsChatThreadPropertiesUpdatedPerUserEventData(value, options) {
  return $validate(
    $isAcsChatThreadPropertiesUpdatedPerUserEventData,
    $checkAcsChatThreadPropertiesUpdatedPerUserEventData,
    value,
    options
  );
}
function isAcsChatThreadPropertiesUpdatedPerUserEventData(value) {
  try {
    return $isAcsChatThreadPropertiesUpdatedPerUserEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadPropertiesUpdatedPerUserEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["editedBy"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "editedBy" in r1 && !$hasOwn.call(v, "editedBy")) return false;
  const v3 = v["editedByCommunicationIdentifier"];
  if (v3 !== void 0 && (!("editedByCommunicationIdentifier" in r1) || $hasOwn.call(v, "editedByCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  const v6 = v["editTime"];
  if (typeof v6 !== "string" || "editTime" in r1 && !$hasOwn.call(v, "editTime")) return false;
  const v7 = v["properties"];
  if (v7 === void 0 || "properties" in r1 && !$hasOwn.call(v, "properties")) return false;
  if (!$isChatThreadProperties(v7, s)) return false;
  const v10 = v["createTime"];
  if (typeof v10 !== "string" || "createTime" in r1 && !$hasOwn.call(v, "createTime")) return false;
  const v11 = v["version"];
  if (v11 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v11 !== "number" || !Number.isInteger(v11)) return false;
  const v12 = v["recipientId"];
  if (typeof v12 !== "string" || "recipientId" in r1 && !$hasOwn.call(v, "recipientId")) return false;
  const v13 = v["recipientCommunicationIdentifier"];
  if (v13 !== void 0 && (!("recipientCommunicationIdentifier" in r1) || $hasOwn.call(v, "recipientCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v13, s)) return false;
  }
  const v16 = v["transactionId"];
  if (typeof v16 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v17 = v["threadId"];
  if (typeof v17 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  const v18 = v["metadata"];
  if (v18 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatThreadMetadata(v18, s)) return false;
  }
  if (!$dateTime(v6)) return false;
  if (!$dateTime(v10)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "editedBy",
      "editedByCommunicationIdentifier",
      "editTime",
      "properties",
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
function $checkAcsChatThreadPropertiesUpdatedPerUserEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "editedBy" in r1 && v, "editedBy", v["editedBy"]);
    const v2 = v["editedByCommunicationIdentifier"];
    if ($has(e, p, "editedByCommunicationIdentifier" in r1 && v, "editedByCommunicationIdentifier", v2)) {
      $checkCommunicationIdentifier(v2, p + "/editedByCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, "editTime" in r1 && v, "editTime", v["editTime"]);
    const v5 = v["properties"];
    if ($has(e, p, "properties" in r1 && v, "properties", v5, "ChatThreadProperties")) {
      $checkChatThreadProperties(v5, p + "/properties", e, s);
    }
    $checkDateTimeProperty(e, p, "createTime" in r1 && v, "createTime", v["createTime"]);
    const v8 = v["version"];
    if ($has(e, p, "version" in r1 && v, "version", v8, "int64")) {
      if (typeof v8 !== "number" || !Number.isInteger(v8)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v8));
      }
    }
    $checkStringProperty(e, p, "recipientId" in r1 && v, "recipientId", v["recipientId"]);
    const v9 = v["recipientCommunicationIdentifier"];
    if ($has(e, p, "recipientCommunicationIdentifier" in r1 && v, "recipientCommunicationIdentifier", v9)) {
      $checkCommunicationIdentifier(v9, p + "/recipientCommunicationIdentifier", e, s);
    }
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    const v12 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v12)) {
      $checkChatThreadMetadata(v12, p + "/metadata", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "editedBy",
        "editedByCommunicationIdentifier",
        "editTime",
        "properties",
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
  isAcsChatThreadPropertiesUpdatedPerUserEventData,
  validateAcsChatThreadPropertiesUpdatedPerUserEventData
};
