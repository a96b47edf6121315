// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { readBody, tooLargeError, tooManyEvents } from "./body-reading.js";
import { takeSnapshot } from "./data-snapshot.js";
import { diagnoseEnvelope, everydayCloud } from "./envelope-diagnosis.js";
import { resolveLimits } from "./parse-limits.js";
import { isRecord } from "./plain-data.js";
function dataChecks(validators, guards, rewriting) {
  return new Map(
    Object.keys(validators).map((type) => [
      type,
      { validate: validators[type], guard: rewriting.includes(type) ? void 0 : guards[type] }
    ])
  );
}
const isStrict = (options) => options?.strict === true;
function invalid(raw, errors, eventType) {
  return eventType === void 0 ? { status: "invalid", errors, raw } : { status: "invalid", errors, raw, eventType };
}
function uninspectable(raw, error) {
  const reason = error instanceof Error ? error.message : "the value could not be read";
  return invalid(raw, [
    {
      path: "",
      message: `value could not be inspected: ${reason}`,
      expected: "plain JSON data",
      received: "an exotic object"
    }
  ]);
}
function prefixed(errors, prefix) {
  return prefix === "" ? errors : errors.map((error) => ({ ...error, path: prefix + error.path }));
}
const budgetOf = (limits) => ({
  bytes: limits.maxBodyBytes,
  maxBytes: limits.maxBodyBytes,
  maxDepth: limits.maxDepth
});
function classifyEvent(validators, value, options) {
  try {
    const limits = resolveLimits(options);
    const snapshot = takeSnapshot(value, 0, budgetOf(limits));
    if (!snapshot.ok) return invalid(value, [snapshot.error]);
    return classifySnapshot(validators, value, snapshot.value, "", options);
  } catch (error) {
    return uninspectable(value, error);
  }
}
const pathOf = (place) => place === "" ? "" : `/${place}`;
function classifySnapshot(validators, raw, event, place, options) {
  if (!isRecord(event)) {
    const prefix = pathOf(place);
    const envelope2 = validators.eventGrid(event, options);
    return invalid(raw, envelope2.ok ? [] : prefixed(envelope2.errors, prefix));
  }
  const strict = isStrict(options);
  const everyday = strict ? void 0 : everydayCloud(event);
  if (everyday !== void 0 && (everyday ? validators.cloudEventGuard : validators.eventGridGuard)(event)) {
    const type = everyday ? event.type : event.eventType;
    return classifyData(validators, raw, event, everyday, type, place, options, strict);
  }
  const diagnosis = diagnoseEnvelope(event);
  const { cloud, eventType } = diagnosis;
  const envelope = (cloud ? validators.cloudEvent : validators.eventGrid)(event, options);
  if (!envelope.ok || diagnosis.errors.length > 0) {
    const prefix = pathOf(place);
    const explained = new Set(diagnosis.explained.map((field) => "/" + field));
    const rest = envelope.ok ? [] : envelope.errors.filter((error) => !(error.received === "missing" && explained.has(error.path)));
    return invalid(raw, prefixed([...diagnosis.errors, ...rest], prefix), eventType);
  }
  return classifyData(validators, raw, event, cloud, eventType, place, options, strict);
}
function classifyData(validators, raw, event, cloud, type, place, options, strict) {
  const schema = cloud ? "cloudevents" : "eventgrid";
  const check = validators.data.get(type);
  if (check === void 0) return { status: "unknown", schema, event };
  const value = event.data;
  if (!strict && check.guard !== void 0 && check.guard(value))
    return { status: "valid", schema, event, normalized: [] };
  const data = check.validate(value, options);
  if (!data.ok) return invalid(raw, prefixed(data.errors, pathOf(place) + "/data"), type);
  if (data.normalized === void 0 || data.normalized.length === 0)
    return { status: "valid", schema, event, normalized: [] };
  const prefix = pathOf(place);
  const normalized = data.normalized.map((change) => ({ ...change, path: prefix + "/data" + change.path }));
  return { status: "valid", schema, event: { ...event, data: data.value }, normalized };
}
function classifyEvents(validators, body, options) {
  try {
    return classifyBody(validators, body, options);
  } catch (error) {
    return [uninspectable(body, error)];
  }
}
function classifyBody(validators, body, options) {
  const limits = resolveLimits(options);
  const read = readBody(body, limits);
  if (!read.ok) return [invalid(body, [read.error])];
  return classifyValue(validators, body, read.value, read.fresh, options, limits);
}
function classifyReadBody(validators, value, fresh, limits, options) {
  try {
    return classifyValue(validators, value, value, fresh, options, limits);
  } catch (error) {
    return [uninspectable(value, error)];
  }
}
function classifyValue(validators, body, value, fresh, options, limits) {
  if (value === null || typeof value !== "object") {
    const received = value === null ? "null" : typeof value;
    const message = `body must be one event (a JSON object) or a batch (an array of events); received ${received}`;
    return [invalid(body, [{ path: "", message, expected: "object or array", received }])];
  }
  if (!Array.isArray(value)) return [classifyOne(validators, value, "", 0, options, limits, fresh)];
  const length = value.length;
  if (length > limits.maxEvents) return [invalid(body, [tooManyEvents(length, limits)])];
  const budget = budgetOf(limits);
  budget.bytes -= 2;
  const results = [];
  for (let i = 0; i < length; i++) {
    let item;
    try {
      item = value[i];
    } catch (error) {
      results.push(prefixedResult(uninspectable(void 0, error), `/${i}`));
      continue;
    }
    const result = fresh ? classifySnapshot(validators, item, item, i, options) : classifyOne(validators, item, i, 1, options, limits, false, budget);
    if (budget.bytes < 0) return [invalid(body, [tooLargeError("larger", limits)])];
    results.push(result);
  }
  return results;
}
function prefixedResult(result, prefix) {
  return result.status === "invalid" ? { ...result, errors: prefixed(result.errors, prefix) } : result;
}
function classifyOne(validators, raw, place, depth, options, limits, fresh, budget = budgetOf(limits)) {
  if (fresh) return classifySnapshot(validators, raw, raw, place, options);
  const snapshot = takeSnapshot(raw, depth, budget);
  if (!snapshot.ok) return invalid(raw, prefixed([snapshot.error], pathOf(place)));
  return classifySnapshot(validators, raw, snapshot.value, place, options);
}
export {
  classifyEvent,
  classifyEvents,
  classifyReadBody,
  dataChecks
};
