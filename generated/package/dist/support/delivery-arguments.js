// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  DEFAULT_EVENTS_PER_BATCH,
  DEFAULT_PREFERRED_BATCH_KB,
  MAX_EVENTS_PER_BATCH,
  MAX_PREFERRED_BATCH_KB
} from "./delivery-batching.js";
import { MAX_DELIVERY_ATTEMPTS, MAX_EVENT_TTL_MINUTES, RESPONSE_TIMEOUT_SECONDS } from "./delivery-policy.js";
const EVENT_TYPE_PREFIX = "Microsoft.Communication.";
const NUMBERS = [
  ["--count", "count", 1, 1e6, true],
  ["--seed", "seed", 0, 2 ** 32 - 1, true],
  ["--max-events-per-batch", "maxEventsPerBatch", 1, MAX_EVENTS_PER_BATCH, true],
  ["--preferred-batch-size-kb", "preferredBatchSizeInKilobytes", 1, MAX_PREFERRED_BATCH_KB, true],
  ["--max-delivery-attempts", "maxDeliveryAttempts", 1, MAX_DELIVERY_ATTEMPTS, true],
  ["--event-ttl", "eventTimeToLiveMinutes", 1, MAX_EVENT_TTL_MINUTES, true],
  ["--time-scale", "timeScale", 1e-6, 1, false],
  ["--timeout", "timeoutSeconds", 1e-3, 3600, false],
  ["--concurrency", "concurrency", 1, 256, true]
];
const STRINGS = [
  ["--endpoint", "endpoint"],
  ["--filter", "filterFile"],
  ["--dead-letter", "deadLetterDir"],
  ["--subscription-name", "subscriptionName"]
];
const FLAGS = ["--progress", "--json", "--help"];
const VALUED = /* @__PURE__ */ new Set([
  "--schema",
  "--event-types",
  "--events-file",
  ...NUMBERS.map(([o]) => o),
  ...STRINGS.map(([o]) => o)
]);
function parseSimulatorArguments(argv, knownTypes, defaultTypes) {
  const values = /* @__PURE__ */ new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS.includes(name)) {
      if (eq > 0) return error(`${name} takes no value`);
      values.set(name, [""]);
      continue;
    }
    if (!VALUED.has(name))
      return error(
        arg.startsWith("-") ? `unknown option ${name}` : `unexpected argument ${JSON.stringify(arg)}`
      );
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === void 0 || eq < 0 && value.startsWith("--")) return error(`${name} needs a value`);
    if (values.has(name) && name !== "--events-file") return error(`${name} given twice`);
    values.set(name, [...values.get(name) ?? [], value]);
  }
  if (values.has("--help")) return { kind: "help" };
  const one = (name) => values.get(name)?.[0];
  const endpoint = one("--endpoint");
  if (endpoint === void 0) return error("--endpoint is required");
  if (!/^https?:\/\/[^/\s]+/i.test(endpoint))
    return error(`--endpoint must be an http:// or https:// URL, got ${JSON.stringify(endpoint)}`);
  const schema = one("--schema") ?? "eventgrid";
  if (schema !== "eventgrid" && schema !== "cloudevents")
    return error(`--schema must be eventgrid or cloudevents, got ${JSON.stringify(schema)}`);
  const options = {
    endpoint,
    schema,
    eventTypes: [...defaultTypes],
    count: 10,
    seed: 1,
    eventFiles: values.get("--events-file") ?? [],
    maxEventsPerBatch: DEFAULT_EVENTS_PER_BATCH,
    preferredBatchSizeInKilobytes: DEFAULT_PREFERRED_BATCH_KB,
    maxDeliveryAttempts: MAX_DELIVERY_ATTEMPTS,
    eventTimeToLiveMinutes: MAX_EVENT_TTL_MINUTES,
    timeScale: 1,
    timeoutSeconds: RESPONSE_TIMEOUT_SECONDS,
    concurrency: 1,
    subscriptionName: "simulator",
    progress: values.has("--progress"),
    json: values.has("--json")
  };
  for (const [option, field, min, max, integer] of NUMBERS) {
    const text = one(option);
    if (text === void 0) continue;
    const value = Number(text);
    const fits = text.trim() !== "" && Number.isFinite(value) && (!integer || Number.isInteger(value));
    if (!fits || value < min || value > max)
      return error(
        `${option} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}, got ${JSON.stringify(text)}`
      );
    options[field] = value;
  }
  for (const [option, field] of STRINGS) {
    const text = one(option);
    if (text === void 0) continue;
    if (text === "") return error(`${option} must not be empty`);
    options[field] = text;
  }
  const types = one("--event-types");
  if (types !== void 0) {
    if (options.eventFiles.length > 0) return error("--event-types and --events-file exclude each other");
    const resolved = resolveEventTypes(types, knownTypes);
    if (typeof resolved === "string") return error(resolved);
    options.eventTypes = resolved;
  }
  return { kind: "options", options };
}
function resolveEventTypes(list, knownTypes) {
  if (list.trim().toLowerCase() === "all") return [...knownTypes];
  const resolved = [];
  for (const wanted of list.split(",").map((name) => name.trim())) {
    const full = (wanted.includes(".") ? wanted : EVENT_TYPE_PREFIX + wanted).toLowerCase();
    const found = knownTypes.find((type) => type.toLowerCase() === full);
    if (found === void 0)
      return `--event-types: no factory for ${JSON.stringify(wanted)} (the types are ${EVENT_TYPE_PREFIX}<Name>, e.g. ${knownTypes[0] ?? ""})`;
    resolved.push(found);
  }
  return resolved;
}
function error(message) {
  return { kind: "error", message };
}
const ABOUT = [
  "Plays Azure Event Grid against a webhook: the handshake of the chosen schema, then deliveries of",
  "factory-made events (or given JSON files) in batches, with Event Grid's headers, retry schedule and",
  "dead-lettering. Ends with a report on stdout. Exit 0 when every event was delivered or filtered out,",
  "1 when the handshake failed or an event was dead-lettered, 2 on bad arguments or input."
];
const OPTION_ROWS = [
  ["--endpoint <url>", "the webhook (http:// or https://); required"],
  ["--schema eventgrid|cloudevents", "event schema and handshake (default eventgrid)"],
  ["--event-types <list>", "factory event types, comma-separated, with or without the"],
  ["", `${EVENT_TYPE_PREFIX} prefix, or "all" (default: every current type)`],
  ["--count <n>", "events to make, the types taken in turn (default 10)"],
  ["--seed <n>", "seed of the first event; event i uses seed + i (default 1)"],
  ["--events-file <file>", "deliver the events of a JSON file (an event or an array); repeatable"],
  ["--filter <file>", "subscription filter JSON: includedEventTypes, subjectBeginsWith,"],
  ["", 'subjectEndsWith, advancedFilters… (bare, or under "filter")'],
  ["--max-events-per-batch <n>", `1–${MAX_EVENTS_PER_BATCH} (default ${DEFAULT_EVENTS_PER_BATCH})`],
  ["--preferred-batch-size-kb <n>", `1–${MAX_PREFERRED_BATCH_KB} (default ${DEFAULT_PREFERRED_BATCH_KB})`],
  ["--max-delivery-attempts <n>", `1–${MAX_DELIVERY_ATTEMPTS} (default ${MAX_DELIVERY_ATTEMPTS})`],
  ["--event-ttl <minutes>", `1–${MAX_EVENT_TTL_MINUTES} (default ${MAX_EVENT_TTL_MINUTES})`],
  ["--time-scale <factor>", "multiply the retry delays and the TTL, e.g. 0.001 (default 1)"],
  ["--timeout <seconds>", `wait for a response (default ${RESPONSE_TIMEOUT_SECONDS}, as Event Grid)`],
  ["--concurrency <n>", "requests in flight at once (default 1)"],
  ["--dead-letter <dir>", "write each dead-lettered event there, one JSON file each"],
  ["--subscription-name <name>", "aeg-subscription-name (default simulator)"],
  ["--progress", "progress on stderr (default: only when stderr is a terminal)"],
  ["--json", "print the report as one JSON object"],
  ["--help", "this text"]
];
function simulatorUsage(command) {
  const width = Math.max(...OPTION_ROWS.map(([option]) => option.length));
  const rows = OPTION_ROWS.map(([option, what]) => `  ${option.padEnd(width)}  ${what}`);
  return [`Usage: ${command} --endpoint <url> [options]`, "", ...ABOUT, "", ...rows].join("\n");
}
export {
  parseSimulatorArguments,
  simulatorUsage
};
