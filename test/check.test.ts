import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { check } from '../generator/stages/check.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../generator/model/diagnostic.ts';
import {
  load,
  parseCatalogFile,
  type CatalogFileKind,
  type LoadedCatalog,
} from '../generator/stages/load.ts';
import type { JsonSchema } from '../generator/model/catalog-model.ts';
import { schemasAtPointer } from '../generator/model/schema-pointer.ts';

const SOURCES = `documents:
  - id: 2021-02
    file: docs/page.md
    title: Page
    date: 2021-02-11
    dateSource: front-matter
    format: markdown
`;
const CATEGORIES = `categories:
  - { id: sms, title: SMS, description: Text messages. }
  - { id: chat, title: Chat, description: Chat threads and messages., scoped: true }
`;
const SUBJECTS = `prefixes:
  - prefix: thread/
    entity: Chat thread
    listings:
      - { document: 2021-02, line: 5, published: thread/ }
`;
const FILTERS = 'filters: []\n';
const DEFINITIONS = `definitions:
  CommunicationIdentifier:
    description: An identifier.
    schema:
      type: object
      properties:
        rawId: { type: string }
      required: [rawId]
`;
const EVENT = `type: Microsoft.Communication.ChatThreadDeleted
category: chat
scope: thread
status: current
description: Published when a chat thread is deleted.
dataVersion: "1.0"
subjects:
  - pattern: thread/{threadId}/deletedBy/{deletedBy}
    prefix: thread/
    parameters:
      threadId: { description: The thread id., from: /threadId }
      deletedBy: { description: Who deleted it., from: /deletedByCommunicationIdentifier/rawId }
listings:
  - { document: 2021-02, line: 9, description: Published when a chat thread is deleted. }
schema:
  type: object
  properties:
    threadId: { type: string }
    deletedByCommunicationIdentifier: { $ref: '#/$defs/CommunicationIdentifier' }
    deleteTime: { type: string, format: date-time }
  required: [threadId, deleteTime]
samples:
  - source: { document: 2021-02, line: 20 }
    published: |
      [{
        "id": "1", "subject": "thread/19:abc@thread.v2/deletedBy/8:acs:x",
        "data": { "threadId": "19:abc@thread.v2", "deleteTime": "2021-02-20T00:00:42Z",
                  "deletedByCommunicationIdentifier": { "rawId": "8:acs:x" } },
        "eventType": "Microsoft.Communication.ChatThreadDeleted", "dataVersion": "1.0", "eventTime": "2021-02-20T00:00:42Z", "topic": "/t"
      }]
`;

const EVENT_PATH = 'catalog/events/chat/ChatThreadDeleted.yaml';
type Files = Record<string, string>;
const base = (): Files => ({
  'catalog/sources.yaml': SOURCES,
  'catalog/categories.yaml': CATEGORIES,
  'catalog/subjects.yaml': SUBJECTS,
  'catalog/filters.yaml': FILTERS,
  'catalog/definitions.yaml': DEFINITIONS,
  [EVENT_PATH]: EVENT,
});

function kindOf(path: string): CatalogFileKind {
  const name = path.split('/').pop()!.replace('.yaml', '');
  return path.includes('/events/') ? 'event' : (name as CatalogFileKind);
}

function diagnose(files: Files): string[] {
  const loaded: LoadedCatalog = { files: [], diagnostics: [] };
  for (const [path, text] of Object.entries(files)) {
    const parsed = parseCatalogFile(path, kindOf(path), text);
    loaded.diagnostics.push(...parsed.diagnostics);
    if (parsed.file) loaded.files.push(parsed.file);
  }
  return check(loaded).map(formatDiagnostic);
}

