// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isBooleanProperty,
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
    $checkAcsCallParticipantAddedEventData(data, "", errors, options?.strict === true);
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
  const v3 = v["startedBy"];
  if (!$own(v, "startedBy", v3)) return false;
  if (!$isCallParticipant(v3, s)) return false;
  if (!$isStringProperty(v, "serverCallId", v["serverCallId"])) return false;
  const v5 = v["group"];
  if ($own(v, "group", v5)) {
    if (!$isCallGroup(v5, s)) return false;
  }
  const v7 = v["room"];
  if ($own(v, "room", v7)) {
    if (!$isCallRoom(v7, s)) return false;
  }
  if (!$isBooleanProperty(v, "isTwoParty", v["isTwoParty"], true)) return false;
  if (!$isStringProperty(v, "correlationId", v["correlationId"])) return false;
  if (!$isBooleanProperty(v, "isRoomsCall", v["isRoomsCall"], true)) return false;
  const v9 = v["user"];
  if ($own(v, "user", v9)) {
    if (!$isCallParticipant(v9, s)) return false;
  }
  if (!$isStringProperty(v, "displayName", v["displayName"], true)) return false;
  if (!$isStringProperty(v, "participantId", v["participantId"], true)) return false;
  if (!$isStringProperty(v, "userAgent", v["userAgent"], true)) return false;
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
    const v3 = v["startedBy"];
    if ($has(e, p, v, "startedBy", v3, "CallParticipant")) {
      $checkCallParticipant(v3, p + "/startedBy", e, s);
    }
    $checkStringProperty(e, p, v, "serverCallId", v["serverCallId"]);
    const v5 = v["group"];
    if ($has(e, p, v, "group", v5)) {
      $checkCallGroup(v5, p + "/group", e, s);
    }
    const v7 = v["room"];
    if ($has(e, p, v, "room", v7)) {
      $checkCallRoom(v7, p + "/room", e, s);
    }
    $checkBooleanProperty(e, p, v, "isTwoParty", v["isTwoParty"], true);
    $checkStringProperty(e, p, v, "correlationId", v["correlationId"]);
    $checkBooleanProperty(e, p, v, "isRoomsCall", v["isRoomsCall"], true);
    const v9 = v["user"];
    if ($has(e, p, v, "user", v9)) {
      $checkCallParticipant(v9, p + "/user", e, s);
    }
    $checkStringProperty(e, p, v, "displayName", v["displayName"], true);
    $checkStringProperty(e, p, v, "participantId", v["participantId"], true);
    $checkStringProperty(e, p, v, "userAgent", v["userAgent"], true);
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
