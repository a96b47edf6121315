import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BANNER_TEXT } from '../generator/syntax/banner.ts';
import { emitTypes } from '../generator/emit/types/emit-types.ts';
import { emitContext } from '../generator/model/emit-context.ts';
import type { Catalog, JsonSchema } from '../generator/model/catalog-model.ts';
import { catalogOf, eventOf, ref, type Definitions } from './support/small-catalog.ts';
import { docText } from '../generator/emit/types/types-jsdoc.ts';
import { realCatalog } from './support/real-catalog.ts';
import { firstPrettierChange } from './support/prettier.ts';
import { v2Catalog } from './support/v2-catalog.ts';

// ── Small normalized catalogs ──────────────────────────────────────────────────────────────────

type Defs = Definitions;
const event = eventOf;

const IDENTIFIERS: Defs = {
  CommunicationIdentifier: {
    description: 'Identifies a participant.',
    schema: {
      type: 'object',
      properties: {
        rawId: { type: 'string', description: 'Raw id.' },
        communicationUser: ref('CommunicationUserIdentifier'),
      },
      required: ['rawId'],
    },
  },
  CommunicationUserIdentifier: {
    description: 'An ACS user.',
    schema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
  },
  ChatMessageMetadata: {
    description: 'String metadata.',
    schema: { type: 'object', additionalProperties: { type: 'string' } },
  },
};

/** The golden case: two events, one retired, sharing definitions. */
const tiny = catalogOf(IDENTIFIERS, [
  event(
    'Microsoft.Communication.ChatMessageReceived',
    {
      type: 'object',
      properties: {
        messageBody: { type: 'string', description: 'The message.' },
        senderCommunicationIdentifier: ref('CommunicationIdentifier', 'Who sent it.'),
        metadata: ref('ChatMessageMetadata'),
        composeTime: { type: 'string', format: 'date-time' },
      },
      required: ['messageBody', 'composeTime'],
    },
    IDENTIFIERS,
  ),
  event(
    'Microsoft.Communication.InstantMessageReceived',
    { type: 'object', properties: { MessageBody: { type: 'string' } } },
    IDENTIFIERS,
    {
      status: 'retired',
      replacedBy: 'Microsoft.Communication.ChatMessageReceived',
    },
  ),
]);

/** The shapes that make json-schema-to-typescript number names: refs with siblings, in every position. */
const SHARED: Defs = {
  ...IDENTIFIERS,
  ChatThreadProperties: {
    description: 'Thread properties; the service may add others.',
    schema: { type: 'object', properties: { topic: { type: 'string' } }, additionalProperties: true },
  },
  ChatParticipant: {
    description: 'A participant.',
    schema: {
      type: 'object',
      properties: {
        displayName: { type: 'string' },
        participantCommunicationIdentifier: ref('CommunicationIdentifier', 'Its id.'),
      },
      required: ['displayName', 'participantCommunicationIdentifier'],
    },
  },
  Address2: {
    description: 'A name ending in a digit that the catalog asks for.',
    schema: { type: 'string' },
  },
};
const shared = catalogOf(SHARED, [
  event(
    'Microsoft.Communication.ChatThreadCreated',
    {
      type: 'object',
      properties: {
        createdByCommunicationIdentifier: ref('CommunicationIdentifier', 'Creator.'),
        properties: ref('ChatThreadProperties', 'Thread properties.'),
        participants: {
          type: 'array',
          items: ref('ChatParticipant', 'A participant.'),
          description: 'Everyone.',
        },
        nested: { type: 'object', properties: { inner: ref('CommunicationIdentifier', 'Nested.') } },
        either: { anyOf: [ref('CommunicationIdentifier', 'One.'), { type: 'string' }] },
        address: ref('Address2'),
        createTime: { type: 'string', format: 'date-time' },
        version: { type: 'integer' },
      },
      required: ['createdByCommunicationIdentifier', 'createTime'],
    },
    SHARED,
  ),
  event(
    'Microsoft.Communication.ChatParticipantAddedToThreadWithUser',
    {
      type: 'object',
      properties: {
        participantAdded: ref('ChatParticipant', 'Added.'),
        addedByCommunicationIdentifier: ref('CommunicationIdentifier', 'By.'),
      },
      required: ['participantAdded'],
    },
    SHARED,
  ),
  event(
    'Microsoft.Communication.SMSReceived',
    {
      type: 'object',
      properties: { From: { type: 'string' }, ReceivedTimestamp: { type: 'string', format: 'date-time' } },
    },
    SHARED,
  ),
]);

