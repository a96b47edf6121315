/** The importer as one pure (async) function: page texts + catalog texts in, catalog texts out. */
import { mergePages, type CatalogFiles, type ImportResult } from './merge-into-catalog.ts';
import { parsePage } from './parse-docs-page.ts';

export interface PageInput {
  /** The seed's base name, e.g. `003_73f1e4a02f44594b.txt`: a document's `file`. */
  file: string;
  text: string;
}

export async function importDocs(pages: readonly PageInput[], catalog: CatalogFiles): Promise<ImportResult> {
  return mergePages(
    catalog,
    pages.map((p) => parsePage(p.file, p.text)),
  );
}

export type { CatalogFiles, ImportResult } from './merge-into-catalog.ts';
export { formatDiagnostic, hasErrors, type Diagnostic } from './import-diagnostic.ts';
