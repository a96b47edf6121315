/**
 * Where each docs page lives (paths relative to generated/) and how one page links to another.
 * Page paths and anchors derive from names the model computed once (category ids, event slugs,
 * erratum and sample ids, definition names); nothing else invents them.
 */
import path from 'node:path/posix';
import { memoized } from '../../../syntax/memoized.ts';
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
  guide: `${DOCS_ROOT}/guide/receiving-events.md`,
} as const;

export function categoryPage(category: Pick<Category, 'id'>): string {
  return `${DOCS_ROOT}/${category.id}/index.md`;
}

export function eventPage(event: Pick<EventType, 'category' | 'names'>): string {
  return `${DOCS_ROOT}/${event.category}/${event.names.slug}.md`;
}

/**
 * The anchor of a heading other pages link to, which must be the same on GitHub and under
 * VitePress: GitHub (github-slugger) lower-cases, drops punctuation other than `-` and `_` and
 * makes each space a hyphen; VitePress turns runs of punctuation and spaces into one hyphen and
 * prefixes a leading digit with `_`. Linked headings are written so that both agree
 * (`### \`sms-pascal-case-2020-09-92\``, `## Version 2020-03`); one that would not is a generator bug.
 * Remembered per text: a page links to the same definitions and documents over and over.
 */
export const headingSlug = memoized((plainText: string): string => {
  const github = plainText
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
  if (github !== vitepressSlug(plainText))
    throw new Error(
      `heading "${plainText}" gets the anchor #${github} on GitHub but #${vitepressSlug(plainText)} under VitePress`,
    );
  return github;
});

function vitepressSlug(plainText: string): string {
  return plainText
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/[\u0000-\u001f]/g, '')
    .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, '_$1')
    .toLowerCase();
}

/** Anchors (heading slugs) of the headings the docs pages link to. */
export const anchors = {
  erratum: (erratum: { id: string }) => headingSlug(erratum.id),
  sample: (sample: Pick<Sample, 'id'>) => headingSlug(`Sample ${sample.id}`),
  definition: (definition: Pick<Definition, 'name'>) => headingSlug(definition.name),
  document: (document: Pick<SourceDocument, 'id'>) => headingSlug(versionHeading(document)),
};

/** The changelog's heading of a docs version: `Version 2020-03` (a heading starting with a digit gets no portable anchor). */
export function versionHeading(document: Pick<SourceDocument, 'id'>): string {
  return `Version ${document.id}`;
}

/** The link from page `from` to page `to` (and an anchor in it): relative, `#anchor` on the same page. */
export function href(from: string, to: string, anchor?: string): string {
  const fragment = anchor === undefined ? '' : `#${anchor}`;
  if (from === to) return fragment === '' ? path.basename(to) : fragment;
  return `${relativePath(from, to)}${fragment}`;
}

/** Relative paths worked out already, by page and target: there are few pages, and many links. */
const relativePaths = memoized((pair: string): string => {
  const [from, to] = pair.split('\n') as [string, string];
  return path.relative(path.dirname(from), to);
});

const relativePath = (from: string, to: string): string => relativePaths(`${from}\n${to}`);
