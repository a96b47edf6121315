import * as prettier from 'prettier';
import prettierSettings from '../../.prettierrc.json' with { type: 'json' };
import type { OutputFile } from '../model/catalog-model.ts';

/** The repository's own prettier settings (.prettierrc.json): generated and hand-written code share them. */
export const PRETTIER_OPTIONS = prettierSettings as prettier.Options;

/**
 * Formats the TypeScript sources with prettier, once, at the end of the pipeline, except those
 * emitted in its layout already (`layout: 'final'`: every emitter's but types.ts, whose text is
 * json-schema-to-typescript's, and the guide's examples, rendered from templates). Compiled output is
 * left as emitted; JSON (json-text.ts) and the Markdown docs (docs/align-tables.ts and the templates)
 * are emitted in prettier's layout already. Tests check that prettier leaves every generated
 * TypeScript, JSON and Markdown file unchanged, and every final-layout source as its emitter wrote it.
 * One file at a time: prettier's work is synchronous anyway, and starting every file at once kept all
 * their syntax trees alive together, which made large catalogs collapse into GC.
 */
export async function formatFiles(files: readonly OutputFile[]): Promise<OutputFile[]> {
  const formatted: OutputFile[] = [];
  for (const { path, contents, layout } of files) {
    const typescript = path.endsWith('.ts') && !path.includes('/dist/');
    formatted.push({
      path,
      contents:
        typescript && layout !== 'final'
          ? await prettier.format(contents, { ...PRETTIER_OPTIONS, parser: 'typescript' })
          : contents,
    });
  }
  return formatted;
}
