import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BATCH_BYTES_FROM, parseBatchBytes } from '../generator/runtime/support/batch-bytes.ts';
import { readBody } from '../generator/runtime/support/body-reading.ts';
import { resolveLimits } from '../generator/runtime/support/parse-limits.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });
const decode = (bytes: Uint8Array) => decoder.decode(bytes);
const limits = resolveLimits({ maxBodyBytes: 8 * 1024 * 1024 });
const bytesOf = (parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

const event = (i: number) =>
  JSON.stringify({
    id: `e${i}`,
    eventType: 'T',
    subject: 'a "quoted" [subject] {x}, \\ end\\',
    data: { n: [i, { m: null }] },
  });
/** A batch of `count` events joined by `separator`, inside `open` … `close`. */
const batch = (count: number, separator = ',', open = '[', close = ']') =>
  open + Array.from({ length: count }, (_, i) => event(i)).join(separator) + close;

// [case, body, whether the byte path parses it (else the text path reads it)]
const CASES: [string, (string | number[])[], boolean][] = [
  ['a batch', [batch(3)], true],
  ['an empty batch', ['[]'], true],
  ['an empty batch with spaces', [' [ \n ] \t'], true],
  ['whitespace everywhere JSON allows it', [batch(3, ' ,\r\n\t', ' \n[ ', ' \t]\r\n ')], true],
  ['scalars and nested arrays', ['[1, "two", true, null, [[]], {"a": [1, {"b": "]"}]}, -0.5e3]'], true],
  ['escapes: quotes, backslashes, unicode', ['["\\"", "\\\\", "\\\\\\"]", "\\u005d", "é ü 😀"]'], true],
  ['multibyte characters', ['[{"s": "日本語 ✓"}, "Ω"]'], true],
  ['a byte-order mark', [[0xef, 0xbb, 0xbf], batch(2)], false],
  ['a byte-order mark before an element', ['[', [0xef, 0xbb, 0xbf], '{}]'], false],
  ['one event, not a batch', [event(1)], false],
  ['a string', ['"[1]"'], false],
  ['a trailing comma', ['[1, 2,]'], false],
  ['an empty element', ['[1,,2]'], false],
  ['a leading comma', ['[,1]'], false],
  ['unclosed', ['[1, 2'], false],
  ['unterminated string', ['["abc]'], false],
  ['an element that is not JSON', ['[{"a": nope}]'], false],
  ['two values in one element', ['[1 2]'], false],
  ['a brace closing the array', ['[1}'], false],
  ['mismatched brackets', ['[{"a": 1]]'], false],
  ['trailing garbage', [batch(2), 'x'], false],
  ['a second array', [batch(2), batch(1)], false],
  ['a non-breaking space between elements', ['[1,\u00a02]'], false],
  ['bytes that are not UTF-8 in a string', ['["a', [0xff, 0xfe], '"]'], false],
  ['a lone continuation byte between elements', ['[1,', [0x80], '2]'], false],
  ['too deep', ['[' + '['.repeat(70) + ']'.repeat(70) + ']'], false],
  ['too many events', ['[' + Array.from({ length: 5001 }, () => '0').join(',') + ']'], false],
  [
    'exactly as many events as allowed',
    ['[' + Array.from({ length: 5000 }, () => '0').join(',') + ']'],
    true,
  ],
];

const textOf = (bytes: Buffer) => {
  try {
    return { value: JSON.parse(decode(bytes)) as unknown };
  } catch {
    return undefined;
  }
};

for (const [name, parts, bytePath] of CASES) {
  test(`${name}: ${bytePath ? 'parsed from its bytes as the text path parses it' : 'left to the text path'}`, () => {
    const bytes = bytesOf(parts);
    const events = parseBatchBytes(bytes, decode, limits);
    assert.is(events !== undefined, bytePath);
    if (events !== undefined) assert.equal(events, textOf(bytes)?.value);
  });

  test(`${name}, padded past ${BATCH_BYTES_FROM} bytes: readBody gives what the text path gives`, () => {
    // Spaces after the body keep it what it was (valid or not) and take it over the threshold.
    const padded = Buffer.concat([bytesOf(parts), Buffer.alloc(BATCH_BYTES_FROM, ' ')]);
    // Bytes in shared memory are always read as text (the byte path leaves them alone).
    const shared = new Uint8Array(new SharedArrayBuffer(padded.length));
    shared.set(padded);
    const viaText = readBody(shared, limits);
    assert.equal(readBody(padded, limits), viaText);
    if (bytePath) assert.ok(viaText.ok);
  });
}

test('a large batch of events: the byte path parses it, as the text path does', () => {
  const body = Buffer.from(batch(2000));
  assert.ok(body.length > 2 * BATCH_BYTES_FROM);
  const events = parseBatchBytes(body, decode, limits);
  assert.ok(events);
  assert.equal(events, JSON.parse(body.toString('utf8')));
  assert.equal(readBody(body, limits), { ok: true, value: events, fresh: true });
});

test.run();
