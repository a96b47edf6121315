/**
 * Catalog format v2 in the fixtures, on a small catalog that uses every new keyword: factory-made
 * events validate with Ajv 2020 (+ ajv-formats) against the emitted JSON Schema, and every invalid
 * variant fails it. The generated modules are transpiled (not type-checked: that is the pipeline's
 * job) and imported from a temporary folder.
 */
import { emitContext } from '../generator/model/emit-context.ts';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { emitFixtures } from '../generator/emit/fixtures/emit-fixtures.ts';
import { emitJsonSchemas } from '../generator/emit/json-schema/emit-json-schema.ts';
import { emitRuntime } from '../generator/emit/runtime-modules/emit-runtime-modules.ts';
import { emitSubjects } from '../generator/emit/subjects/emit-subjects.ts';
import type { JsonSchema, OutputFile } from '../generator/model/catalog-model.ts';
import { loadRuntime } from '../generator/stages/load.ts';
import { catalogOf, definitionsOf, eventOf, ref } from './support/small-catalog.ts';

const TYPE = 'Microsoft.Communication.KeywordsShown';
const definitions = definitionsOf({
  Base: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
  Derived: {
    allOf: [
      ref('Base'),
      { type: 'object', properties: { size: { type: 'integer', format: 'int32' } }, required: ['size'] },
    ],
  },
  Cat: {
    type: 'object',
    properties: { kind: { const: 'cat' }, lives: { type: 'integer' } },
    required: ['kind', 'lives'],
  },
  Dog: {
    allOf: [ref('Base'), { type: 'object', properties: { kind: { const: 'dog' } }, required: ['kind'] }],
  },
});
const PROPERTIES: Record<string, JsonSchema> = {
  nullableText: { type: ['string', 'null'] },
  nullableRef: { anyOf: [ref('Base'), { type: 'null' }] },
  derived: ref('Derived'),
  wait: { type: 'string', format: 'duration' },
  count32: { type: 'integer', format: 'int32' },
  count64: { type: 'integer', format: 'int64' },
  ratio: { type: 'number', format: 'double' },
  closed: { oneOf: [{ const: 'Started', description: 'It started.' }, { const: 'Ended' }] },
  open: { anyOf: [{ const: 'Sms', description: 'By SMS.' }, { type: 'string' }] },
  plain: { type: 'string', enum: ['low', 'high'] },
  pet: { oneOf: [ref('Cat'), ref('Dog')] },
  anything: { type: 'object', additionalProperties: true },
  anyValues: { type: 'object', additionalProperties: {} },
  strings: { type: 'object', additionalProperties: { type: 'string' } },
  rows: {
    type: 'array',
    items: {
      type: 'object',
      properties: { label: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
      required: ['label'],
    },
  },
  bases: { type: 'array', items: ref('Base') },
};
const schema: JsonSchema = { type: 'object', properties: PROPERTIES, required: Object.keys(PROPERTIES) };
const catalog = catalogOf(definitions, [eventOf(TYPE, schema, definitions)]);
const event = catalog.events[0]!;

interface Module {
  factories: Record<string, (overrides?: unknown, options?: { seed?: number }) => Record<string, unknown>>;
  invalidVariants: Record<string, readonly { name: string; status: string; path: string; event: unknown }[]>;
}
let generated: Module;
let folder: string;

/** Writes the package's TypeScript sources as JavaScript under `folder`. */
function transpile(files: readonly OutputFile[]): void {
  for (const file of files) {
    const target = path.join(folder, file.path.replace(/^package\/src\//, '').replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(target), { recursive: true });
    const options = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
    writeFileSync(target, ts.transpileModule(file.contents, { compilerOptions: options }).outputText);
  }
}

test.before(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'fixtures-v2-'));
  writeFileSync(path.join(folder, 'package.json'), '{"type":"module"}');
  const runtime = await loadRuntime(path.resolve('generator/runtime'));
  const context = emitContext(catalog, { runtime });
  const sources = [...emitFixtures(context), ...emitSubjects(context), ...emitRuntime(context)];
  transpile(sources.filter((file) => file.path.endsWith('.ts')));
  generated = (await import(pathToFileURL(path.join(folder, 'fixtures.js')).href)) as Module;
});

test.after(() => rmSync(folder, { recursive: true, force: true }));

function eventGridValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const file = emitJsonSchemas(emitContext(catalog)).find((candidate) =>
    candidate.path.endsWith(`events/${event.names.slug}.event-grid.schema.json`),
  )!;
  return ajv.compile(JSON.parse(file.contents) as object);
}

test('factory-made events validate against the emitted JSON Schema for 200 seeds', () => {
  const validate = eventGridValidator();
  const make = generated.factories[TYPE]!;
  for (let seed = 0; seed < 200; seed++) {
    const made = make(undefined, { seed });
    assert.ok(
      validate(made),
      `seed ${seed}: ${JSON.stringify(validate.errors)}\n${JSON.stringify(made.data)}`,
    );
  }
});

const EXPECTED_VARIANTS: [keyword: string, name: string][] = [
  ['not nullable', '/data/derived is null, which it may not be'],
  ['a map of any value is not nullable', '/data/anything is null, which it may not be'],
  ['nor is a map of {}', '/data/anyValues is null, which it may not be'],
  ['closed documented enum', '/data/closed is not one of the documented values'],
  ['plain enum', '/data/plain is not one of the documented values'],
  ['discriminated union', '/data/pet/kind names no branch of the union'],
  ['int32', '/data/count32 is out of int32 range'],
  ['int32 inherited through allOf', '/data/derived/size is out of int32 range'],
  ['an int64 still has a type', '/data/count64 has the wrong type (string instead of integer)'],
  ['duration', '/data/wait is not an ISO 8601 duration'],
  ['required inherited through allOf', '/data/derived/id is missing'],
  ['required in an array of objects', '/data/rows/0/label is missing'],
  ['required in an array of $refs', '/data/bases/0/id is missing'],
  ['nested date-time in an array', '/data/rows/0/at is not an RFC 3339 date-time'],
  ['required under a nullable $ref', '/data/nullableRef/id is missing'],
  ['a nullable string still has a type', '/data/nullableText has the wrong type (number instead of string)'],
  ['a double still has a type', '/data/ratio has the wrong type (string instead of number)'],
];

for (const [keyword, name] of EXPECTED_VARIANTS) {
  test(`an invalid variant covers ${keyword}: "${name}"`, () => {
    assert.ok(
      generated.invalidVariants[TYPE]!.some((variant) => variant.name === name),
      generated.invalidVariants[TYPE]!.map((variant) => variant.name).join('\n'),
    );
  });
}

const NOT_EXPECTED: [reason: string, name: string][] = [
  ['null is allowed', '/data/nullableText is null, which it may not be'],
  ['null is allowed for a nullable $ref', '/data/nullableRef is null, which it may not be'],
  ['an open enum takes any string', '/data/open is not one of the documented values'],
];

for (const [reason, name] of NOT_EXPECTED) {
  test(`no invalid variant where ${reason}: "${name}"`, () => {
    assert.not.ok(generated.invalidVariants[TYPE]!.some((variant) => variant.name === name));
  });
}

test('every invalid variant fails the emitted JSON Schema (or names an uncatalogued type)', () => {
  const validate = eventGridValidator();
  const variants = generated.invalidVariants[TYPE]!;
  assert.ok(variants.length > 30, String(variants.length));
  for (const variant of variants) {
    if (variant.status === 'unknown') continue;
    assert.not.ok(validate(variant.event), variant.name);
  }
});

test.run();
