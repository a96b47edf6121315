import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import YAML from 'yaml';
import { BANNER_TEXT } from '../generator/syntax/banner.ts';
import {
  JSON_SCHEMA_DRAFT,
  SCHEMA_BASE_URL,
  emitJsonSchemas,
} from '../generator/emit/json-schema/emit-json-schema.ts';
import type { Catalog, OutputFile, RawDefinitionsFile } from '../generator/model/catalog-model.ts';
import { eventNames } from '../generator/model/event-names.ts';
import { catalogOf, eventOf, ref, type Definitions } from './support/small-catalog.ts';
import { jsonText } from '../generator/syntax/json-text.ts';
import { realCatalog } from './support/real-catalog.ts';
import { emitContext } from '../generator/model/emit-context.ts';
import { V2_CALL_ENDED_SCHEMA, v2Catalog } from './support/v2-catalog.ts';

// ── Small normalized catalogs ──────────────────────────────────────────────────────────────────

type Defs = Definitions;
const event = eventOf;

/** The shared definitions as the catalog has them. */
const DEFINITIONS: Defs = (
  YAML.parse(
    readFileSync(fileURLToPath(new URL('../catalog/definitions.yaml', import.meta.url)), 'utf8'),
  ) as RawDefinitionsFile
).definitions;

const CHAT = 'Microsoft.Communication.ChatMessageReceived';
const INSTANT = 'Microsoft.Communication.InstantMessageReceived';
const SMS = 'Microsoft.Communication.SMSReceived';

const small = catalogOf(DEFINITIONS, [
  event(
    CHAT,
    {
      type: 'object',
      properties: {
        messageBody: { type: 'string', description: 'The message.' },
        senderCommunicationIdentifier: ref('CommunicationIdentifier', 'Who sent it.'),
        metadata: ref('ChatMessageMetadata'),
        composeTime: { type: 'string', format: 'date-time' },
        version: { type: 'integer' },
      },
      required: ['messageBody', 'composeTime'],
    },
    DEFINITIONS,
  ),
  event(
    INSTANT,
    { type: 'object', properties: { MessageBody: { type: 'string' } }, required: ['MessageBody'] },
    DEFINITIONS,
    {
      status: 'retired',
      replacedBy: CHAT,
    },
  ),
  event(
    SMS,
    {
      type: 'object',
      properties: {
        From: { type: 'string' },
        ReceivedTimestamp: { type: 'string', format: 'date-time' },
        kind: { enum: ['a', 'b'] },
      },
      required: ['From'],
    },
    DEFINITIONS,
  ),
]);

/** Names and text that JSON must carry as data: quotes, an own `__proto__` key, a comment terminator. */
const odd = catalogOf(
  {
    Odd: {
      description: 'Odd */ "quoted"',
      schema: { type: 'object', properties: { ['__proto__']: { type: 'string' } } },
    },
  },
  [
    event(
      'Microsoft.Communication.Odd"Type',
      {
        type: 'object',
        description: 'Data */',
        properties: { 'quote"key': { type: 'string' }, odd: ref('Odd') },
        required: ['quote"key'],
      },
      { Odd: { description: '', schema: { type: 'object' } } },
    ),
  ],
);

/** The committed catalog, loaded before the cases run. */
let real: Catalog | undefined;
test.before(async () => {
  real = await realCatalog();
});

const CATALOGS: [name: string, catalog: () => Catalog | undefined][] = [
  ['small', () => small],
  ['odd', () => odd],
  ['empty', () => catalogOf({}, [])],
  ['v2', () => v2Catalog],
  ['real', () => real],
];

// ── Helpers ────────────────────────────────────────────────────────────────────────────────────

type Schema = Record<string, unknown> & { $id: string; $defs?: Record<string, unknown> };

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv;
}

