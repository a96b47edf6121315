import { banner } from '../../syntax/banner.ts';
import type { OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';

/** `index.ts`: one import for the package's entry modules (those the registry marks re-exported). */
export function emitIndex({ entries }: EmitContext): OutputFile[] {
  const lines = entries
    .filter((entry) => entry.reexported)
    .map((entry) => `export * from './${entry.name}.js';`);
  return [
    { path: 'package/src/index.ts', contents: `${banner('line')}${lines.join('\n')}\n`, layout: 'final' },
  ];
}
