/**
 * The generated docs (generated/docs): every relative link and anchor resolves, markdownlint is
 * clean, the pages say what the catalog says (tables of cases), hostile catalog text can neither
 * break a table nor inject HTML, and the pages come out exactly as prettier would format them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import * as prettier from 'prettier';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { alignTables } from '../generator/syntax/markdown-tables.ts';
import { displayWidth } from '../generator/syntax/display-width.ts';
import { code, fence, link, prose, text, yamlString } from '../generator/syntax/markdown-inline.ts';
import { emitDocs } from '../generator/emit/docs/emit-docs.ts';
import { PRETTIER_OPTIONS } from './support/prettier.ts';
import { load, loadTemplates } from '../generator/stages/load.ts';
import type { Catalog, OutputFile } from '../generator/model/catalog-model.ts';
import { normalize } from '../generator/stages/normalize.ts';
import { matchesFilter, type EventSubscriptionFilter } from '../generator/runtime/filter.ts';
import { firstPrettierChange } from './support/prettier.ts';
import { emitContext } from '../generator/model/emit-context.ts';
import { anchorsOf, brokenLinks, linksOf, markdownlint, rows } from './support/markdown-pages.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const GENERATED = path.join(ROOT, 'generated');
/** How prettier would format a page (the pages are emitted already formatted). */
const PRETTIER: prettier.Options = { ...PRETTIER_OPTIONS, parser: 'markdown' };

interface CatalogJson {
  documents: { id: string; date: string; errata: { id: string }[] }[];
  subjectPrefixes: { errata: { id: string }[] }[];
  filterExamples: { errata: { id: string }[] }[];
  events: {
    type: string;
    category: string;
    description: string;
    status: string;
    names: { short: string; slug: string; eventType: string; validator: string };
    errata: { id: string }[];
    samples: {
      id: string;
      errata: { id: string; kind: string; patch?: unknown }[];
      corrected: { subject: string; eventType: string };
    }[];
  }[];
}

const catalog = JSON.parse(readFileSync(path.join(GENERATED, 'catalog.json'), 'utf8')) as CatalogJson;
const pages = readPages(GENERATED);
const eventPath = (event: CatalogJson['events'][number]) => `docs/${event.category}/${event.names.slug}.md`;

// ── Reading Markdown (independent of the generator's own helpers) ─────────────────────────────

function readPages(root: string): Map<string, string> {
  const entries = readdirSync(path.join(root, 'docs'), { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md'));
  const result = new Map<string, string>();
  for (const entry of files.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(entry.parentPath, entry.name);
    result.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
  }
  return result;
}

const frontMatter = (markdown: string) =>
  parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '') as Record<string, unknown> | null;

/** The text of a section: from its heading to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.replace(/^#+\s+/, '') === heading && /^#+\s/.test(line));
  if (start < 0) return '';
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex(
    (line, i) => i > start && /^#+\s/.test(line) && /^#+/.exec(line)![0].length <= level,
  );
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

const jsonBlocks = (markdown: string) =>
  [...markdown.matchAll(/^```json\n([\s\S]*?)\n```$/gm)].map((match) => JSON.parse(match[1]!) as unknown);

// ── Links and anchors ────────────────────────────────────────────────────────────────────────

test('every relative link resolves to a generated page, and every #anchor exists in it', () => {
  const { broken, checked } = brokenLinks(pages);
  assert.equal(broken, []);
  assert.ok(checked > 500, `only ${checked} links checked`);
});

test('heading anchors are unique on every page (no GitHub -1 suffixes to link to by accident)', () => {
  for (const [page, contents] of pages) assert.equal(anchorsOf(contents).duplicates, [], page);
});

test('every page is reachable from docs/index.md', () => {
  const seen = new Set(['docs/index.md']);
  const queue = ['docs/index.md'];
  while (queue.length > 0) {
    const page = queue.shift()!;
    for (const target of linksOf(pages.get(page)!)) {
      const file = target.split('#')[0]!;
      if (file === '' || /^[a-z]+:/i.test(file)) continue;
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
      if (!seen.has(resolved) && pages.has(resolved)) {
        seen.add(resolved);
        queue.push(resolved);
      }
    }
  }
  assert.equal(
    [...pages.keys()].filter((page) => !seen.has(page)),
    [],
  );
});

// ── markdownlint ─────────────────────────────────────────────────────────────────────────────

const CONFIG = path.join(ROOT, '.markdownlint-cli2.jsonc');

test('markdownlint-cli2 passes on generated/docs with the committed config', async () => {
  const result = await markdownlint(ROOT, []);
  assert.ok(result.ok, result.output);
  assert.match(result.output, new RegExp(`Linting: ${pages.size} file\\(s\\)`));
});

test('the markdownlint config disables only rules it gives a reason for', async () => {
  const source = await readFile(CONFIG, 'utf8');
  const config = JSON.parse(source.replace(/^\s*\/\/.*$/gm, '')) as {
    globs: string[];
    config: Record<string, unknown>;
  };
  assert.equal(config.globs, ['generated/docs/**/*.md']);
  assert.is(config.config.default, true);
  for (const rule of Object.keys(config.config).filter((key) => key !== 'default')) {
    const lines = source.split('\n');
    const at = lines.findIndex((line) => line.includes(`"${rule}"`));
    assert.ok(at > 0 && lines[at - 1]!.trim().startsWith('//'), `${rule} has no comment giving the reason`);
  }
});

