/**
 * The package README's "Where the sources disagree" section: the disagreement errata counted per
 * category and kind, the name/value/format decisions listed (one line for events that share a
 * decision), each linking to its entry on the docs' errata page; markdownlint-clean, in prettier's
 * layout, and for the real catalog, every link resolves and the counts are catalog.json's.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { emitPackage } from '../generator/emit/package/emit-package.ts';
import type { Catalog, Erratum, ErratumKind, Sample } from '../generator/model/catalog-model.ts';
import { emitContext } from '../generator/model/emit-context.ts';
import { loadTemplates } from '../generator/stages/load.ts';
import { brokenLinks, markdownlint, rows } from './support/markdown-pages.ts';
import { firstPrettierChange } from './support/prettier.ts';
import { catalogOf, eventOf } from './support/small-catalog.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
let templates: ReadonlyMap<string, string> = new Map();
test.before(async () => {
  templates = await loadTemplates(path.join(ROOT, 'templates'));
});

const erratum = (id: string, kind: ErratumKind, correction: string): Erratum => ({
  id,
  kind,
  source: { document: 'rest-api-spec', line: 1 },
  wrong: 'The spec and the docs differ.',
  correction,
});
const SHARED = 'No "ttl" on the wire: selectors carry ttlSeconds. Medium confidence.';
const sampleWith = (errata: Erratum[]) => ({ errata }) as unknown as Sample;

const catalog: Catalog = catalogOf({}, [
  eventOf(
    'Microsoft.Communication.RouterJobQueued',
    { type: 'object' },
    {},
    {
      category: 'router',
      errata: [
        erratum('queued-required', 'required', 'jobId required. Every sample has it.'),
        erratum('queued-ttl', 'disagreement', SHARED),
        erratum('queued-typo', 'typo', 'Not a disagreement between sources.'),
      ],
    },
  ),
  eventOf(
    'Microsoft.Communication.RouterJobClassified',
    { type: 'object' },
    {},
    {
      category: 'router',
      errata: [erratum('classified-ttl', 'disagreement', SHARED)],
      samples: [
        sampleWith([erratum('classified-format', 'format', 'An RFC 3339 date-time. The sample is not.')]),
      ],
    },
  ),
  eventOf(
    'Microsoft.Communication.SMSReceived',
    { type: 'object' },
    {},
    {
      category: 'sms',
      errata: [
        erratum('sms-enum', 'enum-value', 'An open enum | of two values. The spec lists one.'),
        erratum('sms-missing', 'missing-field', 'Declared, optional. Only the spec has it.'),
      ],
    },
  ),
]);
const quiet = catalogOf({}, [eventOf('Microsoft.Communication.SMSReceived', { type: 'object' }, {})]);

const readme = (of: Catalog): string =>
  emitPackage(emitContext(of, { templates, entries: [{ name: 'index', reexported: false }] })).find(
    (file) => file.path === 'package/README.md',
  )!.contents;
const section = (page: string) => page.slice(page.indexOf('## Where the sources disagree'));

// [what, check] on the section of the small catalog's README
const FACTS: [string, (section: string) => boolean][] = [
  ['the total of disagreement errata (a typo is not one)', (s) => s.includes(': 6 of them, by kind:')],
  [
    'a count row per category: required, missing-field, disagreement, enum-value, format, all',
    (s) => rows(s).some((cells) => cells.join(',') === 'ROUTER,1,0,2,0,1,4'),
  ],
  ['another category', (s) => rows(s).some((cells) => cells.join(',') === 'SMS,0,1,0,1,0,2')],
  ['the All row', (s) => rows(s).some((cells) => cells.join(',') === '**All**,1,1,2,1,1,6')],
  [
    'events sharing a decision share a line, with a link per erratum',
    (s) =>
      s.includes(
        '- **RouterJobClassified**, **RouterJobQueued** (`disagreement`): No "ttl" on the wire: selectors carry ttlSeconds. ([`classified-ttl`](../docs/errata.md#classified-ttl), [`queued-ttl`](../docs/errata.md#queued-ttl))',
      ),
  ],
  [
    "a sample's erratum counts and is listed, its decision the correction's first sentence",
    (s) => s.includes('(`format`): An RFC 3339 date-time. ([`classified-format`]'),
  ],
  ['catalog text is escaped', (s) => s.includes('An open enum \\| of two values.')],
  [
    'requiredness and missing fields are counted, not listed',
    (s) => !s.includes('queued-required') && !s.includes('sms-missing'),
  ],
  ['other errata kinds are neither', (s) => !s.includes('queued-typo')],
];

for (const [what, check] of FACTS) {
  test(`README disagreements: ${what}`, () => {
    const text = section(readme(catalog));
    assert.ok(check(text), text);
  });
}

test('README disagreements: no section when no erratum records a disagreement', () => {
  assert.not.ok(readme(quiet).includes('## Where the sources disagree'));
});

test('README disagreements: in prettier layout and markdownlint-clean', async () => {
  const page = readme(catalog);
  assert.is(await firstPrettierChange('README.md', page, 'markdown'), undefined);
  const dir = await mkdtemp(path.join(tmpdir(), 'readme-disagreements-'));
  try {
    await writeFile(path.join(dir, 'README.md'), page);
    const config = path.join(ROOT, '.markdownlint-cli2.jsonc');
    const result = await markdownlint(dir, ['--config', config, '--no-globs', 'README.md']);
    assert.ok(result.ok, result.output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("README disagreements, the real package: its counts are catalog.json's, every link reaches an erratum", () => {
  const generated = (file: string) => readFileSync(path.join(ROOT, 'generated', file), 'utf8');
  const page = generated('package/README.md');
  const json = JSON.parse(generated('catalog.json')) as {
    events: { errata: { kind: string }[]; samples: { errata: { kind: string }[] }[] }[];
  };
  const kinds = ['required', 'missing-field', 'disagreement', 'enum-value', 'format'];
  const recorded = json.events
    .flatMap((event) => [...event.errata, ...event.samples.flatMap((sample) => sample.errata)])
    .filter((entry) => kinds.includes(entry.kind));
  const all = rows(section(page)).find((cells) => cells[0] === '**All**');
  assert.equal(all, [
    '**All**',
    ...kinds.map((kind) => String(recorded.filter((entry) => entry.kind === kind).length)),
    String(recorded.length),
  ]);
  const { broken, checked } = brokenLinks(
    new Map([
      ['package/README.md', page],
      ['docs/errata.md', generated('docs/errata.md')],
    ]),
  );
  // Only the README's links are this test's; the docs tests check the errata page's own.
  assert.equal(
    broken.filter((entry) => entry.startsWith('package/README.md:')),
    [],
  );
  assert.ok(checked > 10, `${checked} links checked`);
});

test.run();
