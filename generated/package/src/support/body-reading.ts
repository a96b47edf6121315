// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * A webhook body, whatever form the caller has it in, as JSON: text and bytes are decoded and parsed
 * within the size and depth limits; parsed JSON is passed on (the snapshot bounds it later); any other
 * kind of value is refused with a message that names what was received. Never throws for a readable
 * value (an exotic one may throw: the caller catches). Shipped in the package.
 */
import { BATCH_BYTES_FROM, parseBatchBytes } from './batch-bytes.js';
import type { ReportedError } from './event-parsing.js';
import type { ResolvedLimits } from './parse-limits.js';

// The package targets Node >= 20 and browsers, both of which have TextDecoder; declared here so the
// package needs neither DOM nor Node type definitions.
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean },
) => { decode(input: Uint8Array): string };

/**
 * A body read as JSON, or why not. `fresh`: the value was parsed here, from text; nobody else holds
 * it and it is plain JSON.
 */
export type BodyReading = { ok: true; value: unknown; fresh: boolean } | { ok: false; error: ReportedError };

const refused = (message: string, expected: string, received: string): BodyReading => ({
  ok: false,
  error: { path: '', message, expected, received },
});

const BODY_KINDS = 'JSON text, bytes (Uint8Array, Buffer, ArrayBuffer, any ArrayBufferView) or parsed JSON';

/** What to do instead, for the kinds of value a caller is likely to hand over by mistake. */
const ADVICE: Readonly<Record<string, string>> = {
  Blob: 'pass `await blob.text()` or its bytes (`new Uint8Array(await blob.arrayBuffer())`)',
  File: 'pass `await file.text()` or its bytes (`new Uint8Array(await file.arrayBuffer())`)',
  ReadableStream: 'read it to the end first, e.g. `await new Response(stream).text()`',
  Response: 'pass `await response.text()`',
  Request: 'pass `await request.text()`',
  Promise: 'await it first',
  FormData: 'Event Grid posts JSON, not a form',
  URLSearchParams: 'Event Grid posts JSON, not a form',
};

/** Reads `body` as JSON within `limits`. */
export function readBody(body: unknown, limits: ResolvedLimits): BodyReading {
  if (typeof body === 'string') return readText(body, limits);
  if (body === null || typeof body === 'number' || typeof body === 'boolean') {
    return { ok: true, value: body, fresh: true };
  }
  if (typeof body !== 'object') {
    const what = body === undefined ? 'undefined' : `a ${typeof body}`;
    return refused(`body must be ${BODY_KINDS}; received ${what}`, 'JSON', typeof body);
  }
  if (Array.isArray(body)) return { ok: true, value: body, fresh: false };
  const bytes = bytesOf(body);
  if (bytes !== undefined) return readBytes(bytes, limits);
  const kind = kindOf(body);
  if (kind === undefined) return { ok: true, value: body, fresh: false };
  const advice = ADVICE[kind];
  return refused(
    `body must be ${BODY_KINDS}; received a ${kind}${advice ? `: ${advice}` : ''}`,
    'JSON',
    kind,
  );
}

/** The bytes of an ArrayBuffer, SharedArrayBuffer or ArrayBufferView (a view of any element type). */
function bytesOf(body: object): Uint8Array | undefined {
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const tag = Object.prototype.toString.call(body);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') {
    return new Uint8Array(body as ArrayBuffer);
  }
  return undefined;
}

/** The kind of a non-JSON object (its tag, or "stream"); undefined for plain objects. */
function kindOf(body: object): string | undefined {
  const tag = Object.prototype.toString.call(body).slice(8, -1);
  if (tag !== 'Object') return tag;
  // A Node stream (http.IncomingMessage, fs.ReadStream …) has no tag of its own.
  const pipe = (body as { pipe?: unknown }).pipe;
  if (typeof pipe === 'function') return 'stream';
  return undefined;
}

/**
 * Fatal: JSON text is UTF-8 (RFC 8259); a leading byte-order mark is dropped. One decoder serves
 * every body (a call without \`stream\` starts afresh, even after a failure): a webhook decodes one per request.
 */
let decoder: { decode(input: Uint8Array): string } | undefined;
const utf8Decoder = () => (decoder ??= new TextDecoder('utf-8', { fatal: true }));
const decodeUtf8 = (bytes: Uint8Array): string => utf8Decoder().decode(bytes);

function readBytes(bytes: Uint8Array, limits: ResolvedLimits): BodyReading {
  if (bytes.byteLength > limits.maxBodyBytes) return tooLarge(`${bytes.byteLength} bytes`, limits);
  // TextDecoder refuses views of shared memory: decode a copy.
  const shared = Object.prototype.toString.call(bytes.buffer) === '[object SharedArrayBuffer]';
  if (bytes.byteLength >= BATCH_BYTES_FROM && !shared) {
    const events = parseBatchBytes(bytes, decodeUtf8, limits);
    if (events !== undefined) return { ok: true, value: events, fresh: true };
  }
  let text: string;
  try {
    text = utf8Decoder().decode(shared ? bytes.slice() : bytes);
  } catch {
    return refused('body is not valid UTF-8', 'UTF-8 JSON text', 'bytes that are not UTF-8');
  }
  return parseText(text, limits);
}

function readText(text: string, limits: ResolvedLimits): BodyReading {
  // A UTF-16 unit is at least one UTF-8 byte: only a text this long needs counting.
  if (text.length > limits.maxBodyBytes) return tooLarge(`at least ${text.length} bytes`, limits);
  if (text.length * 3 > limits.maxBodyBytes) {
    const size = utf8Length(text);
    if (size > limits.maxBodyBytes) return tooLarge(`${size} bytes`, limits);
  }
  return parseText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, limits);
}