// ── Content ──────────────────────────────────────────────────────────────────────────────────

test('every page has YAML front matter (title, description), then the DO NOT EDIT banner, then its H1', () => {
  for (const [page, contents] of pages) {
    const meta = frontMatter(contents);
    assert.ok(meta && typeof meta.title === 'string' && meta.title.length > 0, `${page}: title`);
    assert.ok(typeof meta.description === 'string' && meta.description.length > 0, `${page}: description`);
    const body = contents.replace(/^---\n[\s\S]*?\n---\n\n/, '');
    assert.ok(
      body.startsWith('<!-- DO NOT EDIT: generated from catalog/ by `npm run generate`'),
      `${page}: banner`,
    );
    // Event titles may break between words: <wbr> (no visible text) marks where.
    assert.is(/^# (.+)$/m.exec(body)?.[1]?.replaceAll('<wbr>', ''), meta.title, `${page}: H1 is the title`);
  }
});

test('every event has a page titled with its name, its type in the first facts, linked from the index and its category page', () => {
  const index = pages.get('docs/index.md')!;
  for (const event of catalog.events) {
    const page = pages.get(eventPath(event));
    assert.ok(page, `no page for ${event.type}`);
    assert.is(frontMatter(page)!.title, event.names.short);
    assert.ok(page.includes(`\n- Event type: \`${event.type}\`\n`), `${event.type} named on its page`);
    assert.ok(index.includes(`](${event.category}/${event.names.slug}.md)`), `index links ${event.type}`);
    assert.ok(
      pages.get(`docs/${event.category}/index.md`)!.includes(`](${event.names.slug}.md)`),
      `category links ${event.type}`,
    );
  }
  assert.is(
    pages.size,
    catalog.events.length + new Set(catalog.events.map((event) => event.category)).size + 5,
  );
});

test('the errata page has a heading (anchor) for every erratum id in the catalog', () => {
  const ids = [
    ...catalog.documents.flatMap((document) => document.errata),
    ...catalog.subjectPrefixes.flatMap((prefix) => prefix.errata),
    ...catalog.filterExamples.flatMap((filter) => filter.errata),
    ...catalog.events.flatMap((event) => [
      ...event.errata,
      ...event.samples.flatMap((sample) => sample.errata),
    ]),
  ].map((erratum) => erratum.id);
  assert.ok(ids.length >= 70);
  const anchors = anchorsOf(pages.get('docs/errata.md')!).anchors;
  assert.equal(
    ids.filter((id) => !anchors.has(id)),
    [],
  );
});

test('each event page links every erratum of its samples and listings', () => {
  for (const event of catalog.events) {
    const page = pages.get(eventPath(event))!;
    for (const erratum of [...event.errata, ...event.samples.flatMap((sample) => sample.errata)]) {
      assert.ok(page.includes(`](../errata.md#${erratum.id})`), `${event.names.short} links ${erratum.id}`);
    }
  }
});

const has = (needle: string) => (page: string) => page.includes(needle);
const hasRow =
  (...cells: string[]) =>
  (page: string) =>
    rows(page).some((row) => cells.every((cell, i) => row[i] === cell));
const lacks = (needle: string) => (page: string) => !page.includes(needle);

/** [page, what, check] */
const CONTENT: [string, string, (page: string) => boolean][] = [
  [
    'docs/chat/chat-thread-participant-removed.md',
    'corrected description in front matter',
    (p) => frontMatter(p)!.description === 'Published when a participant is removed from a chat thread.',
  ],
  [
    'docs/chat/chat-thread-participant-removed.md',
    'corrected description under the title',
    has(
      '# Chat<wbr>Thread<wbr>Participant<wbr>Removed\n\n[Event reference](../index.md) › [Chat events](index.md)\n\nPublished when a participant is removed from a chat thread.\n',
    ),
  ],
  [
    'docs/chat/chat-thread-participant-removed.md',
    'no copy of the pasted description',
    lacks('Published when a new participant is added'),
  ],
  [
    'docs/chat/chat-thread-participant-removed.md',
    'the description erratum',
    has(
      '[`participant-removed-description-2021-02`](../errata.md#participant-removed-description-2021-02) (`description`)',
    ),
  ],
  [
    'docs/sms/sms-received.md',
    'camelCase `from` in the samples',
    (p) => jsonBlocks(section(p, 'Samples')).every((sample) => 'from' in (sample as { data: object }).data),
  ],
  [
    'docs/sms/sms-received.md',
    'no PascalCase `From` in any sample',
    (p) => !/"From":/.test(section(p, 'Samples')),
  ],
  [
    'docs/sms/sms-received.md',
    'the PascalCase erratum, linked',
    has('[`sms-pascal-case-2020-09-92`](../errata.md#sms-pascal-case-2020-09-92) (`casing`)'),
  ],
  [
    'docs/sms/sms-received.md',
    'an erratum without a patch leaves the payload as published',
    (p) =>
      section(p, 'Sample 2020-03').includes(
        'so the subject is left as published. The payload keeps the published value.',
      ) && section(p, 'Sample 2020-03').includes('"subject": "SMS Event Test"'),
  ],
  [
    'docs/sms/sms-received.md',
    'provenance of a sample',
    has('From the [2020-09](../changelog.md#version-2020-09) docs of 2020-09-18 (inferred), line 87.'),
  ],
  [
    'docs/sms/sms-received.md',
    'history with docs dates',
    hasRow(
      '[2020-03](../changelog.md#version-2020-03)',
      '2020-03-10',
      'line 42',
      '[line 85](#sample-2020-03)',
    ),
  ],
  [
    'docs/sms/sms-received.md',
    'an inferred docs date says so',
    hasRow('[2020-09](../changelog.md#version-2020-09)', '2020-09-18 (inferred)'),
  ],
  [
    'docs/sms/sms-received.md',
    'subject pattern and its real prefix',
    has(
      'Pattern `/phonenumber/{phoneNumber}`, under the documented prefix `phonenumber/` (subjects begin with `/phonenumber/`).',
    ),
  ],
  [
    'docs/sms/sms-received.md',
    'filter example',
    (p) =>
      JSON.stringify(jsonBlocks(section(p, 'Subscription filter'))) ===
      JSON.stringify([
        { includedEventTypes: ['Microsoft.Communication.SMSReceived'], subjectBeginsWith: '/phonenumber/' },
      ]),
  ],
  [
    'docs/sms/sms-received.md',
    'usage example: parseEvents and the data type',
    (p) =>
      section(p, 'Usage').includes("import type { AcsSmsReceivedEventData } from '@acs-toolkit/events';") &&
      section(p, 'Usage').includes('for (const result of parseEvents(body)) {'),
  ],
  [
    'docs/sms/sms-received.md',
    'fixture import',
    has("import { makeAcsSmsReceivedEvent } from '@acs-toolkit/events/fixtures';"),
  ],
  [
    'docs/sms/sms-received.md',
    'a property row',
    hasRow('`receivedTimestamp`', 'string, required', 'When the SMS was received. Format date-time.'),
  ],
  [
    'docs/sms/sms-received.md',
    'a subject parameter the subject rewrites',
    hasRow(
      '`{phoneNumber}`',
      'The resource phone number that received the SMS: E.164 digits without "+".',
      '`data.to`, digits only',
    ),
  ],
  [
    'docs/chat/chat-message-received.md',
    'shared type linked',
    hasRow(
      '`senderCommunicationIdentifier`',
      '[CommunicationIdentifier](../types.md#communicationidentifier), optional',
    ),
  ],
  [
    'docs/chat/chat-message-received.md',
    'shared type expanded into dotted rows',
    hasRow('`senderCommunicationIdentifier.rawId`', 'string, required'),
  ],
  [
    'docs/chat/chat-message-received.md',
    'optional nested rows',
    hasRow(
      '`senderCommunicationIdentifier.communicationUser`',
      '[CommunicationUserIdentifier](../types.md#communicationuseridentifier), optional',
    ),
  ],
  [
    'docs/chat/chat-message-received.md',
    'map property',
    hasRow('`metadata`', '[ChatMessageMetadata](../types.md#chatmessagemetadata), optional'),
  ],
  [
    'docs/chat/chat-thread-created.md',
    'array items as []',
    hasRow('`participants[].participantCommunicationIdentifier.rawId`', 'string, required'),
  ],
  [
    'docs/chat/chat-thread-participant-removed.md',
    'subject parameter and where data carries it',
    hasRow(
      '`{participantId}`',
      'The raw id of the participant removed.',
      '`data.participantRemoved.participantCommunicationIdentifier.rawId`',
    ),
  ],
  [
    'docs/chat/chat-message-received-in-thread.md',
    'version corrected to a number',
    (p) =>
      jsonBlocks(section(p, 'Samples')).every(
        (sample) => typeof (sample as { data: { version: unknown } }).data.version === 'number',
      ),
  ],
  [
    'docs/chat/chat-member-added-to-thread-with-user.md',
    'renamed, linked',
    has(
      'Renamed to [ChatParticipantAddedToThreadWithUser](chat-participant-added-to-thread-with-user.md) in the [2021-02](../changelog.md#version-2021-02) docs',
    ),
  ],
  [
    'docs/chat/chat-participant-added-to-thread-with-user.md',
    'what it replaces',
    has('It replaces [ChatMemberAddedToThreadWithUser](chat-member-added-to-thread-with-user.md) (renamed).'),
  ],
  [
    'docs/chat/instant-message-deleted.md',
    'retired, with its replacement',
    has(
      'Retired in the [2020-09](../changelog.md#version-2020-09) docs, replaced by [ChatMessageDeleted](chat-message-deleted.md).',
    ),
  ],
  [
    'docs/chat/instant-message-deleted.md',
    'the misspelt type as published',
    has('as `Microsoft.CommunicationServices.InstantMessageDeleted`'),
  ],
  [
    'docs/chat/instant-message-deleted.md',
    'filter by type only',
    (p) =>
      JSON.stringify(jsonBlocks(section(p, 'Subscription filter'))) ===
      JSON.stringify([{ includedEventTypes: ['Microsoft.Communication.InstantMessageDeleted'] }]),
  ],
  [
    'docs/index.md',
    'status of a retired event',
    hasRow(
      '[InstantMessageReceived](chat/instant-message-received.md)',
      'retired → [ChatMessageReceived](chat/chat-message-received.md)',
    ),
  ],
  [
    'docs/index.md',
    'status of a renamed event',
    hasRow(
      '[ChatMemberAddedToThreadWithUser](chat/chat-member-added-to-thread-with-user.md)',
      'renamed → [ChatParticipantAddedToThreadWithUser](chat/chat-participant-added-to-thread-with-user.md)',
    ),
  ],
  [
    'docs/index.md',
    'prefix table: documented vs actual',
    hasRow('`phonenumber/`', '`/phonenumber/`', 'PSTN phone number'),
  ],
  [
    'docs/index.md',
    'the leading-slash note, linked to its erratum',
    (p) =>
      /Note: The docs give `phonenumber\/`, but the subjects of .* begin with `\/phonenumber\/`.*\(errata\.md#phone-prefix-leading-slash-2021-06\)/.test(
        p,
      ),
  ],
  [
    'docs/index.md',
    'the corrected filter example',
    (p) =>
      JSON.stringify(jsonBlocks(section(p, 'Filtering subscriptions'))).includes(
        '"subjectBeginsWith":"/phonenumber/1555"',
      ),
  ],
  [
    'docs/index.md',
    'links to the other pages',
    (p) =>
      ['errata.md', 'changelog.md', 'types.md', 'sms/index.md', 'chat/index.md'].every((target) =>
        p.includes(`](${target})`),
      ),
  ],
  [
    'docs/changelog.md',
    'versions in date order',
    (p) =>
      [...p.matchAll(/^## Version (\S+)$/gm)].map((m) => m[1]).join() ===
      catalog.documents.map((d) => d.id).join(),
  ],
  [
    'docs/changelog.md',
    'the ChatMember → ChatParticipant rename in 2021-02',
    (p) =>
      /Renamed:\n\n- \[ChatMemberAddedToThreadWithUser\]\([^)]*\) → \[ChatParticipantAddedToThreadWithUser\]/.test(
        section(p, 'Version 2021-02'),
      ),
  ],
  [
    'docs/changelog.md',
    'both ChatMember events renamed',
    (p) =>
      section(p, 'Version 2021-02').includes(
        '[ChatMemberRemovedFromThreadWithUser](chat/chat-member-removed-from-thread-with-user.md) → [ChatParticipantRemovedFromThreadWithUser]',
      ),
  ],
  [
    'docs/changelog.md',
    'InstantMessage* retired in 2020-09',
    (p) =>
      ['Deleted', 'Edited', 'Received'].every((verb) =>
        new RegExp(
          `Retired:[\\s\\S]*- \\[InstantMessage${verb}\\]\\([^)]*\\), replaced by \\[ChatMessage${verb}\\]`,
        ).test(section(p, 'Version 2020-09')),
      ),
  ],
  [
    'docs/changelog.md',
    'events added in 2021-02',
    (p) => section(p, 'Version 2021-02').includes('- [ChatThreadCreated](chat/chat-thread-created.md)\n'),
  ],
  [
    'docs/changelog.md',
    'senderCommunicationIdentifier added in 2021-02',
    (p) =>
      /\[ChatMessageReceived\]\([^)]*\): .*`senderCommunicationIdentifier`/.test(
        section(p, 'Version 2021-02'),
      ),
  ],
  [
    'docs/changelog.md',
    'metadata added in 2021-10',
    (p) => /\[ChatMessageReceived\]\([^)]*\): `metadata`/.test(section(p, 'Version 2021-10')),
  ],
  [
    'docs/changelog.md',
    'a version without event types says so',
    (p) => section(p, 'Version 2021-06').includes('This version lists no event types.'),
  ],
  [
    'docs/errata.md',
    'source of an erratum with docs version, date and line',
    (p) =>
      section(p, '`sms-pascal-case-2020-09-92`').includes(
        '- Source: [2020-09](changelog.md#version-2020-09) docs of 2020-09-18 (inferred), line 92',
      ),
  ],
  [
    'docs/errata.md',
    'kind, wrong, correction and patch',
    (p) =>
      [
        '- Kind: `casing`',
        '- Wrong: The data properties are PascalCase',
        '- Correction: camelCase property names',
        '- Patch: move `/data/MessageId` to `/data/messageId`',
      ].every((line) => section(p, '`sms-pascal-case-2020-09-92`').includes(line)),
  ],
  [
    'docs/errata.md',
    'a sample erratum links back to its sample',
    (p) =>
      section(p, '`sms-pascal-case-2020-09-92`').includes(
        '[SMSReceived sample 2020-09](sms/sms-received.md#sample-2020-09)',
      ),
  ],
  ['docs/types.md', 'a section per shared definition', has('## CommunicationIdentifier\n')],
];

