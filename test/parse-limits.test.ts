/**
 * parseEvents' contract on hostile input, as tables of exact results: the kinds of body it reads
 * (text, every kind of bytes, parsed JSON) and the kinds it refuses, each limit at its edge
 * (events per batch, body size, nesting depth, errors per event), and the snapshot (getters read
 * once, proxies, cycles, holes). Runs the built package, as a user gets it.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  parseEvent,
  parseEvents,
  type ParsedEvent,
  type ParseOptions,
} from '../generated/package/dist/index.js';

type Json = Record<string, unknown>;
const catalog = JSON.parse(readFileSync(new URL('../generated/catalog.json', import.meta.url), 'utf8')) as {
  events: { type: string; samples: { corrected: Json }[] }[];
};
const CHAT = 'Microsoft.Communication.ChatMessageReceived';
const SAMPLE = catalog.events.find((event) => event.type === CHAT)!.samples[0]!.corrected;
const sample = (): Json => structuredClone(SAMPLE);
const TEXT = JSON.stringify(SAMPLE);
const BYTES = new TextEncoder().encode(TEXT);
const MIB = 1024 * 1024;

/** A result as the tables state it: the status, or the status, event type and errors as "path: message". */
type Outcome = string | { eventType?: string; errors: string[] };
function outcome(result: ParsedEvent): Outcome {
  if (result.status !== 'invalid') return result.status;
  const errors = result.errors.map((error) => `${error.path}: ${error.message}`);
  return result.eventType === undefined ? { errors } : { eventType: result.eventType, errors };
}
const jsonError = (text: string): string => {
  try {
    JSON.parse(text);
    return 'parsed';
  } catch (error) {
    return (error as Error).message;
  }
};
const refused = (...errors: string[]): Outcome => ({ errors });
const BODY_KINDS =
  ': body must be JSON text, bytes (Uint8Array, Buffer, ArrayBuffer, any ArrayBufferView) or parsed JSON; received';
const NOT_AN_EVENT = ': body must be one event (a JSON object) or a batch (an array of events); received';

interface Case {
  name: string;
  body: () => unknown;
  options?: ParseOptions;
  expect: Outcome[];
}

/** The sample's bytes in a buffer padded with spaces (JSON whitespace) to a multiple of `size`. */
function paddedBuffer(size: number): ArrayBuffer {
  const length = Math.ceil(BYTES.length / size) * size;
  const bytes = new Uint8Array(length).fill(0x20);
  bytes.set(BYTES);
  return bytes.buffer;
}
const VIEWS = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
];