/** Catalog text that must never become code. */
const EVIL = '*/ export const pwned = 1; /*';
const HOSTILE_DEFS: Defs = {
  Evil: {
    description: EVIL,
    schema: { type: 'object', properties: { [EVIL]: { type: 'string', description: EVIL } } },
  },
};
const hostile = catalogOf(HOSTILE_DEFS, [
  event(
    'Microsoft.Communication.Evil"Type\u2028`${x}`',
    {
      type: 'object',
      description: EVIL,
      properties: {
        'quote"key': { type: 'string' },
        'line\nbreak': { type: 'string' },
        ['__proto__']: { type: 'string', description: 'An own __proto__ property.' },
        'with space': ref('Evil', EVIL),
        kind: { type: 'string', enum: [EVIL, 'x\u2028y', '`${y}`', "it's"] },
        constant: { const: '"); pwned(); ("' },
        documented: { anyOf: [{ const: EVIL, description: EVIL }, { const: "it's" }, { type: 'string' }] },
        counter: { type: 'integer', format: 'int64', description: EVIL },
      },
    },
    HOSTILE_DEFS,
    { description: EVIL, status: 'retired', replacedBy: EVIL },
  ),
]);

/** The committed catalog, loaded before the cases run. */
let real: Catalog | undefined;
test.before(async () => {
  real = await realCatalog();
});

const CATALOGS: [name: string, catalog: () => Catalog | undefined][] = [
  ['tiny', () => tiny],
  ['shared', () => shared],
  ['hostile', () => hostile],
  ['empty', () => catalogOf({}, [])],
  ['v2', () => v2Catalog],
  ['real', () => real],
];

// ── Compiling generated code ───────────────────────────────────────────────────────────────────

const TMP = fileURLToPath(new URL('./tmp/emit-types/', import.meta.url));
/** Handed to the next createProgram so the lib files are parsed once. */
let previousProgram: ts.Program | undefined;

/** Writes the files to test/tmp/emit-types/<name>/ and type-checks them strictly; returns the errors. */
async function typecheck(
  name: string,
  files: Record<string, string>,
): Promise<{ errors: string[]; exports: string[] }> {
  const dir = path.join(TMP, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  for (const [file, contents] of Object.entries(files)) await writeFile(path.join(dir, file), contents);
  const program = ts.createProgram({
    oldProgram: previousProgram,
    rootNames: Object.keys(files).map((file) => path.join(dir, file)),
    options: {
      strict: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      // No DOM, no @types: the generated types must stand on the language alone (and it is faster).
      lib: ['lib.es2022.d.ts'],
      types: [],
    },
  });
  previousProgram = program;
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const where =
      d.file && d.start !== undefined
        ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `
        : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
  const checker = program.getTypeChecker();
  const typesFile = program.getSourceFile(path.join(dir, 'types.ts'));
  const symbol = typesFile && checker.getSymbolAtLocation(typesFile);
  const exports = symbol
    ? checker
        .getExportsOfModule(symbol)
        .map((s) => s.getName())
        .sort()
    : [];
  return { errors, exports };
}

const emitted = new Map<Catalog, string>();
/** types.ts for a catalog, emitted once per catalog for the read-only checks. */
const typesOf = (catalog: Catalog): string => {
  if (!emitted.has(catalog)) emitted.set(catalog, emitTypes(emitContext(catalog))[0]!.contents);
  return emitted.get(catalog)!;
};

/** Every name types.ts should export for a catalog, and nothing else. */
function expectedExports(catalog: Catalog): string[] {
  return [
    'EventGridEvent',
    'CloudEvent',
    'AcsEventDataMap',
    'AcsEventType',
    'AcsEvent',
    'AcsCloudEvent',
    'acsEventTypes',
    ...catalog.definitions.map((definition) => definition.name),
    ...catalog.events.flatMap((e) => [e.names.dataType, e.names.eventType, e.names.cloudEventType]),
  ].sort();
}

/** The JSDoc block right before `export interface|type <name>`. */
function docOf(source: string, name: string): string {
  const match = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\s*export (?:interface|type) ${name}\\b`).exec(
    source,
  );
  return match?.[1] ?? '';
}

