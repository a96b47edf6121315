/**
 * The JSON and Markdown the generator writes (json-layout.ts, json-text.ts, docs/align-tables.ts and
 * the templates) are laid out exactly as prettier would lay them out; so is every TypeScript source,
 * which every emitter marks `layout: 'final'` (nothing formats code on the generate path), checked as
 * the emitter wrote it, for the real catalog and for a catalog made to push the layout to its edges,
 * and shape by shape at widths around the print width.
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
  blockArrow,
  call,
  compare,
  conditional,
  exprCode,
  ifBlock,
  ifThen,
  json,
  memberChain,
  not,
  objectLiteral,
  or,
  property,
  signature,
  specifiers,
} from '../generator/syntax/ts-layout.ts';
import { jsonText } from '../generator/syntax/json-text.ts';
import { emitTypes } from '../generator/emit/types/emit-types.ts';
import type { JsonSchema } from '../generator/model/catalog-model.ts';
import { LAYOUT_EVENT_TYPE, layoutCatalog } from './support/layout-catalog.ts';
import { catalogOf, eventOf, ref } from './support/small-catalog.ts';
import { guideExamples } from '../generator/emit/docs/view/usage-examples.ts';
import { createRenderer } from '../generator/syntax/handlebars-render.ts';
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
const sized = (width: number) => 'x'.repeat(Math.max(1, width));
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
  ['one specifier', (w) => [ts`import ${specifiers([ts`type C`])} from ${word(w)};`]],
  [
    'a member chain with a block-bodied arrow',
    (w) => [
      ts`const hook = ${memberChain(ts`create()`, [
        call(ts`.on`, [
          word(w - 30),
          blockArrow([ts`event`], [ts`${call(ts`log`, [word(w / 2), ts`event`])};`]),
        ]),
        call(ts`.off`, [arrow([ts`e`], call(ts`g`, [word(w / 3), ts`e`]))]),
      ])};`,
    ],
  ],
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

/** An identifier `width` characters long. */
const named = (prefix: string, width: number) => `${prefix}${'x'.repeat(Math.max(1, width - prefix.length))}`;

/** [shape, the definitions and the event data schema that make types.ts show it at one size] */
const TYPE_SHAPES: [
  string,
  (width: number) => { definitions: Record<string, JsonSchema>; data: JsonSchema },
][] = [
  [
    'unions of string literals, required and optional',
    (w) => ({
      definitions: {},
      data: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: [sized(w / 4), sized(w / 3), sized(w / 2)] },
          optionalKindWithALongerName: { type: 'string', enum: [sized(w - 60), 'b'] },
        },
        required: ['kind'],
      },
    }),
  ],
  [
    'open documented enums: literals | (string & {}), alone and as array items',
    (w) => {
      const open = {
        anyOf: [{ const: sized(w / 3), description: 'One.' }, { const: 'b' }, { type: 'string' }],
      };
      return {
        definitions: {},
        data: {
          type: 'object',
          properties: {
            status: open as JsonSchema,
            updatedWorkerProperties: { type: 'array', items: open as JsonSchema },
            short: { type: 'array', items: { anyOf: [{ const: sized(w - 70) }, { type: 'string' }] } },
          },
        },
      };
    },
  ],
  [
    'nullable objects and arrays, nested unions',
    (w) => ({
      definitions: {},
      data: {
        type: 'object',
        properties: {
          innerError: { type: ['object', 'null'], additionalProperties: true },
          details: { type: ['array', 'null'], items: { type: 'object', additionalProperties: true } },
          reason: { type: ['string', 'null'], enum: [sized(w / 3), sized(w / 2)] },
          either: {
            anyOf: [{ type: 'string' }, { type: 'integer' }, { type: 'array', items: { type: 'boolean' } }],
          },
        },
      },
    }),
  ],
  [
    'index signatures, widened by their siblings',
    (w) => ({
      definitions: {},
      data: {
        type: 'object',
        properties: {
          labels: { type: 'object', additionalProperties: { type: 'string', description: sized(w) } },
          mixed: {
            type: 'object',
            properties: { [named('count', w / 3)]: { type: 'number' }, flag: { type: 'boolean' } },
            required: ['flag'],
            additionalProperties: { type: 'string', enum: [sized(w / 2), 'b'] },
          },
        },
      },
    }),
  ],
  [
    'JSDoc blocks: paragraphs, trailing blanks, deprecation, array items',
    (w) => ({
      definitions: {},
      data: {
        type: 'object',
        description: `${sized(w)}\n\nSecond paragraph.   `,
        properties: {
          documented: {
            type: 'string',
            description: `First line.  \n\n  indented ${sized(w)}`,
            deprecated: true,
          },
          list: {
            type: 'array',
            description: 'The list.',
            items: { type: 'integer', description: sized(w / 2) },
          },
        },
      },
    }),
  ],
  [
    'interfaces extending one and two bases, an inline intersection',
    (w) => {
      const base = named('Base', w / 2);
      const other = named('Other', w / 2);
      const definitions: Record<string, JsonSchema> = {
        [base]: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        [other]: { type: 'object', properties: { at: { type: 'string' } } },
        [named('Child', w)]: {
          allOf: [ref(base), { type: 'object', properties: { kind: { type: 'string' } } }],
        },
        [named('Both', w / 2)]: { allOf: [ref(base), ref(other)] },
      };
      return {
        definitions,
        data: {
          type: 'object',
          properties: {
            caller: { allOf: [ref(base), { type: 'object', properties: { phone: { type: 'string' } } }] },
            nested: {
              allOf: [
                ref(base),
                {
                  type: 'object',
                  allOf: [ref(other), { type: 'object', properties: { [named('p', w / 3)]: {} } }],
                },
              ],
            },
          },
        },
      };
    },
  ],
  [
    'type aliases: unions of definitions, a documented enum, an array',
    (w) => {
      const names = [named('First', w / 3), named('Second', w / 3), named('Third', w / 4)];
      return {
        definitions: {
          ...Object.fromEntries(
            names.map((name) => [name, { type: 'object', properties: { k: { type: 'string' } } }]),
          ),
          [named('Either', w / 4)]: { oneOf: names.map((name) => ref(name)) },
          [named('Reason', w / 4)]: {
            anyOf: [
              { const: sized(w / 2), description: 'A.' },
              { const: 'b', description: 'B.' },
              { type: 'string' },
            ],
          },
          [named('Tags', w / 4)]: { type: 'array', items: { type: 'string', description: sized(w / 2) } },
        },
        data: { type: 'object', properties: { value: ref(names[0]!) } },
      };
    },
  ],
];

