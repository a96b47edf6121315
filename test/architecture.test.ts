/**
 * The generator's architecture, checked on the tree: which folders may import which
 * (test/support/layer-rules.ts), unique file names under generator/, and no long template strings
 * (generated code longer than a few lines belongs in generator/runtime/, where it is type-checked).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isEmitterEntry, layerOf, targetOf } from './support/layer-rules.ts';
import { importsOf, longTemplatesOf } from './support/source-facts.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MAX_TEMPLATE_LINES = 15;

/**
 * Imports that break a layer rule today, as `<file> -> <specifier>`, each with why (most wait on a
 * move in flight in another branch). An entry that no longer offends fails the test, so the list
 * only shrinks.
 */
const KNOWN_IMPORT_VIOLATIONS: Readonly<Record<string, string>> = {};

/**
 * Files that hold templates longer than MAX_TEMPLATE_LINES today, each with why. Same rule: an
 * entry whose file no longer holds one fails the test.
 */
const KNOWN_LONG_TEMPLATES: Readonly<Record<string, string>> = {};

/** Every file under generator/, repository-relative, POSIX separators. */
function generatorFiles(): string[] {
  return readdirSync(path.join(ROOT, 'generator'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const sourceFiles = () => generatorFiles().filter((file) => file.endsWith('.ts'));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** `problems` minus the allow-listed ones, plus every allow-list entry that matched nothing. */
function unexpected(problems: Map<string, string>, known: Readonly<Record<string, string>>): string[] {
  const stale = Object.keys(known)
    .filter((key) => !problems.has(key))
    .map((key) => `${key}: allow-listed but no longer offends; remove it from the list`);
  const fresh = [...problems].filter(([key]) => !(key in known)).map(([, message]) => message);
  return [...fresh, ...stale];
}

// ---- the rules, on cases ------------------------------------------------------------------------

// [importing file, specifier, type-only, allowed]
const importCases: [string, string, boolean, boolean][] = [
  ['generator/model/schema-shapes.ts', './catalog-model.ts', false, true],
  ['generator/model/schema-shapes.ts', 'yaml', false, true],
  ['generator/model/schema-shapes.ts', '../syntax/banner.ts', false, false],
  ['generator/syntax/ts-code.ts', './ts-literals.ts', false, true],
  ['generator/syntax/ts-code.ts', '../model/catalog-model.ts', true, true],
  ['generator/syntax/ts-code.ts', '../model/catalog-model.ts', false, false],
  ['generator/syntax/ts-code.ts', '../stages/load.ts', true, false],
  ['generator/emit/types/types-jsdoc.ts', '../../model/catalog-model.ts', false, true],
  ['generator/emit/types/types-jsdoc.ts', '../../syntax/ts-code.ts', false, true],
  ['generator/emit/types/types-jsdoc.ts', './types-schema.ts', false, true],
  ['generator/emit/docs/pages/event-page.ts', '../view/event-view.ts', false, true],
  ['generator/emit/types/types-jsdoc.ts', '../docs/view/provenance.ts', true, false],
  ['generator/emit/types/types-jsdoc.ts', '../../stages/normalize.ts', false, false],
  ['generator/emit/types/types-jsdoc.ts', '../../runtime/filter.ts', false, true],
  ['generator/emit/registry.ts', './types/emit-types.ts', false, true],
  ['generator/emit/registry.ts', './types/types-jsdoc.ts', false, false],
  ['generator/emit/registry.ts', '../model/catalog-model.ts', true, true],
  ['generator/runtime/filter.ts', './support/match.ts', false, true],
  ['generator/runtime/filter.ts', '../model/catalog-model.ts', true, false],
  ['generator/runtime/filter.ts', 'node:util', false, false],
  ['generator/runtime/filter.ts', 'yaml', false, false],
  ['generator/stages/load.ts', '../model/catalog-model.ts', false, true],
  ['generator/stages/load.ts', './check.ts', false, true],
  ['generator/stages/load.ts', 'node:fs/promises', false, true],
  ['generator/stages/load.ts', '../emit/types/emit-types.ts', false, false],
  ['generator/stages/check-catalog-format.ts', '../../catalog/schema/event.schema.json', false, true],
  ['generator/stages/compile-package.ts', '../../.prettierrc.json', false, true],
  ['generator/syntax/display-width.ts', '../../.prettierrc.json', false, true],
  ['generator/emit/types/types-jsdoc.ts', '../../../.prettierrc.json', false, false],
  ['generator/emit/types/types-jsdoc.ts', '../../../catalog/schema/event.schema.json', false, false],
  ['generator/model/catalog-model.ts', '../../catalog/schema/event.schema.json', true, false],
  ['generator/pipeline.ts', './stages/load.ts', false, true],
  ['generator/pipeline.ts', './emit/registry.ts', false, true],
  ['generator/pipeline.ts', './emit/types/emit-types.ts', false, false],
  ['generator/import/docs-import.ts', '../stages/load.ts', false, true],
  ['generator/import/docs-import.ts', '../stages/check.ts', false, true],
  ['generator/import/docs-import.ts', '../stages/write.ts', false, false],
  ['generator/import/docs-import.ts', '../emit/docs/emit-docs.ts', false, false],
  ['generator/import/spec/read-spec.ts', '../draft-schema.ts', false, true],
];

test('layer rules: which folder may import which', () => {
  for (const [file, specifier, typeOnly, allowed] of importCases) {
    const layer = layerOf(file);
    assert.ok(layer, `${file} belongs to a layer`);
    assert.is(
      layer.allows(file, { target: targetOf(file, specifier), typeOnly }),
      allowed,
      `${file} imports ${typeOnly ? 'type ' : ''}${specifier}`,
    );
  }
});

test('layer rules: files outside every layer and emitter entry modules', () => {
  for (const file of ['generator/cli.ts', 'generator/emit/helpers.ts', 'generator/types.ts'])
    assert.is(layerOf(file), undefined, file);
  for (const [file, entry] of [
    ['generator/emit/types/emit-types.ts', true],
    ['generator/emit/package/emit-index.ts', true],
    ['generator/emit/types/types-jsdoc.ts', false],
    ['generator/emit/docs/pages/emit-page.ts', false],
    ['generator/emit/registry.ts', false],
  ] as const)
    assert.is(isEmitterEntry(file), entry, file);
});

// [source, expected imports as `line:specifier:type?`]
const importSyntaxCases: [string, string[]][] = [
  [`import { a } from './a.ts';`, ['1:./a.ts:value']],
  [`import type { A } from './a.ts';`, ['1:./a.ts:type']],
  [`import { type A, type B } from './a.ts';`, ['1:./a.ts:type']],
  [`import { type A, b } from './a.ts';`, ['1:./a.ts:value']],
  [`import './side-effect.ts';`, ['1:./side-effect.ts:value']],
  [`export { a } from './a.ts';\nexport type { B } from './b.ts';`, ['1:./a.ts:value', '2:./b.ts:type']],
  [`export * from './all.ts';`, ['1:./all.ts:value']],
  [`const m = await import('./lazy.ts');`, ['1:./lazy.ts:value']],
  [`let t: import('./t.ts').T;`, ['1:./t.ts:type']],
  [`// import { a } from './comment.ts';\nconst s = "import { b } from './string.ts'";`, []],
];

test('importsOf reads imports from the syntax tree, not the text', () => {
  for (const [source, expected] of importSyntaxCases) {
    const found = importsOf('case.ts', source).map(
      (fact) => `${fact.line}:${fact.specifier}:${fact.typeOnly ? 'type' : 'value'}`,
    );
    assert.equal(found, expected, source);
  }
});

const lines = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}`).join('\n');

// [source, expected long templates as `line:lines`]
const templateCases: [string, string[]][] = [
  [`const a = \`${lines(15)}\`;`, []],
  [`const a = \`${lines(16)}\`;`, ['1:16']],
  [`\nconst a = ts\`${lines(20)}\`;`, ['2:20']],
  [`const a = \`x\${b}\n${lines(15)}\`;`, ['1:16']],
  [`const a = \`\${\`${lines(20)}\`}\`;`, ['1:20']],
  [`// \`\n${lines(20)}\n// \``, []],
  [`const s = '\`';\n${lines(20)}\nconst t = '\`';`, []],
];

