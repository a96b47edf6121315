/** The view model of `docs/<category>/<event slug>.md` (templates/docs-event.hbs). */
import type { EventType, Sample, SubjectParameter } from '../../../model/catalog-model.ts';
import type { DocsContext } from '../view/docs-context.ts';
import { erratumSummary, repairText } from '../view/errata-view.ts';
import { SCOPES, statusSentence } from '../view/event-view.ts';
import { eventFilter, literalPrefix } from '../view/filter-view.ts';
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
import { parsePointer } from '../../../model/json-patch.ts';
import { chrome, type PageChrome } from '../view/page-chrome.ts';
import { anchors, categoryPage, eventPage, href, PAGES } from '../view/docs-paths.ts';
import { factsLabel, propertyTable, typeLabel, type PropertyRowView } from '../view/property-table.ts';
import type { PropertyRow } from '../view/property-rows.ts';
import { schemaFacts, shape } from '../view/property-rows.ts';
import { definitionsOf } from '../../../model/schema-refs.ts';
import { citation, documentDate, documentLink } from '../view/provenance.ts';
import { fieldChanges, type FieldChange } from '../view/field-history.ts';
import type { Example } from '../view/usage-examples.ts';

export interface EventPageView extends PageChrome {
  breadcrumbMd: Markdown;
  descriptionMd: Markdown;
  facts: { textMd: Markdown }[];
  statusMd: Markdown;
  history: { documentMd: Markdown; dateMd: Markdown; listedMd: Markdown; sampledMd: Markdown }[];
  fieldChanges: { textMd: Markdown }[];
  /** The usage example, the same code as its file under docs/examples/events/. */
  exampleMd: Markdown;
  listingErrata: { textMd: Markdown }[];
  subjects: {
    patternMd: Markdown;
    prefixMd: Markdown;
    parameters: { nameMd: Markdown; descriptionMd: Markdown; fromMd: Markdown }[];
  }[];
  /** What `data` is when it is not a plain object (it extends a definition, it is a union…), or null. */
  dataShapeMd: Markdown | null;
  properties: PropertyRowView[];
  samples: {
    headingMd: Markdown;
    provenanceMd: Markdown;
    corrections: { textMd: Markdown }[];
    jsonMd: Markdown;
  }[];
  filterMd: Markdown;
  filterNoteMd: Markdown;
}

const CELL = { table: true };

/** The page of an event, its example and its property rows (expanded) made already. */
export function eventPageView(
  event: EventType,
  context: DocsContext,
  example: Example,
  rows: readonly PropertyRow[],
): EventPageView {
  const page = eventPage(event);
  const category = context.catalog.categories.find((candidate) => candidate.id === event.category);
  const categoryTitle = category?.title ?? event.category;
  const categoryHref = href(page, categoryPage({ id: event.category }));
  const reference = link(markup`Event reference`, href(page, PAGES.index));
  const filter = eventFilter(event);
  return {
    ...chrome(event.names.short, event.description),
    breadcrumbMd: markup`${reference} › ${link(markup`${text(categoryTitle)} events`, categoryHref)}`,
    descriptionMd: prose(event.description),
    facts: [
      markup`Event type: ${code(event.type)}`,
      markup`Category: ${link(text(categoryTitle), categoryHref)}`,
      ...(event.scope ? [markup`Scope: ${code(event.scope)}, ${text(SCOPES[event.scope])}`] : []),
      markup`Data version: ${code(event.dataVersion)}`,
    ].map((textMd) => ({ textMd })),
    statusMd: statusSentence(event, context.lifecycle, page),
    history: history(event, context, page),
    fieldChanges: fieldChanges(event, context.catalog.documents, context.catalog.definitions).map(
      (change) => ({ textMd: fieldChange(change, page) }),
    ),
    exampleMd: fence(example.code, 'ts'),
    listingErrata: event.errata.map((erratum) => ({ textMd: erratumSummary(erratum, page) })),
    subjects: event.subjects.map((subject) => ({
      patternMd: code(subject.pattern),
      prefixMd:
        subject.prefix === literalPrefix(subject)
          ? code(subject.prefix)
          : markup`${code(subject.prefix)} (subjects begin with ${code(literalPrefix(subject))})`,
      parameters: subject.parameters.map((parameter) => ({
        nameMd: code(`{${parameter.name}}`, CELL),
        descriptionMd: prose(parameter.description, CELL),
        fromMd: sameValueAs(parameter),
      })),
    })),
    dataShapeMd: dataShape(event, context, page),
    properties: propertyTable(rows, page),
    samples: event.samples.map((sample) => sampleView(sample, context, page)),
    filterMd: fence(layoutJson(filter), 'json'),
    filterNoteMd: filterNote(event, filter),
  };
}

