// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { clone, define, merge, pointerNames, valueAt } from "./plain-data.js";
import { Draw } from "./seeded-draw.js";
const DEFAULT_SEED = 1;
function subjectSource(data, pointer) {
  const value = valueAt(data, pointer);
  if (typeof value !== "string")
    throw new RangeError("subject source data" + pointer + " must be a string, got " + typeof value);
  return value;
}
function opaqueId(data, parameter) {
  const text = JSON.stringify(data) + "\0" + parameter;
  let hex = "";
  for (let salt = 0; hex.length < 32; salt++) {
    let hash = 2166136261 ^ salt;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    hex += (hash >>> 0).toString(16).padStart(8, "0");
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
function digits(phoneNumber) {
  return phoneNumber.replace(/[^0-9]/g, "");
}
function buildEvent(recipe, overrides, options) {
  const draw = new Draw(recipe.type, options?.seed ?? DEFAULT_SEED);
  const data = recipe.data(draw);
  const event = {
    id: draw.guid(),
    topic: draw.resourceTopic(),
    subject: recipe.subject(data),
    data,
    eventType: recipe.type,
    dataVersion: recipe.dataVersion,
    metadataVersion: "1",
    eventTime: draw.eventTime()
  };
  if (overrides === void 0) return event;
  const merged = merge(event, overrides);
  if (overrides.subject === void 0) merged.subject = recipe.subject(merged.data);
  return merged;
}
function variants(valid, recipes) {
  return recipes.map((recipe) => {
    const event = clone(valid);
    const names = pointerNames(recipe.path);
    const last = names.pop();
    let parent = event;
    for (const name of names) parent = parent[name];
    if ("remove" in recipe) delete parent[last];
    else define(parent, last, clone(recipe.value));
    return { name: recipe.name, status: recipe.status, path: recipe.path, event };
  });
}
export {
  DEFAULT_SEED,
  buildEvent,
  digits,
  opaqueId,
  subjectSource,
  variants
};