// ── Every catalog ──────────────────────────────────────────────────────────────────────────────

for (const [name, get] of CATALOGS) {
  const withCatalog = (body: (catalog: Catalog) => Promise<void>) => async () => {
    const catalog = get();
    assert.ok(catalog, `catalog ${name} did not load`);
    await body(catalog);
  };

  test(
    `emitTypes(${name}): one file, package/src/types.ts, starting with the banner`,
    withCatalog(async (catalog) => {
      const files = emitTypes(emitContext(catalog));
      assert.equal(
        files.map((file) => file.path),
        ['package/src/types.ts'],
      );
      assert.ok(files[0]!.contents.startsWith(`// ${BANNER_TEXT}\n`));
    }),
  );

  test(
    `emitTypes(${name}): compiles under --strict --noUncheckedIndexedAccess and exports exactly the catalog's names (hostile text never becomes code)`,
    withCatalog(async (catalog) => {
      const { errors, exports } = await typecheck(name, { 'types.ts': typesOf(catalog) });
      assert.equal(errors, []);
      assert.equal(exports, expectedExports(catalog));
    }),
  );

  test(
    `emitTypes(${name}): no numbered names, each shared definition declared exactly once`,
    withCatalog(async (catalog) => {
      const source = typesOf(catalog);
      const declared = [...source.matchAll(/^export (?:interface|type|const|enum) ([A-Za-z0-9_$]+)/gm)].map(
        (m) => m[1]!,
      );
      const asked = new Set(expectedExports(catalog));
      assert.equal(
        declared.filter((n) => /\d$/.test(n) && !asked.has(n)),
        [],
      );
      for (const definition of catalog.definitions) {
        assert.is(declared.filter((n) => n === definition.name).length, 1, definition.name);
      }
    }),
  );

  test(
    `emitTypes(${name}): retired events are @deprecated (data type and both aliases); data JSDoc names the event type`,
    withCatalog(async (catalog) => {
      const source = typesOf(catalog);
      for (const e of catalog.events) {
        const data = docOf(source, e.names.dataType);
        assert.ok(data.includes(`\`${docText(e.type)}\``), `${e.names.dataType} JSDoc names ${e.type}`);
        for (const declaration of [e.names.dataType, e.names.eventType, e.names.cloudEventType]) {
          const doc = docOf(source, declaration);
          if (e.status === 'retired') {
            const expected = e.replacedBy
              ? `@deprecated Replaced by ${docText(e.replacedBy)}`
              : '@deprecated';
            assert.ok(doc.includes(expected), `${declaration}: ${doc}`);
          } else {
            assert.not.ok(doc.includes('@deprecated'), declaration);
          }
        }
      }
    }),
  );

  test(
    `emitTypes(${name}): in prettier's layout already (prettier leaves it as it is)`,
    withCatalog(async (catalog) => {
      const change = await firstPrettierChange(`types.ts (${name})`, typesOf(catalog), 'typescript');
      assert.ok(change === undefined, change);
    }),
  );

  test(
    `emitTypes(${name}): deterministic, and the frozen catalog is not mutated`,
    withCatalog(async (catalog) => {
      assert.ok(Object.isFrozen(catalog.events));
      const [first, second] = [emitTypes(emitContext(catalog)), emitTypes(emitContext(catalog))];
      assert.equal(first, second);
    }),
  );
}

// ── Shapes ─────────────────────────────────────────────────────────────────────────────────────

