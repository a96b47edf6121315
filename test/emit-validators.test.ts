import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { banner } from '../generator/syntax/banner.ts';
import { emitTypes } from '../generator/emit/types/emit-types.ts';
import { emitValidators, VALIDATORS_PATH } from '../generator/emit/validators/emit-validators.ts';
import type { Catalog, EventType, JsonSchema, OutputFile } from '../generator/model/catalog-model.ts';
import { newDataSchemaAjv } from '../generator/model/data-schema-ajv.ts';
import { deepFreeze } from '../generator/stages/normalize.ts';
import { tsSingleQuoted } from '../generator/syntax/ts-literals.ts';
import { leafKind } from '../generator/emit/validators/validator-conditions.ts';
import * as validation from '../generator/runtime/support/validation.ts';
import * as wireNormalization from '../generator/runtime/support/wire-normalization.ts';
import { evaluateModules } from './support/emitted-modules.ts';
import { FORMAT_V2_CATALOG } from './support/format-v2-catalog.ts';
import { realCatalog } from './support/real-catalog.ts';
import {
  catalogOf as smallCatalog,
  definitionsOf,
  eventOf as smallEvent,
  ref as smallRef,
} from './support/small-catalog.ts';
import { emitContext } from '../generator/model/emit-context.ts';

// ── Small normalized catalogs ──────────────────────────────────────────────────────────────────

type Defs = Record<string, JsonSchema>;

const eventOf = (type: string, schema: JsonSchema, defs: Defs, extra: Partial<EventType> = {}): EventType =>
  smallEvent(type, schema, definitionsOf(defs), extra);
const catalogOf = (defs: Defs, events: EventType[]): Catalog => smallCatalog(definitionsOf(defs), events);
const ref = (name: string): JsonSchema => smallRef(name);
const string: JsonSchema = { type: 'string' };
const dateTime: JsonSchema = { type: 'string', format: 'date-time' };

const DEFS: Defs = {
  CommunicationIdentifier: {
    type: 'object',
    description: 'An identifier.',
    properties: {
      rawId: string,
      communicationUser: ref('CommunicationUserIdentifier'),
      phoneNumber: ref('PhoneNumberIdentifier'),
    },
    required: ['rawId'],
  },
  CommunicationUserIdentifier: { type: 'object', properties: { id: string }, required: ['id'] },
  PhoneNumberIdentifier: { type: 'object', properties: { value: string }, required: ['value'] },
  ChatMessageMetadata: { type: 'object', additionalProperties: string },
  Closed: { type: 'object', properties: { a: { type: 'integer' } }, additionalProperties: false },
  Tree: {
    type: 'object',
    properties: { name: string, children: { type: 'array', items: ref('Tree') } },
    required: ['name'],
  },
  DateTime: dateTime,
};

const SMS = 'Microsoft.Communication.SMSReceived';
const CHAT = 'Microsoft.Communication.ChatMessageReceived';
const HOSTILE = 'Microsoft.Communication.Hostile';

const SMS_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    messageId: string,
    from: string,
    to: string,
    message: string,
    receivedTimestamp: dateTime,
    segments: { type: 'integer' },
    ratio: { type: 'number' },
    flagged: { type: 'boolean' },
  },
  required: ['messageId', 'from', 'to', 'message', 'receivedTimestamp'],
};

const CHAT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    sender: ref('CommunicationIdentifier'),
    recipients: { type: 'array', items: ref('CommunicationIdentifier') },
    metadata: ref('ChatMessageMetadata'),
    status: { type: 'string', enum: ['sent', 'failed'] },
    version: { const: 1 },
    either: { anyOf: [string, ref('CommunicationUserIdentifier')] },
    exactlyOne: { oneOf: [{ type: 'integer' }, { type: 'number' }] },
    closed: ref('Closed'),
    tree: ref('Tree'),
    anything: {},
    editedOn: { anyOf: [{ type: 'null' }, dateTime] },
    matrix: { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
    untyped: { enum: ['x', 2, null, true] },
  },
  required: ['sender', 'version'],
};

/** Property names and text that would break naive code generation. */
const HOSTILE_SCHEMA: JsonSchema = JSON.parse(
  JSON.stringify({
    type: 'object',
    description: 'Ends a comment */ and starts code; /* again',
    properties: {
      '"]; throw new Error("pwned"); //': string,
      '*/ evil': string,
      constructor: string,
      toString: { type: 'integer' },
      'a~b/c': string,
      'line\u2028sep': string,
      "it's": { enum: ['"quoted"', "it's", 'back\\slash', '${x}', '\u2029'] },
    },
    required: ['constructor', 'a~b/c', '__proto__'],
  }),
);

const CATALOG = catalogOf(DEFS, [
  eventOf(SMS, SMS_SCHEMA, DEFS),
  eventOf(CHAT, CHAT_SCHEMA, DEFS, { status: 'retired', replacedBy: SMS, description: 'Retired */ event.' }),
  eventOf(HOSTILE, HOSTILE_SCHEMA, DEFS),
]);

// ── Compiling generated modules ────────────────────────────────────────────────────────────────

type Result =
  | { ok: true; value: unknown }
  | { ok: false; errors: { path: string; message: string; expected: string; received: string }[] };
type Validate = (value: unknown, options?: { strict?: boolean }) => Result;
type Guard = (value: unknown) => boolean;
type Module = Record<string, unknown> & {
  dataValidators: Record<string, Validate>;
  dataGuards: Record<string, Guard>;
};

const TMP = path.resolve('test', 'tmp', 'emit-validators-test');

function files(catalog: Catalog): OutputFile[] {
  const emitted = emitValidators(emitContext(catalog));
  assert.ok(emitted.some((file) => file.path === VALIDATORS_PATH));
  return emitted;
}

/** Every emitted module's text, one after another. */
function source(catalog: Catalog): string {
  return files(catalog)
    .map((file) => file.contents)
    .join('\n');
}

const SUPPORT = new Map<string, unknown>([
  ['package/src/support/validation.ts', validation],
  ['package/src/support/wire-normalization.ts', wireNormalization],
]);

/** Transpiles the generated modules (type-only imports vanish) and evaluates them, in strict mode, from the barrel; they import the support modules only (wire forms when the catalog documents some). */
function compile(catalog: Catalog): Module {
  return evaluateModules(files(catalog), VALIDATORS_PATH, SUPPORT) as Module;
}

const M = compile(CATALOG);
const validate = (name: string) => M[name] as Validate;
const guard = (name: string) => M[name] as Guard;
const sms = { validate: validate('validateAcsSmsReceivedEventData'), is: guard('isAcsSmsReceivedEventData') };
const chat = {
  validate: validate('validateAcsChatMessageReceivedEventData'),
  is: guard('isAcsChatMessageReceivedEventData'),
};
const hostile = { validate: validate('validateAcsHostileEventData'), is: guard('isAcsHostileEventData') };

function ajvFor(schema: JsonSchema, allErrors: boolean): ValidateFunction {
  return newDataSchemaAjv({ allErrors }).compile({ ...schema, $defs: DEFS });
}

const VALID_SMS = {
  messageId: 'Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e',
  from: '15555555555',
  to: '15555555555',
  message: 'Great to connect with ACS events',
  receivedTimestamp: '2020-09-18T00:27:45.32Z',
};

