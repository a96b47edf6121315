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
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
function validateAcsChatThreadDeletedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatThreadDeletedEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAcsChatThreadDeletedEventData(value) {
  try {
    return $isAcsChatThreadDeletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsChatThreadDeletedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v1 = v["deletedByCommunicationIdentifier"];
  if (!$own(v, "deletedByCommunicationIdentifier", v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  if (!$isDateTimeProperty(v, "deleteTime", v["deleteTime"])) return false;
  if (!$isDateTimeProperty(v, "createTime", v["createTime"])) return false;
  const v3 = v["version"];
  if (!$own(v, "version", v3)) return false;
  if (typeof v3 !== "number" || !Number.isInteger(v3)) return false;
  if (!$int64(v3)) return false;
  if (!$isStringProperty(v, "transactionId", v["transactionId"])) return false;
  if (!$isStringProperty(v, "threadId", v["threadId"])) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "deletedByCommunicationIdentifier",
      "deleteTime",
      "createTime",
      "version",
      "transactionId",
      "threadId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsChatThreadDeletedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const v1 = v["deletedByCommunicationIdentifier"];
    if ($has(e, p, v, "deletedByCommunicationIdentifier", v1, "CommunicationIdentifier")) {
      $checkCommunicationIdentifier(v1, p + "/deletedByCommunicationIdentifier", e, s);
    }
    $checkDateTimeProperty(e, p, v, "deleteTime", v["deleteTime"]);
    $checkDateTimeProperty(e, p, v, "createTime", v["createTime"]);
    const v3 = v["version"];
    if ($has(e, p, v, "version", v3, "int64")) {
      if (typeof v3 !== "number" || !Number.isInteger(v3)) {
        $fail(e, p + "/version", "must be an integer", "integer", $type(v3));
      } else {
        if (!$int64(v3)) {
          $fail(e, p + "/version", "must be an integer (int64)", "int64", $show(v3));
        }
      }
    }
    $checkStringProperty(e, p, v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "deletedByCommunicationIdentifier",
        "deleteTime",
        "createTime",
        "version",
        "transactionId",
        "threadId"
      ]);
    }
  }
}
export {
  isAcsChatThreadDeletedEventData,
  validateAcsChatThreadDeletedEventData
};
