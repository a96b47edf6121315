/**
 * The README's coverage figures, recomputed from generated/catalog.json and the REST API spec the
 * catalog cites: the catalog holds every event type and every published sample, reflects the docs'
 * attribute rows and the spec's properties, and every gap has an erratum naming it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { specDifferences } from '../generator/import/spec/spec-agreement.ts';
import { importSpec } from '../generator/import/spec/spec-import.ts';
import type { JsonSchema } from '../generator/model/catalog-model.ts';
import { load } from '../generator/stages/load.ts';

interface Attribute {
  name: string;
}
interface Described {
  schema: JsonSchema;
  spec?: { definition: string };
  attributes?: Attribute[];
}
interface Erratum {
  kind: string;
}
interface CatalogEvent extends Described {
  type: string;
  status: string;
  names: { short: string };
  listings: { document: string }[];
  samples: { source: { document: string }; errata: Erratum[] }[];
  errata: Erratum[];
}
interface CatalogJson {
  documents: { id: string; format: string; errata: Erratum[] }[];
  subjectPrefixes: { errata: Erratum[] }[];
  filterExamples: { errata: Erratum[] }[];
  definitions: (Described & { name: string })[];
  events: CatalogEvent[];
}
interface SwaggerSchema {
  properties?: Record<string, unknown>;
  allOf?: { $ref?: string }[];
}

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
const catalog = read('generated/catalog.json') as CatalogJson;
const spec = (
  read('catalog/sources/rest-api-spec/AzureCommunicationServices.json') as {
    definitions: Record<string, SwaggerSchema>;
  }
).definitions;
const definitions = new Map(catalog.definitions.map((definition) => [definition.name, definition.schema]));

/** A catalog schema's property names, through `$ref`s, `allOf` bases and non-null `anyOf` branches. */
function propertiesOf(schema: JsonSchema | undefined, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (schema === undefined) return names;
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/$defs/', '');
    if (seen.has(name)) return names;
    return propertiesOf(definitions.get(name), new Set([...seen, name]));
  }
  for (const name of Object.keys(schema.properties ?? {})) names.add(name);
  for (const branch of [...(schema.allOf ?? []), ...(schema.anyOf ?? [])])
    for (const name of propertiesOf(branch, seen)) names.add(name);
  return names;
}

/** A spec definition's property names, its `allOf` bases included. */
function specPropertiesOf(name: string): string[] {
  const definition = spec[name]!;
  const bases = (definition.allOf ?? []).flatMap((base) =>
    base.$ref?.startsWith('#/definitions/') ? specPropertiesOf(base.$ref.slice('#/definitions/'.length)) : [],
  );
  return [...new Set([...bases, ...Object.keys(definition.properties ?? {})])];
}

const errataText = JSON.stringify(
  catalog.events.map((event) => [event.errata, event.samples.map((sample) => sample.errata)]),
);

test('event types: 59, 54 current, every one in a docs event table or the spec, each sampled where the docs publish it', () => {
  assert.is(catalog.events.length, 59);
  assert.is(catalog.events.filter((event) => event.status === 'current').length, 54);
  const unsampled = catalog.events
    .filter((event) => event.samples.length === 0)
    .map((event) => event.names.short);
  assert.equal(unsampled, [
    'ChatAzureBotCommandReceivedInThread',
    'ChatTypingIndicatorReceivedInThread',
    'RouterWorkerUpdated',
  ]);
  for (const short of unsampled) {
    const event = catalog.events.find((candidate) => candidate.names.short === short)!;
    assert.ok(event.spec, `${short}: without a sample, the spec is its only source`);
    assert.is(event.listings.length, 0, `${short}: a docs table lists it, so the docs should sample it`);
  }
});

const SAMPLES_PER_DOCUMENT: [document: string, samples: number][] = [
  ['2020-03', 5],
  ['2020-09', 10],
  ['2021-02', 20],
  ['2021-06', 0],
  ['2021-10', 16],
  ['2021-10-chat', 16],
  ['2021-10-presence', 1],
  ['2022-05-sms-quickstart', 0],
  ['2022-09-email', 2],
  ['2022-12-voice-video', 6],
  ['2023-07-router', 21],
  ['2024-07-advanced-messaging', 11],
  ['2025-01-sms', 2],
];

for (const [document, expected] of SAMPLES_PER_DOCUMENT) {
  test(`samples: ${expected} from ${document}, as many as the page has JSON samples`, () => {
    const found = catalog.events
      .flatMap((event) => event.samples)
      .filter((sample) => sample.source.document === document);
    assert.is(found.length, expected);
  });
}

test('samples: every document of the catalog is counted above', () => {
  const documents = catalog.documents
    .filter((document) => document.format !== 'swagger')
    .map((document) => document.id);
  assert.equal(documents.sort(), SAMPLES_PER_DOCUMENT.map(([document]) => document).sort());
});

