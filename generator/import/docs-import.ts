/** The importer as one pure (async) function: page texts + catalog texts in, catalog texts out. */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DocumentOrigin } from '../model/catalog-model.ts';
import { mergePages, type CatalogFiles, type ImportResult } from './merge-into-catalog.ts';
import { parsePage } from './parse-docs-page.ts';

export interface PageInput {
  /** The page's path relative to catalog/sources/ (e.g. `docs/communication-services-chat-events.md`): a document's `file`. */
  file: string;
  text: string;
  /** Where the copy came from (catalog/sources/SOURCES.tsv), when known. */
  origin?: DocumentOrigin;
}

export async function importDocs(pages: readonly PageInput[], catalog: CatalogFiles): Promise<ImportResult> {
  return mergePages(
    catalog,
    pages.map((p) => ({
      ...parsePage(p.file, p.text),
      ...(p.origin !== undefined ? { origin: p.origin } : {}),
    })),
  );
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** SOURCES.tsv (file, repository, path, commit, …) → origin by `file`. */
export function readSourcesTsv(text: string): Map<string, DocumentOrigin> {
  const origins = new Map<string, DocumentOrigin>();
  const [, ...rows] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  for (const row of rows) {
    const [file, repository, path, commit] = row.split('\t');
    if (file && repository && path && commit) origins.set(file, { repository, path, commit });
  }
  return origins;
}

export type { CatalogFiles, ImportResult } from './merge-into-catalog.ts';
export { formatDiagnostic, type Diagnostic } from '../model/diagnostic.ts';
