import { createRequire } from 'node:module';
import { transform, version as esbuildVersion } from 'esbuild';
import { isolatedDeclarationSync } from 'oxc-transform';
import { banner } from '../syntax/banner.ts';
import type { OutputFile } from '../model/catalog-model.ts';
import { hashOf } from './output-manifest.ts';
import { recall, type UnitMemo } from './unit-memo.ts';

const SOURCE_DIR = 'package/src/';
const OUT_DIR = 'package/dist/';

/**
 * esbuild strips the types ~20× faster than transpileModule; it prints its own layout and keeps no
 * comments (the declarations carry the docs). Non-ASCII text stays as written.
 */
const JAVASCRIPT_OPTIONS = { loader: 'ts', format: 'esm', target: 'es2022', charset: 'utf8' } as const;

/** A compiled source file: its JavaScript and its declarations, and the errors compiling it found. */
interface CompiledUnit {
  files: [js: OutputFile, dts: OutputFile];
  errors: string[];
}

const oxcVersion = (createRequire(import.meta.url)('oxc-transform/package.json') as { version: string })
  .version;
/** What a unit's output depends on: the compilers' versions and options, the file's path and text (its hash). */
const COMPILERS = JSON.stringify([oxcVersion, esbuildVersion, JAVASCRIPT_OPTIONS]);

/** The package's TypeScript sources among the emitted files. */
export const sourcesOf = (files: readonly OutputFile[]): OutputFile[] =>
  files.filter((file) => file.path.startsWith(SOURCE_DIR) && file.path.endsWith('.ts'));

/**
 * Compiles the package's TypeScript sources to ESM JavaScript (esbuild) and declarations (oxc's
 * isolated declarations), each file on its own: no type check, which is the slow part, and no
 * TypeScript on the generate path at all. The declarations say what a full `tsc` emit says, token
 * for token, in oxc's print (tabs, double quotes), and the JavaScript is the same program as tsc's
 * (test/compile-package.test.ts holds both); type errors are found by typeCheckPackage
 * (type-check-package.ts), which tests and `generate --check` run. An export without an explicit
 * type cannot be declared in isolation: that is returned as an error, a generator bug like any other.
 * With a memo, a file an earlier run compiled with the same path, text and compilers is not compiled
 * again (its text is not even read: a remembered source's hash is known, stages/unit-memo.ts). Every file's JavaScript is requested from esbuild's service at once, before the first
 * declaration: esbuild transforms them in its own process while oxc runs here (one call at a time,
 * each waiting for esbuild's reply, left the main thread idle for most of the stage).
 */
export async function compilePackage(
  files: readonly OutputFile[],
  memo?: UnitMemo,
): Promise<{ files: OutputFile[]; errors: string[] }> {
  const sources = sourcesOf(files);
  const units = sources.map((file) => {
    const unit = recall<CompiledUnit>(memo, 'compile', [COMPILERS, file.path, hashOf(file)], true);
    return { unit, javascript: unit.found ? undefined : javascriptOf(file) };
  });
  const emitted: OutputFile[] = [];
  const errors: string[] = [];
  for (const [i, file] of sources.entries()) {
    const { unit, javascript } = units[i]!;
    const compiled = unit.found ? unit.value! : unit.keep(await compileUnit(file, javascript!));
    errors.push(...compiled.errors);
    emitted.push(...compiled.files);
  }
  return { files: emitted.sort((a, b) => a.path.localeCompare(b.path)), errors };
}

const nameOf = (file: OutputFile): string => `generated/${file.path}`;

/** esbuild's JavaScript for the file (or its error), computed in esbuild's process. */
function javascriptOf(file: OutputFile): Promise<{ code: string; error?: Error }> {
  return transform(file.contents, { ...JAVASCRIPT_OPTIONS, sourcefile: nameOf(file) }).then(
    (result) => ({ code: result.code }),
    (error: unknown) => ({ code: '', error: error as Error }),
  );
}

/** Declares the file with oxc (while esbuild works on the JavaScript), then waits for the JavaScript. */
async function compileUnit(
  file: OutputFile,
  javascript: Promise<{ code: string; error?: Error }>,
): Promise<CompiledUnit> {
  const name = nameOf(file);
  const declarations = isolatedDeclarationSync(`/${file.path}`, file.contents);
  const errors = declarations.errors.map(
    (error) =>
      `${name}:${position(file.contents, error.labels[0]?.start)}: ${error.message.replace(/^TS\d+: /, '')}`,
  );
  const { code, error } = await javascript;
  // A syntax error: oxc has reported it at its position already.
  if (error && errors.length === 0) errors.push(`${name}: ${error.message}`);
  const base = OUT_DIR + file.path.slice(SOURCE_DIR.length, -'.ts'.length);
  return {
    files: [
      { path: `${base}.js`, contents: withBanner(code, false) },
      { path: `${base}.d.ts`, contents: withBanner(declarations.code, true) },
    ],
    errors,
  };
}

/** `line:column` (1-based, column in UTF-16 units as editors count) of a UTF-8 byte offset, oxc's unit. */
function position(text: string, byteOffset = 0): string {
  const before = Buffer.from(text).subarray(0, byteOffset).toString();
  const lines = before.split('\n');
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

/** The banner first, or right after a bin's `#!` line (which its declarations drop). */
function withBanner(text: string, declarations: boolean): string {
  const header = banner('line');
  const shebang = /^#!.*\n/.exec(text)?.[0] ?? '';
  const rest = text.slice(shebang.length);
  return (declarations ? '' : shebang) + (rest.startsWith(header) ? rest : header + rest);
}
