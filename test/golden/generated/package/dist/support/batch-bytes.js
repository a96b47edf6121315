// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const BATCH_BYTES_FROM = 64 * 1024;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const NodeBuffer = globalThis.Buffer;
const searchable = (bytes) => NodeBuffer === void 0 ? bytes : NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const isSpace = (byte) => byte === 32 || byte === 10 || byte === 13 || byte === 9;
function skipSpace(bytes, at) {
  while (isSpace(bytes[at])) at++;
  return at;
}
function stringEnd(bytes, at) {
  let end = bytes.indexOf(QUOTE, at + 1);
  while (end !== -1) {
    let before = end - 1;
    while (bytes[before] === BACKSLASH) before--;
    if ((end - 1 - before) % 2 === 0) return end;
    end = bytes.indexOf(QUOTE, end + 1);
  }
  return -1;
}
function elementEnd(bytes, at, maxDepth) {
  let depth = 1;
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      i = stringEnd(bytes, i);
      if (i === -1) return -1;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > maxDepth) return -1;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      if (depth === 1) return byte === CLOSE_ARRAY ? i : -1;
      depth--;
    } else if (byte === COMMA && depth === 1) return i;
  }
  return -1;
}
function parseBatchBytes(body, decode, limits) {
  const bytes = searchable(body);
  let at = skipSpace(bytes, 0);
  if (bytes[at] !== OPEN_ARRAY || limits.maxDepth < 1) return void 0;
  const events = [];
  at = skipSpace(bytes, at + 1);
  let end = bytes[at] === CLOSE_ARRAY ? at : -1;
  while (end === -1) {
    if (!(bytes[at] < 128)) return void 0;
    end = elementEnd(bytes, at, limits.maxDepth);
    if (end === -1 || events.length === limits.maxEvents) return void 0;
    try {
      events.push(JSON.parse(decode(bytes.subarray(at, end))));
    } catch {
      return void 0;
    }
    if (bytes[end] === COMMA) {
      at = end + 1;
      end = -1;
    }
  }
  return skipSpace(bytes, end + 1) === bytes.length ? events : void 0;
}
export {
  BATCH_BYTES_FROM,
  parseBatchBytes
};
