import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../../generator/model/diagnostic.ts';
import { load } from '../../generator/stages/load.ts';
import type { Catalog } from '../../generator/model/catalog-model.ts';
import { normalize } from '../../generator/stages/normalize.ts';

let cached: Promise<Catalog> | undefined;

/**
 * The committed catalog, loaded and normalized once per test process. It must load cleanly: a
 * diagnostic fails the calling test (never a skip).
 */
export function realCatalog(): Promise<Catalog> {
  cached ??= load(fileURLToPath(new URL('../../catalog', import.meta.url)), 'catalog').then((loaded) => {
    if (loaded.diagnostics.length > 0)
      throw new Error(
        `the committed catalog does not load cleanly:\n${loaded.diagnostics.map(formatDiagnostic).join('\n')}`,
      );
    return normalize(loaded);
  });
  return cached;
}
