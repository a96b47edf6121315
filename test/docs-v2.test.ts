/**
 * The docs and the package README for the catalog format v2 idioms (test/support/v2-catalog.ts):
 * each fact a schema states shows on the pages (tables of cases), the categories come from the model
 * alone, and the pages stay link-clean, markdownlint-clean and in prettier's layout.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { emitDocs } from '../generator/emit/docs/emit-docs.ts';
import { emitPackage } from '../generator/emit/package/emit-package.ts';
import type { Catalog, OutputFile } from '../generator/model/catalog-model.ts';
import { emitContext } from '../generator/model/emit-context.ts';
import { loadTemplates } from '../generator/stages/load.ts';
import { brokenLinks, markdownlint, rows } from './support/markdown-pages.ts';
import { firstPrettierChange } from './support/prettier.ts';
import { catalogOf, eventOf } from './support/small-catalog.ts';
import { CALL_ENDED, V2_DEFINITIONS, v2Catalog } from './support/v2-catalog.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CONFIG = path.join(ROOT, '.markdownlint-cli2.jsonc');
let templates: ReadonlyMap<string, string> = new Map();
test.before(async () => {
  templates = await loadTemplates(path.join(ROOT, 'templates'));
});

/** Three categories, described by the model alone (ids no generator code knows). */
const categorized: Catalog = (() => {
  const base = catalogOf(V2_DEFINITIONS, [
    eventOf(CALL_ENDED, { type: 'object' }, {}, { category: 'calls' }),
    eventOf('Microsoft.Communication.RouterJobQueued', { type: 'object' }, {}, { category: 'router' }),
    eventOf('Microsoft.Communication.PresenceChanged', { type: 'object' }, {}, { category: 'presence' }),
  ]);
  const titles: Record<string, [string, string]> = {
    calls: ['Voice and video calling', 'Incoming calls and their participants.'],
    router: ['Job Router', 'Jobs, queues and workers of `Job Router`.'],
    presence: ['Presence', 'Availability of users.'],
  };
  return {
    ...base,
    categories: base.categories.map((category) => ({
      ...category,
      title: titles[category.id]![0],
      description: titles[category.id]![1],
    })),
  };
})();

const docsOf = (catalog: Catalog): Map<string, string> =>
  new Map(emitDocs(emitContext(catalog, { templates })).map((file) => [file.path, file.contents]));
const readme = (catalog: Catalog): string =>
  emitPackage(
    emitContext(catalog, {
      templates,
      entries: [
        { name: 'index', reexported: false },
        { name: 'types', reexported: true },
      ],
    }),
  ).find((file) => file.path === 'package/README.md')!.contents;

const ENDED_PAGE = 'docs/calls/call-ended.md';
const STARTED_PAGE = 'docs/calls/call-started.md';
const TYPES_PAGE = 'docs/types.md';

const has = (needle: string) => (page: string) => page.includes(needle);
const lacks = (needle: string) => (page: string) => !page.includes(needle);
const TYPES_LINK = '../types.md';

/**
 * A property row, given as name, type, required ('yes'/'no'), facts (format, values…) and
 * description; the table prints `type, required` in its second column and the description then
 * the facts (capitalized, as a sentence of their own) in its third. `*` matches anything.
 */
const property =
  (name: string, type: string, required: string, facts = '*', description = '*') =>
  (page: string): boolean => {
    const sentence = facts.replace(/^[a-z]/, (letter) => letter.toUpperCase());
    const details =
      facts === '' ? description : description === '' ? sentence : `${description} ${sentence}.`;
    return rows(page).some(
      (cells) =>
        cells[0] === name &&
        cells[1] === `${type}, ${required === 'yes' ? 'required' : 'optional'}` &&
        (facts === '*' || (description === '*' ? (cells[2] ?? '').includes(sentence) : cells[2] === details)),
    );
  };

