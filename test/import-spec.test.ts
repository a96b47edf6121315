/**
 * The spec importer's rules, each on a small Swagger snippet: positions in the JSON text, names,
 * schema conversion, the spec's self-disagreements, the comparison with curated schemas and the
 * merge (text splices, idempotence). The real spec file is in import-spec-real.test.ts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import YAML from 'yaml';
import type { JsonSchema } from '../generator/model/catalog-model.ts';
import { compareSchemas } from '../generator/import/spec/compare-schemas.ts';
import { convertSchema, type ConvertContext } from '../generator/import/spec/convert-schema.ts';
import { jsonPositions } from '../generator/import/spec/json-positions.ts';
import { positionOf, readSpec } from '../generator/import/spec/read-spec.ts';
import { importSpec } from '../generator/import/spec/spec-import.ts';
import { categoryOf } from '../generator/import/event-naming.ts';
import { definitionName, eventShortName } from '../generator/import/spec/spec-names.ts';
import type { SwaggerSchema } from '../generator/import/spec/swagger-schema.ts';
import { appendEntries, locate, setKey } from '../generator/import/spec/yaml-text-edit.ts';

// ---------------------------------------------------------------------------------------------
// Positions in the JSON text

const positionsText = `{
  "definitions": {
    "A~b/c": { "type": "string" },
    "List": [1, {"x": true}]
  }
}`;
// [pointer, line, column]
const positionCases: [string, number, number][] = [
  ['', 1, 1],
  ['/definitions', 2, 3],
  ['/definitions/A~0b~1c', 3, 5],
  ['/definitions/A~0b~1c/type', 3, 16],
  ['/definitions/List', 4, 5],
  ['/definitions/List/0', 4, 14],
  ['/definitions/List/1', 4, 17],
  ['/definitions/List/1/x', 4, 18],
];
for (const [pointer, line, column] of positionCases)
  test(`jsonPositions ${pointer || '(root)'} → ${line}:${column}`, () => {
    assert.equal(jsonPositions(positionsText).get(pointer), { line, column });
  });

test('jsonPositions: escaped quotes in keys and strings, CRLF line ends', () => {
  const text = '{\r\n  "a\\"b": "x\\"}",\r\n  "c": null\r\n}';
  const positions = jsonPositions(text);
  assert.equal(positions.get('/a"b'), { line: 2, column: 3 });
  assert.equal(positions.get('/c'), { line: 3, column: 3 });
});

test('jsonPositions stops at the end of a truncated text', () => {
  assert.equal([...jsonPositions('{ "a": { "b": "x').keys()], ['', '/a', '/a/b']);
  assert.equal([...jsonPositions('[1, [2').keys()], ['', '/0', '/1', '/1/0']);
});

test('positionOf falls back to the nearest enclosing member', () => {
  assert.equal(positionOf(jsonPositions(positionsText), '/definitions/List/7/y'), { line: 4, column: 5 });
});

// ---------------------------------------------------------------------------------------------
// Names

// [spec name, event short name]
const eventNames: [string, string][] = [
  ['SmsReceived', 'SMSReceived'],
  ['SmsDeliveryReportReceived', 'SMSDeliveryReportReceived'],
  ['MessageReceived', 'AdvancedMessageReceived'],
  ['MessageDeliveryStatusUpdated', 'AdvancedMessageDeliveryStatusUpdated'],
  ['ChatParticipantAddedToThread', 'ChatThreadParticipantAdded'],
  ['ChatParticipantRemovedFromThread', 'ChatThreadParticipantRemoved'],
  ['ChatParticipantAddedToThreadWithUser', 'ChatParticipantAddedToThreadWithUser'],
  ['RouterJobCancelled', 'RouterJobCancelled'],
  ['IncomingCall', 'IncomingCall'],
];
for (const [spec, short] of eventNames)
  test(`event name ${spec} → ${short}`, () => assert.is(eventShortName(spec), short));

// [definition, catalog name]
const definitionNames: [string, string][] = [
  ['AcsRouterWorkerSelector', 'RouterWorkerSelector'],
  ['AcsSmsDeliveryAttemptProperties', 'SmsDeliveryAttempt'],
  ['AcsSmsEventBaseProperties', 'SmsEventBase'],
  ['AcsRouterJobEventData', 'RouterJobEventBase'],
  ['AcsMessageEventData', 'AdvancedMessageEventBase'],
  ['AcsMessageMediaContent', 'AdvancedMessageMediaContent'],
  ['AcsChatEventInThreadBaseProperties', 'ChatEventInThreadBase'],
  ['AcsChatThreadParticipantProperties', 'ChatParticipant'],
  ['AcsCallingEventProperties', 'CallingEventBase'],
  ['AcsCallEndReasonProperties', 'CallEndReason'],
];
for (const [spec, name] of definitionNames)
  test(`definition name ${spec} → ${name}`, () => assert.is(definitionName(spec), name));

// [short name, category]
const categories: [string, string | undefined][] = [
  ['SMSReceived', 'sms'],
  ['ChatThreadCreated', 'chat'],
  ['IncomingCall', 'calls'],
  ['CallEnded', 'calls'],
  ['RecordingFileStatusUpdated', 'recording'],
  ['EmailDeliveryReportReceived', 'email'],
  ['RouterWorkerOfferIssued', 'router'],
  ['AdvancedMessageReceived', 'advanced-messaging'],
  ['UserDisconnected', 'presence'],
  ['SomethingElse', undefined],
];
for (const [short, category] of categories)
  test(`category of ${short} is ${category}`, () => assert.is(categoryOf(short), category));

// ---------------------------------------------------------------------------------------------
// Schema conversion, one rule per case

function convert(node: SwaggerSchema): { schema: JsonSchema; problems: string[] } {
  const ctx: ConvertContext = {
    definitionName: (name) => (name.startsWith('Acs') ? definitionName(name) : undefined),
    origins: new WeakMap(),
    problems: [],
  };
  const schema = convertSchema(node, '/definitions/X', ctx);
  return { schema, problems: ctx.problems.map((p) => `${p.severity} ${p.pointer}: ${p.message}`) };
}

const COMMON = '../../../../../communication/data-plane/Common/stable/2023-11-15/common.json';
// [rule, Swagger, catalog schema]
const conversions: [string, SwaggerSchema, JsonSchema][] = [
  [
    'allOf inheritance with own properties and required',
    {
      type: 'object',
      allOf: [{ $ref: '#/definitions/AcsSmsEventBaseProperties' }],
      properties: { message: { type: 'string' } },
      required: ['message'],
    },
    {
      allOf: [
        { $ref: '#/$defs/SmsEventBase' },
        { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
      ],
    },
  ],
  [
    'allOf without an own part (empty properties)',
    { type: 'object', allOf: [{ $ref: '#/definitions/AcsRouterJobEventData' }], properties: {} },
    { allOf: [{ $ref: '#/$defs/RouterJobEventBase' }] },
  ],
  [
    'x-ms-enum modelAsString: true → open documented enum',
    {
      type: 'string',
      description: 'State',
      enum: ['active', 'expired'],
      'x-ms-enum': {
        name: 'S',
        modelAsString: true,
        values: [{ value: 'active', description: 'Is active' }, { value: 'expired' }],
      },
    },
    {
      anyOf: [{ const: 'active', description: 'Is active' }, { const: 'expired' }, { type: 'string' }],
      description: 'State',
    },
  ],
  [
    'x-ms-enum modelAsString: false → closed documented enum',
    {
      type: 'string',
      enum: ['a', 'b'],
      'x-ms-enum': {
        name: 'E',
        modelAsString: false,
        values: [{ value: 'a', description: 'A' }, { value: 'b' }],
      },
    },
    { oneOf: [{ const: 'a', description: 'A' }, { const: 'b' }] },
  ],
  [
    'enum without x-ms-enum → closed',
    { type: 'string', enum: ['x', 'y'] },
    { oneOf: [{ const: 'x' }, { const: 'y' }] },
  ],
  ['date-time stays', { type: 'string', format: 'date-time' }, { type: 'string', format: 'date-time' }],
  ['int32', { type: 'integer', format: 'int32' }, { type: 'integer', format: 'int32' }],
  ['int64', { type: 'integer', format: 'int64' }, { type: 'integer', format: 'int64' }],
  ['double', { type: 'number', format: 'double' }, { type: 'number', format: 'double' }],
  ['duration', { type: 'string', format: 'duration' }, { type: 'string', format: 'duration' }],
  ['integer without a format', { type: 'integer' }, { type: 'integer' }],
  [
    'array of $ref',
    { type: 'array', items: { $ref: '#/definitions/AcsRouterWorkerSelector' } },
    { type: 'array', items: { $ref: '#/$defs/RouterWorkerSelector' } },
  ],
  [
    'additionalProperties map of strings',
    { type: 'object', additionalProperties: { type: 'string' } },
    { type: 'object', additionalProperties: { type: 'string' } },
  ],
  [
    'additionalProperties: true',
    { type: 'object', additionalProperties: true },
    { type: 'object', additionalProperties: true },
  ],
  ['x-nullable string → type list', { type: 'string', 'x-nullable': true }, { type: ['string', 'null'] }],
  [
    'x-nullable $ref → anyOf with null',
    { $ref: '#/definitions/AcsCallGroupProperties', 'x-nullable': true, description: 'Group' },
    { anyOf: [{ $ref: '#/$defs/CallGroup' }, { type: 'null' }], description: 'Group' },
  ],
  [
    'x-nullable enum → a null const',
    { type: 'string', enum: ['a'], 'x-nullable': true },
    { oneOf: [{ const: 'a' }, { const: null }] },
  ],
  [
    'external CommunicationIdentifierModel → the catalog CommunicationIdentifier',
    { $ref: `${COMMON}#/definitions/CommunicationIdentifierModel`, description: 'Who' },
    { $ref: '#/$defs/CommunicationIdentifier', description: 'Who' },
  ],
  [
    '$ref with a redundant type: object sibling',
    { $ref: '#/definitions/AcsMessageContext', type: 'object', 'x-ms-client-name': 'ctx' },
    { $ref: '#/$defs/AdvancedMessageContext' },
  ],
  [
    'nested object: properties, required, descriptions',
    {
      type: 'object',
      description: 'Outer',
      properties: {
        inner: { type: 'object', properties: { n: { type: 'number', description: 'N' } }, required: ['n'] },
      },
    },
    {
      type: 'object',
      description: 'Outer',
      properties: {
        inner: { type: 'object', properties: { n: { type: 'number', description: 'N' } }, required: ['n'] },
      },
    },
  ],
];
for (const [rule, swagger, expected] of conversions)
  test(`convert: ${rule}`, () => {
    const { schema, problems } = convert(swagger);
    assert.equal(schema, expected);
    assert.equal(problems, []);
  });

// [case, Swagger, problems]
const conversionProblems: [string, SwaggerSchema, string[]][] = [
  [
    'enum and x-ms-enum values differ in casing',
    {
      type: 'string',
      enum: ['Read', 'Sent'],
      'x-ms-enum': { name: 'S', modelAsString: true, values: [{ value: 'read' }, { value: 'sent' }] },
    },
    [
      'warning /definitions/X/x-ms-enum/values: enum [Read, Sent] (/definitions/X/enum) and x-ms-enum.values [read, sent] differ in casing; the enum list is kept',
    ],
  ],
  [
    'enum and x-ms-enum values differ',
    { type: 'string', enum: ['a'], 'x-ms-enum': { name: 'S', values: [{ value: 'b' }] } },
    [
      'warning /definitions/X/x-ms-enum/values: enum [a] (/definitions/X/enum) and x-ms-enum.values [b] differ; the enum list is kept',
    ],
  ],
  [
    'unknown format',
    { type: 'string', format: 'uuid' },
    ['warning /definitions/X/format: format uuid on type string is not kept'],
  ],
  [
    'a ref to a definition that is not shared',
    { $ref: '#/definitions/Missing' },
    ['error /definitions/X/$ref: $ref #/definitions/Missing names no definition the catalog has'],
  ],
  [
    'an unknown external ref',
    { $ref: 'other.json#/definitions/Thing' },
    ['error /definitions/X/$ref: $ref other.json#/definitions/Thing names no definition the catalog has'],
  ],
  [
    'an unknown keyword',
    { type: 'string', pattern: '^a' },
    ['warning /definitions/X/pattern: keyword pattern is not imported'],
  ],
];
for (const [name, swagger, problems] of conversionProblems)
  test(`convert reports: ${name}`, () => assert.equal(convert(swagger).problems, problems));

// ---------------------------------------------------------------------------------------------
// Reading a spec: events, bases, shared definitions, self-disagreements

const smallSpec = JSON.stringify(
  {
    swagger: '2.0',
    definitions: {
      AcsSmsReceivedEventData: {
        description:
          'Schema of the Data property of an EventGridEvent for a Microsoft.Communication.SMSReceived event.',
        type: 'object',
        allOf: [{ $ref: '#/definitions/AcsSmsEventBaseProperties' }],
        properties: {
          message: { type: 'string', description: 'The SMS content' },
          segmentCount: { type: 'integer', format: 'int32' },
        },
        required: ['message', 'segmentCount', 'nowhere'],
      },
      AcsChatThingInThreadEventData: {
        description: 'for a Microsoft.Communication.ChatThingElsewhere event.',
        allOf: [{ $ref: '#/definitions/AcsChatEventInThreadBaseProperties' }],
      },
      AcsChatEventInThreadBaseProperties: {
        description: 'Chat base',
        type: 'object',
        properties: { threadId: { type: 'string' } },
      },
      AcsSmsEventBaseProperties: {
        description: 'SMS base',
        type: 'object',
        properties: { from: { type: 'string' }, to: { type: 'string' } },
        required: ['from', 'to'],
      },
      AcsSmsDeliveryAttemptProperties: {
        description: 'One attempt',
        type: 'object',
        properties: { timestamp: { type: 'string', format: 'date-time' } },
      },
    },
  },
  null,
  2,
);

test('readSpec: events are the Acs…EventData definitions nothing extends; the rest are shared', () => {
  const model = readSpec(smallSpec);
  assert.equal(
    model.events.map((e) => [e.type, e.category, e.scope, e.spec.definition, e.spec.line]),
    [
      ['Microsoft.Communication.SMSReceived', 'sms', undefined, 'AcsSmsReceivedEventData', 4],
      ['Microsoft.Communication.ChatThingInThread', 'chat', 'thread', 'AcsChatThingInThreadEventData', 28],
    ],
  );
  assert.equal(
    model.definitions.map((d) => [d.name, d.spec.definition, d.spec.line]),
    [
      ['ChatEventInThreadBase', 'AcsChatEventInThreadBaseProperties', 36],
      ['SmsEventBase', 'AcsSmsEventBaseProperties', 45],
      ['SmsDeliveryAttempt', 'AcsSmsDeliveryAttemptProperties', 61],
    ],
  );
  assert.is(model.definitionCount, 5);
});

test('readSpec: the spec disagreeing with itself, at the JSON line:column', () => {
  const model = readSpec(smallSpec);
  const problems = model.problems.map((p) => {
    const { line, column } = positionOf(model.positions, p.pointer);
    return `${line}:${column} ${p.message}`;
  });
  assert.equal(problems, [
    '25:9 required nowhere is not a property of AcsSmsReceivedEventData or its bases',
    '29:7 the description names event Microsoft.Communication.ChatThingElsewhere; the naming rule gives Microsoft.Communication.ChatThingInThread (kept)',
  ]);
});

test('readSpec: x-ms-enum names used twice with different values', () => {
  const spec = JSON.stringify({
    swagger: '2.0',
    definitions: {
      AcsA: {
        type: 'object',
        description: 'a',
        properties: { k: { type: 'string', enum: ['x'], 'x-ms-enum': { name: 'Kind' } } },
      },
      AcsB: {
        type: 'object',
        description: 'b',
        properties: { k: { type: 'string', enum: ['X'], 'x-ms-enum': { name: 'Kind' } } },
      },
    },
  });
  assert.equal(
    readSpec(spec).problems.map((p) => `${p.pointer}: ${p.message}`),
    [
      '/definitions/AcsB/properties/k/enum: x-ms-enum Kind lists [X] here but [x] at /definitions/AcsA/properties/k',
    ],
  );
});

test('readSpec: not JSON is a diagnostic, not an exception', () => {
  const model = readSpec('{ "swagger": ');
  assert.is(model.events.length, 0);
  assert.match(model.problems[0]!.message, /^not JSON/);
});

// ---------------------------------------------------------------------------------------------
// Comparing a curated schema with the spec's

const defs = new Map<string, JsonSchema>([
  ['Base', { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] }],
  ['Meta', { type: 'object', additionalProperties: { type: 'string' } }],
]);
// [case, curated, spec, [kind, data path]…]
const comparisons: [string, JsonSchema, JsonSchema, [string, string][]][] = [
  [
    'identical (inheritance flattened on the spec side)',
    { type: 'object', properties: { id: { type: 'string' }, n: { type: 'integer' } }, required: ['id'] },
    { allOf: [{ $ref: '#/$defs/Base' }, { type: 'object', properties: { n: { type: 'integer' } } }] },
    [],
  ],
  [
    'a property the curated schema lacks, and one the spec lacks',
    { type: 'object', properties: { a: { type: 'string' } } },
    { type: 'object', properties: { b: { type: 'string' } }, required: ['b'] },
    [
      ['missing-field', 'b'],
      ['missing-field', 'a'],
    ],
  ],
  [
    'different type',
    { type: 'object', properties: { v: { type: 'string' } } },
    { type: 'object', properties: { v: { type: 'integer', format: 'int64' } } },
    [['type', 'v']],
  ],
  [
    'different requiredness',
    { type: 'object', properties: { v: { type: 'string' } }, required: ['v'] },
    { type: 'object', properties: { v: { type: 'string' } } },
    [['required', 'v']],
  ],
  [
    'an enum value missing',
    { type: 'object', properties: { s: { enum: ['a'] } } },
    { type: 'object', properties: { s: { anyOf: [{ const: 'a' }, { const: 'b' }, { type: 'string' }] } } },
    [
      ['enum-value', 's'],
      ['enum-value', 's'],
    ],
  ],
  [
    'nullability',
    { type: 'object', properties: { v: { type: 'string' } } },
    { type: 'object', properties: { v: { type: ['string', 'null'] } } },
    [['type', 'v']],
  ],
  [
    'a format',
    { type: 'object', properties: { t: { type: 'string' } } },
    { type: 'object', properties: { t: { type: 'string', format: 'date-time' } } },
    [['format', 't']],
  ],
  [
    'a curated $ref against an inline spec map of the same shape',
    { type: 'object', properties: { m: { $ref: '#/$defs/Meta' } } },
    { type: 'object', properties: { m: { type: 'object', additionalProperties: { type: 'string' } } } },
    [],
  ],
  [
    'array items and map values are compared',
    {
      type: 'object',
      properties: { l: { type: 'array', items: { type: 'string' } }, m: { $ref: '#/$defs/Meta' } },
    },
    {
      type: 'object',
      properties: {
        l: { type: 'array', items: { type: 'number' } },
        m: { type: 'object', additionalProperties: { type: 'object' } },
      },
    },
    [
      ['type', 'l[]'],
      ['type', 'm.*'],
    ],
  ],
  [
    'a curated property against the spec map values',
    { type: 'object', properties: { topic: { type: 'string' } }, additionalProperties: true },
    { type: 'object', additionalProperties: { type: 'object' } },
    [['type', 'topic']],
  ],
];
for (const [name, curated, spec, expected] of comparisons)
  test(`compare: ${name}`, () => {
    const differences = compareSchemas(
      { schema: curated, definitions: defs },
      { schema: spec, definitions: defs },
    );
    assert.equal(
      differences.map((d) => [d.kind, d.dataPath]),
      expected,
    );
  });

// ---------------------------------------------------------------------------------------------
// Text edits of curated YAML

const curatedYaml = `# a comment that must stay
type: X
description: >-
  A folded text that a round trip
  would re-flow.
dataVersion: "1.0"
schema:
  type: object
`;
test('setKey inserts after the anchor key, leaving every other byte as is', () => {
  const out = setKey(curatedYaml, [], 'spec', { definition: 'AcsX', line: 7 }, ['dataVersion'])!;
  assert.is(
    out,
    curatedYaml.replace('dataVersion: "1.0"\n', 'dataVersion: "1.0"\nspec:\n  definition: AcsX\n  line: 7\n'),
  );
  assert.is(setKey(out, [], 'spec', { definition: 'AcsX', line: 7 }, ['dataVersion']), out, 'idempotent');
  const moved = setKey(out, [], 'spec', { definition: 'AcsX', line: 9 }, ['dataVersion'])!;
  assert.is(moved, out.replace('line: 7', 'line: 9'), 'a stale link is replaced in place');
});

test('setKey after a folded scalar in a nested mapping; appendEntries at the mapping end', () => {
  const text =
    'definitions:\n  A:\n    description: >-\n      folded\n      text\n    schema:\n      type: object\n';
  const linked = setKey(text, ['definitions', 'A'], 'spec', { definition: 'AcsA', line: 3 }, [
    'description',
  ])!;
  assert.is(
    linked,
    text.replace('      text\n', '      text\n    spec:\n      definition: AcsA\n      line: 3\n'),
  );
  const appended = appendEntries(
    linked,
    ['definitions'],
    [['B', { description: 'b', schema: { type: 'string' } }]],
  )!;
  assert.is(appended, `${linked}  B:\n    description: b\n    schema:\n      type: string\n`);
  assert.equal(YAML.parse(appended).definitions.B, { description: 'b', schema: { type: 'string' } });
});

// [path, line, column]
const locateCases: [(string | number)[], number, number][] = [
  [['schema', 'type'], 8, 3],
  [['schema', 'properties', 'x'], 7, 1],
  [['description'], 3, 1],
];
for (const [path, line, column] of locateCases)
  test(`locate ${path.join('.')} → ${line}:${column}`, () =>
    assert.equal(locate(curatedYaml, path), { line, column }));

// ---------------------------------------------------------------------------------------------
// The merge

const smsEvent = `# yaml-language-server: $schema=../../schema/event.schema.json

type: Microsoft.Communication.SMSReceived
category: sms
status: current
description: Published when an SMS is received.
dataVersion: "1.0"
subjects: []
listings: []
schema:
  type: object
  properties:
    message:
      type: string
      description: The message.
    from:
      type: string
    to:
      type: string
  required: [message, from, to]
samples: []
`;
const catalog = {
  'definitions.yaml':
    'definitions:\n  SmsDeliveryAttempt:\n    description: One attempt.\n    schema:\n      type: object\n      properties:\n        timestamp:\n          type: string\n          format: date-time\n      required: [timestamp]\n',
  'events/sms/SMSReceived.yaml': smsEvent,
};

test('merge: the existing event gains spec: only, its differences are located in the curated YAML', () => {
  const result = importSpec('spec.json', smallSpec, catalog);
  assert.is(
    result.changes['events/sms/SMSReceived.yaml'],
    smsEvent.replace(
      'dataVersion: "1.0"\n',
      'dataVersion: "1.0"\nspec:\n  definition: AcsSmsReceivedEventData\n  line: 4\n',
    ),
  );
  const located = result.diagnostics
    .filter((d) => d.file !== 'spec.json')
    .map((d) => `${d.file}:${d.line}:${d.column}: ${d.path}: ${d.message}`);
  assert.equal(located, [
    'events/sms/SMSReceived.yaml:15:3: schema.properties: missing-field: segmentCount: spec has segmentCount: integer (int32), required; the catalog lacks it (spec AcsSmsReceivedEventData at spec.json:17:9)',
    'definitions.yaml:10:9: definitions.SmsDeliveryAttempt.schema.properties.timestamp: required: timestamp: spec: optional; catalog: required (spec AcsSmsDeliveryAttemptProperties at spec.json:65:9)',
  ]);
});

test('merge: a new event file and new definitions; a second run changes nothing', () => {
  const first = importSpec('spec.json', smallSpec, catalog);
  assert.equal(Object.keys(first.changes), [
    'definitions.yaml',
    'events/chat/ChatThingInThread.yaml',
    'events/sms/SMSReceived.yaml',
  ]);
  assert.equal(first.counts, {
    eventsAdded: 1,
    eventsLinked: 1,
    definitionsAdded: 1,
    definitionsLinked: 1,
    unchanged: 0,
    unused: 1,
  });
  assert.equal(YAML.parse(first.changes['events/chat/ChatThingInThread.yaml']!), {
    type: 'Microsoft.Communication.ChatThingInThread',
    category: 'chat',
    scope: 'thread',
    status: 'current',
    description: 'for a Microsoft.Communication.ChatThingElsewhere event.',
    dataVersion: '1.0',
    spec: { definition: 'AcsChatThingInThreadEventData', line: 28 },
    subjects: [],
    listings: [],
    schema: { allOf: [{ $ref: '#/$defs/ChatEventInThreadBase' }] },
    samples: [],
  });
  // The new event extends ChatEventInThreadBase: added. The curated SMSReceived spells out its base's
  // fields, so SmsEventBase is used by no event: not added (counted unused).
  const definitions = YAML.parse(first.changes['definitions.yaml']!).definitions;
  assert.equal(Object.keys(definitions), ['SmsDeliveryAttempt', 'ChatEventInThreadBase']);
  assert.equal(definitions.ChatEventInThreadBase.spec, {
    definition: 'AcsChatEventInThreadBaseProperties',
    line: 36,
  });

  const second = importSpec('spec.json', smallSpec, { ...catalog, ...first.changes });
  assert.equal(second.changes, {});
  assert.equal(second.counts, {
    eventsAdded: 0,
    eventsLinked: 0,
    definitionsAdded: 0,
    definitionsLinked: 0,
    unchanged: 4,
    unused: 1,
  });
  assert.equal(
    second.diagnostics.map((d) => d.message),
    first.diagnostics.map((d) => d.message),
    'the same disagreements, nothing about what the first run added',
  );
});

test('merge: a catalog without definitions.yaml gets one; a curated scope that differs is reported', () => {
  const threadScoped = smsEvent
    .replace('SMSReceived\n', 'ChatThingInThread\n')
    .replace('category: sms', 'category: chat\nscope: user');
  const result = importSpec('spec.json', smallSpec, { 'events/chat/ChatThingInThread.yaml': threadScoped });
  // Only the new SMSReceived event extends a spec definition; the curated chat event spells out its own.
  assert.equal(Object.keys(YAML.parse(result.changes['definitions.yaml']!).definitions), ['SmsEventBase']);
  assert.equal([result.counts.eventsAdded, result.counts.definitionsAdded, result.counts.unused], [1, 1, 2]);
  const scope = result.diagnostics.find((d) => d.path === 'scope')!;
  assert.equal(
    [scope.file, scope.line, scope.column, scope.message],
    [
      'events/chat/ChatThingInThread.yaml',
      5,
      1,
      'spec AcsChatThingInThreadEventData gives scope thread; the catalog says user',
    ],
  );
});

test('merge: a curated definition linked by spec: is that definition, whatever its name', () => {
  // The catalog's ChatInThreadEventBase is the spec's AcsChatEventInThreadBaseProperties (the importer
  // would call it ChatEventInThreadBase); the curated chat event extends it.
  const chatEvent = smsEvent
    .replace('SMSReceived\n', 'ChatThingInThread\n')
    .replace('category: sms', 'category: chat\nscope: thread')
    .replace(
      /schema:\n[^]*?\nsamples/,
      "schema:\n  allOf:\n    - $ref: '#/$defs/ChatInThreadEventBase'\nsamples",
    );
  const definitions = [
    'definitions:',
    '  ChatInThreadEventBase:',
    '    description: Curated chat base.',
    '    spec:',
    '      definition: AcsChatEventInThreadBaseProperties',
    '      line: 36',
    '    schema:',
    '      type: object',
    '      properties:',
    '        threadId:',
    '          type: string',
    '',
  ].join('\n');
  const files = {
    ...catalog,
    'definitions.yaml': definitions,
    'events/chat/ChatThingInThread.yaml': chatEvent,
  };
  const result = importSpec('spec.json', smallSpec, files);
  // Linked already and in agreement: definitions.yaml is left as is (no ChatEventInThreadBase next to it).
  assert.equal(Object.keys(result.changes), [
    'events/chat/ChatThingInThread.yaml',
    'events/sms/SMSReceived.yaml',
  ]);
  // Linked already: unchanged; SmsDeliveryAttempt and SmsEventBase are used by no event: not added.
  assert.equal(result.counts, {
    eventsAdded: 0,
    eventsLinked: 2,
    definitionsAdded: 0,
    definitionsLinked: 0,
    unchanged: 1,
    unused: 2,
  });
  assert.not.ok(
    result.diagnostics.some((d) => d.file === 'definitions.yaml'),
    'the curated base agrees with the spec definition it is linked to',
  );
});

test('merge: a new event refers to a spec definition the catalog holds under another name by that name', () => {
  const definitions = [
    'definitions:',
    '  ChatInThreadEventBase:',
    '    description: Curated chat base.',
    '    spec:',
    '      definition: AcsChatEventInThreadBaseProperties',
    '      line: 36',
    '    schema:',
    '      type: object',
    '      properties:',
    '        threadId:',
    '          type: string',
    '',
  ].join('\n');
  const result = importSpec('spec.json', smallSpec, { ...catalog, 'definitions.yaml': definitions });
  assert.equal(YAML.parse(result.changes['events/chat/ChatThingInThread.yaml']!).schema, {
    allOf: [{ $ref: '#/$defs/ChatInThreadEventBase' }],
  });
  assert.not.ok('definitions.yaml' in result.changes, 'no ChatEventInThreadBase next to the curated base');
  assert.equal(
    [result.counts.eventsAdded, result.counts.definitionsAdded, result.counts.unchanged],
    [1, 0, 1],
  );
});

// The spec registered as a document of sources.yaml
const versionedSpec = JSON.stringify({ ...JSON.parse(smallSpec), info: { version: '2018-01-01' } });
const origin = { repository: 'Azure/azure-rest-api-specs', path: 'spec/Acs.json', commit: 'abc123' };
const specSource = { file: 'rest-api-spec/Acs.json', origin };

test('sources: a catalog without the spec document gets it, appended; a second run changes nothing', () => {
  const sources = ['documents:', '  - id: 2021-10', '    file: docs/chat.md', '    title: Chat', ''].join(
    '\n',
  );
  const first = importSpec('spec.json', versionedSpec, { ...catalog, 'sources.yaml': sources }, specSource);
  const written = first.changes['sources.yaml']!;
  assert.ok(written.startsWith(sources), 'the documents already there are kept as they are');
  assert.equal(YAML.parse(written).documents[1], {
    id: 'rest-api-spec',
    file: 'rest-api-spec/Acs.json',
    title: 'Azure Communication Services events, REST API spec (Swagger 2.0, api-version 2018-01-01)',
    date: '2018-01-01',
    dateSource: 'inferred',
    format: 'swagger',
    summary:
      'The Swagger 2.0 definitions of the data of every ACS event Event Grid delivers, the contract the Azure SDKs are generated from. The file states no date; its date here is its api-version, and its content is as of the commit below.',
    origin,
  });
  const files = { ...catalog, ...first.changes };
  assert.equal(importSpec('spec.json', versionedSpec, files, specSource).changes, {});
});

test('sources: an existing spec document keeps its curated text; its origin is refreshed', () => {
  const curated = [
    'documents:',
    '  - id: rest-api-spec',
    '    file: rest-api-spec/Acs.json',
    '    title: Curated title',
    '    date: 2018-01-01',
    '    dateSource: inferred',
    '    format: swagger',
    '    origin:',
    '      repository: Azure/azure-rest-api-specs',
    '      path: spec/Acs.json',
    '      commit: old',
    '',
  ].join('\n');
  const result = importSpec('spec.json', versionedSpec, { 'sources.yaml': curated }, specSource);
  assert.is(result.changes['sources.yaml'], curated.replace('commit: old', 'commit: abc123'));
  assert.not.ok(
    'sources.yaml' in importSpec('spec.json', versionedSpec, { 'sources.yaml': curated }).changes,
    'no source given: sources.yaml is not touched',
  );
});

test('merge: diagnostics point at the files as written, after every spec: link is inserted', () => {
  const definitions = [
    'definitions:',
    '  SmsDeliveryAttempt:',
    '    description: Linked second (spec order), but first in the file.',
    '    schema:',
    '      type: object',
    '      properties:',
    '        timestamp: { type: string, format: date-time }',
    '  ChatEventInThreadBase:',
    '    description: Linked first.',
    '    schema:',
    '      type: object',
    '      properties:',
    '        threadId:',
    '          type: integer',
    '',
  ].join('\n');
  const result = importSpec('spec.json', smallSpec, { 'definitions.yaml': definitions });
  const written = result.changes['definitions.yaml']!.split('\n');
  const threadId = result.diagnostics.find((d) => d.path?.endsWith('threadId'))!;
  assert.is(threadId.message.split(' (spec')[0], 'type: threadId: spec: string; catalog: integer');
  assert.ok(
    written[threadId.line - 1]!.slice(threadId.column - 1).startsWith('threadId:'),
    `${threadId.line}:${threadId.column}`,
  );
  assert.is(threadId.line, 19);
});

test('merge: a file in the way of a new event, and unreadable YAML, are diagnostics', () => {
  const result = importSpec('spec.json', smallSpec, {
    ...catalog,
    'events/chat/ChatThingInThread.yaml': 'type: Microsoft.Communication.Other\n',
    'events/chat/Broken.yaml': 'type: [\n',
  });
  const errors = result.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.file}: ${d.message}`);
  assert.equal(errors, [
    'events/chat/Broken.yaml: not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); the file is left out of the import',
    'events/chat/ChatThingInThread.yaml: Microsoft.Communication.ChatThingInThread would be written here, but the file holds another event (skipped)',
  ]);
  assert.not.ok('events/chat/ChatThingInThread.yaml' in result.changes);
});

test.run();
