/** The view model of `docs/errata.md` (templates/docs-errata.hbs): every erratum, grouped, each under a heading whose anchor is its id. */
import type { ErratumKind, EventType } from '../../../model/catalog-model.ts';
import type { DocsContext } from '../view/docs-context.ts';
import { eventErrataEntries, patchStep, wireNote, type ErratumEntry } from '../view/errata-view.ts';
import { eventLink } from '../view/event-view.ts';
import { code, link, markup, prose, text, type Markdown } from '../../../syntax/markdown-inline.ts';
import { chrome, type PageChrome } from '../view/page-chrome.ts';
import { anchors, eventPage, href, PAGES } from '../view/docs-paths.ts';
import { citation, sourceFile } from '../view/provenance.ts';

export interface ErrataPageView extends PageChrome {
  introMd: Markdown;
  kinds: { kindMd: Markdown; count: number; meaningMd: Markdown }[];
  groups: { headingMd: Markdown; introMd: Markdown; count: number; subgroups: SubgroupView[] }[];
}

export interface SubgroupView {
  headingMd: Markdown;
  contextMd: Markdown;
  errata: ErratumView[];
}

export interface ErratumView {
  /** The erratum id in a code span: its heading slug is the id, the anchor other pages link to. */
  headingMd: Markdown;
  kindMd: Markdown;
  sourceMd: Markdown;
  whereMd: Markdown;
  wrongMd: Markdown;
  correctionMd: Markdown;
  patch: { stepMd: Markdown }[];
}

const KIND_MEANINGS: Record<ErratumKind, string> = {
  'invalid-json': 'published JSON that does not parse',
  name: 'an event type or namespace that does not exist',
  subject: 'a subject or prefix that contradicts the documented pattern',
  placeholder: 'placeholders written inconsistently',
  casing: 'property names in the wrong case',
  description: 'a description that belongs to another event',
  type: 'a value of the wrong JSON type',
  value: 'a value in the wrong format',
  encoding: 'mis-decoded characters',
  link: 'a link to the wrong page',
  typo: 'a spelling or grammar slip',
  'leaked-identifier': 'a real-looking subscription or resource id',
  disagreement: 'sources that disagree (docs and spec, table and sample, or the spec with itself)',
  'missing-field': 'a field one source has and another lacks',
  required: 'sources that disagree on whether a field is required',
  'enum-value': 'an enum value missing, misspelt or not in the spec',
  format: 'a value format that differs between sources',
};

const PAGE = PAGES.errata;

type GroupKey = 'document' | 'prefix' | 'filter' | 'event';

const GROUPS: { key: GroupKey; heading: string; intro: string }[] = [
  {
    key: 'document',
    heading: 'Docs pages',
    intro: 'Errors in the prose, headings and links of a docs version.',
  },
  { key: 'prefix', heading: 'Subject prefixes', intro: 'Errors in the table of subject prefixes.' },
  { key: 'filter', heading: 'Filter examples', intro: 'Errors in the subscription filter examples.' },
  {
    key: 'event',
    heading: 'Events',
    intro:
      'Errors in the event type tables and in the sample payloads; each sample page shows the payload corrected.',
  },
];

/**
 * `eventSubgroup`: an event's subgroup (its own errata, then its samples'), as `eventErrata` makes
 * it; the emitter remembers it with the event's other docs pieces.
 */