const VALID_CHAT = {
  sender: { rawId: '8:acs:1', communicationUser: { id: '8:acs:1' } },
  recipients: [{ rawId: '8:acs:2' }, { rawId: '4:+1555', phoneNumber: { value: '+1555' } }],
  metadata: { key: 'value', description: 'a' },
  status: 'sent',
  version: 1,
  either: 'text',
  exactlyOne: 1.5,
  closed: { a: 3 },
  tree: { name: 'root', children: [{ name: 'a' }, { name: 'b', children: [] }] },
  anything: [null, { deep: true }],
  editedOn: null,
  matrix: [[1, 2], [], [3]],
  untyped: null,
};

const with_ = <T extends object>(base: T, patch: Record<string, unknown>) =>
  ({ ...base, ...patch }) as Record<string, unknown>;
const without = <T extends object>(base: T, ...keys: string[]) => {
  const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const name of keys) delete copy[name];
  return copy;
};
const summary = (result: Result) =>
  result.ok ? [] : result.errors.map((error) => [error.path, error.expected, error.received]);

// ── The module ─────────────────────────────────────────────────────────────────────────────────

test('single-quoted literals read back as the value, whatever quotes, backslashes or line breaks it holds', () => {
  for (const value of [
    'Microsoft.Communication.SMSReceived',
    "it's",
    'say "hi"',
    'a\\b',
    "\\'",
    'x\ny',
    '\u2028',
    '',
  ]) {
    const literal = tsSingleQuoted(value);
    assert.ok(literal.startsWith("'") && literal.endsWith("'"), literal);
    assert.is(new Function(`return ${literal};`)(), value, literal);
  }
});

test('leaf kinds: a property checked by one shared helper is a bare JSON type or a date-time string', () => {
  const cases: [JsonSchema, ReturnType<typeof leafKind>][] = [
    [{ type: 'string' }, 'string'],
    [{ type: 'string', description: 'annotations do not count', examples: ['x'] }, 'string'],
    [{ type: 'string', format: 'date-time' }, 'date-time'],
    [{ type: 'integer' }, 'integer'],
    [{ type: 'number' }, 'number'],
    [{ type: 'boolean' }, 'boolean'],
    [{ type: 'string', enum: ['a', 'b'] }, undefined],
    [{ type: 'string', const: 'a' }, undefined],
    [{ type: 'integer', format: 'date-time' }, undefined],
    [{ type: 'null' }, undefined],
    [{ type: 'object' }, undefined],
    [{ type: 'array', items: { type: 'string' } }, undefined],
    [{ $ref: '#/$defs/X' }, undefined],
    [{ anyOf: [{ type: 'string' }] }, undefined],
    [{}, undefined],
  ];
  for (const [schema, kind] of cases) assert.is(leafKind(schema), kind, JSON.stringify(schema));
});

test('one module per event, definition, the envelopes and the tables behind a barrel; each imports only what it uses; deterministic', () => {
  const emitted = files(CATALOG);
  const paths = emitted.map((file) => file.path);
  const expected = [
    ...CATALOG.definitions.map((definition) => `package/src/validators/definitions/${definition.name}.ts`),
    ...CATALOG.events.map((event) => `package/src/validators/events/${event.names.slug}.ts`),
    'package/src/validators/envelopes.ts',
    'package/src/validators/lookup.ts',
    VALIDATORS_PATH,
  ];
  assert.equal(paths, expected);
  for (const { path: file, contents: text } of emitted) {
    assert.ok(text.startsWith(banner('line')), file);
    if (file === VALIDATORS_PATH) {
      assert.ok(
        text
          .slice(banner('line').length)
          .split(/;\n/)
          .every((statement) => /^(export (type )?\{[^}]*\} from '[^']+'|)$/.test(statement.trim())),
        'the barrel only re-exports',
      );
      continue;
    }
    assert.match(text, /^import type \{[A-Za-z,\s]+\} from '\.\.\/(\.\.\/)?types\.js';$/m, file);
    const values = [...text.matchAll(/^import (?!type)\{([^}]*)\} from ['"]([^'"]+)['"];$/gm)];
    assert.ok(values.length > 0, file);
    for (const [, , from] of values) {
      const target = path.posix.join(path.posix.dirname(file), from!).replace(/\.js$/, '.ts');
      assert.ok(SUPPORT.has(target) || paths.includes(target), `${file} imports ${from}`);
    }
    // Only what the code uses: each imported name appears again below the imports.
    const last = values[values.length - 1]!;
    const body = text.slice(last.index + last[0].length);
    for (const [, names] of values)
      for (const name of names!.split(',').map((part) => part.trim().replace(/^type /, ''))) {
        const pattern = new RegExp(`(?<![\\w$])${name.replaceAll('$', '\\$')}(?![\\w$])`);
        if (name !== '') assert.ok(pattern.test(body), `${file}: ${name} is used`);
      }
  }
  assert.equal(files(CATALOG), emitted, 'same catalog, same bytes');
  assert.ok(Object.isFrozen(CATALOG.events[0]!.schema), 'the catalog stays frozen (and so unmutated)');
});

test('exports the documented API', () => {
  for (const name of [
    'validateAcsSmsReceivedEventData',
    'isAcsSmsReceivedEventData',
    'validateCommunicationIdentifier',
    'isCommunicationIdentifier',
    'validateTree',
    'isTree',
    'validateEventGridEvent',
    'isEventGridEvent',
    'validateCloudEvent',
    'isCloudEvent',
  ]) {
    assert.type(M[name], 'function', name);
  }
  assert.equal(Object.keys(M.dataValidators), [CHAT, HOSTILE, SMS]);
  assert.is(M.dataValidators[SMS], sms.validate);
  assert.is(M.dataGuards[CHAT], chat.is);
  assert.ok(Object.isFrozen(M.dataValidators));
  assert.is(
    Object.getPrototypeOf(M.dataValidators),
    null,
    'no "constructor" or "__proto__" entries by accident',
  );
  assert.is(M.dataValidators['constructor' as string], undefined);
  const internal = Object.keys(M).filter((name) => name.startsWith('$'));
  assert.equal(internal, [], "the modules' internal functions stay out of the public API");
});

test('descriptions become JSDoc, retired events are @deprecated, hostile text stays inert', () => {
  const text = source(CATALOG);
  assert.match(
    text,
    '/**\n * Validates a CommunicationIdentifier, reporting every error.\n *\n * The CommunicationIdentifier shape.\n */',
  );
  assert.match(
    text,
    ' * @deprecated The service no longer sends Microsoft.Communication.ChatMessageReceived; see Microsoft.Communication.SMSReceived.',
  );
  assert.match(text, 'Retired *\\/ event.');
  // The hostile key is only ever inside a string literal (single-quoted, as prettier prints it).
  const literal = `'"]; throw new Error("pwned"); //'`;
  assert.ok(text.includes(literal));
  assert.is(text.split('pwned').length, text.split(literal).length);
  assert.not.match(text, '\u2028');
});

test('names that are not identifiers, or collide, are refused', () => {
  assert.throws(
    () => emitValidators(emitContext(catalogOf({ 'Bad-Name': string }, []))),
    /not a safe TypeScript identifier/,
  );
  assert.throws(
    () => emitValidators(emitContext(catalogOf({ 'x; alert(1)': string }, []))),
    /not a safe TypeScript identifier/,
  );
  assert.throws(
    () => emitValidators(emitContext(catalogOf({ ValidationError: string }, []))),
    /declared twice/,
  );
  assert.throws(
    () =>
      emitValidators(emitContext(catalogOf({ AcsSmsReceivedEventData: string }, [eventOf(SMS, string, {})]))),
    /declared twice/,
  );
  assert.throws(
    () => emitValidators(emitContext(catalogOf({}, [eventOf(SMS, ref('Missing'), {})]))),
    /unresolved \$ref/,
  );
});

