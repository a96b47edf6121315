/**
 * Writes generator/stages/catalog-format-validators.generated.ts: the catalog format's validators as
 * Ajv standalone code, compiled as generator/stages/catalog-format-ajv.ts sets Ajv up, so that a
 * check does not compile them on every run. Run after changing catalog/schema/*.schema.json or Ajv:
 *
 *   node scripts/run-typescript.mjs scripts/precompile-catalog-format.ts
 *
 * (test/catalog-format-precompiled.test.ts fails while the committed module differs from this output.)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import standalone from 'ajv/dist/standalone/index.js';
import prettier from 'prettier';
import prettierSettings from '../.prettierrc.json' with { type: 'json' };
import {
  FORMAT_SCHEMAS,
  formatSchemasHash,
  newCatalogFormatAjv,
} from '../generator/stages/catalog-format-ajv.ts';

export const PRECOMPILED_MODULE = path.join(
  import.meta.dirname,
  '..',
  'generator',
  'stages',
  'catalog-format-validators.generated.ts',
);

export const REGENERATE = 'node scripts/run-typescript.mjs scripts/precompile-catalog-format.ts';

/** The module's text: a banner, the schemas' hash, and one validate function per kind of catalog file. */
export async function precompiledFormatModule(): Promise<string> {
  const ajv = newCatalogFormatAjv({ source: true });
  const exports = Object.fromEntries(
    Object.entries(FORMAT_SCHEMAS).map(([kind, schema]) => [kind, schema.$id]),
  );
  // Standalone code `require`s Ajv's runtime helpers even as an ES module.
  const code = standalone.default(ajv, exports);
  const text = [
    `// DO NOT EDIT: generated from catalog/schema/*.schema.json by \`${REGENERATE}\`.`,
    '// @ts-nocheck',
    '/* eslint-disable */',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    `export const SCHEMAS_HASH = '${formatSchemasHash()}';`,
    code.replace(/^"use strict";/, ''),
  ].join('\n');
  return prettier.format(text, { ...prettierSettings, parser: 'typescript' } as prettier.Options);
}

if (import.meta.filename === process.argv[1]) {
  void precompiledFormatModule().then((text) => {
    writeFileSync(PRECOMPILED_MODULE, text);
    console.log(`wrote ${path.relative(process.cwd(), PRECOMPILED_MODULE)}`);
  });
}
