/**
 * Event Grid subscription filters built from the model: the literal start of a subject pattern
 * (what `subjectBeginsWith` can match), and a filter that selects one event type.
 */
import type { EventType, SubjectPattern, SubscriptionFilter } from '../../../model/catalog-model.ts';

/** `/phonenumber/{phoneNumber}` → `/phonenumber/`; `thread/{threadId}/sender/{senderId}` → `thread/`. */
export function literalPrefix(pattern: Pick<SubjectPattern, 'segments'>): string {
  const literals: string[] = [];
  for (const segment of pattern.segments) {
    if (!('literal' in segment)) return `${literals.join('/')}/`;
    literals.push(segment.literal);
  }
  return literals.join('/');
}

/**
 * The filter that delivers only `event`: its type, and the literal prefix its subjects share
 * (none when the event has no documented pattern, or patterns that start differently).
 */
export function eventFilter(event: EventType): SubscriptionFilter {
  const filter: SubscriptionFilter = { includedEventTypes: [event.type] };
  const prefixes = [...new Set(event.subjects.map(literalPrefix))];
  if (prefixes.length === 1 && prefixes[0] !== '/' && prefixes[0] !== '')
    filter.subjectBeginsWith = prefixes[0];
  return filter;
}

/** The literal prefixes subjects actually begin with, per documented prefix (`phonenumber/` → `/phonenumber/`). */
export function actualPrefixes(events: readonly EventType[]): Map<string, string[]> {
  const byPrefix = new Map<string, Set<string>>();
  for (const event of events) {
    for (const subject of event.subjects) {
      const actual = literalPrefix(subject);
      byPrefix.set(subject.prefix, (byPrefix.get(subject.prefix) ?? new Set()).add(actual));
    }
  }
  return new Map([...byPrefix].map(([prefix, actual]) => [prefix, [...actual].sort()]));
}
