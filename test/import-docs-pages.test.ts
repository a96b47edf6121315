/**
 * The importer on the current docs pages (catalog/sources/docs/): what each page yields, counted
 * independently from the page text; layout variants; CRLF; broken samples; the drafted schemas;
 * and an idempotent import into a temporary copy of the catalog (test/tmp/).
 */
import { runScript } from './support/run-script.ts';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import YAML from 'yaml';
import { documentId, pageSlug } from '../generator/import/document-ids.ts';
import { importDocs, readSourcesTsv, type PageInput } from '../generator/import/docs-import.ts';
import { camelCase, possibleValues, schemaOfDotnetType } from '../generator/import/dotnet-types.ts';
import type {
  RawDefinition,
  RawDefinitionsFile,
  RawDocument,
  RawEvent,
} from '../generator/model/catalog-model.ts';
import { curatedName } from '../generator/import/merge-definitions.ts';
import { parsePage } from '../generator/import/parse-docs-page.ts';
import { formatDiagnostic } from '../generator/model/diagnostic.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = join(ROOT, 'catalog/sources');
const origins = readSourcesTsv(readFileSync(join(SOURCES, 'SOURCES.tsv'), 'utf8'));
const page = (name: string): PageInput => {
  const file = `docs/${name}`;
  const origin = origins.get(file);
  return { file, text: readFileSync(join(SOURCES, file), 'utf8'), ...(origin ? { origin } : {}) };
};
const pageNames = readdirSync(join(SOURCES, 'docs')).sort();
const allPages = pageNames.map(page);

// ---------------------------------------------------------------------------------------------
// Each page, counted from its text without the parser:
// samples = ```json fences; attribute rows = table rows with a ❌/✔️ cell plus C# property lines;
// event types = distinct "eventType" values; listings = event-table rows.

const countLines = (text: string, pattern: RegExp): number =>
  text.split(/\r?\n/).filter((line) => pattern.test(line)).length;
