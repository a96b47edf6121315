import * as prettier from 'prettier';
import type { OutputFile } from './model.ts';

const OPTIONS: prettier.Options = { printWidth: 110, singleQuote: true, trailingComma: 'all', proseWrap: 'preserve' };

const PARSERS: [RegExp, string][] = [
  [/\.d\.ts$/, 'typescript'],
  [/\.ts$/, 'typescript'],
  [/\.json$/, 'json'],
  [/\.md$/, 'markdown'],
];

/** Formats every file prettier knows, once, at the end of the pipeline. Compiled output is left as emitted. */
export async function formatFiles(files: readonly OutputFile[]): Promise<OutputFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const parser = PARSERS.find(([pattern]) => pattern.test(file.path))?.[1];
      if (!parser || file.path.includes('/dist/')) return file;
      return { path: file.path, contents: await prettier.format(file.contents, { ...OPTIONS, parser }) };
    }),
  );
}