// [page, what, check]
const V2_FACTS: [string, string, (page: string) => boolean][] = [
  [
    ENDED_PAGE,
    'a nullable type says "or null"',
    property('`nickname`', 'string or null', 'yes', '', 'Nickname.'),
  ],
  [
    ENDED_PAGE,
    'a nullable ref links its definition and says "or null"',
    property('`transferTarget`', `[CallParticipantBase](${TYPES_LINK}#callparticipantbase) or null`, 'no'),
  ],
  [
    ENDED_PAGE,
    "a nullable ref's members are expanded",
    property('`transferTarget.rawId`', 'string', 'yes', '', 'Raw id.'),
  ],
  [
    ENDED_PAGE,
    'a duration with its meaning',
    property('`callDuration`', 'string', 'no', 'duration: an ISO 8601 duration string, such as PT1M30S'),
  ],
  [
    ENDED_PAGE,
    'an int32 with its range',
    property('`retries`', 'integer', 'no', 'int32: a 32-bit integer, from -2147483648 to 2147483647'),
  ],
  [
    ENDED_PAGE,
    "an int64 with JavaScript's precision limit",
    (page) =>
      rows(page).some(
        (cells) => cells[0] === '`sequenceNumber`' && /Int64: .*2\^53 - 1/.test(cells[2] ?? ''),
      ),
  ],
  [
    ENDED_PAGE,
    'a nullable double',
    property('`score`', 'number or null', 'no', 'double: a double-precision floating-point number'),
  ],
  [
    ENDED_PAGE,
    'a format on a type it does not check is not shown',
    property('`mislabelled`', 'string', 'no', '', 'A format on the wrong type.'),
  ],
  [
    ENDED_PAGE,
    'a closed documented enum lists its values with their descriptions',
    property(
      '`channel`',
      'string',
      'yes',
      'one of `"pstn"` (The phone network.), `"voip"` (Internet calling.)',
      'How the call was carried.',
    ),
  ],
  [
    ENDED_PAGE,
    'an open enum (by ref) lists the known values and says others may appear',
    property(
      '`reason`',
      `[EndReason](${TYPES_LINK}#endreason)`,
      'yes',
      'known values `"Hangup"` (Someone hung up.), `"Timeout"` (Nobody answered.); other values may appear',
    ),
  ],
  [
    ENDED_PAGE,
    'a discriminated union (by ref) names its discriminator and links each branch',
    property(
      '`participant`',
      `[CallParticipant](${TYPES_LINK}#callparticipant)`,
      'yes',
      `told apart by \`kind\`: \`"audio"\` for [AudioParticipant](${TYPES_LINK}#audioparticipant), \`"video"\` for [VideoParticipant](${TYPES_LINK}#videoparticipant)`,
    ),
  ],
  [
    ENDED_PAGE,
    'a member all branches share (inherited from their base) is listed once, unconditionally',
    (page) => rows(page).filter((cells) => cells[0] === '`participant.rawId`').length === 1,
  ],
  [
    ENDED_PAGE,
    "a branch's own member says which discriminator value it belongs to",
    property('`participant.muted`', 'boolean', 'yes', '', 'Only when `kind` is `"audio"`. Muted or not.'),
  ],
  [
    ENDED_PAGE,
    'the same inside an array of union members',
    property(
      '`participants[].resolution`',
      'string or null',
      'yes',
      '',
      'Only when `kind` is `"video"`. Resolution, null when unknown.',
    ),
  ],
  [
    ENDED_PAGE,
    'an inline discriminated union lists its discriminator values',
    property('`outcome`', 'object', 'yes', 'told apart by `status`: `"ok"`, `"failed"`', 'How it went.'),
  ],
  [
    ENDED_PAGE,
    "an inline union branch's member",
    property('`outcome.error`', 'string', 'yes', '', 'Only when `status` is `"failed"`.'),
  ],
  [
    ENDED_PAGE,
    'an inline allOf says what it extends, with a link',
    property('`caller`', `object extending [CallParticipantBase](${TYPES_LINK}#callparticipantbase)`, 'no'),
  ],
  [
    ENDED_PAGE,
    'inline allOf: inherited and own members both listed',
    (page) =>
      property('`caller.rawId`', 'string', 'yes')(page) &&
      property('`caller.phoneNumber`', 'string', 'no')(page),
  ],
  [ENDED_PAGE, 'a map of strings', property('`labels`', 'map of string', 'no')],
  [ENDED_PAGE, 'a map of anything', property('`context`', 'map of any', 'no')],
  [ENDED_PAGE, 'a plain object data schema gets no shape sentence', lacks('`data` is')],
  [
    STARTED_PAGE,
    'data that extends a definition says so, with a link',
    has(
      '`data` is an object extending [CallParticipantBase](../types.md#callparticipantbase); the table lists the inherited properties with its own.',
    ),
  ],
  [
    STARTED_PAGE,
    'the inherited properties are visible on the event page, before its own',
    (page) => {
      const names = rows(page).map((cells) => cells[0]);
      return names.indexOf('`kind`') >= 0 && names.indexOf('`rawId`') < names.indexOf('`startTime`');
    },
  ],
  [
    TYPES_PAGE,
    'a definition that inherits: "extends Base" with a link, its own properties only',
    (page) =>
      has('Shape: object extending [CallParticipantBase](#callparticipantbase).')(page) &&
      property('`muted`', 'boolean', 'yes')(page) &&
      property('`kind`', 'string', 'yes', 'always `"audio"`')(page),
  ],
  [
    TYPES_PAGE,
    'a discriminated union definition lists its branches',
    has(
      'Shape: [AudioParticipant](#audioparticipant) or [VideoParticipant](#videoparticipant); told apart by `kind`: `"audio"` for [AudioParticipant](#audioparticipant), `"video"` for [VideoParticipant](#videoparticipant).',
    ),
  ],
  [
    TYPES_PAGE,
    'an open enum definition lists its known values',
    has(
      'Shape: string; known values `"Hangup"` (Someone hung up.), `"Timeout"` (Nobody answered.); other values may appear.',
    ),
  ],
  [
    TYPES_PAGE,
    'a base is used by what extends it',
    has(
      '[AudioParticipant](#audioparticipant), [CallParticipant](#callparticipant), [VideoParticipant](#videoparticipant)',
    ),
  ],
];

