/**
 * The hardening cases (issue 15): catalogs an adversarial review would write — recursion, names that
 * collide once converted to identifiers, keys JavaScript objects inherit, depths and sizes past the
 * limits, YAML features and encodings the format does not allow, control characters. Each must be a
 * `file:line:col` diagnostic, never an emit-time crash. make-cases.ts writes them out with the others.
 */
import type { Spec } from './make-cases.ts';

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
const define = (yaml: string): [string, string, string] => [DEFS, DEFS_END, `${DEFS_END}\n${yaml}`];
/** A property added to SMSReceived's data schema (YAML lines at the properties' indentation). */
const smsProperty = (yaml: string): [string, string, string] => [SMS, SMS_MESSAGE, `${SMS_MESSAGE}${yaml}\n`];
/** SMSReceived's description replaced by `yaml` (a complete `description: …` line or block). */
const smsDescription = (yaml: string): [string, string, string] => [
  SMS,
  SMS_DESCRIPTION,
  `${yaml}\ndataVersion`,
];
/** A definition-name case: SmsDeliveryAttempt renamed. */
const renameDefinition = (name: string): [string, string, string] => [
  DEFS,
  '  SmsDeliveryAttempt:\n',
  `  ${name}:\n`,
];
const utf8 = (text: string) => Buffer.from(text, 'utf8');

