/** The view model of `docs/index.md` (templates/docs-index.hbs). */
import type { EventType, FilterExample } from '../../../model/catalog-model.ts';
import { categoryDescription, eventRow, type EventRowView } from './category-page.ts';
import type { DocsContext } from '../view/docs-context.ts';
import { erratumLink, erratumSummary } from '../view/errata-view.ts';
import { actualPrefixes } from '../view/filter-view.ts';
import {
  code,
  fence,
  join,
  link,
  markup,
  prose,
  text,
  type Markdown,
} from '../../../syntax/markdown-inline.ts';
import { layoutJson } from '../../../syntax/json-layout.ts';
import { chrome, type PageChrome } from '../view/page-chrome.ts';
import { homeFrontMatter } from '../site/home-hero.ts';
import { guideEvent } from '../view/usage-examples.ts';
import { categoryPage, href, PAGES } from '../view/docs-paths.ts';
import { citation, documentLink } from '../view/provenance.ts';

export interface IndexPageView extends PageChrome {
  introMd: Markdown;
  categories: {
    headingMd: Markdown;
    descriptionMd: Markdown | null;
    linkMd: Markdown;
    events: EventRowView[];
  }[];
  prefixes: {
    prefixMd: Markdown;
    beginsMd: Markdown;
    entityMd: Markdown;
    documentsMd: Markdown;
    errataMd: Markdown;
  }[];
  prefixNotes: { textMd: Markdown }[];
  filter: {
    descriptionMd: Markdown;
    citationMd: Markdown;
    publishedMd: Markdown;
    errata: { textMd: Markdown }[];
    correctedMd: Markdown;
  } | null;
  filterExamples: {
    documentMd: Markdown;
    publishedMd: Markdown;
    correctedMd: Markdown;
    errataMd: Markdown;
  }[];
  pages: { linkMd: Markdown; textMd: Markdown }[];
}

const CELL = { table: true };
const PAGE = PAGES.index;

/** `row`: an event's row in its category's table, as `eventRow` makes it for this page (the emitter remembers it). */
export function indexPageView(
  context: DocsContext,
  row: (event: EventType) => EventRowView = (event) => eventRow(event, context, PAGE),
): IndexPageView {
  const { catalog } = context;
  const first = catalog.documents[0];
  const last = catalog.documents[catalog.documents.length - 1];
  const span =
    first && last
      ? markup`, from ${text(String(catalog.documents.length))} versions of the ACS event handling docs (${text(first.date)} to ${text(last.date)})`
      : markup``;
  const latestFilter = catalog.filters[catalog.filters.length - 1];
  const errataCount = context.errata.length;
  return {
    ...chrome(
      'Azure Communication Services events',
      'Reference for the Azure Communication Services event types delivered by Azure Event Grid: data properties, subjects, corrected samples, filters.',
      homeFrontMatter(
        catalog,
        `${catalog.events.length} event types in ${catalog.categories.length} categories, read from every version of the docs and the REST API spec, with ${errataCount} errors in them corrected.`,
      ),
    ),
    introMd: markup`The ${text(String(catalog.events.length))} event types Azure Communication Services publishes to Azure Event Grid${span}. Samples are shown corrected; the ${link(
      markup`errata`,
      href(PAGE, PAGES.errata),
    )} page lists the ${text(String(errataCount))} errors found in the docs and how each was corrected.`,
    categories: catalog.categories.map((category) => ({
      headingMd: markup`${text(category.title)} events`,
      descriptionMd: categoryDescription(category),
      linkMd: link(markup`All ${text(category.title)} events`, href(PAGE, categoryPage(category))),
      events: category.events.map(row),
    })),
    ...prefixTable(context),
    filter: latestFilter ? filterView(latestFilter, context) : null,
    filterExamples: catalog.filters.map((filter) => ({
      documentMd: context.documents.get(filter.source.document)
        ? documentLink({ id: filter.source.document }, PAGE)
        : text(filter.source.document),
      publishedMd: subjectBeginsWith(filter.parsed),
      correctedMd:
        filter.corrected.subjectBeginsWith === undefined
          ? markup`—`
          : code(filter.corrected.subjectBeginsWith, CELL),
      errataMd: errataLinks(filter.errata.map((erratum) => erratumLink(erratum, PAGE, CELL))),
    })),
    pages: [
      ...(guideEvent(catalog)
        ? [
            {
              linkMd: link(markup`Receiving events`, href(PAGE, PAGES.guide)),
              textMd: markup`How to receive, check, filter and test these events with the package.`,
            },
          ]
        : []),
      ...catalog.categories.map((category) => ({
        linkMd: link(markup`${text(category.title)} events`, href(PAGE, categoryPage(category))),
        textMd: markup`${text(String(category.events.length))} event types, one page each.`,
      })),
      {
        linkMd: link(markup`Shared types`, href(PAGE, PAGES.types)),
        textMd: markup`The shapes several events share, such as ${code('CommunicationIdentifier')}.`,
      },
      {
        linkMd: link(markup`Changelog`, href(PAGE, PAGES.changelog)),
        textMd: markup`What each docs version added, renamed and retired.`,
      },
      {
        linkMd: link(markup`Errata`, href(PAGE, PAGES.errata)),
        textMd: markup`Every error in the docs, with its source and correction.`,
      },
    ],
  };
}

