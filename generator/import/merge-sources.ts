/**
 * sources.yaml: one document per imported page. A page is matched to its document by `file`
 * (relative to catalog/sources/), or by the v1 form of it (the bare file name), which is then
 * migrated. Page facts (title, date, format, summary, cleanups, origin) are refreshed; ids and
 * errata are never touched.
 */
import { isMap, type YAMLMap } from 'yaml';
import type { DocRef, DocumentOrigin, RawDocument } from '../model/catalog-model.ts';
import { documentId } from './document-ids.ts';
import { deepEqual, refOrder, type ImportCounts, type Reporter } from './import-context.ts';
import { loadManaged, TEXT_KEYS, type CatalogFiles, type ManagedFile } from './managed-file.ts';
import type { ParsedPage } from './page-context.ts';
import { createNode, seqAt, sortSeq, toJS } from './yaml-edit.ts';

export type ImportPage = ParsedPage & { date: string; origin?: DocumentOrigin };

export interface DocumentIndex {
  file: ManagedFile;
  /** The document id of an imported page. */
  idOf(page: ParsedPage): string;
  /** The page file (relative to catalog/sources/) of a document id, for diagnostics. */
  fileOf(id: string): string | undefined;
  /** Listings and samples order: document date, then line. */
  byRef(a: DocRef, b: DocRef): number;
}

const baseName = (file: string): string => file.slice(file.lastIndexOf('/') + 1);

export function mergeSources(
  files: CatalogFiles,
  pages: readonly ImportPage[],
  report: Reporter,
  added: ImportCounts,
): DocumentIndex {
  const sources = loadManaged(files, 'sources.yaml', { documents: [] });
  const documents = seqAt(sources.doc, ['documents']);
  const pageIds = new Map<string, string>();
  let documentsAdded = false;
  for (const page of pages) {
    const maps = documents.items.filter((item): item is YAMLMap => isMap(item));
    const existing =
      maps.find((item) => item.get('file') === page.file) ??
      maps.find((item) => item.get('file') === baseName(page.file) && baseName(page.file) !== page.file);
    const fields: Partial<RawDocument> = {
      file: page.file,
      title: page.title,
      date: page.date,
      dateSource: page.dateSource,
      format: page.format,
      ...(page.summary !== undefined ? { summary: page.summary } : {}),
      ...(page.cleanups.length > 0 ? { cleanups: page.cleanups } : {}),
      ...(page.origin !== undefined ? { origin: page.origin } : {}),
    };
    if (existing) {
      pageIds.set(page.file, String(existing.get('id')));
      for (const [key, value] of Object.entries(fields)) {
        if (!deepEqual(toJS(existing.get(key, true)), value)) {
          existing.set(key, createNode(sources.doc, value, TEXT_KEYS));
          sources.changed = true;
        }
      }
      continue;
    }
    const taken = new Set(documents.items.map((item) => (isMap(item) ? String(item.get('id')) : '')));
    const id = documentId(page.file, page.date, taken);
    const wanted = documentId(page.file, page.date, new Set());
    if (id !== wanted)
      report.warn({ file: page.file }, `document id ${wanted} is taken by another page; using ${id}`);
    documents.items.push(createNode(sources.doc, { id, ...fields }, TEXT_KEYS));
    pageIds.set(page.file, id);
    sources.changed = documentsAdded = true;
    added.documents++;
  }
  const all = documents.items.map(toJS) as RawDocument[];
  if (documentsAdded) {
    sortSeq(
      documents,
      (d) => d as RawDocument,
      (a, b) => String(a.date).localeCompare(String(b.date)) || String(a.file).localeCompare(String(b.file)),
    );
  }
  const dates = new Map(all.map((d) => [d.id, String(d.date)]));
  const pageFiles = new Map(all.map((d) => [d.id, d.file]));
  return {
    file: sources,
    idOf: (page) => pageIds.get(page.file)!,
    fileOf: (id) => pageFiles.get(id),
    byRef: refOrder(dates),
  };
}
