/** What the page builders share, computed once per run from the catalog. */
import type { Catalog } from '../model.ts';
import { lifecycle, type Lifecycle } from './lifecycle.ts';
import { documentsById, type Documents } from './provenance.ts';

export interface DocsContext {
  catalog: Catalog;
  lifecycle: Lifecycle;
  documents: Documents;
}

export function docsContext(catalog: Catalog): DocsContext {
  return { catalog, lifecycle: lifecycle(catalog), documents: documentsById(catalog.documents) };
}