for (const [page, what, check] of CONTENT) {
  test(`${page}: ${what}`, () => {
    const contents = pages.get(page);
    assert.ok(contents, `no ${page}`);
    assert.ok(check(contents), `${page} does not show ${what}`);
  });
}

test("each event page's filter delivers its corrected samples (except subjects the docs leave uncorrectable)", () => {
  for (const event of catalog.events) {
    const [filter] = jsonBlocks(
      section(pages.get(eventPath(event))!, 'Subscription filter'),
    ) as EventSubscriptionFilter[];
    for (const sample of event.samples) {
      if (sample.errata.some((erratum) => erratum.kind === 'subject' && !erratum.patch)) continue;
      assert.ok(
        matchesFilter(sample.corrected, filter!),
        `${event.names.short} sample ${sample.id}: ${sample.corrected.subject}`,
      );
    }
  }
});

test('no page names a catalog-internal source file; cited sources with an origin link to it on GitHub', () => {
  for (const [page, contents] of pages) assert.not.match(contents, /seeds\/|\d{3}_[0-9a-f]{16}\.txt/, page);
  assert.ok(
    pages
      .get('docs/chat/chat-message-received.md')!
      .includes(
        '(https://github.com/MicrosoftDocs/azure-docs/blob/18ea00a34a43ae6863d5694be3c1ccb97a264b7c/articles/event-grid/communication-services-chat-events.md?plain=1#L',
      ),
  );
});

