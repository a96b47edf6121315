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
  $isNumberProperty,
  $checkNumberProperty,
  $isBooleanProperty,
  $checkBooleanProperty
} from "../../support/validation.js";
import { $wireForms } from "../../support/wire-normalization.js";
import { $isCallEndReason, $checkCallEndReason } from "../definitions/CallEndReason.js";
import { $isCallEndedBy, $checkCallEndedBy } from "../definitions/CallEndedBy.js";
import { $isCallGroup, $checkCallGroup } from "../definitions/CallGroup.js";
import { $isCallParticipant, $checkCallParticipant } from "../definitions/CallParticipant.js";
import { $isCallRoom, $checkCallRoom } from "../definitions/CallRoom.js";
const $wireAcsCallEndedEventData = [
  {
    erratum: "call-ended-duration-name",
    decision: "variant",
    parent: [],
    name: "callDurationInSeconds",
    published: {
      name: "durationOfCall"
    }
  }
];
function validateAcsCallEndedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(value, $wireAcsCallEndedEventData, options?.strict === true, errors, normalized);
    $checkAcsCallEndedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsCallEndedEventData(value) {
  try {
    return $isAcsCallEndedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsCallEndedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["startedBy"];
  if (!$own(v, "startedBy", v2)) return false;
  if (!$isCallParticipant(v2, s)) return false;
  if (!$isStringProperty(v, "serverCallId", v["serverCallId"])) return false;
  const v4 = v["group"];
  if ($own(v, "group", v4)) {
    if (!$isCallGroup(v4, s)) return false;
  }
  const v6 = v["room"];
  if ($own(v, "room", v6)) {
    if (!$isCallRoom(v6, s)) return false;
  }
  if (!$isBooleanProperty(v, "isTwoParty", v["isTwoParty"], true)) return false;
  if (!$isStringProperty(v, "correlationId", v["correlationId"])) return false;
  if (!$isBooleanProperty(v, "isRoomsCall", v["isRoomsCall"], true)) return false;
  const v8 = v["endedBy"];
  if ($own(v, "endedBy", v8)) {
    if (!$isCallEndedBy(v8, s)) return false;
  }
  const v10 = v["reason"];
  if ($own(v, "reason", v10)) {
    if (!$isCallEndReason(v10, s)) return false;
  }
  if (!$isNumberProperty(v, "callDurationInSeconds", v["callDurationInSeconds"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "startedBy",
      "serverCallId",
      "group",
      "room",
      "isTwoParty",
      "correlationId",
      "isRoomsCall",
      "endedBy",
      "reason",
      "callDurationInSeconds"
    ]))
      return false;
  }
  return true;
}
function $checkAcsCallEndedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const v2 = v["startedBy"];
    if ($has(e, p, v, "startedBy", v2, "CallParticipant")) {
      $checkCallParticipant(v2, p + "/startedBy", e, s);
    }
    $checkStringProperty(e, p, v, "serverCallId", v["serverCallId"]);
    const v4 = v["group"];
    if ($has(e, p, v, "group", v4)) {
      $checkCallGroup(v4, p + "/group", e, s);
    }
    const v6 = v["room"];
    if ($has(e, p, v, "room", v6)) {
      $checkCallRoom(v6, p + "/room", e, s);
    }
    $checkBooleanProperty(e, p, v, "isTwoParty", v["isTwoParty"], true);
    $checkStringProperty(e, p, v, "correlationId", v["correlationId"]);
    $checkBooleanProperty(e, p, v, "isRoomsCall", v["isRoomsCall"], true);
    const v8 = v["endedBy"];
    if ($has(e, p, v, "endedBy", v8)) {
      $checkCallEndedBy(v8, p + "/endedBy", e, s);
    }
    const v10 = v["reason"];
    if ($has(e, p, v, "reason", v10)) {
      $checkCallEndReason(v10, p + "/reason", e, s);
    }
    $checkNumberProperty(e, p, v, "callDurationInSeconds", v["callDurationInSeconds"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "startedBy",
        "serverCallId",
        "group",
        "room",
        "isTwoParty",
        "correlationId",
        "isRoomsCall",
        "endedBy",
        "reason",
        "callDurationInSeconds"
      ]);
    }
  }
}
export {
  isAcsCallEndedEventData,
  validateAcsCallEndedEventData
};
