/**
 * Catalog files are UTF-8 text without a byte-order mark, at most MAX_FILE_BYTES long: anything else
 * is one diagnostic at the first offending byte, before the YAML parser sees the file.
 */
import { FILE_LIMIT_TEXT, MAX_FILE_BYTES } from './catalog-limits.ts';

export type Decoded = { text: string } | { line: number; column: number; message: string };

/** Longest first: UTF-32 LE's mark begins with UTF-16 LE's. */
const BYTE_ORDER_MARKS: [bytes: number[], found: string][] = [
  [[0xff, 0xfe, 0, 0], 'a UTF-32 little-endian byte-order mark (FF FE 00 00): save the file as UTF-8'],
  [[0, 0, 0xfe, 0xff], 'a UTF-32 big-endian byte-order mark (00 00 FE FF): save the file as UTF-8'],
  [[0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark (EF BB BF): save the file as UTF-8 without BOM'],
  [[0xff, 0xfe], 'a UTF-16 little-endian byte-order mark (FF FE): save the file as UTF-8'],
  [[0xfe, 0xff], 'a UTF-16 big-endian byte-order mark (FE FF): save the file as UTF-8'],
];

/** The WHATWG decoder rejects exactly what firstInvalidUtf8 finds (RFC 3629: no surrogates, no overlongs). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeCatalogBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return { line: 1, column: 1, message: tooLarge(bytes.length) };
  for (const [mark, found] of BYTE_ORDER_MARKS) {
    if (mark.every((byte, i) => bytes[i] === byte))
      return { line: 1, column: 1, message: `expected UTF-8 text, found ${found}` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const hint = isUtf16Shaped(bytes)
      ? ' (UTF-16 text without a byte-order mark?): save the file as UTF-8'
      : '';
    return { ...position(bytes, nul), message: `expected UTF-8 text, found a NUL byte${hint}` };
  }
  try {
    return { text: STRICT_UTF8.decode(bytes) };
  } catch {
    // Not well-formed: find the first byte at fault.
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ...position(bytes, invalid),
      message: `expected UTF-8 text, found the byte ${byte}, which does not belong to a UTF-8 sequence here`,
    };
  }
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

export function tooLarge(bytes: number): string {
  return `expected a catalog file of at most ${FILE_LIMIT_TEXT}, found ${bytes} bytes`;
}

/** Every other byte NUL: ASCII saved as UTF-16. */
function isUtf16Shaped(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64);
  let nuls = 0;
  for (const byte of sample) if (byte === 0) nuls++;
  return nuls * 3 >= sample.length;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // [length, lowest and highest allowed second byte] per lead byte (RFC 3629, no surrogates, no overlongs).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}

/** Line and column (in characters) of byte `offset`. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}
