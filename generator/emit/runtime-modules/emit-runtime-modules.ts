import { banner } from '../../syntax/banner.ts';
import type { OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';

/**
 * Hand-written runtime modules (generator/runtime/*.ts, read by `loadRuntime`) copied into the
 * package. They are in prettier's layout already (`npm run format:check` holds them to it).
 */
export function emitRuntime({ runtime }: EmitContext): OutputFile[] {
  return [...runtime.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, source]) => ({
      path: `package/src/${name}`,
      contents: banner('line') + source,
      layout: 'final' as const,
    }));
}
