/** subjects.yaml: every subject-prefix row becomes a listing of its prefix (the prefix is created when new). */
import { isMap } from 'yaml';
import type { DocRef, RawSubjectPrefix } from '../model/catalog-model.ts';
import { refKey, type ImportCounts } from './import-context.ts';
import { loadManaged, TEXT_KEYS, type CatalogFiles, type ManagedFile } from './managed-file.ts';
import type { DocumentIndex, ImportPage } from './merge-sources.ts';
import { createNode, seqAt, sortSeq, toJS } from './yaml-edit.ts';

export function mergeSubjects(
  files: CatalogFiles,
  pages: readonly ImportPage[],
  index: DocumentIndex,
  added: ImportCounts,
): ManagedFile {
  const subjects = loadManaged(files, 'subjects.yaml', { prefixes: [] });
  const prefixes = seqAt(subjects.doc, ['prefixes']);
  for (const page of pages) {
    for (const row of page.prefixRows) {
      const prefix = row.published.slice(0, row.published.indexOf('/') + 1);
      let at = prefixes.items.findIndex((item) => isMap(item) && item.get('prefix') === prefix);
      if (at === -1) {
        const entry: RawSubjectPrefix = { prefix, entity: row.entity, listings: [] };
        prefixes.items.push(createNode(subjects.doc, entry, TEXT_KEYS));
        at = prefixes.items.length - 1;
        added.prefixes++;
      }
      const listings = seqAt(subjects.doc, ['prefixes', at, 'listings']);
      const listing = { document: index.idOf(page), line: row.line, published: row.published };
      if (!listings.items.some((item) => refKey(toJS(item) as DocRef) === refKey(listing))) {
        listings.items.push(createNode(subjects.doc, listing, TEXT_KEYS));
        sortSeq(listings, (l) => l as DocRef, index.byRef);
        subjects.changed = true;
        added.prefixListings++;
      }
    }
  }
  return subjects;
}
