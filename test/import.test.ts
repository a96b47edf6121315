import { runScript } from './support/run-script.ts';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import YAML from 'yaml';
import { draftSchema, structuralDraft } from '../generator/import/draft-schema.ts';
import { formatDiagnostic, importDocs, type CatalogFiles } from '../generator/import/docs-import.ts';
import { noCounts } from '../generator/import/import-context.ts';
import { parsePage } from '../generator/import/parse-docs-page.ts';
import { blockScalarRoundTrips, textNode } from '../generator/import/yaml-edit.ts';
import type {
  RawDocument,
  RawEvent,
  RawFiltersFile,
  RawSourcesFile,
  RawSubjectsFile,
} from '../generator/model/catalog-model.ts';

const SEEDS = fileURLToPath(new URL('../catalog/sources/seeds/', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const seedNames = readdirSync(SEEDS).sort();
const seed = (prefix: string) => {
  const file = seedNames.find((n) => n.startsWith(prefix))!;
  return { file: `seeds/${file}`, text: readFileSync(join(SEEDS, file), 'utf8') };
};
const allSeeds = seedNames.map((n) => seed(n.slice(0, 3)));
const parse = <T>(files: CatalogFiles, path: string): T => YAML.parse(files[path]!) as T;
const events = (files: CatalogFiles): RawEvent[] =>
  Object.keys(files)
    .filter((p) => p.startsWith('events/'))
    .map((p) => parse<RawEvent>(files, p));

// ---------------------------------------------------------------------------------------------
// Each seed format

// [seed, format, title, date, dateSource, event rows, prefix rows, filters, samples, summary start, cleanups]
const pages: [string, string, string, string, string, number, string[], number, number, string, string[]][] =
  [
    [
      '000',
      'markdown',
      'Azure Communication Services as an Event Grid source',
      '2021-02-11',
      'front-matter',
      20,
      ['phonenumber/', 'user/', 'thread/'],
      1,
      20,
      'Azure Communication Services integrates with [Azure Event Grid]',
      [],
    ],
    [
      '001',
      'markdown',
      'Azure Communication Services - Chat events',
      '2021-10-15',
      'front-matter',
      16,
      [],
      0,
      16,
      'This article provides the properties and schema for communication services chat events. For',
      ['11:88'],
    ],
    [
      '002',
      'text',
      'Event Handling in Azure Communication Services',
      '2020-09-18',
      'inferred',
      10,
      ['phonenumber/', 'user/', 'thread/'],
      1,
      10,
      'Azure Communication Services integrates with Azure Event Grid to',
      [],
    ],
    [
      '003',
      'markdown',
      'Event Handling',
      '2020-03-10',
      'front-matter',
      5,
      [
        'phonenumber/555-555-5555',
        'user/831e1650-001e-001b-66ab-eeb76e069631',
        'space/831e1650-001e-001b-66ab-eeb76e069631',
      ],
      1,
      5,
      'Azure Communication Services allow applications to react',
      ['17:431'],
    ],
    [
      '004',
      'markdown',
      'Azure Communication Services as an Event Grid source - Overview',
      '2021-06-11',
      'front-matter',
      0,
      ['phonenumber/', 'user/', 'thread/'],
      1,
      0,
      'Azure Communication Services integrates with [Azure Event Grid]',
      [],
    ],
  ];

for (const [
  prefix,
  format,
  title,
  date,
  dateSource,
  rows,
  prefixes,
  filters,
  samples,
  summary,
  cleanups,
] of pages) {
  test(`parsePage: seed ${prefix} (${format})`, () => {
    const { file, text } = seed(prefix);
    const page = parsePage(file, text);
    assert.equal(page.diagnostics, []);
    assert.equal([page.format, page.title, page.date, page.dateSource], [format, title, date, dateSource]);
    assert.is(page.eventRows.length, rows);
    assert.equal(
      page.prefixRows.map((r) => r.published),
      prefixes,
    );
    assert.is(page.filters.length, filters);
    assert.is(page.samples.length, samples);
    assert.ok(page.summary?.startsWith(summary), page.summary);
    assert.not.ok(page.summary?.includes('Â'), 'mojibake cleaned');
    assert.equal(
      page.cleanups.map((c) => `${c.line}:${c.column}`),
      cleanups,
    );
    for (const c of page.cleanups) {
      assert.is(text.split('\n')[c.line - 1]!.slice(c.column - 1, c.column + 1), c.found);
    }
    // every block's published text is the seed's lines from its first line on
    const seedLines = text.split('\n');
    for (const block of [...page.filters, ...page.samples]) {
      const n = block.published.split('\n').length - 1;
      assert.is(block.published, seedLines.slice(block.line - 1, block.line - 1 + n).join('\n') + '\n');
    }
  });
}

test('parsePage: text tables and event headings (seed 002)', () => {
  const page = parsePage(seed('002').file, seed('002').text);
  assert.equal(page.eventRows[0], {
    line: 20,
    type: 'Microsoft.Communication.SMSReceived',
    description:
      'Published when an SMS is received by a phone number associated with the Communication Service.',
  });
  assert.equal(page.prefixRows[2], { line: 40, published: 'thread/', entity: 'Chat thread.' });
  assert.equal(
    page.samples.map((s) => s.line),
    [60, 87, 106, 131, 156, 180, 213, 234, 258, 283],
  );
  assert.equal(page.samples[5]!.repairs, [{ kind: 'trailing-comma', line: 187, column: 54 }]);
  assert.equal(page.filters[0]!.repairs, [
    { kind: 'wrap-object', line: 44, column: 1 },
    { kind: 'trailing-comma', line: 49, column: 42 },
  ]);
});

test('parsePage: an unrepairable block is reported at line:column and skipped', () => {
  const text = [
    '---',
    'ms.date: 01/02/2021',
    '---',
    '# T',
    '',
    'Intro.',
    '',
    '```json',
    '[{',
    '  "eventType": "Microsoft.Communication.X"',
    '  "data": {}',
    '}]',
    '```',
    '',
    '```json',
    '[{"eventType": "Microsoft.Communication.Y", "data": {}}]',
    '```',
    '',
  ].join('\n');
  const page = parsePage('bad.md', text);
  assert.equal(page.diagnostics.map(formatDiagnostic), [
    `bad.md:11:3: (root): invalid JSON (not imported): unexpected "\\"", expected ',' or '}' after property value`,
  ]);
  assert.equal(
    page.samples.map((s) => s.line),
    [16],
  );
  assert.is(page.date, '2021-01-02');
});

// ---------------------------------------------------------------------------------------------
// The whole import

let full: CatalogFiles;

test('import of all five seeds into an empty catalog', async () => {
  const result = await importDocs(allSeeds, {});
  full = result.files;
  assert.equal(result.diagnostics, []);

  const { documents } = parse<RawSourcesFile>(full, 'sources.yaml');
  assert.equal(
    documents.map((d) => [d.id, d.file.slice(6, 9), d.date, d.dateSource, d.format]),
    [
      ['2020-03', '003', '2020-03-10', 'front-matter', 'markdown'],
      ['2020-09', '002', '2020-09-18', 'inferred', 'text'],
      ['2021-02', '000', '2021-02-11', 'front-matter', 'markdown'],
      ['2021-06', '004', '2021-06-11', 'front-matter', 'markdown'],
      ['2021-10', '001', '2021-10-15', 'front-matter', 'markdown'],
    ],
  );
  assert.equal(documents[0]!.cleanups, [{ line: 17, column: 431, found: 'Â\u00a0', replacement: ' ' }]);

  const all = events(full);
  assert.is(all.length, 23);
  assert.equal(
    all.filter((e) => e.category === 'sms').map((e) => e.type),
    ['Microsoft.Communication.SMSDeliveryReportReceived', 'Microsoft.Communication.SMSReceived'],
  );
  assert.is(all.filter((e) => e.category === 'chat').length, 21);
  for (const short of [
    'ChatMemberAddedToThreadWithUser',
    'ChatMemberRemovedFromThreadWithUser',
    'InstantMessageReceived',
    'InstantMessageEdited',
    'InstantMessageDeleted',
  ]) {
    assert.ok(full[`events/chat/${short}.yaml`], short);
  }
  const perDocument = new Map<string, number>();
  for (const e of all)
    for (const s of e.samples)
      perDocument.set(s.source.document, (perDocument.get(s.source.document) ?? 0) + 1);
  assert.equal(Object.fromEntries(perDocument), {
    '2021-02': 20,
    '2021-10': 16,
    '2020-09': 10,
    '2020-03': 5,
  });

  const { filters } = parse<RawFiltersFile>(full, 'filters.yaml');
  assert.equal(
    filters.map((f) => f.id),
    ['2020-03-1', '2020-09-1', '2021-02-1', '2021-06-1'],
  );
  assert.equal(filters[0]!.corrected, {
    includedEventTypes: ['Microsoft.Resources.SMSReceived', 'Microsoft.Resources.SMSDeliveryReport'],
    subjectBeginsWith: 'phonenumber/604',
  });

  const { prefixes } = parse<RawSubjectsFile>(full, 'subjects.yaml');
  assert.equal(
    prefixes.map((p) => [p.prefix, p.entity, p.listings.length]),
    [
      ['phonenumber/', 'PSTN phone number', 4],
      ['user/', 'ACS User', 4],
      ['space/', 'ACS Space', 1],
      ['thread/', 'Chat thread.', 3],
    ],
  );
  assert.equal(prefixes[2]!.listings, [
    { document: '2020-03', line: 62, published: 'space/831e1650-001e-001b-66ab-eeb76e069631' },
  ]);
});

test('import: new events get drafted fields, sorted listings and samples', () => {
  const created = parse<RawEvent>(full, 'events/chat/ChatThreadCreatedWithUser.yaml');
  assert.equal(
    [created.scope, created.status, created.dataVersion, created.subjects],
    ['user', 'current', '1.0', []],
  );
  assert.equal(
    created.samples.map((s) => [s.source.document, s.source.line]),
    [
      ['2020-09', 180],
      ['2021-02', 247],
      ['2021-10', 170],
    ],
  );
  assert.equal(created.samples[0]!.repairs, [{ kind: 'trailing-comma', line: 187, column: 54 }]);
  assert.equal(created.schema.required?.includes('participants'), false, 'not in the 2020-09 sample');
  assert.equal(created.schema.required?.includes('threadId'), true);
  assert.not.ok(JSON.stringify(created.schema).includes('additionalProperties'));
  assert.not.ok(JSON.stringify(created.schema).includes('$ref'));

  const deleted = parse<RawEvent>(full, 'events/chat/InstantMessageDeleted.yaml');
  assert.equal(deleted.listings, [
    {
      document: '2020-03',
      line: 46,
      description: 'Published when a chat instant messaged is deleted by a Communication Services user.',
      publishedType: 'Microsoft.CommunicationServices.InstantMessageDeleted',
    },
  ]);
  assert.is(deleted.type, 'Microsoft.Communication.InstantMessageDeleted');
  assert.is(parse<RawEvent>(full, 'events/chat/ChatThreadCreated.yaml').scope, 'thread');
  assert.is(parse<RawEvent>(full, 'events/sms/SMSReceived.yaml').scope, undefined);
  const received = parse<RawEvent>(full, 'events/chat/ChatMessageReceived.yaml');
  assert.is(
    received.description,
    'Published when a message is received for a user in a chat thread that she is member of.',
  );
  assert.equal(
    received.listings.map((l) => l.document),
    ['2020-09', '2021-02', '2021-10'],
  );
});

test('import: published text round-trips through YAML exactly', () => {
  const byId = new Map(
    parse<RawSourcesFile>(full, 'sources.yaml').documents.map((d: RawDocument) => [
      d.id,
      seed(d.file.slice(6, 9)).text.split('\n'),
    ]),
  );
  const blocks = [
    ...events(full).flatMap((e) => e.samples),
    ...parse<RawFiltersFile>(full, 'filters.yaml').filters,
  ];
  assert.is(blocks.length, 55);
  for (const block of blocks) {
    const lines = byId.get(block.source.document)!;
    const n = block.published.split('\n').length - 1;
    assert.is(
      block.published,
      lines.slice(block.source.line - 1, block.source.line - 1 + n).join('\n') + '\n',
    );
  }
});

test('import is idempotent and independent of argument order', async () => {
  const again = await importDocs(allSeeds, full);
  assert.equal(again.files, full);
  assert.equal(again.added, noCounts());
  const reversed = await importDocs([...allSeeds].reverse(), {});
  assert.equal(reversed.files, full);
});

// ---------------------------------------------------------------------------------------------
// Curated fields survive

test('import preserves an existing event’s curated fields, comments and errata', async () => {
  const first = await importDocs([seed('002')], {});
  const path = 'events/chat/ChatMessageReceived.yaml';
  const doc = YAML.parseDocument(first.files[path]!);
  doc.commentBefore = ' Curated by hand.';
  doc.set('description', 'Curated description.');
  doc.set('scope', 'thread');
  doc.set('status', 'retired');
  doc.set('replacedBy', 'Microsoft.Communication.Other');
  doc.set('dataVersion', '2.0');
  doc.set('subjects', [
    {
      pattern: 'thread/{threadId}',
      prefix: 'thread/',
      parameters: { threadId: { description: 'The thread.' } },
    },
  ]);
  doc.set('schema', {
    type: 'object',
    properties: {
      messageBody: { type: 'string' },
      senderCommunicationIdentifier: { $ref: '#/$defs/CommunicationIdentifier' },
      version: { type: 'string' },
    },
    required: ['messageBody', 'senderCommunicationIdentifier'],
  });
  doc.set('errata', [
    {
      id: 'e1',
      kind: 'description',
      source: { document: '2020-09', line: 22 },
      wrong: 'she',
      correction: 'they',
    },
  ]);
  // the 2020-09 sample lacks senderCommunicationIdentifier: an erratum adds it
  doc.setIn(
    ['samples', 0, 'errata'],
    [
      {
        id: 'e2',
        kind: 'value',
        source: { document: '2020-09', line: 106 },
        wrong: 'no identifier',
        correction: 'add it',
        patch: [
          { op: 'add', path: '/data/senderCommunicationIdentifier', value: { rawId: '8:acs:x' } },
          { op: 'replace', path: '/data/version', value: '1600389507167' },
        ],
      },
    ],
  );
  const curated = doc.toString({ lineWidth: 0 });
  const sources = YAML.parseDocument(first.files['sources.yaml']!);
  sources.setIn(
    ['documents', 0, 'errata'],
    [{ id: 'd1', kind: 'typo', source: { document: '2020-09', line: 7 }, wrong: 'x', correction: 'y' }],
  );
  const definitions =
    'definitions:\n  CommunicationIdentifier:\n    description: An identifier.\n    schema:\n      type: object\n      properties:\n        rawId:\n          type: string\n      required: [rawId]\n';
  const before: CatalogFiles = {
    ...first.files,
    [path]: curated,
    'sources.yaml': sources.toString({ lineWidth: 0 }),
    'definitions.yaml': definitions,
  };

  const result = await importDocs([seed('000'), seed('001')], before);
  const after = YAML.parse(result.files[path]!) as RawEvent & { replacedBy: string; errata: unknown[] };
  const was = YAML.parse(curated) as RawEvent;
  for (const key of [
    'type',
    'category',
    'scope',
    'description',
    'status',
    'replacedBy',
    'dataVersion',
    'subjects',
    'schema',
    'errata',
  ] as const) {
    assert.equal(after[key], was[key], key);
  }
  assert.ok(result.files[path]!.startsWith('# Curated by hand.\n'), 'comment kept');
  assert.equal(after.samples[0], was.samples[0], 'existing sample and its errata untouched');
  assert.equal(
    after.samples.map((s) => `${s.source.document}:${s.source.line}`),
    ['2020-09:106', '2021-02:132', '2021-10:47'],
  );
  assert.equal(
    after.listings.map((l) => `${l.document}:${l.line}`),
    ['2020-09:22', '2021-02:30', '2021-10:21'],
  );
  assert.equal(YAML.parse(result.files['sources.yaml']!).documents[0].errata, [
    { id: 'd1', kind: 'typo', source: { document: '2020-09', line: 7 }, wrong: 'x', correction: 'y' },
  ]);

  // samples checked against the curated schema (patched 2020-09 sample passes; version is a number in the others)
  const warnings = result.diagnostics
    .filter((d) => d.message.startsWith('ChatMessageReceived:'))
    .map(formatDiagnostic);
  assert.equal(warnings, [
    `${seed('000').file}:132:1: warning: data.version: ChatMessageReceived: must be string (sample vs schema)`,
    `${seed('001').file}:47:1: warning: data.version: ChatMessageReceived: must be string (sample vs schema)`,
  ]);

  // importing again changes nothing
  const again = await importDocs([seed('000'), seed('001'), seed('002')], result.files);
  assert.equal(again.files, result.files);
});

test('import reports a sample whose recorded repair no longer applies', async () => {
  const first = await importDocs([seed('002')], {});
  const path = 'events/chat/ChatThreadCreatedWithUser.yaml';
  const broken = first.files[path]!.replace('column: 54', 'column: 50');
  const result = await importDocs([seed('002')], { ...first.files, [path]: broken });
  assert.equal(result.diagnostics.map(formatDiagnostic), [
    `${seed('002').file}:180:1: warning: (root): ChatThreadCreatedWithUser: a recorded repair does not apply: trailing-comma repair at 187:50: expected ',' there, found "c"`,
  ]);
});

// ---------------------------------------------------------------------------------------------
// Building blocks

// [name, samples, expected]
const drafts: [string, unknown[], object][] = [
  [
    'required only when present in every sample',
    [{ a: 1, b: 'x' }, { a: 2 }],
    { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'string' } }, required: ['a'] },
  ],
  [
    'integer vs number',
    [{ n: 1 }, { n: 1.5 }],
    { type: 'object', properties: { n: { type: 'number' } }, required: ['n'] },
  ],
  [
    'date-time strings',
    [{ t: '2021-02-20T00:31:54.365+00:00' }, { t: '2020-09-18T00:22:20.2855749Z' }],
    { type: 'object', properties: { t: { type: 'string', format: 'date-time' } }, required: ['t'] },
  ],
  [
    'nested objects are inlined',
    [{ o: { p: [{ q: true }] } }],
    {
      type: 'object',
      properties: {
        o: {
          type: 'object',
          properties: {
            p: {
              type: 'array',
              items: { type: 'object', properties: { q: { type: 'boolean' } }, required: ['q'] },
            },
          },
          required: ['p'],
        },
      },
      required: ['o'],
    },
  ],
  [
    'required keeps property order',
    [{ z: 1, a: 1 }],
    { type: 'object', properties: { z: { type: 'integer' }, a: { type: 'integer' } }, required: ['z', 'a'] },
  ],
];

