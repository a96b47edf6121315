import type { ErrorObject } from 'ajv';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { shortName } from '../model/event-names.ts';
import { newDataSchemaAjv } from '../model/data-schema-ajv.ts';
import { refsResolve, satisfies } from '../model/data-schema-satisfies.ts';
import { checkFormat } from './check-catalog-format.ts';
import { checkDataSchema, checkNesting, checkRefCycles } from './check-data-schema.ts';
import { drawsString, schemaAt } from '../model/factory-data-walk.ts';
import { checkPackageNames } from './check-package-names.ts';
import { checkWireVariants } from './check-wire-variants.ts';
import { describeValue, formatPath, type Diagnostic, type PathSegment } from '../model/diagnostic.ts';
import { describeAjvErrors } from './catalog-format-messages.ts';
import { jsonNestingProblem, sampleTextProblem } from './check-sample-values.ts';
import { diagnosticAt, type LoadedCatalog, type LoadedFile, type Position } from './load.ts';
import { remembered, unitKey, type UnitMemo } from './unit-memo.ts';
import type {
  DocRef,
  Erratum,
  JsonSchema,
  RawCategoriesFile,
  RawCategory,
  RawDefinitionsFile,
  RawEvent,
  RawFiltersFile,
  RawSourcesFile,
  RawSubjectParameter,
  RawSubjectsFile,
} from '../model/catalog-model.ts';
import { readPublishedJson, readSample } from '../model/published-json.ts';
import { schemasAtPointer } from '../model/schema-pointer.ts';
import { refName } from '../model/schema-refs.ts';
import { typeNames } from '../model/schema-shapes.ts';
import { matchSubject, parseSubjectPattern, patternParameters } from '../model/subject-pattern.ts';

type Report = (
  file: LoadedFile,
  path: PathSegment[],
  message: string,
  options?: { key?: boolean; warning?: boolean; at?: Position },
) => void;

interface CheckedCatalog {
  sources?: { file: LoadedFile; value: RawSourcesFile };
  categories?: { file: LoadedFile; value: RawCategoriesFile };
  subjects?: { file: LoadedFile; value: RawSubjectsFile };
  filters?: { file: LoadedFile; value: RawFiltersFile };
  definitions?: { file: LoadedFile; value: RawDefinitionsFile };
  events: { file: LoadedFile; value: RawEvent }[];
}

/**
 * Every problem in a loaded catalog: format first (per file), then what only the whole catalog
 * shows (references, duplicates, samples against schemas and subject patterns). Pure. With a memo,
 * a file's format check and an event's own checks (schema, subjects, samples) are not redone when
 * the file and what the event is checked against (its EventContext) are unchanged.
 */
export function check(loaded: LoadedCatalog, memo?: UnitMemo): Diagnostic[] {
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const report: Report = (file, path, message, options = {}) =>
    diagnostics.push(diagnosticAt(file, path, message, options));

  const catalog: CheckedCatalog = { events: [] };
  for (const file of loaded.files) {
    const problems = remembered(memo, 'check-format', [file.path, file.kind, textOf(file)], () =>
      checkFormat(file),
    );
    diagnostics.push(...problems);
    if (problems.length > 0) continue;
    if (file.kind === 'event') catalog.events.push({ file, value: file.value as RawEvent });
    else (catalog as unknown as Record<string, unknown>)[file.kind] = { file, value: file.value };
  }

  const documents = checkSources(catalog, report);
  const categories = checkCategories(catalog, report);
  const eventTypes = checkEventIdentity(catalog, report);
  const definitions = new Map(
    Object.entries(catalog.definitions?.value.definitions ?? {}).map(([name, definition]) => [
      name,
      definition.schema,
    ]),
  );
  checkDocRefs(catalog, documents, report);
  checkErratumIds(catalog, report);
  const beforeDefinitions = diagnostics.length;
  checkDefinitions(catalog, definitions, report);
  const definitionsSound = diagnostics.length === beforeDefinitions;
  const prefixes = new Set((catalog.subjects?.value.prefixes ?? []).map((prefix) => prefix.prefix));
  const context: EventContext = { eventTypes, categories, prefixes, definitions, definitionsSound };
  const contextKey = memo ? eventContextKey(catalog, context) : '';
  const dataValidator = dataValidatorCompiler(definitions);
  for (const event of catalog.events) {
    const found = remembered(memo, 'check-event', [event.file.path, textOf(event.file), contextKey], () => {
      const problems: Diagnostic[] = [];
      const reportHere: Report = (file, path, message, options = {}) =>
        problems.push(diagnosticAt(file, path, message, options));
      checkEvent(event, context, reportHere);
      checkSamples(event, dataValidator(event.value.schema), reportHere);
      return problems;
    });
    diagnostics.push(...found);
  }
  checkReplacementChains(catalog, report);
  checkFilters(catalog, eventTypes, report);
  if (definitionsSound) checkWireVariants(catalog, definitions, report);
  checkPackageNames(catalog.events, catalog.definitions, (file, path, message, options) =>
    report(file, path, message, options),
  );
  return diagnostics;
}