test('event types that are awkward object keys are ordinary table entries', () => {
  const types = ['__proto__', 'constructor', 'Microsoft.Communication."Quoted"\u2028'];
  const module = compile(
    catalogOf(
      {},
      types.map((type) => eventOf(type, { type: 'string' }, {})),
    ),
  );
  assert.equal(Object.keys(module.dataValidators).sort(), [...types].sort());
  assert.is(Object.getPrototypeOf(module.dataValidators), null);
  for (const type of types) {
    assert.ok(module.dataValidators[type]!('x').ok, type);
    assert.not.ok(module.dataGuards[type]!(1), type);
  }
});

test('an empty catalog still gives a working module', () => {
  const empty = compile(catalogOf({}, []));
  assert.equal(Object.keys(empty.dataValidators), []);
  assert.ok(
    (empty.isEventGridEvent as Guard)({
      id: '1',
      subject: 's',
      eventType: 't',
      eventTime: '2021-01-01T00:00:00Z',
      data: {},
      dataVersion: '1',
    }),
  );
});

// ── Errors: every one, with its JSON Pointer ───────────────────────────────────────────────────

const SMS_CASES: [string, unknown, [string, string, string][]][] = [
  ['valid', VALID_SMS, []],
  ['valid with optional fields', with_(VALID_SMS, { segments: 2, ratio: 0.5, flagged: false }), []],
  ['null', null, [['', 'object', 'null']]],
  ['array', [VALID_SMS], [['', 'object', 'array']]],
  ['string', 'x', [['', 'object', 'string']]],
  [
    'empty object: every missing property',
    {},
    [
      ['/messageId', 'string', 'missing'],
      ['/from', 'string', 'missing'],
      ['/to', 'string', 'missing'],
      ['/message', 'string', 'missing'],
      ['/receivedTimestamp', 'date-time', 'missing'],
    ],
  ],
  ['wrong type', with_(VALID_SMS, { messageId: 5 }), [['/messageId', 'string', 'number']]],
  ['undefined counts as missing', with_(VALID_SMS, { to: undefined }), [['/to', 'string', 'missing']]],
  [
    'bad date-time',
    with_(VALID_SMS, { receivedTimestamp: '2020-13-01T00:00:00Z' }),
    [['/receivedTimestamp', 'date-time', '"2020-13-01T00:00:00Z"']],
  ],
  [
    'date-time of the wrong type',
    with_(VALID_SMS, { receivedTimestamp: 1600388865 }),
    [['/receivedTimestamp', 'string', 'number']],
  ],
  ['fractional integer', with_(VALID_SMS, { segments: 1.5 }), [['/segments', 'integer', 'number']]],
  ['non-finite number', with_(VALID_SMS, { ratio: Infinity }), [['/ratio', 'number', 'Infinity']]],
  ['NaN', with_(VALID_SMS, { ratio: NaN }), [['/ratio', 'number', 'NaN']]],
  ['boolean as string', with_(VALID_SMS, { flagged: 'true' }), [['/flagged', 'boolean', 'string']]],
  [
    'several at once',
    with_(without(VALID_SMS, 'from'), { to: null, segments: '2' }),
    [
      ['/from', 'string', 'missing'],
      ['/to', 'string', 'null'],
      ['/segments', 'integer', 'string'],
    ],
  ],
];

for (const [name, value, expected] of SMS_CASES) {
  test(`SMSReceived data: ${name}`, () => {
    const result = sms.validate(value);
    assert.equal(summary(result), expected);
    assert.is(result.ok, expected.length === 0);
    assert.is(sms.is(value), expected.length === 0);
    if (result.ok) assert.is(result.value, value, 'the value itself comes back');
  });
}

test('errors carry a message', () => {
  const result = sms.validate({ ...VALID_SMS, messageId: 5, receivedTimestamp: 'yesterday' });
  assert.equal(result, {
    ok: false,
    errors: [
      { path: '/messageId', message: 'must be a string', expected: 'string', received: 'number' },
      {
        path: '/receivedTimestamp',
        message: 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
        expected: 'date-time',
        received: '"yesterday"',
      },
    ],
  });
  assert.equal(summary(sms.validate(without(VALID_SMS, 'to'))), [['/to', 'string', 'missing']]);
  const missing = sms.validate(without(VALID_SMS, 'to'));
  assert.is(!missing.ok && missing.errors[0]!.message, 'is required');
});

const CHAT_CASES: [string, unknown, [string, string, string][]][] = [
  ['valid', VALID_CHAT, []],
  ['minimal', { sender: { rawId: 'x' }, version: 1 }, []],
  [
    'nested $ref: missing property',
    with_(VALID_CHAT, { sender: { communicationUser: {} } }),
    [
      ['/sender/rawId', 'string', 'missing'],
      ['/sender/communicationUser/id', 'string', 'missing'],
    ],
  ],
  [
    'missing $ref property',
    without(VALID_CHAT, 'sender'),
    [['/sender', 'CommunicationIdentifier', 'missing']],
  ],
  [
    'array items',
    with_(VALID_CHAT, { recipients: [{ rawId: 'a' }, { rawId: 1, communicationUser: { id: [] } }, null] }),
    [
      ['/recipients/1/rawId', 'string', 'number'],
      ['/recipients/1/communicationUser/id', 'string', 'array'],
      ['/recipients/2', 'object', 'null'],
    ],
  ],
  [
    'additionalProperties schema, keys escaped per RFC 6901',
    with_(VALID_CHAT, { metadata: { ok: 'x', 'a/b': 1, 'c~d': true, '~/': null } }),
    [
      ['/metadata/a~1b', 'string', 'number'],
      ['/metadata/c~0d', 'string', 'boolean'],
      ['/metadata/~0~1', 'string', 'null'],
    ],
  ],
  [
    'additionalProperties: false',
    with_(VALID_CHAT, { closed: { a: 1, b: 2, 'x/y': 'z' } }),
    [
      ['/closed/b', 'no such property', 'number'],
      ['/closed/x~1y', 'no such property', 'string'],
    ],
  ],
  ['enum', with_(VALID_CHAT, { status: 'Sent' }), [['/status', '"sent" | "failed"', '"Sent"']]],
  ['enum of the wrong type', with_(VALID_CHAT, { status: 1 }), [['/status', 'string', 'number']]],
  ['untyped enum', with_(VALID_CHAT, { untyped: 'y' }), [['/untyped', '"x" | 2 | null | true', '"y"']]],
  ['untyped enum: other members', with_(VALID_CHAT, { untyped: 2 }), []],
  ['const', with_(VALID_CHAT, { version: 2 }), [['/version', '1', '2']]],
  ['const: type matters', with_(VALID_CHAT, { version: '1' }), [['/version', '1', '"1"']]],
  [
    'anyOf: no alternative of the right type',
    with_(VALID_CHAT, { either: 5 }),
    [['/either', 'string | CommunicationUserIdentifier', 'number']],
  ],
  [
    'anyOf: the alternatives of the right type explain',
    with_(VALID_CHAT, { either: {} }),
    [
      ['/either', 'string | CommunicationUserIdentifier', 'object'],
      ['/either/id', 'string', 'missing'],
    ],
  ],
  ['anyOf: second alternative', with_(VALID_CHAT, { either: { id: 'x' } }), []],
  ['anyOf with null', with_(VALID_CHAT, { editedOn: '2021-02-25T21:38:03Z' }), []],
  [
    'anyOf with null: bad date-time',
    with_(VALID_CHAT, { editedOn: '2021-02-25' }),
    [
      ['/editedOn', 'null | date-time', 'string'],
      ['/editedOn', 'date-time', '"2021-02-25"'],
    ],
  ],
  [
    'oneOf: matches both',
    with_(VALID_CHAT, { exactlyOne: 2 }),
    [['/exactlyOne', 'integer | number', 'number']],
  ],
  [
    'oneOf: matches none',
    with_(VALID_CHAT, { exactlyOne: 'x' }),
    [['/exactlyOne', 'integer | number', 'string']],
  ],
  [
    'recursive definition',
    with_(VALID_CHAT, { tree: { name: 'r', children: [{ name: 'a', children: [{ name: 'b' }, {}] }] } }),
    [['/tree/children/0/children/1/name', 'string', 'missing']],
  ],
  [
    'nested arrays',
    with_(VALID_CHAT, { matrix: [[1], [2, 'x', 3.5], 4] }),
    [
      ['/matrix/1/1', 'integer', 'string'],
      ['/matrix/1/2', 'integer', 'number'],
      ['/matrix/2', 'array', 'number'],
    ],
  ],
  ['anything goes under {}', with_(VALID_CHAT, { anything: () => 1 }), []],
];