for (const [name, samples, expected] of drafts) {
  test(`draftSchema: ${name}`, async () => {
    assert.equal(await draftSchema(samples, 'Draft'), expected);
    assert.equal(structuralDraft(samples), expected, 'the fallback agrees');
  });
}

// [text]: each must come back exactly from YAML
const texts = [
  '[{\n  "a": 1\n}]\n',
  ' {\n "a": 1\n}\n',
  '[1]',
  '[1]\n\n\n',
  '  x\n\n  y  \n',
  '\n\nfoo\n',
  '#x\n',
  'x\r\ny\n',
  '  \n',
  'tab\there\n',
  'é\u00a0\n',
];

for (const text of texts) {
  test(`published text round-trips: ${JSON.stringify(text)}`, () => {
    const doc = new YAML.Document({ samples: [{ published: 'x' }] });
    doc.setIn(['samples', 0, 'published'], textNode(doc, text));
    assert.is(
      (YAML.parse(doc.toString({ lineWidth: 0 })) as { samples: { published: string }[] }).samples[0]!
        .published,
      text,
    );
  });
}

test('block scalars are used when they round-trip', () => {
  assert.ok(blockScalarRoundTrips(' {\n}\n'));
  assert.not.ok(blockScalarRoundTrips('  \n'));
});

