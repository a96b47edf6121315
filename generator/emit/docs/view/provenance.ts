/**
 * How the pages cite the docs: a docs version (linked to its changelog section), its date, the
 * source file and the line.
 */
import type { DocRef, SourceDocument } from '../../../model/catalog-model.ts';
import { code, link, markup, text, type Markdown } from '../../../syntax/markdown-inline.ts';
import { anchors, href, PAGES } from './docs-paths.ts';

export type Documents = ReadonlyMap<string, SourceDocument>;

export function documentsById(documents: readonly SourceDocument[]): Documents {
  return new Map(documents.map((document) => [document.id, document]));
}

/** `2020-09-18 (inferred)` when the page states no date and the catalog took its latest sample's. */
export function documentDate(document: SourceDocument): Markdown {
  return document.dateSource === 'inferred' ? markup`${text(document.date)} (inferred)` : text(document.date);
}

/** The docs version id, linked to its section of the changelog. */
export function documentLink(document: Pick<SourceDocument, 'id'>, from: string): Markdown {
  return link(text(document.id), href(from, PAGES.changelog, anchors.document(document)));
}

/** `[2021-02](…) docs, dated 2021-02-11, file `seeds/000_….txt`, line 111` (`spec` for the REST API spec). */
export function citation(
  ref: DocRef,
  documents: Documents,
  from: string,
  context: { table?: boolean } = {},
): Markdown {
  const document = documents.get(ref.document);
  if (!document) return markup`${text(ref.document)} docs, line ${text(String(ref.line))}`;
  return markup`${documentLink(document, from)} ${text(document.format === 'swagger' ? 'spec' : 'docs')}, dated ${documentDate(document)}, file ${code(document.file, context)}, line ${text(String(ref.line))}`;
}