function prefixTable(context: DocsContext): Pick<IndexPageView, 'prefixes' | 'prefixNotes'> {
  const actual = actualPrefixes(context.catalog.events);
  const prefixes: IndexPageView['prefixes'] = [];
  const prefixNotes: IndexPageView['prefixNotes'] = [];
  for (const prefix of context.catalog.prefixes) {
    const begins = actual.get(prefix.prefix) ?? [];
    const documents = [...new Set(prefix.listings.map((listing) => listing.document))];
    prefixes.push({
      prefixMd: code(prefix.prefix, CELL),
      beginsMd:
        begins.length === 0
          ? markup`no event uses it`
          : join(
              begins.map((value) => code(value, CELL)),
              ', ',
            ),
      entityMd: prose(prefix.entity, CELL),
      documentsMd: join(
        documents.map((id) => documentLink({ id }, PAGE)),
        ', ',
      ),
      errataMd: errataLinks(prefix.errata.map((erratum) => erratumLink(erratum, PAGE, CELL))),
    });
    const differing = begins.filter((value) => value !== prefix.prefix);
    if (differing.length > 0) {
      const users = context.catalog.events.filter((event) =>
        event.subjects.some((subject) => subject.prefix === prefix.prefix),
      );
      const names = join(
        users.map((event) => code(event.names.short)),
        ', ',
      );
      prefixNotes.push({
        textMd: markup`The docs give ${code(prefix.prefix)}, but the subjects of ${names} begin with ${join(
          differing.map((value) => code(value)),
          ' or ',
        )}: a ${code('subjectBeginsWith')} filter written from the documented prefix matches none of them. Use ${code(differing[0]!)}. See ${errataLinks(prefix.errata.map((erratum) => erratumLink(erratum, PAGE)))}.`,
      });
    }
  }
  return { prefixes, prefixNotes };
}

function filterView(filter: FilterExample, context: DocsContext): NonNullable<IndexPageView['filter']> {
  return {
    descriptionMd: prose(filter.description),
    citationMd: citation(filter.source, context.documents, PAGE),
    publishedMd: fence(filter.published, 'text'),
    errata: filter.errata.map((erratum) => ({ textMd: erratumSummary(erratum, PAGE) })),
    correctedMd: fence(layoutJson({ filter: filter.corrected }), 'json'),
  };
}

function subjectBeginsWith(parsed: Record<string, unknown>): Markdown {
  const filter = (
    typeof parsed.filter === 'object' && parsed.filter !== null ? parsed.filter : parsed
  ) as Record<string, unknown>;
  return typeof filter.subjectBeginsWith === 'string' ? code(filter.subjectBeginsWith, CELL) : markup`—`;
}

function errataLinks(links: Markdown[]): Markdown {
  return links.length === 0 ? markup`—` : join(links, ', ');
}
