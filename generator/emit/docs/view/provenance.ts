/**
 * How the pages cite the docs: a docs version (linked to its changelog section), its date, and
 * the line, linked to the source file in its origin repository at the pinned commit. Archived
 * copies without a known origin (the 2020–2021 seed pages) are cited by version and line only:
 * the catalog's internal file names mean nothing to a reader.
 */
import type { DocRef, SourceDocument } from '../../../model/catalog-model.ts';
import { link, markup, text, type Markdown } from '../../../syntax/markdown-inline.ts';
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

/** The source file on GitHub at its commit (at `line` when given), or null for an archived copy without origin. */
export function sourceUrl(document: SourceDocument, line?: number): string | null {
  const origin = document.origin;
  if (!origin) return null;
  const file = `https://github.com/${origin.repository}/blob/${origin.commit}/${origin.path}`;
  if (line === undefined) return file;
  return document.format === 'markdown' ? `${file}?plain=1#L${line}` : `${file}#L${line}`;
}

/** `the source` linked to the file at its origin, or `an archived copy` when it has none. */
export function sourceFile(document: SourceDocument): Markdown {
  const url = sourceUrl(document);
  return url === null ? markup`an archived copy (origin not recorded)` : link(markup`source file`, url);
}

/** `[2021-02](…) docs of 2021-02-11, [line 111](https://github.com/…#L111)` (`spec` for the REST API spec). */
export function citation(ref: DocRef, documents: Documents, from: string): Markdown {
  const document = documents.get(ref.document);
  if (!document) return markup`${text(ref.document)} docs, line ${text(String(ref.line))}`;
  const line = markup`line ${text(String(ref.line))}`;
  const url = sourceUrl(document, ref.line);
  return markup`${documentLink(document, from)} ${text(document.format === 'swagger' ? 'spec' : 'docs')} of ${documentDate(document)}, ${url === null ? line : link(line, url)}`;
}
