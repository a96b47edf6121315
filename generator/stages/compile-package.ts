import { createRequire } from 'node:module';
import path from 'node:path';
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
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
  types: [],
};

/**
 * One file at a time, without a type checker: every module is ESM (the package is "type": "module"),
 * and every export carries its type, so neither the JavaScript nor the declarations need the others.
 */
const DECLARATION_OPTIONS: ts.CompilerOptions = {
  ...COMPILER_OPTIONS,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};
const JAVASCRIPT_OPTIONS: ts.CompilerOptions = {
  ...DECLARATION_OPTIONS,
  declaration: false,
  isolatedDeclarations: false,
};

const sourcesOf = (files: readonly OutputFile[]) =>
  files.filter((file) => file.path.startsWith(SOURCE_DIR) && file.path.endsWith('.ts'));

function located(d: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return message;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `generated/${d.file.fileName.replace(/^\//, '')}:${line + 1}:${character + 1}: ${message}`;
}

/**
 * Compiles the package's TypeScript sources to ESM JavaScript and declarations by transpiling each
 * file on its own (transpileModule, and transpileDeclaration under isolatedDeclarations): no type
 * check, which is the slow part. The output is what a full `tsc` emit gives (a test holds them
 * equal); type errors are found by typeCheckPackage, which tests and `generate --check` run. An export
 * without an explicit type cannot be declared in isolation: that is returned as an error, a
 * generator bug like any other.
 */
export function compilePackage(files: readonly OutputFile[]): { files: OutputFile[]; errors: string[] } {
  const emitted: OutputFile[] = [];
  const errors: string[] = [];
  const out = (file: string, text: string) =>
    emitted.push({ path: file, contents: withBanner(text, file.endsWith('.d.ts')) });
  for (const file of sourcesOf(files)) {
    const fileName = `/${file.path}`;
    const base = OUT_DIR + file.path.slice(SOURCE_DIR.length, -'.ts'.length);
    const js = ts.transpileModule(file.contents, {
      compilerOptions: JAVASCRIPT_OPTIONS,
      fileName,
      reportDiagnostics: true,
    });
    const declarations = ts.transpileDeclaration(file.contents, {
      compilerOptions: DECLARATION_OPTIONS,
      fileName,
      reportDiagnostics: true,
    });
    errors.push(...[...(js.diagnostics ?? []), ...(declarations.diagnostics ?? [])].map(located));
    out(`${base}.js`, js.outputText);
    out(`${base}.d.ts`, declarations.outputText);
  }
  return { files: emitted.sort((a, b) => a.path.localeCompare(b.path)), errors };
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
