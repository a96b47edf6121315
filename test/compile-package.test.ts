/**
 * The compile stage transpiles the generated package file by file (no type checker, no TypeScript):
 * its output must say what a full `tsc` emit says, and a type error in generated code must still
 * fail — in typeCheckPackage, which tests and `generate --check` run.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { OutputFile } from '../generator/model/catalog-model.ts';
import { runPipeline } from '../generator/pipeline.ts';
import { compilePackage } from '../generator/stages/compile-package.ts';
import { pack, unitMemo, unpack } from '../generator/stages/unit-memo.ts';
import { createMemoryHost, typeCheckPackage } from '../generator/stages/type-check-package.ts';
import { declarationTokens } from './support/declaration-tokens.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = path.join(ROOT, 'generated/package/src');

async function committedSources(): Promise<OutputFile[]> {
  const names = (await readdir(SOURCES, { recursive: true })).filter((name) => name.endsWith('.ts')).sort();
  return Promise.all(
    names.map(async (name) => ({
      path: `package/src/${name.split(path.sep).join('/')}`,
      contents: await readFile(path.join(SOURCES, name), 'utf8'),
    })),
  );
}

/** What the compile stage did before it transpiled: one program, type-checked, emitting everything. */
function fullEmit(files: readonly OutputFile[]): Map<string, string> {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    declaration: true,
    skipLibCheck: true,
    newLine: ts.NewLineKind.LineFeed,
    types: [],
    rootDir: '/package/src',
    outDir: '/package/dist',
  };
  const sources = new Map(files.map((file) => [`/${file.path}`, file.contents]));
  sources.set('/package/package.json', JSON.stringify({ type: 'module' }));
  const program = ts.createProgram({
    rootNames: files.map((file) => `/${file.path}`),
    options,
    host: createMemoryHost(sources, options),
  });
  const emitted = new Map<string, string>();
  program.emit(undefined, (name, text) => emitted.set(name.replace(/^\//, ''), text));
  return emitted;
}

const file = (name: string, contents: string): OutputFile => ({ path: `package/src/${name}`, contents });

/** A program's text without its layout and comments: esbuild's minified print of it. */
const programOf = (javascript: string) =>
  transformSync(javascript, { loader: 'js', format: 'esm', minifyWhitespace: true, minifySyntax: true }).code;

/** The first token where two token lists part, with a little context, or undefined if they agree. */
function firstDifference(actual: readonly string[], expected: readonly string[]): string | undefined {
  const at = actual.findIndex((token, index) => token !== expected[index]);
  const index =
    at === -1 ? (actual.length === expected.length ? -1 : Math.min(actual.length, expected.length)) : at;
  if (index === -1) return undefined;
  const around = (tokens: readonly string[]) => tokens.slice(Math.max(0, index - 8), index + 4).join(' ');
  return `token ${index}:\n  oxc: ${around(actual)}\n  tsc: ${around(expected)}`;
}

test('compiling file by file gives the full tsc emit: the same declarations token for token (JSDoc included), the same JavaScript program', async () => {
  const sources = await committedSources();
  assert.ok(sources.some((source) => source.path === 'package/src/validators.ts'));
  const compiled = await compilePackage(sources);
  assert.equal(compiled.errors, []);
  const expected = fullEmit(sources);
  assert.equal(
    compiled.files.map((out) => out.path),
    [...expected.keys()].sort((a, b) => a.localeCompare(b)),
  );
  const differences: string[] = [];
  for (const out of compiled.files) {
    const tsc = expected.get(out.path)!;
    if (out.path.endsWith('.d.ts')) {
      // oxc prints its own layout (tabs, double quotes): compared as tokens, every JSDoc block included.
      const difference = firstDifference(declarationTokens(out.contents), declarationTokens(tsc));
      if (difference) differences.push(`${out.path} does not say what tsc's emit says at ${difference}`);
    } else {
      // esbuild prints its own layout: compared as programs (the sources use erasable syntax only).
      assert.is(programOf(out.contents), programOf(tsc), `${out.path} is not the program tsc emits`);
    }
  }
  assert.ok(differences.length === 0, `\n${differences.join('\n')}`);
});

/** [what, one print, another, whether they say the same] */
const PRINTS: [string, string, string, boolean][] = [
  ['quotes and indentation', "type T = {\n  a: 'x';\n};\n", 'type T = {\n\ta: "x";\n};\n', true],
  ['a number by its value', 'type N = 0x10;\n', 'type N = 16;\n', true],
  [
    'a trailing separator',
    'type T = { a: string; b: number };\n',
    'type T = { a: string; b: number; };\n',
    true,
  ],
  [
    'the banner and a module header',
    '// DO NOT EDIT\n/** The module. */\n/** T. */\ntype T = 1;\n',
    '/** T. */\ntype T = 1;\n',
    true,
  ],
  [
    'a JSDoc block re-indented',
    '  /**\n   * T.\n   */\ntype T = 1;\n',
    '/**\n * T.\n */\ntype T = 1;\n',
    true,
  ],
  ['a string by its value', "type S = 'a';\n", "type S = 'b';\n", false],
  [
    'a dropped field doc',
    'type T = {\n  a: 1;\n  /** B. */\n  b: 2;\n};\n',
    'type T = {\n  a: 1;\n  b: 2;\n};\n',
    false,
  ],
  ['a separator between members', 'type T = { a: 1; b: 2 };\n', 'type T = { a: 1 b: 2 };\n', false],
  ['a template literal type', 'type T = `a${string}b`;\n', 'type T = `a${string}c`;\n', false],
];

for (const [what, one, another, same] of PRINTS) {
  test(`declaration tokens: ${what} ${same ? 'say the same' : 'differ'}`, () => {
    assert.is(firstDifference(declarationTokens(one), declarationTokens(another)) === undefined, same);
  });
}

test('a file compiled by an earlier run is taken from the memo; a changed file is compiled again', async () => {
  const first = unitMemo();
  await compilePackage(
    [file('a.ts', 'export const a: number = 1;\n'), file('b.ts', 'export const b: number = 2;\n')],
    first,
  );
  const forged = new Map(
    [...first.next].map(([key, bytes]) => {
      const unit = unpack(bytes) as { files: OutputFile[] };
      const [js, dts] = unit.files;
      return [key, pack({ ...unit, files: [{ ...js, contents: `${js!.contents}// from the memo\n` }, dts] })];
    }),
  );
  const memo = unitMemo(forged);
  const second = await compilePackage(
    [file('a.ts', 'export const a: number = 1;\n'), file('b.ts', 'export const b: number = 3;\n')],
    memo,
  );
  const js = (name: string) => second.files.find((out) => out.path === `package/dist/${name}`)!.contents;
  assert.match(js('a.js'), '// from the memo');
  assert.not.match(js('b.js'), '// from the memo');
  assert.match(js('b.js'), 'const b = 3;');
  // The next run gets a's unit again and b's new one: two units, one of them carried over.
  assert.is(memo.next.size, 2);
  assert.is([...memo.next.keys()].filter((key) => forged.has(key)).length, 1);
});

/** [what, source, the error typeCheckPackage reports, what compilePackage reports] */
const BROKEN: [string, string, string, string[]][] = [
  [
    'a type error: transpiling does not see it, the type check does',
    "export const count: number = 'three';\n",
    "generated/package/src/broken.ts:1:14: Type 'string' is not assignable to type 'number'.",
    [],
  ],
  [
    'an unresolved import',
    "import { missing } from './nowhere.js';\nexport const value: string = missing;\n",
    "generated/package/src/broken.ts:1:25: Cannot find module './nowhere.js' or its corresponding type declarations.",
    [],
  ],
  [
    'an export without an explicit type: no declaration in isolation, an error in both',
    'export function twice(n: number) {\n  return n * 2;\n}\n',
    'generated/package/src/broken.ts:1:17: Function must have an explicit return type annotation with --isolatedDeclarations.',
    [
      'generated/package/src/broken.ts:1:17: Function must have an explicit return type annotation with --isolatedDeclarations.',
    ],
  ],
];

for (const [what, source, typeError, compileErrors] of BROKEN) {
  test(`broken generated code: ${what}`, async () => {
    const files = [file('broken.ts', source)];
    assert.equal(typeCheckPackage(files), [typeError]);
    assert.equal((await compilePackage(files)).errors, compileErrors);
  });
}

test('a type error in generated code fails the pipeline when it type-checks (tests, generate --check), not when it only generates', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'acs-typecheck-'));
  try {
    // A runtime module is copied into the package as it is: the simplest way to put a type error there.
    const runtimeDir = path.join(dir, 'runtime');
    await cp(path.join(ROOT, 'generator/runtime'), runtimeDir, { recursive: true });
    const filter = path.join(runtimeDir, 'filter.ts');
    await writeFile(
      filter,
      `${await readFile(filter, 'utf8')}\nexport const broken: number = 'not a number';\n`,
    );
    const options = {
      catalogDir: path.join(ROOT, 'test/golden/catalog'),
      runtimeDir,
      templatesDir: path.join(ROOT, 'templates'),
    };
    const generated = await runPipeline(options);
    assert.ok(generated.files.some((out) => out.path === 'package/dist/filter.js'));
    try {
      await runPipeline(options, { typeCheck: true });
      assert.unreachable('the type check passed');
    } catch (error) {
      assert.instance(error, Error);
      assert.match(
        (error as Error).message,
        /generated\/package\/src\/filter\.ts:\d+:14: Type 'string' is not assignable to type 'number'\./,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
