// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkCommunicationIdentifier(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, "rawId", v["rawId"])) return false;
  const v1 = v["kind"];
  if ($own(v, "kind", v1)) {
    if (typeof v1 !== "string") return false;
  }
  const v3 = v["communicationUser"];
  if ($own(v, "communicationUser", v3)) {
    if (!$isCommunicationUserIdentifier(v3, s)) return false;
  }
  const v5 = v["phoneNumber"];
  if ($own(v, "phoneNumber", v5)) {
    if (!$isPhoneNumberIdentifier(v5, s)) return false;
  }
  const v7 = v["microsoftTeamsUser"];
  if ($own(v, "microsoftTeamsUser", v7)) {
    if (!$isMicrosoftTeamsUserIdentifier(v7, s)) return false;
  }
  const v9 = v["microsoftTeamsApp"];
  if ($own(v, "microsoftTeamsApp", v9)) {
    if (!$isMicrosoftTeamsAppIdentifier(v9, s)) return false;
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
    $checkStringProperty(e, p, v, "rawId", v["rawId"]);
    const v1 = v["kind"];
    if ($has(e, p, v, "kind", v1)) {
      if (typeof v1 !== "string") {
        $fail(
          e,
          p + "/kind",
          'must be one of "unknown" | "communicationUser" | "phoneNumber" | "microsoftTeamsUser" | "microsoftTeamsApp" | string',
          '"unknown" | "communicationUser" | "phoneNumber" | "microsoftTeamsUser" | "microsoftTeamsApp" | string',
          $show(v1)
        );
      }
    }
    const v3 = v["communicationUser"];
    if ($has(e, p, v, "communicationUser", v3)) {
      $checkCommunicationUserIdentifier(v3, p + "/communicationUser", e, s);
    }
    const v5 = v["phoneNumber"];
    if ($has(e, p, v, "phoneNumber", v5)) {
      $checkPhoneNumberIdentifier(v5, p + "/phoneNumber", e, s);
    }
    const v7 = v["microsoftTeamsUser"];
    if ($has(e, p, v, "microsoftTeamsUser", v7)) {
      $checkMicrosoftTeamsUserIdentifier(v7, p + "/microsoftTeamsUser", e, s);
    }
    const v9 = v["microsoftTeamsApp"];
    if ($has(e, p, v, "microsoftTeamsApp", v9)) {
      $checkMicrosoftTeamsAppIdentifier(v9, p + "/microsoftTeamsApp", e, s);
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
