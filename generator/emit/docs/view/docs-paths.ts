/**
 * Where each docs page lives (paths relative to generated/) and how one page links to another.
 * Page paths and anchors derive from names the model computed once (category ids, event slugs,
 * erratum and sample ids, definition names); nothing else invents them.
 */
import path from 'node:path/posix';
import type {
  Category,
  Definition,
  EventType,
  Sample,
  SourceDocument,
} from '../../../model/catalog-model.ts';

export const DOCS_ROOT = 'docs';

export const PAGES = {
  index: `${DOCS_ROOT}/index.md`,
  errata: `${DOCS_ROOT}/errata.md`,
  changelog: `${DOCS_ROOT}/changelog.md`,
  types: `${DOCS_ROOT}/types.md`,
} as const;

export function categoryPage(category: Pick<Category, 'id'>): string {
  return `${DOCS_ROOT}/${category.id}/index.md`;
}

export function eventPage(event: Pick<EventType, 'category' | 'names'>): string {
  return `${DOCS_ROOT}/${event.category}/${event.names.slug}.md`;
}

/**
 * GitHub's heading slug (github-slugger): lower case, punctuation other than `-` and `_`
 * dropped, each space a hyphen. Headings whose anchors we link to are written so that this
 * gives back the model's id (`### \`sms-pascal-case-2020-09-92\`` → `sms-pascal-case-2020-09-92`).
 */
export function headingSlug(plainText: string): string {
  return plainText
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Anchors (heading slugs) of the headings the docs pages link to. */
export const anchors = {
  erratum: (erratum: { id: string }) => headingSlug(erratum.id),
  sample: (sample: Pick<Sample, 'id'>) => headingSlug(`Sample ${sample.id}`),
  definition: (definition: Pick<Definition, 'name'>) => headingSlug(definition.name),
  document: (document: Pick<SourceDocument, 'id'>) => headingSlug(document.id),
};

/** The link from page `from` to page `to` (and an anchor in it): relative, `#anchor` on the same page. */
export function href(from: string, to: string, anchor?: string): string {
  const fragment = anchor === undefined ? '' : `#${anchor}`;
  if (from === to) return fragment === '' ? path.basename(to) : fragment;
  return `${path.relative(path.dirname(from), to)}${fragment}`;
}