export function errataPageView(
  context: DocsContext,
  eventSubgroup: (event: EventType) => SubgroupView | undefined = (event) => eventErrata(event, context),
): ErrataPageView {
  const entries = context.errata;
  const kinds = (Object.keys(KIND_MEANINGS) as ErratumKind[])
    .map((kind) => ({ kind, count: entries.filter((entry) => entry.erratum.kind === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => ({
      kindMd: code(kind, { table: true }),
      count,
      meaningMd: text(KIND_MEANINGS[kind]),
    }));
  const groups = GROUPS.map((group) => {
    const members = entries.filter((entry) => groupOf(entry) === group.key);
    return {
      headingMd: text(group.heading),
      introMd: text(group.intro),
      count: members.length,
      // An event's entries are consecutive (collectErrata): one subgroup each.
      subgroups:
        group.key === 'event'
          ? context.catalog.events.flatMap((event) => eventSubgroup(event) ?? [])
          : subgroups(members, context),
    };
  }).filter((group) => group.count > 0);
  return {
    ...chrome(
      'Errata',
      'Every error found in the Azure Communication Services event docs, with its source and its correction.',
    ),
    introMd: markup`The catalog keeps every docs sample as published and records each error found in the docs as an erratum: its kind, its source (docs version or REST API spec, file, line), what is wrong and the correction. The generated pages show the corrected form. ${text(String(entries.length))} errata in all.`,
    kinds,
    groups,
  };
}

/** The subgroup of the errata of an event and of its samples, if it has any. */
export function eventErrata(event: EventType, context: DocsContext): SubgroupView | undefined {
  const members = eventErrataEntries(event);
  return members.length === 0 ? undefined : subgroups(members, context)[0];
}

function groupOf(entry: ErratumEntry): GroupKey {
  return entry.owner.kind === 'sample' ? 'event' : entry.owner.kind;
}

/** Consecutive entries with the same owner (a sample counts as its event) form one subgroup. */
function subgroups(entries: ErratumEntry[], context: DocsContext): SubgroupView[] {
  const result: { key: string; entries: ErratumEntry[] }[] = [];
  for (const entry of entries) {
    const key = ownerKey(entry);
    const current = result[result.length - 1];
    if (current && current.key === key) current.entries.push(entry);
    else result.push({ key, entries: [entry] });
  }
  return result.map(({ entries: members }) => {
    const first = members[0]!;
    return { ...subgroupHeading(first), errata: members.map((entry) => erratumView(entry, context)) };
  });
}

function ownerKey(entry: ErratumEntry): string {
  const owner = entry.owner;
  switch (owner.kind) {
    case 'document':
      return `document:${owner.document.id}`;
    case 'prefix':
      return `prefix:${owner.prefix.prefix}`;
    case 'filter':
      return `filter:${owner.filter.id}`;
    case 'event':
    case 'sample':
      return `event:${owner.event.type}`;
  }
}

function subgroupHeading(entry: ErratumEntry): Pick<SubgroupView, 'headingMd' | 'contextMd'> {
  const owner = entry.owner;
  switch (owner.kind) {
    case 'document':
      return {
        headingMd: markup`${text(owner.document.id)} docs`,
        contextMd: markup`${prose(owner.document.title)}, ${sourceFile(owner.document)}.`,
      };
    case 'prefix':
      return {
        headingMd: markup`Prefix ${code(owner.prefix.prefix)}`,
        contextMd: markup`The ${prose(owner.prefix.entity)} prefix.`,
      };
    case 'filter':
      return {
        headingMd: markup`Filter example ${text(owner.filter.id)}`,
        contextMd: prose(owner.filter.description),
      };
    case 'event':
    case 'sample':
      return {
        headingMd: markup`Event ${text(owner.event.names.short)}`,
        contextMd: markup`See ${eventLink(owner.event, PAGE)} (${code(owner.event.type)}).`,
      };
  }
}

function erratumView(entry: ErratumEntry, context: DocsContext): ErratumView {
  const { erratum, owner } = entry;
  return {
    headingMd: code(erratum.id),
    kindMd: code(erratum.kind),
    sourceMd: citation(erratum.source, context.documents, PAGE),
    whereMd: where(owner),
    wrongMd: prose(erratum.wrong),
    correctionMd: markup`${prose(erratum.correction)}${wireNote(erratum)}`,
    patch: (erratum.patch ?? []).map((operation) => ({ stepMd: patchStep(operation) })),
  };
}

/** What the erratum is about, linked when it has a page of its own. */
function where(owner: ErratumEntry['owner']): Markdown {
  switch (owner.kind) {
    case 'document':
      return markup`the page itself`;
    case 'prefix':
      return markup`the subject prefix table`;
    case 'filter':
      return markup`the filter example`;
    case 'event':
      return markup`the event type table (${eventLink(owner.event, PAGE)})`;
    case 'sample':
      return link(
        markup`${text(owner.event.names.short)} sample ${text(owner.sample.id)}`,
        href(PAGE, eventPage(owner.event), anchors.sample(owner.sample)),
      );
  }
}
