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
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
  types: [],
};

/**
 * Compiles the package's TypeScript sources, in memory, to ESM JavaScript and declarations.
 * Type errors in generated code are generator bugs: they are returned, never ignored.
 */
export function compilePackage(files: readonly OutputFile[]): { files: OutputFile[]; errors: string[] } {
  const sources = new Map<string, string>(
    files.filter((file) => file.path.startsWith(SOURCE_DIR)).map((file) => [`/${file.path}`, file.contents]),
  );
  // A package.json with "type": "module" next to the sources makes NodeNext emit ESM.
  sources.set('/package/package.json', JSON.stringify({ type: 'module' }));
  const host = createMemoryHost(sources, COMPILER_OPTIONS);
  // The Node-only program below parses each file once with the main one.
  const parsed = new Map<string, ts.SourceFile | undefined>();
  const parse = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion) => {
    if (!parsed.has(name)) parsed.set(name, parse(name, languageVersion));
    return parsed.get(name);
  };
  const roots = [...sources.keys()].filter((name) => name.endsWith('.ts')).sort();
  const nodeOnly = roots.filter((name) => NODE_REFERENCE.test(sources.get(name)!));
  const options = { ...COMPILER_OPTIONS, rootDir: `/${SOURCE_DIR}`, outDir: `/${OUT_DIR}` };

  const program = ts.createProgram({
    rootNames: roots.filter((name) => !nodeOnly.includes(name)),
    options,
    host,
  });
  const emitted: OutputFile[] = [];
  const write = (name: string, text: string) =>
    emitted.push({ path: name.replace(/^\//, ''), contents: withBanner(text, name.endsWith('.d.ts')) });
  const result = program.emit(undefined, write);
  const diagnostics: ts.Diagnostic[] = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (nodeOnly.length > 0) diagnostics.push(...compileNodeOnly(nodeOnly, options, host, write));
  const errors = diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `generated/${d.file.fileName.replace(/^\//, '')}:${line + 1}:${character + 1}: ${message}`;
  });
  return { files: emitted.sort((a, b) => a.path.localeCompare(b.path)), errors };
}

/**
 * A module that runs only on Node says so with `/// <reference types="node" />` (the package's bin).
 * It is compiled in a program of its own with Node's types, so its globals (`process`, `Buffer`…)
 * never type-check in the modules every runtime imports.
 */
const NODE_REFERENCE = /^\/\/\/ <reference types="node" \/>$/m;

function compileNodeOnly(
  roots: readonly string[],
  options: ts.CompilerOptions,
  host: ts.CompilerHost,
  write: ts.WriteFileCallback,
): ts.Diagnostic[] {
  const typeRoots = [
    path.dirname(path.dirname(createRequire(import.meta.url).resolve('@types/node/package.json'))),
  ];
  const program = ts.createProgram({ rootNames: roots, options: { ...options, typeRoots }, host });
  return roots.flatMap((name) => {
    const file = program.getSourceFile(name)!;
    return [...ts.getPreEmitDiagnostics(program, file), ...program.emit(file, write).diagnostics];
  });
}

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