/**
 * JSON.parse never overflows a stack, however deep the text: the everyday body (up to
 * PARSED_FIRST_UP_TO) is parsed first and its limits checked on the value (a walk of its arrays and
 * objects costs a third of a scan of the text). A body that is not JSON or breaks a limit is then
 * read as before: scanned first, so the same error is reported (too many events, then too deep,
 * then not JSON).
 */
function parseText(text: string, limits: ResolvedLimits): BodyReading {
  if (text.length > PARSED_FIRST_UP_TO || limits.maxDepth > WALKED_DEPTH) return scanThenParse(text, limits);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return scanThenParse(text, limits);
  }
  if (Array.isArray(value) && value.length > limits.maxEvents) return scanThenParse(text, limits);
  if (value !== null && typeof value === 'object' && deeperThan(value, 1, limits.maxDepth))
    return scanThenParse(text, limits);
  return { ok: true, value, fresh: true };
}

/**
 * Only a text this short is parsed before its limits are checked: building a hostile body of
 * millions of levels or events costs seconds and hundreds of MB where the scan refuses it in
 * milliseconds (a larger batch as bytes is read event by event, batch-bytes.ts).
 */
const PARSED_FIRST_UP_TO = 64 * 1024;
/** The deepest maxDepth checked by walking the value (the walk recurses once per level; the default is 64). */
const WALKED_DEPTH = 1000;

/** Whether parsed JSON data, an array or object at nesting level `level`, nests past `maxDepth`. */
function deeperThan(container: object, level: number, maxDepth: number): boolean {
  if (level > maxDepth) return true;
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) {
      const item: unknown = container[i];
      if (item !== null && typeof item === 'object' && deeperThan(item, level + 1, maxDepth)) return true;
    }
    return false;
  }
  // JSON.parse makes plain objects: for…in sees their own keys (a "__proto__" key too) and no others.
  for (const key in container) {
    const item = (container as Record<string, unknown>)[key];
    if (item !== null && typeof item === 'object' && deeperThan(item, level + 1, maxDepth)) return true;
  }
  return false;
}

/** The reading of a body that is not JSON or breaks a limit: scanned first, so a broken limit is reported as such. */
function scanThenParse(text: string, limits: ResolvedLimits): BodyReading {
  const { deepAt: deep, events } = scanText(text, limits.maxDepth);
  if (events > limits.maxEvents) return { ok: false, error: tooManyEvents(events, limits) };
  if (deep !== -1) {
    return refused(
      `body nests deeper than ${limits.maxDepth} levels of arrays and objects (the maxDepth option), at character ${deep}`,
      `at most ${limits.maxDepth} levels`,
      'deeper nesting',
    );
  }
  try {
    return { ok: true, value: JSON.parse(text), fresh: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unparseable';
    return refused(`body is not JSON: ${reason}`, 'JSON text', 'string');
  }
}

/** The error of a batch of more than maxEvents events. */
export function tooManyEvents(count: number, limits: ResolvedLimits): ReportedError {
  const max = limits.maxEvents;
  return {
    path: '',
    message: `batch holds ${count} events, more than the maxEvents option allows (${max}; Event Grid delivers at most 5,000)`,
    expected: `at most ${max} events`,
    received: `${count} events`,
  };
}

/** The error of a body larger than maxBodyBytes; `size` says by how much ("12345 bytes", "larger"). */
export function tooLargeError(size: string, limits: ResolvedLimits): ReportedError {
  const max = limits.maxBodyBytes;
  return {
    path: '',
    message: `body is ${size === 'larger' ? 'larger than' : `${size}, more than`} the maxBodyBytes option allows (${max} bytes; Event Grid delivers at most 1 MB in one request)`,
    expected: `at most ${max} bytes`,
    received: size === 'larger' ? `more than ${max} bytes` : size,
  };
}

const tooLarge = (size: string, limits: ResolvedLimits): BodyReading => ({
  ok: false,
  error: tooLargeError(size, limits),
});

/** The UTF-8 size of a string (a lone surrogate counts 3 bytes, as its replacement character). */
function utf8Length(text: string): number {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) size += 1;
    else if (unit < 0x800) size += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        size += 4;
        i++;
      } else size += 3;
    } else size += 3;
  }
  return size;
}

/**
 * What JSON text holds, in one pass that jumps over strings: the index of the first bracket that
 * opens level maxDepth + 1 (or -1), and, for a batch, how many events it holds (the entries of the
 * top-level array; 1 for anything else). Tells which limit a body breaks, even one that is not JSON.
 * Most of an event's text is strings, which `indexOf` skips natively: the pass costs a fraction of
 * `JSON.parse`.
 */
export function scanText(text: string, maxDepth: number): { deepAt: number; events: number } {
  let depth = 0;
  let events = 1;
  let batch = false;
  let empty = true;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      if (depth === 1 && batch) empty = false;
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      // An unterminated string holds the rest: JSON.parse reports it.
      if (end === -1) break;
      i = end;
      continue;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (depth === 0 && c === 0x5b) batch = true;
    else if (depth === 1 && batch) {
      if (c === 0x2c) events++;
      else if (c !== 0x5d) empty = false;
    }
    if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { deepAt: i, events };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return { deepAt: -1, events: batch && empty ? 0 : events };
}

/** Whether the quote at `at` is escaped: an odd number of backslashes before it (each run is counted once). */
function isEscaped(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x5c) i--;
  return (at - 1 - i) % 2 === 1;
}
