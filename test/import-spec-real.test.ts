/**
 * The spec importer on the real REST API spec (catalog/sources/rest-api-spec) and a temporary copy
 * of the real catalog: exact counts, every property of every definition accounted for, the event
 * names checked against the docs pages, and the CLI run twice (the second run changes nothing).
 */
import { runScript } from './support/run-script.ts';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import YAML from 'yaml';
import type { JsonSchema, RawDefinitionsFile, RawEvent } from '../generator/model/catalog-model.ts';
import { inheritance } from '../generator/model/schema-shapes.ts';
import { positionOf, readSpec } from '../generator/import/spec/read-spec.ts';
import type { SwaggerDocument } from '../generator/import/spec/swagger-schema.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SPEC_FILE = 'catalog/sources/rest-api-spec/AzureCommunicationServices.json';
const specText = readFileSync(join(ROOT, SPEC_FILE), 'utf8');
const raw = JSON.parse(specText) as SwaggerDocument;
const rawDefinitions = raw.definitions!;
const model = readSpec(specText);
const imported = [...model.events, ...model.definitions];

test('counts: 89 definitions = 53 events + 36 shared definitions, 289 properties', () => {
  assert.is(Object.keys(rawDefinitions).length, 89);
  assert.is(model.definitionCount, 89);
  assert.is(model.events.length, 53);
  assert.is(model.definitions.length, 36);
  const rawProperties = Object.values(rawDefinitions).reduce(
    (n, d) => n + Object.keys(d.properties ?? {}).length,
    0,
  );
  assert.is(rawProperties, 289);
  assert.is(
    imported.reduce((n, item) => n + Object.keys(ownProperties(item.schema)).length, 0),
    289,
  );
});

/** A converted definition's own properties: its own `allOf` branch's, or its top level's. */
function ownProperties(schema: JsonSchema): Record<string, JsonSchema> {
  return (inheritance(schema)?.own ?? schema).properties ?? {};
}

test('every definition imported once, every property of every definition accounted for', () => {
  assert.equal(imported.map((item) => item.spec.definition).sort(), Object.keys(rawDefinitions).sort());
  for (const item of imported) {
    const source = rawDefinitions[item.spec.definition]!;
    assert.equal(
      Object.keys(ownProperties(item.schema)),
      Object.keys(source.properties ?? {}),
      item.spec.definition,
    );
    assert.equal(
      (inheritance(item.schema)?.own ?? item.schema).required ?? [],
      source.required ?? [],
      `${item.spec.definition} required`,
    );
    const bases = (source.allOf ?? []).length;
    assert.is(inheritance(item.schema)?.bases.length ?? 0, bases, `${item.spec.definition} bases`);
  }
});