function checkSources(catalog: CheckedCatalog, report: Report): Set<string> {
  const ids = new Set<string>();
  const files = new Set<string>();
  catalog.sources?.value.documents.forEach((document, index) => {
    const file = catalog.sources!.file;
    if (ids.has(document.id))
      report(file, ['documents', index, 'id'], `duplicate document id "${document.id}"`);
    if (files.has(document.file))
      report(file, ['documents', index, 'file'], `duplicate document file "${document.file}"`);
    ids.add(document.id);
    files.add(document.file);
  });
  return ids;
}

function checkCategories(catalog: CheckedCatalog, report: Report): Map<string, RawCategory> {
  const categories = new Map<string, RawCategory>();
  catalog.categories?.value.categories.forEach((category, index) => {
    if (categories.has(category.id))
      report(catalog.categories!.file, ['categories', index, 'id'], `duplicate category id "${category.id}"`);
    else categories.set(category.id, category);
  });
  return categories;
}

function checkEventIdentity(catalog: CheckedCatalog, report: Report): Set<string> {
  const seen = new Map<string, string>();
  for (const { file, value } of catalog.events) {
    const previous = seen.get(value.type);
    if (previous)
      report(file, ['type'], `duplicate event type "${value.type}": already defined in ${previous}`);
    else seen.set(value.type, file.path);
    const expectedPath = `events/${value.category}/${shortName(value.type)}.yaml`;
    if (!file.path.endsWith(expectedPath)) {
      report(
        file,
        ['type'],
        `expected this event in a file ending ${expectedPath}, found it in ${file.path}`,
      );
    }
  }
  return new Set(seen.keys());
}

/** Every place a catalog file points into the docs: it must name a known document. */
function checkDocRefs(catalog: CheckedCatalog, documents: Set<string>, report: Report): void {
  const checkRef = (file: LoadedFile, path: PathSegment[], ref: DocRef) => {
    if (!documents.has(ref.document)) {
      report(
        file,
        [...path, 'document'],
        `unknown document "${ref.document}": expected one of ${[...documents].join(', ')}`,
      );
    }
  };
  forEachErratum(catalog, (file, path, erratum) => checkRef(file, [...path, 'source'], erratum.source));
  for (const { file, value } of catalog.events) {
    value.listings.forEach((listing, i) => checkRef(file, ['listings', i], listing));
    value.samples.forEach((sample, i) => checkRef(file, ['samples', i, 'source'], sample.source));
    value.attributes?.forEach((attribute, i) => checkRef(file, ['attributes', i], attribute));
  }
  for (const [name, definition] of Object.entries(catalog.definitions?.value.definitions ?? {})) {
    definition.attributes?.forEach((attribute, i) =>
      checkRef(catalog.definitions!.file, ['definitions', name, 'attributes', i], attribute),
    );
  }
  catalog.subjects?.value.prefixes.forEach((prefix, i) =>
    prefix.listings.forEach((listing, j) =>
      checkRef(catalog.subjects!.file, ['prefixes', i, 'listings', j], listing),
    ),
  );
  catalog.filters?.value.filters.forEach((filter, i) =>
    checkRef(catalog.filters!.file, ['filters', i, 'source'], filter.source),
  );
}

