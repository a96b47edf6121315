import path from 'node:path';
import ts from 'typescript';
import type { OutputFile } from '../../generator/model/catalog-model.ts';

/**
 * Emitted TypeScript modules (type-only imports vanish), transpiled to CommonJS and evaluated in
 * memory in strict mode, from `entry`: a relative import resolves to another of `files` by package
 * path, or to one of `external` (package path → module); anything else throws.
 */
export function evaluateModules(
  files: readonly OutputFile[],
  entry: string,
  external: ReadonlyMap<string, unknown>,
): Record<string, unknown> {
  const sources = new Map(files.map((file) => [file.path, file.contents]));
  const loaded = new Map<string, Record<string, unknown>>();
  const load = (file: string): unknown => {
    const known = loaded.get(file) ?? external.get(file);
    if (known !== undefined) return known;
    const source = sources.get(file);
    if (source === undefined) throw new Error(`${file} is imported but neither emitted nor external`);
    const output = ts.transpileModule(source, {
      reportDiagnostics: true,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, alwaysStrict: true },
    });
    if ((output.diagnostics ?? []).length > 0) throw new Error(`${file} has syntax errors`);
    const exports: Record<string, unknown> = {};
    loaded.set(file, exports);
    new Function('exports', 'require', output.outputText)(exports, (specifier: string) =>
      load(path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts')),
    );
    return exports;
  };
  return load(entry) as Record<string, unknown>;
}
