/** What the page builders share, computed once per run from the catalog. */
import type { Catalog } from '../../../model/catalog-model.ts';
import { definitionsOf, type Definitions } from '../../../model/schema-refs.ts';
import { collectErrata, type ErratumEntry } from './errata-view.ts';
import { lifecycle, type Lifecycle } from './lifecycle.ts';
import { documentsById, type Documents } from './provenance.ts';

export interface DocsContext {
  catalog: Catalog;
  lifecycle: Lifecycle;
  documents: Documents;
  /** Every erratum in the catalog, with where it was recorded. */
  errata: ErratumEntry[];
  /** The shared definitions' schemas by name. */
  definitions: Definitions;
}

export function docsContext(catalog: Catalog): DocsContext {
  return {
    catalog,
    lifecycle: lifecycle(catalog),
    documents: documentsById(catalog.documents),
    errata: collectErrata(catalog),
    definitions: definitionsOf(catalog),
  };
}
