// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * Event Grid's batched delivery: a subscription's `maxEventsPerBatch` (1–5000, default 1) and
 * `preferredBatchSizeInKilobytes` (1–1024, default 64). A batch takes events in order while both
 * limits hold; an event larger than the preferred size is still delivered, alone. One event may be
 * at most 1 MB (Event Grid refuses larger ones when they are published).
 */

export const MAX_EVENTS_PER_BATCH = 5000;
export const MAX_PREFERRED_BATCH_KB = 1024;
export const DEFAULT_EVENTS_PER_BATCH = 1;
export const DEFAULT_PREFERRED_BATCH_KB = 64;
export const MAX_EVENT_BYTES: number = 1024 * 1024;

export interface BatchLimits {
  maxEventsPerBatch: number;
  preferredBatchSizeInKilobytes: number;
}

/** An event and its JSON text, as it goes on the wire. */
export interface SerializedEvent<T> {
  event: T;
  json: string;
  bytes: number;
  /** For the `aeg-data-version` header ('' when unknown): a CloudEvent no longer carries it. */
  dataVersion: string;
}

export interface Batch<T> {
  events: readonly SerializedEvent<T>[];
  /** The JSON array's size in UTF-8 bytes. */
  bytes: number;
}

export function serialize<T>(event: T, dataVersion = ''): SerializedEvent<T> {
  const json = JSON.stringify(event);
  return { event, json, bytes: utf8Length(json), dataVersion };
}

/** Groups events in order into batches within `limits`. */
export function batchEvents<T>(events: readonly SerializedEvent<T>[], limits: BatchLimits): Batch<T>[] {
  const preferredBytes = limits.preferredBatchSizeInKilobytes * 1024;
  const batches: Batch<T>[] = [];
  let current: SerializedEvent<T>[] = [];
  let bytes = 2; // "[" and "]"
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

/** The body of a batch: a JSON array of its events. */
export function batchBody(batch: Batch<unknown>): string {
  return `[${batch.events.map((item) => item.json).join(',')}]`;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
