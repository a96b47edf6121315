/**
 * The JSON and Markdown the generator writes without prettier (json-layout.ts, json-text.ts,
 * docs/align-tables.ts and the templates) are laid out exactly as prettier would lay them out; so is
 * every TypeScript source an emitter marks `layout: 'final'` (emitted in prettier's layout, which the
 * format stage then leaves alone), checked as the emitter wrote it, for the real catalog and for a
 * catalog made to push the layout to its edges; and so is every generated TypeScript source.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { emitAll, packageEntries } from '../generator/emit/registry.ts';
import type { Catalog } from '../generator/model/catalog-model.ts';
import { emitContext } from '../generator/model/emit-context.ts';
import { loadRuntime, loadTemplates } from '../generator/stages/load.ts';
import { layoutJson } from '../generator/syntax/json-layout.ts';
import { type Lines, lit, render, ts } from '../generator/syntax/ts-code.ts';
import {
  and,
  arrayLiteral,
  arrow,
  assignment,
  call,
  compare,
  conditional,
  exprCode,
  ifBlock,
  ifThen,
  json,
  not,
  objectLiteral,
  or,
  property,
  signature,
  specifiers,
} from '../generator/syntax/ts-layout.ts';
import { jsonText } from '../generator/syntax/json-text.ts';
import { LAYOUT_EVENT_TYPE, layoutCatalog } from './support/layout-catalog.ts';
import { firstPrettierChange } from './support/prettier.ts';
import { realCatalog } from './support/real-catalog.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

const LONG = 'x'.repeat(100);
/** 110 columns wide as the last member, `  "abcdefghijklm": ["xx…"]`: one more with a comma after it. */
const EDGE = 'x'.repeat(87);

/** [what, value, JSON as prettier prints it] */
const JSON_LAYOUTS: [string, unknown, string][] = [
  ['objects: one member per line', { a: 1, b: { c: 'd' } }, '{\n  "a": 1,\n  "b": {\n    "c": "d"\n  }\n}'],
  ['empty object and array', { a: {}, b: [] }, '{\n  "a": {},\n  "b": []\n}'],
  [
    'an array that fits: one line',
    { includedEventTypes: ['Microsoft.Communication.SMSReceived'] },
    '{\n  "includedEventTypes": ["Microsoft.Communication.SMSReceived"]\n}',
  ],
  [
    'an array that does not fit: one element per line',
    { a: [LONG, 'y'] },
    `{\n  "a": [\n    "${LONG}",\n    "y"\n  ]\n}`,
  ],
  [
    'an array exactly as wide as the line: one line',
    { abcdefghijklm: [EDGE] },
    `{\n  "abcdefghijklm": ["${EDGE}"]\n}`,
  ],
  [
    'the comma after an array counts',
    { abcdefghijklm: [EDGE], b: 1 },
    `{\n  "abcdefghijklm": [\n    "${EDGE}"\n  ],\n  "b": 1\n}`,
  ],
  ['an array of objects: one per line', { a: [{ b: 1 }] }, '{\n  "a": [\n    {\n      "b": 1\n    }\n  ]\n}'],
  [
    'arrays of two or more arrays of two or more: one per line',
    [
      [1, 2],
      [3, 4],
    ],
    '[\n  [1, 2],\n  [3, 4]\n]',
  ],
  ['nested arrays that fit: one line', { a: [[1], ['b', 'c']] }, '{\n  "a": [[1], ["b", "c"]]\n}'],
  [
    'numbers fill their lines',
    { a: Array.from({ length: 45 }, (_, i) => i + 1) },
    `{\n  "a": [\n    ${Array.from({ length: 29 }, (_, i) => i + 1).join(', ')},\n    ${Array.from({ length: 16 }, (_, i) => i + 30).join(', ')}\n  ]\n}`,
  ],
  ['exponents without +', { a: 1e21, b: 1.5e-7 }, '{\n  "a": 1e21,\n  "b": 1.5e-7\n}'],
  ['undefined properties are left out, as JSON.stringify does', { a: undefined, b: 1 }, '{\n  "b": 1\n}'],
  [
    'strings are escaped as JSON.stringify escapes them',
    { 'k"ey': 'line\nbreak' },
    '{\n  "k\\"ey": "line\\nbreak"\n}',
  ],
];

for (const [what, value, printed] of JSON_LAYOUTS) {
  test(`JSON layout: ${what}`, async () => {
    assert.is(layoutJson(value), printed);
    assert.equal(JSON.parse(printed), JSON.parse(JSON.stringify(value)));
    // As a file (json-text.ts) and as a sample in a docs page.
    assert.is(jsonText(value), `${printed}\n`);
    assert.is(await firstPrettierChange('file', jsonText(value), 'json'), undefined);
    assert.is(await firstPrettierChange('page', `\`\`\`json\n${printed}\n\`\`\`\n`, 'markdown'), undefined);
  });
}

/** Names and strings that put a statement just under, at and just over the print width. */
const sized = (width: number) => 'x'.repeat(width);
const SIZES = [40, 80, 88, 89, 90, 96, 100, 104, 120];
const word = (width: number) => ts`${lit(sized(width))}`;

