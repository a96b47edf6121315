/**
 * Every erratum the catalog records, with where it belongs (a docs page, a subject prefix, a
 * filter example, an event or one of its samples), and how other pages link to it.
 */
import type {
  Catalog,
  Erratum,
  EventType,
  FilterExample,
  PatchOperation,
  Repair,
  Sample,
  SourceDocument,
  SubjectPrefix,
} from '../../../model/catalog-model.ts';
import { code, link, markup, prose, type Context, type Markdown } from '../../../syntax/markdown-inline.ts';
import { anchors, href, PAGES } from './docs-paths.ts';

export type ErratumOwner =
  | { kind: 'document'; document: SourceDocument }
  | { kind: 'prefix'; prefix: SubjectPrefix }
  | { kind: 'filter'; filter: FilterExample }
  | { kind: 'event'; event: EventType }
  | { kind: 'sample'; event: EventType; sample: Sample };

export interface ErratumEntry {
  erratum: Erratum;
  owner: ErratumOwner;
}

/** In catalog order: documents, subject prefixes, filter examples, then events (own errata first, then by sample). */
export function collectErrata(catalog: Catalog): ErratumEntry[] {
  return [
    ...catalog.documents.flatMap((document) =>
      document.errata.map((erratum) => ({ erratum, owner: { kind: 'document' as const, document } })),
    ),
    ...catalog.prefixes.flatMap((prefix) =>
      prefix.errata.map((erratum) => ({ erratum, owner: { kind: 'prefix' as const, prefix } })),
    ),
    ...catalog.filters.flatMap((filter) =>
      filter.errata.map((erratum) => ({ erratum, owner: { kind: 'filter' as const, filter } })),
    ),
    ...catalog.events.flatMap(eventErrataEntries),
  ];
}

/** An event's own errata, then its samples'. */
export function eventErrataEntries(event: EventType): ErratumEntry[] {
  return [
    ...event.errata.map((erratum) => ({ erratum, owner: { kind: 'event' as const, event } })),
    ...event.samples.flatMap((sample) =>
      sample.errata.map((erratum) => ({ erratum, owner: { kind: 'sample' as const, event, sample } })),
    ),
  ];
}

/** `[`erratum-id`](../errata.md#erratum-id)` */
export function erratumLink(erratum: Erratum, from: string, context: Context = {}): Markdown {
  return link(code(erratum.id, context), href(from, PAGES.errata, anchors.erratum(erratum)));
}

/**
 * `[`id`](…) (casing): camelCase property names…`. On a sample, an erratum with no patch (other
 * than invalid JSON, which the repairs fix) leaves the payload as published, and says so.
 */
export function erratumSummary(erratum: Erratum, from: string, options: { sample?: boolean } = {}): Markdown {
  const kept = options.sample && !erratum.patch && erratum.kind !== 'invalid-json';
  const note = kept ? markup` The payload keeps the published value.` : markup``;
  return markup`${erratumLink(erratum, from)} (${code(erratum.kind)}): ${prose(erratum.correction)}${note}${wireNote(erratum)}`;
}

/** What the validators do with the published form, for an erratum that decides a wire form. */
export function wireNote(erratum: Erratum): Markdown {
  if (erratum.wire === 'variant')
    return markup` Wire: a documented variant — the validators accept the published form and normalize it to the corrected one (listed in \`normalized\`); \`strict\` rejects it.`;
  if (erratum.wire === 'doc-error')
    return markup` Wire: a documentation error — the validators reject the published form with an error naming this erratum.`;
  return markup``;
}

export function patchStep(operation: PatchOperation): Markdown {
  switch (operation.op) {
    case 'remove':
      return markup`remove ${code(operation.path)}`;
    case 'move':
      return markup`move ${code(operation.from)} to ${code(operation.path)}`;
    default:
      return markup`${code(operation.op)} ${code(operation.path)} with ${code(JSON.stringify(operation.value))}`;
  }
}

const REPAIRS: Record<Repair['kind'], string> = {
  'trailing-comma': 'removed a trailing comma',
  'wrap-object': 'wrapped the bare member in an object',
};

/** A mechanical JSON repair, in words, with its position in the source file. */
export function repairText(repair: Repair): Markdown {
  return markup`JSON repair: ${prose(REPAIRS[repair.kind] ?? repair.kind)} at line ${prose(String(repair.line))}, column ${prose(String(repair.column))}.`;
}
