/**
 * Where the sources disagree, as diagnostics at the page line: samples vs the event's (curated)
 * schema (Ajv), attribute rows vs samples (a row no sample shows, a sample field no row names, a
 * name differing only in case, a sample value the row's type rejects), and rows vs the schema (a
 * row the schema lacks or spells differently, a nullable row the schema does not allow null for) —
 * for events and for the definitions the pages describe.
 */
import type { Attribute, JsonSchema, RawDefinition, RawEvent } from '../model/catalog-model.ts';
import { readSample } from '../model/published-json.ts';
import { splitNullable, typeNames } from '../model/schema-shapes.ts';
import { camelCase, schemaOfDotnetType, withNull } from './dotnet-types.ts';
import { refKey, type Reporter } from './import-context.ts';
import type { EventEntry } from './merge-events.ts';
import type { DocumentIndex } from './merge-sources.ts';
import { SampleValidator } from './validate-samples.ts';

export function reconcile(
  events: ReadonlyMap<string, EventEntry>,
  definitions: Record<string, RawDefinition>,
  described: { described: readonly string[]; csharpRows: ReadonlySet<string> },
  index: DocumentIndex,
  report: Reporter,
): void {
  const validator = new SampleValidator(definitions);
  const isDefinition = (name: string): boolean => Object.prototype.hasOwnProperty.call(definitions, name);
  const fileOf = (document: string): string => index.fileOf(document) ?? document;
  const isCSharp = (row: Attribute): boolean => described.csharpRows.has(refKey(row));
  for (const name of described.described) {
    const definition = definitions[name]!;
    rowsVsSchema(name, definition.attributes ?? [], definition.schema, fileOf, report, isCSharp);
  }
  for (const entry of [...events.values()].sort((a, b) => a.short.localeCompare(b.short))) {
    if (!entry.touched || !entry.managed) continue;
    const event = entry.managed.doc.toJS() as RawEvent;
    let check: ReturnType<SampleValidator['compile']>;
    try {
      check = validator.compile(event.schema ?? {});
    } catch (error) {
      report.warn(
        { file: entry.managed.path, path: ['schema'] },
        `${entry.short}: schema does not compile: ${(error as Error).message}`,
      );
      continue;
    }
    const datas: { document: string; line: number; data: Record<string, unknown> }[] = [];
    for (const sample of event.samples ?? []) {
      const at = { file: fileOf(sample.source.document), line: sample.source.line };
      const read = readSample(sample);
      if (!read.ok) {
        report.warn(at, `${entry.short}: ${read.message}`);
        continue;
      }
      datas.push({ ...sample.source, data: read.corrected.data });
      for (const p of check(read.corrected.data))
        report.warn({ ...at, path: p.path }, `${entry.short}: ${p.message} (sample vs schema)`);
    }
    const rows = event.attributes ?? [];
    if (rows.length === 0) continue;
    rowsVsSamples(entry.short, rows, datas, validator, isDefinition, fileOf, report);
    rowsVsSchema(entry.short, rows, event.schema ?? {}, fileOf, report, () => false);
  }
}

function rowsVsSamples(
  short: string,
  rows: readonly Attribute[],
  samples: readonly { document: string; line: number; data: Record<string, unknown> }[],
  validator: SampleValidator,
  isDefinition: (name: string) => boolean,
  fileOf: (document: string) => string,
  report: Reporter,
): void {
  const keys = new Set(samples.flatMap((s) => Object.keys(s.data)));
  const names = new Set(rows.map((r) => r.name));
  for (const row of rows) {
    const at = { file: fileOf(row.document), line: row.line, path: ['data', row.name] };
    if (keys.has(row.name)) continue;
    const cased = [...keys].find((k) => k.toLowerCase() === row.name.toLowerCase());
    report.warn(
      at,
      cased !== undefined
        ? `${short}: the table names ${row.name}, the samples spell it ${cased} (table vs sample)`
        : `${short}: attribute ${row.name} appears in no sample (table vs sample)`,
    );
  }
  const lower = new Set([...names].map((n) => n.toLowerCase()));
  const rowChecks = rows.flatMap((row) => {
    let shape = schemaOfDotnetType(row.type, row.description ?? '', isDefinition);
    if (shape === undefined) return [];
    if (row.nullable === true) shape = withNull(shape);
    return [{ row, check: validator.compile({ type: 'object', properties: { [row.name]: shape } }) }];
  });
  for (const sample of samples) {
    const at = (path: string) => ({ file: fileOf(sample.document), line: sample.line, path });
    for (const key of Object.keys(sample.data)) {
      if (names.has(key) || lower.has(key.toLowerCase())) continue;
      report.warn(
        at(`data.${key}`),
        `${short}: sample field ${key} is in no attribute table (table vs sample)`,
      );
    }
    for (const { row, check } of rowChecks) {
      if (!Object.prototype.hasOwnProperty.call(sample.data, row.name)) continue;
      for (const p of check(sample.data))
        report.warn(
          at(p.path),
          `${short}: ${p.message} per the table's ${row.type} at line ${row.line} (table vs sample)`,
        );
    }
  }
}

/**
 * Rows against the properties they describe: a row read from a C# class (`TTLSeconds`) matches its
 * camelCase property (`ttlSeconds`); any other difference in case is reported, as is a missing property.
 */
function rowsVsSchema(
  short: string,
  rows: readonly Attribute[],
  schema: JsonSchema,
  fileOf: (document: string) => string,
  report: Reporter,
  isCSharp: (row: Attribute) => boolean,
): void {
  const properties = schema.properties;
  if (properties === undefined) return;
  const names = Object.keys(properties);
  for (const row of rows) {
    const at = { file: fileOf(row.document), line: row.line, path: ['schema', 'properties', row.name] };
    const spellings = isCSharp(row) ? [row.name, camelCase(row.name)] : [row.name];
    const key = spellings.find((k) => Object.prototype.hasOwnProperty.call(properties, k));
    if (key === undefined) {
      const cased = names.find((n) => n.toLowerCase() === row.name.toLowerCase());
      report.warn(
        at,
        cased !== undefined
          ? `${short}: the table names ${row.name}, the schema spells it ${cased} (table vs schema)`
          : `${short}: attribute ${row.name} is not in the schema (table vs schema)`,
      );
      continue;
    }
    if (row.nullable === true && !allowsNull(properties[key]!))
      report.warn(
        at,
        `${short}: the table says ${row.name} is nullable, the schema does not allow null (table vs schema)`,
      );
  }
}

/** Does the schema accept null: a nullable idiom, a `null` type, or no constraint on the type at all? */
function allowsNull(schema: JsonSchema): boolean {
  if (splitNullable(schema).nullable || typeNames(schema).includes('null')) return true;
  const constrains = ['type', '$ref', 'anyOf', 'oneOf', 'allOf', 'enum', 'const'] as const;
  return constrains.every((keyword) => schema[keyword] === undefined);
}
