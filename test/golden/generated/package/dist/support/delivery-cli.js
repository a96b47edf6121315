// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { matchesFilter } from "../filter.js";
import { parseSimulatorArguments, simulatorUsage } from "./delivery-arguments.js";
import { batchEvents, MAX_EVENT_BYTES, serialize } from "./delivery-batching.js";
import { deadLetterFileName, deadLetterRecord } from "./delivery-dead-letter.js";
import { handshake } from "./delivery-handshake.js";
import { latencySummary, progressThrottle, reportText } from "./delivery-report.js";
import { deliverBatches } from "./delivery-scheduler.js";
import { fetchTransport, systemClock } from "./delivery-transport.js";
import { isCloudEventShaped, toCloudEvent } from "./envelopes.js";
import { Draw } from "./seeded-draw.js";
class InputError extends Error {
}
const PROGRESS_INTERVAL_MS = 500;
async function runSimulator(argv, host, catalog) {
  const parsed = parseSimulatorArguments(argv, Object.keys(catalog.factories), catalog.currentTypes);
  if (parsed.kind === "help") {
    host.stdout(simulatorUsage(catalog.command) + "\n");
    return 0;
  }
  if (parsed.kind === "error") {
    host.stderr(`${catalog.command}: ${parsed.message}

${simulatorUsage(catalog.command)}
`);
    return 2;
  }
  const { options } = parsed;
  try {
    return await simulate(options, host, catalog);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    host.stderr(`${catalog.command}: ${error instanceof InputError ? "" : "internal error: "}${message}
`);
    return 2;
  }
}
async function simulate(options, host, catalog) {
  const clock = host.clock ?? systemClock;
  const wallTime = host.wallTime ?? (() => (/* @__PURE__ */ new Date()).toISOString());
  const transport = host.transport ?? fetchTransport(options.timeoutSeconds * 1e3);
  const started = clock.now();
  const events = options.eventFiles.length > 0 ? await readEventFiles(options, host) : makeEvents(options, catalog);
  const filter = options.filterFile === void 0 ? void 0 : await readFilter(options.filterFile, host);
  const selected = filter === void 0 ? events : events.filter((item) => matchesFilter(item.event, filter));
  const draw = new Draw("Microsoft.EventGrid.SubscriptionValidationEvent", options.seed);
  const identity = {
    id: draw.guid(),
    topic: draw.resourceTopic(),
    validationCode: draw.guid(),
    eventTime: wallTime()
  };
  const shake = await handshake(
    transport,
    options.endpoint,
    options.schema,
    identity,
    options.subscriptionName
  );
  const counts = {
    events: events.length,
    filtered: events.length - selected.length,
    delivered: 0,
    deadLettered: 0,
    retried: 0,
    batches: 0,
    attempts: 0
  };
  if (!shake.ok) {
    host.stderr(`${catalog.command}: handshake failed: ${shake.detail}
`);
    return 1;
  }
  const batches = batchEvents(selected, options);
  counts.batches = batches.length;
  const progress = progressReporter(options, host, clock);
  let deadLetters = 0;
  const latencies = await deliverBatches(
    batches,
    {
      url: options.endpoint,
      schema: options.schema,
      subscriptionName: options.subscriptionName,
      policy: options,
      concurrency: options.concurrency,
      single: options.schema === "cloudevents" && options.maxEventsPerBatch === 1
    },
    {
      transport,
      clock,
      wallTime,
      deadLetter: async (event, facts) => {
        if (options.deadLetterDir === void 0) return;
        const path = `${options.deadLetterDir}/${deadLetterFileName(++deadLetters, event)}`;
        await host.writeText(path, JSON.stringify(deadLetterRecord(event, facts), null, 2) + "\n").catch((error) => {
          throw new InputError(
            `--dead-letter: cannot write ${path} (${error instanceof Error ? error.message : String(error)})`
          );
        });
      },
      onAttempt: (current) => progress(current, false)
    },
    counts
  );
  progress(counts, true);
  const report = {
    schema: options.schema,
    handshake: shake.detail,
    ...counts,
    latencyMs: latencySummary(latencies),
    durationMs: Math.round(clock.now() - started)
  };
  host.stdout(options.json ? JSON.stringify(report) + "\n" : reportText(report));
  return counts.deadLettered > 0 ? 1 : 0;
}
function makeEvents(options, catalog) {
  return Array.from({ length: options.count }, (_, i) => {
    const type = options.eventTypes[i % options.eventTypes.length];
    const event = catalog.factories[type](void 0, { seed: options.seed + i });
    return serialize(options.schema === "cloudevents" ? toCloudEvent(event) : event, event.dataVersion);
  });
}
async function readEventFiles(options, host) {
  const events = [];
  for (const file of options.eventFiles) {
    const parsed = await readJson(file, host);
    const list = Array.isArray(parsed) ? parsed : [parsed];
    list.forEach((event, index) => {
      const where = Array.isArray(parsed) ? `${file}: event [${index}]` : `${file}:`;
      if (typeof event !== "object" || event === null || Array.isArray(event))
        throw new InputError(`${where} is not a JSON object`);
      const cloud = isCloudEventShaped(event);
      if (cloud !== (options.schema === "cloudevents"))
        throw new InputError(
          `${where} is ${cloud ? "a CloudEvent" : "an Event Grid event"}, but --schema is ${options.schema}`
        );
      const dataVersion = "dataVersion" in event && typeof event.dataVersion === "string" ? event.dataVersion : "";
      const item = serialize(event, dataVersion);
      if (item.bytes > MAX_EVENT_BYTES)
        throw new InputError(
          `${where} is ${item.bytes} bytes, over Event Grid's limit of ${MAX_EVENT_BYTES} (1 MB)`
        );
      events.push(item);
    });
  }
  return events;
}
async function readFilter(file, host) {
  let filter = await readJson(file, host);
  for (const wrapper of ["properties", "filter"])
    if (isObject(filter) && isObject(filter[wrapper])) filter = filter[wrapper];
  if (!isObject(filter)) throw new InputError(`${file}: a subscription filter must be a JSON object`);
  const known = /* @__PURE__ */ new Set([
    "includedEventTypes",
    "subjectBeginsWith",
    "subjectEndsWith",
    "isSubjectCaseSensitive",
    "advancedFilters",
    "enableAdvancedFilteringOnArrays"
  ]);
  const unknown = Object.keys(filter).filter((key) => !known.has(key));
  if (unknown.length > 0)
    throw new InputError(
      `${file}: unknown filter field ${JSON.stringify(unknown[0])} (expected one of ${[...known].join(", ")})`
    );
  return filter;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
async function readJson(file, host) {
  let text;
  try {
    text = await host.readText(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
function progressReporter(options, host, clock) {
  if (!options.progress && !host.stderrIsTerminal) return () => {
  };
  const line = progressThrottle(PROGRESS_INTERVAL_MS);
  return (counts, done) => {
    const text = line(clock.now(), counts, done);
    if (text === void 0) return;
    if (host.stderrIsTerminal) host.stderr(`\r\x1B[2K${text}${done ? "\n" : ""}`);
    else host.stderr(`${text}
`);
  };
}
export {
  runSimulator
};
