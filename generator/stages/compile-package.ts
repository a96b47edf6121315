import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { transformSync, version as esbuildVersion } from 'esbuild';
import ts from 'typescript';
import { banner } from '../syntax/banner.ts';
import type { OutputFile } from '../model/catalog-model.ts';

const SOURCE_DIR = 'package/src/';
const OUT_DIR = 'package/dist/';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noUncheckedIndexedAccess: true,
  declaration: true,
  isolatedDeclarations: true,
  // Only syntax a type stripper can erase (no enums, namespaces, parameter properties): esbuild's
  // JavaScript is then the same program as tsc's.
  erasableSyntaxOnly: true,
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
  types: [],
};

/**
 * One file at a time, without a type checker: every module is ESM (the package is "type": "module"),
 * and every export carries its type, so the declarations need no other file.
 */
const DECLARATION_OPTIONS: ts.CompilerOptions = {
  ...COMPILER_OPTIONS,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};

/**
 * esbuild strips the types ~20× faster than transpileModule; it prints its own layout and keeps no
 * comments (the declarations carry the docs). Non-ASCII text stays as written.
 */
const JAVASCRIPT_OPTIONS = { loader: 'ts', format: 'esm', target: 'es2022', charset: 'utf8' } as const;

/** A compiled source file, remembered between runs under the hash of what produced it. */
export interface CompiledUnit {
  key: string;
  js: string;
  dts: string;
  errors: string[];
}
/** The previous run's compiled units, by source path. */
export type CompileMemo = ReadonlyMap<string, CompiledUnit>;

/** What a unit's output depends on: the compilers' versions and options, the file's path and text. */
const COMPILERS = JSON.stringify([ts.version, esbuildVersion, DECLARATION_OPTIONS, JAVASCRIPT_OPTIONS]);
const unitKey = (file: OutputFile): string =>
  createHash('sha256').update(`${COMPILERS}\0${file.path}\0`).update(file.contents).digest('hex');

const sourcesOf = (files: readonly OutputFile[]) =>
  files.filter((file) => file.path.startsWith(SOURCE_DIR) && file.path.endsWith('.ts'));

function located(d: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return message;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `generated/${d.file.fileName.replace(/^\//, '')}:${line + 1}:${character + 1}: ${message}`;
}

/**
 * Compiles the package's TypeScript sources to ESM JavaScript (esbuild) and declarations
 * (transpileDeclaration under isolatedDeclarations), each file on its own: no type check, which is
 * the slow part. The declarations are what a full `tsc` emit gives and the JavaScript is the same
 * program as tsc's (test/compile-package.test.ts holds both); type errors are found by
 * typeCheckPackage, which tests and `generate --check` run. An export without an explicit type
 * cannot be declared in isolation: that is returned as an error, a generator bug like any other.
 * A file whose key is in `memo` (an earlier run's units) is not compiled again.
 */
export function compilePackage(
  files: readonly OutputFile[],
  memo: CompileMemo = new Map(),
): { files: OutputFile[]; errors: string[]; memo: Map<string, CompiledUnit> } {
  const emitted: OutputFile[] = [];
  const errors: string[] = [];
  const units = new Map<string, CompiledUnit>();
  for (const file of sourcesOf(files)) {
    const key = unitKey(file);
    const remembered = memo.get(file.path);
    const unit = remembered?.key === key ? remembered : compileUnit(file, key);
    units.set(file.path, unit);
    errors.push(...unit.errors);
    const base = OUT_DIR + file.path.slice(SOURCE_DIR.length, -'.ts'.length);
    emitted.push({ path: `${base}.js`, contents: withBanner(unit.js, false) });
    emitted.push({ path: `${base}.d.ts`, contents: withBanner(unit.dts, true) });
  }
  return { files: emitted.sort((a, b) => a.path.localeCompare(b.path)), errors, memo: units };
}