const edit = (path: string, from: string, to: string) => (files: Files) => {
  assert.ok(files[path]!.includes(from), `fixture must contain ${from}`);
  files[path] = files[path]!.replace(from, to);
};
const DEFINITIONS_PATH = 'catalog/definitions.yaml';
/** A second definition, `Extra`, with the given schema (YAML, indented under `schema:`). */
const addDefinition = (schema: string) => (files: Files) => {
  files[DEFINITIONS_PATH] += `  Extra:\n    description: Another shape.\n    schema:\n${schema}`;
};

test('the minimal catalog is clean', () => {
  assert.equal(diagnose(base()), []);
});

test('every v2 idiom, spec position, attribute row and a rest-api-spec citation is clean', () => {
  const files = base();
  files['catalog/sources.yaml'] += `  - id: rest-api-spec
    file: rest-api-spec/AzureCommunicationServices.json
    origin: { repository: Azure/azure-rest-api-specs, path: specification/x.json, commit: 029ea6bd58c3079bfb4a0b13ae3f600f95ce9893 }
    title: REST API spec
    date: 2024-01-01
    dateSource: inferred
    format: swagger
`;
  addDefinition(`      allOf:
        - $ref: '#/$defs/CommunicationIdentifier'
        - type: object
          properties:
            kind:
              anyOf: [{ const: user, description: A user. }, { const: phone }, { type: string }]
            cloud:
              oneOf: [{ const: public, description: Public. }, { const: dod }]
            at: { type: [string, 'null'], format: date-time }
            wait: { type: string, format: duration }
            count: { type: integer, format: int32 }
            big: { type: integer, format: int64 }
            ratio: { type: number, format: double }
            owner:
              anyOf: [{ $ref: '#/$defs/CommunicationIdentifier' }, { type: 'null' }]
    spec: { definition: Extra, line: 12 }
    attributes:
      - { document: rest-api-spec, line: 12, name: kind, type: enum, nullable: true, description: The kind. }
`)(files);
  edit(
    EVENT_PATH,
    'samples:\n  - source: { document: 2021-02, line: 20 }\n',
    `spec: { definition: AcsChatThreadDeletedEventData, line: 40 }
attributes:
  - { document: 2021-02, line: 12, name: threadId, type: string, description: The thread id. }
samples:
  - source: { document: 2021-02, line: 20 }
    title: Thread deleted
`,
  )(files);
  edit(
    EVENT_PATH,
    'samples:',
    'errata:\n  - { id: spec-says, kind: disagreement, source: { document: rest-api-spec, line: 40 }, wrong: a, correction: b }\nsamples:',
  )(files);
  assert.equal(diagnose(files), []);
});

