/**
 * The broken catalogs of test/broken-catalogs.test.ts, as a table: each is test/golden/catalog with
 * ONE thing broken, written as an edit (a text replacement in a file, a file added as a copy of
 * another with replacements, a file written out, removed, re-encoded, or a marker expanded into a
 * large input), with the exact lines generate must print (`expect`: `file:line:col: path: message`;
 * the summary line after them is computed from their count) and the class the README counts it in.
 *
 * `UPDATE_BROKEN=1 npx uvu -r tsx test 'broken-catalogs'` rewrites the `expect` lists from what
 * generate prints (review the diff).
 */

/** The classes, as the README's Reliability section names them (it states each count; a test holds it to it). */
export const CASE_CLASSES = {
  yaml: 'YAML the format does not allow (syntax errors, anchors and aliases, merge keys, tags, directives, several documents, duplicate keys, complex, numeric and null keys)',
  format:
    'the catalog format (unknown keys, wrong types and values, missing or misplaced files, scope rules, non-finite numbers)',
  ids: 'ids taken twice or naming nothing (event types, errata, documents, categories, definitions, prefixes)',
  lifecycle: '`replacedBy` naming nothing, on a current event, or in a cycle',
  samples:
    'samples and their errata (failing the schema, unparseable, repairs and patches that do not apply, ids, topics)',
  subjects: 'subject patterns and their parameters',
  schema:
    'schema idioms that cannot generate (`allOf` branches, formats, type lists, enum idioms, empty `enum`/`anyOf`)',
  enumType: '`enum`/`const` against `type`/`format`',
  recursion: 'recursive definitions (direct, optional, nullable, through arrays, maps and `allOf`)',
  names: "names that collide once converted to identifiers, or with the package's own",
  proto: '`__proto__` keys (sample data, nested, erratum patches, schema properties)',
  depth: 'nesting (YAML flow, block and compact, sample JSON, data schemas)',
  size: 'sizes (file, text, key)',
  encoding: 'encodings (invalid UTF-8, BOM, UTF-16 with and without BOM)',
  surrogates: 'lone surrogates (text, keys, sample strings)',
  control:
    'control characters (NUL, ESC, BEL, C1, CR, bidirectional overrides; in text, keys and sample strings)',
} as const;

export type CaseClass = keyof typeof CASE_CLASSES;
type Edit = [file: string, from: string, to: string];

export interface BrokenCase {
  name: string;
  class: CaseClass;
  about: string;
  /** The diagnostics generate prints, in order (the summary line follows). */
  expect: string[];
  /** Replacements of the first occurrence, in order. */
  edits?: Edit[];
  /** New files, each a copy of a golden file with replacements. */
  add?: Record<string, { from: string; edits?: [string, string][] }>;
  /** New files, written out in full. */
  write?: Record<string, string>;
  remove?: string[];
  /**
   * Markers expanded after the edits (`unit` repeated `count` times; `{indent}` in it becomes as many
   * spaces as the repetition's index), so large inputs are not committed.
   */
  repeat?: [file: string, marker: string, count: number, unit: string][];
  /** Files written as these bytes (the edited text in another encoding, or with bytes UTF-8 lacks). */
  encode?: Record<string, (text: string) => Buffer>;
}

const IM = 'events/chat/InstantMessageReceived.yaml';
const CM = 'events/chat/ChatMessageReceived.yaml';
const SMS = 'events/sms/SMSReceived.yaml';
const DEFS = 'definitions.yaml';
const DEFS_END = '      required: [timestamp, segmentsSucceeded, segmentsFailed]';
const SMS_DESCRIPTION =
  'description: Published when an SMS is received by a phone number associated with the Communication Service.\ndataVersion';
const SMS_MESSAGE = '    message:\n      type: string\n      description: The SMS content.\n';
const SAMPLE_MESSAGE = '              "message":"SMS Message",\n';

/** A definition appended to definitions.yaml (YAML lines under `definitions:`). */
const define = (yaml: string): Edit => [DEFS, DEFS_END, `${DEFS_END}\n${yaml}`];
/** A property added to SMSReceived's data schema (YAML lines at the properties' indentation). */
const smsProperty = (yaml: string): Edit => [SMS, SMS_MESSAGE, `${SMS_MESSAGE}${yaml}\n`];
/** SMSReceived's description replaced by `yaml` (a complete `description: …` line or block). */
const smsDescription = (yaml: string): Edit => [SMS, SMS_DESCRIPTION, `${yaml}\ndataVersion`];
/** A definition-name case: SmsDeliveryAttempt renamed. */
const renameDefinition = (name: string): Edit => [DEFS, '  SmsDeliveryAttempt:\n', `  ${name}:\n`];
const utf8 = (text: string) => Buffer.from(text, 'utf8');