// ---------------------------------------------------------------------------------------------
// CLI

const cli = (args: string[]) => runScript('import-docs.ts', args);

test('CLI: import twice into a temp dir gives identical bytes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'import-docs-'));
  try {
    const seeds = seedNames.map((n) => join(SEEDS, n));
    const first = await cli(['--catalog', dir, '--sources', join(ROOT, 'catalog/sources'), ...seeds]);
    assert.is(first.code, 0, first.stderr);
    assert.match(first.stdout, 'created    sources.yaml');
    const snapshot = async () => {
      const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
      return Object.fromEntries(
        await Promise.all(
          files.map(async (e) => [
            join(e.parentPath, e.name),
            await readFile(join(e.parentPath, e.name), 'utf8'),
          ]),
        ),
      );
    };
    const before = await snapshot();
    assert.is(Object.keys(before).length, 26);
    const second = await cli(['--catalog', dir, '--sources', join(ROOT, 'catalog/sources'), ...seeds]);
    assert.is(second.code, 0);
    assert.match(second.stdout, 'unchanged  26 file(s)');
    assert.equal(await snapshot(), before);
    assert.equal(before[join(dir, 'sources.yaml')], full['sources.yaml']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('CLI: errors are one line, no stack trace, exit 1', async () => {
  const missing = await cli(['--catalog', tmpdir(), 'no-such-page.md']);
  assert.is(missing.code, 1);
  assert.match(missing.stderr, /^error: ENOENT/);
  assert.not.match(missing.stderr, /\n\s+at /);
  const help = await cli(['--help']);
  assert.is(help.code, 0);
  assert.match(help.stdout, 'Usage: npm run import-docs');
  const bad = await cli(['--frobnicate']);
  assert.is(bad.code, 1);
  assert.is(bad.stderr, 'error: unknown option --frobnicate (see --help)\n');
});

const committedCatalog = (): CatalogFiles => {
  const dir = join(ROOT, 'catalog');
  const files: CatalogFiles = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
  }
  return files;
};

test("importing the five seeds reproduces the committed catalog's samples exactly", () => {
  const bySample = (files: CatalogFiles) =>
    events(files)
      .flatMap((e) =>
        e.samples.map((s) => ({
          type: e.type,
          source: s.source,
          published: s.published,
          repairs: s.repairs ?? [],
        })),
      )
      .sort((a, b) =>
        `${a.type}${a.source.document}${a.source.line}`.localeCompare(
          `${b.type}${b.source.document}${b.source.line}`,
        ),
      );
  const imported = bySample(full);
  assert.is(imported.length, 51);
  // The committed catalog also holds the current docs pages' samples: those of the seed documents are compared.
  const committed = committedCatalog();
  const seedDocuments = new Set(
    parse<RawSourcesFile>(committed, 'sources.yaml')
      .documents.filter((d) => d.file.startsWith('seeds/'))
      .map((d) => d.id),
  );
  assert.is(seedDocuments.size, seedNames.length);
  const fromSeeds = bySample(committed).filter((s) => seedDocuments.has(s.source.document));
  assert.ok(fromSeeds.length < bySample(committed).length, 'the docs pages add samples of their own');
  assert.equal(fromSeeds, imported);
});

test('importing the five seeds into the committed catalog changes nothing but v1 file names', async () => {
  const committed = committedCatalog();
  const result = await importDocs(allSeeds, committed);
  assert.equal(result.diagnostics, []);
  for (const [path, text] of Object.entries(result.files)) {
    if (path !== 'sources.yaml') assert.is(text, committed[path], path);
  }
  // a v1 document's bare file name becomes its path relative to catalog/sources (FORMAT-V2 §2); nothing else changes
  const before = committed['sources.yaml']!.split('\n');
  const after = result.files['sources.yaml']!.split('\n');
  assert.is(after.length, before.length);
  after.forEach((line, i) => {
    if (line !== before[i])
      assert.is(line, before[i]!.replace(/^(\s+file: )(?!seeds\/)/, '$1seeds/'), `line ${i + 1}`);
  });
});

test.run();
