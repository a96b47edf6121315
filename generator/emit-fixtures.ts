import { banner } from './banner.ts';
import { Code, doc, id, join, json, lit, ts } from './code.ts';
import { drawDataExpression } from './fixtures/draw-data.ts';
import { invalidVariantRecipes } from './fixtures/invalid-variants.ts';
import { fixtureJsonFiles } from './fixtures/json-files.ts';
import { factoryName, fixtureNames, type SampleFixtureNames } from './fixtures/names.ts';
import { FIXTURES_DRAW } from './fixtures/runtime-draw.ts';
import { FIXTURES_RUNTIME } from './fixtures/runtime.ts';
import { definitionsOf, type Definitions } from './schema-refs.ts';
import { subjectFunction } from './fixtures/subject-sources.ts';
import type { Catalog, EventType, OutputFile } from './model.ts';

/**
 * The package's `./fixtures` entry (src/fixtures.ts; index.ts does not re-export it): every docs
 * sample as a typed, frozen Event Grid and CloudEvents fixture, a seeded factory per event type,
 * and invalid variants for negative tests — plus the samples as plain JSON files.
 */
export function emitFixtures(catalog: Catalog): OutputFile[] {
  const defs = definitionsOf(catalog);
  const names = fixtureNames(catalog);
  const code = ts`${imports(catalog)}
${FIXTURES_RUNTIME}${FIXTURES_DRAW}
// ── Factories ────────────────────────────────────────────────────────────────────────────────

const recipes: { readonly [K in AcsEventType]: EventRecipe<K> } = {
${catalog.events.map((event) => recipe(event, defs))}};

${catalog.events.map(factory)}
/** Every factory by event type. */
export const factories: {
  readonly [K in AcsEventType]: (
    overrides?: DeepPartial<EventGridEvent<K, AcsEventDataMap[K]>>,
    options?: FactoryOptions,
  ) => EventGridEvent<K, AcsEventDataMap[K]>;
} = {
${catalog.events.map((event) => ts`  ${lit(event.type)}: ${id(factoryName(event))},\n`)}};

// ── Docs samples ─────────────────────────────────────────────────────────────────────────────

${names.map(sampleFixtures)}
/** Every docs sample by event type and docs version, in both envelopes. */
export const fixtures = frozen({
  eventGrid: {
${byType(catalog, names, 'eventGrid')}  },
  cloudEvents: {
${byType(catalog, names, 'cloudEvent')}  },
});

/** One docs sample in both envelopes. */
export interface FixtureEntry {
  readonly eventType: AcsEventType;
  readonly docsVersion: string;
  readonly eventGrid: AcsEvent;
  readonly cloudEvent: AcsCloudEvent;
}

type FixtureTable<T> = Readonly<Record<string, Readonly<Record<string, T>>>>;

// Built from the tables rather than written out: an array literal of one entry per sample makes the
// checker reduce a union of every entry's type, which stops compiling at about a thousand events.
/** Every docs sample as one list, oldest docs version first within each event type. */
export const fixtureList: readonly FixtureEntry[] = frozen(
  Object.entries(fixtures.eventGrid as FixtureTable<AcsEvent>).flatMap(([eventType, byVersion]) =>
    Object.entries(byVersion).map(([docsVersion, eventGrid]) => ({
      eventType: eventType as AcsEventType,
      docsVersion,
      eventGrid,
      cloudEvent: (fixtures.cloudEvents as FixtureTable<AcsCloudEvent>)[eventType]![docsVersion]!,
    })),
  ),
);

// ── Invalid variants ─────────────────────────────────────────────────────────────────────────

/** For each event type, events that each break one rule of a valid factory event (default seed). */
export const invalidVariants: { readonly [K in AcsEventType]: readonly InvalidVariant[] } = frozen({
${catalog.events.map((event) => ts`  ${lit(event.type)}: variants(${id(factoryName(event))}(), [\n${variantList(event, catalog, defs)}  ]),\n`)}});
`;
  return [{ path: 'package/src/fixtures.ts', contents: banner('line') + String(code) }, ...fixtureJsonFiles(names)];
}

function imports(catalog: Catalog): Code {
  const typeNames = new Set(['AcsCloudEvent', 'AcsEvent', 'AcsEventDataMap', 'AcsEventType', 'CloudEvent', 'EventGridEvent']);
  for (const event of catalog.events) typeNames.add(event.names.eventType).add(event.names.cloudEventType);
  const list = [...typeNames].sort().map((name) => ts`  ${id(name)},\n`);
  return ts`import { formatSubject } from './subjects.js';
import type {
${list}} from './types.js';
`;
}

function recipe(event: EventType, defs: Definitions): Code {
  return ts`  ${lit(event.type)}: {
    type: ${lit(event.type)},
    dataVersion: ${lit(event.dataVersion)},
    data: (draw) => (${drawDataExpression(event.schema, defs)}),
    subject: ${subjectFunction(event, defs)},
  },
`;
}

function factory(event: EventType): Code {
  const pattern = event.subjects[0]?.pattern;
  const subject = pattern
    ? `its subject (\`${pattern}\`) follows the (overridden) data unless \`subject\` is overridden too; a RangeError ` +
      'says when an overridden value cannot appear in a subject (empty or holding "/")'
    : 'its subject is the one its docs sample shows (the event has no documented subject pattern)';
  return ts`${doc(
    `A valid, realistic \`${event.type}\` event. The same seed gives the same event; overrides merge deeply ` +
      `(arrays replace) into a new event, and ${subject}.`,
  )}export function ${id(factoryName(event))}(
  overrides?: DeepPartial<${id(event.names.eventType)}>,
  options?: FactoryOptions,
): ${id(event.names.eventType)} {
  return build(recipes[${lit(event.type)}], overrides, options);
}

`;
}

function sampleFixtures({ event, sample, eventGrid, cloudEvent }: SampleFixtureNames): Code {
  const where = `\`${event.type}\` as published in the ${sample.id} docs (line ${sample.source.line}), corrected`;
  return ts`${doc(`${where}. Frozen.`)}export const ${id(eventGrid)}: ${id(event.names.eventType)} = frozen(${json(sample.corrected)});

${doc(`${where}, as a CloudEvents 1.0 event. Frozen.`)}export const ${id(cloudEvent)}: ${id(event.names.cloudEventType)} = frozen(toCloudEvent(${id(eventGrid)}));

`;
}

function byType(catalog: Catalog, names: readonly SampleFixtureNames[], form: 'eventGrid' | 'cloudEvent'): Code {
  const entries = catalog.events
    .filter((event) => event.samples.length > 0)
    .map((event) => {
      const versions = names.filter((entry) => entry.event === event).map((entry) => ts`${lit(entry.sample.id)}: ${id(entry[form])}`);
      return ts`    ${lit(event.type)}: { ${join(versions, ts`, `)} },\n`;
    });
  return join(entries, ts``);
}

/** One line per variant recipe; names must be unique within the event. */
function variantList(event: EventType, catalog: Catalog, defs: Definitions): Code[] {
  const seen = new Set<string>();
  return invalidVariantRecipes(event, catalog, defs).map((recipe) => {
    if (seen.has(recipe.name)) throw new Error(`fixtures: two invalid variants of ${event.type} are named ${JSON.stringify(recipe.name)}`);
    seen.add(recipe.name);
    const change = 'remove' in recipe ? ts`remove: true` : ts`value: ${json(recipe.value)}`;
    return ts`    { name: ${lit(recipe.name)}, status: ${lit(recipe.status)}, path: ${lit(recipe.path)}, ${change} },\n`;
  });
}
