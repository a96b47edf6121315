import * as prettier from 'prettier';
import type { OutputFile } from './model.ts';

export const PRETTIER_OPTIONS: prettier.Options = { printWidth: 110, singleQuote: true, trailingComma: 'all', proseWrap: 'preserve' };

const PARSERS: [RegExp, string][] = [
  [/\.d\.ts$/, 'typescript'],
  [/\.ts$/, 'typescript'],
  [/\.md$/, 'markdown'],
];

/**
 * Formats the TypeScript and Markdown files with prettier, once, at the end of the pipeline.
 * Compiled output is left as emitted, and JSON is written already laid out (json-text.ts). One file at a time: prettier's work is synchronous anyway, and starting them all at once
 * keeps every file's syntax tree alive together, which made large catalogs collapse into GC.
 */
export async function formatFiles(files: readonly OutputFile[]): Promise<OutputFile[]> {
  const formatted: OutputFile[] = [];
  for (const file of files) {
    const parser = PARSERS.find(([pattern]) => pattern.test(file.path))?.[1];
    if (!parser || file.path.includes('/dist/')) formatted.push(file);
    else formatted.push({ path: file.path, contents: await prettier.format(file.contents, { ...PRETTIER_OPTIONS, parser }) });
  }
  return formatted;
}