// ── Escaping: the one module every catalog string goes through ──────────────────────────────

const ESCAPING: [string, string, string][] = [
  ['text: HTML becomes entities', text('<b>x</b> & y'), '&lt;b&gt;x&lt;/b&gt; &amp; y'],
  [
    'text: Markdown punctuation',
    text('*a* _b_ [c] {{d}} e|f ~g~ `h`'),
    '\\*a\\* \\_b\\_ \\[c\\] \\{\\{d\\}\\} e\\|f \\~g\\~ \\`h\\`',
  ],
  ['text: a leading heading marker', text('# not a heading'), '\\# not a heading'],
  ['text: a leading list marker', text('1. not a list'), '1\\. not a list'],
  ['text: line breaks fold', text('a\n\n- b'), 'a - b'],
  ['text: runs of spaces and tabs fold, ends trimmed', text(' a  \t b '), 'a b'],
  ['text: a no-break space is content', text('a\u00a0\u00a0b'), 'a\u00a0\u00a0b'],
  ['text: a dollar sign cannot open math', text('$x$'), '\\$x\\$'],
  ['text: a trailing # cannot close a heading', text('Sample ##'), 'Sample \\##'],
  ['code: backticks inside', code('a`b'), '``a`b``'],
  ['code: the shortest fence the content lacks', code('a``b'), '`a``b`'],
  ['code: spaces kept inside', code('a  b'), '`a  b`'],
  ['code: content with a space at both ends gets one more', code(' a '), '`  a  `'],
  ['code: only spaces need no padding', code('  '), '`  `'],
  ['code: a pipe in a table cell', code('a|b', { table: true }), '`a\\|b`'],
  ['code: a pipe outside tables', code('a|b'), '`a|b`'],
  [
    'code: a backslash before a pipe in a table cell is shown as text',
    code('a\\|b', { table: true }),
    'a\\\\\\|b',
  ],
  ['code: a backslash before a pipe outside tables stays code', code('a\\|b'), '`a\\|b`'],
  ['prose: code spans kept verbatim', prose('raw `8:acs:<id>_<user>` form'), 'raw `8:acs:<id>_<user>` form'],
  [
    'prose: web links kept',
    prose('see [Event Grid](https://example.com/x)'),
    'see [Event Grid](https://example.com/x)',
  ],
  [
    'prose: other links keep their label only',
    prose('see [schema](event-schema.md) and [x](javascript:alert(1))'),
    'see schema and x)',
  ],
  [
    'prose: bare URLs become autolinks',
    prose('at https://example.com/a_b.'),
    'at <https://example.com/a_b>.',
  ],
  ['prose: pipes in table cells, code included', prose('a | b `c|d`', { table: true }), 'a \\| b `c\\|d`'],
  ['fence: longer than any backtick run inside', fence('"x```y"', 'json'), '````json\n"x```y"\n````'],
];

