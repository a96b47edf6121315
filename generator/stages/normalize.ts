import type {
  Catalog,
  Category,
  Definition,
  EventType,
  FilterExample,
  RawCategoriesFile,
  RawDefinitionsFile,
  RawEvent,
  RawFiltersFile,
  RawSample,
  RawSourcesFile,
  RawSubjectsFile,
  Sample,
  SourceDocument,
  SubjectPattern,
} from '../model/catalog-model.ts';
import type { LoadedCatalog } from './load.ts';
import { eventNames } from '../model/event-names.ts';
import { readPublishedJson, readSample } from '../model/published-json.ts';
import { sampleIds } from '../model/sample-ids.ts';
import { definitionsUsed, type Definitions } from '../model/schema-refs.ts';
import { parseSubjectPattern } from '../model/subject-pattern.ts';
import { wireFormsOf } from '../model/wire-forms.ts';

/**
 * The checked catalog as one sorted, resolved, frozen model. Every name an emitter needs is
 * computed here, once. Call only on a catalog `check` found no errors in.
 */
export function normalize(loaded: LoadedCatalog): Catalog {
  const byKind = (kind: string) => loaded.files.find((file) => file.kind === kind)?.value;
  const sources = byKind('sources') as RawSourcesFile;
  const categoriesFile = byKind('categories') as RawCategoriesFile;
  const subjects = byKind('subjects') as RawSubjectsFile;
  const filters = byKind('filters') as RawFiltersFile;
  const definitionsFile = byKind('definitions') as RawDefinitionsFile;
  const rawEvents = loaded.files
    .filter((file) => file.kind === 'event')
    .map((file) => file.value as RawEvent);

  const documents: SourceDocument[] = sources.documents
    .map((document) => ({ ...document, cleanups: document.cleanups ?? [], errata: document.errata ?? [] }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const documentOrder = new Map(documents.map((document, index) => [document.id, index]));
  const byDocumentThenLine = (a: { document: string; line: number }, b: { document: string; line: number }) =>
    documentOrder.get(a.document)! - documentOrder.get(b.document)! || a.line - b.line;

  const definitionSchemas = definitionsFile.definitions;
  const schemaMap: Definitions = new Map(
    Object.entries(definitionSchemas).map(([name, d]) => [name, d.schema]),
  );
  const definitions: Definition[] = Object.keys(definitionSchemas)
    .sort()
    .map((name) => {
      const { description, schema, spec, attributes } = definitionSchemas[name]!;
      return {
        name,
        description,
        schema,
        ...(spec ? { spec } : {}),
        ...(attributes ? { attributes } : {}),
        uses: definitionsUsed(schema, schemaMap),
      };
    });

  const events = rawEvents
    .map((raw) => normalizeEvent(raw, schemaMap, byDocumentThenLine))
    .sort((a, b) => a.type.localeCompare(b.type));

  const categories: Category[] = [...categoriesFile.categories]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, title, description, scoped, lifecycles }) => ({
      id,
      title,
      description,
      scoped: scoped ?? false,
      lifecycles: lifecycles ?? [],
      events: events.filter((event) => event.category === id),
    }));

  const filterExamples: FilterExample[] = filters.filters
    .map((filter) => {
      const parsed = readPublishedJson(filter.published, filter.source.line, filter.repairs ?? []);
      return {
        ...filter,
        repairs: filter.repairs ?? [],
        errata: filter.errata ?? [],
        parsed: (parsed.ok ? parsed.value : {}) as Record<string, unknown>,
      };
    })
    .sort((a, b) => byDocumentThenLine(a.source, b.source));

  return deepFreeze({
    documents,
    prefixes: subjects.prefixes
      .map((prefix) => ({
        ...prefix,
        listings: [...prefix.listings].sort(byDocumentThenLine),
        errata: prefix.errata ?? [],
      }))
      .sort((a, b) => a.prefix.localeCompare(b.prefix)),
    filters: filterExamples,
    definitions,
    categories,
    events,
  });
}

function normalizeEvent(
  raw: RawEvent,
  definitions: Definitions,
  order: (a: { document: string; line: number }, b: { document: string; line: number }) => number,
): EventType {
  const listings = [...raw.listings].sort(order);
  const rawSamples = [...raw.samples].sort((a, b) => order(a.source, b.source));
  const ids = sampleIds(rawSamples.map((sample) => sample.source));
  const samples = rawSamples.map((sample, index) => normalizeSample(sample, ids[index]!));
  const subjects: SubjectPattern[] = raw.subjects.map((subject) => ({
    pattern: subject.pattern,
    prefix: subject.prefix,
    segments: parseSubjectPattern(subject.pattern),
    parameters: Object.entries(subject.parameters).map(([name, parameter]) => ({ name, ...parameter })),
  }));
  const event: EventType = {
    type: raw.type,
    category: raw.category,
    description: raw.description,
    status: raw.status,
    dataVersion: raw.dataVersion,
    subjects,
    listings,
    schema: raw.schema,
    ...(raw.spec ? { spec: raw.spec } : {}),
    ...(raw.attributes ? { attributes: [...raw.attributes].sort(order) } : {}),
    samples,
    errata: raw.errata ?? [],
    history: {
      listedIn: unique(listings.map((listing) => listing.document)),
      sampledIn: unique(samples.map((sample) => sample.source.document)),
    },
    names: eventNames(raw.type),
    uses: definitionsUsed(raw.schema, definitions),
    wireForms: wireFormsOf(samples, raw.schema, definitions).forms,
  };
  if (raw.scope !== undefined) event.scope = raw.scope;
  if (raw.replacedBy !== undefined) event.replacedBy = raw.replacedBy;
  return event;
}

function normalizeSample(raw: RawSample, id: string): Sample {
  const read = readSample(raw);
  // Internal assertion: check reports every sample readSample refuses, with its position.
  if (!read.ok) throw new Error(`normalize called on an unchecked catalog: ${read.message}`);
  return {
    id,
    source: raw.source,
    ...(raw.title !== undefined ? { title: raw.title } : {}),
    published: raw.published,
    repairs: raw.repairs ?? [],
    errata: raw.errata ?? [],
    asPublished: read.asPublished,
    corrected: read.corrected,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
