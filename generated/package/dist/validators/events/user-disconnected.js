// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate
} from "../../support/validation.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
function validateAcsUserDisconnectedEventData(value, options) {
  return $validate(
    $isAcsUserDisconnectedEventData,
    $checkAcsUserDisconnectedEventData,
    value,
    options
  );
}
function isAcsUserDisconnectedEventData(value) {
  try {
    return $isAcsUserDisconnectedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsUserDisconnectedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["userCommunicationIdentifier"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("userCommunicationIdentifier" in r1) || $hasOwn.call(v, "userCommunicationIdentifier"))) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["userCommunicationIdentifier"])) return false;
  }
  return true;
}
function $checkAcsUserDisconnectedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["userCommunicationIdentifier"];
    if ($has(e, p, "userCommunicationIdentifier" in r1 && v, "userCommunicationIdentifier", v2)) {
      $checkCommunicationIdentifier(v2, p + "/userCommunicationIdentifier", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["userCommunicationIdentifier"]);
    }
  }
}
export {
  isAcsUserDisconnectedEventData,
  validateAcsUserDisconnectedEventData
};