export const BROKEN_CASES: BrokenCase[] = [
  {
    name: 'yaml-syntax-error',
    class: 'yaml',
    about: 'an unclosed flow sequence',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:14:1: (yaml): invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    edits: [[IM, 'category: chat', 'category: [chat']],
  },
  {
    name: 'unknown-key',
    class: 'format',
    about: 'a misspelt key (statsu)',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:16:1: statsu: unknown key "statsu": expected one of type, category, scope, description, status, replacedBy, dataVersion, subjects, listings, schema, spec, attributes, samples, errata',
    ],
    edits: [[IM, 'status: retired', 'status: retired\nstatsu: retired']],
  },
  {
    name: 'wrong-type',
    class: 'format',
    about: 'a listing line written as a word',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:21:11: listings[0].line: expected integer, found string "forty-four"',
    ],
    edits: [[IM, '    line: 44\n    description', '    line: forty-four\n    description']],
  },
  {
    name: 'bad-enum-value',
    class: 'format',
    about: 'a status outside the enum',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:5:9: status: expected one of "current", "retired", found string "live"',
    ],
    edits: [[SMS, 'status: current', 'status: live']],
  },
  {
    name: 'duplicate-event-type',
    class: 'ids',
    about: 'a copied event file whose type was not changed',
    expect: [
      'catalog/events/chat/InstantMessageSent.yaml:12:7: type: duplicate event type "Microsoft.Communication.InstantMessageReceived": already defined in catalog/events/chat/InstantMessageReceived.yaml',
      'catalog/events/chat/InstantMessageSent.yaml:12:7: type: expected this event in a file ending events/chat/InstantMessageReceived.yaml, found it in catalog/events/chat/InstantMessageSent.yaml',
    ],
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
    class: 'yaml',
    about: 'the key "category" twice',
    expect: ['catalog/events/sms/SMSReceived.yaml:5:1: (yaml): invalid YAML: Map keys must be unique'],
    edits: [[SMS, 'category: sms', 'category: sms\ncategory: chat']],
  },
  {
    name: 'alias',
    class: 'yaml',
    about: 'a YAML anchor and alias',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:17: (yaml): expected no YAML anchor (&d): write values out, found one',
      'catalog/events/sms/SMSReceived.yaml:22:18: (yaml): expected no YAML alias (*name): write the value out, found one',
    ],
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
    class: 'format',
    about: 'an sms event filed under events/chat/',
    expect: [
      'catalog/events/chat/SMSReceived.yaml:3:7: type: expected this event in a file ending events/sms/SMSReceived.yaml, found it in catalog/events/chat/SMSReceived.yaml',
    ],
    add: { 'events/chat/SMSReceived.yaml': { from: SMS } },
    remove: [SMS],
  },
  {
    name: 'missing-catalog-file',
    class: 'format',
    about: 'filters.yaml deleted',
    expect: ['catalog/filters.yaml:1:1: (file): expected this catalog file, found none'],
    remove: ['filters.yaml'],
  },
  {
    name: 'sample-failing-schema',
    class: 'samples',
    about: 'a sample timestamp written as a number',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:66:15: samples[0].published: sample from 2020-03 line 85: data.receivedTimestamp: expected string, found number 1594937400048',
    ],
    edits: [[SMS, '"receivedTimestamp":"2020-07-16T22:10:00.048727Z"', '"receivedTimestamp":1594937400048']],
  },
  {
    name: 'sample-missing-required',
    class: 'samples',
    about: 'a sample without its required messageBody',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:72:11: samples[0].published: sample from 2020-03 line 142: data: missing key "messageBody": expected it, found none',
    ],
    edits: [[IM, '"messageBody":"Instant Message Received",\n', '']],
  },
  {
    name: 'subject-not-matching',
    class: 'subjects',
    about: 'a sample subject outside the pattern, with no subject erratum',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:88:9: samples[1].published: sample from 2020-09 line 87: subject: expected a match for /phonenumber/{phoneNumber}, found "/phone/15555555555" (record an erratum of kind "subject" if the docs are wrong)',
    ],
    edits: [[SMS, '"subject": "/phonenumber/15555555555"', '"subject": "/phone/15555555555"']],
  },
  {
    name: 'ref-missing-definition',
    class: 'ids',
    about: '$ref to a definition that does not exist',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:48:13: schema.properties.senderCommunicationIdentifier.$ref: $ref to a missing definition "CommunicationIdentity": expected one of ChatMessageMetadata, ChatParticipant, ChatThreadMember, ChatThreadProperties, CommunicationIdentifier, CommunicationUserIdentifier, MicrosoftTeamsUserIdentifier, PhoneNumberIdentifier, SmsDeliveryAttempt (catalog/definitions.yaml)',
    ],
    edits: [[CM, '$ref: "#/$defs/CommunicationIdentifier"', '$ref: "#/$defs/CommunicationIdentity"']],
  },
  {
    name: 'replaced-by-unknown',
    class: 'lifecycle',
    about: 'replacedBy names a type the catalog lacks',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:3:13: replacedBy: replacedBy names an unknown event type "Microsoft.Communication.ChatMessageArrived"',
    ],
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
    class: 'lifecycle',
    about: 'replacedBy on a current event',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:13: replacedBy: expected replacedBy only on a retired event, found status "current"',
    ],
    edits: [
      [SMS, 'status: current', 'status: current\nreplacedBy: Microsoft.Communication.ChatMessageReceived'],
    ],
  },
  {
    name: 'unknown-document',
    class: 'ids',
    about: 'a listing pointing at a docs version that is not in sources.yaml',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:20:15: listings[0].document: unknown document "2019-11": expected one of 2020-03, 2020-09, 2021-02, 2021-06, 2021-10',
    ],
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
    class: 'ids',
    about: 'two errata with the same id',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:171:13: samples[2].errata[0].id: duplicate erratum id "sms-topic-leaks-ids-2020-09": already used in catalog/events/sms/SMSReceived.yaml',
    ],
    edits: [[SMS, 'id: sms-topic-leaks-ids-2021-02', 'id: sms-topic-leaks-ids-2020-09']],
  },
  {
    name: 'bad-repair-position',
    class: 'samples',
    about: 'a trailing-comma repair where there is no comma',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:67:16: samples[0].published: sample from 2020-03 line 142: a recorded repair does not apply: trailing-comma repair at 150:12: expected \',\' there, found "c"',
    ],
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
    class: 'samples',
    about: 'a trailing comma in a published sample, with no repair recorded',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:67:16: samples[0].published: sample from 2020-03 line 142: published JSON needs repairs that are not recorded: trailing-comma at line 160 column 45',
    ],
    edits: [[IM, '"eventTime":"2020-07-16T22:10:43.09717Z"', '"eventTime":"2020-07-16T22:10:43.09717Z",']],
  },
  {
    name: 'bad-patch-path',
    class: 'samples',
    about: 'an erratum patch replacing a property the sample lacks',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:102:7: samples[1].errata: sample from 2020-09 line 87: erratum patch does not apply: patch operation 1 (replace /topics): path not found: /topics (no property "topics")',
    ],
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
    class: 'ids',
    about: 'a subject prefix subjects.yaml does not document',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:10:13: subjects[0].prefix: unknown subject prefix "tel/": expected one of phonenumber/, user/, space/, thread/ (catalog/subjects.yaml)',
    ],
    edits: [[SMS, '    prefix: phonenumber/', '    prefix: tel/']],
  },
  {
    name: 'pattern-parameter-mismatch',
    class: 'subjects',
    about: 'a declared parameter named differently from the pattern',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:12:7: subjects[0].parameters: expected parameters phoneNumber as in the pattern, found number',
    ],
    edits: [[SMS, '      phoneNumber:\n        description', '      number:\n        description']],
  },
  {
    name: 'pattern-outside-prefix',
    class: 'subjects',
    about: 'a thread/ pattern filed under the user/ prefix',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:10:14: subjects[0].pattern: expected the pattern to start with its prefix "user/", found "thread/{threadId}/sender/{senderId}/recipient/{recipientId}"',
    ],
    edits: [[CM, '    prefix: thread/', '    prefix: user/']],
  },
  {
    name: 'scope-on-sms',
    class: 'format',
    about: 'a scope on an sms event',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:5:1: scope: expected no scope on a sms event, found "user"',
    ],
    edits: [[SMS, 'category: sms', 'category: sms\nscope: user']],
  },
  {
    name: 'chat-without-scope',
    class: 'format',
    about: 'a chat event without scope',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:3:1: scope: expected scope "user" or "thread" on a chat event, found none',
    ],
    edits: [[CM, 'scope: user\n', '']],
  },
  {
    name: 'current-without-subjects',
    class: 'format',
    about: 'a current event with no subject pattern',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:17:11: subjects: expected at least one subject pattern on a current event, found none',
    ],
    edits: [
      [IM, 'status: retired', 'status: current'],
      [IM, 'replacedBy: Microsoft.Communication.ChatMessageReceived\n', ''],
    ],
  },
  {
    name: 'sample-event-type-mismatch',
    class: 'samples',
    about: 'a sample whose eventType names another event, with no erratum',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:83:11: samples[0].published: sample from 2020-03 line 142: eventType: expected "Microsoft.Communication.InstantMessageReceived", found "Microsoft.Communication.InstantMessageSent" (record an erratum with a patch if the docs are wrong)',
    ],
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
    class: 'ids',
    about: 'a second document reusing the id 2021-10 in sources.yaml',
    expect: ['catalog/sources.yaml:125:9: documents[5].id: duplicate document id "2021-10"'],
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
    class: 'subjects',
    about: 'a subject parameter whose "from" is not a JSON Pointer',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:15:15: subjects[0].parameters.threadId.from: expected a string matching ^(/([^~/]|~[01])*)*$, found string "threadId"',
      'catalog/events/chat/InstantMessageReceived.yaml:3:13: replacedBy: replacedBy names an unknown event type "Microsoft.Communication.ChatMessageReceived"',
    ],
    edits: [[CM, 'from: /threadId', 'from: threadId']],
  },
  {
    name: 'subject-from-not-in-schema',
    class: 'subjects',
    about: 'a subject parameter whose "from" points at a property the schema lacks',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:15:15: subjects[0].parameters.threadId.from: expected a pointer to a value the data schema declares, found "/thread" (data/thread is not in the schema)',
    ],
    edits: [[CM, 'from: /threadId', 'from: /thread']],
  },
  {
    name: 'subject-from-not-a-string',
    class: 'subjects',
    about: 'a subject parameter whose "from" points at an integer',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:18:15: subjects[0].parameters.senderId.from: expected data/version to be a string in the data schema, found integer',
    ],
    edits: [[CM, 'from: /senderId', 'from: /version']],
  },

  {
    name: 'unknown-category',
    class: 'ids',
    about: 'an event whose category categories.yaml does not list',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:4:11: category: unknown category "sms": expected one of text, chat, calls, recording, email, router, advanced-messaging, presence (catalog/categories.yaml)',
    ],
    edits: [['categories.yaml', '  - id: sms\n', '  - id: text\n']],
  },
  {
    name: 'duplicate-category-id',
    class: 'ids',
    about: 'two categories with the id chat',
    expect: ['catalog/categories.yaml:11:9: categories[2].id: duplicate category id "chat"'],
    edits: [['categories.yaml', '  - id: calls\n', '  - id: chat\n']],
  },
  {
    name: 'scoped-category-without-scope',
    class: 'format',
    about: 'sms made a scoped category: its events lack a scope',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:3:1: scope: expected scope "user" or "thread" on a sms event, found none',
    ],
    edits: [
      ['categories.yaml', "resource's phone numbers.\n", "resource's phone numbers.\n    scoped: true\n"],
    ],
  },
  {
    name: 'allof-bad-branch',
    class: 'schema',
    about: 'an allOf branch that is neither a $ref nor an object schema',
    expect: [
      'catalog/definitions.yaml:120:11: definitions.TimedIdentifier.schema.allOf[1]: expected a { $ref } or { type: object } branch in allOf, found type string',
    ],
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
    class: 'schema',
    about: 'additionalProperties: false inside an allOf branch',
    expect: [
      "catalog/definitions.yaml:123:33: definitions.TimedIdentifier.schema.allOf[1].additionalProperties: expected no additionalProperties: false inside an allOf branch (it would reject the other branches' properties), found it",
    ],
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
    class: 'schema',
    about: 'format date-time on a boolean',
    expect: [
      'catalog/definitions.yaml:51:19: definitions.MicrosoftTeamsUserIdentifier.schema.properties.isAnonymous.format: expected format "date-time" only on type string, found it on type boolean',
    ],
    edits: [[DEFS, '          type: boolean\n', '          type: boolean\n          format: date-time\n']],
  },
  {
    name: 'type-list-two-types',
    class: 'schema',
    about: 'a type list of two non-null types',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:39:13: schema.properties.message.type: expected a type list of one JSON type plus "null" (nullable), found [string, integer]',
    ],
    edits: [[SMS, '    message:\n      type: string\n', '    message:\n      type: [string, integer]\n']],
  },
  {
    name: 'enum-duplicate-value',
    class: 'schema',
    about: 'an enum listing a value twice',
    expect: [
      'catalog/definitions.yaml:54:31: definitions.MicrosoftTeamsUserIdentifier.schema.properties.cloud.enum[2]: duplicate enum value "public"',
    ],
    edits: [[DEFS, 'enum: [public, dod, gcch]', 'enum: [public, dod, public]']],
  },
  {
    name: 'enum-idiom-malformed',
    class: 'schema',
    about: 'a documented enum (oneOf of consts) with a branch that is not a const',
    expect: [
      'catalog/definitions.yaml:54:86: definitions.MicrosoftTeamsUserIdentifier.schema.properties.cloud.oneOf[2]: expected { const, description } branches only (a documented closed enum), found type integer',
    ],
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
    class: 'recursion',
    about: 'two definitions that refer to each other',
    expect: [
      'catalog/definitions.yaml:32:17: definitions.CommunicationUserIdentifier.schema.properties.owner.$ref: $ref cycle: CommunicationIdentifier → CommunicationUserIdentifier → CommunicationIdentifier (recursive definitions are not supported by the catalog format: the types, validators and factories expand every definition; a definition may not refer back to itself, directly or through others, even optionally)',
    ],
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
    class: 'ids',
    about: 'an attribute-table row citing a document sources.yaml lacks',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:52:17: attributes[0].document: unknown document "2025-01-sms": expected one of 2020-03, 2020-09, 2021-02, 2021-06, 2021-10',
    ],
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
    class: 'ids',
    about: 'an erratum citing rest-api-spec, which sources.yaml does not list',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:77:21: samples[0].errata[0].source.document: unknown document "rest-api-spec": expected one of 2020-03, 2020-09, 2021-02, 2021-06, 2021-10',
    ],
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
    class: 'format',
    about: 'a spec position at line 0',
    expect: ['catalog/events/sms/SMSReceived.yaml:51:52: spec.line: expected a number >= 1, found number 0'],
    edits: [[SMS, 'samples:\n', 'spec: { definition: AcsSmsReceivedEventData, line: 0 }\nsamples:\n']],
  },
  {
    name: 'sample-id-collision',
    class: 'samples',
    about: 'a document id 2020-09-2 that is also the id of the second 2020-09 sample',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:151:7: samples[2].source: sample from 2020-09 line 111: its id "2020-09-2" is already another sample\'s (a document id ends like a sample suffix)',
    ],
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
    class: 'names',
    about: "a definition named like the SMSReceived event's data type",
    expect: [
      'catalog/events/sms/SMSReceived.yaml:3:7: type: names already taken by definition AcsSmsReceivedEventData (catalog/definitions.yaml): "AcsSmsReceivedEventData", "validateAcsSmsReceivedEventData", "isAcsSmsReceivedEventData"',
    ],
    edits: [[DEFS, '  SmsDeliveryAttempt:\n', '  AcsSmsReceivedEventData:\n']],
  },
  {
    name: 'definition-takes-package-name',
    class: 'names',
    about: 'a definition named ValidationError, a name the validators module declares',
    expect: [
      'catalog/definitions.yaml:99:3: definitions.ValidationError: names already taken by the package itself: "ValidationError"',
    ],
    edits: [[DEFS, '  SmsDeliveryAttempt:\n', '  ValidationError:\n']],
  },
  {
    name: 'events-with-the-same-names',
    class: 'names',
    about: 'SmsReceived beside SMSReceived: the same TypeScript names and file names',
    expect: [
      'catalog/events/sms/SmsReceived.yaml:1:7: type: file names already taken by Microsoft.Communication.SMSReceived (catalog/events/sms/SMSReceived.yaml): "sms-received"',
      'catalog/events/sms/SmsReceived.yaml:1:7: type: names already taken by Microsoft.Communication.SMSReceived (catalog/events/sms/SMSReceived.yaml): "AcsSmsReceivedEventData", "AcsSmsReceivedEvent", "AcsSmsReceivedCloudEvent", "validateAcsSmsReceivedEventData", "isAcsSmsReceivedEventData", "makeAcsSmsReceivedEvent"',
    ],
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
    class: 'samples',
    about: 'a sample without the topic the CloudEvent fixtures use as source',
    expect: [
      "catalog/events/sms/SMSReceived.yaml:56:7: samples[0].published: sample from 2020-03 line 85: topic: expected a string (the fixtures' CloudEvent source), found none",
    ],
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
    class: 'proto',
    about: 'a "__proto__" key in sample data',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:66:15: samples[0].published: sample from 2020-03 line 85: data.__proto__: expected no "__proto__" key (generated code cannot hold one as data), found one',
    ],
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
    class: 'format',
    about: 'YAML .inf as a schema example',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:35:18: schema.properties.senderDisplayName.examples[0]: expected a finite number (JSON has no Infinity), found Infinity',
    ],
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
    class: 'subjects',
    about: "a subject parameter from an identifier part the fixtures' factory data does not hold",
    expect: [
      "catalog/events/chat/ChatMessageReceived.yaml:18:15: subjects[0].parameters.senderId.from: expected data/senderCommunicationIdentifier/phoneNumber/value to be a string the fixtures' factory data always holds (they take the first anyOf/oneOf branch, the first array item, no map entries, and only rawId and communicationUser of an identifier), found none there",
    ],
    edits: [[CM, 'from: /senderId', 'from: /senderCommunicationIdentifier/phoneNumber/value']],
  },
  {
    name: 'data-nested-too-deep',
    class: 'depth',
    about: "data nested deeper than the fixtures' factories walk",
    expect: [
      "catalog/events/sms/SMSReceived.yaml:41:385: schema.properties.deep.items.items.items.items.items.items.items.items.items.items.items.items.items.items.items.items.items: expected data nested at most 16 levels deep (the fixtures' factories stop there), found 18 levels down to here",
    ],
    edits: [
      [
        SMS,
        '      description: The SMS content.\n',
        `      description: The SMS content.\n    deep: ${'{ type: array, items: '.repeat(17)}{ type: string }${' }'.repeat(17)}\n`,
      ],
    ],
  },

  // ---- recursion ----
  {
    name: 'definition-cycle-through-items',
    class: 'recursion',
    about: 'Tree → Branch → Tree through an array of branches',
    expect: [
      'catalog/definitions.yaml:120:49: definitions.Tree.schema.properties.branches.items.$ref: $ref cycle: Branch → Tree → Branch (recursive definitions are not supported by the catalog format: the types, validators and factories expand every definition; a definition may not refer back to itself, directly or through others, even optionally)',
    ],
    edits: [
      define(
        "  Tree:\n    description: A tree.\n    schema:\n      type: object\n      properties:\n        branches: { type: array, items: { $ref: '#/$defs/Branch' } }\n  Branch:\n    description: A branch.\n    schema:\n      type: object\n      properties:\n        tree: { $ref: '#/$defs/Tree' }",
      ),
    ],
  },
  {
    name: 'optional-self-reference',
    class: 'recursion',
    about: 'TreeNode.child: $ref TreeNode, optional',
    expect: [
      'catalog/definitions.yaml:121:24: definitions.TreeNode.schema.properties.child.$ref: $ref cycle: TreeNode → TreeNode (recursive definitions are not supported by the catalog format: the types, validators and factories expand every definition; a definition may not refer back to itself, directly or through others, even optionally)',
    ],
    edits: [
      define(
        "  TreeNode:\n    description: A node.\n    schema:\n      type: object\n      properties:\n        label: { type: string }\n        child: { $ref: '#/$defs/TreeNode' }\n      required: [label]",
      ),
    ],
  },
  {
    name: 'self-reference-through-map',
    class: 'recursion',
    about: 'a definition whose map values are itself',
    expect: [
      'catalog/definitions.yaml:119:37: definitions.Folder.schema.additionalProperties.$ref: $ref cycle: Folder → Folder (recursive definitions are not supported by the catalog format: the types, validators and factories expand every definition; a definition may not refer back to itself, directly or through others, even optionally)',
    ],
    edits: [
      define(
        "  Folder:\n    description: A folder.\n    schema:\n      type: object\n      additionalProperties: { $ref: '#/$defs/Folder' }",
      ),
    ],
  },
  {
    name: 'nullable-self-reference',
    class: 'recursion',
    about: 'a linked list: next is the node itself or null',
    expect: [
      'catalog/definitions.yaml:121:27: definitions.ListNode.schema.properties.next.anyOf[0].$ref: $ref cycle: ListNode → ListNode (recursive definitions are not supported by the catalog format: the types, validators and factories expand every definition; a definition may not refer back to itself, directly or through others, even optionally)',
    ],
    edits: [
      define(
        "  ListNode:\n    description: A node.\n    schema:\n      type: object\n      properties:\n        next:\n          anyOf: [{ $ref: '#/$defs/ListNode' }, { type: 'null' }]",
      ),
    ],
  },
  {
    name: 'cycle-through-allof',
    class: 'recursion',
    about: 'Derived extends Base (allOf) and Base holds a Derived',
    expect: [
      'catalog/definitions.yaml:125:17: definitions.Derived.schema.allOf[0].$ref: $ref cycle: Base → Derived → Base (recursive definitions are not supported by the catalog format: the types, validators and factories expand every definition; a definition may not refer back to itself, directly or through others, even optionally)',
    ],
    edits: [
      define(
        "  Base:\n    description: A base.\n    schema:\n      type: object\n      properties:\n        derived: { $ref: '#/$defs/Derived' }\n  Derived:\n    description: Derived.\n    schema:\n      allOf:\n        - $ref: '#/$defs/Base'\n        - type: object\n          properties:\n            extra: { type: string }",
      ),
    ],
  },
  // ---- names that collide once converted ----
  {
    name: 'events-differing-in-acronym-case',
    class: 'names',
    about: 'CHATMessageReceived beside ChatMessageReceived: the same TypeScript names',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:3:7: type: file names already taken by Microsoft.Communication.CHATMessageReceived (catalog/events/chat/CHATMessageReceived.yaml): "chat-message-received"',
      'catalog/events/chat/ChatMessageReceived.yaml:3:7: type: names already taken by Microsoft.Communication.CHATMessageReceived (catalog/events/chat/CHATMessageReceived.yaml): "AcsChatMessageReceivedEventData", "AcsChatMessageReceivedEvent", "AcsChatMessageReceivedCloudEvent", "validateAcsChatMessageReceivedEventData", "isAcsChatMessageReceivedEventData", "makeAcsChatMessageReceivedEvent"',
      'catalog/events/chat/ChatMessageReceived.yaml:88:7: samples[0].source: sample from 2020-09 line 106: fixture names already taken by the sample from 2020-09 line 106 of Microsoft.Communication.CHATMessageReceived (catalog/events/chat/CHATMessageReceived.yaml): "chatMessageReceived_2020_09", "chatMessageReceivedCloudEvent_2020_09"',
      'catalog/events/chat/ChatMessageReceived.yaml:114:13: samples[0].errata[0].id: duplicate erratum id "verbose-placeholders-2020-09": already used in catalog/events/chat/CHATMessageReceived.yaml',
      'catalog/events/chat/ChatMessageReceived.yaml:126:7: samples[1].source: sample from 2021-02 line 132: fixture names already taken by the sample from 2021-02 line 132 of Microsoft.Communication.CHATMessageReceived (catalog/events/chat/CHATMessageReceived.yaml): "chatMessageReceived_2021_02", "chatMessageReceivedCloudEvent_2021_02"',
      'catalog/events/chat/ChatMessageReceived.yaml:164:13: samples[1].errata[0].id: duplicate erratum id "display-name-jhon": already used in catalog/events/chat/CHATMessageReceived.yaml',
      'catalog/events/chat/ChatMessageReceived.yaml:176:7: samples[2].source: sample from 2021-10 line 47: fixture names already taken by the sample from 2021-10 line 47 of Microsoft.Communication.CHATMessageReceived (catalog/events/chat/CHATMessageReceived.yaml): "chatMessageReceived_2021_10", "chatMessageReceivedCloudEvent_2021_10"',
      'catalog/events/chat/CHATMessageReceived.yaml:107:9: samples[0].published: sample from 2020-09 line 106: eventType: expected "Microsoft.Communication.CHATMessageReceived", found "Microsoft.Communication.ChatMessageReceived" (record an erratum with a patch if the docs are wrong)',
      'catalog/events/chat/CHATMessageReceived.yaml:157:11: samples[1].published: sample from 2021-02 line 132: eventType: expected "Microsoft.Communication.CHATMessageReceived", found "Microsoft.Communication.ChatMessageReceived" (record an erratum with a patch if the docs are wrong)',
      'catalog/events/chat/CHATMessageReceived.yaml:211:11: samples[2].published: sample from 2021-10 line 47: eventType: expected "Microsoft.Communication.CHATMessageReceived", found "Microsoft.Communication.ChatMessageReceived" (record an erratum with a patch if the docs are wrong)',
    ],
    add: {
      'events/chat/CHATMessageReceived.yaml': {
        from: CM,
        edits: [
          [
            'type: Microsoft.Communication.ChatMessageReceived',
            'type: Microsoft.Communication.CHATMessageReceived',
          ],
        ],
      },
    },
  },
  {
    name: 'definition-named-EventGridEvent',
    class: 'names',
    about: 'a definition named EventGridEvent',
    expect: [
      'catalog/definitions.yaml:99:3: definitions.EventGridEvent: names already taken by the package itself: "EventGridEvent"',
    ],
    edits: [renameDefinition('EventGridEvent')],
  },
  {
    name: 'definition-named-cloud-event-type',
    class: 'names',
    about: "a definition named like ChatMessageReceived's CloudEvent type",
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:3:7: type: names already taken by definition AcsChatMessageReceivedCloudEvent (catalog/definitions.yaml): "AcsChatMessageReceivedCloudEvent"',
    ],
    edits: [renameDefinition('AcsChatMessageReceivedCloudEvent')],
  },
  {
    name: 'definition-named-types-root',
    class: 'names',
    about: "a definition named AcsCatalogTypesRoot, the types emitter's root",
    expect: [
      'catalog/definitions.yaml:99:3: definitions.AcsCatalogTypesRoot: names already taken by the package itself: "AcsCatalogTypesRoot"',
    ],
    edits: [renameDefinition('AcsCatalogTypesRoot')],
  },
  // ---- keys objects inherit ----
  {
    name: 'sample-proto-key-nested',
    class: 'proto',
    about: 'a "__proto__" key nested in sample data',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:66:32: samples[0].published: sample from 2020-03 line 85: data.meta.inner.__proto__: expected no "__proto__" key (generated code cannot hold one as data), found one',
    ],
    edits: [
      [
        SMS,
        SAMPLE_MESSAGE,
        `${SAMPLE_MESSAGE}              "meta":{"inner":{"__proto__":{"polluted":true}}},\n`,
      ],
    ],
  },
  {
    name: 'erratum-patch-adds-proto',
    class: 'proto',
    about: 'an erratum patch adding /data/__proto__',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:89:9: samples[1].published: sample from 2020-09 line 87: data.__proto__: expected no "__proto__" key (generated code cannot hold one as data), found one',
    ],
    edits: [
      [
        SMS,
        '          - op: replace\n            path: /topic\n',
        '          - op: add\n            path: /data/__proto__\n            value: { polluted: true }\n          - op: replace\n            path: /topic\n',
      ],
    ],
  },
  {
    name: 'property-named-proto',
    class: 'proto',
    about: 'a data property named __proto__',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:41:5: (yaml): expected no "__proto__" key (a JavaScript object cannot hold it as data), found one',
    ],
    edits: [smsProperty('    __proto__:\n      type: string\n      description: Inherited.')],
  },
  // ---- depth ----
  {
    name: 'deep-flow-nesting',
    class: 'depth',
    about: '5,000 nested flow mappings',
    expect: [
      "catalog/events/sms/SMSReceived.yaml:16:315: (yaml): expected values nested at most 64 levels deep (the catalog's nesting limit), found deeper nesting here",
    ],
    edits: [[SMS, 'listings:\n', 'listings:\n  - @@OPEN@@1@@CLOSE@@\n']],
    repeat: [
      [SMS, '@@OPEN@@', 5000, '{ k: '],
      [SMS, '@@CLOSE@@', 5000, ' }'],
    ],
  },
  {
    name: 'deep-block-nesting',
    class: 'depth',
    about: '1,000 nested block mappings (one space of indentation per level)',
    expect: [
      "catalog/events/sms/SMSReceived.yaml:80:65: (yaml): expected values nested at most 64 levels deep (the catalog's nesting limit), found deeper nesting here",
    ],
    edits: [[SMS, 'listings:\n', 'listings:\n@@DEEP@@\n']],
    repeat: [[SMS, '@@DEEP@@', 1000, '{indent}k:\n']],
  },
  {
    name: 'deep-block-nesting-5000',
    class: 'depth',
    about: '5,000 nested block keys (12.5 MB of indentation: past the file size limit first)',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:1:1: (file): expected a catalog file of at most 1048576 bytes (1 MiB), found 12521223 bytes',
    ],
    edits: [[SMS, 'listings:\n', 'listings:\n@@DEEP@@\n']],
    repeat: [[SMS, '@@DEEP@@', 5000, '{indent}k:\n']],
  },
  {
    name: 'deep-compact-sequences',
    class: 'depth',
    about: '5,000 compact nested sequences on one line (- - - …)',
    expect: [
      "catalog/events/sms/SMSReceived.yaml:16:129: (yaml): expected values nested at most 64 levels deep (the catalog's nesting limit), found deeper nesting here",
    ],
    edits: [[SMS, 'listings:\n', 'listings:\n  @@DEEP@@x\n']],
    repeat: [[SMS, '@@DEEP@@', 5000, '- ']],
  },
  {
    name: 'deep-sample-json',
    class: 'depth',
    about: 'sample data nested 5,000 arrays deep',
    expect: [
      "catalog/events/sms/SMSReceived.yaml:66:83: samples[0].published: sample from 2020-03 line 85: expected JSON nested at most 64 levels deep (the catalog's nesting limit), found deeper nesting here",
    ],
    edits: [[SMS, SAMPLE_MESSAGE, `${SAMPLE_MESSAGE}              "deep":@@OPEN@@1@@CLOSE@@,\n`]],
    repeat: [
      [SMS, '@@OPEN@@', 5000, '['],
      [SMS, '@@CLOSE@@', 5000, ']'],
    ],
  },
  // ---- sizes ----
  {
    name: 'huge-description',
    class: 'size',
    about: 'a 50 MB description',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:1:1: (file): expected a catalog file of at most 1048576 bytes (1 MiB), found 52437428 bytes',
    ],
    edits: [smsDescription('description: @@BIG@@')],
    repeat: [[SMS, '@@BIG@@', 50 * 1024 * 1024, 'a']],
  },
  {
    name: 'long-description',
    class: 'size',
    about: 'a 500,000-character description in a file under the size limit',
    expect: [
      "catalog/events/sms/SMSReceived.yaml:6:14: description: expected a text of at most 65536 characters (the catalog's text limit), found 499999",
    ],
    edits: [smsDescription('description: @@BIG@@')],
    repeat: [[SMS, '@@BIG@@', 100_000, 'word ']],
  },
  {
    name: 'long-property-name',
    class: 'size',
    about: 'a property name of 70,000 characters',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:41:7: schema.properties["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (70000 characters)"]: key: expected a text of at most 65536 characters (the catalog\'s text limit), found 70000',
    ],
    edits: [smsProperty('    ? @@BIG@@\n    : { type: string }')],
    repeat: [[SMS, '@@BIG@@', 70_000, 'x']],
  },
  // ---- text: encodings and characters ----
  {
    name: 'invalid-utf8',
    class: 'encoding',
    about: 'a byte 0xFF in a description',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:36: (file): expected UTF-8 text, found the byte FF, which does not belong to a UTF-8 sequence here',
    ],
    edits: [smsDescription('description: Published when an SMS @@FF@@ is received.')],
    encode: {
      [SMS]: (text) =>
        Buffer.concat(
          text.split('@@FF@@').flatMap((part, i) => (i ? [Buffer.from([0xff]), utf8(part)] : [utf8(part)])),
        ),
    },
  },
  {
    name: 'utf8-bom',
    class: 'encoding',
    about: 'a UTF-8 byte-order mark before the first line',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:1:1: (file): expected UTF-8 text, found a UTF-8 byte-order mark (EF BB BF): save the file as UTF-8 without BOM',
    ],
    encode: { [SMS]: (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]) },
  },
  {
    name: 'utf16-le',
    class: 'encoding',
    about: 'a file saved as UTF-16 little-endian with its byte-order mark',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:1:1: (file): expected UTF-8 text, found a UTF-16 little-endian byte-order mark (FF FE): save the file as UTF-8',
      'catalog/events/chat/InstantMessageReceived.yaml:3:13: replacedBy: replacedBy names an unknown event type "Microsoft.Communication.ChatMessageReceived"',
    ],
    encode: { [CM]: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) },
  },
  {
    name: 'utf16-without-bom',
    class: 'encoding',
    about: 'a file saved as UTF-16 big-endian without a byte-order mark',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:1:1: (file): expected UTF-8 text, found a NUL byte (UTF-16 text without a byte-order mark?): save the file as UTF-8',
      'catalog/events/chat/InstantMessageReceived.yaml:3:13: replacedBy: replacedBy names an unknown event type "Microsoft.Communication.ChatMessageReceived"',
    ],
    encode: { [CM]: (text) => Buffer.from(text, 'utf16le').swap16() },
  },
  {
    name: 'lone-surrogate-in-text',
    class: 'surrogates',
    about: 'a lone high surrogate (\\uD800) in a double-quoted description',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:14: description: expected well-formed Unicode text, found a lone surrogate U+D800 at character 23',
    ],
    edits: [smsDescription('description: "Published when an SMS \\uD800 is received."')],
  },
  {
    name: 'lone-surrogate-in-property-name',
    class: 'surrogates',
    about: 'a property name holding a lone low surrogate',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:41:5: schema.properties["to\\udc00"]: key: expected well-formed Unicode text, found a lone surrogate U+DC00 at character 3',
    ],
    edits: [smsProperty('    "to\\uDC00": { type: string }')],
  },
  {
    name: 'lone-surrogate-in-sample',
    class: 'surrogates',
    about: 'a sample string holding the JSON escape of a lone surrogate',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:65:15: samples[0].published: sample from 2020-03 line 85: data.message: expected well-formed Unicode text, found a lone surrogate U+D83D at character 5',
    ],
    edits: [[SMS, '"message":"SMS Message"', '"message":"SMS \\ud83d Message"']],
  },
  {
    name: 'nul-in-text',
    class: 'control',
    about: 'a NUL character (YAML escape \\0) in a description',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:14: description: expected no control character in text (tab and line feed only), found U+0000 (NUL) at character 15',
    ],
    edits: [smsDescription('description: "Published when\\0 an SMS is received."')],
  },
  {
    name: 'esc-in-text',
    class: 'control',
    about: 'an ESC character (YAML escape \\e) starting a terminal colour code',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:14: description: expected no control character in text (tab and line feed only), found U+001B (ESC) at character 19',
    ],
    edits: [smsDescription('description: "Published when an \\e[31mSMS\\e[0m is received."')],
  },
  {
    name: 'raw-control-byte',
    class: 'control',
    about: 'a raw BEL byte (0x07) in a plain scalar',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:14: description: expected no control character in text (tab and line feed only), found U+0007 (BEL) at character 22',
    ],
    edits: [smsDescription('description: Published when an SMS\u0007 is received.')],
  },
  {
    name: 'c1-control-in-text',
    class: 'control',
    about: 'a C1 control character (U+009B, CSI) in a description',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:14: description: expected no control character in text (tab and line feed only), found U+009B (CSI) at character 19',
    ],
    edits: [smsDescription('description: "Published when an \\x9b31mSMS is received."')],
  },
  {
    name: 'bidi-override-in-text',
    class: 'control',
    about: 'a right-to-left override (U+202E) in a description',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:14: description: expected no control character in text (tab and line feed only), found U+202E (right-to-left override) at character 23',
    ],
    edits: [smsDescription('description: "Published when an SMS \\u202Edeviecer si."')],
  },
  {
    name: 'carriage-return-in-text',
    class: 'control',
    about: 'a carriage return (YAML escape \\r) inside a description',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:14: description: expected no control character in text (tab and line feed only), found U+000D (carriage return) at character 22',
    ],
    edits: [smsDescription('description: "Published when an SMS\\ris received."')],
  },
  {
    name: 'nul-in-property-name',
    class: 'control',
    about: 'a property name holding a NUL character',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:41:5: schema.properties["to\\u0000x"]: key: expected no control character in text (tab and line feed only), found U+0000 (NUL) at character 3',
    ],
    edits: [smsProperty('    "to\\0x": { type: string }')],
  },
  {
    name: 'control-char-in-sample',
    class: 'control',
    about: 'a sample string holding the JSON escape of ESC',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:65:15: samples[0].published: sample from 2020-03 line 85: data.message: expected no control character in text (tab and line feed only), found U+001B (ESC) at character 1',
    ],
    edits: [[SMS, '"message":"SMS Message"', '"message":"\\u001b[2JSMS Message"']],
  },
  // ---- enum and const against type ----
  {
    name: 'enum-contradicts-type',
    class: 'enumType',
    about: 'an optional string property whose enum lists numbers',
    expect: [
      "catalog/events/sms/SMSReceived.yaml:43:14: schema.properties.channel.enum[0]: expected a value of the property's type (string), found 1",
      "catalog/events/sms/SMSReceived.yaml:43:17: schema.properties.channel.enum[1]: expected a value of the property's type (string), found 2",
    ],
    edits: [
      smsProperty('    channel:\n      type: string\n      enum: [1, 2]\n      description: The channel.'),
    ],
  },
  {
    name: 'const-contradicts-type',
    class: 'enumType',
    about: 'an optional integer property whose const is a string',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:43:14: schema.properties.segments.const: expected a value of the property\'s type (integer), found "one"',
    ],
    edits: [
      smsProperty('    segments:\n      type: integer\n      const: one\n      description: The segments.'),
    ],
  },
  {
    name: 'enum-fails-format',
    class: 'enumType',
    about: 'a date-time property whose enum holds a value that is not a date-time',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:44:14: schema.properties.sentAt.enum[0]: expected a value of the property\'s type (string in format date-time), found "yesterday"',
    ],
    edits: [
      smsProperty(
        '    sentAt:\n      type: string\n      format: date-time\n      enum: [yesterday]\n      description: When.',
      ),
    ],
  },
  {
    name: 'documented-enum-wrong-type',
    class: 'enumType',
    about: 'an integer property documented as a closed enum of strings',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:43:24: schema.properties.priority.oneOf[0].const: expected a value of the property\'s type (integer), found "high"',
      'catalog/events/sms/SMSReceived.yaml:43:63: schema.properties.priority.oneOf[1].const: expected a value of the property\'s type (integer), found "low"',
    ],
    edits: [
      smsProperty(
        '    priority:\n      type: integer\n      oneOf: [{ const: high, description: Urgent. }, { const: low, description: Later. }]\n      description: The priority.',
      ),
    ],
  },
  {
    name: 'integer-enum-fraction',
    class: 'enumType',
    about: 'an integer enum holding 1.5',
    expect: [
      "catalog/events/sms/SMSReceived.yaml:43:17: schema.properties.parts.enum[1]: expected a value of the property's type (integer), found 1.5",
    ],
    edits: [
      smsProperty('    parts:\n      type: integer\n      enum: [1, 1.5]\n      description: The parts.'),
    ],
  },
  {
    name: 'nullable-enum-contradicts-type',
    class: 'enumType',
    about: 'a nullable boolean whose enum holds a string',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:43:20: schema.properties.flagged.enum[1]: expected a value of the property\'s type (boolean or null), found "no"',
    ],
    edits: [
      smsProperty(
        "    flagged:\n      type: [boolean, 'null']\n      enum: [true, 'no']\n      description: Flagged.",
      ),
    ],
  },
  // ---- replacedBy ----
  {
    name: 'replaced-by-cycle',
    class: 'lifecycle',
    about: 'InstantMessageReceived replaced by ChatMessageReceived, replaced by InstantMessageReceived',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:7:13: replacedBy: replacedBy cycle: ChatMessageReceived → InstantMessageReceived → ChatMessageReceived (a retired event must be replaced by a chain that ends at an event that is not replaced)',
    ],
    edits: [
      [CM, 'status: current', 'status: retired\nreplacedBy: Microsoft.Communication.InstantMessageReceived'],
    ],
  },
  {
    name: 'replaced-by-itself',
    class: 'lifecycle',
    about: 'a retired event replaced by itself',
    expect: [
      'catalog/events/chat/InstantMessageReceived.yaml:3:13: replacedBy: replacedBy cycle: InstantMessageReceived → InstantMessageReceived (a retired event must be replaced by a chain that ends at an event that is not replaced)',
    ],
    edits: [
      [
        IM,
        'replacedBy: Microsoft.Communication.ChatMessageReceived',
        'replacedBy: Microsoft.Communication.InstantMessageReceived',
      ],
    ],
  },
  // ---- YAML the format does not allow ----
  {
    name: 'merge-key',
    class: 'yaml',
    about: 'a YAML merge key (<<) pulling in an anchored mapping',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:30:7: (yaml): expected no YAML anchor (&id): write values out, found one',
      'catalog/events/sms/SMSReceived.yaml:33:7: (yaml): expected no YAML merge key (<<): write the keys out, found one',
      'catalog/events/sms/SMSReceived.yaml:33:11: (yaml): expected no YAML alias (*name): write the value out, found one',
    ],
    edits: [
      [SMS, '    messageId:\n      type: string\n', '    messageId: &id\n      type: string\n'],
      [SMS, '    from:\n      type: string\n', '    from:\n      <<: *id\n'],
    ],
  },
  {
    name: 'anchor-without-alias',
    class: 'yaml',
    about: 'a YAML anchor no alias uses',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:20: (yaml): expected no YAML anchor (&text): write values out, found one',
    ],
    edits: [smsDescription('description: &text Published when an SMS is received.')],
  },
  {
    name: 'yaml-binary-tag',
    class: 'yaml',
    about: 'a !!binary tag on a description',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:6:23: (yaml): expected no YAML tag (tag:yaml.org,2002:binary): write plain values, found one',
    ],
    edits: [smsDescription('description: !!binary UHVibGlzaGVkIHdoZW4gYW4gU01TIGlzIHJlY2VpdmVkLg==')],
  },
  {
    name: 'yaml-custom-tag',
    class: 'yaml',
    about: 'a custom !Ref tag',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:42:18: (yaml): expected no YAML tag (!Ref): write plain values, found one',
      'catalog/events/chat/InstantMessageReceived.yaml:3:13: replacedBy: replacedBy names an unknown event type "Microsoft.Communication.ChatMessageReceived"',
    ],
    edits: [[CM, '$ref: "#/$defs/ChatMessageMetadata"', '$ref: !Ref ChatMessageMetadata']],
  },
  {
    name: 'yaml-str-tag',
    class: 'yaml',
    about: 'an explicit !!str tag (tags are not part of the format, even harmless ones)',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:7:20: (yaml): expected no YAML tag (tag:yaml.org,2002:str): write plain values, found one',
    ],
    edits: [[SMS, 'dataVersion: "1.0"', 'dataVersion: !!str 1.0']],
  },
  {
    name: 'duplicate-key-nested',
    class: 'yaml',
    about: 'a property declared twice in a data schema',
    expect: ['catalog/events/sms/SMSReceived.yaml:41:5: (yaml): invalid YAML: Map keys must be unique'],
    edits: [smsProperty('    to:\n      type: integer')],
  },
  {
    name: 'multi-document',
    class: 'yaml',
    about: 'a second YAML document after ---',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:52:1: (yaml): expected one YAML document per catalog file, found a second one (---)',
    ],
    edits: [[SMS, 'samples:\n', 'samples: []\n---\nsamples:\n']],
  },
  {
    name: 'complex-key',
    class: 'yaml',
    about: 'a flow sequence as a mapping key',
    expect: ['catalog/events/sms/SMSReceived.yaml:41:7: (yaml): expected a string key, found a collection'],
    edits: [smsProperty('    ? [a, b]\n    : { type: string }')],
  },
  {
    name: 'non-string-key',
    class: 'yaml',
    about: 'a property named with the number 404 (a YAML integer key)',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:41:5: (yaml): expected a string key, found the number 404 (quote it to make it a string)',
    ],
    edits: [smsProperty('    404: { type: string }')],
  },
  {
    name: 'null-key',
    class: 'yaml',
    about: 'a property named ~ (a YAML null key)',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:41:5: (yaml): expected a string key, found null (quote it to make it a string)',
    ],
    edits: [smsProperty('    ~: { type: string }')],
  },
  {
    name: 'yaml-directive',
    class: 'yaml',
    about: 'a %YAML 1.1 directive',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:1:1: (yaml): expected no %YAML directive (catalog files are YAML 1.2), found one',
    ],
    edits: [[SMS, '# yaml-language-server', '%YAML 1.1\n---\n# yaml-language-server']],
  },
  // ---- schemas that cannot generate ----

  {
    name: 'empty-enum',
    class: 'schema',
    about: 'an enum with no values',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:43:13: schema.properties.kind.enum: expected at least 1 item, found an empty list',
    ],
    edits: [smsProperty('    kind:\n      type: string\n      enum: []\n      description: The kind.')],
  },
  {
    name: 'empty-anyof',
    class: 'schema',
    about: 'an anyOf with no branches',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:42:14: schema.properties.kind.anyOf: expected at least 1 item, found an empty list',
    ],
    edits: [smsProperty('    kind:\n      anyOf: []\n      description: The kind.')],
  },
  // ---- added with the hostile-but-valid catalog ----
  {
    name: 'definitions-differing-in-case',
    class: 'names',
    about: 'SMSDeliveryAttempt beside SmsDeliveryAttempt: one schema file on a case-insensitive file system',
    expect: [
      'catalog/definitions.yaml:115:3: definitions.SMSDeliveryAttempt: file names (the same but for case) already taken by definition SmsDeliveryAttempt (catalog/definitions.yaml): "smsdeliveryattempt"',
    ],
    edits: [
      define(
        '  SMSDeliveryAttempt:\n    description: The same but for case.\n    schema:\n      type: object\n      properties:\n        at: { type: string }',
      ),
    ],
  },
  {
    name: 'property-named-proto-escaped',
    class: 'proto',
    about: 'a data property named __proto__ through a YAML escape ("\\x5F_proto__")',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:41:5: (yaml): expected no "__proto__" key (a JavaScript object cannot hold it as data), found one',
    ],
    edits: [smsProperty('    "\\x5F_proto__": { type: string }')],
  },
  {
    name: 'text-one-over-limit',
    class: 'size',
    about: 'a description of 65,537 characters, one past the text limit',
    expect: [
      "catalog/events/sms/SMSReceived.yaml:6:14: description: expected a text of at most 65536 characters (the catalog's text limit), found 65537",
    ],
    edits: [smsDescription('description: @@BIG@@')],
    repeat: [[SMS, '@@BIG@@', 65_537, 'a']],
  },
  {
    name: 'flow-nesting-65',
    class: 'depth',
    about: '65 nested flow sequences, just past the nesting limit',
    expect: [
      "catalog/events/sms/SMSReceived.yaml:16:67: (yaml): expected values nested at most 64 levels deep (the catalog's nesting limit), found deeper nesting here",
    ],
    edits: [[SMS, 'listings:\n', 'listings:\n  - @@OPEN@@1@@CLOSE@@\n']],
    repeat: [
      [SMS, '@@OPEN@@', 65, '['],
      [SMS, '@@CLOSE@@', 65, ']'],
    ],
  },
  {
    name: 'utf32-le',
    class: 'encoding',
    about: 'a file saved as UTF-32 little-endian with its byte-order mark',
    expect: [
      'catalog/events/chat/ChatMessageReceived.yaml:1:1: (file): expected UTF-8 text, found a UTF-32 little-endian byte-order mark (FF FE 00 00): save the file as UTF-8',
      'catalog/events/chat/InstantMessageReceived.yaml:3:13: replacedBy: replacedBy names an unknown event type "Microsoft.Communication.ChatMessageReceived"',
    ],
    encode: {
      [CM]: (text) =>
        Buffer.concat([
          Buffer.from([0xff, 0xfe, 0, 0]),
          ...[...text].map((char) => {
            const bytes = Buffer.alloc(4);
            bytes.writeUInt32LE(char.codePointAt(0)!);
            return bytes;
          }),
        ]),
    },
  },
  {
    name: 'yaml-tab-indentation',
    class: 'yaml',
    about: 'a tab indenting a block mapping',
    expect: [
      'catalog/events/sms/SMSReceived.yaml:29:15: (yaml): invalid YAML: Map keys must be unique',
      'catalog/events/sms/SMSReceived.yaml:30:1: (yaml): invalid YAML: Tabs are not allowed as indentation',
      'catalog/events/sms/SMSReceived.yaml:30:8: (yaml): invalid YAML: Implicit keys need to be on a single line',
      'catalog/events/sms/SMSReceived.yaml:30:8: (yaml): invalid YAML: Nested mappings are not allowed in compact mappings',
      'catalog/events/sms/SMSReceived.yaml:31:20: (yaml): invalid YAML: Implicit keys need to be on a single line',
      'catalog/events/sms/SMSReceived.yaml:31:20: (yaml): invalid YAML: Nested mappings are not allowed in compact mappings',
      'catalog/events/sms/SMSReceived.yaml:35:1: (yaml): invalid YAML: All mapping items must start at the same column',
      'catalog/events/sms/SMSReceived.yaml:38:1: (yaml): invalid YAML: All mapping items must start at the same column',
      'catalog/events/sms/SMSReceived.yaml:41:1: (yaml): invalid YAML: All mapping items must start at the same column',
      'catalog/events/sms/SMSReceived.yaml:45:1: (yaml): invalid YAML: All mapping items must start at the same column',
    ],
    edits: [[SMS, '    messageId:\n      type: string\n', '    messageId:\n\ttype: string\n']],
  },
];
