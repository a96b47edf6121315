// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { $dateTime } from "./formats.js";
const $hasOwn = Object.prototype.hasOwnProperty;
function $has(e, p, o, k, v, expected) {
  if (v !== void 0 && (o === false || $hasOwn.call(o, k))) return true;
  if (expected !== void 0) $fail(e, $at(p, k), "is required", expected, "missing");
  return false;
}
function $isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function $checkObject(e, p, v) {
  if ($isObject(v)) return true;
  $fail(e, p, "must be an object", "object", $type(v));
  return false;
}
function $onlyKeys(o, known) {
  for (const k in o) if ($hasOwn.call(o, k) && !known.includes(k)) return false;
  return true;
}
function $extraKeys(e, p, o, known, message = "is not a declared property (strict mode)") {
  for (const k in o) {
    if ($hasOwn.call(o, k) && !known.includes(k))
      $fail(e, $at(p, k), message, "no such property", $type(o[k]));
  }
}
function $type(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  return typeof v;
}
function $show(v) {
  if (typeof v === "string") return JSON.stringify(v.length > 64 ? v.slice(0, 64) + "…" : v);
  return typeof v === "number" || typeof v === "boolean" || v === null ? String(v) : $type(v);
}
function $esc(key) {
  return key.includes("~") || key.includes("/") ? key.replaceAll("~", "~0").replaceAll("/", "~1") : key;
}
function $at(p, k) {
  return p + "/" + $esc(k);
}
function $crash() {
  return {
    path: "",
    message: "could not be validated: reading it threw an exception or it nests too deeply",
    expected: "JSON data",
    received: "exception"
  };
}
const COUNTED_PAST_CAP = 1e4;
const STOP = { stop: "error cap" };
function $errors(max) {
  const e = [];
  e.max = typeof max === "number" && max >= 1 ? Math.floor(max) : 100;
  e.more = 0;
  return e;
}
function $fail(e, path, message, expected, received) {
  const capped = e;
  if (capped.max === void 0 || e.length < capped.max) e.push({ path, message, expected, received });
  else if (++capped.more === COUNTED_PAST_CAP) throw STOP;
}
function $caught(e, thrown) {
  if (thrown !== STOP) e.push($crash());
}
function $reported(e) {
  const { max, more } = e;
  const reported = e.slice();
  if (more !== void 0 && more > 0) {
    const stopped = more >= COUNTED_PAST_CAP;
    const count = `${stopped ? "at least " : ""}${more}`;
    reported.push({
      path: "",
      message: `… and ${count} more error${more === 1 ? "" : "s"} (only the first ${max} are reported: the maxErrors option${stopped ? "; validation stopped there" : ""})`,
      expected: `at most ${max} errors`,
      received: `${stopped ? "at least " : ""}${e.length + more} errors`
    });
  }
  return reported;
}
function $validate(is, check, value, options) {
  const strict = options?.strict === true;
  try {
    if (is(value, strict)) return { ok: true, value };
  } catch {
  }
  const errors = $errors(options?.maxErrors);
  try {
    check(value, "", errors, strict);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function $nullProto(entries) {
  return Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), entries));
}
import { $dateTime as $dateTime2, $duration, $int32, $int64 } from "./formats.js";
const DATE_TIME_MESSAGE = 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"';
function $checkStringProperty(e, p, o, k, v, optional) {
  if (!$has(e, p, o, k, v, optional ? void 0 : "string")) return;
  if (typeof v !== "string") $fail(e, $at(p, k), "must be a string", "string", $type(v));
}
function $checkIntegerProperty(e, p, o, k, v, optional) {
  if (!$has(e, p, o, k, v, optional ? void 0 : "integer")) return;
  if (typeof v !== "number" || !Number.isInteger(v))
    $fail(e, $at(p, k), "must be an integer", "integer", $type(v));
}
function $checkNumberProperty(e, p, o, k, v, optional) {
  if (!$has(e, p, o, k, v, optional ? void 0 : "number")) return;
  if (typeof v !== "number" || !Number.isFinite(v))
    $fail(e, $at(p, k), "must be a number", "number", $type(v));
}
function $checkBooleanProperty(e, p, o, k, v, optional) {
  if (!$has(e, p, o, k, v, optional ? void 0 : "boolean")) return;
  if (typeof v !== "boolean") $fail(e, $at(p, k), "must be a boolean", "boolean", $type(v));
}
function $checkDateTimeProperty(e, p, o, k, v, optional) {
  if (!$has(e, p, o, k, v, optional ? void 0 : "date-time")) return;
  if (typeof v !== "string") $fail(e, $at(p, k), "must be a string", "string", $type(v));
  else if (!$dateTime(v)) $fail(e, $at(p, k), DATE_TIME_MESSAGE, "date-time", $show(v));
}
export {
  $at,
  $caught,
  $checkBooleanProperty,
  $checkDateTimeProperty,
  $checkIntegerProperty,
  $checkNumberProperty,
  $checkObject,
  $checkStringProperty,
  $crash,
  $dateTime2 as $dateTime,
  $duration,
  $errors,
  $esc,
  $extraKeys,
  $fail,
  $has,
  $hasOwn,
  $int32,
  $int64,
  $isObject,
  $nullProto,
  $onlyKeys,
  $reported,
  $show,
  $type,
  $validate
};