test('the shared definitions and their catalog names (spec-names.ts rules and overrides)', () => {
  assert.equal(
    model.definitions.map((d) => [d.spec.definition, d.name]),
    [
      ['AcsMessageEventData', 'AdvancedMessageEventBase'],
      ['AcsChatThreadEventBaseProperties', 'ChatThreadEventBase'],
      ['AcsChatThreadEventInThreadBaseProperties', 'ChatThreadEventInThreadBase'],
      ['AcsCallParticipantEventData', 'CallParticipantEventBase'],
      ['AcsCallingEventProperties', 'CallingEventBase'],
      ['AcsCallGroupProperties', 'CallGroup'],
      ['AcsCallRoomProperties', 'CallRoom'],
      ['AcsCallEndedByProperties', 'CallEndedBy'],
      ['AcsCallParticipantProperties', 'CallParticipant'],
      ['AcsCallEndReasonProperties', 'CallEndReason'],
      ['AcsChatMessageEventBaseProperties', 'ChatMessageEventBase'],
      ['AcsChatMessageEventInThreadBaseProperties', 'ChatMessageEventInThreadBase'],
      ['AcsChatEventInThreadBaseProperties', 'ChatEventInThreadBase'],
      ['AcsRouterJobEventData', 'RouterJobEventBase'],
      ['AcsRouterWorkerEventData', 'RouterWorkerEventBase'],
      ['AcsRouterEventData', 'RouterEventBase'],
      ['AcsChatEventBaseProperties', 'ChatEventBase'],
      ['AcsChatThreadParticipantProperties', 'ChatParticipant'],
      ['AcsSmsEventBaseProperties', 'SmsEventBase'],
      ['AcsSmsDeliveryAttemptProperties', 'SmsDeliveryAttempt'],
      ['AcsRecordingStorageInfoProperties', 'RecordingStorageInfo'],
      ['AcsRecordingChunkInfoProperties', 'RecordingChunkInfo'],
      ['AcsEmailDeliveryReportStatusDetails', 'EmailDeliveryReportStatusDetails'],
      ['AcsIncomingCallCustomContext', 'IncomingCallCustomContext'],
      ['AcsRouterChannelConfiguration', 'RouterChannelConfiguration'],
      ['AcsRouterQueueDetails', 'RouterQueueDetails'],
      ['AcsRouterCommunicationError', 'RouterCommunicationError'],
      ['AcsRouterWorkerSelector', 'RouterWorkerSelector'],
      ['AcsMessageChannelEventError', 'AdvancedMessageChannelEventError'],
      ['AcsMessageMediaContent', 'AdvancedMessageMediaContent'],
      ['AcsMessageReactionContent', 'AdvancedMessageReactionContent'],
      ['AcsMessageContext', 'AdvancedMessageContext'],
      ['AcsMessageButtonContent', 'AdvancedMessageButtonContent'],
      ['AcsMessageInteractiveContent', 'AdvancedMessageInteractiveContent'],
      ['AcsMessageInteractiveButtonReplyContent', 'AdvancedMessageInteractiveButtonReplyContent'],
      ['AcsMessageInteractiveListReplyContent', 'AdvancedMessageInteractiveListReplyContent'],
    ],
  );
});

test('spec.line is the line of the definition key in the JSON text', () => {
  const lines = specText.split('\n');
  for (const item of imported)
    assert.ok(
      lines[item.spec.line - 1]!.trimStart().startsWith(`"${item.spec.definition}": {`),
      `${item.spec.definition} at ${item.spec.line}`,
    );
  assert.equal(
    model.events.filter((e) => e.short.startsWith('SMS')).map((e) => [e.spec.definition, e.spec.line]),
    [
      ['AcsSmsDeliveryReportReceivedEventData', 1459],
      ['AcsSmsReceivedEventData', 1499],
    ],
  );
});

const DOCS = join(ROOT, 'catalog/sources/docs');
const docsTypes = new Set(
  readdirSync(DOCS).flatMap(
    (file) => readFileSync(join(DOCS, file), 'utf8').match(/Microsoft\.Communication\.[A-Za-z]+/g) ?? [],
  ),
);

test('event names: the spec against the docs pages', () => {
  const specTypes = new Set(model.events.map((e) => e.type));
  assert.equal([...specTypes].filter((t) => !docsTypes.has(t)).sort(), [
    'Microsoft.Communication.ChatAzureBotCommandReceivedInThread',
    'Microsoft.Communication.ChatTypingIndicatorReceivedInThread',
    'Microsoft.Communication.RouterWorkerUpdated',
  ]);
  assert.equal([...docsTypes].filter((t) => !specTypes.has(t)).sort(), [
    'Microsoft.Communication.AdvancedMessageAnalysisCompleted',
  ]);
});

test('events per category, chat scopes', () => {
  const perCategory: Record<string, number> = {};
  for (const e of model.events) perCategory[e.category] = (perCategory[e.category] ?? 0) + 1;
  assert.equal(perCategory, {
    calls: 5,
    presence: 1,
    router: 22,
    chat: 18,
    sms: 2,
    recording: 1,
    email: 2,
    'advanced-messaging': 2,
  });
  const scopes = model.events.filter((e) => e.category === 'chat').map((e) => `${e.short} ${e.scope}`);
  assert.equal(
    scopes.filter((s) => s.endsWith(' user')),
    [
      'ChatMessageReceived user',
      'ChatMessageEdited user',
      'ChatMessageDeleted user',
      'ChatThreadCreatedWithUser user',
      'ChatThreadWithUserDeleted user',
      'ChatThreadPropertiesUpdatedPerUser user',
      'ChatParticipantAddedToThreadWithUser user',
      'ChatParticipantRemovedFromThreadWithUser user',
    ],
  );
  assert.is(scopes.filter((s) => s.endsWith(' thread')).length, 10);
});