test('attribute rows: 224 of 229 are schema properties (any casing); the other 5 have an erratum naming them', () => {
  const rows = [
    ...catalog.events.map((event) => [event.schema, event.attributes ?? []] as const),
    ...catalog.definitions.map(
      (definition) => [{ $ref: `#/$defs/${definition.name}` }, definition.attributes ?? []] as const,
    ),
  ].flatMap(([schema, attributes]) => {
    const names = [...propertiesOf(schema)].map((name) => name.toLowerCase());
    return attributes.map((attribute) => ({
      name: attribute.name,
      matched: names.includes(attribute.name.toLowerCase()),
    }));
  });
  assert.is(rows.length, 229);
  const unmatched = rows.filter((row) => !row.matched).map((row) => row.name);
  assert.is(unmatched.length, 5);
  const definitionsText = JSON.stringify(catalog.definitions);
  for (const name of unmatched)
    assert.ok(errataText.includes(name) || definitionsText.includes(name), `${name}: no erratum names it`);
});

test('REST API spec: 84 of 89 definitions linked; the 5 others are bases the events spell out', () => {
  const linked = new Set(
    [...catalog.events, ...catalog.definitions].flatMap((entry) =>
      entry.spec ? [entry.spec.definition] : [],
    ),
  );
  const unlinked = Object.keys(spec).filter((name) => !linked.has(name));
  assert.is(Object.keys(spec).length, 89);
  assert.equal(unlinked.sort(), [
    'AcsChatEventBaseProperties',
    'AcsChatMessageEventBaseProperties',
    'AcsChatThreadEventBaseProperties',
    'AcsChatThreadEventInThreadBaseProperties',
    'AcsSmsEventBaseProperties',
  ]);
});

test("REST API spec: 429 of 438 event properties and 115 of 116 definition properties are in the catalog's schemas; an erratum names each other", () => {
  const count = <T extends Described>(entries: T[], label: (entry: T) => string) => {
    let total = 0;
    const missing: string[] = [];
    for (const entry of entries) {
      if (!entry.spec) continue;
      const mine = propertiesOf(entry.schema);
      for (const name of specPropertiesOf(entry.spec.definition)) {
        total++;
        if (!mine.has(name)) missing.push(`${label(entry)}.${name}`);
      }
    }
    return { total, missing };
  };
  const events = count(catalog.events, (entry) => entry.names.short);
  const shared = count(
    catalog.definitions.map((definition) => ({
      ...definition,
      schema: { $ref: `#/$defs/${definition.name}` },
    })),
    (entry) => entry.name,
  );
  assert.equal([events.total - events.missing.length, events.total], [429, 438]);
  assert.equal([shared.total - shared.missing.length, shared.total], [115, 116]);
  for (const missing of [...events.missing, ...shared.missing]) {
    const property = missing.split('.').pop()!;
    assert.ok(errataText.includes(property), `${missing}: no erratum names it`);
  }
});

test('errata: 249, of which 99 record a disagreement between sources (54 required, 24 missing-field, 16 disagreement, 4 enum-value, 1 format)', () => {
  const errata = [
    ...[...catalog.documents, ...catalog.subjectPrefixes, ...catalog.filterExamples].flatMap(
      (entry) => entry.errata,
    ),
    ...catalog.events.flatMap((event) => [
      ...event.errata,
      ...event.samples.flatMap((sample) => sample.errata),
    ]),
  ];
  assert.is(errata.length, 249);
  const kinds = ['required', 'missing-field', 'disagreement', 'enum-value', 'format'];
  assert.equal(
    kinds.map((kind) => errata.filter((erratum) => erratum.kind === kind).length),
    [54, 24, 16, 4, 1],
  );
});

test('REST API spec reconciliation: 294 differences from the curated schemas, every one named by an erratum (lint-catalog)', async () => {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const catalogDir = path.join(root, 'catalog');
  const loaded = await load(catalogDir);
  const texts = Object.fromEntries(
    loaded.files.map((file) => [
      path.relative(catalogDir, file.path).split(path.sep).join('/'),
      file.lines.join('\n'),
    ]),
  );
  const specFile = 'catalog/sources/rest-api-spec/AzureCommunicationServices.json';
  const result = importSpec(specFile, readFileSync(path.join(root, specFile), 'utf8'), texts);
  const differences = specDifferences(result.diagnostics, texts);
  assert.is(differences.length, 294);
  const open = differences.filter((difference) => !difference.recorded);
  assert.equal(
    open.map(({ diagnostic }) => `${diagnostic.file}: ${diagnostic.message}`),
    [],
  );
});

test.run();