const parsed = (file: OutputFile): Schema => JSON.parse(file.contents) as Schema;
const relative = (file: OutputFile): string => file.path.replace(/^package\/schemas\//, '');
const byPath = (files: OutputFile[], path: string): Schema =>
  parsed(files.find((file) => file.path === `package/schemas/${path}`)!);

/** Every file added to one Ajv, compiled by `$id`. */
function compileTogether(files: OutputFile[]): Ajv2020 {
  const ajv = newAjv();
  for (const file of files) ajv.addSchema(parsed(file));
  for (const file of files) ajv.getSchema(parsed(file).$id);
  return ajv;
}

function expectedPaths(catalog: Catalog): string[] {
  return [
    'bundle.schema.json',
    'cloud-event.schema.json',
    'event-grid-event.schema.json',
    ...catalog.events.flatMap((e) => [
      `data/${e.names.slug}.schema.json`,
      `events/${e.names.slug}.event-grid.schema.json`,
      `events/${e.names.slug}.cloud-event.schema.json`,
    ]),
    ...catalog.definitions.map((d) => `definitions/${d.name}.schema.json`),
  ]
    .map((path) => `package/schemas/${path}`)
    .sort();
}

// ── Every catalog ──────────────────────────────────────────────────────────────────────────────

for (const [name, get] of CATALOGS) {
  const withCatalog = (body: (catalog: Catalog, files: OutputFile[]) => void) => () => {
    const catalog = get();
    assert.ok(catalog, `catalog ${name} did not load`);
    body(catalog, emitJsonSchemas(emitContext(catalog)));
  };

  test(
    `emitJsonSchemas(${name}): the expected files, sorted`,
    withCatalog((catalog, files) => {
      assert.equal(
        files.map((file) => file.path),
        expectedPaths(catalog),
      );
    }),
  );

  test(
    `emitJsonSchemas(${name}): JSON in the package's layout with a trailing newline, banner $comment, $schema, $id from the base URL`,
    withCatalog((_, files) => {
      for (const file of files) {
        const schema = parsed(file);
        assert.is(file.contents, jsonText(schema), file.path);
        assert.equal(Object.keys(schema).slice(0, 3), ['$comment', '$schema', '$id'], file.path);
        assert.is(schema.$comment, BANNER_TEXT);
        assert.is(schema.$schema, JSON_SCHEMA_DRAFT);
        assert.is(schema.$id, SCHEMA_BASE_URL + relative(file));
      }
    }),
  );

  test(
    `emitJsonSchemas(${name}): every file compiles on its own (Ajv 2020, strict, ajv-formats)`,
    withCatalog((_, files) => {
      for (const file of files) {
        try {
          newAjv().compile(parsed(file));
        } catch (error) {
          assert.unreachable(`${file.path}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }),
  );

  test(
    `emitJsonSchemas(${name}): all files compile together`,
    withCatalog((_, files) => {
      compileTogether(files);
    }),
  );

  test(
    `emitJsonSchemas(${name}): $defs hold exactly the definitions each file uses`,
    withCatalog((catalog, files) => {
      const keys = (schema: Schema) => Object.keys(schema.$defs ?? {});
      for (const e of catalog.events) {
        assert.equal(keys(byPath(files, `data/${e.names.slug}.schema.json`)), e.uses, e.type);
        const envelope = [e.names.dataType, ...e.uses].sort();
        assert.equal(keys(byPath(files, `events/${e.names.slug}.event-grid.schema.json`)), envelope, e.type);
        assert.equal(keys(byPath(files, `events/${e.names.slug}.cloud-event.schema.json`)), envelope, e.type);
      }
      for (const d of catalog.definitions)
        assert.equal(keys(byPath(files, `definitions/${d.name}.schema.json`)), d.uses, d.name);
      const bundle = [
        ...catalog.definitions.map((d) => d.name),
        ...catalog.events.flatMap((e) => [e.names.dataType, e.names.eventType]),
      ];
      assert.equal(keys(byPath(files, 'bundle.schema.json')), bundle.sort());
    }),
  );

  test(
    `emitJsonSchemas(${name}): titles are the type names; retired events are deprecated`,
    withCatalog((catalog, files) => {
      for (const e of catalog.events) {
        const deprecated = e.status === 'retired' ? true : undefined;
        const data = byPath(files, `data/${e.names.slug}.schema.json`);
        const eventGrid = byPath(files, `events/${e.names.slug}.event-grid.schema.json`);
        const cloud = byPath(files, `events/${e.names.slug}.cloud-event.schema.json`);
        assert.equal(
          [data.title, eventGrid.title, cloud.title],
          [e.names.dataType, e.names.eventType, e.names.cloudEventType],
        );
        assert.equal(
          [data.deprecated, eventGrid.deprecated, cloud.deprecated],
          [deprecated, deprecated, deprecated],
          e.type,
        );
      }
    }),
  );

  test(
    `emitJsonSchemas(${name}): deterministic, and the frozen catalog is not mutated`,
    withCatalog((catalog, files) => {
      assert.ok(Object.isFrozen(catalog.events));
      assert.equal(emitJsonSchemas(emitContext(catalog)), files);
    }),
  );
}

// ── Keyword order ──────────────────────────────────────────────────────────────────────────────

test('emitJsonSchemas: keywords in reading order, properties in catalog order, $defs sorted', () => {
  const data = byPath(emitJsonSchemas(emitContext(small)), 'data/chat-message-received.schema.json');
  assert.equal(Object.keys(data), [
    '$comment',
    '$schema',
    '$id',
    'title',
    'description',
    'type',
    'properties',
    'required',
    '$defs',
  ]);
  assert.equal(Object.keys(data.properties as object), [
    'messageBody',
    'senderCommunicationIdentifier',
    'metadata',
    'composeTime',
    'version',
  ]);
  assert.equal(Object.keys(data.$defs!), [...Object.keys(data.$defs!)].sort());
  assert.equal((data.properties as Record<string, unknown>).senderCommunicationIdentifier, {
    description: 'Who sent it.',
    $ref: '#/$defs/CommunicationIdentifier',
  });
});

test('emitJsonSchemas: odd names survive as data (own __proto__ key, quotes)', () => {
  const files = emitJsonSchemas(emitContext(odd));
  const definition = byPath(files, 'definitions/Odd.schema.json');
  assert.equal(Object.keys(definition.properties as object), ['__proto__']);
  assert.ok(
    files.find((f) => f.path.endsWith('definitions/Odd.schema.json'))!.contents.includes('"__proto__": {'),
  );
  const data = byPath(files, 'data/odd-type.schema.json');
  assert.equal(data.required, ['quote"key']);
});

// ── Validation ─────────────────────────────────────────────────────────────────────────────────

const TIME = '2021-02-25T06:37:29.9628207Z';
const chatData = {
  messageBody: 'Hi',
  composeTime: TIME,
  senderCommunicationIdentifier: { rawId: '8:acs:1', communicationUser: { id: '8:acs:1' } },
};
const eventGrid = (eventType: string, data: unknown, extra: object = {}) => ({
  id: '1',
  topic: '/subscriptions/x',
  subject: 'thread/1/sender/2',
  eventType,
  eventTime: TIME,
  data,
  dataVersion: '1.0',
  metadataVersion: '1',
  ...extra,
});
const cloud = (type: string, data: unknown, extra: object = {}) => ({
  specversion: '1.0',
  id: '1',
  source: '/acs',
  type,
  time: TIME,
  data,
  ...extra,
});

// [schema file, instance description, instance, valid?]
const VALIDATION: [string, string, unknown, boolean][] = [
  ['bundle.schema.json', 'a valid chat event', eventGrid(CHAT, chatData), true],
  ['bundle.schema.json', 'a valid retired event', eventGrid(INSTANT, { MessageBody: 'Hi' }), true],
  [
    'bundle.schema.json',
    'unknown properties in envelope and data',
    eventGrid(CHAT, { ...chatData, newField: 1 }, { extra: true }),
    true,
  ],
  ['bundle.schema.json', 'a wrong eventType', eventGrid('Microsoft.Communication.Nope', chatData), false],
  ['bundle.schema.json', 'the data of another event', eventGrid(SMS, chatData), false],
  ['bundle.schema.json', 'data missing a required property', eventGrid(CHAT, { composeTime: TIME }), false],
  [
    'bundle.schema.json',
    'a shared definition violated',
    eventGrid(CHAT, { ...chatData, senderCommunicationIdentifier: { communicationUser: { id: 'x' } } }),
    false,
  ],
  [
    'bundle.schema.json',
    'metadata that is not a string map',
    eventGrid(CHAT, { ...chatData, metadata: { key: 1 } }),
    false,
  ],
  [
    'bundle.schema.json',
    'an eventTime that is not a date-time',
    eventGrid(CHAT, chatData, { eventTime: 'yesterday' }),
    false,
  ],
  ['bundle.schema.json', 'a missing subject', { ...eventGrid(CHAT, chatData), subject: undefined }, false],
  ['events/chat-message-received.event-grid.schema.json', 'its own event', eventGrid(CHAT, chatData), true],
  [
    'events/chat-message-received.event-grid.schema.json',
    'another event type',
    eventGrid(SMS, { From: '1' }),
    false,
  ],
  ['events/chat-message-received.cloud-event.schema.json', 'its own CloudEvent', cloud(CHAT, chatData), true],
  [
    'events/chat-message-received.cloud-event.schema.json',
    'the Event Grid form',
    eventGrid(CHAT, chatData),
    false,
  ],
  [
    'events/sms-received.cloud-event.schema.json',
    'an enum violated',
    cloud(SMS, { From: '1', kind: 'c' }),
    false,
  ],
  ['event-grid-event.schema.json', 'any event type and data', eventGrid('Some.Other.Event', 42), true],
  ['event-grid-event.schema.json', 'no data', { ...eventGrid(CHAT, chatData), data: undefined }, false],
  ['cloud-event.schema.json', 'a CloudEvent without data', cloud('Some.Other.Event', undefined), true],
  ['cloud-event.schema.json', 'specversion 0.3', cloud('Some.Other.Event', 1, { specversion: '0.3' }), false],
  ['data/chat-message-received.schema.json', 'chat data', chatData, true],
  ['data/sms-received.schema.json', 'chat data', chatData, false],
  [
    'definitions/CommunicationIdentifier.schema.json',
    'an ACS user',
    { rawId: '8:acs:1', communicationUser: { id: '8:acs:1' } },
    true,
  ],
  [
    'definitions/CommunicationIdentifier.schema.json',
    'a Teams user with a bad cloud',
    { rawId: 'x', microsoftTeamsUser: { userId: 'u', cloud: 'moon' } },
    false,
  ],
];

for (const [path, what, instance, valid] of VALIDATION) {
  const json = JSON.parse(JSON.stringify(instance)) as unknown;
  test(`${path} ${valid ? 'accepts' : 'rejects'} ${what} (alone and together)`, () => {
    const files = emitJsonSchemas(emitContext(small));
    const alone = newAjv().compile(byPath(files, path));
    assert.is(alone(json), valid, JSON.stringify(alone.errors));
    const together = compileTogether(files).getSchema(SCHEMA_BASE_URL + path)!;
    assert.is(together(json), valid, JSON.stringify(together.errors));
  });
}

test('emitJsonSchemas(real): every corrected docs sample validates against the bundle and its own event schemas', async () => {
  const catalog = await realCatalog();
  const files = emitJsonSchemas(emitContext(catalog));
  const ajv = compileTogether(files);
  const bundle = ajv.getSchema(`${SCHEMA_BASE_URL}bundle.schema.json`)!;
  for (const e of catalog.events) {
    const own = ajv.getSchema(`${SCHEMA_BASE_URL}events/${e.names.slug}.event-grid.schema.json`)!;
    const data = ajv.getSchema(`${SCHEMA_BASE_URL}data/${e.names.slug}.schema.json`)!;
    for (const sample of e.samples) {
      const where = `${e.type} sample ${sample.id}`;
      assert.ok(bundle(sample.corrected), `${where}: ${JSON.stringify(bundle.errors?.slice(0, 3))}`);
      assert.ok(own(sample.corrected), `${where}: ${JSON.stringify(own.errors)}`);
      assert.ok(data(sample.corrected.data), `${where}: ${JSON.stringify(data.errors)}`);
    }
  }
});

// ── Catalog format v2: every keyword passes through and means what the format says ─────────────

test('emitJsonSchemas(v2): the data schema is the catalog schema as written, its allOf bases in $defs', () => {
  const files = emitJsonSchemas(emitContext(v2Catalog));
  const ended = byPath(files, 'data/call-ended.schema.json');
  assert.equal(ended.properties, JSON.parse(JSON.stringify(V2_CALL_ENDED_SCHEMA.properties)));
  assert.equal(Object.keys(ended.$defs!), [
    'AudioParticipant',
    'CallParticipant',
    'CallParticipantBase',
    'EndReason',
    'VideoParticipant',
  ]);
  const started = byPath(files, 'data/call-started.schema.json');
  assert.equal((started.allOf as unknown[])[0], { $ref: '#/$defs/CallParticipantBase' });
  assert.equal(Object.keys(started.$defs!), ['CallParticipantBase']);
});

const participant = (kind: string, extra: object) => ({ kind, rawId: '8:acs:1', ...extra });
const AUDIO = participant('audio', { muted: false });
const VIDEO = participant('video', { resolution: null });
const ended = (extra: object = {}) => ({
  participant: AUDIO,
  reason: 'Hangup',
  channel: 'pstn',
  nickname: null,
  outcome: { status: 'ok', billedSeconds: 3 },
  ...extra,
});
const ENDED = 'data/call-ended.schema.json';

// [schema file, instance description, instance, valid?]
const V2_VALIDATION: [string, string, unknown, boolean][] = [
  [ENDED, 'the minimal payload', ended(), true],
  [ENDED, 'a nullable string as a string', ended({ nickname: 'Al' }), true],
  [ENDED, 'a non-nullable property as null', ended({ reason: null }), false],
  [ENDED, 'a nullable ref as null', ended({ transferTarget: null }), true],
  [ENDED, 'a nullable ref as its definition', ended({ transferTarget: participant('x', {}) }), true],
  [ENDED, 'a nullable ref as something else', ended({ transferTarget: 'x' }), false],
  [ENDED, 'an open enum with a known value', ended({ reason: 'Timeout' }), true],
  [ENDED, 'an open enum with a value the service added', ended({ reason: 'Transferred' }), true],
  [ENDED, 'an open enum with a number', ended({ reason: 3 }), false],
  [ENDED, 'a closed documented enum with an unknown value', ended({ channel: 'fax' }), false],
  [ENDED, 'a discriminated union: the video branch', ended({ participant: VIDEO }), true],
  [
    ENDED,
    'a discriminated union: an unknown discriminator',
    ended({ participant: participant('screen', {}) }),
    false,
  ],
  [
    'data/call-ended.schema.json',
    "a discriminated union: one branch's discriminator with the other's members",
    ended({ participant: participant('audio', { resolution: null }) }),
    false,
  ],
  [
    ENDED,
    'an inline discriminated union: the failed branch',
    ended({ outcome: { status: 'failed', error: 'x' } }),
    true,
  ],
  [
    ENDED,
    'an inline discriminated union: a branch missing a member',
    ended({ outcome: { status: 'failed' } }),
    false,
  ],
  [ENDED, 'an array of union members', ended({ participants: [AUDIO, VIDEO] }), true],
  [ENDED, 'an array with a bad member', ended({ participants: [AUDIO, { kind: 'audio' }] }), false],
  [
    ENDED,
    'inline allOf: base and own members',
    ended({ caller: participant('k', { phoneNumber: '+1' }) }),
    true,
  ],
  [ENDED, 'inline allOf: a base member missing', ended({ caller: { kind: 'k', phoneNumber: '+1' } }), false],
  [ENDED, 'a duration', ended({ callDuration: 'PT1M30S' }), true],
  [ENDED, 'a duration that is not ISO 8601', ended({ callDuration: '90 seconds' }), false],
  [ENDED, 'an int32 at its maximum', ended({ retries: 2 ** 31 - 1 }), true],
  [ENDED, 'an int32 past its maximum', ended({ retries: 2 ** 31 }), false],
  [ENDED, 'an int64 beyond int32', ended({ sequenceNumber: 2 ** 40 }), true],
  [ENDED, 'an int64 that is not an integer', ended({ sequenceNumber: 1.5 }), false],
  [ENDED, 'a nullable double as null', ended({ score: null }), true],
  [ENDED, 'a double', ended({ score: 0.25 }), true],
  [ENDED, 'a format on a type it does not check is ignored', ended({ mislabelled: 'not a number' }), true],
  [ENDED, 'a string map', ended({ labels: { a: 'b' } }), true],
  [ENDED, 'a string map with a number', ended({ labels: { a: 1 } }), false],
  [ENDED, 'a map of anything', ended({ context: { a: 1, b: [null] } }), true],
  [
    'data/call-started.schema.json',
    'data that extends a definition',
    participant('k', { startTime: '2021-02-25T06:37:29Z' }),
    true,
  ],
  ['data/call-started.schema.json', 'data missing an inherited member', { kind: 'k' }, false],
  [
    'data/call-started.schema.json',
    'an own member of the wrong format',
    participant('k', { startTime: 'today' }),
    false,
  ],
  ['definitions/EndReason.schema.json', 'an open enum definition with any string', 'Whatever', true],
  ['definitions/CallParticipant.schema.json', 'a union definition with its branch', VIDEO, true],
  [
    'definitions/VideoParticipant.schema.json',
    'an inheriting definition without its own member',
    participant('video', {}),
    false,
  ],
  [
    'definitions/VideoParticipant.schema.json',
    'an inheriting definition with a wrong discriminator',
    participant('audio', { resolution: 'hd' }),
    false,
  ],
];

for (const [path, what, instance, valid] of V2_VALIDATION) {
  test(`v2 ${path} ${valid ? 'accepts' : 'rejects'} ${what} (alone and together)`, () => {
    const files = emitJsonSchemas(emitContext(v2Catalog));
    const alone = newAjv().compile(byPath(files, path));
    assert.is(alone(instance), valid, JSON.stringify(alone.errors));
    const together = compileTogether(files).getSchema(SCHEMA_BASE_URL + path)!;
    assert.is(together(instance), valid, JSON.stringify(together.errors));
  });
}

// ── Failing loudly ─────────────────────────────────────────────────────────────────────────────

const FOO: Defs[string] = { description: 'Foo.', schema: { type: 'object' } };
// [what, catalog, message fragment]
const FAILURES: [string, () => Catalog, string][] = [
  [
    'a definition named like an event data type',
    () => catalogOf({ AcsAEventData: FOO }, [event('Microsoft.Communication.A', { type: 'object' }, {})]),
    'AcsAEventData names two schemas',
  ],
  [
    'a use of a missing definition',
    () =>
      catalogOf({}, [
        event(
          'Microsoft.Communication.A',
          { type: 'object', properties: { x: ref('Missing') } },
          { Missing: FOO },
        ),
      ]),
    'uses Missing, which is not a shared definition',
  ],
  [
    'two events with one slug',
    () =>
      catalogOf({}, [
        event('Microsoft.Communication.SMSReceived', { type: 'object' }, {}),
        event(
          'SMSReceived',
          { type: 'object' },
          {},
          { names: { ...eventNames('X.SmsReceived2'), slug: 'sms-received' } },
        ),
      ]),
    'two schemas want data/sms-received.schema.json',
  ],
];

for (const [what, build, message] of FAILURES) {
  test(`emitJsonSchemas fails loudly: ${what}`, () => {
    assert.throws(
      () => emitJsonSchemas(emitContext(build())),
      (error: Error) => error.message.includes(message),
    );
  });
}

test.run();