test('the external CommunicationIdentifierModel refs all become the catalog CommunicationIdentifier', () => {
  const rawRefs = specText.match(/common\.json#\/definitions\/CommunicationIdentifierModel"/g)!.length;
  const converted = JSON.stringify(imported.map((i) => i.schema)).match(
    /"#\/\$defs\/CommunicationIdentifier"/g,
  )!.length;
  assert.is(rawRefs, 20);
  assert.is(converted, rawRefs);
});

test('the spec disagrees with itself once: an enum and its x-ms-enum values differ in casing', () => {
  assert.equal(
    model.problems.map((p) => {
      const { line, column } = positionOf(model.positions, p.pointer);
      return `${line}:${column} ${p.severity}`;
    }),
    ['1822:13 warning'],
  );
  assert.match(model.problems[0]!.message, 'differ in casing; the enum list is kept');
  // The docs samples show the enum list's casing ("status": "Sent"), not x-ms-enum's ("sent").
  const docs = readFileSync(join(DOCS, 'communication-services-advanced-messaging-events.md'), 'utf8');
  assert.match(docs, '"status": "Sent"');
  const status = model.events.find((e) => e.short === 'AdvancedMessageDeliveryStatusUpdated')!.schema
    .allOf![1]!.properties!.status!;
  assert.equal(
    status.anyOf!.map((b) => b.const ?? b.type),
    ['Read', 'Delivered', 'Failed', 'Sent', 'Warning', 'Unknown', 'string'],
  );
});

// ---------------------------------------------------------------------------------------------
// The CLI on a temporary copy of the catalog

const cli = (args: string[]) => runScript('import-spec.ts', args);

async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const e of entries.filter((e) => e.isFile()))
    files[join(e.parentPath, e.name).slice(dir.length + 1)] = await readFile(
      join(e.parentPath, e.name),
      'utf8',
    );
  return files;
}

/** A `spec:` link block, as the importer writes it. */
const SPEC_LINK = /^( *)spec:\n\1  definition: \w+\n\1  line: \d+\n/gm;
/** The spec's document in sources.yaml: from its list item to the next one or the end. */
const SPEC_DOCUMENT = /^ {2}- id: rest-api-spec\n(?: {4}.*\n)*/m;

