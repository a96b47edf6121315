/** The view model of `docs/<category>/index.md` (templates/docs-category.hbs). */
import type { Category, EventType } from '../../../model/catalog-model.ts';
import type { DocsContext } from '../view/docs-context.ts';
import { eventLink, SCOPES, statusCell } from '../view/event-view.ts';
import { code, link, markup, prose, text, type Markdown } from '../../../syntax/markdown-inline.ts';
import { chrome, type PageChrome } from '../view/page-chrome.ts';
import { lifecycleViews, type LifecycleView } from '../view/lifecycle-diagram.ts';
import { categoryPage, href, PAGES } from '../view/docs-paths.ts';

export interface CategoryPageView extends PageChrome {
  breadcrumbMd: Markdown;
  /** The category's description from the catalog, if it has one. */
  descriptionMd: Markdown | null;
  introMd: Markdown;
  events: EventRowView[];
  scopes: { textMd: Markdown }[];
  lifecycles: LifecycleView[];
}

export interface EventRowView {
  eventMd: Markdown;
  typeMd: Markdown;
  statusMd: Markdown;
  scopeMd: Markdown;
  descriptionMd: Markdown;
}

const CELL = { table: true };

/** `row`: an event's row, as `eventRow` makes it for this page (the emitter remembers it). */
export function categoryPageView(
  category: Category,
  context: DocsContext,
  row: (event: EventType) => EventRowView = (event) => eventRow(event, context, categoryPage(category)),
): CategoryPageView {
  const page = categoryPage(category);
  const current = category.events.filter((event) => event.status === 'current').length;
  const scopes = [...new Set(category.events.flatMap((event) => (event.scope ? [event.scope] : [])))].sort();
  return {
    ...chrome(
      `${category.title} events`,
      `The ${category.events.length} ${category.title} event types Azure Communication Services publishes to Event Grid, current and retired.`,
    ),
    breadcrumbMd: link(markup`Event reference`, href(page, PAGES.index)),
    descriptionMd: categoryDescription(category),
    introMd: markup`${text(String(category.events.length))} event types, ${text(String(current))} current. Each page gives the data properties, corrected docs samples with their provenance, a subscription filter and the TypeScript imports.`,
    events: category.events.map(row),
    scopes: scopes.map((scope) => ({ textMd: markup`${code(scope)}: ${text(SCOPES[scope])}.` })),
    lifecycles: lifecycleViews(category, page),
  };
}

/** A category's description as a paragraph, or null when the catalog gives none. */
export function categoryDescription(category: Category): Markdown | null {
  return category.description === undefined ? null : prose(category.description);
}

export function eventRow(
  event: Category['events'][number],
  context: DocsContext,
  page: string,
): EventRowView {
  return {
    eventMd: eventLink(event, page),
    typeMd: code(event.type, CELL),
    statusMd: statusCell(event, context.lifecycle, page),
    scopeMd: event.scope ? text(event.scope) : markup`—`,
    descriptionMd: prose(event.description, CELL),
  };
}