// [what, catalog, fragment expected in the source]
const SHAPES: [string, Catalog, RegExp][] = [
  [
    'a string map is an index signature of strings',
    tiny,
    /interface ChatMessageMetadata \{\s*\[k: string\]: string;\s*\}/,
  ],
  [
    'additionalProperties: true keeps the known properties and adds an index signature',
    shared,
    /interface ChatThreadProperties \{\s*topic\?: string;\s*\[k: string\]: unknown;\s*\}/,
  ],
  [
    'a closed object has no index signature',
    tiny,
    /interface CommunicationUserIdentifier \{\s*id: string;\s*\}/,
  ],
  ['timestamps stay strings', tiny, /composeTime: string/],
  ['wire casing is kept', shared, /From\?: string;\s*ReceivedTimestamp\?: string;/],
  [
    'a ref with a description keeps the description as JSDoc and the shared name',
    shared,
    /\/\*\*\s*\* Creator\.\s*\*\/\s*createdByCommunicationIdentifier: CommunicationIdentifier/,
  ],
  ['arrays of shared definitions use the shared name', shared, /participants\?: ChatParticipant\[\]/],
  [
    'unions of shared definitions use the shared name',
    shared,
    /either\?: CommunicationIdentifier \| string;/,
  ],
  ['a non-object definition is a type alias', shared, /export type Address2 = string/],
  [
    'the event-type map has every event, quoted',
    tiny,
    /'Microsoft\.Communication\.ChatMessageReceived': AcsChatMessageReceivedEventData;/,
  ],
  [
    'the per-event alias',
    tiny,
    /export type AcsChatMessageReceivedEvent = EventGridEvent<\s*'Microsoft\.Communication\.ChatMessageReceived',\s*AcsChatMessageReceivedEventData\s*>;/,
  ],
  [
    'the per-event CloudEvent alias',
    tiny,
    /export type AcsChatMessageReceivedCloudEvent = CloudEvent<\s*'Microsoft\.Communication\.ChatMessageReceived',\s*AcsChatMessageReceivedEventData\s*> & \{ data: AcsChatMessageReceivedEventData \};/,
  ],
  [
    'acsEventTypes is sorted',
    shared,
    /acsEventTypes: readonly AcsEventType\[\] = \[\s*'Microsoft\.Communication\.ChatParticipantAddedToThreadWithUser',\s*'Microsoft\.Communication\.ChatThreadCreated',\s*'Microsoft\.Communication\.SMSReceived',\s*\] as const;/,
  ],
  [
    'a deprecated link to the replacement when the catalog has it',
    tiny,
    /@deprecated Replaced by Microsoft\.Communication\.ChatMessageReceived \(\{@link AcsChatMessageReceivedEvent\}\)\./,
  ],
  ['hostile prose is escaped', hostile, /\*\\\/ export const pwned/],
  [
    'an own __proto__ property stays a property',
    hostile,
    /An own __proto__ property\.\s*\*\/\s*__proto__\?: string/,
  ],
  ['hostile keys are quoted', hostile, /'quote"key'\?: string;\s*'line\\nbreak'\?: string;/],
];

for (const [what, catalog, pattern] of SHAPES) {
  test(`emitTypes shape: ${what}`, async () => {
    const source = typesOf(catalog);
    assert.ok(pattern.test(source), `${pattern} not found in:\n${source}`);
  });
}

// ── The types in use: narrowing on the discriminants ───────────────────────────────────────────