function compileUnit(file: OutputFile, key: string): CompiledUnit {
  const fileName = `/${file.path}`;
  const declarations = ts.transpileDeclaration(file.contents, {
    compilerOptions: DECLARATION_OPTIONS,
    fileName,
    reportDiagnostics: true,
  });
  const errors = (declarations.diagnostics ?? []).map(located);
  let js = '';
  try {
    js = transformSync(file.contents, { ...JAVASCRIPT_OPTIONS, sourcefile: `generated${fileName}` }).code;
  } catch (error) {
    // A syntax error: transpileDeclaration has reported it at its position already.
    if (errors.length === 0) errors.push(`generated${fileName}: ${(error as Error).message}`);
  }
  return { key, js, dts: declarations.outputText, errors };
}

/**
 * The full type check of the package's sources, as `tsc --noEmit` would do it: the errors, each at
 * its generated/ file, line and column. Not on the generate path (it is most of a run's time);
 * tests and `generate --check` run it, so a type error in generated code still fails CI.
 */
export function typeCheckPackage(files: readonly OutputFile[]): string[] {
  const sources = new Map<string, string>(sourcesOf(files).map((file) => [`/${file.path}`, file.contents]));
  // A package.json with "type": "module" next to the sources makes NodeNext treat them as ESM.
  sources.set('/package/package.json', JSON.stringify({ type: 'module' }));
  const host = createMemoryHost(sources, COMPILER_OPTIONS);
  const roots = [...sources.keys()].filter((name) => name.endsWith('.ts')).sort();
  const nodeOnly = roots.filter((name) => NODE_REFERENCE.test(sources.get(name)!));
  const options = { ...COMPILER_OPTIONS, noEmit: true };
  const program = ts.createProgram({
    rootNames: roots.filter((name) => !nodeOnly.includes(name)),
    options,
    host,
  });
  const diagnostics = [...ts.getPreEmitDiagnostics(program)];
  if (nodeOnly.length > 0) {
    // A module that runs only on Node says so with `/// <reference types="node" />` (the package's bin):
    // it is checked in a program of its own with Node's types, so its globals (`process`, `Buffer`…)
    // never type-check in the modules every runtime imports.
    const typeRoots = [
      path.dirname(path.dirname(createRequire(import.meta.url).resolve('@types/node/package.json'))),
    ];
    const nodeProgram = ts.createProgram({ rootNames: nodeOnly, options: { ...options, typeRoots }, host });
    for (const name of nodeOnly)
      diagnostics.push(...ts.getPreEmitDiagnostics(nodeProgram, nodeProgram.getSourceFile(name)));
  }
  return diagnostics.map(located);
}

const NODE_REFERENCE = /^\/\/\/ <reference types="node" \/>$/m;

/** The banner first, or right after a bin's `#!` line (which its declarations drop). */
function withBanner(text: string, declarations: boolean): string {
  const header = banner('line');
  const shebang = /^#!.*\n/.exec(text)?.[0] ?? '';
  const rest = text.slice(shebang.length);
  return (declarations ? '' : shebang) + (rest.startsWith(header) ? rest : header + rest);
}

/** A compiler host that sees `sources` (absolute paths) on top of the real file system (for lib files). */
export function createMemoryHost(
  sources: ReadonlyMap<string, string>,
  options: ts.CompilerOptions,
): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const directoryExists = host.directoryExists?.bind(host);
  host.readFile = (name) => sources.get(name) ?? readFile(name);
  host.fileExists = (name) => sources.has(name) || fileExists(name);
  host.directoryExists = (dir) =>
    [...sources.keys()].some((name) => name.startsWith(`${dir.replace(/\/$/, '')}/`)) ||
    (directoryExists?.(dir) ?? false);
  host.realpath = (name) => name;
  host.getCurrentDirectory = () => '/';
  host.getSourceFile = (name, languageVersion) => {
    const text = host.readFile(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, languageVersion, true);
  };
  return host;
}
