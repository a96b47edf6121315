// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const hasOwn = (object, name) => Object.prototype.hasOwnProperty.call(object, name);
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function define(target, name, value) {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}
function clone(value) {
  if (Array.isArray(value)) return value.map((item) => clone(item));
  if (!isRecord(value)) return value;
  const copy = {};
  for (const name of Object.keys(value)) define(copy, name, clone(value[name]));
  return copy;
}
function merge(base, patch) {
  if (patch === void 0) return clone(base);
  if (!isRecord(base) || !isRecord(patch)) return clone(patch);
  const merged = clone(base);
  for (const name of Object.keys(patch)) {
    if (patch[name] !== void 0)
      define(merged, name, merge(hasOwn(base, name) ? base[name] : void 0, patch[name]));
  }
  return merged;
}
function frozen(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const name of Object.keys(value)) frozen(value[name]);
  }
  return value;
}
function pointerNames(pointer) {
  return pointer.split("/").slice(1).map((raw) => raw.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function valueAt(value, pointer) {
  let current = value;
  for (const name of pointerNames(pointer)) {
    if (current === null || typeof current !== "object" || !hasOwn(current, name)) return void 0;
    current = current[name];
  }
  return current;
}
export {
  clone,
  define,
  frozen,
  hasOwn,
  isRecord,
  merge,
  pointerNames,
  valueAt
};
