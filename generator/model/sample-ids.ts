import type { DocRef } from './catalog-model.ts';

/**
 * Each sample's id, stable and unique within its event: the document id, suffixed `-2`, `-3`… (by
 * line) when one document gives several samples of the event. `sources` in any order; ids come back
 * in the same order.
 */
export function sampleIds(sources: readonly DocRef[]): string[] {
  return sources.map((source, index) => {
    const before = sources.filter(
      (other, j) =>
        other.document === source.document &&
        (other.line < source.line || (other.line === source.line && j < index)),
    ).length;
    return before === 0 ? source.document : `${source.document}-${before + 1}`;
  });
}

/** What a sample id must look like to name the fixture files (`fixtures/<slug>/<id>.event-grid.json`). */
export const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