const BODIES: Case[] = [
  { name: 'JSON text', body: () => TEXT, expect: ['valid'] },
  { name: 'JSON text with a byte-order mark', body: () => `\ufeff${TEXT}`, expect: ['valid'] },
  {
    name: 'JSON text with two byte-order marks',
    body: () => `\ufeff\ufeff${TEXT}`,
    expect: [refused(`: body is not JSON: ${jsonError(`\ufeff${TEXT}`)}`)],
  },
  { name: 'a Buffer', body: () => Buffer.from(TEXT), expect: ['valid'] },
  { name: 'UTF-8 bytes with a byte-order mark', body: () => Buffer.from(`\ufeff${TEXT}`), expect: ['valid'] },
  { name: 'an ArrayBuffer', body: () => BYTES.slice().buffer, expect: ['valid'] },
  { name: 'a DataView', body: () => new DataView(BYTES.slice().buffer), expect: ['valid'] },
  {
    name: 'a DataView on part of a buffer',
    body: () => new DataView(new TextEncoder().encode(`xx${TEXT}yy`).buffer, 2, BYTES.length),
    expect: ['valid'],
  },
  {
    name: 'a SharedArrayBuffer',
    body: () => {
      const shared = new SharedArrayBuffer(BYTES.length);
      new Uint8Array(shared).set(BYTES);
      return shared;
    },
    expect: ['valid'],
  },
  {
    name: 'a Uint8Array on a SharedArrayBuffer',
    body: () => {
      const shared = new Uint8Array(new SharedArrayBuffer(BYTES.length));
      shared.set(BYTES);
      return shared;
    },
    expect: ['valid'],
  },
  ...VIEWS.map((View): Case => ({
    name: `a ${View.name} (its bytes)`,
    body: () => new View(paddedBuffer(View.BYTES_PER_ELEMENT)),
    expect: ['valid'],
  })),
  {
    name: 'bytes that are not UTF-8',
    body: () => Uint8Array.from([...BYTES.slice(0, 40), 0xc3, 0x28, ...BYTES.slice(40)]),
    expect: [refused(': body is not valid UTF-8')],
  },
  { name: 'parsed JSON', body: sample, expect: ['valid'] },
  {
    name: 'a Blob',
    body: () => new Blob([TEXT]),
    expect: [
      refused(
        `${BODY_KINDS} a Blob: pass \`await blob.text()\` or its bytes (\`new Uint8Array(await blob.arrayBuffer())\`)`,
      ),
    ],
  },
  {
    name: 'a File',
    body: () => new File([TEXT], 'event.json'),
    expect: [
      refused(
        `${BODY_KINDS} a File: pass \`await file.text()\` or its bytes (\`new Uint8Array(await file.arrayBuffer())\`)`,
      ),
    ],
  },
  {
    name: 'a ReadableStream',
    body: () => new Blob([TEXT]).stream(),
    expect: [
      refused(
        `${BODY_KINDS} a ReadableStream: read it to the end first, e.g. \`await new Response(stream).text()\``,
      ),
    ],
  },
  {
    name: 'a Node stream',
    body: () => Readable.from([TEXT]),
    expect: [refused(`${BODY_KINDS} a stream`)],
  },
  {
    name: 'a Response',
    body: () => new Response(TEXT),
    expect: [refused(`${BODY_KINDS} a Response: pass \`await response.text()\``)],
  },
  {
    name: 'a Promise',
    body: () => Promise.resolve(TEXT),
    expect: [refused(`${BODY_KINDS} a Promise: await it first`)],
  },
  { name: 'a Map', body: () => new Map(Object.entries(SAMPLE)), expect: [refused(`${BODY_KINDS} a Map`)] },
  { name: 'a Date', body: () => new Date(), expect: [refused(`${BODY_KINDS} a Date`)] },
  { name: 'a function', body: () => () => TEXT, expect: [refused(`${BODY_KINDS} a function`)] },
  { name: 'a symbol', body: () => Symbol('event'), expect: [refused(`${BODY_KINDS} a symbol`)] },
  { name: 'a bigint', body: () => 10n, expect: [refused(`${BODY_KINDS} a bigint`)] },
  { name: 'undefined', body: () => undefined, expect: [refused(`${BODY_KINDS} undefined`)] },
  { name: 'null', body: () => null, expect: [refused(`${NOT_AN_EVENT} null`)] },
  { name: 'a number', body: () => 42, expect: [refused(`${NOT_AN_EVENT} number`)] },
  { name: 'NaN', body: () => Number.NaN, expect: [refused(`${NOT_AN_EVENT} number`)] },
  { name: 'a boolean', body: () => false, expect: [refused(`${NOT_AN_EVENT} boolean`)] },
  { name: 'JSON text of a string', body: () => '"event"', expect: [refused(`${NOT_AN_EVENT} string`)] },
  { name: 'JSON text null', body: () => 'null', expect: [refused(`${NOT_AN_EVENT} null`)] },
];

const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** The sample with raw JSON text as the value of data.<key>. */
const withDataText = (key: string, raw: string): string => {
  const event = sample();
  (event.data as Json)[key] = '@@HOLE@@';
  return JSON.stringify(event).replace('"@@HOLE@@"', raw);
};
const nest = (depth: number): unknown => {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
};
const DEPTH_ERROR = 'nests deeper than 64 levels of arrays and objects (the maxDepth option)';
const wrongMetadata = (count: number) => ({
  ...sample(),
  data: {
    ...(SAMPLE.data as Json),
    metadata: Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i])),
  },
});
const metadataErrors = (count: number) =>
  Array.from({ length: count }, (_, i) => `/data/metadata/k${i}: must be a string`);