for (const [what, actual, expected] of ESCAPING) {
  test(`escaping: ${what}`, () => assert.is(actual, expected));
}

/** [what, value, YAML printed] */
const YAML_STRINGS: [string, string, string][] = [
  ['plain: single quotes', 'Chat events', "'Chat events'"],
  ["a ' alone: double quotes", "a chat thread's topic", '"a chat thread\'s topic"'],
  ['a " alone: single quotes', 'say "hi"', `'say "hi"'`],
  ["both: single quotes, ' doubled", `it's "x"`, `'it''s "x"'`],
  ['a backslash: a JSON string', 'a\\b', '"a\\\\b"'],
  ['a control character: a JSON string', 'a\u0001b', '"a\\u0001b"'],
  ['DEL, which JSON leaves alone: escaped', 'a\u007fb', '"a\\u007fb"'],
  ['YAML indicators inside quotes', '# - : [x] {y} &z *w !v', "'# - : [x] {y} &z *w !v'"],
  ['line breaks fold', 'a\n b', "'a b'"],
];

for (const [what, value, printed] of YAML_STRINGS) {
  test(`front matter string: ${what}`, async () => {
    assert.is(yamlString(value), printed);
    assert.equal(parseYaml(`title: ${printed}`), { title: value.replace(/\s*\n\s*/g, ' ') });
    const page = `---\ntitle: ${printed}\n---\n\n# x\n`;
    assert.is(await prettier.format(page, PRETTIER), page);
  });
}