const CASES: [name: string, change: (files: Files) => void, expected: string][] = [
  [
    'YAML syntax error',
    edit(EVENT_PATH, 'category: chat', 'category: [chat'),
    `${EVENT_PATH}:3:1: (yaml): invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
  ],
  [
    'unknown key',
    edit(EVENT_PATH, 'status: current', 'status: current\nstatsu: retired'),
    `${EVENT_PATH}:5:1: statsu: unknown key "statsu": expected one of type, category, scope, description, status, replacedBy, dataVersion, subjects, listings, schema, spec, attributes, samples, errata`,
  ],
  [
    'wrong value type',
    edit(EVENT_PATH, 'line: 20', 'line: twenty'),
    `${EVENT_PATH}:23:40: samples[0].source.line: expected integer, found string "twenty"`,
  ],
  [
    'value outside an enum',
    edit(EVENT_PATH, 'status: current', 'status: gone'),
    `${EVENT_PATH}:4:9: status: expected one of "current", "retired", found string "gone"`,
  ],
  [
    'duplicate event type',
    (files) => {
      files['catalog/events/chat/Copy/ChatThreadDeleted.yaml'] = EVENT;
    },
    'catalog/events/chat/Copy/ChatThreadDeleted.yaml:1:7: type: duplicate event type "Microsoft.Communication.ChatThreadDeleted": already defined in catalog/events/chat/ChatThreadDeleted.yaml',
  ],
  [
    'sample failing its schema',
    edit(EVENT_PATH, '"deleteTime": "2021-02-20T00:00:42Z"', '"deleteTime": 42'),
    `${EVENT_PATH}:27:51: samples[0].published: sample from 2021-02 line 20: data.deleteTime: expected string, found number 42`,
  ],
  [
    'sample missing a required property',
    edit(EVENT_PATH, '"threadId": "19:abc@thread.v2", ', ''),
    `${EVENT_PATH}:27:9: samples[0].published: sample from 2021-02 line 20: data: missing key "threadId": expected it, found none`,
  ],
  [
    'sample subject not matching the pattern',
    edit(EVENT_PATH, '"subject": "thread/19:abc@thread.v2/deletedBy/8:acs:x"', '"subject": "user/8:acs:x"'),
    `${EVENT_PATH}:26:20: samples[0].published: sample from 2021-02 line 20: subject: expected a match for thread/{threadId}/deletedBy/{deletedBy}, found "user/8:acs:x" (record an erratum of kind "subject" if the docs are wrong)`,
  ],
  [
    '$ref to a missing definition',
    edit(EVENT_PATH, "$ref: '#/$defs/CommunicationIdentifier'", "$ref: '#/$defs/Identifier'"),
    `${EVENT_PATH}:19:47: schema.properties.deletedByCommunicationIdentifier.$ref: $ref to a missing definition "Identifier": expected one of CommunicationIdentifier (catalog/definitions.yaml)`,
  ],
  [
    'replacedBy naming an unknown type',
    edit(
      EVENT_PATH,
      'status: current',
      'status: retired\nreplacedBy: Microsoft.Communication.ChatThreadGone',
    ),
    `${EVENT_PATH}:5:13: replacedBy: replacedBy names an unknown event type "Microsoft.Communication.ChatThreadGone"`,
  ],
  [
    'unknown source document',
    edit(EVENT_PATH, '{ document: 2021-02, line: 9,', '{ document: 2021-03, line: 9,'),
    `${EVENT_PATH}:14:17: listings[0].document: unknown document "2021-03": expected one of 2021-02`,
  ],
  [
    'unknown subject prefix',
    edit(EVENT_PATH, '    prefix: thread/', '    prefix: chat/'),
    `${EVENT_PATH}:9:13: subjects[0].prefix: unknown subject prefix "chat/": expected one of thread/ (catalog/subjects.yaml)`,
  ],
  [
    'pattern parameters out of step with the declared ones',
    edit(
      EVENT_PATH,
      '      deletedBy: { description: Who deleted it., from: /deletedByCommunicationIdentifier/rawId }\n',
      '',
    ),
    `${EVENT_PATH}:11:7: subjects[0].parameters: expected parameters deletedBy, threadId as in the pattern, found threadId`,
  ],
  [
    'sample that is not JSON and has no recorded repair',
    edit(EVENT_PATH, '"dataVersion": "1.0",', '"dataVersion": "1.0",,'),
    `${EVENT_PATH}:29:88: samples[0].published: sample from 2021-02 line 20: published JSON is invalid at docs line 24 column 82: unexpected ",", expected a property name`,
  ],
  [
    'event in the wrong folder',
    (files) => {
      files['catalog/events/sms/ChatThreadDeleted.yaml'] = files[EVENT_PATH]!;
      delete files[EVENT_PATH];
    },
    'catalog/events/sms/ChatThreadDeleted.yaml:1:7: type: expected this event in a file ending events/chat/ChatThreadDeleted.yaml, found it in catalog/events/sms/ChatThreadDeleted.yaml',
  ],
  [
    'duplicate erratum id',
    edit(
      EVENT_PATH,
      'samples:',
      `errata:
  - { id: same, kind: typo, source: { document: 2021-02, line: 1 }, wrong: a, correction: b }
  - { id: same, kind: typo, source: { document: 2021-02, line: 2 }, wrong: a, correction: b }
samples:`,
    ),
    `${EVENT_PATH}:24:11: errata[1].id: duplicate erratum id "same": already used in ${EVENT_PATH}`,
  ],
  [
    'event in a category categories.yaml lacks',
    edit(EVENT_PATH, 'category: chat', 'category: voice'),
    `${EVENT_PATH}:2:11: category: unknown category "voice": expected one of sms, chat (catalog/categories.yaml)`,
  ],
  [
    'duplicate category id',
    edit('catalog/categories.yaml', '  - { id: sms,', '  - { id: chat,'),
    `catalog/categories.yaml:3:11: categories[1].id: duplicate category id "chat"`,
  ],
  [
    'event of a scoped category without scope',
    edit(EVENT_PATH, 'scope: thread\n', ''),
    `${EVENT_PATH}:1:1: scope: expected scope "user" or "thread" on a chat event, found none`,
  ],
  [
    'scope on an event of an unscoped category',
    edit('catalog/categories.yaml', ', scoped: true }', ' }'),
    `${EVENT_PATH}:3:1: scope: expected no scope on a chat event, found "thread"`,
  ],
  [
    'allOf branch neither $ref nor object',
    addDefinition(
      "      allOf:\n        - $ref: '#/$defs/CommunicationIdentifier'\n        - type: string\n",
    ),
    `${DEFINITIONS_PATH}:14:11: definitions.Extra.schema.allOf[1]: expected a { $ref } or { type: object } branch in allOf, found type string`,
  ],
  [
    'allOf $ref branch with other keywords beside the $ref',
    addDefinition("      allOf:\n        - { $ref: '#/$defs/CommunicationIdentifier', required: [rawId] }\n"),
    `${DEFINITIONS_PATH}:13:11: definitions.Extra.schema.allOf[0]: expected a $ref branch to hold only $ref, found required beside it`,
  ],
  [
    'allOf with two own object branches',
    addDefinition('      allOf:\n        - { type: object }\n        - { type: object }\n'),
    `${DEFINITIONS_PATH}:14:11: definitions.Extra.schema.allOf[1]: expected at most one own { type: object } branch in allOf, found a second one`,
  ],
  [
    'additionalProperties: false inside an allOf branch',
    addDefinition(
      "      allOf:\n        - $ref: '#/$defs/CommunicationIdentifier'\n        - { type: object, additionalProperties: false }\n",
    ),
    `${DEFINITIONS_PATH}:14:49: definitions.Extra.schema.allOf[1].additionalProperties: expected no additionalProperties: false inside an allOf branch (it would reject the other branches' properties), found it`,
  ],
  [
    'additionalProperties: false beside allOf',
    addDefinition(
      "      additionalProperties: false\n      allOf:\n        - $ref: '#/$defs/CommunicationIdentifier'\n",
    ),
    `${DEFINITIONS_PATH}:12:29: definitions.Extra.schema.additionalProperties: expected no additionalProperties: false beside allOf (it would reject the properties the branches declare), found it`,
  ],
  [
    'format on another type',
    edit(
      EVENT_PATH,
      'deleteTime: { type: string, format: date-time }',
      'deleteTime: { type: string, format: int64 }',
    ),
    `${EVENT_PATH}:20:41: schema.properties.deleteTime.format: expected format "int64" only on type integer, found it on type string`,
  ],
  [
    'format on a schema without a type',
    edit(EVENT_PATH, 'deleteTime: { type: string, format: date-time }', 'deleteTime: { format: duration }'),
    `${EVENT_PATH}:20:27: schema.properties.deleteTime.format: expected format "duration" only on type string, found it on a schema without a type`,
  ],
  [
    'type list of two non-null types',
    edit(EVENT_PATH, 'threadId: { type: string }', 'threadId: { type: [string, integer] }'),
    `${EVENT_PATH}:18:23: schema.properties.threadId.type: expected a type list of one JSON type plus "null" (nullable), found [string, integer]`,
  ],
  [
    'type list of three types',
    edit(EVENT_PATH, 'threadId: { type: string }', "threadId: { type: [string, integer, 'null'] }"),
    `${EVENT_PATH}:18:23: schema.properties.threadId.type: expected a type list of one JSON type plus "null" (nullable), found [string, integer, null]`,
  ],
  [
    'duplicate value in an enum',
    addDefinition('      enum: [a, b, a]\n'),
    `${DEFINITIONS_PATH}:12:20: definitions.Extra.schema.enum[2]: duplicate enum value "a"`,
  ],
  [
    'duplicate value in a documented enum',
    addDefinition('      oneOf: [{ const: a, description: A. }, { const: a }]\n'),
    `${DEFINITIONS_PATH}:12:55: definitions.Extra.schema.oneOf[1].const: duplicate enum value "a"`,
  ],
  [
    'documented closed enum with a branch that is not a const',
    addDefinition('      oneOf: [{ const: a }, { type: string }]\n'),
    `${DEFINITIONS_PATH}:12:29: definitions.Extra.schema.oneOf[1]: expected { const, description } branches only (a documented closed enum), found type string`,
  ],
  [
    'documented open enum with two open branches',
    addDefinition('      anyOf: [{ const: a }, { type: string }, { type: string, description: Other. }]\n'),
    `${DEFINITIONS_PATH}:12:14: definitions.Extra.schema.anyOf: expected one { type: string } branch in an open enum, found several`,
  ],
  [
    'documented open enum with a branch that is neither',
    addDefinition('      anyOf: [{ const: a }, { type: integer }]\n'),
    `${DEFINITIONS_PATH}:12:29: definitions.Extra.schema.anyOf[1]: expected { const, description } branches and one { type: string } (a documented open enum), found type integer`,
  ],
  [
    'definition referring to itself',
    addDefinition("      type: object\n      properties:\n        next: { $ref: '#/$defs/Extra' }\n"),
    `${DEFINITIONS_PATH}:14:23: definitions.Extra.schema.properties.next.$ref: $ref cycle: Extra → Extra (recursive definitions are not supported by the catalog format: the types, validators and factories expand every definition; a definition may not refer back to itself, directly or through others, even optionally)`,
  ],
  [
    'definitions referring to each other',
    (files) => {
      addDefinition(
        "      type: object\n      properties:\n        id: { $ref: '#/$defs/CommunicationIdentifier' }\n",
      )(files);
      edit(
        DEFINITIONS_PATH,
        'rawId: { type: string }',
        "rawId: { type: string }\n        extra: { $ref: '#/$defs/Extra' }",
      )(files);
    },
    `${DEFINITIONS_PATH}:15:21: definitions.Extra.schema.properties.id.$ref: $ref cycle: CommunicationIdentifier → Extra → CommunicationIdentifier (recursive definitions are not supported by the catalog format: the types, validators and factories expand every definition; a definition may not refer back to itself, directly or through others, even optionally)`,
  ],
  [
    'attribute row citing an unknown document',
    edit(
      EVENT_PATH,
      'samples:',
      'attributes:\n  - { document: 2023-07-router, line: 3, name: threadId, type: string, description: The thread. }\nsamples:',
    ),
    `${EVENT_PATH}:23:17: attributes[0].document: unknown document "2023-07-router": expected one of 2021-02`,
  ],
  [
    'definition attribute row citing an unknown document',
    edit(
      DEFINITIONS_PATH,
      '      required: [rawId]',
      '      required: [rawId]\n    attributes:\n      - { document: rest-api-spec, line: 3, name: rawId, type: string, description: Raw id. }',
    ),
    `${DEFINITIONS_PATH}:10:21: definitions.CommunicationIdentifier.attributes[0].document: unknown document "rest-api-spec": expected one of 2021-02`,
  ],
  [
    'spec line that is not a positive integer',
    edit(EVENT_PATH, 'samples:', 'spec: { definition: AcsChatThreadDeletedEventData, line: 0 }\nsamples:'),
    `${EVENT_PATH}:22:58: spec.line: expected a number >= 1, found number 0`,
  ],
  [
    'sample without a topic',
    edit(EVENT_PATH, ', "topic": "/t"', ''),
    `${EVENT_PATH}:25:7: samples[0].published: sample from 2021-02 line 20: topic: expected a string (the fixtures' CloudEvent source), found none`,
  ],
  [
    'a __proto__ key in sample data',
    edit(
      EVENT_PATH,
      '"deleteTime": "2021-02-20T00:00:42Z",',
      '"deleteTime": "2021-02-20T00:00:42Z", "__proto__": 1,',
    ),
    `${EVENT_PATH}:27:89: samples[0].published: sample from 2021-02 line 20: data.__proto__: expected no "__proto__" key (generated code cannot hold one as data), found one`,
  ],
  [
    'a definition taking an event name',
    edit(
      DEFINITIONS_PATH,
      '  CommunicationIdentifier:',
      '  AcsChatThreadDeletedEventData:\n    description: x\n    schema: { type: string }\n  CommunicationIdentifier:',
    ),
    `${EVENT_PATH}:1:7: type: names already taken by definition AcsChatThreadDeletedEventData (catalog/definitions.yaml): "AcsChatThreadDeletedEventData", "validateAcsChatThreadDeletedEventData", "isAcsChatThreadDeletedEventData"`,
  ],
  [
    'a definition taking a name the package declares',
    edit(
      DEFINITIONS_PATH,
      '  CommunicationIdentifier:',
      '  CloudEvent:\n    description: x\n    schema: { type: string }\n  CommunicationIdentifier:',
    ),
    `${DEFINITIONS_PATH}:2:3: definitions.CloudEvent: names already taken by the package itself: "CloudEvent"`,
  ],
  [
    'YAML .nan',
    edit(EVENT_PATH, 'threadId: { type: string }', 'threadId: { type: string, examples: [.nan] }'),
    `${EVENT_PATH}:18:42: schema.properties.threadId.examples[0]: expected a finite number (JSON has no NaN), found NaN`,
  ],
  [
    'subject parameter from a nullable string (the factories need a value)',
    edit(EVENT_PATH, 'threadId: { type: string }', "threadId: { type: [string, 'null'] }"),
    `${EVENT_PATH}:11:54: subjects[0].parameters.threadId.from: expected data/threadId to be a string in the data schema, found string or null`,
  ],
  [
    "subject parameter from an identifier part the fixtures' data does not hold",
    (files) => {
      edit(
        DEFINITIONS_PATH,
        'rawId: { type: string }',
        'rawId: { type: string }\n        phone: { type: string }',
      )(files);
      edit(
        EVENT_PATH,
        'from: /deletedByCommunicationIdentifier/rawId',
        'from: /deletedByCommunicationIdentifier/phone',
      )(files);
    },
    `${EVENT_PATH}:12:56: subjects[0].parameters.deletedBy.from: expected data/deletedByCommunicationIdentifier/phone to be a string the fixtures' factory data always holds (they take the first anyOf/oneOf branch, the first array item, no map entries, and only rawId and communicationUser of an identifier), found none there`,
  ],
  [
    'data nested deeper than the fixtures walk',
    edit(
      EVENT_PATH,
      'threadId: { type: string }',
      `threadId: { type: string }\n    deep: ${'{ type: array, items: '.repeat(17)}{ type: string }${' }'.repeat(17)}`,
    ),
    `${EVENT_PATH}:19:385: schema.properties.deep${'.items'.repeat(17)}: expected data nested at most 16 levels deep (the fixtures' factories stop there), found 18 levels down to here`,
  ],
  [
    'YAML alias',
    edit(EVENT_PATH, 'category: chat', 'category: &c chat\nx: *c'),
    `${EVENT_PATH}:3:4: (yaml): expected no YAML alias (*name): write the value out, found one`,
  ],
];

for (const [name, change, expected] of CASES) {
  test(`reports ${name} with its exact position`, () => {
    const files = base();
    change(files);
    const diagnostics = diagnose(files);
    assert.ok(
      diagnostics.includes(expected),
      `expected\n  ${expected}\namong\n  ${diagnostics.join('\n  ')}`,
    );
  });
}

const FORMATTED: [Diagnostic, string][] = [
  [
    {
      file: 'catalog/sources.yaml',
      line: 3,
      column: 9,
      path: 'documents[0].id',
      message: 'm',
      severity: 'error',
    },
    'catalog/sources.yaml:3:9: documents[0].id: m',
  ],
  [
    { file: 'catalog/filters.yaml', line: 1, column: 1, path: '(yaml)', message: 'm', severity: 'warning' },
    'catalog/filters.yaml:1:1: warning: (yaml): m',
  ],
  [
    { file: 'docs/page.md', line: 40, column: 2, message: 'a table row without a type', severity: 'error' },
    'docs/page.md:40:2: a table row without a type',
  ],
];
for (const [diagnostic, expected] of FORMATTED) {
  test(`formatDiagnostic: ${expected}`, () => {
    assert.is(formatDiagnostic(diagnostic), expected);
    assert.is(hasErrors([diagnostic]), diagnostic.severity === 'error');
  });
}

test('a missing catalog-level file is reported, not thrown', async () => {
  const loaded = await load('test/no-such-catalog');
  assert.equal(check(loaded).map(formatDiagnostic).slice(0, 1), [
    'test/no-such-catalog/sources.yaml:1:1: (file): expected this catalog file, found none',
  ]);
});

test('the committed catalog has no errors and no warnings', async () => {
  const loaded = await load('catalog');
  assert.equal(check(loaded).map(formatDiagnostic), []);
});

// ── Where a subject parameter's `from` lands in the data schema ───────────────────────────────

const POINTER_DEFINITIONS = new Map<string, JsonSchema>([
  ['Identifier', { type: 'object', properties: { rawId: { type: 'string' } } }],
  ['Loop', { $ref: '#/$defs/Loop' }],
]);
const POINTER_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    count: { type: 'integer' },
    sender: { $ref: '#/$defs/Identifier' },
    list: { type: 'array', items: { type: 'string' } },
    map: { type: 'object', additionalProperties: { type: 'boolean' } },
    either: { anyOf: [{ type: 'string' }, { type: 'object', properties: { x: { type: 'number' } } }] },
    'a/b~c': { type: 'string' },
    loop: { $ref: '#/$defs/Loop' },
    extended: {
      allOf: [
        { $ref: '#/$defs/Identifier' },
        { type: 'object', properties: { at: { type: ['string', 'null'] } } },
      ],
    },
  },
};

const POINTERS: [pointer: string, types: JsonSchema['type'][]][] = [
  ['', ['object']],
  ['/id', ['string']],
  ['/count', ['integer']],
  ['/sender/rawId', ['string']],
  ['/list/0', ['string']],
  ['/list/x', []],
  ['/map/anything', ['boolean']],
  ['/either', [undefined, 'string', 'object']],
  ['/either/x', ['number']],
  ['/a~1b~0c', ['string']],
  ['/missing', []],
  ['/id/deeper', []],
  ['/loop', []],
  ['/extended/rawId', ['string']],
  ['/extended/at', [['string', 'null']]],
];

for (const [pointer, types] of POINTERS) {
  test(`schemasAtPointer: ${JSON.stringify(pointer)} lands on ${types.join(', ') || 'nothing'}`, () => {
    assert.equal(
      schemasAtPointer(POINTER_SCHEMA, pointer, POINTER_DEFINITIONS).map((schema) => schema.type),
      types,
    );
  });
}

test.run();
