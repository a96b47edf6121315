/** filters.yaml: every published subscription-filter example, with its repairs and the filter it holds. */
import { isMap } from 'yaml';
import type { DocRef, RawFilterExample } from '../model/catalog-model.ts';
import { refKey, type ImportCounts, type Reporter } from './import-context.ts';
import { loadManaged, TEXT_KEYS, type CatalogFiles, type ManagedFile } from './managed-file.ts';
import type { DocumentIndex, ImportPage } from './merge-sources.ts';
import { createNode, seqAt, sortSeq, toJS } from './yaml-edit.ts';

export function mergeFilters(
  files: CatalogFiles,
  pages: readonly ImportPage[],
  index: DocumentIndex,
  report: Reporter,
  added: ImportCounts,
): ManagedFile {
  const filtersFile = loadManaged(files, 'filters.yaml', { filters: [] });
  const filters = seqAt(filtersFile.doc, ['filters']);
  let filtersAdded = false;
  for (const page of pages) {
    page.filters.forEach((block, i) => {
      const source: DocRef = { document: index.idOf(page), line: block.line };
      const existing = filters.items
        .map(toJS)
        .find((f) => refKey((f as RawFilterExample).source) === refKey(source)) as
        RawFilterExample | undefined;
      if (existing) {
        if (existing.published !== block.published)
          report.warn(
            { file: page.file, line: block.line },
            `filter ${existing.id}: the page's text differs from the catalogued one (kept the catalogued one)`,
          );
        return;
      }
      const id = `${source.document}-${i + 1}`;
      if (filters.items.some((item) => isMap(item) && item.get('id') === id)) {
        report.error(
          { file: page.file, line: block.line },
          `filter id ${id} is already used by another filter (not imported)`,
        );
        return;
      }
      const value = block.value as Record<string, unknown>;
      const inner = value.filter;
      const corrected =
        typeof inner === 'object' && inner !== null && !Array.isArray(inner)
          ? (inner as Record<string, unknown>)
          : value;
      const filter: RawFilterExample = {
        id,
        source,
        description: block.description,
        published: block.published,
        ...(block.repairs.length > 0 ? { repairs: block.repairs } : {}),
        corrected,
      };
      filters.items.push(createNode(filtersFile.doc, filter, TEXT_KEYS));
      filtersFile.changed = filtersAdded = true;
      added.filters++;
    });
  }
  if (filtersAdded) sortSeq(filters, (f) => (f as RawFilterExample).source, index.byRef);
  return filtersFile;
}