test('escaping: links go only to generated relative paths or http(s)', () => {
  assert.throws(() => link(text('x'), 'javascript:alert(1)'), /refusing/);
  assert.throws(() => link(text('x'), 'a.md)(b'), /refusing/);
  assert.is(link(text('x'), '../errata.md#an-id'), '[x](../errata.md#an-id)');
});

test('templates print unescaped ({{{…}}}) only view-model fields named …Md (Markdown) or …Ts (Code)', async () => {
  const templates = await loadTemplates(path.join(ROOT, 'templates'));
  const docs = [...templates].filter(([name]) => name.startsWith('docs-'));
  assert.ok(docs.length >= 6);
  for (const [name, source] of docs) {
    for (const match of source.matchAll(/\{\{\{\s*([^}\s]+)\s*\}\}\}/g)) {
      assert.ok(/(^|\.)\w+(Md|Ts)$/.test(match[1]!), `templates/${name}.hbs prints {{{${match[1]}}}}`);
    }
  }
});

// ── Hostile catalog text ────────────────────────────────────────────────────────────────────

const HOSTILE =
  'Evil <script>alert(1)</script> | pipe {{constructor}} {{{raw}}} [x](javascript:alert(1)) <img src=x onerror=alert(2)>\n# not a heading';

async function hostileCatalog(): Promise<Catalog> {
  const loaded = await load(path.join(ROOT, 'test/golden/catalog'));
  const hostile = structuredClone(normalize(loaded));
  const event = hostile.events.find((candidate) => candidate.type === 'Microsoft.Communication.SMSReceived')!;
  event.description = HOSTILE;
  event.schema.properties!.message!.description = HOSTILE;
  event.samples[0]!.errata.push({
    id: 'hostile',
    kind: 'typo',
    source: event.samples[0]!.source,
    wrong: HOSTILE,
    correction: HOSTILE,
  });
  hostile.documents[0]!.title = HOSTILE;
  return hostile;
}

async function hostileDocs(): Promise<{ files: OutputFile[]; catalog: Catalog }> {
  const hostile = await hostileCatalog();
  const templates = await loadTemplates(path.join(ROOT, 'templates'));
  return { files: emitDocs(emitContext(hostile, { templates })), catalog: hostile };
}

const toHtml = (markdown: string) =>
  micromark(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), {
    allowDangerousHtml: true,
    extensions: [gfmTable()],
    htmlExtensions: [gfmTableHtml()],
  });