function checkErratumIds(catalog: CheckedCatalog, report: Report): void {
  const seen = new Map<string, string>();
  forEachErratum(catalog, (file, path, erratum) => {
    const previous = seen.get(erratum.id);
    if (previous)
      report(file, [...path, 'id'], `duplicate erratum id "${erratum.id}": already used in ${previous}`);
    else seen.set(erratum.id, file.path);
  });
}

export function forEachErratum(
  catalog: CheckedCatalog,
  visit: (file: LoadedFile, path: PathSegment[], erratum: Erratum) => void,
): void {
  const each = (file: LoadedFile, path: PathSegment[], errata: Erratum[] | undefined) =>
    errata?.forEach((erratum, i) => visit(file, [...path, 'errata', i], erratum));
  catalog.sources?.value.documents.forEach((d, i) => each(catalog.sources!.file, ['documents', i], d.errata));
  catalog.subjects?.value.prefixes.forEach((p, i) => each(catalog.subjects!.file, ['prefixes', i], p.errata));
  catalog.filters?.value.filters.forEach((f, i) => each(catalog.filters!.file, ['filters', i], f.errata));
  for (const { file, value } of catalog.events) {
    each(file, [], value.errata);
    value.samples.forEach((sample, i) => each(file, ['samples', i], sample.errata));
  }
}

function checkDefinitions(
  catalog: CheckedCatalog,
  definitions: ReadonlyMap<string, JsonSchema>,
  report: Report,
): void {
  const file = catalog.definitions?.file;
  if (!file) return;
  const fail = (path: PathSegment[], message: string) => report(file, path, message);
  for (const [name, schema] of definitions)
    checkDataSchema(schema, ['definitions', name, 'schema'], definitions, fail);
  checkRefCycles(definitions, fail);
}

/** What an event is checked against: the rest of the catalog. */
interface EventContext {
  eventTypes: Set<string>;
  categories: ReadonlyMap<string, RawCategory>;
  prefixes: Set<string>;
  definitions: ReadonlyMap<string, JsonSchema>;
  /** No problem in definitions.yaml: every ref resolves and none loops. */
  definitionsSound: boolean;
}

