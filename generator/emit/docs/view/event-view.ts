/**
 * How pages name and link events, and say where each stands (current, renamed, retired).
 */
import type { EventType } from '../../../model/catalog-model.ts';
import { join, link, markup, text, type Markdown } from '../../../syntax/markdown-inline.ts';
import type { Lifecycle } from './lifecycle.ts';
import { eventPage, href } from './docs-paths.ts';
import { documentLink } from './provenance.ts';

export function eventLink(event: EventType, from: string): Markdown {
  return link(text(event.names.short), href(from, eventPage(event)));
}

/** One line: `current`, `renamed → [New](…)` or `retired → [Successor](…)`. */
export function statusCell(event: EventType, lifecycle: Lifecycle, from: string): Markdown {
  const retirement = lifecycle.retirements.get(event.type);
  if (!retirement) return text(event.status);
  const successor = retirement.replacement ? markup` → ${eventLink(retirement.replacement, from)}` : markup``;
  return markup`${text(retirement.kind)}${successor}`;
}

/** A sentence or two for the event's own page. */
export function statusSentence(event: EventType, lifecycle: Lifecycle, from: string): Markdown {
  const retirement = lifecycle.retirements.get(event.type);
  const since = (document: { id: string } | undefined) =>
    document ? markup` in the ${documentLink(document, from)} docs` : markup``;
  const parts: Markdown[] = [];
  if (!retirement) {
    parts.push(markup`Current: the service publishes this event.`);
  } else if (retirement.kind === 'renamed') {
    const to = retirement.replacement ? markup` to ${eventLink(retirement.replacement, from)}` : markup``;
    parts.push(markup`Renamed${to}${since(retirement.document)}; subscribe to the new name.`);
  } else {
    const to = retirement.replacement
      ? markup`, replaced by ${eventLink(retirement.replacement, from)}`
      : markup``;
    parts.push(markup`Retired${since(retirement.document)}${to}.`);
  }
  const replaced = lifecycle.replaces.get(event.type) ?? [];
  if (replaced.length > 0) {
    const names = join(
      replaced.map((old) => markup`${eventLink(old.event, from)} (${text(old.kind)})`),
      ', ',
    );
    parts.push(markup`It replaces ${names}.`);
  }
  return join(parts, ' ');
}

/** What a chat event's `scope` means for delivery. */
export const SCOPES: Record<NonNullable<EventType['scope']>, string> = {
  user: 'published once for each recipient',
  thread: 'published once for the whole thread',
};