export const hostileSpecs: Spec[] = [
  // ---- recursion ----
  {
    name: 'definition-cycle-through-items',
    about: 'Tree → Branch → Tree through an array of branches',
    edits: [
      define(
        "  Tree:\n    description: A tree.\n    schema:\n      type: object\n      properties:\n        branches: { type: array, items: { $ref: '#/$defs/Branch' } }\n  Branch:\n    description: A branch.\n    schema:\n      type: object\n      properties:\n        tree: { $ref: '#/$defs/Tree' }",
      ),
    ],
  },
  {
    name: 'optional-self-reference',
    about: 'TreeNode.child: $ref TreeNode, optional',
    edits: [
      define(
        "  TreeNode:\n    description: A node.\n    schema:\n      type: object\n      properties:\n        label: { type: string }\n        child: { $ref: '#/$defs/TreeNode' }\n      required: [label]",
      ),
    ],
  },
  {
    name: 'self-reference-through-map',
    about: 'a definition whose map values are itself',
    edits: [
      define(
        "  Folder:\n    description: A folder.\n    schema:\n      type: object\n      additionalProperties: { $ref: '#/$defs/Folder' }",
      ),
    ],
  },
  {
    name: 'nullable-self-reference',
    about: 'a linked list: next is the node itself or null',
    edits: [
      define(
        "  ListNode:\n    description: A node.\n    schema:\n      type: object\n      properties:\n        next:\n          anyOf: [{ $ref: '#/$defs/ListNode' }, { type: 'null' }]",
      ),
    ],
  },
  {
    name: 'cycle-through-allof',
    about: 'Derived extends Base (allOf) and Base holds a Derived',
    edits: [
      define(
        "  Base:\n    description: A base.\n    schema:\n      type: object\n      properties:\n        derived: { $ref: '#/$defs/Derived' }\n  Derived:\n    description: Derived.\n    schema:\n      allOf:\n        - $ref: '#/$defs/Base'\n        - type: object\n          properties:\n            extra: { type: string }",
      ),
    ],
  },
  // ---- names that collide once converted ----
  {
    name: 'events-differing-in-acronym-case',
    about: 'CHATMessageReceived beside ChatMessageReceived: the same TypeScript names',
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
    about: 'a definition named EventGridEvent',
    edits: [renameDefinition('EventGridEvent')],
  },
  {
    name: 'definition-named-cloud-event-type',
    about: "a definition named like ChatMessageReceived's CloudEvent type",
    edits: [renameDefinition('AcsChatMessageReceivedCloudEvent')],
  },
  {
    name: 'definition-named-types-root',
    about: "a definition named AcsCatalogTypesRoot, the types emitter's root",
    edits: [renameDefinition('AcsCatalogTypesRoot')],
  },
  // ---- keys objects inherit ----
  {
    name: 'sample-proto-key-nested',
    about: 'a "__proto__" key nested in sample data',
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
    about: 'an erratum patch adding /data/__proto__',
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
    about: 'a data property named __proto__',
    edits: [smsProperty('    __proto__:\n      type: string\n      description: Inherited.')],
  },
  // ---- depth ----
  {
    name: 'deep-flow-nesting',
    about: '5,000 nested flow mappings',
    edits: [[SMS, 'listings:\n', 'listings:\n  - @@OPEN@@1@@CLOSE@@\n']],
    repeat: [
      [SMS, '@@OPEN@@', 5000, '{ k: '],
      [SMS, '@@CLOSE@@', 5000, ' }'],
    ],
  },
  {
    name: 'deep-block-nesting',
    about: '1,000 nested block mappings (one space of indentation per level)',
    edits: [[SMS, 'listings:\n', 'listings:\n@@DEEP@@\n']],
    repeat: [[SMS, '@@DEEP@@', 1000, '{indent}k:\n']],
  },
  {
    name: 'deep-block-nesting-5000',
    about: '5,000 nested block keys (12.5 MB of indentation: past the file size limit first)',
    edits: [[SMS, 'listings:\n', 'listings:\n@@DEEP@@\n']],
    repeat: [[SMS, '@@DEEP@@', 5000, '{indent}k:\n']],
  },
  {
    name: 'deep-compact-sequences',
    about: '5,000 compact nested sequences on one line (- - - …)',
    edits: [[SMS, 'listings:\n', 'listings:\n  @@DEEP@@x\n']],
    repeat: [[SMS, '@@DEEP@@', 5000, '- ']],
  },
  {
    name: 'deep-sample-json',
    about: 'sample data nested 5,000 arrays deep',
    edits: [[SMS, SAMPLE_MESSAGE, `${SAMPLE_MESSAGE}              "deep":@@OPEN@@1@@CLOSE@@,\n`]],
    repeat: [
      [SMS, '@@OPEN@@', 5000, '['],
      [SMS, '@@CLOSE@@', 5000, ']'],
    ],
  },
  // ---- sizes ----
  {
    name: 'huge-description',
    about: 'a 50 MB description',
    edits: [smsDescription('description: @@BIG@@')],
    repeat: [[SMS, '@@BIG@@', 50 * 1024 * 1024, 'a']],
  },
  {
    name: 'long-description',
    about: 'a 500,000-character description in a file under the size limit',
    edits: [smsDescription('description: @@BIG@@')],
    repeat: [[SMS, '@@BIG@@', 100_000, 'word ']],
  },
  {
    name: 'long-property-name',
    about: 'a property name of 70,000 characters',
    edits: [smsProperty('    ? @@BIG@@\n    : { type: string }')],
    repeat: [[SMS, '@@BIG@@', 70_000, 'x']],
  },
  // ---- text: encodings and characters ----
  {
    name: 'invalid-utf8',
    about: 'a byte 0xFF in a description',
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
    about: 'a UTF-8 byte-order mark before the first line',
    encode: { [SMS]: (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]) },
  },
  {
    name: 'utf16-le',
    about: 'a file saved as UTF-16 little-endian with its byte-order mark',
    encode: { [CM]: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) },
  },
  {
    name: 'utf16-without-bom',
    about: 'a file saved as UTF-16 big-endian without a byte-order mark',
    encode: { [CM]: (text) => Buffer.from(text, 'utf16le').swap16() },
  },
  {
    name: 'lone-surrogate-in-text',
    about: 'a lone high surrogate (\\uD800) in a double-quoted description',
    edits: [smsDescription('description: "Published when an SMS \\uD800 is received."')],
  },
  {
    name: 'lone-surrogate-in-property-name',
    about: 'a property name holding a lone low surrogate',
    edits: [smsProperty('    "to\\uDC00": { type: string }')],
  },
  {
    name: 'lone-surrogate-in-sample',
    about: 'a sample string holding the JSON escape of a lone surrogate',
    edits: [[SMS, '"message":"SMS Message"', '"message":"SMS \\ud83d Message"']],
  },
  {
    name: 'nul-in-text',
    about: 'a NUL character (YAML escape \\0) in a description',
    edits: [smsDescription('description: "Published when\\0 an SMS is received."')],
  },
  {
    name: 'esc-in-text',
    about: 'an ESC character (YAML escape \\e) starting a terminal colour code',
    edits: [smsDescription('description: "Published when an \\e[31mSMS\\e[0m is received."')],
  },
  {
    name: 'raw-control-byte',
    about: 'a raw BEL byte (0x07) in a plain scalar',
    edits: [smsDescription('description: Published when an SMS\u0007 is received.')],
  },
  {
    name: 'c1-control-in-text',
    about: 'a C1 control character (U+009B, CSI) in a description',
    edits: [smsDescription('description: "Published when an \\x9b31mSMS is received."')],
  },
  {
    name: 'bidi-override-in-text',
    about: 'a right-to-left override (U+202E) in a description',
    edits: [smsDescription('description: "Published when an SMS \\u202Edeviecer si."')],
  },
  {
    name: 'carriage-return-in-text',
    about: 'a carriage return (YAML escape \\r) inside a description',
    edits: [smsDescription('description: "Published when an SMS\\ris received."')],
  },
  {
    name: 'nul-in-property-name',
    about: 'a property name holding a NUL character',
    edits: [smsProperty('    "to\\0x": { type: string }')],
  },
  {
    name: 'control-char-in-sample',
    about: 'a sample string holding the JSON escape of ESC',
    edits: [[SMS, '"message":"SMS Message"', '"message":"\\u001b[2JSMS Message"']],
  },
  // ---- enum and const against type ----
  {
    name: 'enum-contradicts-type',
    about: 'an optional string property whose enum lists numbers',
    edits: [
      smsProperty('    channel:\n      type: string\n      enum: [1, 2]\n      description: The channel.'),
    ],
  },
  {
    name: 'const-contradicts-type',
    about: 'an optional integer property whose const is a string',
    edits: [
      smsProperty('    segments:\n      type: integer\n      const: one\n      description: The segments.'),
    ],
  },
  {
    name: 'enum-fails-format',
    about: 'a date-time property whose enum holds a value that is not a date-time',
    edits: [
      smsProperty(
        '    sentAt:\n      type: string\n      format: date-time\n      enum: [yesterday]\n      description: When.',
      ),
    ],
  },
  {
    name: 'documented-enum-wrong-type',
    about: 'an integer property documented as a closed enum of strings',
    edits: [
      smsProperty(
        '    priority:\n      type: integer\n      oneOf: [{ const: high, description: Urgent. }, { const: low, description: Later. }]\n      description: The priority.',
      ),
    ],
  },
  {
    name: 'integer-enum-fraction',
    about: 'an integer enum holding 1.5',
    edits: [
      smsProperty('    parts:\n      type: integer\n      enum: [1, 1.5]\n      description: The parts.'),
    ],
  },
  {
    name: 'nullable-enum-contradicts-type',
    about: 'a nullable boolean whose enum holds a string',
    edits: [
      smsProperty(
        "    flagged:\n      type: [boolean, 'null']\n      enum: [true, 'no']\n      description: Flagged.",
      ),
    ],
  },
  // ---- replacedBy ----
  {
    name: 'replaced-by-cycle',
    about: 'InstantMessageReceived replaced by ChatMessageReceived, replaced by InstantMessageReceived',
    edits: [
      [CM, 'status: current', 'status: retired\nreplacedBy: Microsoft.Communication.InstantMessageReceived'],
    ],
  },
  {
    name: 'replaced-by-itself',
    about: 'a retired event replaced by itself',
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
    about: 'a YAML merge key (<<) pulling in an anchored mapping',
    edits: [
      [SMS, '    messageId:\n      type: string\n', '    messageId: &id\n      type: string\n'],
      [SMS, '    from:\n      type: string\n', '    from:\n      <<: *id\n'],
    ],
  },
  {
    name: 'anchor-without-alias',
    about: 'a YAML anchor no alias uses',
    edits: [smsDescription('description: &text Published when an SMS is received.')],
  },
  {
    name: 'yaml-binary-tag',
    about: 'a !!binary tag on a description',
    edits: [smsDescription('description: !!binary UHVibGlzaGVkIHdoZW4gYW4gU01TIGlzIHJlY2VpdmVkLg==')],
  },
  {
    name: 'yaml-custom-tag',
    about: 'a custom !Ref tag',
    edits: [[CM, '$ref: "#/$defs/ChatMessageMetadata"', '$ref: !Ref ChatMessageMetadata']],
  },
  {
    name: 'yaml-str-tag',
    about: 'an explicit !!str tag (tags are not part of the format, even harmless ones)',
    edits: [[SMS, 'dataVersion: "1.0"', 'dataVersion: !!str 1.0']],
  },
  {
    name: 'duplicate-key-nested',
    about: 'a property declared twice in a data schema',
    edits: [smsProperty('    to:\n      type: integer')],
  },
  {
    name: 'multi-document',
    about: 'a second YAML document after ---',
    edits: [[SMS, 'samples:\n', 'samples: []\n---\nsamples:\n']],
  },
  {
    name: 'complex-key',
    about: 'a flow sequence as a mapping key',
    edits: [smsProperty('    ? [a, b]\n    : { type: string }')],
  },
  {
    name: 'non-string-key',
    about: 'a property named with the number 404 (a YAML integer key)',
    edits: [smsProperty('    404: { type: string }')],
  },
  {
    name: 'null-key',
    about: 'a property named ~ (a YAML null key)',
    edits: [smsProperty('    ~: { type: string }')],
  },
  {
    name: 'yaml-directive',
    about: 'a %YAML 1.1 directive',
    edits: [[SMS, '# yaml-language-server', '%YAML 1.1\n---\n# yaml-language-server']],
  },
  // ---- schemas that cannot generate ----

  {
    name: 'empty-enum',
    about: 'an enum with no values',
    edits: [smsProperty('    kind:\n      type: string\n      enum: []\n      description: The kind.')],
  },
  {
    name: 'empty-anyof',
    about: 'an anyOf with no branches',
    edits: [smsProperty('    kind:\n      anyOf: []\n      description: The kind.')],
  },
];
