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
function validateAcsChatThreadPropertiesUpdatedEventData(value, options) {
  return $validate(
    $isAcsChatThreadPropertiesUpdatedEventData,
    $checkAcsChatThreadPropertiesUpdatedEventData,
    value,
    options
  );
}
function isAcsChatThreadPropertiesUpdatedEventData(value) {
  try {
    return $isAcsChatThreadPropertiesUpdatedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadPropertiesUpdatedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["editedByCommunicationIdentifier"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "editedByCommunicationIdentifier" in r1 && !$hasOwn.call(v, "editedByCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v5 = v["editTime"];
  if (typeof v5 !== "string" || "editTime" in r1 && !$hasOwn.call(v, "editTime")) return false;
  const v6 = v["properties"];
  if (v6 === void 0 || "properties" in r1 && !$hasOwn.call(v, "properties")) return false;
  if (!$isChatThreadProperties(v6, s)) return false;
  const v9 = v["createTime"];
  if (typeof v9 !== "string" || "createTime" in r1 && !$hasOwn.call(v, "createTime")) return false;
  const v10 = v["version"];
  if (v10 === void 0 || "version" in r1 && !$hasOwn.call(v, "version")) return false;
  if (typeof v10 !== "number" || !Number.isInteger(v10)) return false;
  const v11 = v["transactionId"];
  if (typeof v11 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v12 = v["threadId"];
  if (typeof v12 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  const v13 = v["metadata"];
  if (v13 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isChatThreadMetadata(v13, s)) return false;
  }
  if (!$dateTime(v5)) return false;
  if (!$dateTime(v9)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "editedByCommunicationIdentifier",
      "editTime",
      "properties",
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
function $checkAcsChatThreadPropertiesUpdatedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["editedByCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "editedByCommunicationIdentifier" in r1 && v,
      "editedByCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
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
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
    const v9 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v9)) {
      $checkChatThreadMetadata(v9, p + "/metadata", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "editedByCommunicationIdentifier",
        "editTime",
        "properties",
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
  isAcsChatThreadPropertiesUpdatedEventData,
  validateAcsChatThreadPropertiesUpdatedEventData
};