function checkEvent(
  { file, value }: { file: LoadedFile; value: RawEvent },
  { eventTypes, categories, prefixes, definitions, definitionsSound }: EventContext,
  report: Report,
): void {
  let schemaSound = definitionsSound;
  const schemaFail = (path: PathSegment[], message: string) => {
    schemaSound = false;
    report(file, path, message);
  };
  checkDataSchema(value.schema, ['schema'], definitions, schemaFail);
  if (schemaSound) checkNesting(value.schema, ['schema'], definitions, schemaFail);

  if (value.replacedBy !== undefined) {
    if (!eventTypes.has(value.replacedBy))
      report(file, ['replacedBy'], `replacedBy names an unknown event type "${value.replacedBy}"`);
    if (value.status !== 'retired')
      report(
        file,
        ['replacedBy'],
        `expected replacedBy only on a retired event, found status "${value.status}"`,
      );
  }
  const category = categories.get(value.category);
  if (category === undefined) {
    report(
      file,
      ['category'],
      `unknown category "${value.category}": expected one of ${[...categories.keys()].join(', ')} (catalog/categories.yaml)`,
    );
  } else if (category.scoped && value.scope === undefined) {
    report(file, ['scope'], `expected scope "user" or "thread" on a ${value.category} event, found none`);
  } else if (!category.scoped && value.scope !== undefined) {
    report(file, ['scope'], `expected no scope on a ${value.category} event, found "${value.scope}"`, {
      key: true,
    });
  }
  if (value.subjects.length === 0 && value.status === 'current') {
    report(file, ['subjects'], 'expected at least one subject pattern on a current event, found none');
  }
  value.subjects.forEach((subject, i) => {
    const declared = Object.keys(subject.parameters).sort();
    const used = patternParameters(parseSubjectPattern(subject.pattern)).sort();
    if (declared.join() !== used.join()) {
      report(
        file,
        ['subjects', i, 'parameters'],
        `expected parameters ${used.join(', ') || '(none)'} as in the pattern, found ${declared.join(', ') || '(none)'}`,
      );
    }
    if (!prefixes.has(subject.prefix)) {
      report(
        file,
        ['subjects', i, 'prefix'],
        `unknown subject prefix "${subject.prefix}": expected one of ${[...prefixes].join(', ')} (catalog/subjects.yaml)`,
      );
    } else if (
      !subject.pattern.startsWith(subject.prefix) &&
      !subject.pattern.replace(/^\//, '').startsWith(subject.prefix)
    ) {
      report(
        file,
        ['subjects', i, 'pattern'],
        `expected the pattern to start with its prefix "${subject.prefix}", found "${subject.pattern}"`,
      );
    }
    for (const [name, parameter] of Object.entries(subject.parameters)) {
      // The fixtures build subjects from the first pattern, once the data schema can be walked.
      const walkable = i === 0 && schemaSound;
      checkParameterSource(parameter, value.schema, definitions, walkable, (key, message) =>
        report(file, ['subjects', i, 'parameters', name, key], message),
      );
    }
  });
}

/** A subject parameter's `from`, when it has one, must point at a string in `data`. */
function checkParameterSource(
  parameter: RawSubjectParameter,
  schema: JsonSchema,
  definitions: ReadonlyMap<string, JsonSchema>,
  walkable: boolean,
  fail: (key: 'from', message: string) => void,
): void {
  const from = parameter.from;
  if (from === undefined) return; // a value no data field carries (the factories draw one)
  const landings = schemasAtPointer(schema, from, definitions);
  if (landings.length === 0) {
    fail(
      'from',
      `expected a pointer to a value the data schema declares, found "${from}" (data${from} is not in the schema)`,
    );
  } else if (!landings.some((landing) => landing.type === 'string')) {
    // Not nullable either: the fixtures' factories build the subject from a value the data always holds.
    const found = [
      ...new Set(landings.map((landing) => typeNames(landing).join(' or ') || 'a value of any type')),
    ].join(' or ');
    fail('from', `expected data${from} to be a string in the data schema, found ${found}`);
  } else if (walkable && !drawsString(schemaAt(schema, from, definitions))) {
    fail(
      'from',
      `expected data${from} to be a string the fixtures' factory data always holds (they take the first anyOf/oneOf branch, the first array item, no map entries, and only rawId and communicationUser of an identifier), found none there`,
    );
  }
}

const textOf = (file: LoadedFile | undefined): string => (file ? file.lines.join('\n') : '(none)');

/** A key for everything an event's own checks read besides its file: the EventContext's sources. */
function eventContextKey(catalog: CheckedCatalog, context: EventContext): string {
  return unitKey('event-context', [
    textOf(catalog.categories?.file),
    textOf(catalog.subjects?.file),
    textOf(catalog.definitions?.file),
    [...context.eventTypes].sort().join('\n'),
    String(context.definitionsSound),
  ]);
}

/** A docs sample's data checked against an event's data schema: Ajv's errors, none when it is valid. */
type SampleValidator = (data: unknown) => readonly ErrorObject[];

/**
 * The data validator of an event's schema, or none when a `$ref` in it names no definition (Ajv
 * cannot compile it; checkDataSchema reports the ref). A sample is checked without compiling
 * (data-schema-satisfies.ts); only a sample that fails is validated by Ajv, for its errors, with the
 * schema compiled on first use. The definitions are one schema of their own, so each compiles once
 * however many events refer to it.
 */
function dataValidatorCompiler(
  definitions: ReadonlyMap<string, JsonSchema>,
): (schema: JsonSchema) => SampleValidator | undefined {
  let ajv: ReturnType<typeof newDataSchemaAjv> | undefined;
  const compile = (schema: JsonSchema): ValidateFunction | undefined => {
    try {
      if (!ajv) {
        ajv = newDataSchemaAjv({ allErrors: true, verbose: true, compileFast: true });
        ajv.addSchema({ $id: DEFINITIONS_ID, $defs: Object.fromEntries(definitions) });
      }
      return ajv.compile(referringToDefinitions(schema));
    } catch {
      return undefined;
    }
  };
  return (schema) => {
    if (!refsResolve(schema, definitions)) return undefined;
    let validate: ValidateFunction | undefined | null = null;
    return (data) => {
      try {
        if (satisfies(schema, data, definitions)) return [];
      } catch {
        // A definition that loops back on itself without descending into the data: Ajv says what to do.
      }
      if (validate === null) validate = compile(schema);
      return !validate || validate(data) ? [] : (validate.errors ?? []);
    };
  };
}

const DEFINITIONS_ID = 'acs-catalog:definitions';

/** A copy of an event's schema whose `#/$defs/X` refs point into the definitions schema. */
function referringToDefinitions(schema: JsonSchema): JsonSchema {
  const copy: JsonSchema = { ...schema };
  if (schema.$ref !== undefined && refName(schema.$ref) !== undefined)
    copy.$ref = DEFINITIONS_ID + schema.$ref;
  if (schema.properties)
    copy.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [key, referringToDefinitions(value)]),
    );
  if (schema.items) copy.items = referringToDefinitions(schema.items);
  if (typeof schema.additionalProperties === 'object')
    copy.additionalProperties = referringToDefinitions(schema.additionalProperties);
  for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const)
    if (schema[keyword]) copy[keyword] = schema[keyword].map(referringToDefinitions);
  return copy;
}

