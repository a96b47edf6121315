import * as prettier from 'prettier';
import prettierSettings from '../../.prettierrc.json' with { type: 'json' };
import type { OutputFile } from '../model/catalog-model.ts';

/** The repository's own prettier settings (.prettierrc.json): generated and hand-written code share them. */
export const PRETTIER_OPTIONS = prettierSettings as prettier.Options;

/**
 * Formats the TypeScript sources with prettier, once, at the end of the pipeline. Compiled output
 * is left as emitted; JSON (json-text.ts) and the Markdown docs (docs/align-tables.ts and the
 * templates) are emitted in prettier's layout already, and tests check that prettier leaves them
 * unchanged. One file at a time: prettier's work is synchronous anyway, and starting every file at
 * once kept all their syntax trees alive together, which made large catalogs collapse into GC.
 */
export async function formatFiles(files: readonly OutputFile[]): Promise<OutputFile[]> {
  const formatted: OutputFile[] = [];
  for (const file of files) {
    const typescript = file.path.endsWith('.ts') && !file.path.includes('/dist/');
    formatted.push(
      typescript
        ? {
            path: file.path,
            contents: await prettier.format(file.contents, { ...PRETTIER_OPTIONS, parser: 'typescript' }),
          }
        : file,
    );
  }
  return formatted;
}
