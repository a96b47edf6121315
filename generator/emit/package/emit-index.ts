import { banner } from '../../syntax/banner.ts';
import type { OutputFile } from '../../model/catalog-model.ts';

/** `index.ts`: one import for the package's entry modules (every one but the fixtures, which are for tests). */
export function emitIndex(entries: readonly string[]): OutputFile[] {
  const lines = entries
    .filter((entry) => entry !== 'fixtures')
    .map((entry) => `export * from './${entry}.js';`);
  return [{ path: 'package/src/index.ts', contents: `${banner('line')}${lines.join('\n')}\n` }];
}
