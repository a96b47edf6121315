/**
 * What happened to each retired event, read from the catalog's listing history.
 *
 * The catalog records `status: retired` and `replacedBy`; it does not say whether the change was a
 * rename or the end of an event. The listings tell them apart: when a docs version lists the old
 * and the new name side by side, the event was renamed (ChatMember* → ChatParticipant* in
 * 2021-02); when the old name disappears before its successor is ever listed, the event was
 * retired and another took its place (InstantMessage* → ChatMessage*).
 */
import type { Catalog, EventType, SourceDocument } from '../../../model/catalog-model.ts';

export interface Retirement {
  kind: 'renamed' | 'retired';
  event: EventType;
  replacement?: EventType;
  /** The docs version in which it happened, when any docs version shows it. */
  document?: SourceDocument;
}

export interface Lifecycle {
  /** Retired events, by type. */
  retirements: ReadonlyMap<string, Retirement>;
  /** The retired events each event replaced, by the replacement's type. */
  replaces: ReadonlyMap<string, Retirement[]>;
}

export function lifecycle(catalog: Catalog): Lifecycle {
  const byType = new Map(catalog.events.map((event) => [event.type, event]));
  const order = new Map(catalog.documents.map((document, index) => [document.id, index]));
  const retirements = new Map<string, Retirement>();
  const replaces = new Map<string, Retirement[]>();

  for (const event of catalog.events.filter((candidate) => candidate.status === 'retired')) {
    const replacement = event.replacedBy === undefined ? undefined : byType.get(event.replacedBy);
    const overlap = replacement?.history.listedIn.some((id) => event.history.listedIn.includes(id)) ?? false;
    const retirement: Retirement = { kind: overlap ? 'renamed' : 'retired', event };
    if (replacement) retirement.replacement = replacement;
    const document = whenRetired(event, replacement, order, catalog.documents);
    if (document) retirement.document = document;
    retirements.set(event.type, retirement);
    if (replacement) replaces.set(replacement.type, [...(replaces.get(replacement.type) ?? []), retirement]);
  }
  return { retirements, replaces };
}

/** The version that first lists the successor, or else the first version after the last listing. */
function whenRetired(
  event: EventType,
  replacement: EventType | undefined,
  order: ReadonlyMap<string, number>,
  documents: readonly SourceDocument[],
): SourceDocument | undefined {
  const first = (ids: readonly string[]) => Math.min(...ids.map((id) => order.get(id) ?? Infinity));
  const last = (ids: readonly string[]) => Math.max(...ids.map((id) => order.get(id) ?? -Infinity));
  const successorFirst = replacement ? first(replacement.history.listedIn) : Infinity;
  if (successorFirst !== Infinity && successorFirst > first(event.history.listedIn))
    return documents[successorFirst];
  return documents[last(event.history.listedIn) + 1];
}
