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
import { $isChatThreadMetadata, $checkChatThreadMetadata } from "../definitions/ChatThreadMetadata.js";
import { $isChatThreadProperties, $checkChatThreadProperties } from "../definitions/ChatThreadProperties.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
function validateAcsChatThreadPropertiesUpdatedPerUserEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatThreadPropertiesUpdatedPerUserEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, "editedBy", v["editedBy"])) return false;
  const v1 = v["editedByCommunicationIdentifier"];
  if ($own(v, "editedByCommunicationIdentifier", v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  if (!$isDateTimeProperty(v, "editTime", v["editTime"])) return false;
  const v3 = v["properties"];
  if (!$own(v, "properties", v3)) return false;
  if (!$isChatThreadProperties(v3, s)) return false;
  if (!$isDateTimeProperty(v, "createTime", v["createTime"])) return false;
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
  const v8 = v["metadata"];
  if ($own(v, "metadata", v8)) {
    if (!$isChatThreadMetadata(v8, s)) return false;
  }
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
    $checkStringProperty(e, p, v, "editedBy", v["editedBy"]);
    const v1 = v["editedByCommunicationIdentifier"];
    if ($has(e, p, v, "editedByCommunicationIdentifier", v1)) {
      $checkCommunicationIdentifier(v1, p + "/editedByCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, v, "editTime", v["editTime"]);
    const v3 = v["properties"];
    if ($has(e, p, v, "properties", v3, "ChatThreadProperties")) {
      $checkChatThreadProperties(v3, p + "/properties", e, s);
    }
    $checkDateTimeProperty(e, p, v, "createTime", v["createTime"]);
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
    const v8 = v["metadata"];
    if ($has(e, p, v, "metadata", v8)) {
      $checkChatThreadMetadata(v8, p + "/metadata", e, s);
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
