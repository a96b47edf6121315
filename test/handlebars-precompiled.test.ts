/**
 * The templates come precompiled (generator/syntax/handlebars-precompiled.generated.ts): the
 * committed module is what Handlebars precompiles from templates/*.hbs today, a renderer uses a
 * precompiled template only for the source it was precompiled from, and renders what the template
 * compiled afresh renders, strict mode included.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import * as prettier from 'prettier';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadTemplates } from '../generator/stages/load.ts';
import { PRECOMPILED } from '../generator/syntax/handlebars-precompiled.generated.ts';
import { createRenderer, TEMPLATE_OPTIONS } from '../generator/syntax/handlebars-render.ts';
import { PRETTIER_OPTIONS } from './support/prettier.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MODULE = path.join(ROOT, 'generator/syntax/handlebars-precompiled.generated.ts');
const REGENERATE = "UPDATE_PRECOMPILED=1 npx uvu -r tsx test 'handlebars-precompiled\\.test\\.ts$'";
let templates: Map<string, string>;

test.before(async () => {
  templates = await loadTemplates(path.join(ROOT, 'templates'));
});

/** The module's text: every Handlebars template (not the `.ts` examples) with its source and specification. */
async function precompiledModule(): Promise<string> {
  const entries = [...templates]
    .filter(([name]) => !name.endsWith('.ts'))
    .map(([name, source]) => {
      // precompile() writes its defaults into the options it is given.
      const spec = Handlebars.precompile(source, { ...TEMPLATE_OPTIONS }) as unknown as string;
      return `${JSON.stringify(name)}: { source: ${JSON.stringify(source)}, spec: ${spec} },`;
    });
  const text = [
    `// DO NOT EDIT: templates/*.hbs precompiled by Handlebars; regenerate with \`${REGENERATE}\`.`,
    '// @ts-nocheck',
    '/* eslint-disable */',
    'export const PRECOMPILED = {',
    ...entries,
    '};',
  ].join('\n');
  return prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'typescript' });
}

test('the committed module is what the templates precompile to', async () => {
  const expected = await precompiledModule();
  if (process.env.UPDATE_PRECOMPILED) writeFileSync(MODULE, expected);
  assert.ok(readFileSync(MODULE, 'utf8') === expected, `templates changed: run ${REGENERATE}`);
  assert.equal(
    Object.keys(PRECOMPILED).sort(),
    [...templates.keys()].filter((name) => !name.endsWith('.ts')).sort(),
  );
});

test('a template is rendered from its own source, precompiled or not', () => {
  const source = templates.get('docs-site-style')!;
  const page = { frontMatter: { titleMd: 'T', descriptionMd: 'D' }, bannerMd: 'B', titleMd: 'H' };
  const cases: [what: string, source: string, view: object, expected: string][] = [
    ['as precompiled', source, {}, Handlebars.compile(source, TEMPLATE_OPTIONS)({})],
    ['edited', 'edited {{name}}', { name: 'a & b' }, 'edited a &amp; b'],
    [
      'edited, with a precompiled partial',
      '{{> front-matter}}',
      page,
      '---\ntitle: T\ndescription: D\n---\n\nB\n\n# H\n',
    ],
  ];
  for (const [what, edited, view, expected] of cases) {
    const render = createRenderer(new Map([...templates, ['docs-site-style', edited]]), 'docs');
    assert.is(render('site-style', view), expected, what);
  }
});

test('precompiled templates keep strict mode: a field the view lacks is an error', () => {
  const render = createRenderer(templates, 'docs');
  assert.throws(() => render('example-webhook', {}), /"webhookTs" not defined/);
  const partial = createRenderer(new Map([...templates, ['docs-x', '{{> front-matter}}']]), 'docs');
  assert.throws(() => partial('x', { frontMatter: {} }), /"titleMd" not defined/);
});

test.run();
