// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $esc,
  $fail,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
import { $isCommunicationIdentifier, $checkCommunicationIdentifier } from "./CommunicationIdentifier.js";
function validateChatParticipant(value, options) {
  return $validate($isChatParticipant, $checkChatParticipant, value, options);
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
  const v2 = v["displayName"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "displayName" in r1 && !$hasOwn.call(v, "displayName")) return false;
  const v3 = v["participantCommunicationIdentifier"];
  if (v3 === void 0 || "participantCommunicationIdentifier" in r1 && !$hasOwn.call(v, "participantCommunicationIdentifier"))
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v["metadata"];
  if (v6 !== void 0 && (!("metadata" in r1) || $hasOwn.call(v, "metadata"))) {
    if (!$isObject(v6)) return false;
    for (const k8 in v6) {
      if (!$hasOwn.call(v6, k8)) continue;
      const v9 = v6[k8];
      if (typeof v9 !== "string") return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ["displayName", "participantCommunicationIdentifier", "metadata"])) return false;
  }
  return true;
}
function $checkChatParticipant(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "displayName" in r1 && v, "displayName", v["displayName"]);
    const v2 = v["participantCommunicationIdentifier"];
    if ($has(
      e,
      p,
      "participantCommunicationIdentifier" in r1 && v,
      "participantCommunicationIdentifier",
      v2,
      "CommunicationIdentifier"
    )) {
      $checkCommunicationIdentifier(v2, p + "/participantCommunicationIdentifier", e, s);
    }
    const v5 = v["metadata"];
    if ($has(e, p, "metadata" in r1 && v, "metadata", v5)) {
      if ($checkObject(e, p + "/metadata", v5)) {
        for (const k7 in v5) {
          if (!$hasOwn.call(v5, k7)) continue;
          const v8 = v5[k7];
          if (typeof v8 !== "string") {
            $fail(e, p + "/metadata/" + $esc(k7), "must be a string", "string", $type(v8));
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
