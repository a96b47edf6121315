/**
 * The full type check of the generated package, with TypeScript: tests and `generate --check` load
 * this module (lazily), the generate path never does — importing TypeScript alone costs most of a
 * second.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import type { OutputFile } from '../model/catalog-model.ts';
import { sourcesOf } from './compile-package.ts';

/** The package's tsconfig, as its consumers compile it. */
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

function located(d: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return message;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `generated/${d.file.fileName.replace(/^\//, '')}:${line + 1}:${character + 1}: ${message}`;
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
