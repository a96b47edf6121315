/**
 * parseEvents on hostile input: never throws, never pollutes a prototype, classifies every case
 * ('invalid' or 'unknown' as appropriate, 'valid' where the hostile part is an unknown property
 * Azure could add), and returns in bounded time (a hang guard, not a speed test).
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseEvents, type ParsedEvent, type ParseOptions } from '../generated/package/dist/index.js';

const HANG_GUARD_MS = 2000;
const DEPTH = 100_000;
const TEN_MB = 10 * 1024 * 1024;

type Json = Record<string, unknown>;
const catalog = JSON.parse(readFileSync(new URL('../generated/catalog.json', import.meta.url), 'utf8')) as {
  events: { type: string; samples: { corrected: Json }[] }[];
};
/** A valid Event Grid event (ChatMessageReceived, 2021-02 docs sample, with identifiers). */
const SAMPLE = catalog.events
  .find((event) => event.type === 'Microsoft.Communication.ChatMessageReceived')!
  .samples.map((sample) => sample.corrected)
  .find((event) => (event.data as Json).senderCommunicationIdentifier !== undefined)!;
const sample = (): Json => structuredClone(SAMPLE);
const SAMPLE_TEXT = JSON.stringify(SAMPLE);
const withData = (patch: (data: Json) => void): Json => {
  const event = sample();
  patch(event.data as Json);
  return event;
};

// ---- prototype pollution guard ------------------------------------------------------------------

const PROTOTYPES: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
];
type Snapshot = Map<string, Map<PropertyKey, unknown[]>>;
function snapshotPrototypes(): Snapshot {
  return new Map(
    PROTOTYPES.map(([name, proto]) => [
      name,
      new Map(
        Reflect.ownKeys(proto).map((key) => {
          const d = Object.getOwnPropertyDescriptor(proto, key)!;
          return [key, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]];
        }),
      ),
    ]),
  );
}
const BEFORE = snapshotPrototypes();
function assertNoPollution(label: string): void {
  const after = snapshotPrototypes();
  for (const [name, keys] of BEFORE) {
    const now = after.get(name)!;
    assert.equal(
      [...now.keys()].map(String),
      [...keys.keys()].map(String),
      `${label}: ${name} gained or lost keys`,
    );
    for (const [key, parts] of keys) {
      assert.ok(
        parts.every((part, i) => Object.is(part, now.get(key)![i])),
        `${label}: ${name}.${String(key)} was changed`,
      );
    }
  }
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'eventType', 'data', 'specversion']) {
    assert.is(probe[key], undefined, `${label}: ({}).${key} is inherited`);
  }
  assert.is(Object.getPrototypeOf(probe), Object.prototype, label);
}

// ---- the table ----------------------------------------------------------------------------------

type Status = ParsedEvent['status'];
interface Case {
  name: string;
  /** Built lazily (outside the timed region): big inputs are made once, when their case runs. */
  body: () => unknown;
  expect: Status[];
  strict?: boolean;
  /** Limits other than the defaults. */
  options?: ParseOptions;
  /** A further check on the results (e.g. error paths, bounded messages). */
  also?: (results: ParsedEvent[]) => void;
}