test('emitTypes: AcsEvent narrows on eventType, AcsCloudEvent on type; wrong shapes are errors', async () => {
  const usage = `
import type { AcsCloudEvent, AcsEvent, AcsEventDataMap, AcsEventType, AcsSmsReceivedEventData, ChatThreadProperties, EventGridEvent } from './types.js';
import { acsEventTypes } from './types.js';

export function handle(event: AcsEvent): string | undefined {
  if (event.eventType === 'Microsoft.Communication.SMSReceived') {
    const data: AcsSmsReceivedEventData = event.data;
    return data.From;
  }
  if (event.eventType === 'Microsoft.Communication.ChatThreadCreated') return event.data.createdByCommunicationIdentifier.rawId;
  return event.data.participantAdded.displayName;
}
export function handleCloud(event: AcsCloudEvent): string | undefined {
  return event.type === 'Microsoft.Communication.SMSReceived' ? event.data?.ReceivedTimestamp : undefined;
}
export const first: AcsEventType | undefined = acsEventTypes[0];
export const properties: ChatThreadProperties = { topic: 't', other: 1 };
export type SmsData = AcsEventDataMap['Microsoft.Communication.SMSReceived'];
export const generic: EventGridEvent = { id: '1', subject: 's', eventType: 'Anything', eventTime: 't', data: 1, dataVersion: '1' };

// @ts-expect-error: not an ACS event type
export const wrongType: AcsEventType = 'Microsoft.Communication.Nope';
// @ts-expect-error: timestamps are strings, not Dates
export const wrongTime: AcsSmsReceivedEventData = { ReceivedTimestamp: new Date() };
// @ts-expect-error: the data of another event
export const mismatched: AcsEvent = { id: '1', subject: 's', eventType: 'Microsoft.Communication.SMSReceived', eventTime: 't', dataVersion: '1', data: { participantAdded: 1 } };
`;
  const { errors } = await typecheck('usage', { 'types.ts': typesOf(shared), 'usage.ts': usage });
  assert.equal(errors, []);
});

test('emitTypes(real): an array of an open documented enum is an array of its literals | (string & {})', async () => {
  assert.ok(real, 'the real catalog did not load');
  const usage = `
import type { AcsRouterWorkerUpdatedEventData } from './types.js';
type Updated = AcsRouterWorkerUpdatedEventData['updatedWorkerProperties'];
export const known: Updated = ['Labels', 'Tags'];
export const added: Updated = ['Labels', 'ServiceAddedThisLater'];
// @ts-expect-error: one value is not the array of them
export const single: Updated = 'Labels';
`;
  const { errors } = await typecheck('usage-open-enum-array', {
    'types.ts': typesOf(real),
    'usage.ts': usage,
  });
  assert.equal(errors, []);
});

// ── Catalog format v2: the idioms as TypeScript ────────────────────────────────────────────────

/** The v2 catalog's types.ts, as the pipeline publishes it. */
const v2Source = (): string => typesOf(v2Catalog);

// [what, fragment expected in the formatted source]
const V2_SHAPES: [string, RegExp][] = [
  ['a nullable type is T | null', /\* Nickname\.\s*\*\/\s*nickname: string \| null;/],
  ['a nullable $ref is the shared name | null', /transferTarget\?: CallParticipantBase \| null;/],
  ['a nullable number keeps its format note', /Format double: [^\n]*\s*\*\/\s*score\?: number \| null;/],
  [
    'allOf inheritance of a definition is interface … extends Base, the own members only',
    /export interface AudioParticipant extends CallParticipantBase \{\s*kind: 'audio';\s*\/\*\*\s*\* Muted or not\.\s*\*\/\s*muted: boolean;\s*\}/,
  ],
  [
    "an event's data can extend a definition",
    /export interface AcsCallStartedEventData extends CallParticipantBase \{\s*startTime\?: string;\s*\}/,
  ],
  ['an inline allOf is an intersection', /caller\?: CallParticipantBase & \{\s*phoneNumber\?: string;\s*\};/],
  [
    'an open documented enum is its literals | (string & {}), the values described in the JSDoc',
    /\* Known values \(the service may send others\):\s*\* - `Hangup`: Someone hung up\.\s*\* - `Timeout`: Nobody answered\.\s*\*\/\s*export type EndReason = 'Hangup' \| 'Timeout' \| \(string & \{\}\);/,
  ],
  [
    'a closed documented enum is the union of its literals, the values described in the JSDoc',
    /\* One of:\s*\* - `pstn`: The phone network\.\s*\* - `voip`: Internet calling\.\s*\*\/\s*channel: 'pstn' \| 'voip';/,
  ],
  [
    'a discriminated union of refs is a union of the shared names, its discriminator named',
    /\* Discriminated by `kind`\.\s*\*\/\s*export type CallParticipant = AudioParticipant \| VideoParticipant;/,
  ],
  [
    'an inline discriminated union is a union of object types',
    /Discriminated by `status`\.\s*\*\/\s*outcome:\s*\| \{\s*status: 'ok';\s*billedSeconds: number;\s*\}\s*\| \{\s*status: 'failed';\s*error: string;\s*\};/,
  ],
  ['an array of a union of objects', /participants\?: CallParticipant\[\];/],
  ['a map of strings is a string index signature', /labels\?: \{\s*\[k: string\]: string;\s*\};/],
  ['a map of anything is an unknown index signature', /context\?: \{\s*\[k: string\]: unknown;\s*\};/],
  [
    'a duration is a string, its format noted',
    /\* Format duration: an ISO 8601 duration[^\n]*\s*\*\/\s*callDuration\?: string;/,
  ],
  [
    'an int32 is a number, its range noted',
    /\* Format int32: a 32-bit integer, from -2147483648 to 2147483647\.\s*\*\/\s*retries\?: number;/,
  ],
  [
    'an int64 is a number, its JavaScript precision limit noted',
    /\* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2\^53 - 1[^\n]*\s*\*\/\s*sequenceNumber\?: number;/,
  ],
  [
    'a format on a type it does not check is not noted (as Ajv ignores it)',
    /\* A format on the wrong type\.\s*\*\/\s*mislabelled\?: string;/,
  ],
];