const eventTypesIn = (text: string): string[] =>
  [...new Set([...text.matchAll(/"eventType":\s*"([^"]+)"/g)].map((m) => m[1]!))].sort();

// [page, id, samples, attribute rows, event types, listings, titled samples, warnings]
const pages: [string, string, number, number, number, number, number, string[]][] = [
  [
    'communication-services-advanced-messaging-events.md',
    '2024-07-advanced-messaging',
    11,
    51,
    3,
    3,
    11,
    ['value table of InteractiveReplyType not catalogued', 'value table of Status not catalogued'],
  ],
  ['communication-services-chat-events.md', '2021-10-chat', 16, 0, 16, 16, 0, []],
  ['communication-services-email-events.md', '2022-09-email', 2, 0, 2, 2, 0, []],
  ['communication-services-presence-events.md', '2021-10-presence', 1, 0, 1, 1, 0, []],
  [
    'communication-services-router-events.md',
    '2023-07-router',
    21,
    178,
    21,
    21,
    0,
    ['C# enum WorkerSelectorState (Active, Expired)', 'C# enum LabelOperator (Equal, NotEqual,'],
  ],
  ['communication-services-telephony-sms-events.md', '2025-01-sms', 2, 0, 2, 2, 0, []],
  ['communication-services-voice-video-events.md', '2022-12-voice-video', 6, 0, 6, 6, 0, []],
  ['handle-sms-events.md', '2022-05-sms-quickstart', 0, 0, 0, 0, 0, []],
];

for (const [name, id, samples, rows, types, listings, titled, warnings] of pages) {
  test(`docs page ${name}: ${samples} samples, ${rows} attribute rows, ${types} event types`, () => {
    const { file, text } = page(name);
    assert.is(countLines(text, /^\s*```json\s*$/), samples, 'json fences');
    assert.is(
      countLines(text, /^\s*\|.*(❌|✔️)/) + countLines(text, /^\s*public\s+(?!class|enum).*\{\s*get;/),
      rows,
      'attribute rows in the text',
    );
    assert.is(eventTypesIn(text).length, types, 'eventType values in the text');

    const parsed = parsePage(file, text);
    assert.is(parsed.samples.length, samples);
    assert.is(
      parsed.attributeTables.reduce((n, t) => n + t.rows.length, 0),
      rows,
    );
    assert.equal(
      [...new Set(parsed.samples.flatMap((s) => s.events.map((e) => String(e.eventType))))].sort(),
      eventTypesIn(text),
    );
    assert.is(parsed.eventRows.length, listings);
    assert.is(parsed.samples.filter((s) => s.title !== undefined).length, titled);
    assert.is(parsed.format, 'markdown');
    assert.is(documentId(file, parsed.date!, new Set(['2021-10'])), id);
    assert.is(
      parsed.diagnostics.length,
      warnings.length,
      parsed.diagnostics.map(formatDiagnostic).join('\n'),
    );
    parsed.diagnostics.forEach((d, i) => {
      assert.is(d.severity, 'warning');
      assert.ok(d.message.startsWith(warnings[i]!), d.message);
    });
    // every sample's published text is the page's lines from its first JSON line on
    const lines = text.split(/\r?\n/);
    for (const sample of parsed.samples) {
      const n = sample.published.split('\n').length - 1;
      assert.is(sample.published, lines.slice(sample.line - 1, sample.line - 1 + n).join('\n') + '\n');
      assert.is(
        lines[sample.line - 2]!.trim(),
        '```json',
        'line of the first JSON line, just below the fence',
      );
    }
  });
}

test('attribute rows: name, type as printed, nullable, description (+ notes), line', () => {
  const router = parsePage('docs/r.md', page('communication-services-router-events.md').text);
  const received = router.attributeTables[0]!;
  assert.equal(received.owner, { event: 'Microsoft.Communication.RouterJobReceived' });
  assert.equal(received.rows[2], {
    line: 101,
    name: 'jobStatus',
    type: 'enum',
    nullable: false,
    description:
      'Possible values PendingClassification, Queued\nWhen this event is sent out, classification process is yet to have been executed or job was created with an associated queueId.',
  });
  assert.equal(
    received.rows.map((r) => [r.name, r.type, r.nullable]),
    [
      ['jobId', 'string', false],
      ['channelReference', 'string', false],
      ['jobStatus', 'enum', false],
      ['channelId', 'string', false],
      ['classificationPolicyId', 'string', true],
      ['queueId', 'string', true],
      ['priority', 'int', true],
      ['labels', 'Dictionary<string, object>', true],
      ['tags', 'Dictionary<string, object>', true],
      ['requestedWorkerSelectors', 'List<WorkerSelector>', true],
      ['scheduledOn', 'DateTimeOffset', true],
      ['unavailableForMatching', 'bool', true],
    ],
  );
  const queueDetails = router.attributeTables.find(
    (t) => 'definition' in t.owner && t.owner.definition === 'QueueDetails',
  )!;
  assert.equal(queueDetails.from, 'csharp');
  assert.equal(queueDetails.rows, [
    { line: 1121, name: 'Id', type: 'string', nullable: false, description: '' },
    { line: 1122, name: 'Name', type: 'string', nullable: false, description: '' },
    { line: 1123, name: 'Labels', type: 'Dictionary<string, object>', nullable: true, description: '' },
  ]);

  const messaging = parsePage('docs/am.md', page('communication-services-advanced-messaging-events.md').text);
  assert.equal(
    messaging.attributeTables.map((t) => ('event' in t.owner ? t.owner.event.slice(24) : t.owner.definition)),
    [
      'AdvancedMessageReceived',
      'MediaContent',
      'MessageContext',
      'ButtonContent',
      'InteractiveContent',
      'InteractiveButtonReplyContent',
      'InteractiveListReplyContent',
      'ReactionContent',
      'AdvancedMessageDeliveryStatusUpdated',
      'ChannelEventError',
      'AdvancedMessageAnalysisCompleted',
      'LanguageDetection',
    ],
  );
  assert.equal(messaging.attributeTables[0]!.rows[7], {
    line: 51,
    name: 'media',
    type: 'MediaContent',
    nullable: true,
    description: 'Contains details about the received [media](#mediacontent).',
  });
  assert.equal(
    messaging.samples.map((s) => s.title),
    [
      'Text message received',
      'Image Media message received',
      'Document media message received',
      'List reply message received with InteractiveListReplyContent',
      'Reply button message received with InteractiveButtonReplyContent',
      'Reply sticker message received',
      'Reply reaction message received',
      'ButtonContent message received',
      'Update for message delivery',
      'Update for message delivery with failure',
      'Message analysis completed',
    ],
  );
  // non-ASCII text kept as published
  assert.ok(messaging.samples[6]!.published.includes('"emoji": "👍"'));
  assert.ok(messaging.samples[10]!.published.includes('Mother’s Day'));
  // event rows: links removed, (Preview) kept as printed
  assert.is(
    messaging.eventRows[2]!.type,
    'Microsoft.Communication.AdvancedMessageAnalysisCompleted(Preview)',
  );
  assert.equal(router.eventRows[0], {
    line: 21,
    type: 'RouterJobReceived',
    description: 'A new job was created for routing',
  });
});

// ---------------------------------------------------------------------------------------------
// Layout variants

const mdPage = (body: string[]): string =>
  ['---', 'title: T', 'ms.date: 01/02/2024', '---', '', '# T', '', 'Intro.', '', ...body, ''].join('\n');
const sample = (type: string): string[] => ['```json', `[{"eventType": "${type}", "data": {}}]`, '```'];
const X = 'Microsoft.Communication.X';

// [heading lines, expected sample titles, expected warnings]
const headings: [string, string[], (string | undefined)[], string[]][] = [
  ['with " event"', [`### ${X} event`, '', ...sample(X)], [undefined], []],
  ['without " event"', [`### ${X}`, '', ...sample(X)], [undefined], []],
  ['trailing space', [`### ${X} event `, ...sample(X)], [undefined], []],
  ['double spaces', [`###  ${X}  event  `, '', ...sample(X)], [undefined], []],
  ['(Preview) suffix', [`### ${X}(Preview) event`, '', ...sample(X)], [undefined], []],
  [
    'titled examples',
    [
      `### ${X} event`,
      '',
      '#### Examples',
      '',
      '##### First',
      '',
      ...sample(X),
      '',
      '##### Second',
      '',
      ...sample(X),
    ],
    ['First', 'Second'],
    [],
  ],
  ['Examples label is no title', [`### ${X} event`, '', '#### Examples', '', ...sample(X)], [undefined], []],
  [
    'sample of another type than its heading',
    [`### ${X} event`, '', ...sample('Microsoft.Communication.Y')],
    [undefined],
    [`sample's eventType "Microsoft.Communication.Y" differs from its heading's ${X}`],
  ],
  [
    'non-event JSON under an event heading',
    [`### ${X} event`, '', '```json', '{"a": 1}', '```'],
    [],
    ['JSON block is neither an event nor an array of events nor a filter (not imported)'],
  ],
  [
    'non-event JSON outside any event section',
    ['## Setup', '', '```json', '{"a": 1}', '```'],
    [],
    ['JSON block is neither an event nor an array of events nor a filter (not imported)'],
  ],
  [
    'a table in an event section that is none of the known kinds',
    [`### ${X} event`, '', '| Field | Meaning |', '| --- | --- |', '| a | b |', '', ...sample(X)],
    [undefined],
    ['table not understood (header: field | meaning; not imported)'],
  ],
];

for (const [name, body, titles, warnings] of headings) {
  test(`headings: ${name}`, () => {
    const parsed = parsePage('p.md', mdPage(body));
    assert.equal(
      parsed.samples.map((s) => s.title),
      titles,
    );
    assert.equal(
      parsed.diagnostics.map((d) => d.message),
      warnings,
    );
  });
}

test('CRLF pages read like LF pages; published text has \\n line ends', () => {
  const email = page('communication-services-email-events.md').text;
  assert.ok(email.includes('\r\n'), 'the email page is CRLF');
  const crlf = parsePage('e.md', email);
  const lf = parsePage('e.md', email.replace(/\r\n/g, '\n'));
  assert.equal(crlf, lf);
  assert.is(crlf.samples.length, 2);
  assert.not.ok(crlf.samples.some((s) => s.published.includes('\r')));
  assert.equal(crlf.samples[0]!.repairs, [{ kind: 'trailing-comma', line: 44, column: 68 }]);
  const chat = page('communication-services-chat-events.md').text;
  assert.equal(parsePage('c.md', chat.replace(/\n/g, '\r\n')), parsePage('c.md', chat));
});

test('a broken sample is a diagnostic at page line:column with its section; the rest is imported', () => {
  const text = page('communication-services-router-events.md').text.replace(
    '"channelReference": "test-abc",\n    "jobStatus"',
    '"channelReference": "test-abc"\n    "jobStatus"',
  );
  const parsed = parsePage('docs/communication-services-router-events.md', text);
  assert.equal(parsed.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic), [
    `docs/communication-services-router-events.md:61:5: Event responses > Microsoft.Communication.RouterJobReceived: invalid JSON (not imported): unexpected "\\"", expected ',' or '}' after property value`,
  ]);
  assert.is(parsed.samples.length, 20);
});

test('attribute rows: bad cells are diagnostics, not silent skips', () => {
  const parsed = parsePage(
    'p.md',
    mdPage([
      `### ${X} event`,
      '',
      '| Attribute | Type | Nullable | Description |',
      '|---|---|---|---|',
      '| ok | `string` | ✔️ | Fine. |',
      '| bad name! | `string` | ❌ | |',
      '| maybe | `int` | ? | |',
    ]),
  );
  assert.equal(
    parsed.attributeTables[0]!.rows.map((r) => [r.name, r.nullable]),
    [
      ['ok', true],
      ['maybe', undefined],
    ],
  );
  assert.equal(parsed.diagnostics.map(formatDiagnostic), [
    'p.md:15:1: warning: Microsoft.Communication.X event: attribute table row names no attribute: "bad name!" (not imported)',
    'p.md:16:1: warning: Microsoft.Communication.X event: attribute maybe: Nullable cell "?" is neither ❌ nor ✔️ (left out)',
  ]);
});

// ---------------------------------------------------------------------------------------------
// Building blocks

// [printed .NET type, description, schema]
const dotnet: [string, string, object | undefined][] = [
  ['string', '', { type: 'string' }],
  ['int', '', { type: 'integer', format: 'int32' }],
  ['long', '', { type: 'integer', format: 'int64' }],
  ['double', '', { type: 'number' }],
  ['float', '', { type: 'number' }],
  ['bool', '', { type: 'boolean' }],
  ['DateTimeOffset', '', { type: 'string', format: 'date-time' }],
  ['TimeSpan', '', { type: 'string', format: 'duration' }],
  ['List<string>', '', { type: 'array', items: { type: 'string' } }],
  ['List<WorkerSelector>', '', { type: 'array', items: { $ref: '#/$defs/WorkerSelector' } }],
  ['IEnumerable<CommunicationError>', '', { type: 'array', items: { $ref: '#/$defs/CommunicationError' } }],
  ['Dictionary<string, object>', '', { type: 'object', additionalProperties: true }],
  ['Dictionary<string, string>', '', { type: 'object', additionalProperties: { type: 'string' } }],
  [
    'enum',
    'Possible values PendingClassification, Queued',
    { oneOf: [{ const: 'PendingClassification' }, { const: 'Queued' }] },
  ],
  ['enum', 'No values listed.', { type: 'string' }],
  ['QueueDetails', '', { $ref: '#/$defs/QueueDetails' }],
  ['LabelOperator', '', undefined],
];

for (const [printed, description, expected] of dotnet) {
  test(`.NET type ${printed}`, () => {
    const known = new Set(['WorkerSelector', 'CommunicationError', 'QueueDetails']);
    assert.equal(
      schemaOfDotnetType(printed, description, (n) => known.has(n)),
      expected,
    );
  });
}

test('possible values, camelCase, page slugs', () => {
  assert.equal(
    possibleValues('Status. Possible values include `Sent`, `Delivered`, `Read`, and `Failed`. More.'),
    ['Sent', 'Delivered', 'Read', 'Failed'],
  );
  assert.equal(['TTLSeconds', 'Id', 'ID', 'ChannelId', 'InnerError'].map(camelCase), [
    'ttlSeconds',
    'id',
    'id',
    'channelId',
    'innerError',
  ]);
  assert.equal(pageSlug('seeds/003_73f1e4a02f44594b.txt'), undefined);
  assert.is(documentId('seeds/001_f847ce3cb72aab95.txt', '2021-10-15', new Set(['2021-10'])), '2021-10-2');
});

// ---------------------------------------------------------------------------------------------
// The whole import, in memory

test('import: documents, events by category, drafted schemas from samples and tables', async () => {
  const result = await importDocs(allPages, {});
  const files = result.files;
  const documents = (YAML.parse(files['sources.yaml']!) as { documents: RawDocument[] }).documents;
  assert.equal(
    documents.map((d) => [d.id, d.file, d.origin?.commit.slice(0, 7)]),
    [
      ['2021-10-chat', 'docs/communication-services-chat-events.md', '18ea00a'],
      ['2021-10-presence', 'docs/communication-services-presence-events.md', '85ef2e1'],
      ['2022-05-sms-quickstart', 'docs/handle-sms-events.md', '0b8729e'],
      ['2022-09-email', 'docs/communication-services-email-events.md', '972fa58'],
      ['2022-12-voice-video', 'docs/communication-services-voice-video-events.md', '966a2d1'],
      ['2023-07-router', 'docs/communication-services-router-events.md', '1b3ccaf'],
      ['2024-07-advanced-messaging', 'docs/communication-services-advanced-messaging-events.md', '1030c83'],
      ['2025-01-sms', 'docs/communication-services-telephony-sms-events.md', '06867cc'],
    ],
  );
  const perCategory: Record<string, number> = {};
  for (const path of Object.keys(files).filter((p) => p.startsWith('events/'))) {
    const category = path.split('/')[1]!;
    perCategory[category] = (perCategory[category] ?? 0) + 1;
  }
  assert.equal(perCategory, {
    'advanced-messaging': 3,
    calls: 5,
    chat: 16,
    email: 2,
    presence: 1,
    recording: 1,
    router: 21,
    sms: 2,
  });
  const event = (path: string): RawEvent => YAML.parse(files[path]!) as RawEvent;

  const analysis = event('events/advanced-messaging/AdvancedMessageAnalysisCompleted.yaml');
  assert.is(
    analysis.listings[0]!.publishedType,
    'Microsoft.Communication.AdvancedMessageAnalysisCompleted(Preview)',
  );
  assert.equal(analysis.samples[0]!.title, 'Message analysis completed');
  assert.equal(analysis.samples[0]!.source, { document: '2024-07-advanced-messaging', line: 462 });
  assert.is(analysis.attributes!.length, 8);
  assert.equal(analysis.schema.properties!.receivedTimestamp, {
    type: ['string', 'null'],
    format: 'date-time',
    description: 'Timestamp of the message.',
  });
  assert.equal(analysis.schema.properties!.languageDetection, {
    anyOf: [{ $ref: '#/$defs/LanguageDetection' }, { type: 'null' }],
    description: 'Contains the language detection of the received user message.',
  });

  const received = event('events/router/RouterJobReceived.yaml');
  const p = received.schema.properties!;
  assert.equal(p.jobStatus, {
    oneOf: [{ const: 'PendingClassification' }, { const: 'Queued' }],
    description:
      'Possible values PendingClassification, Queued\nWhen this event is sent out, classification process is yet to have been executed or job was created with an associated queueId.',
  });
  assert.equal(p.labels, {
    type: ['object', 'null'],
    additionalProperties: true,
    description: 'Based on user input',
  });
  assert.equal(p.priority, {
    type: ['integer', 'null'],
    format: 'int32',
    description:
      'Null when `classificationPolicyId` is specified. Non-null value in case of direct queue assignment.',
  });
  assert.equal(p.requestedWorkerSelectors!.items, { $ref: '#/$defs/WorkerSelector' });
  assert.is(event('events/chat/ChatMessageReceived.yaml').scope, 'user', 'Level column');
  assert.is(event('events/chat/ChatThreadCreated.yaml').scope, 'thread');

  const definitions = (
    YAML.parse(files['definitions.yaml']!) as { definitions: Record<string, RawDefinition> }
  ).definitions;
  assert.equal(Object.keys(definitions).sort(), [
    'ButtonContent',
    'ChannelConfiguration',
    'ChannelEventError',
    'CommunicationError',
    'InteractiveButtonReplyContent',
    'InteractiveContent',
    'InteractiveListReplyContent',
    'LanguageDetection',
    'MediaContent',
    'MessageContext',
    'QueueDetails',
    'ReactionContent',
    'WorkerSelector',
  ]);
  assert.is(
    definitions.MediaContent!.description,
    'Contains details about the received [media](#mediacontent).',
  );
  assert.equal(definitions.WorkerSelector!.schema.properties!.ttlSeconds, { type: ['number', 'null'] });
  assert.equal(definitions.CommunicationError!.schema.properties!.details, {
    type: ['array', 'null'],
    items: { $ref: '#/$defs/CommunicationError' },
  });

  // the disagreements the importer reports
  const messages = result.diagnostics.map(formatDiagnostic);
  for (const expected of [
    'docs/communication-services-router-events.md:54:1: warning: data.scheduledOn: RouterJobReceived: must match format "date-time" (sample vs schema)',
    'docs/communication-services-router-events.md:729:1: warning: data.queueId: RouterJobDeleted: sample field queueId is in no attribute table (table vs sample)',
    'docs/communication-services-advanced-messaging-events.md:45:1: warning: data.messageId: AdvancedMessageReceived: attribute messageId appears in no sample (table vs sample)',
    "docs/communication-services-advanced-messaging-events.md:147:1: warning: data.media: AdvancedMessageReceived: must have required property 'ID' (sample vs schema)",
  ])
    assert.ok(messages.includes(expected), expected);
  assert.is(result.diagnostics.filter((d) => d.severity === 'error').length, 0);
});

test('import: a document whose origin lists its keys in another order is left as it is', async () => {
  const chat = [page('communication-services-chat-events.md')];
  const first = await importDocs(chat, {});
  const doc = YAML.parseDocument(first.files['sources.yaml']!);
  const origin = doc.getIn(['documents', 0, 'origin']) as YAML.YAMLMap;
  origin.items.reverse();
  const reordered = { ...first.files, 'sources.yaml': doc.toString({ lineWidth: 0 }) };
  assert.ok(reordered['sources.yaml'] !== first.files['sources.yaml']);
  assert.equal((await importDocs(chat, reordered)).files, reordered);
});

test('import: attribute rows against a curated schema (table vs schema)', async () => {
  const router = [page('communication-services-router-events.md')];
  const first = await importDocs(router, {});
  const path = 'events/router/RouterJobClosed.yaml';
  const doc = YAML.parseDocument(first.files[path]!);
  doc.deleteIn(['schema', 'properties', 'workerId']);
  doc.setIn(['schema', 'properties', 'dispositionCode'], { type: 'string' });
  const curated = { ...first.files, [path]: doc.toString({ lineWidth: 0 }) };
  const again = await importDocs(router, curated);
  assert.equal(again.files, curated, 'nothing to add: the curated schema stays');
  assert.equal(
    again.diagnostics.filter((d) => d.message.includes('(table vs schema)')).map(formatDiagnostic),
    [
      'docs/communication-services-router-events.md:386:1: warning: schema.properties.dispositionCode: RouterJobClosed: the table says dispositionCode is nullable, the schema does not allow null (table vs schema)',
      'docs/communication-services-router-events.md:387:1: warning: schema.properties.workerId: RouterJobClosed: attribute workerId is not in the schema (table vs schema)',
    ],
  );
});

// [curated names, published sub-type name, the curated definition it attaches to]
const curatedNameCases: [string[], string, string][] = [
  [['QueueDetails', 'RouterQueueDetails'], 'QueueDetails', 'QueueDetails'],
  [['RouterQueueDetails', 'RouterWorker'], 'QueueDetails', 'RouterQueueDetails'],
  [['AdvancedMessageMediaContent'], 'MediaContent', 'AdvancedMessageMediaContent'],
  [['RouterQueueDetails', 'OtherQueueDetails'], 'QueueDetails', 'QueueDetails'],
  [['myQueueDetails'], 'QueueDetails', 'QueueDetails'],
  [['Details'], 'QueueDetails', 'QueueDetails'],
  [[], 'QueueDetails', 'QueueDetails'],
];
for (const [names, published, expected] of curatedNameCases)
  test(`curatedName: ${published} among [${names.join(', ')}] → ${expected}`, () =>
    assert.is(curatedName(names, published), expected));

test('import: a docs sub-type table attaches to the curated definition whose name ends with it', async () => {
  const router = [page('communication-services-router-events.md')];
  const fresh = await importDocs(router, {});
  const drafted = (YAML.parse(fresh.files['definitions.yaml']!) as RawDefinitionsFile).definitions;
  const rows = drafted.QueueDetails!.attributes!;
  assert.ok(rows.length > 0);
  const curated = [
    'definitions:',
    '  RouterQueueDetails:',
    '    description: A queue a worker takes jobs from.',
    '    schema:',
    '      type: object',
    '      properties:',
    '        id: { type: string }',
    '        name: { type: string }',
    '        labels: { type: object, additionalProperties: true }',
    '',
  ].join('\n');
  const result = await importDocs(router, { 'definitions.yaml': curated });
  const definitions = (YAML.parse(result.files['definitions.yaml']!) as RawDefinitionsFile).definitions;
  assert.not.ok('QueueDetails' in definitions, 'no second definition under the published name');
  assert.equal(definitions.RouterQueueDetails!.attributes, rows);
  assert.ok(result.files['definitions.yaml']!.startsWith(curated.split('    schema:')[0]!));
});

test('import: definitions rows against their curated schema; C# names match their camelCase', async () => {
  const pages = [
    page('communication-services-router-events.md'),
    page('communication-services-advanced-messaging-events.md'),
  ];
  const first = await importDocs(pages, {});
  assert.equal(
    first.diagnostics.filter((d) => d.message.includes('(table vs schema)')),
    [],
  );
  const doc = YAML.parseDocument(first.files['definitions.yaml']!);
  const media = doc.getIn(['definitions', 'MediaContent', 'schema']) as YAML.YAMLMap;
  const properties = media.get('properties') as YAML.YAMLMap;
  const id = properties.items.find((p) => (p.key as YAML.Scalar).value === 'ID')!;
  (id.key as YAML.Scalar).value = 'id';
  media.set('required', ['mimeType', 'id']);
  const curated = { ...first.files, 'definitions.yaml': doc.toString({ lineWidth: 0 }) };
  const again = await importDocs(pages, curated);
  assert.equal(again.files, curated);
  assert.equal(
    again.diagnostics.filter((d) => d.message.includes('(table vs schema)')).map(formatDiagnostic),
    [
      'docs/communication-services-advanced-messaging-events.md:62:1: warning: schema.properties.ID: MediaContent: the table names ID, the schema spells it id (table vs schema)',
    ],
  );
  assert.not.ok(
    again.diagnostics.some((d) => d.message.includes("required property 'ID'")),
    'the samples agree with the curated id',
  );
});

// ---------------------------------------------------------------------------------------------
// The CLI on a temporary copy of the committed catalog

const cli = (args: string[]) => runScript('import-docs.ts', args);

/** An event file's attribute rows: a top-level `attributes:` block (docs facts the importer owns). */
const ATTRIBUTES_BLOCK = /^attributes:\n(?:[ -].*\n)*/m;

test('CLI: all docs pages into a copy of the catalog, twice: the second run changes nothing', async () => {
  const dir = join(ROOT, 'test/tmp', `import-docs-pages-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const snapshot = async (): Promise<Record<string, string>> => {
    const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    return Object.fromEntries(
      await Promise.all(
        entries.map(async (e) => [
          join(e.parentPath, e.name).slice(dir.length + 1),
          await readFile(join(e.parentPath, e.name), 'utf8'),
        ]),
      ),
    );
  };
  try {
    for (const entry of await readdir(join(ROOT, 'catalog'), { withFileTypes: true }))
      if (entry.name !== 'sources')
        await cp(join(ROOT, 'catalog', entry.name), join(dir, entry.name), { recursive: true });
    const committed = await snapshot();
    // The copy loses every event's attribute rows; the import must give them back, and only them.
    const stripped = Object.keys(committed).filter(
      (p) => p.startsWith('events/') && ATTRIBUTES_BLOCK.test(committed[p]!),
    );
    for (const path of stripped)
      await writeFile(join(dir, path), committed[path]!.replace(ATTRIBUTES_BLOCK, ''));
    const rows = stripped.reduce((n, p) => n + (YAML.parse(committed[p]!) as RawEvent).attributes!.length, 0);
    assert.ok(stripped.length > 0 && rows > 0);

    const args = ['--catalog', dir, '--sources', SOURCES, ...pageNames.map((n) => join(SOURCES, 'docs', n))];
    const first = await cli(args);
    assert.is(first.code, 0, first.stderr);
    assert.match(
      first.stdout,
      `added: 0 document(s), 0 prefix(es) + 0 prefix listing(s), 0 filter(s), 0 definition(s) + 0 definition attribute(s), 0 event(s), 0 listing(s), 0 sample(s), ${rows} attribute(s)`,
    );
    const after = await snapshot();
    for (const [path, text] of Object.entries(committed)) {
      if (!stripped.includes(path)) {
        assert.is(after[path], text, `${path}: untouched`);
        continue;
      }
      // The rows go back between listings and schema, where the curated files have them; the rest
      // of the file is the curated text.
      const block = ATTRIBUTES_BLOCK.exec(after[path]!);
      assert.ok(block, path);
      assert.is(after[path]!.replace(ATTRIBUTES_BLOCK, ''), text.replace(ATTRIBUTES_BLOCK, ''), path);
      assert.is(block.index, ATTRIBUTES_BLOCK.exec(text)!.index, `${path}: attributes in place`);
    }
    // The rows as published equal the committed ones, but one: the committed RouterJobReceived row at
    // line 101 joins its Description and Notes cells with " — ", the importer keeps them on two lines.
    const differing = stripped.flatMap((path) => {
      const written = (YAML.parse(after[path]!) as RawEvent).attributes!;
      const curated = (YAML.parse(committed[path]!) as RawEvent).attributes!;
      assert.is(written.length, curated.length, path);
      return curated.flatMap((row, i) => {
        if (JSON.stringify(row) === JSON.stringify(written[i])) return [];
        assert.equal({ ...row, description: undefined }, { ...written[i], description: undefined }, path);
        return [`${path}:${row.line}`];
      });
    });
    assert.equal(differing, ['events/router/RouterJobReceived.yaml:101']);

    const second = await cli(args);
    assert.is(second.code, 0, second.stderr);
    assert.match(second.stdout, 'added: 0 document(s)');
    const imported = Object.keys(committed).filter(
      (p) =>
        p.startsWith('events/') ||
        ['sources.yaml', 'subjects.yaml', 'filters.yaml', 'definitions.yaml'].includes(p),
    );
    assert.match(second.stdout, `unchanged  ${imported.length} file(s)`);
    assert.not.match(second.stdout, /updated|created/);
    assert.equal(await snapshot(), after);
    // diagnostics name the page as given on the command line, with line and column; the router page's
    // QueueDetails table is reconciled with the curated RouterQueueDetails
    assert.match(
      second.stderr,
      `${join(SOURCES, 'docs/communication-services-router-events.md')}:1123:1: warning: schema.properties.Labels: RouterQueueDetails: the table says Labels is nullable, the schema does not allow null (table vs schema)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