const nestArray = (depth: number, inner: unknown): unknown => {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const nestObject = (depth: number, inner: unknown): unknown => {
  let value = inner;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};
const deepArrayText = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObjectText = (depth: number) => '{"a":'.repeat(depth) + 'null' + '}'.repeat(depth);
/** SAMPLE_TEXT with the value of data.<key> replaced by raw JSON text. */
const withDataText = (key: string, raw: string): string => {
  const event = sample();
  (event.data as Json)[key] = '@@HOLE@@';
  return JSON.stringify(event).replace('"@@HOLE@@"', raw);
};
/** The body breaks a limit: one error naming the option. */
const limit = (option: 'maxDepth' | 'maxBodyBytes' | 'maxEvents') => (results: ParsedEvent[]) => {
  const messages = results.flatMap((result) =>
    result.status === 'invalid' ? result.errors.map((error) => error.message) : [],
  );
  assert.ok(
    messages.length === 1 && messages[0]!.includes(`the ${option} option`),
    `expected the ${option} limit, found ${messages.join('; ')}`,
  );
};
const BIG = { maxBodyBytes: 16 * 1024 * 1024, maxDepth: 200_000, maxEvents: 100_000 };
const errorPaths = (results: ParsedEvent[]) =>
  results.flatMap((result) => (result.status === 'invalid' ? result.errors.map((error) => error.path) : []));
const errorsAt =
  (...paths: string[]) =>
  (results: ParsedEvent[]) => {
    const found = errorPaths(results);
    for (const path of paths)
      assert.ok(found.includes(path), `expected an error at ${path}, found ${found.join(', ')}`);
  };
/** Errors must not echo megabytes of input back. */
const boundedErrors = (results: ParsedEvent[]) => {
  for (const result of results) {
    if (result.status !== 'invalid') continue;
    for (const error of result.errors) {
      const size = error.path.length + error.message.length + error.expected.length + error.received.length;
      assert.ok(size < 2000, `an error of ${size} characters: ${error.message.slice(0, 100)}…`);
    }
  }
};

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
/** JSON text with "__proto__"/"constructor"/"prototype" keys at every level of the sample. */
function protoKeysEverywhere(where: 'everywhere' | 'data' = 'everywhere'): string {
  const payload = '{"polluted":true,"isAdmin":true,"prototype":{"polluted":true}}';
  const visit = (value: unknown, add: boolean): string => {
    if (Array.isArray(value)) return `[${value.map((item) => visit(item, add)).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      const own = Object.entries(value).map(
        ([k, v]) => `${JSON.stringify(k)}:${visit(v, add || k === 'data')}`,
      );
      return `{${[...own, ...(add ? PROTO_KEYS.map((k) => `${JSON.stringify(k)}:${payload}`) : [])].join(',')}}`;
    }
    return JSON.stringify(value);
  };
  return visit(SAMPLE, where === 'everywhere');
}

const CASES: Case[] = [
  // Not JSON at all.
  ...[
    '',
    ' ',
    'hello',
    '{',
    '}',
    '<xml/>',
    'undefined',
    'NaN',
    'Infinity',
    "{'id':1}",
    '{"a":1,}',
    '[1,,2]',
    '\u0000',
    '\ufeff\ufeff[]',
  ].map((text): Case => ({
    name: `non-JSON ${JSON.stringify(text)}`,
    body: () => text,
    expect: ['invalid'],
  })),
  // JSON, but not events.
  ...['null', 'true', '0', '-0', '"x"', '1e400', '[null]', '[[]]', '[1]', '{}'].map((text): Case => ({
    name: `JSON that is no event: ${text}`,
    body: () => text,
    expect: text.startsWith('[') ? ['invalid'] : ['invalid'],
  })),
  { name: 'an empty batch', body: () => '[]', expect: [] },
  { name: 'an empty batch after a byte-order mark', body: () => '\ufeff[]', expect: [] },
  // Truncated JSON: the sample cut at 25 places.
  ...Array.from({ length: 25 }, (_, i): Case => {
    const at = Math.floor(((i + 1) * SAMPLE_TEXT.length) / 26);
    return {
      name: `truncated JSON at ${at}/${SAMPLE_TEXT.length}`,
      body: () => SAMPLE_TEXT.slice(0, at),
      expect: ['invalid'],
    };
  }),
  {
    name: 'truncated batch',
    body: () => `[${SAMPLE_TEXT},${SAMPLE_TEXT.slice(0, 100)}`,
    expect: ['invalid'],
  },
  // 100,000-deep nesting, as text and as pre-built objects; under data and under an unknown key.
  { name: `${DEPTH}-deep array (text)`, body: () => deepArrayText(DEPTH), expect: ['invalid'] },
  { name: `${DEPTH}-deep object (text)`, body: () => deepObjectText(DEPTH), expect: ['invalid'] },
  { name: `${DEPTH}-deep array (pre-built)`, body: () => nestArray(DEPTH, SAMPLE), expect: ['invalid'] },
  { name: `${DEPTH}-deep object (pre-built)`, body: () => nestObject(DEPTH, SAMPLE), expect: ['invalid'] },
  {
    name: `${DEPTH}-deep object as data (text)`,
    body: () =>
      SAMPLE_TEXT.replace(/"data":\{.*\},"eventType"/, `"data":${deepObjectText(DEPTH)},"eventType"`),
    expect: ['invalid'],
  },
  {
    name: `${DEPTH}-deep array as data (pre-built)`,
    body: () => ({ ...sample(), data: nestArray(DEPTH, 1) }),
    expect: ['invalid'],
    also: limit('maxDepth'),
  },
  {
    name: `${DEPTH}-deep array as data (pre-built), limits raised`,
    body: () => ({ ...sample(), data: nestArray(DEPTH, 1) }),
    options: BIG,
    expect: ['invalid'],
    also: errorsAt('/data'),
  },
  {
    name: `${DEPTH}-deep value under a typed data property (text)`,
    body: () => withDataText('senderCommunicationIdentifier', deepObjectText(DEPTH)),
    expect: ['invalid'],
    also: limit('maxDepth'),
  },
  {
    name: `${DEPTH}-deep value under a typed data property (text), limits raised`,
    body: () => withDataText('senderCommunicationIdentifier', deepObjectText(DEPTH)),
    options: BIG,
    expect: ['invalid'],
    also: errorsAt('/data/senderCommunicationIdentifier/rawId'),
  },
  {
    name: `${DEPTH}-deep value under an unknown data key (text): the depth limit holds there too`,
    body: () => withDataText('newField', deepArrayText(DEPTH)),
    expect: ['invalid'],
    also: limit('maxDepth'),
  },
  {
    name: `${DEPTH}-deep value under an unknown data key (text), limits raised: accepted like any new field`,
    body: () => withDataText('newField', deepArrayText(DEPTH)),
    options: BIG,
    expect: ['valid'],
  },
  {
    name: `${DEPTH}-deep value under an unknown data key, strict mode, limits raised`,
    body: () => withDataText('newField', deepArrayText(DEPTH)),
    strict: true,
    options: BIG,
    expect: ['invalid'],
    also: errorsAt('/data/newField'),
  },
  {
    name: `${DEPTH}-deep value under an unknown envelope key (pre-built)`,
    body: () => ({ ...sample(), extension: nestObject(DEPTH, 1) }),
    expect: ['invalid'],
    also: limit('maxDepth'),
  },
  {
    name: `${DEPTH}-deep data of an unknown event type`,
    body: () => ({ ...sample(), eventType: 'Contoso.Items.ItemCreated', data: nestObject(DEPTH, 1) }),
    expect: ['invalid'],
    also: limit('maxDepth'),
  },
  {
    name: `${DEPTH}-deep value in ChatMessageMetadata (a string map)`,
    body: () => withData((data) => (data.metadata = { key: nestArray(DEPTH, 'x') })),
    expect: ['invalid'],
    also: limit('maxDepth'),
  },
  // 10 MB strings.
  { name: '10 MB non-JSON body', body: () => 'a'.repeat(TEN_MB), expect: ['invalid'], also: boundedErrors },
  {
    name: '10 MB JSON string body',
    body: () => JSON.stringify('a'.repeat(TEN_MB)),
    expect: ['invalid'],
    also: boundedErrors,
  },
  {
    name: '10 MB as bytes',
    body: () => new Uint8Array(TEN_MB).fill(0x61),
    expect: ['invalid'],
    also: boundedErrors,
  },
  {
    name: '1 MB JSON batch of 65,536 strings as bytes',
    body: () => Buffer.from(JSON.stringify(Array(65_536).fill('x'.repeat(12)))),
    expect: ['invalid'],
    also: limit('maxEvents'),
  },
  {
    name: '1 MB JSON batch of 65,536 strings as bytes, limits raised',
    body: () => Buffer.from(JSON.stringify(Array(65_536).fill('x'.repeat(12)))),
    options: BIG,
    expect: Array(65_536).fill('invalid'),
  },
  {
    name: '10 MB message body',
    body: () => JSON.stringify(withData((data) => (data.messageBody = 'x'.repeat(TEN_MB)))),
    expect: ['invalid'],
    also: limit('maxBodyBytes'),
  },
  {
    name: '10 MB message body (a string property), limits raised: valid',
    body: () => JSON.stringify(withData((data) => (data.messageBody = 'x'.repeat(TEN_MB)))),
    options: BIG,
    expect: ['valid'],
  },
  {
    name: '10 MB timestamp, limits raised',
    body: () => JSON.stringify(withData((data) => (data.composeTime = '2'.repeat(TEN_MB)))),
    options: BIG,
    expect: ['invalid'],
    also: (results) => {
      errorsAt('/data/composeTime')(results);
      boundedErrors(results);
    },
  },
  {
    name: '10 MB property name',
    body: () => JSON.stringify(withData((data) => (data['k'.repeat(TEN_MB)] = 1))),
    strict: true,
    options: BIG,
    expect: ['invalid'],
  },
  // "__proto__", "constructor" and "prototype" keys at every level.
  {
    name: '__proto__/constructor/prototype keys at every level (text)',
    body: protoKeysEverywhere,
    expect: ['valid'],
  },
  {
    name: '__proto__/constructor/prototype keys at every level (text), strict mode: the envelope reports them',
    body: protoKeysEverywhere,
    strict: true,
    expect: ['invalid'],
    also: errorsAt('/__proto__', '/constructor', '/prototype'),
  },
  {
    name: '__proto__/constructor/prototype keys at every level of data (text), strict mode',
    body: () => protoKeysEverywhere('data'),
    strict: true,
    expect: ['invalid'],
    also: errorsAt(
      '/data/__proto__',
      '/data/constructor',
      '/data/senderCommunicationIdentifier/communicationUser/prototype',
    ),
  },
  {
    name: '__proto__ keys at every level (pre-parsed)',
    body: () => JSON.parse(protoKeysEverywhere()),
    expect: ['valid'],
  },
  {
    name: '"__proto__" as the data',
    body: () => SAMPLE_TEXT.replace('"data":', '"__proto__":{"data":{}},"data":'),
    expect: ['valid'],
  },
  {
    name: 'required properties only inherited (a prototype, not own keys)',
    body: () => Object.create(sample()),
    expect: ['invalid'],
    also: errorsAt('/id', '/eventType', '/data'),
  },
  {
    name: 'data whose properties are inherited',
    body: () => ({ ...sample(), data: Object.create(SAMPLE.data as object) }),
    expect: ['invalid'],
    also: errorsAt('/data/messageId'),
  },
  {
    name: 'batch of __proto__ events',
    body: () => `[${protoKeysEverywhere()},${protoKeysEverywhere()}]`,
    expect: ['valid', 'valid'],
  },
  // Numbers where strings belong and the reverse.
  {
    name: 'numeric eventType',
    body: () => ({ ...sample(), eventType: 42 }),
    expect: ['invalid'],
    also: errorsAt('/eventType'),
  },
  { name: 'numeric id', body: () => ({ ...sample(), id: 1 }), expect: ['invalid'], also: errorsAt('/id') },
  {
    name: 'numeric message body',
    body: () => withData((data) => (data.messageBody = 5)),
    expect: ['invalid'],
    also: errorsAt('/data/messageBody'),
  },
  {
    name: 'numeric timestamp',
    body: () => withData((data) => (data.composeTime = 1613694358927)),
    expect: ['invalid'],
    also: errorsAt('/data/composeTime'),
  },
  {
    name: 'string version',
    body: () => withData((data) => (data.version = '1613694358927')),
    expect: ['invalid'],
    also: errorsAt('/data/version'),
  },
  {
    name: 'boolean rawId',
    body: () => withData((data) => ((data.senderCommunicationIdentifier as Json).rawId = true)),
    expect: ['invalid'],
  },
  // Arrays where objects belong.
  { name: 'array as the event', body: () => [[sample()]], expect: ['invalid'] },
  {
    name: 'array as data',
    body: () => ({ ...sample(), data: [SAMPLE.data] }),
    expect: ['invalid'],
    also: errorsAt('/data'),
  },
  {
    name: 'array as an identifier',
    body: () =>
      withData((data) => (data.senderCommunicationIdentifier = [data.senderCommunicationIdentifier])),
    expect: ['invalid'],
    also: errorsAt('/data/senderCommunicationIdentifier'),
  },
  { name: 'array as metadata', body: () => withData((data) => (data.metadata = ['a'])), expect: ['invalid'] },
  {
    name: 'string as data',
    body: () => ({ ...sample(), data: JSON.stringify(SAMPLE.data) }),
    expect: ['invalid'],
  },
  // Huge and odd numbers.
  {
    name: 'version 1e400 (text: Infinity after parsing)',
    body: () => withDataText('version', '1e400'),
    expect: ['invalid'],
  },
  { name: 'version -1e400 (text)', body: () => withDataText('version', '-1e400'), expect: ['invalid'] },
  {
    name: 'version 2**64 (text: an integer)',
    body: () => withDataText('version', '18446744073709551616'),
    expect: ['valid'],
  },
  {
    name: 'version with 400 digits (text)',
    body: () => withDataText('version', '9'.repeat(400)),
    expect: ['invalid'],
  },
  { name: 'version -0 (text)', body: () => withDataText('version', '-0'), expect: ['valid'] },
  {
    name: 'version 1.0 (text: an integer in JSON)',
    body: () => withDataText('version', '1.0'),
    expect: ['valid'],
  },
  { name: 'version 1.5', body: () => withData((data) => (data.version = 1.5)), expect: ['invalid'] },
  { name: 'version 1e-400 (text: 0)', body: () => withDataText('version', '1e-400'), expect: ['valid'] },
  // NaN and Infinity can only arrive pre-parsed.
  {
    name: 'NaN version (pre-parsed)',
    body: () => withData((data) => (data.version = Number.NaN)),
    expect: ['invalid'],
    also: errorsAt('/data/version'),
  },
  {
    name: 'Infinity version (pre-parsed)',
    body: () => withData((data) => (data.version = Infinity)),
    expect: ['invalid'],
  },
  {
    name: '-Infinity version (pre-parsed)',
    body: () => withData((data) => (data.version = -Infinity)),
    expect: ['invalid'],
  },
  { name: 'NaN as the whole body (pre-parsed)', body: () => Number.NaN, expect: ['invalid'] },
  {
    name: 'NaN as dataVersion (pre-parsed)',
    body: () => ({ ...sample(), dataVersion: Number.NaN }),
    expect: ['invalid'],
  },
  {
    name: 'BigInt version (pre-parsed)',
    body: () => withData((data) => (data.version = 10n)),
    expect: ['invalid'],
  },
  { name: 'undefined (pre-parsed)', body: () => undefined, expect: ['invalid'] },
  { name: 'a function (pre-parsed)', body: () => () => SAMPLE, expect: ['invalid'] },
  { name: 'a Symbol (pre-parsed)', body: () => Symbol('event'), expect: ['invalid'] },
  // Bytes.
  {
    name: 'invalid UTF-8 bytes',
    body: () => new Uint8Array([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80]),
    expect: ['invalid'],
  },
  {
    name: 'invalid UTF-8 before valid JSON',
    body: () => Uint8Array.from([0xff, ...Buffer.from(SAMPLE_TEXT)]),
    expect: ['invalid'],
  },
  {
    name: 'invalid UTF-8 inside a string value (JSON text is UTF-8: refused)',
    body: () => {
      const [before, after] = withDataText('messageBody', '"@@"').split('@@') as [string, string];
      return Uint8Array.from([...Buffer.from(before), 0xc3, 0x28, 0xa0, ...Buffer.from(after)]);
    },
    expect: ['invalid'],
  },
  {
    name: 'truncated UTF-8 sequence at the end',
    body: () => Uint8Array.from([...Buffer.from(SAMPLE_TEXT), 0xe2, 0x82]),
    expect: ['invalid'],
  },
  {
    name: 'UTF-8 with a BOM (valid)',
    body: () => Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(SAMPLE_TEXT)]),
    expect: ['valid'],
  },
  { name: 'a Buffer (valid)', body: () => Buffer.from(SAMPLE_TEXT), expect: ['valid'] },
  { name: 'an empty Uint8Array', body: () => new Uint8Array(), expect: ['invalid'] },
  {
    name: 'a Uint8Array view into a larger buffer',
    body: () => Buffer.from(`xx${SAMPLE_TEXT}xx`).subarray(2, 2 + SAMPLE_TEXT.length),
    expect: ['valid'],
  },
  {
    name: 'an ArrayBuffer',
    body: () => new TextEncoder().encode(SAMPLE_TEXT).buffer,
    expect: ['valid'],
  },
  // Big batches and cycles.
  {
    name: "5,000 empty objects in one batch (Event Grid's largest)",
    body: () => `[${Array(5_000).fill('{}').join(',')}]`,
    expect: Array(5_000).fill('invalid'),
  },
  {
    name: 'a cycle under an unknown key (pre-built)',
    body: () => {
      const event = sample();
      event.self = event;
      (event.data as Json).loop = event.data;
      return event;
    },
    expect: ['invalid'],
    also: errorsAt('/data/loop'),
  },
  {
    name: 'a cycle under an unknown key, strict mode (pre-built)',
    body: () => {
      const event = sample();
      (event.data as Json).loop = event.data;
      return event;
    },
    strict: true,
    expect: ['invalid'],
  },
];

// Accessors and proxies that throw: "never throws" covers them too (pre-parsed input is whatever
// the caller hands over).
const THROWING: Case[] = [
  {
    name: 'a getter that throws (pre-built)',
    body: () =>
      Object.defineProperty(sample(), 'eventType', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    expect: ['invalid'],
  },
  {
    name: 'a getter that throws inside data (pre-built)',
    body: () => {
      const event = sample();
      Object.defineProperty(event.data, 'messageBody', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      return event;
    },
    expect: ['invalid'],
  },
  {
    name: 'a proxy whose traps throw (pre-built)',
    body: () =>
      new Proxy(sample(), {
        get() {
          throw new Error('get');
        },
        getOwnPropertyDescriptor() {
          throw new Error('getOwnPropertyDescriptor');
        },
        has() {
          throw new Error('has');
        },
      }),
    expect: ['invalid'],
  },
  {
    name: 'a revoked proxy (pre-built)',
    body: () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
    expect: ['invalid'],
  },
  {
    name: 'a proxy array whose traps throw (pre-built)',
    body: () =>
      new Proxy([sample()], {
        get() {
          throw new Error('get');
        },
      }),
    expect: ['invalid'],
  },
];

function run(item: Case): { results?: ParsedEvent[]; error?: unknown; ms: number } {
  const body = item.body();
  const started = performance.now();
  try {
    const results = parseEvents(body, item.strict ? { ...item.options, strict: true } : item.options);
    return { results, ms: performance.now() - started };
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
}

for (const item of [...CASES, ...THROWING]) {
  test(item.name, () => {
    const { results, error, ms } = run(item);
    assertNoPollution(item.name);
    if (process.env.HOSTILE_TIMES) console.log(`\n${Math.round(ms)}ms ${item.name}`);
    assert.ok(ms < HANG_GUARD_MS, `took ${Math.round(ms)}ms (hang guard ${HANG_GUARD_MS}ms)`);
    if (error !== undefined)
      assert.unreachable(`threw ${error instanceof Error ? error.stack : String(error)}`);
    assert.equal(
      results!.map((result) => result.status),
      item.expect,
      item.expect.length > 3
        ? undefined
        : JSON.stringify(results!.map((r) => (r.status === 'invalid' ? r.errors : r.status))).slice(0, 2000),
    );
    item.also?.(results!);
  });
}

test('no case left a property on Object.prototype', () => {
  assertNoPollution('after all cases');
  assert.is((Object.prototype as Record<string, unknown>).polluted, undefined);
});

test.run();