for (const [what, pattern] of V2_SHAPES) {
  test(`emitTypes v2: ${what}`, () => {
    const source = v2Source();
    assert.ok(pattern.test(source), `${pattern} not found in:\n${source}`);
  });
}

test('emitTypes v2: the shared definitions the idioms use are declared once, bases before nothing numbered', () => {
  const source = v2Source();
  for (const name of [
    'CallParticipantBase',
    'AudioParticipant',
    'VideoParticipant',
    'CallParticipant',
    'EndReason',
  ])
    assert.is(source.match(new RegExp(`^export (?:interface|type) ${name}\\b`, 'gm'))?.length, 1, name);
});

test('emitTypes v2: the types narrow on their discriminators, accept unknown values of open enums only, and describe the wire JSON', async () => {
  const usage = `
import type { AcsCallEndedEventData, AcsCallStartedEventData, CallParticipant, CallParticipantBase, EndReason } from './types.js';

export function describe(data: AcsCallEndedEventData): string {
  const participant = data.participant;
  let text = participant.rawId;
  if (participant.kind === 'audio') {
    const muted: boolean = participant.muted;
    text += String(muted);
  } else {
    const resolution: string | null = participant.resolution;
    text += resolution ?? 'unknown';
  }
  if (data.outcome.status === 'ok') text += data.outcome.billedSeconds.toFixed(0);
  else text += data.outcome.error;
  for (const other of data.participants ?? []) if (other.kind === 'video') text += other.resolution;
  const nickname: string | null = data.nickname;
  const transferredTo: string | undefined = data.transferTarget?.rawId;
  const labels: Record<string, string> | undefined = data.labels;
  return text + nickname + transferredTo + JSON.stringify(labels) + data.caller?.phoneNumber + data.caller?.rawId;
}
export const known: EndReason = 'Hangup';
export const added: EndReason = 'ServiceAddedThisLater';
const startedData: AcsCallStartedEventData = { kind: 'k', rawId: 'r', startTime: 't' };
export const started: CallParticipantBase = startedData;
export const duration: AcsCallEndedEventData['callDuration'] = 'PT1M';
export const anything: AcsCallEndedEventData['context'] = { a: 1, b: { c: [] } };

// @ts-expect-error: a closed enum takes only its values
export const channel: AcsCallEndedEventData['channel'] = 'fax';
// @ts-expect-error: the audio branch has no resolution and needs muted
export const mixed: CallParticipant = { kind: 'audio', rawId: 'r', resolution: null };
// @ts-expect-error: no branch has this discriminator value
export const unknownKind: CallParticipant = { kind: 'screen', rawId: 'r', muted: true };
// @ts-expect-error: nullable is not optional
export const missingNickname: Pick<AcsCallEndedEventData, 'nickname'> = {};
// @ts-expect-error: null is not allowed where the schema does not say so
export const nullReason: AcsCallEndedEventData['reason'] = null;
// @ts-expect-error: an int64 is a JSON number, not a bigint
export const big: AcsCallEndedEventData['sequenceNumber'] = 1n;
// @ts-expect-error: a duration is the wire's string
export const durationNumber: AcsCallEndedEventData['callDuration'] = 60;
// @ts-expect-error: inheritance keeps the base's required members
export const noRawId: AcsCallStartedEventData = { kind: 'k' };
`;
  const { errors } = await typecheck('usage-v2', { 'types.ts': typesOf(v2Catalog), 'usage.ts': usage });
  assert.equal(errors, []);
});

