/**
 * The REST API spec as a document of sources.yaml (id `rest-api-spec`, format swagger), so that an
 * erratum or a `spec:` link can cite it. A catalog that lacks it gets it appended; an existing one
 * (same id or file) keeps its text (title, summary, errata) and only has its facts refreshed: file,
 * date (the api-version: the file states no other), format and origin.
 */
import { isMap, type YAMLMap } from 'yaml';
import type { DocumentOrigin, RawDocument } from '../../model/catalog-model.ts';
import { deepEqual } from '../import-context.ts';
import { loadManaged, outputOf, type CatalogFiles } from '../managed-file.ts';
import { createNode, seqAt, toJS } from '../yaml-edit.ts';

export const SPEC_DOCUMENT_ID = 'rest-api-spec';
const SOURCES_FILE = 'sources.yaml';

/** Where the spec file is: its path relative to catalog/sources/ and, when known, where it was copied from. */
export interface SpecSource {
  file: string;
  origin?: DocumentOrigin;
}

export function specDocument(source: SpecSource, version: string): RawDocument {
  return {
    id: SPEC_DOCUMENT_ID,
    file: source.file,
    title: `Azure Communication Services events, REST API spec (Swagger 2.0, api-version ${version})`,
    date: version,
    dateSource: 'inferred',
    format: 'swagger',
    summary:
      'The Swagger 2.0 definitions of the data of every ACS event Event Grid delivers, the contract the Azure SDKs are generated from. The file states no date; its date here is its api-version' +
      (source.origin !== undefined ? ', and its content is as of the commit below.' : '.'),
    ...(source.origin !== undefined ? { origin: source.origin } : {}),
  };
}

/** sources.yaml with the spec registered; undefined when it already was, as it is. */
export function registerSpecDocument(files: CatalogFiles, document: RawDocument): string | undefined {
  const sources = loadManaged({ ...files }, SOURCES_FILE, { documents: [] });
  const documents = seqAt(sources.doc, ['documents']);
  const existing = documents.items
    .filter((item): item is YAMLMap => isMap(item))
    .find((item) => item.get('id') === document.id || item.get('file') === document.file);
  if (existing === undefined) {
    documents.items.push(createNode(sources.doc, document, new Set()));
    sources.changed = true;
  } else {
    const facts = {
      file: document.file,
      date: document.date,
      format: document.format,
      origin: document.origin,
    };
    for (const [key, value] of Object.entries(facts)) {
      if (value === undefined || deepEqual(toJS(existing.get(key, true)), value)) continue;
      existing.set(key, createNode(sources.doc, value, new Set()));
      sources.changed = true;
    }
  }
  const text = outputOf(sources);
  return text === files[SOURCES_FILE] ? undefined : text;
}
