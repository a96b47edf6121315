// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
function validateCallRoom(value, options) {
  return $validate($isCallRoom, $checkCallRoom, value, options);
}
function isCallRoom(value) {
  try {
    return $isCallRoom(value, false);
  } catch {
    return false;
  }
}
function $isCallRoom(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["id"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("id" in r1) || $hasOwn.call(v, "id"))) return false;
  if (s) {
    if (!$onlyKeys(v, ["id"])) return false;
  }
  return true;
}
function $checkCallRoom(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"], true);
    if (s) {
      $extraKeys(e, p, v, ["id"]);
    }
  }
}
export {
  $checkCallRoom,
  $isCallRoom,
  isCallRoom,
  validateCallRoom
};