for (const [name, value, expected] of CHAT_CASES) {
  test(`ChatMessageReceived data: ${name}`, () => {
    const result = chat.validate(value);
    assert.equal(summary(result), expected);
    assert.is(chat.is(value), expected.length === 0);
  });
}

test('anyOf/oneOf messages', () => {
  const messages = (value: unknown) =>
    (chat.validate(value) as { errors: { message: string }[] }).errors.map((e) => e.message);
  assert.equal(messages(with_(VALID_CHAT, { either: 5 })), ['must match at least one alternative (anyOf)']);
  assert.equal(messages(with_(VALID_CHAT, { exactlyOne: 2 })), [
    'must match exactly one alternative (oneOf) but matches several',
  ]);
  assert.equal(messages(with_(VALID_CHAT, { exactlyOne: 'x' })), [
    'must match exactly one alternative (oneOf) but matches none',
  ]);
});

test('hostile property names are data, not code', () => {
  const valid = JSON.parse(
    '{"constructor": "c", "a~b/c": "x", "__proto__": 1, "toString": 3, "it\'s": "\\u2029"}',
  );
  assert.equal(summary(hostile.validate(valid)), []);
  assert.equal(summary(hostile.validate({})), [
    ['/constructor', 'string', 'missing'],
    ['/a~0b~1c', 'string', 'missing'],
    ['/__proto__', 'any', 'missing'],
  ]);
  const wrong = JSON.parse(
    '{"constructor": 1, "a~b/c": "x", "__proto__": null, "toString": "f", "it\'s": "it\'s", "*/ evil": 2}',
  );
  assert.equal(summary(hostile.validate(wrong)), [
    ['/*~1 evil', 'string', 'number'],
    ['/constructor', 'string', 'number'],
    ['/toString', 'integer', 'string'],
  ]);
  assert.equal(summary(hostile.validate(with_(valid, { "it's": 'other' }))), [
    ["/it's", '"\\"quoted\\"" | "it\'s" | "back\\\\slash" | "${x}" | "\u2029"', '"other"'],
  ]);
});

// ── Own properties only: prototypes are never data ────────────────────────────────────────────

test('inherited properties are not data', () => {
  assert.equal(summary(sms.validate(Object.create(VALID_SMS))).length, 5);
  assert.not.ok(sms.is(Object.create(VALID_SMS)));
  const hostileMissing = summary(hostile.validate({ 'a~b/c': 'x', __proto__: { constructor: 'c' } }));
  assert.equal(hostileMissing, [
    ['/constructor', 'string', 'missing'],
    ['/__proto__', 'any', 'missing'],
  ]);
});