test('longTemplatesOf counts the lines of each template literal, tagged or not', () => {
  for (const [source, expected] of templateCases) {
    const found = longTemplatesOf('case.ts', source, MAX_TEMPLATE_LINES).map(
      (fact) => `${fact.line}:${fact.lines}`,
    );
    assert.equal(found, expected, source);
  }
});

// ---- the tree -----------------------------------------------------------------------------------

test('every generator file imports only what its layer allows', () => {
  const problems = new Map<string, string>();
  for (const file of sourceFiles()) {
    const layer = layerOf(file);
    if (!layer) {
      problems.set(
        file,
        `${file}: in no layer (model/, syntax/, emit/<kind>/, runtime/, stages/, import/, pipeline.ts)`,
      );
      continue;
    }
    for (const fact of importsOf(file, read(file))) {
      const target = targetOf(file, fact.specifier);
      if (layer.allows(file, { target, typeOnly: fact.typeOnly })) continue;
      problems.set(
        `${file} -> ${fact.specifier}`,
        `${file}:${fact.line}: imports ${fact.typeOnly ? 'type ' : ''}'${fact.specifier}': ${layer.rule}`,
      );
    }
  }
  const found = unexpected(problems, KNOWN_IMPORT_VIOLATIONS);
  assert.ok(found.length === 0, `\n${found.join('\n')}`);
});

/** Libraries the generate path must not load: it emits every file in its final layout itself. */
const OFF_THE_GENERATE_PATH = ['prettier', 'json-schema-to-typescript', 'ts-morph'];

test('no generator file imports a formatter, json-schema-to-typescript or ts-morph', () => {
  const found = sourceFiles().flatMap((file) =>
    importsOf(file, read(file))
      .filter((fact) => !fact.typeOnly && OFF_THE_GENERATE_PATH.includes(fact.specifier.split('/')[0]!))
      .map((fact) => `${file}:${fact.line}: imports '${fact.specifier}'`),
  );
  assert.equal(found, []);
});

test('no two files under generator/ share a name', () => {
  const byName = new Map<string, string[]>();
  for (const file of generatorFiles()) {
    const name = path.posix.basename(file);
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  const shared = [...byName].filter(([, files]) => files.length > 1).map(([, files]) => files.join(', '));
  assert.ok(shared.length === 0, `\n${shared.join('\n')}`);
});

test(`no generator file holds a template string longer than ${MAX_TEMPLATE_LINES} lines`, () => {
  const problems = new Map<string, string>();
  for (const file of sourceFiles()) {
    const long = longTemplatesOf(file, read(file), MAX_TEMPLATE_LINES);
    if (long.length > 0)
      problems.set(
        file,
        long.map((fact) => `${file}:${fact.line}: a ${fact.lines}-line template`).join('\n'),
      );
  }
  const found = unexpected(problems, KNOWN_LONG_TEMPLATES);
  assert.ok(found.length === 0, `\n${found.join('\n')}`);
});

test.run();
