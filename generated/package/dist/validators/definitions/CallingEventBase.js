// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty,
  $checkBooleanProperty
} from "../../support/validation.js";
import { $isCallGroup, $checkCallGroup } from "./CallGroup.js";
import { $isCallParticipant, $checkCallParticipant } from "./CallParticipant.js";
import { $isCallRoom, $checkCallRoom } from "./CallRoom.js";
function validateCallingEventBase(value, options) {
  return $validate($isCallingEventBase, $checkCallingEventBase, value, options);
}
function isCallingEventBase(value) {
  try {
    return $isCallingEventBase(value, false);
  } catch {
    return false;
  }
}
function $isCallingEventBase(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["startedBy"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "startedBy" in r1 && !$hasOwn.call(v, "startedBy")) return false;
  if (!$isCallParticipant(v2, s)) return false;
  const v5 = v["serverCallId"];
  if (typeof v5 !== "string" || "serverCallId" in r1 && !$hasOwn.call(v, "serverCallId")) return false;
  const v6 = v["group"];
  if (v6 !== void 0 && (!("group" in r1) || $hasOwn.call(v, "group"))) {
    if (!$isCallGroup(v6, s)) return false;
  }
  const v9 = v["room"];
  if (v9 !== void 0 && (!("room" in r1) || $hasOwn.call(v, "room"))) {
    if (!$isCallRoom(v9, s)) return false;
  }
  const v12 = v["isTwoParty"];
  if (typeof v12 !== "boolean" && v12 !== void 0 && (!("isTwoParty" in r1) || $hasOwn.call(v, "isTwoParty")))
    return false;
  const v13 = v["correlationId"];
  if (typeof v13 !== "string" || "correlationId" in r1 && !$hasOwn.call(v, "correlationId")) return false;
  const v14 = v["isRoomsCall"];
  if (typeof v14 !== "boolean" && v14 !== void 0 && (!("isRoomsCall" in r1) || $hasOwn.call(v, "isRoomsCall")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "startedBy",
      "serverCallId",
      "group",
      "room",
      "isTwoParty",
      "correlationId",
      "isRoomsCall"
    ]))
      return false;
  }
  return true;
}
function $checkCallingEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["startedBy"];
    if ($has(e, p, "startedBy" in r1 && v, "startedBy", v2, "CallParticipant")) {
      $checkCallParticipant(v2, p + "/startedBy", e, s);
    }
    $checkStringProperty(e, p, "serverCallId" in r1 && v, "serverCallId", v["serverCallId"]);
    const v5 = v["group"];
    if ($has(e, p, "group" in r1 && v, "group", v5)) {
      $checkCallGroup(v5, p + "/group", e, s);
    }
    const v8 = v["room"];
    if ($has(e, p, "room" in r1 && v, "room", v8)) {
      $checkCallRoom(v8, p + "/room", e, s);
    }
    $checkBooleanProperty(e, p, "isTwoParty" in r1 && v, "isTwoParty", v["isTwoParty"], true);
    $checkStringProperty(e, p, "correlationId" in r1 && v, "correlationId", v["correlationId"]);
    $checkBooleanProperty(e, p, "isRoomsCall" in r1 && v, "isRoomsCall", v["isRoomsCall"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "startedBy",
        "serverCallId",
        "group",
        "room",
        "isTwoParty",
        "correlationId",
        "isRoomsCall"
      ]);
    }
  }
}
export {
  $checkCallingEventBase,
  $isCallingEventBase,
  isCallingEventBase,
  validateCallingEventBase
};
