/**
 * Writes generator/syntax/handlebars-precompiled.generated.ts: every Handlebars template in
 * templates/ with its source and the specification Handlebars precompiles from it, so that a
 * generate does not compile the templates on every run (generator/syntax/handlebars-render.ts uses a
 * precompiled template only for the source it was precompiled from). Run after changing a template
 * or Handlebars:
 *
 *   node scripts/run-typescript.mjs scripts/precompile-templates.ts
 *
 * (test/handlebars-precompiled.test.ts fails while the committed module differs from this output.)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import prettier from 'prettier';
import prettierSettings from '../.prettierrc.json' with { type: 'json' };
import { loadTemplates } from '../generator/stages/load.ts';
import { TEMPLATE_OPTIONS } from '../generator/syntax/handlebars-render.ts';

const ROOT = path.join(import.meta.dirname, '..');
export const PRECOMPILED_TEMPLATES = path.join(
  ROOT,
  'generator',
  'syntax',
  'handlebars-precompiled.generated.ts',
);
export const REGENERATE = 'node scripts/run-typescript.mjs scripts/precompile-templates.ts';

/** The module's text: every Handlebars template (not the `.ts` examples) with its source and specification. */
export async function precompiledTemplatesModule(): Promise<string> {
  const templates = await loadTemplates(path.join(ROOT, 'templates'));
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
  return prettier.format(text, { ...prettierSettings, parser: 'typescript' } as prettier.Options);
}

if (import.meta.filename === process.argv[1]) {
  void precompiledTemplatesModule().then((text) => {
    writeFileSync(PRECOMPILED_TEMPLATES, text);
    console.log(`wrote ${path.relative(process.cwd(), PRECOMPILED_TEMPLATES)}`);
  });
}
