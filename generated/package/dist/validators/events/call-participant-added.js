// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $checkStringProperty,
  $checkBooleanProperty
} from "../../support/validation.js";
import { $wireForms } from "../../support/wire-normalization.js";
import { $isCallGroup, $checkCallGroup } from "../definitions/CallGroup.js";
import { $isCallParticipant, $checkCallParticipant } from "../definitions/CallParticipant.js";
import { $isCallRoom, $checkCallRoom } from "../definitions/CallRoom.js";
const $wireAcsCallParticipantAddedEventData = [
  {
    erratum: "endpoint-type-vs-user-agent-164",
    decision: "variant",
    parent: [],
    name: "userAgent",
    published: {
      name: "endpointType"
    }
  }
];
function validateAcsCallParticipantAddedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsCallParticipantAddedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsCallParticipantAddedEventData(data, options?.strict === true);
      } catch {
      }
    }
    if (!passes) $checkAcsCallParticipantAddedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsCallParticipantAddedEventData(value) {
  try {
    return $isAcsCallParticipantAddedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsCallParticipantAddedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["startedBy"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (v6 === void 0 || "startedBy" in r5 && !$hasOwn.call(v, "startedBy")) return false;
  if (!$isCallParticipant(v6, s)) return false;
  const v9 = v["serverCallId"];
  if (typeof v9 !== "string" || "serverCallId" in r5 && !$hasOwn.call(v, "serverCallId")) return false;
  const v10 = v["group"];
  if (v10 !== void 0 && (!("group" in r5) || $hasOwn.call(v, "group"))) {
    if (!$isCallGroup(v10, s)) return false;
  }
  const v13 = v["room"];
  if (v13 !== void 0 && (!("room" in r5) || $hasOwn.call(v, "room"))) {
    if (!$isCallRoom(v13, s)) return false;
  }
  const v16 = v["isTwoParty"];
  if (typeof v16 !== "boolean" && v16 !== void 0 && (!("isTwoParty" in r5) || $hasOwn.call(v, "isTwoParty")))
    return false;
  const v17 = v["correlationId"];
  if (typeof v17 !== "string" || "correlationId" in r5 && !$hasOwn.call(v, "correlationId")) return false;
  const v18 = v["isRoomsCall"];
  if (typeof v18 !== "boolean" && v18 !== void 0 && (!("isRoomsCall" in r5) || $hasOwn.call(v, "isRoomsCall")))
    return false;
  const v20 = v["user"];
  const r19 = Object.getPrototypeOf(v) || Object.prototype;
  if (v20 !== void 0 && (!("user" in r19) || $hasOwn.call(v, "user"))) {
    if (!$isCallParticipant(v20, s)) return false;
  }
  const v23 = v["displayName"];
  if (typeof v23 !== "string" && v23 !== void 0 && (!("displayName" in r19) || $hasOwn.call(v, "displayName")))
    return false;
  const v24 = v["participantId"];
  if (typeof v24 !== "string" && v24 !== void 0 && (!("participantId" in r19) || $hasOwn.call(v, "participantId")))
    return false;
  const v25 = v["userAgent"];
  if (typeof v25 !== "string" && v25 !== void 0 && (!("userAgent" in r19) || $hasOwn.call(v, "userAgent")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "startedBy",
      "serverCallId",
      "group",
      "room",
      "isTwoParty",
      "correlationId",
      "isRoomsCall",
      "user",
      "displayName",
      "participantId",
      "userAgent"
    ]))
      return false;
  }
  return true;
}
function $checkAcsCallParticipantAddedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    const v6 = v["startedBy"];
    if ($has(e, p, "startedBy" in r5 && v, "startedBy", v6, "CallParticipant")) {
      $checkCallParticipant(v6, p + "/startedBy", e, s);
    }
    $checkStringProperty(e, p, "serverCallId" in r5 && v, "serverCallId", v["serverCallId"]);
    const v9 = v["group"];
    if ($has(e, p, "group" in r5 && v, "group", v9)) {
      $checkCallGroup(v9, p + "/group", e, s);
    }
    const v12 = v["room"];
    if ($has(e, p, "room" in r5 && v, "room", v12)) {
      $checkCallRoom(v12, p + "/room", e, s);
    }
    $checkBooleanProperty(e, p, "isTwoParty" in r5 && v, "isTwoParty", v["isTwoParty"], true);
    $checkStringProperty(e, p, "correlationId" in r5 && v, "correlationId", v["correlationId"]);
    $checkBooleanProperty(e, p, "isRoomsCall" in r5 && v, "isRoomsCall", v["isRoomsCall"], true);
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v["user"];
    if ($has(e, p, "user" in r15 && v, "user", v16)) {
      $checkCallParticipant(v16, p + "/user", e, s);
    }
    $checkStringProperty(e, p, "displayName" in r15 && v, "displayName", v["displayName"], true);
    $checkStringProperty(e, p, "participantId" in r15 && v, "participantId", v["participantId"], true);
    $checkStringProperty(e, p, "userAgent" in r15 && v, "userAgent", v["userAgent"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "startedBy",
        "serverCallId",
        "group",
        "room",
        "isTwoParty",
        "correlationId",
        "isRoomsCall",
        "user",
        "displayName",
        "participantId",
        "userAgent"
      ]);
    }
  }
}
export {
  isAcsCallParticipantAddedEventData,
  validateAcsCallParticipantAddedEventData
};
