/**
 * The catalog format's validators compiled ahead of time (generator/stages/catalog-format-validators.generated.ts)
 * are what Ajv compiles from catalog/schema/*.schema.json today: the committed module is the
 * precompile script's output, and on valid and broken catalog files its validators return what
 * freshly compiled ones return, error objects included (the checker's messages are made of them).
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { compileFormatValidators, formatSchemasHash } from '../generator/stages/catalog-format-ajv.ts';
import * as precompiled from '../generator/stages/catalog-format-validators.generated.ts';
import { precompiledOrCompiled } from '../generator/stages/check-catalog-format.ts';
import { load, type CatalogFileKind } from '../generator/stages/load.ts';
import {
  PRECOMPILED_MODULE,
  REGENERATE,
  precompiledFormatModule,
} from '../scripts/precompile-catalog-format.ts';

const ahead = precompiled as unknown as Record<CatalogFileKind, ValidateFunction>;
const compiled = compileFormatValidators();

test('the committed module is the precompile script output for the schemas as they are', async () => {
  assert.is(precompiled.SCHEMAS_HASH, formatSchemasHash(), `schemas changed: run ${REGENERATE}`);
  assert.ok(
    readFileSync(PRECOMPILED_MODULE, 'utf8') === (await precompiledFormatModule()),
    `run ${REGENERATE}`,
  );
});

test('schemas unlike the precompiled ones are compiled afresh', () => {
  assert.is(precompiledOrCompiled(precompiled, formatSchemasHash()), ahead);
  const fresh = precompiledOrCompiled(precompiled, 'another hash');
  assert.is.not(fresh, ahead);
  assert.is.not(fresh.event, ahead.event);
  assert.is(fresh.event({}), false);
});

/** Each catalog file, then the same file broken in ways that reach most keywords. */
const breakings: [string, (value: Record<string, unknown>) => unknown][] = [
  ['as is', (value) => value],
  ['empty', () => ({})],
  ['a list', () => []],
  ['a string', () => 'text'],
  ['an unknown key', (value) => ({ ...value, unknown: 1 })],
  ['every value a number', (value) => Object.fromEntries(Object.keys(value).map((key, i) => [key, i - 1]))],
  ['every value an empty list', (value) => Object.fromEntries(Object.keys(value).map((key) => [key, []]))],
  [
    'every list item emptied',
    (value) =>
      Object.fromEntries(
        Object.entries(value).map(([key, child]) => [
          key,
          Array.isArray(child) ? child.map(() => ({})) : child,
        ]),
      ),
  ],
  [
    'every string value bad',
    (value) =>
      JSON.parse(
        JSON.stringify(value, (_key, child: unknown) => (typeof child === 'string' ? '~ BAD ~' : child)),
      ),
  ],
  [
    'every number value zero',
    (value) =>
      JSON.parse(JSON.stringify(value, (_key, child: unknown) => (typeof child === 'number' ? 0 : child))),
  ],
];

test('precompiled and compiled validators agree on valid and broken catalog files, errors included', async () => {
  const { files } = await load('catalog');
  const kinds = new Set(files.map((file) => file.kind));
  assert.is(kinds.size, 6);
  let failures = 0;
  for (const file of files) {
    for (const [name, breakIt] of breakings) {
      const value = breakIt(file.value as Record<string, unknown>);
      const at = `${file.path} ${name}`;
      assert.is(ahead[file.kind](value), compiled[file.kind](value), at);
      assert.equal(ahead[file.kind].errors, compiled[file.kind].errors, at);
      if (ahead[file.kind].errors) failures++;
    }
  }
  assert.ok(failures > files.length * (breakings.length - 2), 'the broken values fail');
});

test.run();
