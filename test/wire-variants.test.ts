/**
 * Documented wire forms end to end: every sample any source published, as published, parses as
 * `valid` (normalized when it shows a documented variant) or `invalid` naming a doc-error erratum;
 * strict mode rejects the variants; the runtime and the catalog rules behind them.
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  parseEvents,
  validateAcsChatMessageReceivedInThreadEventData,
} from '../generated/package/dist/index.js';
import {
  $wireForms,
  type WireForm,
  type WireNormalization,
} from '../generator/runtime/support/wire-normalization.ts';
import type { ValidationError } from '../generator/runtime/support/validation.ts';
import { wireFormsOf } from '../generator/model/wire-forms.ts';
import type { Erratum, JsonSchema } from '../generator/model/catalog-model.ts';

interface CatalogErratum {
  id: string;
  wire?: 'variant' | 'doc-error';
}
interface CatalogEvent {
  type: string;
  samples: {
    id: string;
    errata: CatalogErratum[];
    asPublished: { data: unknown };
    corrected: { data: unknown };
  }[];
}
const catalog = JSON.parse(readFileSync(new URL('../generated/catalog.json', import.meta.url), 'utf8')) as {
  events: CatalogEvent[];
};
const samples = catalog.events.flatMap((event) => event.samples.map((sample) => ({ event, sample })));
const decided = (event: CatalogEvent, decision: 'variant' | 'doc-error') =>
  new Set(event.samples.flatMap((s) => s.errata.filter((e) => e.wire === decision).map((e) => e.id)));
const valueAt = (value: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((at, name) => (at as Record<string, unknown> | undefined)?.[name], value);

test('every published sample parses as valid (normalized when a documented variant) or invalid naming a doc-error erratum', () => {
  const tally = { valid: 0, normalized: 0, named: 0 };
  for (const { event, sample } of samples) {
    const before = JSON.stringify(sample.asPublished);
    const [result] = parseEvents(structuredClone(sample.asPublished));
    const where = `${event.type} ${sample.id}`;
    assert.ok(result, where);
    if (result.status === 'valid') {
      tally.valid++;
      const variants = decided(event, 'variant');
      for (const change of result.normalized) {
        assert.ok(
          variants.has(change.erratum),
          `${where}: ${change.erratum} is not a variant erratum of the event`,
        );
        // The canonical form is the catalog's correction.
        assert.equal(valueAt(result.event, change.path), valueAt(sample.corrected, change.path), where);
      }
      if (result.normalized.length > 0) tally.normalized++;
      const own = sample.errata.filter((erratum) => erratum.wire === 'variant');
      assert.is(
        result.normalized.length > 0,
        own.length > 0,
        `${where}: normalized iff the sample shows a variant`,
      );
    } else if (result.status === 'invalid') {
      const docErrors = decided(event, 'doc-error');
      const named = result.errors.filter((error) =>
        [...docErrors].some((id) => error.message.includes(`(erratum ${id})`)),
      );
      assert.ok(named.length > 0, `${where}: ${JSON.stringify(result.errors)}`);
      assert.ok(
        sample.errata.some((erratum) => erratum.wire === 'doc-error'),
        where,
      );
      tally.named++;
    } else assert.unreachable(`${where}: ${result.status}`);
    assert.is(JSON.stringify(sample.asPublished), before, `${where}: the input is untouched`);
  }
  assert.equal(tally, { valid: 102, normalized: 14, named: 8 });
});

test('strict mode rejects every documented variant, naming its erratum', () => {
  let rejected = 0;
  for (const { event, sample } of samples) {
    if (!sample.errata.some((erratum) => erratum.wire === 'variant')) continue;
    const [result] = parseEvents([sample.asPublished], { strict: true });
    assert.is(result?.status, 'invalid', `${event.type} ${sample.id}`);
    if (result?.status !== 'invalid') continue;
    const variants = decided(event, 'variant');
    assert.ok(
      result.errors.some((error) =>
        [...variants].some((id) => error.message.includes(`(erratum ${id}): rejected in strict mode`)),
      ),
      JSON.stringify(result.errors),
    );
    rejected++;
  }
  assert.is(rejected, 14);
});

test('the validator returns the canonical form and what it normalized', () => {
  const data = { threadId: 't', version: '1613783230064' };
  const result = validateAcsChatMessageReceivedInThreadEventData(data);
  assert.is(result.ok, false); // the rest of the data is missing
  const sample = catalog.events.find(
    (event) => event.type === 'Microsoft.Communication.ChatMessageReceivedInThread',
  )!.samples[0]!.asPublished.data as Record<string, unknown>;
  const valid = validateAcsChatMessageReceivedInThreadEventData(sample);
  assert.ok(valid.ok);
  if (!valid.ok) return;
  assert.is(valid.value.version, 1613783230064);
  assert.is(sample.version, '1613783230064');
  assert.equal(valid.normalized, [
    {
      erratum: 'version-as-string-chatmessagereceivedinthread-2021-02',
      path: '/version',
      kind: 'value',
      from: '1613783230064',
      to: 1613783230064,
    },
  ]);
});

test('canonical data skips the error-collecting check: the same object back, nothing normalized; a failing guard still gets the errors', () => {
  const corrected = catalog.events.find(
    (event) => event.type === 'Microsoft.Communication.ChatMessageReceivedInThread',
  )!.samples[0]!.corrected.data as Record<string, unknown>;
  const data = JSON.parse(JSON.stringify(corrected)) as Record<string, unknown>;
  for (const strict of [false, true]) {
    const valid = validateAcsChatMessageReceivedInThreadEventData(data, { strict });
    assert.ok(valid.ok);
    if (valid.ok) {
      assert.is(valid.value, data);
      assert.equal(valid.normalized, []);
    }
  }
  const wrong = validateAcsChatMessageReceivedInThreadEventData({ ...data, messageBody: 42 });
  assert.equal(wrong.ok ? [] : wrong.errors.map((error) => `${error.path} ${error.received}`), [
    '/messageBody number',
  ]);
  const throwing = Object.defineProperty({ ...data }, 'messageBody', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const thrown = validateAcsChatMessageReceivedInThreadEventData(throwing);
  assert.equal(thrown.ok ? [] : thrown.errors.map((error) => error.received), ['exception']);
});

// ── The runtime, on its own ──────────────────────────────────────────────────────────────────────

const FORMS: WireForm[] = [
  {
    erratum: 'e-name',
    decision: 'variant',
    parent: ['outer'],
    name: 'atTimestamp',
    published: { name: 'atTimeStamp' },
  },
  { erratum: 'e-digits', decision: 'variant', parent: [], name: 'version', published: 'digit-string' },
  {
    erratum: 'e-doc',
    decision: 'doc-error',
    parent: [],
    name: 'messageId',
    published: { name: 'MessageId' },
  },
  { erratum: 'e-net', decision: 'doc-error', parent: [], name: 'at', published: 'dotnet-date-time' },
];

type RuntimeCase = [
  label: string,
  input: unknown,
  strict: boolean,
  output: unknown,
  errors: string[],
  normalized: string[],
];
const RUNTIME_CASES: RuntimeCase[] = [
  [
    'canonical data is returned as is',
    { version: 1, outer: { atTimestamp: 'x' } },
    false,
    { version: 1, outer: { atTimestamp: 'x' } },
    [],
    [],
  ],
  [
    'a nested variant name is renamed in place',
    { outer: { a: 1, atTimeStamp: 'x', b: 2 } },
    false,
    { outer: { a: 1, atTimestamp: 'x', b: 2 } },
    [],
    ['e-name /outer/atTimestamp atTimeStamp→atTimestamp'],
  ],
  [
    'a digit string becomes its number',
    { version: '42' },
    false,
    { version: 42 },
    [],
    ['e-digits /version 42→42'],
  ],
  [
    '16 digits stay a string (the schema rejects it)',
    { version: '1234567890123456' },
    false,
    { version: '1234567890123456' },
    [],
    [],
  ],
  ['a leading zero is not a documented form', { version: '042' }, false, { version: '042' }, [], []],
  [
    'both names present',
    { outer: { atTimeStamp: 'x', atTimestamp: 'y' } },
    false,
    { outer: { atTimeStamp: 'x', atTimestamp: 'y' } },
    [
      '/outer/atTimeStamp is a documented variant of `atTimestamp` (erratum e-name), which is present too: send one of them',
    ],
    [],
  ],
  [
    'strict: normalized but rejected',
    { version: '7' },
    true,
    { version: 7 },
    [
      '/version is a digit string, a documented variant of an integer (erratum e-digits): rejected in strict mode',
    ],
    ['e-digits /version 7→7'],
  ],
  [
    'a doc error is rejected with the fix',
    { MessageId: 'm' },
    false,
    { MessageId: 'm' },
    ['/MessageId is a documentation error (erratum e-doc): did you mean `messageId`?'],
    [],
  ],
  [
    'a .NET date is rejected',
    { at: '3/28/2007 7:13:50 PM +00:00' },
    false,
    { at: '3/28/2007 7:13:50 PM +00:00' },
    [
      '/at is a .NET date, a documentation error (erratum e-net): write an RFC 3339 date-time, e.g. "2007-03-28T19:13:50+00:00"',
    ],
    [],
  ],
  ['not an object: left to the schema', 'text', false, 'text', [], []],
  ['parent not an object: left to the schema', { outer: [1] }, false, { outer: [1] }, [], []],
  [
    'a "__proto__" key stays a key',
    JSON.parse('{"outer": {"__proto__": 1, "atTimeStamp": "x"}}'),
    false,
    JSON.parse('{"outer": {"__proto__": 1, "atTimestamp": "x"}}'),
    [],
    ['e-name /outer/atTimestamp atTimeStamp→atTimestamp'],
  ],
];

for (const [label, input, strict, output, errors, normalized] of RUNTIME_CASES) {
  test(`$wireForms: ${label}`, () => {
    const frozenInput = structuredClone(input);
    const found: ValidationError[] = [];
    const changes: WireNormalization[] = [];
    const result = $wireForms(input, FORMS, strict, found, changes);
    assert.equal(result, output);
    assert.equal(input, frozenInput, 'the input is untouched');
    assert.equal(
      found.map((error) => `${error.path} ${error.message}`),
      errors,
    );
    assert.equal(
      changes.map((c) => `${c.erratum} ${c.path} ${String(c.from)}→${String(c.to)}`),
      normalized,
    );
    if (changes.length === 0 && errors.length === 0)
      assert.is(result, input, 'nothing copied when nothing changes');
  });
}

// ── The catalog rules (model/wire-forms.ts, reported by the checker) ────────────────────────────

const SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    version: { type: 'integer', format: 'int64' },
    name: { type: 'string' },
    both: { type: 'string' },
    Both: { type: 'string' },
    picked: { oneOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'null' }] },
  },
  required: ['version'],
};
const erratum = (patch: Erratum['patch'], wire: Erratum['wire'] = 'variant', id = 'e'): Erratum => ({
  id,
  kind: 'casing',
  source: { document: 'd', line: 1 },
  wrong: 'w',
  correction: 'c',
  ...(patch ? { patch } : {}),
  ...(wire ? { wire } : {}),
});
const PROBLEMS: [
  label: string,
  errata: Erratum[],
  data: Record<string, unknown>,
  problem: string | undefined,
][] = [
  [
    'a rename is a form',
    [erratum([{ op: 'move', from: '/data/Name', path: '/data/name' }])],
    { Name: 'x' },
    undefined,
  ],
  [
    'a digit string is a form',
    [erratum([{ op: 'replace', path: '/data/version', value: 12 }])],
    { version: '12' },
    undefined,
  ],
  [
    'no patch',
    [erratum(undefined)],
    {},
    '`wire` needs a patch: the form is read from it (a move within one object, or a digit string replaced by its number)',
  ],
  [
    'a move across objects',
    [erratum([{ op: 'move', from: '/data/a/name', path: '/data/name' }])],
    {},
    'patch op move /data/a/name → /data/name is not a wire form: a rename moves a property of data within one object',
  ],
  [
    'a replace that is no digit string',
    [erratum([{ op: 'replace', path: '/data/name', value: 'x' }])],
    { name: 'y' },
    "patch op replace /data/name is not a wire form: a wire erratum's patch either moves a property within one object (a name), replaces a digit string of at most 15 digits by its number, or (a doc error) replaces a .NET en-US date by a date-time",
  ],
  [
    'the published name is declared',
    [erratum([{ op: 'move', from: '/data/Both', path: '/data/both' }])],
    { Both: 'x' },
    'the schema declares Both too: a published form is not part of the canonical schema (remove it, the types carry the canonical name only)',
  ],
  [
    'an undeclared canonical name',
    [erratum([{ op: 'move', from: '/data/X', path: '/data/x' }])],
    { X: 1 },
    'the schema declares no property /x in data',
  ],
  [
    'through a union',
    [erratum([{ op: 'move', from: '/data/picked/A', path: '/data/picked/a' }])],
    {},
    'the schema at /picked is a union (anyOf/oneOf): a wire form needs one place',
  ],
  [
    'two decisions for one form',
    [
      erratum([{ op: 'move', from: '/data/Name', path: '/data/name' }]),
      erratum([{ op: 'move', from: '/data/Name', path: '/data/name' }], 'doc-error', 'f'),
    ],
    { Name: 'x' },
    'doc-error here, but e decides variant for the same form',
  ],
];
for (const [label, errata, data, problem] of PROBLEMS) {
  test(`wire forms in the catalog: ${label}`, () => {
    const { problems } = wireFormsOf([{ errata, asPublished: { data } as never }], SCHEMA, new Map());
    assert.equal(
      problems.map((p) => p.message),
      problem === undefined ? [] : [problem],
    );
  });
}

test.run();