for (const [page, what, check] of V2_FACTS) {
  test(`docs v2 ${page}: ${what}`, () => {
    const contents = docsOf(v2Catalog).get(page);
    assert.ok(contents, `no page ${page}`);
    assert.ok(check(contents), contents);
  });
}

// [page or README, what, check]
const CATEGORY_FACTS: [string, string, (page: string) => boolean][] = [
  [
    'docs/router/index.md',
    'a category page per model category, titled from the model',
    has('# Job Router events'),
  ],
  [
    'docs/router/index.md',
    "the category's description from the model, code spans kept",
    has('\n\nJobs, queues and workers of `Job Router`.\n\n'),
  ],
  ['docs/presence/index.md', 'another category, another page', has('Availability of users.')],
  [
    'docs/index.md',
    'an index section per category, with its description',
    has('### Voice and video calling events\n\nIncoming calls and their participants.\n\n| Event'),
  ],
  [
    'docs/index.md',
    'the pages list links every category page',
    (page) =>
      ['calls', 'presence', 'router'].every((id) =>
        page.includes(`](${id}/index.md): 1 event types, one page each.`),
      ),
  ],
  [
    'docs/presence/presence-changed.md',
    "an event's breadcrumb and facts name its category's title",
    has('- Category: [Presence](index.md)'),
  ],
  [
    'README',
    'the README lists each category under its title, with its description',
    has('### Job Router\n\nJobs, queues and workers of `Job Router`.\n\n| Event type '),
  ],
  [
    'README',
    'the README example is the receiving example (templates/readme-receiver.ts), whatever the catalog',
    has("import { createWebhook, toNodeListener } from '@acs-toolkit/events/webhook';"),
  ],
];

for (const [page, what, check] of CATEGORY_FACTS) {
  test(`categories ${page}: ${what}`, () => {
    const contents = page === 'README' ? readme(categorized) : docsOf(categorized).get(page);
    assert.ok(contents, `no page ${page}`);
    assert.ok(check(contents), contents);
  });
}