/** [shape, statements built with the layout helpers for one size] */
const SHAPES: [string, (width: number) => Lines][] = [
  ['call arguments', (w) => [ts`${call(ts`f`, [ts`a`, word(w), ts`b`])};`]],
  ['a hugged last array', (w) => [ts`${call(ts`f`, [ts`e`, arrayLiteral([word(w / 4), word(w / 2)])])};`]],
  ['a hugged expanded object', (w) => [ts`${call(ts`f`, [word(w / 2), json({ a: sized(w), b: [1, 2] })])};`]],
  ['numbers fill their lines', (w) => [ts`${call(ts`f`, [arrayLiteral(SIZES.map((n) => lit(n * w)))])};`]],
  [
    'an if with a chain',
    (w) => [ifThen(and(compare(ts`v`, '!==', word(w / 3)), not(call(ts`g`, [ts`v`]))), ts`return false;`)],
  ],
  [
    'a negated chain',
    (w) => [ifThen(not(or(call(ts`f`, [word(w / 3)]), call(ts`g`, [word(w / 2)]))), ts`return;`)],
  ],
  ['an if block', (w) => [ifBlock(or(compare(ts`typeof v`, '===', word(w)), ts`s`)), ts`}`]],
  [
    'a conditional',
    (w) => [
      ts`return ${conditional(exprCode(compare(ts`n`, '===', ts`0`)), objectLiteral([property(ts`ok`, ts`true`), property(ts`value`, word(w / 2))]), ts`null`)};`,
    ],
  ],
  [
    'properties',
    (w) => [
      ts`const o = ${objectLiteral([property(ts`a`, word(w)), property(ts`longer`, word(w)), property(ts`f`, call(ts`h`, [ts`x`, word(w)]))], true)};`,
    ],
  ],
  [
    'an arrow',
    (w) => [
      ts`const f = ${arrow([ts`data`], call(ts`g`, [word(w / 2), objectLiteral([property(ts`k`, word(w / 3))])]))};`,
    ],
  ],
  ['an assignment', (w) => [ts`${assignment(ts`const name: T`, ts` =`, call(ts`g`, [word(w)]), false)};`]],
  [
    'a signature',
    (w) => [
      ts`function f${signature([ts`a: A`, ts`b: B`], ts`R<${lit(sized(w))}>`)} {`,
      [ts`return r;`],
      ts`}`,
    ],
  ],
  ['specifiers', (w) => [ts`import ${specifiers([ts`a`, ts`b`, ts`type C`])} from ${word(w)};`]],
];

for (const [shape, statements] of SHAPES) {
  test(`layout shape: ${shape}`, async () => {
    for (const width of SIZES) {
      const text = `${render([ts`export function t(v: unknown, s: boolean) {`, statements(width), ts`}`])}\n`;
      const change = await firstPrettierChange(`${shape} (${width})`, text, 'typescript');
      assert.ok(change === undefined, change);
    }
  });
}

const PARSERS: Record<string, 'json' | 'markdown' | 'typescript'> = {
  '.json': 'json',
  '.md': 'markdown',
  '.ts': 'typescript',
};

/**
 * The TypeScript sources still formatted by the format stage: types.ts (json-schema-to-typescript's
 * output) and the docs' examples (rendered from templates, whose lines grow with the catalog's names).
 */
const FORMATTED = /^(package\/src\/types\.ts|docs\/examples\/guide\/.*\.ts)$/;

async function emitted(catalog: Catalog) {
  const runtime = await loadRuntime(path.join(ROOT, 'generator', 'runtime'));
  const templates = await loadTemplates(path.join(ROOT, 'templates'));
  const files = await emitAll(emitContext(catalog, { runtime, templates, entries: packageEntries(runtime) }));
  return files.filter((file) => file.path.endsWith('.ts') && !file.path.includes('/dist/'));
}

for (const [name, catalog] of [
  ['the real catalog', realCatalog],
  ['the layout catalog', layoutCatalog],
] as const) {
  test(`prettier leaves every TypeScript source emitted in its final layout unchanged: ${name}`, async () => {
    const sources = await emitted(await catalog());
    const final = sources.filter((file) => file.layout === 'final');
    assert.equal(
      sources
        .filter((file) => file.layout !== 'final' && !FORMATTED.test(file.path))
        .map((file) => file.path),
      [],
    );
    for (const entry of [
      'validators',
      'fixtures',
      'subjects',
      'parse',
      'index',
      'webhook',
      'simulate',
      'filter',
    ])
      assert.ok(
        final.some((file) => file.path === `package/src/${entry}.ts`),
        entry,
      );
    if (name === 'the layout catalog') {
      const validators = final.find((file) => file.path === 'package/src/validators.ts')!.contents;
      assert.ok(validators.includes(LAYOUT_EVENT_TYPE));
      const example = final.find((file) =>
        file.path.startsWith('docs/examples/events/chat-participant-properties'),
      );
      assert.ok(example?.contents.includes('export function received(\n'), 'the long event example breaks');
      assert.ok(
        validators.split('\n').some((line) => line.length > 110),
        'a line the printer could not break',
      );
    }
    for (const file of final) {
      const change = await firstPrettierChange(file.path, file.contents, 'typescript');
      assert.ok(change === undefined, change);
    }
  });
}

test('prettier leaves every generated JSON, Markdown and TypeScript source unchanged', async () => {
  const entries = await readdir(path.join(ROOT, 'generated'), { withFileTypes: true, recursive: true });
  const files = entries
    .filter((entry) => entry.isFile() && PARSERS[path.extname(entry.name)])
    .map((entry) => path.join(entry.parentPath, entry.name))
    // Compiled declarations are tsc's output, never formatted.
    .filter((file) => !file.includes(`${path.sep}dist${path.sep}`))
    // The emitters' final-layout sources are checked as emitted, above.
    .filter(
      (file) => !file.endsWith('.ts') || FORMATTED.test(path.relative(path.join(ROOT, 'generated'), file)),
    );
  assert.ok(files.length > 200);
  assert.ok(files.some((file) => file.endsWith(path.join('package', 'src', 'types.ts'))));
  for (const file of files) {
    const change = await firstPrettierChange(
      path.relative(ROOT, file),
      await readFile(file, 'utf8'),
      PARSERS[path.extname(file)]!,
    );
    assert.ok(change === undefined, change);
  }
});

test.run();