for (const [shape, build] of TYPE_SHAPES) {
  test(`types.ts shape: ${shape}`, async () => {
    for (const width of SIZES) {
      const { definitions, data } = build(width);
      const defs = Object.fromEntries(
        Object.entries(definitions).map(([name, schema]) => [
          name,
          { description: `The ${name} shape.`, schema },
        ]),
      );
      // The event type's length sets the envelope aliases' type arguments apart.
      const event = eventOf(`Microsoft.Communication.${named('Event', width - 24)}`, data, defs);
      const [types] = emitTypes(emitContext(catalogOf(defs, [event])));
      const change = await firstPrettierChange(`${shape} (${width})`, types!.contents, 'typescript');
      assert.ok(change === undefined, change);
    }
  });
}

test('the guide examples at widths around the print width', async () => {
  const render = createRenderer(await loadTemplates(path.join(ROOT, 'templates')), 'docs');
  const broken: string[] = [];
  for (const width of SIZES) {
    const type = `Microsoft.Communication.${named('Event', width - 24)}`;
    const subjects = [{ segments: [{ literal: sized(width / 2) }, { name: 'id' }] }] as never;
    const examples = guideExamples(eventOf(type, { type: 'object' }, {}, { subjects }), render);
    for (const example of Object.values(examples)) {
      const change = await firstPrettierChange(`${example.path} (${width})`, example.code, 'typescript');
      assert.ok(change === undefined, change);
    }
    if (examples.webhook.code.includes('  .on(\n')) broken.push('webhook');
    if (examples.fixtures.code.includes('invalidVariants[\n')) broken.push('fixtures');
  }
  // The longest names do break the handler's call and the variants' lookup.
  assert.ok(broken.includes('webhook') && broken.includes('fixtures'), broken.join());
});

const PARSERS: Record<string, 'json' | 'markdown'> = {
  '.json': 'json',
  '.md': 'markdown',
};

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
      sources.filter((file) => file.layout !== 'final').map((file) => file.path),
      [],
    );
    for (const entry of [
      'types',
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
    for (const example of ['webhook', 'receive', 'handshake', 'filter', 'fixtures'])
      assert.ok(
        final.some((file) => file.path === `docs/examples/guide/${example}.ts`),
        example,
      );
    if (name === 'the layout catalog') {
      const validators = final
        .filter((file) => file.path.startsWith('package/src/validators'))
        .map((file) => file.contents)
        .join('\n');
      assert.ok(validators.includes(LAYOUT_EVENT_TYPE));
      const example = final.find((file) =>
        file.path.startsWith('docs/examples/events/chat-participant-properties'),
      );
      assert.ok(example?.contents.includes('export function received(\n'), 'the long event example breaks');
      assert.ok(
        validators.split('\n').some((line) => line.length > 110),
        'a line the printer could not break',
      );
    } else {
      // An array of an open documented enum stays an array of the (parenthesized) union.
      const types = final.find((file) => file.path === 'package/src/types.ts')!.contents;
      assert.match(
        types,
        /updatedWorkerProperties\?: \(\n(\s+\| [^\n]+\n)+\s+\| \(string & \{\}\)\n {2}\)\[\];/,
      );
    }
    for (const file of final) {
      const change = await firstPrettierChange(file.path, file.contents, 'typescript');
      assert.ok(change === undefined, change);
    }
  });
}

test('prettier leaves every generated JSON and Markdown file unchanged', async () => {
  const entries = await readdir(path.join(ROOT, 'generated'), { withFileTypes: true, recursive: true });
  const files = entries
    .filter((entry) => entry.isFile() && PARSERS[path.extname(entry.name)])
    .map((entry) => path.join(entry.parentPath, entry.name))
    // Compiled declarations are tsc's output, never formatted.
    .filter((file) => !file.includes(`${path.sep}dist${path.sep}`));
  assert.ok(files.length > 200);
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