const HOSTILE = 'Evil | <script>alert(1)</script> `x|y` */ [a](javascript:alert(1))';

test('docs v2: hostile enum values and descriptions stay inside their cell, as text', () => {
  const hostile = catalogOf({}, [
    eventOf(
      CALL_ENDED,
      {
        type: 'object',
        properties: {
          documented: { anyOf: [{ const: HOSTILE, description: HOSTILE }, { type: 'string' }] },
          outcome: {
            oneOf: [
              { type: 'object', properties: { [HOSTILE]: { const: 'a|b' } }, required: [HOSTILE] },
              { type: 'object', properties: { [HOSTILE]: { const: '<b>' } }, required: [HOSTILE] },
            ],
          },
        },
      },
      {},
      { category: 'calls' },
    ),
  ]);
  const page = docsOf(hostile).get(ENDED_PAGE)!;
  const table = rows(page).filter(
    (cells) => cells[0]?.startsWith('`documented`') || cells[0]?.startsWith('`outcome`'),
  );
  assert.is(table.length, 2, page);
  for (const cells of table) assert.is(cells.length, 3, cells.join(' ‖ '));
  const html = micromark(page.replace(/^---\n[\s\S]*?\n---\n/, ''), {
    allowDangerousHtml: true,
    extensions: [gfmTable()],
    htmlExtensions: [gfmTableHtml()],
  });
  assert.not.match(html, /<script|<b>|href="javascript:/i);
  assert.ok(html.includes('&lt;script&gt;'), 'the value is shown as text');
});

// ── Clean pages ──────────────────────────────────────────────────────────────────────────────

const markdownOf = (files: OutputFile[]) => files.filter((file) => file.path.endsWith('.md'));

/** The site configuration (.mts) is the one file not held to prettier's layout: nothing formats it. */
const PARSERS: Record<string, 'markdown' | 'typescript' | 'css'> = {
  '.md': 'markdown',
  '.ts': 'typescript',
  '.css': 'css',
};

const ALL: [string, () => OutputFile[]][] = [
  ['v2', () => emitDocs(emitContext(v2Catalog, { templates }))],
  ['categorized', () => emitDocs(emitContext(categorized, { templates }))],
];

for (const [name, files] of ALL) {
  test(`docs ${name}: every relative link and anchor resolves`, () => {
    const pages = new Map(markdownOf(files()).map((file) => [file.path, file.contents]));
    const { broken, checked } = brokenLinks(pages);
    assert.equal(broken, []);
    assert.ok(checked > 10, `only ${checked} links checked`);
  });

  test(`docs ${name}: pages, examples and stylesheet already in prettier's layout`, async () => {
    for (const file of files()) {
      const parser = PARSERS[path.extname(file.path)];
      if (parser === undefined) continue;
      const change = await firstPrettierChange(file.path, file.contents, parser);
      assert.ok(change === undefined, change);
    }
  });
}

test('docs v2 and categorized, and their READMEs: markdownlint-clean', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'acs-docs-v2-'));
  try {
    const written: OutputFile[] = [
      ...markdownOf(emitDocs(emitContext(v2Catalog, { templates }))).map((file) => ({
        ...file,
        path: `v2/${file.path}`,
      })),
      ...markdownOf(emitDocs(emitContext(categorized, { templates }))).map((file) => ({
        ...file,
        path: `categorized/${file.path}`,
      })),
      { path: 'v2/README.md', contents: readme(v2Catalog) },
      { path: 'categorized/README.md', contents: readme(categorized) },
    ];
    for (const file of written) {
      await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
      await writeFile(path.join(dir, file.path), file.contents);
    }
    const result = await markdownlint(dir, ['--config', CONFIG, '--no-globs', '**/*.md']);
    assert.ok(result.ok, result.output);
    assert.match(result.output, new RegExp(`Linting: ${written.length} file\\(s\\)`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('README of the v2 and categorized catalogs: in prettier layout', async () => {
  for (const catalog of [v2Catalog, categorized]) {
    const change = await firstPrettierChange('README.md', readme(catalog), 'markdown');
    assert.ok(change === undefined, change);
  }
});

test.run();