// ── Failing loudly ─────────────────────────────────────────────────────────────────────────────

const FOO = {
  description: 'Foo.',
  schema: { type: 'object', properties: { a: { type: 'string' } } } as JsonSchema,
};
// [what, catalog, message fragment]
const FAILURES: [string, () => Catalog, string][] = [
  [
    'a ref to a missing definition',
    () =>
      catalogOf({}, [
        event('Microsoft.Communication.A', { type: 'object', properties: { x: ref('Missing') } }, {}),
      ]),
    'is not a shared definition',
  ],
  [
    'a definition named like an event data type',
    () => catalogOf({ AcsAEventData: FOO }, [event('Microsoft.Communication.A', { type: 'object' }, {})]),
    'AcsAEventData is taken twice',
  ],
  [
    'a definition named like an envelope declaration',
    () => catalogOf({ EventGridEvent: FOO }, []),
    'EventGridEvent is taken twice',
  ],
  [
    'a definition name that is not an identifier',
    () => catalogOf({ 'Foo Bar': FOO }, []),
    'not a safe TypeScript identifier',
  ],
];

test('emitTypes: definitions named alike but for case are two declarations, each under its own name', () => {
  const source = typesOf(catalogOf({ Foo: FOO, foo: FOO }, []));
  assert.match(source, /^export interface Foo \{$/m);
  assert.match(source, /^export interface foo \{$/m);
});

for (const [what, build, message] of FAILURES) {
  test(`emitTypes fails loudly: ${what}`, async () => {
    try {
      emitTypes(emitContext(build()));
      assert.unreachable('should have thrown');
    } catch (error) {
      assert.instance(error, Error);
      assert.ok((error as Error).message.includes(message), (error as Error).message);
    }
  });
}

// ── Golden ─────────────────────────────────────────────────────────────────────────────────────

test('emitTypes golden: the tiny catalog', async () => {
  const actual = typesOf(tiny);
  if (process.env.UPDATE_GOLDEN) {
    await mkdir(TMP, { recursive: true });
    await writeFile(path.join(TMP, 'golden-tiny.ts'), actual);
  }
  assert.fixture(actual, GOLDEN_TINY);
});

/** Regenerate with UPDATE_GOLDEN=1 (writes test/tmp/emit-types/golden-tiny.ts), review, paste. */
const GOLDEN_TINY = `// DO NOT EDIT: generated from catalog/ by \`npm run generate\`; edit the catalog and regenerate.

/**
 * Published for Microsoft.Communication.ChatMessageReceived.
 *
 * Data of the \`Microsoft.Communication.ChatMessageReceived\` event.
 */
export interface AcsChatMessageReceivedEventData {
  /**
   * The message.
   */
  messageBody: string;
  /**
   * Who sent it.
   */
  senderCommunicationIdentifier?: CommunicationIdentifier;
  metadata?: ChatMessageMetadata;
  composeTime: string;
}

/**
 * Published for Microsoft.Communication.InstantMessageReceived.
 *
 * Data of the \`Microsoft.Communication.InstantMessageReceived\` event.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageReceived ({@link AcsChatMessageReceivedEventData}).
 */
export interface AcsInstantMessageReceivedEventData {
  MessageBody?: string;
}

/** String metadata. */
export interface ChatMessageMetadata {
  [k: string]: string;
}

/** Identifies a participant. */
export interface CommunicationIdentifier {
  /**
   * Raw id.
   */
  rawId: string;
  communicationUser?: CommunicationUserIdentifier;
}

/** An ACS user. */
export interface CommunicationUserIdentifier {
  id: string;
}

/** Event Grid schema envelope, as delivered on the wire. */
export interface EventGridEvent<TType extends string = string, TData = unknown> {
  /** Unique identifier of the event. */
  id: string;
  /** Full resource path of the event source; Event Grid sets it. */
  topic?: string;
  /** Publisher-defined path to the event subject. */
  subject: string;
  /** One of the registered event types for this event source. */
  eventType: TType;
  /** When the event was generated, as an RFC 3339 date-time string. */
  eventTime: string;
  /** The event data, specific to the event type. */
  data: TData;
  /** Schema version of the data object. */
  dataVersion: string;
  /** Schema version of the event metadata; Event Grid sets it. */
  metadataVersion?: string;
}

/** CloudEvents 1.0 JSON envelope. */
export interface CloudEvent<TType extends string = string, TData = unknown> {
  /** The CloudEvents specification version. */
  specversion: '1.0';
  /** Unique identifier of the event. */
  id: string;
  /** Context in which the event happened (the ACS resource). */
  source: string;
  /** The event type. */
  type: TType;
  /** Publisher-defined path to the event subject. */
  subject?: string;
  /** When the event happened, as an RFC 3339 date-time string. */
  time?: string;
  /** Content type of \`data\`. */
  datacontenttype?: string;
  /** URI of the schema \`data\` adheres to. */
  dataschema?: string;
  /** The event data, specific to the event type. */
  data?: TData;
}

/** The \`data\` type of every ACS event type. */
export interface AcsEventDataMap {
  'Microsoft.Communication.ChatMessageReceived': AcsChatMessageReceivedEventData;
  'Microsoft.Communication.InstantMessageReceived': AcsInstantMessageReceivedEventData;
}

/** Every ACS event type in the catalog. */
export type AcsEventType = keyof AcsEventDataMap;

/**
 * Published for Microsoft.Communication.ChatMessageReceived.
 *
 * \`Microsoft.Communication.ChatMessageReceived\` in the Event Grid schema envelope.
 */
export type AcsChatMessageReceivedEvent = EventGridEvent<
  'Microsoft.Communication.ChatMessageReceived',
  AcsChatMessageReceivedEventData
>;

/**
 * Published for Microsoft.Communication.ChatMessageReceived.
 *
 * \`Microsoft.Communication.ChatMessageReceived\` in the CloudEvents 1.0 envelope.
 */
export type AcsChatMessageReceivedCloudEvent = CloudEvent<
  'Microsoft.Communication.ChatMessageReceived',
  AcsChatMessageReceivedEventData
> & { data: AcsChatMessageReceivedEventData };

/**
 * Published for Microsoft.Communication.InstantMessageReceived.
 *
 * \`Microsoft.Communication.InstantMessageReceived\` in the Event Grid schema envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageReceived ({@link AcsChatMessageReceivedEvent}).
 */
export type AcsInstantMessageReceivedEvent = EventGridEvent<
  'Microsoft.Communication.InstantMessageReceived',
  AcsInstantMessageReceivedEventData
>;

/**
 * Published for Microsoft.Communication.InstantMessageReceived.
 *
 * \`Microsoft.Communication.InstantMessageReceived\` in the CloudEvents 1.0 envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageReceived ({@link AcsChatMessageReceivedCloudEvent}).
 */
export type AcsInstantMessageReceivedCloudEvent = CloudEvent<
  'Microsoft.Communication.InstantMessageReceived',
  AcsInstantMessageReceivedEventData
> & { data: AcsInstantMessageReceivedEventData };

/** Any ACS event in the Event Grid schema, discriminated by \`eventType\`. */
export type AcsEvent = AcsChatMessageReceivedEvent | AcsInstantMessageReceivedEvent;

/** Any ACS event as a CloudEvent, discriminated by \`type\`. */
export type AcsCloudEvent = AcsChatMessageReceivedCloudEvent | AcsInstantMessageReceivedCloudEvent;

/** Every ACS event type in the catalog, sorted. */
export const acsEventTypes: readonly AcsEventType[] = [
  'Microsoft.Communication.ChatMessageReceived',
  'Microsoft.Communication.InstantMessageReceived',
] as const;
`;

test.run();
