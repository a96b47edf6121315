import { banner } from '../../syntax/banner.ts';
import type { OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';

/** Hand-written runtime modules (generator/runtime/*.ts, read by `loadRuntime`) copied into the package. */
export function emitRuntime({ runtime }: EmitContext): OutputFile[] {
  return [...runtime.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, source]) => ({ path: `package/src/${name}`, contents: banner('line') + source }));
}
