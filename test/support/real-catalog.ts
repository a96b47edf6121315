import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../../generator/diagnostics.ts';
import { load } from '../../generator/load.ts';
import type { Catalog } from '../../generator/model.ts';
import { normalize } from '../../generator/normalize.ts';

let cached: Promise<Catalog> | undefined;

/**
 * The committed catalog, loaded and normalized once per test process. It must load cleanly: a
 * diagnostic fails the calling test (never a skip).
 */
export function realCatalog(): Promise<Catalog> {
  cached ??= load(fileURLToPath(new URL('../../catalog', import.meta.url)), 'catalog').then((loaded) => {
    if (loaded.diagnostics.length > 0) throw new Error(`the committed catalog does not load cleanly:\n${loaded.diagnostics.map(formatDiagnostic).join('\n')}`);
    return normalize(loaded);
  });
  return cached;
}
