/**
 * The catalog format v2 fields the importer writes (the shared contract; the model's Raw* types gain
 * them in the catalog-format work): document `origin`, event and definition `attributes`, sample `title`.
 */
import type { RawDefinition, RawDocument, RawEvent, RawSample } from '../model/catalog-model.ts';

/** Where a copied source came from (catalog/sources/SOURCES.tsv). */
export interface DocumentOrigin {
  repository: string;
  path: string;
  commit: string;
}

/** An attribute-table row as published, for reconciliation with samples and schema. */
export interface AttributeEntry {
  document: string;
  line: number;
  name: string;
  type: string;
  nullable?: boolean;
  description: string;
}

export type DocumentV2 = RawDocument & { origin?: DocumentOrigin };
export type SampleV2 = RawSample & { title?: string };
export type EventV2 = Omit<RawEvent, 'samples'> & { samples: SampleV2[]; attributes?: AttributeEntry[] };
export type DefinitionV2 = RawDefinition & { attributes?: AttributeEntry[] };