function checkSamples(
  { file, value }: { file: LoadedFile; value: RawEvent },
  validate: SampleValidator | undefined,
  report: Report,
): void {
  value.samples.forEach((sample, i) => {
    const at: PathSegment[] = ['samples', i];
    const where = `sample from ${sample.source.document} line ${sample.source.line}`;
    const tooDeep = jsonNestingProblem(sample.published);
    if (tooDeep) {
      const place = blockPosition(file, [...at, 'published'], tooDeep.line, tooDeep.column);
      return report(file, [...at, 'published'], `${where}: ${tooDeep.message}`, { at: place });
    }
    const read = readSample(sample);
    if (!read.ok && read.stage === 'errata')
      return report(file, [...at, 'errata'], `${where}: ${read.message}`);
    if (!read.ok) {
      const place =
        read.seedLine === undefined
          ? undefined
          : seedToCatalog(
              file,
              [...at, 'published'],
              sample.source.line,
              read.seedLine,
              read.seedColumn ?? 1,
            );
      return report(file, [...at, 'published'], `${where}: ${read.message}`, place ? { at: place } : {});
    }
    const event = read.corrected;
    const badText = sampleTextProblem(event);
    if (badText) {
      const place = locateInPublished(file, [...at, 'published'], sample.published, badText.path);
      return report(file, [...at, 'published'], `${where}: ${formatPath(badText.path)}: ${badText.message}`, {
        at: place,
      });
    }
    if (event.eventType !== value.type) {
      const place = locateInPublished(file, [...at, 'published'], sample.published, ['eventType']);
      report(
        file,
        [...at, 'published'],
        `${where}: eventType: expected "${value.type}", found "${String(event.eventType)}" (record an erratum with a patch if the docs are wrong)`,
        { at: place },
      );
    }
    if (validate) {
      for (const problem of describeAjvErrors(validate(event.data), event.data)) {
        const inSample = ['data', ...problem.path];
        const place = locateInPublished(file, [...at, 'published'], sample.published, inSample);
        report(file, [...at, 'published'], `${where}: ${formatPath(inSample)}: ${problem.message}`, {
          at: place,
        });
      }
    }
    if (typeof event.topic !== 'string') {
      report(
        file,
        [...at, 'published'],
        `${where}: topic: expected a string (the fixtures' CloudEvent source), found ${event.topic === undefined ? 'none' : describeValue(event.topic)}`,
        { at: locateInPublished(file, [...at, 'published'], sample.published, ['topic']) },
      );
    }
    const proto = protoKeyPath(event);
    if (proto !== undefined) {
      report(
        file,
        [...at, 'published'],
        `${where}: ${formatPath(proto)}: expected no "__proto__" key (generated code cannot hold one as data), found one`,
        { at: locateInPublished(file, [...at, 'published'], sample.published, proto) },
      );
    }
    const excused = (sample.errata ?? []).some((erratum) => erratum.kind === 'subject' && !erratum.patch);
    const subjectMatches = value.subjects.some(
      (subject) =>
        typeof event.subject === 'string' &&
        matchSubject(parseSubjectPattern(subject.pattern), event.subject),
    );
    if (!subjectMatches && !excused && value.subjects.length > 0) {
      const patterns = value.subjects.map((subject) => subject.pattern).join(' or ');
      const place = locateInPublished(file, [...at, 'published'], sample.published, ['subject']);
      report(
        file,
        [...at, 'published'],
        `${where}: subject: expected a match for ${patterns}, found ${JSON.stringify(event.subject)} (record an erratum of kind "subject" if the docs are wrong)`,
        { at: place },
      );
    }
  });
}