const LIMIT_CASES: Case[] = [
  {
    name: '5,001 events in a batch',
    body: () => `[${Array(5001).fill('{}').join(',')}]`,
    expect: [
      refused(
        ': batch holds 5001 events, more than the maxEvents option allows (5000; Event Grid delivers at most 5,000)',
      ),
    ],
  },
  {
    name: '5,001 events, pre-parsed, sparse',
    body: () => new Array(5001),
    expect: [
      refused(
        ': batch holds 5001 events, more than the maxEvents option allows (5000; Event Grid delivers at most 5,000)',
      ),
    ],
  },
  {
    name: '5,000,000 holes as the body',
    body: () => new Array(5_000_000),
    expect: [
      refused(
        ': batch holds 5000000 events, more than the maxEvents option allows (5000; Event Grid delivers at most 5,000)',
      ),
    ],
  },
  {
    name: '3 events with maxEvents 2',
    body: () => [sample(), sample(), sample()],
    options: { maxEvents: 2 },
    expect: [
      refused(
        ': batch holds 3 events, more than the maxEvents option allows (2; Event Grid delivers at most 5,000)',
      ),
    ],
  },
  {
    name: 'a body of exactly 1 MiB',
    body: () => TEXT + ' '.repeat(MIB - BYTES.length),
    expect: ['valid'],
  },
  {
    name: 'a body of 1 MiB and 1 byte',
    body: () => TEXT + ' '.repeat(MIB - BYTES.length + 1),
    expect: [
      refused(
        `: body is at least ${MIB + 1} bytes, more than the maxBodyBytes option allows (${MIB} bytes; Event Grid delivers at most 1 MB in one request)`,
      ),
    ],
  },
  {
    name: 'a body of 400,000 characters that is 1,200,000 bytes of UTF-8',
    body: () => withDataText('messageBody', JSON.stringify('€'.repeat(400_000))),
    expect: [
      refused(
        `: body is ${BYTES.length - JSON.stringify((SAMPLE.data as Json).messageBody).length + 1_200_002} bytes, more than the maxBodyBytes option allows (${MIB} bytes; Event Grid delivers at most 1 MB in one request)`,
      ),
    ],
  },
  {
    name: '10 MB of bytes',
    body: () => new Uint8Array(10 * MIB),
    expect: [
      refused(
        `: body is ${10 * MIB} bytes, more than the maxBodyBytes option allows (${MIB} bytes; Event Grid delivers at most 1 MB in one request)`,
      ),
    ],
  },
  {
    name: 'a 2 MiB string in parsed JSON',
    body: () => ({ ...sample(), data: { ...(SAMPLE.data as Json), messageBody: 'x'.repeat(2 * MIB) } }),
    expect: [
      refused(
        `/data/messageBody: body is larger than the maxBodyBytes option allows (${MIB} bytes as JSON text)`,
      ),
    ],
  },
  {
    name: 'a 2 MiB string in parsed JSON, maxBodyBytes 4 MiB',
    body: () => ({ ...sample(), data: { ...(SAMPLE.data as Json), messageBody: 'x'.repeat(2 * MIB) } }),
    options: { maxBodyBytes: 4 * MIB },
    expect: ['valid'],
  },
  {
    name: 'a batch of parsed events larger than 1 MiB together',
    body: () => Array.from({ length: 3 }, () => ({ ...sample(), padding: 'x'.repeat(MIB / 2) })),
    expect: [
      refused(
        `: body is larger than the maxBodyBytes option allows (${MIB} bytes; Event Grid delivers at most 1 MB in one request)`,
      ),
    ],
  },
  {
    name: '5,000,000 items of an array in parsed JSON',
    body: () => ({ ...sample(), items: new Array(5_000_000).fill(0) }),
    expect: [
      refused(`/items: body is larger than the maxBodyBytes option allows (${MIB} bytes as JSON text)`),
    ],
  },
  { name: 'text nested 64 levels', body: () => withDataText('extra', nestedArrays(62)), expect: ['valid'] },
  {
    name: 'text nested 65 levels',
    body: () => withDataText('extra', nestedArrays(63)),
    expect: [refused(`: body ${DEPTH_ERROR}, at character ${withDataText('extra', '§').indexOf('§') + 62}`)],
  },
  {
    name: 'text nested 1,000,000 levels',
    body: () => nestedArrays(1_000_000),
    options: { maxBodyBytes: 4 * MIB },
    expect: [refused(`: body ${DEPTH_ERROR}, at character 64`)],
  },
  {
    name: 'text nested 65 levels, maxDepth 100',
    body: () => withDataText('extra', nestedArrays(63)),
    options: { maxDepth: 100 },
    expect: ['valid'],
  },
  {
    name: 'brackets, commas and escaped quotes inside strings count for nothing, maxEvents 2',
    body: () => {
      const messageBody = `he said \\"${'['.repeat(100)}${','.repeat(10)}{" \\`;
      const event = { ...sample(), data: { ...(SAMPLE.data as Json), messageBody } };
      return JSON.stringify([event, event]);
    },
    options: { maxEvents: 2 },
    expect: ['valid', 'valid'],
  },
  {
    name: 'text nested 65 levels after a string that ends in an escaped backslash',
    body: () => withDataText('extra', `["a\\\\",${nestedArrays(62)}]`),
    expect: [
      refused(
        `: body ${DEPTH_ERROR}, at character ${withDataText('extra', `["a\\\\",${nestedArrays(62)}]`).indexOf('['.repeat(62)) + 61}`,
      ),
    ],
  },
  {
    name: 'parsed JSON nested 64 levels',
    body: () => ({ ...sample(), data: { ...(SAMPLE.data as Json), extra: nest(62) } }),
    expect: ['valid'],
  },
  {
    name: 'parsed JSON nested 65 levels',
    body: () => ({ ...sample(), data: { ...(SAMPLE.data as Json), extra: nest(63) } }),
    expect: [refused(`/data/extra${'/0'.repeat(62)}: ${DEPTH_ERROR}`)],
  },
  {
    name: 'parsed JSON nested 65 levels in a batch (the batch is level 1)',
    body: () => [{ ...sample(), data: { ...(SAMPLE.data as Json), extra: nest(62) } }],
    expect: [refused(`/0/data/extra${'/0'.repeat(61)}: ${DEPTH_ERROR}`)],
  },
  {
    name: 'parsed JSON nested 1,000,000 levels (a batch of one event)',
    body: () => nest(1_000_000),
    expect: [refused(`${'/0'.repeat(64)}: ${DEPTH_ERROR}`)],
  },
  {
    name: '100 wrong metadata values: every error',
    body: () => wrongMetadata(100),
    expect: [{ eventType: CHAT, errors: metadataErrors(100) }],
  },
  {
    name: '150 wrong metadata values: 100 errors and "… and 50 more"',
    body: () => wrongMetadata(150),
    expect: [
      {
        eventType: CHAT,
        errors: [
          ...metadataErrors(100),
          '/data: … and 50 more errors (only the first 100 are reported: the maxErrors option)',
        ],
      },
    ],
  },
  {
    name: '150 wrong metadata values as text, maxErrors 3',
    body: () => JSON.stringify(wrongMetadata(150)),
    options: { maxErrors: 3 },
    expect: [
      {
        eventType: CHAT,
        errors: [
          ...metadataErrors(3),
          '/data: … and 147 more errors (only the first 3 are reported: the maxErrors option)',
        ],
      },
    ],
  },
  {
    name: '60,000 wrong metadata values, maxBodyBytes 4 MiB: counting stops at 10,000 more',
    body: () => wrongMetadata(60_000),
    options: { maxBodyBytes: 4 * MIB },
    expect: [
      {
        eventType: CHAT,
        errors: [
          ...metadataErrors(100),
          '/data: … and at least 10000 more errors (only the first 100 are reported: the maxErrors option; validation stopped there)',
        ],
      },
    ],
  },
];