test('a "__proto__" own key (JSON.parse) is an ordinary unknown property', () => {
  const payload = JSON.parse(`{"__proto__": {"messageId": "x", "polluted": true}, "from": "1"}`);
  assert.equal(summary(sms.validate(payload)), [
    ['/messageId', 'string', 'missing'],
    ['/to', 'string', 'missing'],
    ['/message', 'string', 'missing'],
    ['/receivedTimestamp', 'date-time', 'missing'],
  ]);
  assert.ok(sms.is(JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(VALID_SMS).slice(1)}`)));
  const strict = sms.validate(JSON.parse(`{"__proto__": 1, ${JSON.stringify(VALID_SMS).slice(1)}`), {
    strict: true,
  });
  assert.equal(summary(strict), [['/__proto__', 'no such property', 'number']]);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
});

test('a polluted Object.prototype does not fill in missing properties', () => {
  const proto = Object.prototype as Record<string, unknown>;
  proto.messageId = 'polluted';
  proto.rawId = 'polluted';
  try {
    assert.equal(summary(sms.validate(without(VALID_SMS, 'messageId'))), [
      ['/messageId', 'string', 'missing'],
    ]);
    assert.not.ok(guard('isCommunicationIdentifier')({}));
  } finally {
    delete proto.messageId;
    delete proto.rawId;
  }
});

test('Object.create(null) objects validate like plain ones', () => {
  const bare = Object.assign(Object.create(null), VALID_SMS);
  assert.ok(sms.validate(bare).ok);
  assert.ok(sms.is(bare));
  const bareChat = Object.assign(Object.create(null), VALID_CHAT, {
    metadata: Object.assign(Object.create(null), { k: 1 }),
  });
  assert.equal(summary(chat.validate(bareChat)), [['/metadata/k', 'string', 'number']]);
  assert.ok(chat.validate(Object.assign(Object.create(null), VALID_CHAT), { strict: true }).ok);
});

// ── Strict mode ────────────────────────────────────────────────────────────────────────────────

test('strict: unknown properties are listed, not descended; maps and {} are not affected', () => {
  const value = with_(VALID_CHAT, {
    extra: { deep: 1 },
    'we/ird': 1,
    sender: { rawId: 'x', extra2: true, communicationUser: { id: 'x', extra3: null } },
    tree: { name: 'r', extra4: 1, children: [{ name: 'c', extra5: 1 }] },
  });
  assert.ok(chat.validate(value).ok, 'accepted by default: Azure adds fields');
  assert.ok(chat.is(value));
  assert.equal(summary(chat.validate(value, { strict: true })), [
    ['/sender/communicationUser/extra3', 'no such property', 'null'],
    ['/sender/extra2', 'no such property', 'boolean'],
    ['/tree/children/0/extra5', 'no such property', 'number'],
    ['/tree/extra4', 'no such property', 'number'],
    ['/extra', 'no such property', 'object'],
    ['/we~1ird', 'no such property', 'number'],
  ]);
  const strictError = (chat.validate(value, { strict: true }) as { errors: { message: string }[] })
    .errors[0]!;
  assert.is(strictError.message, 'is not a declared property (strict mode)');
  assert.ok(
    chat.validate(VALID_CHAT, { strict: true }).ok,
    'metadata keys and {} contents are declared by their schema',
  );
  assert.ok(chat.validate(value, { strict: false }).ok);
  assert.ok(chat.validate(value, {}).ok);
});

test('strict mode accepts required names that `properties` does not declare; additionalProperties: false does not (as Ajv)', () => {
  const valid = JSON.parse('{"constructor": "c", "a~b/c": "x", "__proto__": 1}');
  assert.ok(hostile.validate(valid, { strict: true }).ok);
  const schema: JsonSchema = {
    type: 'object',
    properties: { a: string },
    required: ['b'],
    additionalProperties: false,
  };
  const module = compile(catalogOf({ Odd: schema }, []));
  const ajv = ajvFor(schema, true);
  for (const value of [{ b: 1 }, { a: 'x', b: 1 }, { a: 'x' }, {}]) {
    assert.is((module.validateOdd as Validate)(value).ok, ajv(value), JSON.stringify(value));
  }
  assert.equal(summary((module.validateOdd as Validate)({ a: 'x', b: 1 })), [
    ['/b', 'no such property', 'number'],
  ]);
});

test('strict mode applies inside anyOf alternatives', () => {
  const value = with_(VALID_CHAT, { either: { id: 'x', extra: 1 } });
  assert.ok(chat.validate(value).ok);
  assert.equal(summary(chat.validate(value, { strict: true })), [
    ['/either', 'string | CommunicationUserIdentifier', 'object'],
    ['/either/extra', 'no such property', 'number'],
  ]);
});

test('strict envelopes list unknown envelope keys, never data keys', () => {
  const event = {
    id: '1',
    subject: 's',
    eventType: SMS,
    eventTime: '2021-01-01T00:00:00Z',
    data: { x: 1 },
    dataVersion: '1.0',
    extra: 1,
  };
  assert.ok((M.validateEventGridEvent as Validate)(event).ok);
  assert.equal(summary((M.validateEventGridEvent as Validate)(event, { strict: true })), [
    ['/extra', 'no such property', 'number'],
  ]);
});

// ── Envelopes ──────────────────────────────────────────────────────────────────────────────────

const EVENT_GRID = {
  id: '1',
  topic: '/subscriptions/x',
  subject: 'thread/1',
  eventType: SMS,
  eventTime: '2020-09-18T00:27:47Z',
  data: VALID_SMS,
  dataVersion: '1.0',
  metadataVersion: '1',
};
const CLOUD = {
  specversion: '1.0',
  id: '1',
  source: '/x',
  type: SMS,
  time: '2020-09-18T00:27:47Z',
  data: VALID_SMS,
};

const ENVELOPE_CASES: [string, string, unknown, [string, string, string][]][] = [
  ['EventGridEvent', 'valid', EVENT_GRID, []],
  ['EventGridEvent', 'minimal', without(EVENT_GRID, 'topic', 'metadataVersion'), []],
  ['EventGridEvent', 'data may be null but must be there', with_(EVENT_GRID, { data: null }), []],
  ['EventGridEvent', 'data missing', without(EVENT_GRID, 'data'), [['/data', 'any', 'missing']]],
  [
    'EventGridEvent',
    'bad eventTime',
    with_(EVENT_GRID, { eventTime: '2020-09-18 00:27:47' }),
    [['/eventTime', 'date-time', '"2020-09-18 00:27:47"']],
  ],
  [
    'EventGridEvent',
    'wrong types',
    with_(EVENT_GRID, { id: 1, topic: null, metadataVersion: 1 }),
    [
      ['/id', 'string', 'number'],
      ['/topic', 'string', 'null'],
      ['/metadataVersion', 'string', 'number'],
    ],
  ],
  [
    'EventGridEvent',
    'empty',
    {},
    [
      ['/id', 'string', 'missing'],
      ['/subject', 'string', 'missing'],
      ['/eventType', 'string', 'missing'],
      ['/eventTime', 'date-time', 'missing'],
      ['/data', 'any', 'missing'],
      ['/dataVersion', 'string', 'missing'],
    ],
  ],
  ['CloudEvent', 'valid', CLOUD, []],
  ['CloudEvent', 'minimal', { specversion: '1.0', id: '1', source: 's', type: 't' }, []],
  [
    'CloudEvent',
    'specversion 0.3',
    with_(CLOUD, { specversion: '0.3' }),
    [['/specversion', '"1.0"', '"0.3"']],
  ],
  ['CloudEvent', 'specversion 1', with_(CLOUD, { specversion: 1 }), [['/specversion', 'string', 'number']]],
  [
    'CloudEvent',
    'bad time, optional strings',
    with_(CLOUD, { time: 'now', subject: 1, datacontenttype: [], dataschema: {} }),
    [
      ['/subject', 'string', 'number'],
      ['/time', 'date-time', '"now"'],
      ['/datacontenttype', 'string', 'array'],
      ['/dataschema', 'string', 'object'],
    ],
  ],
  [
    'CloudEvent',
    'empty',
    {},
    [
      ['/specversion', '"1.0"', 'missing'],
      ['/id', 'string', 'missing'],
      ['/source', 'string', 'missing'],
      ['/type', 'string', 'missing'],
    ],
  ],
  [
    'CloudEvent',
    'an Event Grid event is not one',
    EVENT_GRID,
    [
      ['/specversion', '"1.0"', 'missing'],
      ['/source', 'string', 'missing'],
      ['/type', 'string', 'missing'],
    ],
  ],
];

for (const [envelope, name, value, expected] of ENVELOPE_CASES) {
  test(`${envelope}: ${name}`, () => {
    assert.equal(summary(validate(`validate${envelope}`)(value)), expected);
    assert.is(guard(`is${envelope}`)(value), expected.length === 0);
  });
}

// ── Never throws, never mutates ────────────────────────────────────────────────────────────────

function nested(depth: number, make: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = make(value);
  return value;
}
const DEEP_OBJECT = nested(100_000, (inner) => ({ a: inner }));
const DEEP_ARRAY = nested(100_000, (inner) => [inner]);

const crashed = (result: Result) =>
  !result.ok && result.errors.some((error) => error.received === 'exception');

test('100,000-deep nesting under an unknown key: accepted, listed in strict mode, no stack overflow', () => {
  for (const deep of [DEEP_OBJECT, DEEP_ARRAY]) {
    const value = with_(VALID_SMS, { deep });
    assert.ok(sms.validate(value).ok);
    assert.ok(sms.is(value));
    assert.equal(summary(sms.validate(value, { strict: true })), [
      ['/deep', 'no such property', Array.isArray(deep) ? 'array' : 'object'],
    ]);
    assert.ok(chat.validate(with_(VALID_CHAT, { anything: deep })).ok, 'under {} too');
  }
});

test('100,000-deep nesting under known keys: bounded by the schema', () => {
  assert.equal(summary(chat.validate(with_(VALID_CHAT, { sender: DEEP_OBJECT }))), [
    ['/sender/rawId', 'string', 'missing'],
  ]);
  assert.equal(summary(chat.validate(with_(VALID_CHAT, { metadata: { x: DEEP_OBJECT } }))), [
    ['/metadata/x', 'string', 'object'],
  ]);
  assert.equal(summary(chat.validate(with_(VALID_CHAT, { matrix: DEEP_ARRAY }))), [
    ['/matrix/0/0', 'integer', 'array'],
  ]);
  assert.equal(summary(chat.validate(with_(VALID_CHAT, { closed: DEEP_OBJECT }))), [
    ['/closed/a', 'integer', 'object'],
  ]);
  assert.not.ok(chat.is(with_(VALID_CHAT, { sender: DEEP_OBJECT })));
});

test('a recursive definition and 100,000-deep (or cyclic) data: an error, not a throw', () => {
  const deepTree = nested(100_000, (inner) => ({ name: 'n', children: [inner] }));
  assert.ok(crashed(chat.validate(with_(VALID_CHAT, { tree: deepTree }))));
  assert.not.ok(chat.is(with_(VALID_CHAT, { tree: deepTree })));
  const cyclic: { name: string; children: unknown[] } = { name: 'c', children: [] };
  cyclic.children.push(cyclic);
  assert.ok(crashed(chat.validate(with_(VALID_CHAT, { tree: cyclic }))));
  assert.not.ok(chat.is(with_(VALID_CHAT, { tree: cyclic })));
});

test('cycles elsewhere are harmless', () => {
  const cyclic: Record<string, unknown> = { rawId: 'x' };
  cyclic.self = cyclic;
  assert.ok(chat.validate(with_(VALID_CHAT, { sender: cyclic, anything: cyclic })).ok);
  assert.equal(summary(chat.validate(with_(VALID_CHAT, { sender: cyclic }), { strict: true })), [
    ['/sender/self', 'no such property', 'object'],
  ]);
});

test('throwing getters and revoked proxies: an error result, never a throw', () => {
  const getter = Object.defineProperty({ ...VALID_SMS }, 'message', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const result = sms.validate(getter);
  assert.ok(crashed(result));
  assert.not.ok(sms.is(getter));
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  assert.ok(crashed(sms.validate(proxy)));
  assert.not.ok(sms.is(proxy));
  assert.not.ok(chat.is(with_(VALID_CHAT, { sender: proxy })));
  const trap = new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('trap');
      },
      get: () => 'x',
      has: () => true,
      getOwnPropertyDescriptor: () => ({ value: 'x', configurable: true, enumerable: true }),
    },
  );
  assert.not.throws(() => sms.validate(trap, { strict: true }));
  assert.not.throws(() => sms.validate(VALID_SMS, null as never));
  assert.not.throws(() => sms.validate(VALID_SMS, 5 as never));
});

const ODD_VALUES: unknown[] = [
  undefined,
  null,
  0,
  -0,
  NaN,
  Infinity,
  10n,
  Symbol('s'),
  () => {},
  '',
  'x'.repeat(5_000_000),
  [],
  new Array(1000),
  {},
  new Date(0),
  new Map([['messageId', 'x']]),
  /regex/,
  new Uint8Array(4),
  Object.create(null),
  JSON.parse('{"__proto__": null, "constructor": {"prototype": 1}}'),
];

test('odd values never throw, in every validator and guard', () => {
  const names = Object.keys(M).filter((name) => typeof M[name] === 'function');
  for (const value of ODD_VALUES) {
    for (const name of names) {
      const fn = M[name] as (value: unknown, options?: unknown) => unknown;
      assert.not.throws(() => fn(value), `${name}(${typeof value})`);
      assert.not.throws(() =>
        fn(
          {
            ...VALID_SMS,
            ...VALID_CHAT,
            messageId: value,
            sender: value,
            tree: value,
            metadata: { k: value },
          },
          { strict: true },
        ),
      );
    }
  }
});

test('huge strings: checked without copying them into errors', () => {
  const huge = '2021-01-01T00:00:00Z'.repeat(500_000);
  const result = sms.validate(with_(VALID_SMS, { receivedTimestamp: huge, messageId: huge }));
  assert.equal(
    summary(result).map(([path, expected]) => [path, expected]),
    [['/receivedTimestamp', 'date-time']],
  );
  assert.ok(!result.ok && result.errors[0]!.received.length < 100);
});

test('inputs are never mutated (deep-frozen inputs, and unfrozen ones compared)', () => {
  const inputs = [
    VALID_SMS,
    VALID_CHAT,
    with_(VALID_CHAT, { sender: {}, closed: { b: 1 }, extra: [1, { x: 2 }] }),
    EVENT_GRID,
    CLOUD,
  ];
  for (const input of inputs) {
    const before = JSON.stringify(input);
    const frozen = deepFreeze(structuredClone(input));
    for (const fn of [
      sms.validate,
      chat.validate,
      validate('validateEventGridEvent'),
      validate('validateCloudEvent'),
    ]) {
      for (const strict of [false, true]) {
        assert.not.ok(crashed(fn(frozen, { strict })), 'a write into a frozen input would have thrown');
        fn(input, { strict });
      }
    }
    for (const is of [sms.is, chat.is, guard('isEventGridEvent'), guard('isCloudEvent')]) is(frozen);
    assert.is(JSON.stringify(input), before);
  }
});

// ── Agreement with Ajv 2020 + ajv-formats ──────────────────────────────────────────────────────

const DATE_TIMES = [
  '2021-02-25T21:38:03Z',
  '2021-02-25T21:38:03.5Z',
  '2021-02-25T21:38:03.123456789+05:30',
  '2021-02-25t21:38:03z',
  '2021-02-25 21:38:03Z',
  '2021-02-25\t21:38:03Z',
  '2021-02-25\u00a021:38:03Z',
  '2021-02-25\u200021:38:03Z',
  '2021-02-25\u180e21:38:03Z',
  '2021-02-25\n21:38:03Z',
  '2021-02-25TT21:38:03Z',
  '2021-02-25_21:38:03Z',
  '2021-02-2521:38:03Z',
  '2021-02-25T21:38:03',
  '2021-02-25T21:38:03.5',
  '2021-02-25',
  '21:38:03Z',
  '2021-02-25T21:38Z',
  '2021-02-25T21:38:03+0530',
  '2021-02-25T21:38:03+05',
  '2021-02-25T21:38:03+05:3',
  '2021-02-25T21:38:03+05:',
  '2021-02-25T21:38:03+24:00',
  '2021-02-25T21:38:03+23:59',
  '2021-02-25T21:38:03-00:60',
  '2021-02-25T21:38:03.Z',
  '2021-02-25T21:38:03,5Z',
  '2021-02-25T24:00:00Z',
  '2021-02-25T23:60:00Z',
  '2021-02-25T23:59:60Z',
  '2021-02-25T23:59:60.999Z',
  '2021-02-25T23:59:61Z',
  '2021-02-25T22:59:60Z',
  '2021-02-25T23:59:60+00:00',
  '2021-02-25T23:59:60-00:00',
  '2021-02-25T00:59:60+01:00',
  '2021-02-25T01:00:60+01:01',
  '2021-02-25T15:59:60-08:00',
  '2021-02-25T18:29:60-05:30',
  '2021-02-25T00:00:60+00:01',
  '2021-02-25T24:59:59+01:00',
  '2021-02-25T99:99:99Z',
  '2021-02-25T12:00:59.99999999999999999Z',
  '2021-02-25T23:59:59.99999999999999999Z',
  '2021-02-25T23:59:60.99999999999999999Z',
  '2020-02-29T00:00:00Z',
  '2021-02-29T00:00:00Z',
  '1900-02-29T00:00:00Z',
  '2000-02-29T00:00:00Z',
  '2100-02-29T00:00:00Z',
  '0000-02-29T00:00:00Z',
  '2021-04-31T00:00:00Z',
  '2021-12-31T00:00:00Z',
  '2021-12-32T00:00:00Z',
  '2021-00-10T00:00:00Z',
  '2021-13-10T00:00:00Z',
  '2021-01-00T00:00:00Z',
  '+2021-01-01T00:00:00Z',
  '2021-1-01T00:00:00Z',
  '２０２１-01-01T00:00:00Z',
  '2021-01-01T00:00:00Z ',
  ' 2021-01-01T00:00:00Z',
  '2021-01-01T00:00:00Z\n',
  '2021-01-01T00:00:00ZZ',
  '2021-01-01T00:00:00+01:00Z',
  '2021-01-01T00:00:00.+01:00',
  '2021-01-01T00:00:00.000000000000000000000000001-23:59',
  '',
];

const dateTimeAjv = ajvFor(dateTime, false);
const isDateTime = guard('isDateTime');

test('date-time agrees with ajv-formats on a table of tricky values', () => {
  for (const value of DATE_TIMES) {
    assert.is(isDateTime(value), dateTimeAjv(value), JSON.stringify(value));
    assert.is(validate('validateDateTime')(value).ok, dateTimeAjv(value), JSON.stringify(value));
  }
  assert.ok(isDateTime('2021-02-25T23:59:60Z'));
  assert.not.ok(isDateTime('2021-02-25T21:38:03'));
});

test('date-time agrees with ajv-formats on days 27–32 of every month (the everyday expression stops at 28)', () => {
  for (const year of ['1900', '2000', '2020', '2021']) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 27; day <= 32; day++) {
        const value = `${year}-${String(month).padStart(2, '0')}-${day}T23:59:59.5+01:00`;
        assert.is(isDateTime(value), dateTimeAjv(value), value);
        assert.is(validate('validateDateTime')(value).ok, dateTimeAjv(value), value);
      }
    }
  }
  assert.ok(isDateTime('2021-01-31T00:00:00Z'));
  assert.not.ok(isDateTime('2021-04-31T00:00:00Z'));
});

test('date-time agrees with ajv-formats on every UTF-16 code unit as the separator', () => {
  for (let c = 0; c <= 0xffff; c++) {
    const value = `2021-02-25${String.fromCharCode(c)}21:38:03Z`;
    if (isDateTime(value) !== dateTimeAjv(value)) assert.unreachable(`separator U+${c.toString(16)}`);
  }
});

test('date-time agrees with ajv-formats on random near-valid strings', () => {
  const random = rng(7);
  const alphabet = '0123456789-:T tZz+.,';
  const base = ['2020-02-29T23:59:60.5+00:00', '2021-12-31T23:59:60-01:30', '1999-01-01T00:00:00Z'];
  for (let n = 0; n < 20_000; n++) {
    const chars = [...base[n % base.length]!];
    for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
      const at = Math.floor(random() * chars.length);
      const op = random();
      const char = alphabet[Math.floor(random() * alphabet.length)]!;
      if (op < 0.6) chars[at] = char;
      else if (op < 0.8) chars.splice(at, 1);
      else chars.splice(at, 0, char);
    }
    const value = chars.join('');
    if (isDateTime(value) !== dateTimeAjv(value)) assert.unreachable(JSON.stringify(value));
  }
});

test('date-time agrees with ajv-formats on random fields around the edges (leap years, leap seconds, offsets)', () => {
  const random = rng(3339);
  const int = (max: number) => Math.floor(random() * (max + 1));
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const pick = <T>(items: readonly T[]) => items[int(items.length - 1)]!;
  for (let n = 0; n < 30_000; n++) {
    const year = pick([int(9999), 1900, 2000, 2020, 2021, 2100, 2400, 0]);
    const date = `${pad(year, 4)}-${pad(int(13))}-${pad(pick([int(32), 28, 29, 30, 31]))}`;
    const time = `${pad(pick([int(25), 23, 0]))}:${pad(pick([int(61), 59, 0]))}:${pad(pick([int(61), 59, 60]))}`;
    const fraction = pick([
      '',
      '',
      `.${int(999)}`,
      `.${'9'.repeat(1 + int(20))}`,
      `.${'0'.repeat(int(12))}1`,
      '.',
    ]);
    const offset = pick([
      'Z',
      'z',
      '',
      `${pick(['+', '-'])}${pad(pick([int(24), 0, 23]))}${pick([':', '', ':'])}${pad(pick([int(60), 0, 59, 1]))}`,
      `+${pad(int(24))}`,
    ]);
    const value = `${date}${pick(['T', 't', ' ', '\u3000', 'x'])}${time}${fraction}${offset}`;
    if (isDateTime(value) !== dateTimeAjv(value)) assert.unreachable(JSON.stringify(value));
  }
});

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOL: unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  1,
  -7,
  1.5,
  2 ** 53,
  1e21,
  NaN,
  Infinity,
  '',
  'x',
  'sent',
  'failed',
  '1.0',
  '2021-02-25T21:38:03Z',
  '2021-02-29T21:38:03Z',
  '2020-02-29T23:59:60Z',
  '2021-02-25 21:38:03',
  [],
  [1, 2],
  ['x'],
  [[1]],
  [{ rawId: 'r' }],
  {},
  { rawId: 'r' },
  { id: 'i' },
  { value: 'v' },
  { a: 1 },
  { name: 'n' },
  { name: 'n', children: [{}] },
  { rawId: 'r', communicationUser: { id: 1 } },
];

type Json = Record<string, unknown> | unknown[];

/** Every container in a value with the path to it. */
function containers(value: unknown, at: (string | number)[] = [], out: [Json, (string | number)[]][] = []) {
  if (value !== null && typeof value === 'object') {
    out.push([value as Json, at]);
    for (const [name, child] of Object.entries(value))
      containers(child, [...at, Array.isArray(value) ? Number(name) : name], out);
  }
  return out;
}

function mutate(base: unknown, random: () => number): unknown {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const value = structuredClone(base);
  if (random() < 0.03) return pick(POOL);
  for (let edits = 1 + Math.floor(random() * 2); edits > 0; edits--) {
    const [container] = pick(containers(value));
    const keys = Object.keys(container);
    const op = random();
    if (Array.isArray(container)) {
      if (op < 0.2 && keys.length > 0) container.pop();
      else if (op < 0.4) container.push(structuredClone(pick(POOL)));
      else if (keys.length > 0)
        container[Math.floor(random() * container.length)] = structuredClone(pick(POOL));
    } else if (op < 0.25 && keys.length > 0) {
      delete container[pick(keys)];
    } else if (op < 0.4) {
      container[pick(['extra', 'rawId', 'id', 'a', 'b', 'name', 'k/~'])] = structuredClone(pick(POOL));
    } else if (keys.length > 0) {
      container[pick(keys)] = structuredClone(pick(POOL));
    }
  }
  return value;
}

/** The envelopes as the brief states them, for Ajv. */
const EVENT_GRID_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    id: string,
    topic: string,
    subject: string,
    eventType: string,
    eventTime: dateTime,
    data: {},
    dataVersion: string,
    metadataVersion: string,
  },
  required: ['id', 'subject', 'eventType', 'eventTime', 'data', 'dataVersion'],
};
const CLOUD_EVENT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    specversion: { const: '1.0' },
    id: string,
    source: string,
    type: string,
    subject: string,
    datacontenttype: string,
    dataschema: string,
    time: dateTime,
  },
  required: ['specversion', 'id', 'source', 'type'],
};

const AGREEMENT: [string, JsonSchema, unknown, { validate: Validate; is: Guard }][] = [
  [SMS, SMS_SCHEMA, with_(VALID_SMS, { segments: 1, ratio: 2.5, flagged: true }), sms],
  [CHAT, CHAT_SCHEMA, VALID_CHAT, chat],
  [
    HOSTILE,
    HOSTILE_SCHEMA,
    JSON.parse('{"constructor": "c", "a~b/c": "x", "__proto__": 1, "toString": 3, "it\'s": "it\'s"}'),
    hostile,
  ],
  [
    'EventGridEvent',
    EVENT_GRID_SCHEMA,
    EVENT_GRID,
    { validate: validate('validateEventGridEvent'), is: guard('isEventGridEvent') },
  ],
  [
    'CloudEvent',
    CLOUD_EVENT_SCHEMA,
    CLOUD,
    { validate: validate('validateCloudEvent'), is: guard('isCloudEvent') },
  ],
];

for (const [name, schema, base, fns] of AGREEMENT) {
  test(`agrees with Ajv on 400 random mutations of a valid ${name} value`, () => {
    const ajvAll = ajvFor(schema, true);
    const ajvFirst = ajvFor(schema, false);
    const random = rng(name.length * 7919);
    let invalid = 0;
    for (let n = 0; n < 400; n++) {
      const value = mutate(base, random);
      const expected = ajvAll(value);
      assert.is(ajvFirst(value), expected);
      const result = fns.validate(value);
      if (result.ok !== expected || fns.is(value) !== expected) {
        assert.unreachable(
          `${JSON.stringify(value)}: ajv ${expected}, validate ${result.ok}, is ${fns.is(value)}`,
        );
      }
      if (!result.ok) {
        invalid++;
        assert.ok(result.errors.length > 0);
      }
    }
    assert.ok(
      invalid > 100 && invalid < 380,
      `a useful mix of valid and invalid values (${invalid} invalid)`,
    );
  });
}

// ── The real catalog ───────────────────────────────────────────────────────────────────────────

test('real catalog: every corrected sample is valid, and mutations agree with Ajv', async () => {
  const catalog = await realCatalog();
  const real = compile(catalog);
  const defs = Object.fromEntries(
    catalog.definitions.map((definition) => [definition.name, definition.schema]),
  );
  const random = rng(2021);
  const ajv = newDataSchemaAjv({ allErrors: true });
  for (const event of catalog.events) {
    const ajvValidate = ajv.compile({ ...event.schema, $defs: defs });
    const validateData = real.dataValidators[event.type]!;
    const isData = real.dataGuards[event.type]!;
    for (const sample of event.samples) {
      const result = validateData(sample.corrected.data);
      assert.equal(summary(result), [], `${event.type} sample ${sample.id}`);
      assert.ok(
        (real.validateEventGridEvent as Validate)(sample.corrected).ok,
        `${event.type} sample ${sample.id} envelope`,
      );
      for (let n = 0; n < 60; n++) {
        const value = mutate(sample.corrected.data, random);
        const expected = ajvValidate(value);
        if (validateData(value).ok !== expected || isData(value) !== expected) {
          assert.unreachable(`${event.type}: ${JSON.stringify(value)}: ajv says ${expected}`);
        }
      }
    }
  }
});

// ── Typecheck: strict, noUncheckedIndexedAccess, NodeNext (and no unused anything) ─────────────

function stubTypes(catalog: Catalog): string {
  const lines = [
    ...catalog.definitions.map(
      (definition) => `export interface ${definition.name} { [key: string]: unknown }`,
    ),
    ...catalog.events.map((event) => `export interface ${event.names.dataType} { [key: string]: unknown }`),
    `export type AcsEventType = ${catalog.events.map((event) => JSON.stringify(event.type)).join(' | ') || 'never'};`,
    `export interface AcsEventDataMap { ${catalog.events.map((event) => `${JSON.stringify(event.type)}: ${event.names.dataType};`).join(' ')} }`,
    'export interface EventGridEvent<TType extends string = string, TData = unknown> { eventType: TType; data: TData }',
    'export interface CloudEvent<TType extends string = string, TData = unknown> { type: TType; data?: TData }',
  ];
  return lines.join('\n');
}

const SUPPORT_DIR = path.resolve('generator', 'runtime', 'support');

/** Typechecks each variant (a directory with types.ts, the validators modules and the support modules) in one program. */
async function typecheck(
  variants: Record<string, { types: string; validators: readonly OutputFile[] }>,
): Promise<string[]> {
  const root = path.join(TMP, `typecheck-${process.pid}`);
  await rm(root, { recursive: true, force: true });
  const roots: string[] = [];
  const support = await readdir(SUPPORT_DIR);
  for (const [name, variant] of Object.entries(variants)) {
    const dir = path.join(root, name);
    await mkdir(path.join(dir, 'support'), { recursive: true });
    for (const file of support)
      await writeFile(path.join(dir, 'support', file), await readFile(path.join(SUPPORT_DIR, file), 'utf8'));
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    await writeFile(path.join(dir, 'types.ts'), variant.types);
    for (const file of variant.validators) {
      const where = path.join(dir, path.relative('package/src', file.path));
      await mkdir(path.dirname(where), { recursive: true });
      await writeFile(where, file.contents);
      roots.push(where);
    }
  }
  const program = ts.createProgram(roots, {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noImplicitReturns: true,
    noFallthroughCasesInSwitch: true,
    noPropertyAccessFromIndexSignature: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: [],
    noEmit: true,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? `${path.relative(root, diagnostic.file.fileName)}: ` : '';
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  });
  await rm(root, { recursive: true, force: true });
  return diagnostics;
}

test('typechecks (strict, noUncheckedIndexedAccess, NodeNext, noUnused*) against stub types and emit-types output', async () => {
  const stub = (catalog: Catalog) => ({ types: stubTypes(catalog), validators: files(catalog) });
  const real = async (catalog: Catalog) => ({
    types: emitTypes(emitContext(catalog))[0]!.contents,
    validators: files(catalog),
  });
  const small = catalogOf(
    {
      CommunicationIdentifier: DEFS.CommunicationIdentifier!,
      CommunicationUserIdentifier: DEFS.CommunicationUserIdentifier!,
      PhoneNumberIdentifier: DEFS.PhoneNumberIdentifier!,
      ChatMessageMetadata: DEFS.ChatMessageMetadata!,
    },
    [
      eventOf(SMS, SMS_SCHEMA, DEFS),
      eventOf(
        CHAT,
        {
          type: 'object',
          properties: { by: ref('CommunicationIdentifier'), metadata: ref('ChatMessageMetadata') },
        },
        DEFS,
      ),
    ],
  );
  const committed = await realCatalog();
  const variants: Record<string, { types: string; validators: readonly OutputFile[] }> = {
    full: stub(CATALOG),
    empty: stub(catalogOf({}, [])),
    'defs-only': stub(catalogOf({ Lonely: { type: 'object' } }, [])),
    'prototype-names': stub(
      catalogOf(
        {
          Protos: {
            type: 'object',
            properties: { constructor: string, toString: {} },
            required: ['constructor', '__proto__'],
          },
        },
        [],
      ),
    ),
    'odd-schemas': stub(
      catalogOf(
        {
          Impossible: { type: 'string', enum: [1, 2] },
          Anything: {},
          OnlyRequired: { required: ['x'] },
          NullOrText: {
            anyOf: [{ type: 'null' }, { type: 'string', format: 'date-time' }],
            oneOf: [{ const: null }, { type: 'string' }],
          },
          TypedAlternatives: { type: 'string', anyOf: [{ type: 'null' }, { type: 'string' }] },
          Untyped: {
            properties: { a: { items: { format: 'date-time' } } },
            additionalProperties: { enum: ['x', 1] },
          },
        },
        [],
      ),
    ),
    'format-v2': stub(FORMAT_V2_CATALOG),
    'emit-types': await real(small),
    'real-catalog': stub(committed),
  };
  assert.equal(await typecheck(variants), []);
});

test.run();
