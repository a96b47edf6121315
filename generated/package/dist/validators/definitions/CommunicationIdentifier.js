// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $fail,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
import {
  $isCommunicationUserIdentifier,
  $checkCommunicationUserIdentifier
} from "./CommunicationUserIdentifier.js";
import {
  $isMicrosoftTeamsAppIdentifier,
  $checkMicrosoftTeamsAppIdentifier
} from "./MicrosoftTeamsAppIdentifier.js";
import {
  $isMicrosoftTeamsUserIdentifier,
  $checkMicrosoftTeamsUserIdentifier
} from "./MicrosoftTeamsUserIdentifier.js";
import { $isPhoneNumberIdentifier, $checkPhoneNumberIdentifier } from "./PhoneNumberIdentifier.js";
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
  const v3 = v["kind"];
  if (v3 !== void 0 && (!("kind" in r1) || $hasOwn.call(v, "kind"))) {
    if (typeof v3 !== "string") return false;
  }
  const v6 = v["communicationUser"];
  if (v6 !== void 0 && (!("communicationUser" in r1) || $hasOwn.call(v, "communicationUser"))) {
    if (!$isCommunicationUserIdentifier(v6, s)) return false;
  }
  const v9 = v["phoneNumber"];
  if (v9 !== void 0 && (!("phoneNumber" in r1) || $hasOwn.call(v, "phoneNumber"))) {
    if (!$isPhoneNumberIdentifier(v9, s)) return false;
  }
  const v12 = v["microsoftTeamsUser"];
  if (v12 !== void 0 && (!("microsoftTeamsUser" in r1) || $hasOwn.call(v, "microsoftTeamsUser"))) {
    if (!$isMicrosoftTeamsUserIdentifier(v12, s)) return false;
  }
  const v15 = v["microsoftTeamsApp"];
  if (v15 !== void 0 && (!("microsoftTeamsApp" in r1) || $hasOwn.call(v, "microsoftTeamsApp"))) {
    if (!$isMicrosoftTeamsAppIdentifier(v15, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "rawId",
      "kind",
      "communicationUser",
      "phoneNumber",
      "microsoftTeamsUser",
      "microsoftTeamsApp"
    ]))
      return false;
  }
  return true;
}
function $checkCommunicationIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "rawId" in r1 && v, "rawId", v["rawId"]);
    const v2 = v["kind"];
    if ($has(e, p, "kind" in r1 && v, "kind", v2)) {
      if (typeof v2 !== "string") {
        $fail(
          e,
          p + "/kind",
          'must be one of "unknown" | "communicationUser" | "phoneNumber" | "microsoftTeamsUser" | "microsoftTeamsApp" | string',
          '"unknown" | "communicationUser" | "phoneNumber" | "microsoftTeamsUser" | "microsoftTeamsApp" | string',
          $show(v2)
        );
      }
    }
    const v5 = v["communicationUser"];
    if ($has(e, p, "communicationUser" in r1 && v, "communicationUser", v5)) {
      $checkCommunicationUserIdentifier(v5, p + "/communicationUser", e, s);
    }
    const v8 = v["phoneNumber"];
    if ($has(e, p, "phoneNumber" in r1 && v, "phoneNumber", v8)) {
      $checkPhoneNumberIdentifier(v8, p + "/phoneNumber", e, s);
    }
    const v11 = v["microsoftTeamsUser"];
    if ($has(e, p, "microsoftTeamsUser" in r1 && v, "microsoftTeamsUser", v11)) {
      $checkMicrosoftTeamsUserIdentifier(v11, p + "/microsoftTeamsUser", e, s);
    }
    const v14 = v["microsoftTeamsApp"];
    if ($has(e, p, "microsoftTeamsApp" in r1 && v, "microsoftTeamsApp", v14)) {
      $checkMicrosoftTeamsAppIdentifier(v14, p + "/microsoftTeamsApp", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "rawId",
        "kind",
        "communicationUser",
        "phoneNumber",
        "microsoftTeamsUser",
        "microsoftTeamsApp"
      ]);
    }
  }
}
export {
  $checkCommunicationIdentifier,
  $isCommunicationIdentifier,
  isCommunicationIdentifier,
  validateCommunicationIdentifier
};
