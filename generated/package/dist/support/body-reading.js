// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { BATCH_BYTES_FROM, parseBatchBytes } from "./batch-bytes.js";
const refused = (message, expected, received) => ({
  ok: false,
  error: { path: "", message, expected, received }
});
const BODY_KINDS = "JSON text, bytes (Uint8Array, Buffer, ArrayBuffer, any ArrayBufferView) or parsed JSON";
const ADVICE = {
  Blob: "pass `await blob.text()` or its bytes (`new Uint8Array(await blob.arrayBuffer())`)",
  File: "pass `await file.text()` or its bytes (`new Uint8Array(await file.arrayBuffer())`)",
  ReadableStream: "read it to the end first, e.g. `await new Response(stream).text()`",
  Response: "pass `await response.text()`",
  Request: "pass `await request.text()`",
  Promise: "await it first",
  FormData: "Event Grid posts JSON, not a form",
  URLSearchParams: "Event Grid posts JSON, not a form"
};
function readBody(body, limits) {
  if (typeof body === "string") return readText(body, limits);
  if (body === null || typeof body === "number" || typeof body === "boolean") {
    return { ok: true, value: body, fresh: true };
  }
  if (typeof body !== "object") {
    const what = body === void 0 ? "undefined" : `a ${typeof body}`;
    return refused(`body must be ${BODY_KINDS}; received ${what}`, "JSON", typeof body);
  }
  if (Array.isArray(body)) return { ok: true, value: body, fresh: false };
  const bytes = bytesOf(body);
  if (bytes !== void 0) return readBytes(bytes, limits);
  const kind = kindOf(body);
  if (kind === void 0) return { ok: true, value: body, fresh: false };
  const advice = ADVICE[kind];
  return refused(
    `body must be ${BODY_KINDS}; received a ${kind}${advice ? `: ${advice}` : ""}`,
    "JSON",
    kind
  );
}
function bytesOf(body) {
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const tag = Object.prototype.toString.call(body);
  if (tag === "[object ArrayBuffer]" || tag === "[object SharedArrayBuffer]") {
    return new Uint8Array(body);
  }
  return void 0;
}
function kindOf(body) {
  const tag = Object.prototype.toString.call(body).slice(8, -1);
  if (tag !== "Object") return tag;
  const pipe = body.pipe;
  if (typeof pipe === "function") return "stream";
  return void 0;
}
let decoder;
const utf8Decoder = () => decoder ??= new TextDecoder("utf-8", { fatal: true });
const decodeUtf8 = (bytes) => utf8Decoder().decode(bytes);
function readBytes(bytes, limits) {
  if (bytes.byteLength > limits.maxBodyBytes) return tooLarge(`${bytes.byteLength} bytes`, limits);
  const shared = Object.prototype.toString.call(bytes.buffer) === "[object SharedArrayBuffer]";
  if (bytes.byteLength >= BATCH_BYTES_FROM && !shared) {
    const events = parseBatchBytes(bytes, decodeUtf8, limits);
    if (events !== void 0) return { ok: true, value: events, fresh: true };
  }
  let text;
  try {
    text = utf8Decoder().decode(shared ? bytes.slice() : bytes);
  } catch {
    return refused("body is not valid UTF-8", "UTF-8 JSON text", "bytes that are not UTF-8");
  }
  return parseText(text, limits);
}
function readText(text, limits) {
  if (text.length > limits.maxBodyBytes) return tooLarge(`at least ${text.length} bytes`, limits);
  if (text.length * 3 > limits.maxBodyBytes) {
    const size = utf8Length(text);
    if (size > limits.maxBodyBytes) return tooLarge(`${size} bytes`, limits);
  }
  return parseText(text.charCodeAt(0) === 65279 ? text.slice(1) : text, limits);
}
function parseText(text, limits) {
  if (text.length > PARSED_FIRST_UP_TO || limits.maxDepth > WALKED_DEPTH) return scanThenParse(text, limits);
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return scanThenParse(text, limits);
  }
  if (Array.isArray(value) && value.length > limits.maxEvents) return scanThenParse(text, limits);
  if (value !== null && typeof value === "object" && deeperThan(value, 1, limits.maxDepth))
    return scanThenParse(text, limits);
  return { ok: true, value, fresh: true };
}
const PARSED_FIRST_UP_TO = 64 * 1024;
const WALKED_DEPTH = 1e3;
function deeperThan(container, level, maxDepth) {
  if (level > maxDepth) return true;
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) {
      const item = container[i];
      if (item !== null && typeof item === "object" && deeperThan(item, level + 1, maxDepth)) return true;
    }
    return false;
  }
  for (const key in container) {
    const item = container[key];
    if (item !== null && typeof item === "object" && deeperThan(item, level + 1, maxDepth)) return true;
  }
  return false;
}
function scanThenParse(text, limits) {
  const { deepAt: deep, events } = scanText(text, limits.maxDepth);
  if (events > limits.maxEvents) return { ok: false, error: tooManyEvents(events, limits) };
  if (deep !== -1) {
    return refused(
      `body nests deeper than ${limits.maxDepth} levels of arrays and objects (the maxDepth option), at character ${deep}`,
      `at most ${limits.maxDepth} levels`,
      "deeper nesting"
    );
  }
  try {
    return { ok: true, value: JSON.parse(text), fresh: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unparseable";
    return refused(`body is not JSON: ${reason}`, "JSON text", "string");
  }
}
function tooManyEvents(count, limits) {
  const max = limits.maxEvents;
  return {
    path: "",
    message: `batch holds ${count} events, more than the maxEvents option allows (${max}; Event Grid delivers at most 5,000)`,
    expected: `at most ${max} events`,
    received: `${count} events`
  };
}
function tooLargeError(size, limits) {
  const max = limits.maxBodyBytes;
  return {
    path: "",
    message: `body is ${size === "larger" ? "larger than" : `${size}, more than`} the maxBodyBytes option allows (${max} bytes; Event Grid delivers at most 1 MB in one request)`,
    expected: `at most ${max} bytes`,
    received: size === "larger" ? `more than ${max} bytes` : size
  };
}
const tooLarge = (size, limits) => ({
  ok: false,
  error: tooLargeError(size, limits)
});
function utf8Length(text) {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128) size += 1;
    else if (unit < 2048) size += 2;
    else if (unit >= 55296 && unit < 56320 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 56320 && next < 57344) {
        size += 4;
        i++;
      } else size += 3;
    } else size += 3;
  }
  return size;
}
function scanText(text, maxDepth) {
  let depth = 0;
  let events = 1;
  let batch = false;
  let empty = true;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (depth === 1 && batch) empty = false;
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) break;
      i = end;
      continue;
    }
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    if (depth === 0 && c === 91) batch = true;
    else if (depth === 1 && batch) {
      if (c === 44) events++;
      else if (c !== 93) empty = false;
    }
    if (c === 91 || c === 123) {
      if (++depth > maxDepth) return { deepAt: i, events };
    } else if (c === 93 || c === 125) depth--;
  }
  return { deepAt: -1, events: batch && empty ? 0 : events };
}
function isEscaped(text, at) {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 92) i--;
  return (at - 1 - i) % 2 === 1;
}
export {
  readBody,
  scanText,
  tooLargeError,
  tooManyEvents
};
