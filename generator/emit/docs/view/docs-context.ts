/** What the page builders share, computed once per run from the catalog. */
import type { Catalog } from '../../../model/catalog-model.ts';
import { collectErrata, type ErratumEntry } from './errata-view.ts';
import { lifecycle, type Lifecycle } from './lifecycle.ts';
import { documentsById, type Documents } from './provenance.ts';

export interface DocsContext {
  catalog: Catalog;
  lifecycle: Lifecycle;
  documents: Documents;
  /** Every erratum in the catalog, with where it was recorded. */
  errata: ErratumEntry[];
}

export function docsContext(catalog: Catalog): DocsContext {
  return {
    catalog,
    lifecycle: lifecycle(catalog),
    documents: documentsById(catalog.documents),
    errata: collectErrata(catalog),
  };
}
