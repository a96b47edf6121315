// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const MAX_EVENTS_PER_BATCH = 5e3;
const MAX_PREFERRED_BATCH_KB = 1024;
const DEFAULT_EVENTS_PER_BATCH = 1;
const DEFAULT_PREFERRED_BATCH_KB = 64;
const MAX_EVENT_BYTES = 1024 * 1024;
function serialize(event, dataVersion = "") {
  const json = JSON.stringify(event);
  return { event, json, bytes: utf8Length(json), dataVersion };
}
function batchEvents(events, limits) {
  const preferredBytes = limits.preferredBatchSizeInKilobytes * 1024;
  const batches = [];
  let current = [];
  let bytes = 2;
  for (const item of events) {
    const grown = bytes + item.bytes + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && (current.length >= limits.maxEventsPerBatch || grown > preferredBytes)) {
      batches.push({ events: current, bytes });
      current = [];
      bytes = 2;
    }
    bytes += item.bytes + (current.length > 0 ? 1 : 0);
    current.push(item);
  }
  if (current.length > 0) batches.push({ events: current, bytes });
  return batches;
}
function batchBody(batch) {
  return `[${batch.events.map((item) => item.json).join(",")}]`;
}
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) bytes += 1;
    else if (code < 2048) bytes += 2;
    else if (code >= 55296 && code <= 56319 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
export {
  DEFAULT_EVENTS_PER_BATCH,
  DEFAULT_PREFERRED_BATCH_KB,
  MAX_EVENTS_PER_BATCH,
  MAX_EVENT_BYTES,
  MAX_PREFERRED_BATCH_KB,
  batchBody,
  batchEvents,
  serialize,
  utf8Length
};
