import { banner } from './banner.ts';
import type { Catalog, OutputFile } from './model.ts';

/** The package's entry modules: what each subpath export re-exports. */
export const ENTRY_POINTS = ['types', 'validators', 'parse', 'subjects', 'filter'] as const;

/** `index.ts`: everything but the fixtures, from one import. */
export function emitIndex(_catalog: Catalog): OutputFile[] {
  const lines = ENTRY_POINTS.map((entry) => `export * from './${entry}.js';`);
  return [{ path: 'package/src/index.ts', contents: `${banner('line')}${lines.join('\n')}\n` }];
}
