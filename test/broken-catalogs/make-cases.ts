/**
 * How the cases in this directory were made: each is test/golden/catalog with ONE thing broken.
 * Rewrites every case's catalog/ overlay files and case.txt from the specs below (expected.txt is
 * left alone: `UPDATE_BROKEN=1 npm test` rewrites those; review the diff).
 *
 *   npx tsx test/broken-catalogs/make-cases.ts
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hostileSpecs } from './hostile-specs.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BASE = path.join(ROOT, 'test/golden/catalog');
const OUT = path.join(ROOT, 'test/broken-catalogs');
const IM = 'events/chat/InstantMessageReceived.yaml';
const CM = 'events/chat/ChatMessageReceived.yaml';
const SMS = 'events/sms/SMSReceived.yaml';
const DEFS = 'definitions.yaml';
const DEFS_END = '      required: [timestamp, segmentsSucceeded, segmentsFailed]';
type Edit = [file: string, from: string, to: string, nth?: number];
export interface Spec {
  name: string;
  about: string;
  edits?: Edit[];
  add?: Record<string, { from: string; edits?: [string, string][] }>;
  /** New files, written out in full. */
  write?: Record<string, string>;
  remove?: string[];
  /**
   * Markers the test expands when it copies the case (`unit` repeated `count` times; `{indent}` in
   * it becomes as many spaces as the repetition's index), so large inputs are not committed.
   */
  repeat?: [file: string, marker: string, count: number, unit: string][];
  /** Files written as these bytes (the edited text in another encoding, or with bytes UTF-8 lacks). */
  encode?: Record<string, (text: string) => Buffer>;
}
const specs: Spec[] = [
  {
    name: 'yaml-syntax-error',
    about: 'an unclosed flow sequence',
    edits: [[IM, 'category: chat', 'category: [chat']],
  },
  {
    name: 'unknown-key',
    about: 'a misspelt key (statsu)',
    edits: [[IM, 'status: retired', 'status: retired\nstatsu: retired']],
  },
  {
    name: 'wrong-type',
    about: 'a listing line written as a word',
    edits: [[IM, '    line: 44\n    description', '    line: forty-four\n    description']],
  },
  {
    name: 'bad-enum-value',
    about: 'a status outside the enum',
    edits: [[SMS, 'status: current', 'status: live']],
  },
  {
    name: 'duplicate-event-type',
    about: 'a copied event file whose type was not changed',
    add: {
      'events/chat/InstantMessageSent.yaml': {
        from: IM,
        edits: [
          ['id: instant-messaged-received', 'id: instant-messaged-sent'],
          ['id: test-subject-instantmessagereceived-2020-03', 'id: test-subject-instantmessagesent-2020-03'],
        ],
      },
    },
  },
  {
    name: 'duplicate-key',
    about: 'the key "category" twice',
    edits: [[SMS, 'category: sms', 'category: sms\ncategory: chat']],
  },
  {
    name: 'alias',
    about: 'a YAML anchor and alias',
    edits: [
      [
        SMS,
        'description: Published when an SMS is received by a phone number associated with the Communication Service.\ndataVersion',
        'description: &d Published when an SMS is received by a phone number associated with the Communication Service.\ndataVersion',
      ],
      [
        SMS,
        '  - document: 2020-09\n    line: 20\n    description: Published when an SMS is received by a phone number associated with the Communication Service.',
        '  - document: 2020-09\n    line: 20\n    description: *d',
      ],
    ],
  },
  {
    name: 'wrong-folder',
    about: 'an sms event filed under events/chat/',
    add: { 'events/chat/SMSReceived.yaml': { from: SMS } },
    remove: [SMS],
  },
  { name: 'missing-catalog-file', about: 'filters.yaml deleted', remove: ['filters.yaml'] },
  {
    name: 'sample-failing-schema',
    about: 'a sample timestamp written as a number',
    edits: [[SMS, '"receivedTimestamp":"2020-07-16T22:10:00.048727Z"', '"receivedTimestamp":1594937400048']],
  },
  {
    name: 'sample-missing-required',
    about: 'a sample without its required messageBody',
    edits: [[IM, '"messageBody":"Instant Message Received",\n', '']],
  },
  {
    name: 'subject-not-matching',
    about: 'a sample subject outside the pattern, with no subject erratum',
    edits: [[SMS, '"subject": "/phonenumber/15555555555"', '"subject": "/phone/15555555555"']],
  },
  {
    name: 'ref-missing-definition',
    about: '$ref to a definition that does not exist',
    edits: [[CM, '$ref: "#/$defs/CommunicationIdentifier"', '$ref: "#/$defs/CommunicationIdentity"']],
  },
  {
    name: 'replaced-by-unknown',
    about: 'replacedBy names a type the catalog lacks',
    edits: [
      [
        IM,
        'replacedBy: Microsoft.Communication.ChatMessageReceived',
        'replacedBy: Microsoft.Communication.ChatMessageArrived',
      ],
    ],
  },
  {
    name: 'replaced-by-on-current',
    about: 'replacedBy on a current event',
    edits: [
      [SMS, 'status: current', 'status: current\nreplacedBy: Microsoft.Communication.ChatMessageReceived'],
    ],
  },
  {
    name: 'unknown-document',
    about: 'a listing pointing at a docs version that is not in sources.yaml',
    edits: [
      [
        IM,
        '  - document: 2020-03\n    line: 44\n    description',
        '  - document: 2019-11\n    line: 44\n    description',
      ],
    ],
  },
  {
    name: 'duplicate-erratum-id',
    about: 'two errata with the same id',
    edits: [[SMS, 'id: sms-topic-leaks-ids-2021-02', 'id: sms-topic-leaks-ids-2020-09']],
  },
  {
    name: 'bad-repair-position',
    about: 'a trailing-comma repair where there is no comma',
    edits: [
      [
        IM,
        '    errata:\n      - id: test-subject-instantmessagereceived',
        '    repairs:\n      - kind: trailing-comma\n        line: 150\n        column: 12\n    errata:\n      - id: test-subject-instantmessagereceived',
      ],
    ],
  },
  {
    name: 'unparseable-sample',
    about: 'a trailing comma in a published sample, with no repair recorded',
    edits: [[IM, '"eventTime":"2020-07-16T22:10:43.09717Z"', '"eventTime":"2020-07-16T22:10:43.09717Z",']],
  },
  {
    name: 'bad-patch-path',
    about: 'an erratum patch replacing a property the sample lacks',
    edits: [
      [
        SMS,
        '          - op: replace\n            path: /topic\n            value: /subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}\n      - id: sms-pascal-case-2020-09-92',
        '          - op: replace\n            path: /topics\n            value: /subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}\n      - id: sms-pascal-case-2020-09-92',
      ],
    ],
  },
  {
    name: 'unknown-prefix',
    about: 'a subject prefix subjects.yaml does not document',
    edits: [[SMS, '    prefix: phonenumber/', '    prefix: tel/']],
  },
  {
    name: 'pattern-parameter-mismatch',
    about: 'a declared parameter named differently from the pattern',
    edits: [[SMS, '      phoneNumber:\n        description', '      number:\n        description']],
  },
  {
    name: 'pattern-outside-prefix',
    about: 'a thread/ pattern filed under the user/ prefix',
    edits: [[CM, '    prefix: thread/', '    prefix: user/']],
  },
  {
    name: 'scope-on-sms',
    about: 'a scope on an sms event',
    edits: [[SMS, 'category: sms', 'category: sms\nscope: user']],
  },
  { name: 'chat-without-scope', about: 'a chat event without scope', edits: [[CM, 'scope: user\n', '']] },
  {
    name: 'current-without-subjects',
    about: 'a current event with no subject pattern',
    edits: [
      [IM, 'status: retired', 'status: current'],
      [IM, 'replacedBy: Microsoft.Communication.ChatMessageReceived\n', ''],
    ],
  },
  {
    name: 'sample-event-type-mismatch',
    about: 'a sample whose eventType names another event, with no erratum',
    edits: [
      [
        IM,
        '"eventType":"Microsoft.Communication.InstantMessageReceived"',
        '"eventType":"Microsoft.Communication.InstantMessageSent"',
      ],
    ],
  },
  {
    name: 'duplicate-document-id',
    about: 'a second document reusing the id 2021-10 in sources.yaml',
    edits: [
      [
        'sources.yaml',
        '  - id: 2021-10\n',
        '  - id: 2021-10\n    file: seeds/006_copy.txt\n    title: Azure Communication Services - Chat events (copy)\n    date: 2021-10-16\n    dateSource: front-matter\n    format: markdown\n    summary: A second page given the same id.\n  - id: 2021-10\n',
      ],
    ],
  },
  {
    name: 'bad-json-pointer',
    about: 'a subject parameter whose "from" is not a JSON Pointer',
    edits: [[CM, 'from: /threadId', 'from: threadId']],
  },
  {
    name: 'subject-from-not-in-schema',
    about: 'a subject parameter whose "from" points at a property the schema lacks',
    edits: [[CM, 'from: /threadId', 'from: /thread']],
  },
  {
    name: 'subject-from-not-a-string',
    about: 'a subject parameter whose "from" points at an integer',
    edits: [[CM, 'from: /senderId', 'from: /version']],
  },

  {
    name: 'unknown-category',
    about: 'an event whose category categories.yaml does not list',
    edits: [['categories.yaml', '  - id: sms\n', '  - id: text\n']],
  },
  {
    name: 'duplicate-category-id',
    about: 'two categories with the id chat',
    edits: [['categories.yaml', '  - id: calls\n', '  - id: chat\n']],
  },
  {
    name: 'scoped-category-without-scope',
    about: 'sms made a scoped category: its events lack a scope',
    edits: [
      ['categories.yaml', "resource's phone numbers.\n", "resource's phone numbers.\n    scoped: true\n"],
    ],
  },
  {
    name: 'allof-bad-branch',
    about: 'an allOf branch that is neither a $ref nor an object schema',
    edits: [
      [
        DEFS,
        DEFS_END,
        `${DEFS_END}\n  TimedIdentifier:\n    description: An identifier with a time.\n    schema:\n      allOf:\n        - $ref: '#/$defs/CommunicationIdentifier'\n        - type: string`,
      ],
    ],
  },
  {
    name: 'allof-closed-branch',
    about: 'additionalProperties: false inside an allOf branch',
    edits: [
      [
        DEFS,
        DEFS_END,
        `${DEFS_END}\n  TimedIdentifier:\n    description: An identifier with a time.\n    schema:\n      allOf:\n        - $ref: '#/$defs/CommunicationIdentifier'\n        - type: object\n          properties:\n            time: { type: string, format: date-time }\n          additionalProperties: false`,
      ],
    ],
  },
  {
    name: 'format-on-wrong-type',
    about: 'format date-time on a boolean',
    edits: [[DEFS, '          type: boolean\n', '          type: boolean\n          format: date-time\n']],
  },
  {
    name: 'type-list-two-types',
    about: 'a type list of two non-null types',
    edits: [[SMS, '    message:\n      type: string\n', '    message:\n      type: [string, integer]\n']],
  },
  {
    name: 'enum-duplicate-value',
    about: 'an enum listing a value twice',
    edits: [[DEFS, 'enum: [public, dod, gcch]', 'enum: [public, dod, public]']],
  },
  {
    name: 'enum-idiom-malformed',
    about: 'a documented enum (oneOf of consts) with a branch that is not a const',
    edits: [
      [
        DEFS,
        'enum: [public, dod, gcch]',
        'oneOf: [{ const: public, description: The public cloud. }, { const: dod }, { type: integer }]',
      ],
    ],
  },
  {
    name: 'ref-cycle',
    about: 'two definitions that refer to each other',
    edits: [
      [
        DEFS,
        '          description: The ACS user id, e.g. `8:acs:<resource id>_<user id>`.\n',
        "          description: The ACS user id, e.g. `8:acs:<resource id>_<user id>`.\n        owner:\n          $ref: '#/$defs/CommunicationIdentifier'\n",
      ],
    ],
  },
  {
    name: 'attribute-unknown-document',
    about: 'an attribute-table row citing a document sources.yaml lacks',
    edits: [
      [
        SMS,
        'samples:\n',
        'attributes:\n  - { document: 2025-01-sms, line: 40, name: to, type: string, description: The receiver. }\nsamples:\n',
      ],
    ],
  },
  {
    name: 'erratum-cites-missing-spec',
    about: 'an erratum citing rest-api-spec, which sources.yaml does not list',
    edits: [
      [
        SMS,
        '        source:\n          document: 2020-03\n          line: 88\n',
        '        source:\n          document: rest-api-spec\n          line: 88\n',
      ],
    ],
  },
  {
    name: 'spec-line-not-positive',
    about: 'a spec position at line 0',
    edits: [[SMS, 'samples:\n', 'spec: { definition: AcsSmsReceivedEventData, line: 0 }\nsamples:\n']],
  },
  {
    name: 'sample-id-collision',
    about: 'a document id 2020-09-2 that is also the id of the second 2020-09 sample',
    edits: [
      [
        SMS,
        '  - source:\n      document: 2021-02\n      line: 111\n',
        '  - source:\n      document: 2020-09\n      line: 111\n',
      ],
      [
        SMS,
        '  - source:\n      document: 2020-03\n      line: 85\n',
        '  - source:\n      document: 2020-09-2\n      line: 85\n',
      ],
      [
        'sources.yaml',
        '  - id: 2021-10\n',
        '  - id: 2020-09-2\n    file: seeds/007_copy.txt\n    title: A second 2020-09 page\n    date: 2020-09-19\n    dateSource: inferred\n    format: text\n  - id: 2021-10\n',
      ],
    ],
  },
  {
    name: 'definition-takes-event-name',
    about: "a definition named like the SMSReceived event's data type",
    edits: [[DEFS, '  SmsDeliveryAttempt:\n', '  AcsSmsReceivedEventData:\n']],
  },
  {
    name: 'definition-takes-package-name',
    about: 'a definition named ValidationError, a name the validators module declares',
    edits: [[DEFS, '  SmsDeliveryAttempt:\n', '  ValidationError:\n']],
  },
  {
    name: 'events-with-the-same-names',
    about: 'SmsReceived beside SMSReceived: the same TypeScript names and file names',
    write: {
      'events/sms/SmsReceived.yaml': [
        'type: Microsoft.Communication.SmsReceived',
        'category: sms',
        'status: current',
        'description: SMSReceived spelt differently.',
        'dataVersion: "1.0"',
        'subjects:',
        '  - pattern: /phonenumber/{phoneNumber}',
        '    prefix: phonenumber/',
        '    parameters:',
        '      phoneNumber: { description: The number., from: /to }',
        'listings: []',
        'schema:',
        '  type: object',
        '  properties:',
        '    to: { type: string }',
        'samples: []',
        '',
      ].join('\n'),
    },
  },
  {
    name: 'sample-without-topic',
    about: 'a sample without the topic the CloudEvent fixtures use as source',
    edits: [
      [
        SMS,
        '          "topic":"/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}",\n',
        '',
      ],
    ],
  },
  {
    name: 'sample-proto-key',
    about: 'a "__proto__" key in sample data',
    edits: [
      [
        SMS,
        '              "message":"SMS Message",\n',
        '              "message":"SMS Message",\n              "__proto__":{"x":1},\n',
      ],
    ],
  },
  {
    name: 'non-finite-number',
    about: 'YAML .inf as a schema example',
    edits: [
      [
        IM,
        '      description: The display name of the message sender.\n',
        '      description: The display name of the message sender.\n      examples: [.inf]\n',
      ],
    ],
  },
  {
    name: 'subject-from-not-in-fixture-data',
    about: "a subject parameter from an identifier part the fixtures' factory data does not hold",
    edits: [[CM, 'from: /senderId', 'from: /senderCommunicationIdentifier/phoneNumber/value']],
  },
  {
    name: 'data-nested-too-deep',
    about: "data nested deeper than the fixtures' factories walk",
    edits: [
      [
        SMS,
        '      description: The SMS content.\n',
        `      description: The SMS content.\n    deep: ${'{ type: array, items: '.repeat(17)}{ type: string }${' }'.repeat(17)}\n`,
      ],
    ],
  },
];
specs.push(...hostileSpecs);
for (const spec of specs) {
  const dir = path.join(OUT, spec.name);
  await rm(path.join(dir, 'catalog'), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files = new Map<string, string>();
  for (const [file, from, to] of spec.edits ?? []) {
    const text = files.get(file) ?? (await readFile(path.join(BASE, file), 'utf8'));
    if (!text.includes(from)) throw new Error(`${spec.name}: ${file} lacks ${from}`);
    files.set(file, text.replace(from, to));
  }
  for (const [file, { from, edits }] of Object.entries(spec.add ?? {})) {
    let text = await readFile(path.join(BASE, from), 'utf8');
    for (const [a, b] of edits ?? []) {
      if (!text.includes(a)) throw new Error(`${spec.name}: ${from} lacks ${a}`);
      text = text.replace(a, b);
    }
    files.set(file, text);
  }
  for (const [file, text] of Object.entries(spec.write ?? {})) files.set(file, text);
  for (const file of Object.keys(spec.encode ?? {}))
    if (!files.has(file)) files.set(file, await readFile(path.join(BASE, file), 'utf8'));
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(dir, 'catalog', file)), { recursive: true });
    const encode = spec.encode?.[file];
    await writeFile(path.join(dir, 'catalog', file), encode ? encode(text) : text);
  }
  const meta =
    [
      `# ${spec.about}`,
      ...(spec.remove ?? []).map((file) => `remove: ${file}`),
      ...(spec.repeat ?? []).map(
        ([file, marker, count, unit]) => `repeat: ${[file, marker, count, JSON.stringify(unit)].join('\t')}`,
      ),
    ].join('\n') + '\n';
  await writeFile(path.join(dir, 'case.txt'), meta);
}
console.log(specs.length, 'cases');