function dataShape(event: EventType, context: DocsContext, page: string): Markdown | null {
  const type = shape(event.schema);
  if (type.kind === 'object') return null;
  const data = code('data');
  if (type.kind === 'extends') {
    const bases = typeLabel({ kind: 'extends', bases: type.bases }, page);
    return markup`${data} is an ${bases}; the table lists the inherited properties with its own.`;
  }
  const facts = factsLabel(schemaFacts(event.schema, definitionsOf(context.catalog)), page);
  return facts === markup``
    ? markup`${data} is ${typeLabel(type, page)}.`
    : markup`${data} is ${typeLabel(type, page)}; ${facts}.`;
}

function history(event: EventType, context: DocsContext, page: string): EventPageView['history'] {
  return context.catalog.documents
    .filter(
      (document) =>
        event.history.listedIn.includes(document.id) || event.history.sampledIn.includes(document.id),
    )
    .map((document) => {
      const listings = event.listings.filter((listing) => listing.document === document.id);
      const samples = event.samples.filter((sample) => sample.source.document === document.id);
      return {
        documentMd: documentLink(document, page),
        dateMd: documentDate(document),
        listedMd: orDash(
          listings.map((listing) =>
            listing.publishedType
              ? markup`line ${text(String(listing.line))}, as ${code(listing.publishedType, CELL)}`
              : markup`line ${text(String(listing.line))}`,
          ),
        ),
        sampledMd: orDash(
          samples.map((sample) =>
            link(markup`line ${text(String(sample.source.line))}`, href(page, page, anchors.sample(sample))),
          ),
        ),
      };
    });
}

/** JSON Pointer into `data` → `data.participantRemoved.participantCommunicationIdentifier.rawId`. */
function dataPath(pointer: string): string {
  return parsePointer(pointer).reduce(
    (path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : `${path}.${segment}`),
    'data',
  );
}

function orDash(parts: Markdown[]): Markdown {
  return parts.length === 0 ? markup`—` : join(parts, '; ');
}

function sampleView(sample: Sample, context: DocsContext, page: string): EventPageView['samples'][number] {
  const corrections = [
    ...sample.repairs.map((repair) => repairText(repair)),
    ...sample.errata.map((erratum) => erratumSummary(erratum, page, { sample: true })),
  ];
  return {
    headingMd: markup`Sample ${text(sample.id)}`,
    provenanceMd: citation(sample.source, context.documents, page),
    corrections: corrections.map((textMd) => ({ textMd })),
    jsonMd: fence(layoutJson(sample.corrected), 'json'),
  };
}

function filterNote(event: EventType, filter: ReturnType<typeof eventFilter>): Markdown {
  if (event.subjects.length === 0) {
    return markup`The docs never gave a subject pattern for this event, so the filter selects it by type only.`;
  }
  if (filter.subjectBeginsWith === undefined) {
    return markup`Its subject patterns begin differently, so the filter selects it by type only.`;
  }
  const patterns = join(
    event.subjects.map((subject) => code(subject.pattern)),
    ', ',
  );
  return markup`${code('subjectBeginsWith')} is the literal start of ${patterns}; append a parameter value to narrow it (Event Grid compares prefixes literally, slashes included).`;
}

/** The "Same value as" cell of a subject parameter: the data path it copies, and how it is rewritten. */
function sameValueAs(parameter: SubjectParameter): Markdown {
  if (parameter.from === undefined) return text('not carried in data');
  const path = code(dataPath(parameter.from), CELL);
  return parameter.transform === 'digits' ? markup`${path}, digits only` : path;
}

/** `[2021-02](…): adds `metadata`; drops `x`` — what a docs version's samples show differently from the previous ones. */
function fieldChange(change: FieldChange, page: string): Markdown {
  const paths = (list: string[]) =>
    join(
      list.map((path) => code(path)),
      ', ',
    );
  const parts = [
    ...(change.added.length > 0 ? [markup`adds ${paths(change.added)}`] : []),
    ...(change.dropped.length > 0 ? [markup`no longer shows ${paths(change.dropped)}`] : []),
  ];
  return markup`${documentLink(change.document, page)}: ${join(parts, '; ')}`;
}
