/**
 * The templates come precompiled (generator/syntax/handlebars-precompiled.generated.ts): the
 * committed module is what Handlebars precompiles from templates/*.hbs today, a renderer uses a
 * precompiled template only for the source it was precompiled from, and renders what the template
 * compiled afresh renders, strict mode included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadTemplates } from '../generator/stages/load.ts';
import { PRECOMPILED } from '../generator/syntax/handlebars-precompiled.generated.ts';
import { createRenderer, TEMPLATE_OPTIONS } from '../generator/syntax/handlebars-render.ts';
import {
  PRECOMPILED_TEMPLATES,
  REGENERATE,
  precompiledTemplatesModule,
} from '../scripts/precompile-templates.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
let templates: Map<string, string>;

test.before(async () => {
  templates = await loadTemplates(path.join(ROOT, 'templates'));
});

test('the committed module is what the templates precompile to', async () => {
  const expected = await precompiledTemplatesModule();
  assert.ok(readFileSync(PRECOMPILED_TEMPLATES, 'utf8') === expected, `templates changed: run ${REGENERATE}`);
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