test('a table cell shows pipes and backslashes as written, in code and in text (GFM, micromark)', () => {
  const cellsOf = (cell: string) => {
    const html = toHtml(`| h | next |\n| --- | --- |\n| ${cell} | after |\n`);
    return [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((match) => match[1]!.replace(/<\/?code>/g, ''));
  };
  for (const value of ['a|b', 'a\\|b', 'a\\\\|b', '|', '\\|', 'a\\', '`|`']) {
    const cases: [string, string][] = [
      [code(value, { table: true }), value],
      [text(value), value],
      ...(value.includes('`')
        ? []
        : [[prose(`x \`${value}\` y`, { table: true }), `x ${value} y`] as [string, string]]),
    ];
    for (const [cell, shown] of cases) assert.equal(cellsOf(cell), [shown, 'after'], cell);
  }
});

test('hostile catalog text renders as text: no HTML, no broken table, front matter intact', async () => {
  const { files } = await hostileDocs();
  const page = files.find((file) => file.path === 'docs/sms/sms-received.md')!.contents;
  assert.equal(frontMatter(page), {
    title: 'SMSReceived',
    description: HOSTILE.replace('\n', ' '),
  });
  for (const file of files) {
    const html = toHtml(file.contents);
    assert.not.match(html, /<script|<img|javascript:/i, file.path);
    assert.ok(!/<h1[^>]*>[^<]*not a heading/.test(html), file.path);
  }
  const html = toHtml(page);
  const shown =
    'Evil &lt;script&gt;alert(1)&lt;/script&gt; | pipe {{constructor}} {{{raw}}} x) &lt;img src=x onerror=alert(2)&gt; # not a heading';
  assert.ok(html.includes(`<p>${shown}</p>`), 'description paragraph shows the text as written');
  const row = /<tr>\s*<td><code>message<\/code><\/td>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
  const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((match) => match[1]);
  assert.is(cells.length, 2, 'the message row keeps its three cells');
  assert.is(cells[1], shown, 'the whole description stays in the description cell');
  assert.ok(html.includes(`(<code>typo</code>): ${shown}`), 'the erratum correction as text');
});

test('hostile catalog text: the pages still pass markdownlint', async () => {
  const { files } = await hostileDocs();
  const dir = await mkdtemp(path.join(tmpdir(), 'acs-docs-'));
  try {
    const markdown = files.filter((file) => file.path.endsWith('.md'));
    for (const file of markdown) {
      await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
      await writeFile(path.join(dir, file.path), file.contents);
    }
    const result = await markdownlint(dir, ['--config', CONFIG, '--no-globs', 'docs/**/*.md']);
    assert.ok(result.ok, result.output);
    assert.match(result.output, new RegExp(`Linting: ${markdown.length} file\\(s\\)`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// ── Already formatted: the pages need no prettier ──────────────────────────────────────────

async function assertFormatted(files: readonly OutputFile[]): Promise<void> {
  const parsers: Record<string, 'markdown' | 'typescript' | 'css'> = {
    '.md': 'markdown',
    '.ts': 'typescript',
    '.css': 'css',
  };
  for (const file of files) {
    const parser = parsers[path.extname(file.path)];
    if (parser === undefined) continue; // the site configuration (.mts): nothing formats it
    const change = await firstPrettierChange(file.path, file.contents, parser);
    assert.ok(change === undefined, change);
  }
}

// The real catalog's pages: test/prettier-layout.test.ts checks every committed generated file.
test('hostile catalog text: every page is already formatted too', async () => {
  await assertFormatted(
    emitDocs(
      emitContext(await hostileCatalog(), { templates: await loadTemplates(path.join(ROOT, 'templates')) }),
    ),
  );
});

const TABLE = (...lines: string[]) => `${lines.join('\n')}\n`;

/** [what, table as rendered, table as prettier prints it] */
const TABLES: [string, string, string][] = [
  [
    'columns as wide as their widest cell, the delimiter row across it',
    TABLE('| Name | Description |', '| --- | --- |', '| `id` | The id. |', '| `displayName` | A name. |'),
    TABLE(
      '| Name          | Description |',
      '| ------------- | ----------- |',
      '| `id`          | The id.     |',
      '| `displayName` | A name.     |',
    ),
  ],
  [
    'columns at least 3 wide',
    TABLE('| a | b |', '| --- | --- |', '| x | y |'),
    TABLE('| a   | b   |', '| --- | --- |', '| x   | y   |'),
  ],
  [
    'an escaped pipe is cell content',
    TABLE('| Value | Note |', '| --- | --- |', '| a \\| b | c |'),
    TABLE('| Value  | Note |', '| ------ | ---- |', '| a \\| b | c    |'),
  ],
  [
    'an escaped pipe in a code span is cell content',
    TABLE('| Value | Note |', '| --- | --- |', '| `a\\|b` | c |'),
    TABLE('| Value  | Note |', '| ------ | ---- |', '| `a\\|b` | c    |'),
  ],
  [
    'an escaped backslash, then a pipe: a separator',
    TABLE('| Value | Note |', '| --- | --- |', '| a\\\\| b |'),
    TABLE('| Value | Note |', '| ----- | ---- |', '| a\\\\   | b    |'),
  ],
  [
    'an unescaped pipe in a code span still separates cells (GFM splits rows first)',
    TABLE('| Value | Note |', '| --- | --- |', '| `a | b` |'),
    TABLE('| Value | Note |', '| ----- | ---- |', '| `a    | b`   |'),
  ],
  [
    'wide characters and emoji take two columns, combining marks none',
    TABLE('| Name | Note |', '| --- | --- |', '| 中文 | e\u0301 |', '| 😀 | 👩‍💻 |', '| ｆｕｌｌ | x |'),
    TABLE(
      '| Name     | Note |',
      '| -------- | ---- |',
      '| 中文     | e\u0301    |',
      '| 😀       | 👩‍💻   |',
      '| ｆｕｌｌ | x    |',
    ),
  ],
  [
    'empty cells',
    TABLE(
      '| Property | Format | Description |',
      '| --- | --- | --- |',
      '| `a` |  | x |',
      '| `b` | date-time |  |',
    ),
    TABLE(
      '| Property | Format    | Description |',
      '| -------- | --------- | ----------- |',
      '| `a`      |           | x           |',
      '| `b`      | date-time |             |',
    ),
  ],
  [
    'alignment rows: left, centre, right, none',
    TABLE(
      '| Left | Centre | Right | None |',
      '| :-- | :-: | --: | --- |',
      '| a | b | c | d |',
      '| longer | longer | longer | longer |',
    ),
    TABLE(
      '| Left   | Centre |  Right | None   |',
      '| :----- | :----: | -----: | ------ |',
      '| a      |   b    |      c | d      |',
      '| longer | longer | longer | longer |',
    ),
  ],
  [
    'a short row stays short',
    TABLE('| a | b |', '| --- | --- |', '| x |'),
    TABLE('| a   | b   |', '| --- | --- |', '| x   |'),
  ],
  [
    'not in a fenced code block',
    TABLE('```', '| a | b |', '| --- | --- |', '```'),
    TABLE('```', '| a | b |', '| --- | --- |', '```'),
  ],
  [
    'not without a delimiter row',
    TABLE('Text', '', '| not | a table |', '', 'more'),
    TABLE('Text', '', '| not | a table |', '', 'more'),
  ],
  [
    'each table on its own',
    TABLE('| a | b |', '| --- | --- |', '| x | y |', '', '| long header |', '| --- |', '| z |'),
    TABLE(
      '| a   | b   |',
      '| --- | --- |',
      '| x   | y   |',
      '',
      '| long header |',
      '| ----------- |',
      '| z           |',
    ),
  ],
];

for (const [what, rendered, printed] of TABLES) {
  test(`table layout: ${what}`, async () => {
    assert.is(alignTables(rendered), printed);
    assert.is(alignTables(printed), printed, 'idempotent');
    assert.is(await prettier.format(printed, PRETTIER), printed, 'prettier agrees');
  });
}

test('display width: wide, fullwidth and emoji count two; combining marks and controls none', () => {
  assert.equal(
    ['abc', '中文', 'ｆｕｌｌ', '😀', '👩‍💻', 'e\u0301', 'a\u0007b', '©', '한국어'].map(displayWidth),
    [3, 4, 8, 2, 2, 1, 2, 1, 6],
  );
});

// Each kind of RGI emoji sequence counts two, whichever others the string holds (display-width.ts
// matches a string against the kinds that can occur in it only).
const EMOJI_WIDTHS: [what: string, text: string, width: number][] = [
  ['a keycap', 'a1️⃣b', 4],
  ['a flag', 'x🇺🇸🇫🇷y', 6],
  ['a skin tone', '👍🏽 ok', 5],
  ['a tag sequence', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', 2],
  ['a ZWJ family beside a skin tone', '👨‍👩‍👧 👩🏽‍💻', 5],
  ['text-default symbols, alone and with VS16', '✔ ✔️ ❤ ❤️', 9],
  ['two emoji joined by a ZWJ that is no RGI sequence', '👍‍👍', 5],
  ['a skin tone alone, a regional indicator alone', '🏽🇺', 3],
];

for (const [what, text, width] of EMOJI_WIDTHS) {
  test(`display width of emoji: ${what}`, () => {
    assert.is(displayWidth(text), width);
  });
}

test('pure and deterministic: same catalog, same pages; the catalog is not mutated', async () => {
  const catalogValue = normalize(await load(path.join(ROOT, 'test/golden/catalog')));
  const templates = await loadTemplates(path.join(ROOT, 'templates'));
  const before = JSON.stringify(catalogValue);
  assert.equal(
    emitDocs(emitContext(catalogValue, { templates })),
    emitDocs(emitContext(catalogValue, { templates })),
  );
  assert.is(JSON.stringify(catalogValue), before);
});

test.run();
