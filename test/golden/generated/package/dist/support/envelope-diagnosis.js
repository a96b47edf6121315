// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { hasOwn } from "./plain-data.js";
const EVENT_GRID = [
  "id",
  "topic",
  "subject",
  "eventType",
  "eventTime",
  "data",
  "dataVersion",
  "metadataVersion"
];
const CLOUD_EVENT = [
  "specversion",
  "id",
  "source",
  "type",
  "subject",
  "time",
  "datacontenttype",
  "dataschema",
  "data",
  "data_base64"
];
const EVENT_GRID_ONLY = EVENT_GRID.filter((field) => !CLOUD_EVENT.includes(field));
const CLOUD_EVENT_ONLY = CLOUD_EVENT.filter((field) => !EVENT_GRID.includes(field));
const COUNTERPARTS = [
  ["eventType", "type"],
  ["eventTime", "time"],
  ["topic", "source"]
];
const REQUIRED = /* @__PURE__ */ new Set(["eventType", "eventTime", "type", "source"]);
const EVENT_GRID_REQUIRED = COUNTERPARTS.map(([grid]) => grid).filter((field) => REQUIRED.has(field));
const CLOUD_EVENT_REQUIRED = [
  "specversion",
  ...COUNTERPARTS.map(([, cloud]) => cloud).filter((field) => REQUIRED.has(field))
];
const folded = (name) => name.toLowerCase().replace(/[-_]/g, "");
const FIELD_BY_FOLDED = new Map([...EVENT_GRID, ...CLOUD_EVENT].map((field) => [folded(field), field]));
const CLOUD_ONLY = 1;
const GRID_ONLY = 2;
const GRID_REQUIRED_BITS = 4;
const CLOUD_REQUIRED_BITS = 8;
const SPECVERSION = 16;
const FIELD_BITS = new Map(
  [.../* @__PURE__ */ new Set([...EVENT_GRID, ...CLOUD_EVENT])].map((field) => {
    const side = !CLOUD_EVENT.includes(field) ? GRID_ONLY : !EVENT_GRID.includes(field) ? CLOUD_ONLY : 0;
    const required = (EVENT_GRID_REQUIRED.includes(field) ? GRID_REQUIRED_BITS : 0) | (CLOUD_EVENT_REQUIRED.includes(field) ? CLOUD_REQUIRED_BITS : 0);
    return [field, side | required | (field === "specversion" ? SPECVERSION : 0)];
  })
);
const GRID_REQUIRED_COUNT = EVENT_GRID_REQUIRED.length;
const CLOUD_REQUIRED_COUNT = CLOUD_EVENT_REQUIRED.length;
const NONE = Object.freeze([]);
const envelopeName = (cloud) => cloud ? "a CloudEvent" : "an Event Grid event";
function diagnoseEnvelope(event) {
  return everydayEnvelope(event) ?? nearMisses(event);
}
function everydayEnvelope(event) {
  const cloud = everydayCloud(event);
  if (cloud === void 0) return void 0;
  const own = cloud ? event.type : event.eventType;
  const eventType = typeof own === "string" ? own : typeOf(event, cloud, void 0);
  return { cloud, errors: NONE, explained: NONE, eventType };
}
function everydayCloud(event) {
  let cloudOnly = 0, gridOnly = 0, gridRequired = 0, cloudRequired = 0, specversion = false;
  const keys = Object.keys(event);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const bits = FIELD_BITS.get(key);
    if (bits === void 0) {
      if (FIELD_BY_FOLDED.has(folded(key))) return void 0;
      continue;
    }
    if (bits & CLOUD_ONLY) cloudOnly++;
    else if (bits & GRID_ONLY) gridOnly++;
    if (bits & GRID_REQUIRED_BITS) gridRequired++;
    if (bits & CLOUD_REQUIRED_BITS) cloudRequired++;
    if (bits & SPECVERSION) specversion = true;
  }
  const cloud = specversion || cloudOnly > gridOnly;
  if (cloud ? cloudRequired !== CLOUD_REQUIRED_COUNT : gridRequired !== GRID_REQUIRED_COUNT) return void 0;
  return cloud;
}
function nearMisses(event) {
  const keys = Object.keys(event);
  const misspelled = /* @__PURE__ */ new Map();
  for (const key of keys) {
    if (FIELD_BY_FOLDED.get(key) === key) continue;
    const field = FIELD_BY_FOLDED.get(folded(key));
    if (field !== void 0 && !hasOwn(event, field)) misspelled.set(key, field);
  }
  const present = (field) => hasOwn(event, field) || [...misspelled.values()].includes(field);
  const cloud = present("specversion") || CLOUD_EVENT_ONLY.filter(present).length > EVENT_GRID_ONLY.filter(present).length;
  const errors = [];
  const explained = [];
  const fields = cloud ? CLOUD_EVENT : EVENT_GRID;
  for (const [key, field] of misspelled) {
    if (!fields.includes(field)) continue;
    errors.push({
      path: "/" + key,
      message: `is spelled \`${field}\` in ${envelopeName(cloud)}: names are case-sensitive`,
      expected: field,
      received: key
    });
    explained.push(field);
  }
  for (const [gridName, cloudName] of COUNTERPARTS) {
    const [own, foreign] = cloud ? [cloudName, gridName] : [gridName, cloudName];
    if (!REQUIRED.has(own) || present(own)) continue;
    const key = hasOwn(event, foreign) ? foreign : [...misspelled].find(([, field]) => field === foreign)?.[0];
    if (key === void 0) continue;
    errors.push({
      path: "/" + key,
      message: `is the ${cloud ? "Event Grid" : "CloudEvents"} name of \`${own}\`: ${envelopeName(cloud)} names it \`${own}\``,
      expected: own,
      received: key
    });
    explained.push(own);
  }
  if (cloud && !present("specversion")) {
    const shown = CLOUD_EVENT_ONLY.filter(present).map((field) => `\`${field}\``).join(", ");
    errors.push({
      path: "/specversion",
      message: `is required: the event has CloudEvents attributes (${shown}) but no \`specversion\`; add "specversion": "1.0"`,
      expected: "specversion",
      received: "missing"
    });
    explained.push("specversion");
  }
  return { cloud, errors, explained, eventType: typeOf(event, cloud, misspelled) };
}
function typeOf(event, cloud, misspelled) {
  const own = typeUnder(event, cloud ? "type" : "eventType", misspelled);
  return own ?? typeUnder(event, cloud ? "eventType" : "type", misspelled);
}
function typeUnder(event, name, misspelled) {
  let key = name;
  if (!hasOwn(event, name)) key = misspelled && [...misspelled].find(([, field]) => field === name)?.[0];
  const value = key === void 0 ? void 0 : event[key];
  return typeof value === "string" ? value : void 0;
}
export {
  diagnoseEnvelope,
  everydayCloud,
  everydayEnvelope,
  nearMisses
};
