// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * A large batch parsed event by event straight from its bytes. Decoding a body of hundreds of KB
 * builds one string as large, which lives in V8's large-object space and costs several µs per event
 * (young-generation collections that must scan it, then a major one to free it); JSON.parse of it
 * does again. Here a byte scanner finds the span of each element of the top-level array (jumping
 * over strings, counting nesting), and each span is decoded and parsed alone: no string much larger
 * than an event is built. Anything unusual (a byte-order mark, a body that is not an array, a limit
 * broken, malformed JSON, bytes that are not UTF-8) gives undefined, and the caller reads the body
 * as text, which reports it: the result and the errors are those of the text path. Shipped in the package.
 */

/** From this size a batch body is parsed element by element (smaller ones cost no more as one string). */
export const BATCH_BYTES_FROM: number = 64 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * Node's Buffer finds a byte natively (memchr), about twice as fast per string as TypedArray's
 * indexOf: where it exists, the scan runs on a Buffer viewing the same memory (no copy). Declared
 * here so the package needs no Node type definitions.
 */
const NodeBuffer = (
  globalThis as {
    Buffer?: { from(buffer: ArrayBufferLike, offset: number, length: number): Uint8Array };
  }
).Buffer;
const searchable = (bytes: Uint8Array): Uint8Array =>
  NodeBuffer === undefined ? bytes : NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** JSON's four whitespace bytes. */
const isSpace = (byte: number | undefined): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

function skipSpace(bytes: Uint8Array, at: number): number {
  while (isSpace(bytes[at])) at++;
  return at;
}

/** The index of the quote that closes the string opening at `at`, or -1. */
function stringEnd(bytes: Uint8Array, at: number): number {
  let end = bytes.indexOf(QUOTE, at + 1);
  while (end !== -1) {
    let before = end - 1;
    while (bytes[before] === BACKSLASH) before--;
    // An even run of backslashes escapes only itself.
    if ((end - 1 - before) % 2 === 0) return end;
    end = bytes.indexOf(QUOTE, end + 1);
  }
  return -1;
}

/**
 * The index of the comma or bracket that ends the element starting at `at` (at nesting level 1, the
 * array's), or -1 when there is none, a bracket closes the wrong level or one opens past `maxDepth`.
 */
function elementEnd(bytes: Uint8Array, at: number, maxDepth: number): number {
  let depth = 1;
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i]!;
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

/**
 * The elements of the JSON array `bytes` holds, each parsed from its own bytes; undefined for any
 * body the text path should read instead (see above). `decode` is strict UTF-8 and throws on bad bytes.
 */
export function parseBatchBytes(
  body: Uint8Array,
  decode: (bytes: Uint8Array) => string,
  limits: { maxDepth: number; maxEvents: number },
): unknown[] | undefined {
  const bytes = searchable(body);
  let at = skipSpace(bytes, 0);
  if (bytes[at] !== OPEN_ARRAY || limits.maxDepth < 1) return undefined;
  const events: unknown[] = [];
  at = skipSpace(bytes, at + 1);
  let end = bytes[at] === CLOSE_ARRAY ? at : -1;
  while (end === -1) {
    // A JSON value starts with an ASCII byte; a byte-order mark there would be dropped by the decoder.
    if (!(bytes[at]! < 0x80)) return undefined;
    end = elementEnd(bytes, at, limits.maxDepth);
    if (end === -1 || events.length === limits.maxEvents) return undefined;
    try {
      events.push(JSON.parse(decode(bytes.subarray(at, end))));
    } catch {
      return undefined;
    }
    if (bytes[end] === COMMA) {
      at = end + 1;
      end = -1;
    }
  }
  return skipSpace(bytes, end + 1) === bytes.length ? events : undefined;
}
