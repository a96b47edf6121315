// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $esc,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty
} from "../../support/validation.js";
import { $isCommunicationIdentifier, $checkCommunicationIdentifier } from "./CommunicationIdentifier.js";
function validateChatParticipant(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatParticipant(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isChatParticipant(value) {
  try {
    return $isChatParticipant(value, false);
  } catch {
    return false;
  }
}
function $isChatParticipant(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "displayName", v["displayName"])) return false;
  const v1 = v["participantCommunicationIdentifier"];
  if (!$own(v, "participantCommunicationIdentifier", v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  const v3 = v["metadata"];
  if ($own(v, "metadata", v3)) {
    if (!$isObject(v3)) return false;
    for (const k4 in v3) {
      if (!$hasOwn.call(v3, k4)) continue;
      const v5 = v3[k4];
      if (typeof v5 !== "string") return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ["displayName", "participantCommunicationIdentifier", "metadata"])) return false;
  }
  return true;
}
function $checkChatParticipant(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "displayName", v["displayName"]);
    const v1 = v["participantCommunicationIdentifier"];
    if ($has(e, p, v, "participantCommunicationIdentifier", v1, "CommunicationIdentifier")) {
      $checkCommunicationIdentifier(v1, p + "/participantCommunicationIdentifier", e, s);
    }
    const v3 = v["metadata"];
    if ($has(e, p, v, "metadata", v3)) {
      if ($checkObject(e, p + "/metadata", v3)) {
        for (const k4 in v3) {
          if (!$hasOwn.call(v3, k4)) continue;
          const v5 = v3[k4];
          if (typeof v5 !== "string") {
            $fail(e, p + "/metadata/" + $esc(k4), "must be a string", "string", $type(v5));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["displayName", "participantCommunicationIdentifier", "metadata"]);
    }
  }
}
export {
  $checkChatParticipant,
  $isChatParticipant,
  isChatParticipant,
  validateChatParticipant
};