test('CLI: import into a copy of the catalog, twice; curated text untouched, the second run changes nothing', async () => {
  const dir = join(ROOT, 'test/tmp', `import-spec-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  try {
    await cp(join(ROOT, 'catalog/events'), join(dir, 'events'), { recursive: true });
    await cp(join(ROOT, 'catalog/definitions.yaml'), join(dir, 'definitions.yaml'));
    await cp(join(ROOT, 'catalog/sources.yaml'), join(dir, 'sources.yaml'));
    const committed = await snapshot(dir);
    // The copy as it was before the spec was imported: no spec document, and none of the spec: links
    // the importer writes. Those it does not write stay: a curated definition named otherwise than the
    // importer would name it is found by its hand-written link only (ChatInThreadEventBase is
    // AcsChatEventInThreadBaseProperties), and RouterWorker is linked by hand to an event's data.
    const curated = (YAML.parse(committed['definitions.yaml']!) as RawDefinitionsFile).definitions;
    const importerLinked = new Set(
      model.definitions
        .filter((d) => curated[d.name]?.spec?.definition === d.spec.definition)
        .map((d) => d.spec.definition),
    );
    const importerLink = (block: string): boolean => importerLinked.has(/definition: (\w+)/.exec(block)![1]!);
    assert.match(committed['sources.yaml']!, SPEC_DOCUMENT);
    const unlinked = Object.fromEntries(
      Object.entries(committed).map(([path, text]) => [
        path,
        path === 'sources.yaml'
          ? text.replace(SPEC_DOCUMENT, '')
          : path === 'definitions.yaml'
            ? text.replace(SPEC_LINK, (block) => (importerLink(block) ? '' : block))
            : text.replace(SPEC_LINK, ''),
      ]),
    );
    for (const [path, text] of Object.entries(unlinked)) await writeFile(join(dir, path), text);
    // What the importer should link, counted on the committed catalog itself.
    const linkedEvents = Object.entries(committed).filter(
      ([path, text]) => path.startsWith('events') && text.match(SPEC_LINK) !== null,
    ).length;
    const linkedDefinitions = importerLinked.size;
    const renamed = model.definitions.filter((d) =>
      Object.entries(curated).some(
        ([name, c]) => name !== d.name && c.spec?.definition === d.spec.definition,
      ),
    ).length;
    const unused = model.definitions.length - linkedDefinitions - renamed;
    assert.is(linkedEvents, model.events.length, 'every spec event is in the catalog, linked');
    assert.ok(
      linkedDefinitions > 0 && renamed > 0 && unused > 0,
      `${linkedDefinitions} ${renamed} ${unused}`,
    );

    const first = await cli([SPEC_FILE, '--catalog', dir, '--sources', 'catalog/sources']);
    assert.is(first.code, 0, first.stderr);
    assert.match(first.stdout, 'spec: 89 definitions (53 events, 36 shared definitions), 289 properties');
    assert.match(
      first.stdout,
      `0 events added, ${linkedEvents} linked; 0 definitions added, ${linkedDefinitions} linked, ${unused} unused by the catalog (not added); ${renamed} already linked; ${linkedEvents + 2} files changed`,
      'the linked event files, definitions.yaml and sources.yaml; the definitions linked by hand are found by their link',
    );
    // The links come back where the curated files have them, the spec document as committed: the
    // committed catalog, byte for byte (curated text untouched, no definition added).
    assert.equal(await snapshot(dir), committed);
    // The real catalog's known disagreements with the spec, located in its YAML: SMSReceived's
    // segmentCount is optional in the catalog, required by the spec.
    const sms = committed['events/sms/SMSReceived.yaml']!;
    assert.not.ok((YAML.parse(sms) as RawEvent).schema.required?.includes('segmentCount'));
    const segmentCountLine = sms.split('\n').findIndex((l) => l === '    segmentCount:') + 1;
    assert.ok(segmentCountLine > 0);
    assert.match(
      first.stderr,
      `events/sms/SMSReceived.yaml:${segmentCountLine}:5: warning: schema.properties.segmentCount: required: segmentCount: spec: required; catalog: optional (spec AcsSmsReceivedEventData at ${SPEC_FILE}:1517:9)`,
    );
    assert.match(
      first.stderr,
      'AzureCommunicationServices.json:1822:13: warning: /definitions/AcsMessageDeliveryStatusUpdatedEventData/properties/status/x-ms-enum/values',
    );

    const second = await cli([SPEC_FILE, '--catalog', dir, '--sources', 'catalog/sources']);
    assert.is(second.code, 0, second.stderr);
    assert.match(
      second.stdout,
      `0 events added, 0 linked; 0 definitions added, 0 linked, ${unused} unused by the catalog (not added); ${linkedEvents + linkedDefinitions + renamed} already linked; 0 files changed`,
    );
    assert.equal(await snapshot(dir), committed);
    assert.is(second.stderr, first.stderr, 'the same diagnostics');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('CLI: --dry-run writes nothing; bad arguments exit 2 with one line', async () => {
  const dir = join(ROOT, 'test/tmp', `import-spec-dry-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  try {
    await cp(join(ROOT, 'catalog/definitions.yaml'), join(dir, 'definitions.yaml'));
    const dry = await cli([SPEC_FILE, '--catalog', dir, '--dry-run']);
    assert.is(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, '53 events added');
    assert.match(dry.stdout, 'would change');
    assert.equal(Object.keys(await snapshot(dir)), ['definitions.yaml']);
    const none = await cli(['--catalog', dir]);
    assert.is(none.code, 2);
    assert.is(none.stderr, 'error: give exactly one spec file (see --help)\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