for (const item of [...BODIES, ...LIMIT_CASES]) {
  test(item.name, () => {
    const results = parseEvents(item.body(), item.options);
    assert.equal(results.map(outcome), item.expect);
  });
}

test("5,000 events, Event Grid's largest batch, are all read", () => {
  const results = parseEvents(`[${Array(5000).fill('{}').join(',')}]`);
  assert.is(results.length, 5000);
  assert.equal(outcome(results[4999]!), {
    errors: ['id', 'subject', 'eventType', 'eventTime', 'data', 'dataVersion'].map(
      (field) => `/4999/${field}: is required`,
    ),
  });
});

test('parseEvent (one parsed event) keeps the depth and size limits', () => {
  const deep = { ...sample(), data: { ...(SAMPLE.data as Json), extra: nest(63) } };
  assert.equal(outcome(parseEvent(deep)), refused(`/data/extra${'/0'.repeat(62)}: ${DEPTH_ERROR}`));
  assert.is(parseEvent(deep, { maxDepth: 65 }).status, 'valid');
  const big = { ...sample(), padding: 'x'.repeat(MIB) };
  assert.equal(
    outcome(parseEvent(big)),
    refused(`/padding: body is larger than the maxBodyBytes option allows (${MIB} bytes as JSON text)`),
  );
  assert.is(parseEvent(big, { maxBodyBytes: 2 * MIB }).status, 'valid');
});
test.run();