/** The path of the first own `__proto__` key in a parsed JSON value, if any. */
function protoKeyPath(value: unknown, path: PathSegment[] = []): PathSegment[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) return [...path, '__proto__'];
  for (const [key, child] of Object.entries(value)) {
    const found = protoKeyPath(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** Following replacedBy from a retired event must reach an event that is not replaced. */
function checkReplacementChains(catalog: CheckedCatalog, report: Report): void {
  const replacement = new Map(catalog.events.map(({ value }) => [value.type, value.replacedBy]));
  const reported = new Set<string>();
  for (const { file, value } of catalog.events) {
    const chain = [value.type];
    let next = value.replacedBy;
    while (next !== undefined && replacement.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = replacement.get(next);
    }
    if (next === undefined || !chain.includes(next)) continue;
    const cycle = chain.slice(chain.indexOf(next));
    const key = [...cycle].sort().join();
    if (reported.has(key) || chain.indexOf(next) !== 0) continue;
    reported.add(key);
    report(
      file,
      ['replacedBy'],
      `replacedBy cycle: ${[...cycle, next].map(shortName).join(' → ')} (a retired event must be replaced by a chain that ends at an event that is not replaced)`,
    );
  }
}

function checkFilters(catalog: CheckedCatalog, eventTypes: Set<string>, report: Report): void {
  const filters = catalog.filters;
  filters?.value.filters.forEach((filter, i) => {
    const tooDeep = jsonNestingProblem(filter.published);
    if (tooDeep) return report(filters.file, ['filters', i, 'published'], tooDeep.message);
    const read = readPublishedJson(filter.published, filter.source.line, filter.repairs ?? []);
    if (!read.ok) report(filters.file, ['filters', i, 'published'], read.message);
    filter.corrected.includedEventTypes?.forEach((type, j) => {
      if (!eventTypes.has(type)) {
        report(
          filters.file,
          ['filters', i, 'corrected', 'includedEventTypes', j],
          `unknown event type "${type}" in a corrected filter`,
        );
      }
    });
  });
}

/**
 * Where, in the catalog file, the value at `jsonPath` of a sample's published JSON sits. Keys are
 * found in order of the path, so the position is the property's own line (or its closest located
 * ancestor's).
 */
function locateInPublished(
  file: LoadedFile,
  blockPath: PathSegment[],
  published: string,
  jsonPath: PathSegment[],
): Position {
  let offset = 0;
  for (const segment of jsonPath) {
    if (typeof segment !== 'string') continue;
    const found = new RegExp(`${JSON.stringify(segment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).exec(
      published.slice(offset),
    );
    if (!found) break;
    offset += found.index;
  }
  const before = published.slice(0, offset).split('\n');
  return blockPosition(file, blockPath, before.length - 1, before[before.length - 1]!.length + 1);
}

/** A docs (seed) position inside a sample's published block, as a catalog file position. */
function seedToCatalog(
  file: LoadedFile,
  blockPath: PathSegment[],
  firstSeedLine: number,
  seedLine: number,
  seedColumn: number,
): Position {
  return blockPosition(file, blockPath, seedLine - firstSeedLine, seedColumn);
}

/** Line `lineInText` (0-based), column `columnInText` of a block scalar's content, in the catalog file. */
function blockPosition(
  file: LoadedFile,
  blockPath: PathSegment[],
  lineInText: number,
  columnInText: number,
): Position {
  const indicator = file.locate(blockPath);
  const contentLine = file.lines[indicator.line] ?? '';
  const indent = contentLine.length - contentLine.trimStart().length;
  return { line: indicator.line + 1 + lineInText, column: indent + columnInText };
}
