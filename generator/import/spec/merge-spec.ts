/**
 * Merge the spec into the catalog, in memory (catalog file texts in, changed texts out), idempotent:
 * - a spec event the catalog lacks gets a new file events/<category>/<Name>.yaml;
 * - a spec definition the catalog lacks is appended to definitions.yaml;
 * - an event or definition the catalog has only gains (or has corrected) its `spec:` link, and its
 *   curated schema is compared with the spec's: every difference is a diagnostic at the curated text.
 * Curated text is never rewritten: edits are text splices (yaml-text-edit.ts).
 */
import type { CatalogFiles } from '../managed-file.ts';
import YAML, { Document } from 'yaml';
import type { JsonSchema, RawDefinition, RawEvent } from '../../model/catalog-model.ts';
import { formatPath, type Diagnostic } from '../../model/diagnostic.ts';
import { definitionsUsed, refName, refTo } from '../../model/schema-refs.ts';
import { createNode, stringify } from '../yaml-edit.ts';
import { compareSchemas, type SchemaDifference } from './compare-schemas.ts';
import { positionOf, type SpecModel, type SpecOrigin } from './read-spec.ts';
import { appendEntries, locate, setKey } from './yaml-text-edit.ts';

/** Catalog files by path relative to the catalog directory, `/`-separated (`events/sms/SMSReceived.yaml`). */

export interface SpecMergeCounts {
  eventsAdded: number;
  eventsLinked: number;
  definitionsAdded: number;
  definitionsLinked: number;
  /** Catalog events and definitions whose `spec:` link was already right. */
  unchanged: number;
  /** Spec definitions no catalog event uses (bases the curated events spell out): not added. */
  unused: number;
}

export interface SpecMergeResult {
  /** The files to write: new ones and changed ones, with their full new text. */
  changes: Record<string, string>;
  diagnostics: Diagnostic[];
  counts: SpecMergeCounts;
}

const DEFINITIONS_FILE = 'definitions.yaml';
const SPEC_AFTER_IN_EVENT = ['dataVersion', 'replacedBy', 'status', 'description'];
const SPEC_AFTER_IN_DEFINITION = ['description'];

export function mergeSpec(files: CatalogFiles, model: SpecModel, specFile: string): SpecMergeResult {
  const diagnostics: Diagnostic[] = [];
  const counts: SpecMergeCounts = {
    eventsAdded: 0,
    eventsLinked: 0,
    definitionsAdded: 0,
    definitionsLinked: 0,
    unchanged: 0,
    unused: 0,
  };
  const texts = new Map<string, string>();
  const textOf = (path: string): string | undefined => texts.get(path) ?? files[path];
  const at = (file: string, position: { line: number; column: number }) => ({ file, ...position });
  for (const problem of model.problems)
    diagnostics.push({
      ...at(specFile, positionOf(model.positions, problem.pointer)),
      path: problem.pointer === '' ? '(root)' : problem.pointer,
      severity: problem.severity,
      message: problem.message,
    });

  // ---- the catalog as it is ----------------------------------------------------------------
  const eventFiles = new Map<string, { path: string; event: RawEvent }>();
  for (const path of Object.keys(files).sort()) {
    if (!/^events\/.+\.ya?ml$/.test(path)) continue;
    const event = readYaml<RawEvent>(files[path]!, path, diagnostics);
    if (event !== undefined && typeof event.type === 'string') eventFiles.set(event.type, { path, event });
  }
  const definitionsText = files[DEFINITIONS_FILE] ?? 'definitions: {}\n';
  const curatedDefinitions =
    readYaml<{ definitions?: Record<string, RawDefinition> }>(definitionsText, DEFINITIONS_FILE, diagnostics)
      ?.definitions ?? {};
  const catalogSchemas = new Map(Object.entries(curatedDefinitions).map(([name, d]) => [name, d.schema]));
  const specSchemas = new Map([
    ...catalogSchemas,
    ...model.definitions.map((d) => [d.name, d.schema] as const),
  ]);
  // The catalog as it will be: curated definitions win, new ones come from the spec.
  const mergedSchemas = new Map([...specSchemas, ...catalogSchemas]);

  /** Give the mapping at `mapPath` its `spec:` link, placed after the first of `anchors` it has. */
  const link = (
    path: string,
    mapPath: string[],
    spec: SpecOrigin,
    anchors: string[],
  ): 'linked' | 'unchanged' => {
    const current = textOf(path)!;
    const linked = setKey(
      current,
      mapPath,
      'spec',
      { definition: spec.definition, line: spec.line },
      anchors,
    );
    if (linked === undefined || linked === current) return 'unchanged';
    texts.set(path, linked);
    return 'linked';
  };
  // Located once every edit is made, so that the lines are those of the files as written.
  const pending: { path: string; keys: (string | number)[]; message: string }[] = [];
  const report = (
    path: string,
    schemaPath: (string | number)[],
    origin: string,
    differences: SchemaDifference[],
  ): void => {
    for (const difference of differences) {
      const specAt = positionOf(model.positions, model.origins.get(difference.specNode) ?? '');
      pending.push({
        path,
        keys: [...schemaPath, ...difference.at],
        message: `${difference.kind}: ${difference.dataPath}: ${difference.message} (spec ${origin} at ${specFile}:${specAt.line}:${specAt.column})`,
      });
    }
  };

  // A curated definition may go by another name than the importer's: its own `spec:` link says which
  // it is. What the importer adds refers to it by that name.
  const curatedNameOf = new Map(
    Object.entries(curatedDefinitions).flatMap(([name, d]) => {
      const linked = (d as { spec?: { definition?: unknown } }).spec?.definition;
      return typeof linked === 'string' ? [[linked, name] as const] : [];
    }),
  );
  const catalogNames = new Map(
    model.definitions.flatMap((d) => {
      const curated = curatedNameOf.get(d.spec.definition);
      return curated !== undefined && curated !== d.name ? [[d.name, curated] as const] : [];
    }),
  );
  const inCatalogNames = (schema: JsonSchema): JsonSchema => renameRefs(schema, catalogNames);

  // ---- events --------------------------------------------------------------------------------
  /** The data schemas of the catalog's events once merged: what decides which spec definitions it needs. */
  const eventSchemas: JsonSchema[] = [...eventFiles.values()].map(({ event }) => event.schema ?? {});
  for (const spec of model.events) {
    const existing = eventFiles.get(spec.type);
    if (existing === undefined) {
      const schema = inCatalogNames(spec.schema);
      eventSchemas.push(schema);
      const path = `events/${spec.category}/${spec.short}.yaml`;
      if (files[path] !== undefined) {
        diagnostics.push({
          file: path,
          line: 1,
          column: 1,
          path: 'type',
          severity: 'error',
          message: `${spec.type} would be written here, but the file holds another event (skipped)`,
        });
        continue;
      }
      texts.set(path, newEventText(path, { ...spec, schema }));
      counts.eventsAdded++;
      continue;
    }
    const { path, event } = existing;
    const outcome = link(path, [], spec.spec, SPEC_AFTER_IN_EVENT);
    counts[outcome === 'linked' ? 'eventsLinked' : 'unchanged']++;
    const mismatch = (key: 'category' | 'scope', specValue: string | undefined): void => {
      if (specValue === undefined || event[key] === specValue) return;
      pending.push({
        path,
        keys: [key],
        message: `spec ${spec.spec.definition} gives ${key} ${specValue}; the catalog says ${event[key] ?? '(none)'}`,
      });
    };
    mismatch('category', spec.category);
    mismatch('scope', spec.scope);
    report(
      path,
      ['schema'],
      spec.spec.definition,
      compareSchemas(
        { schema: event.schema ?? {}, definitions: mergedSchemas },
        { schema: spec.schema, definitions: specSchemas },
      ),
    );
  }

  // ---- definitions ---------------------------------------------------------------------------
  const fresh: [string, unknown][] = [];
  const needed = new Set(eventSchemas.flatMap((schema) => definitionsUsed(schema, mergedSchemas)));
  for (const specDefinition of model.definitions) {
    const name = curatedNameOf.get(specDefinition.spec.definition) ?? specDefinition.name;
    const spec = { ...specDefinition, name };
    const curated = curatedDefinitions[name];
    if (curated === undefined) {
      // A base the curated events spell out instead of extending it is not needed: adding it would
      // only declare an unused type (and a curated catalog could never be imported into unchanged).
      if (!needed.has(spec.name)) {
        counts.unused++;
        continue;
      }
      fresh.push([
        spec.name,
        { description: spec.description, spec: spec.spec, schema: inCatalogNames(spec.schema) },
      ]);
      counts.definitionsAdded++;
      continue;
    }
    if (files[DEFINITIONS_FILE] === undefined) texts.set(DEFINITIONS_FILE, definitionsText);
    const outcome = link(DEFINITIONS_FILE, ['definitions', spec.name], spec.spec, SPEC_AFTER_IN_DEFINITION);
    counts[outcome === 'linked' ? 'definitionsLinked' : 'unchanged']++;
    report(
      DEFINITIONS_FILE,
      ['definitions', spec.name, 'schema'],
      spec.spec.definition,
      compareSchemas(
        { schema: curated.schema, definitions: mergedSchemas },
        { schema: spec.schema, definitions: specSchemas },
      ),
    );
  }
  if (fresh.length > 0) {
    const before = textOf(DEFINITIONS_FILE) ?? definitionsText;
    // An empty (or flow-style `{}`) mapping has no block to append to: the key is written anew.
    const after =
      Object.keys(curatedDefinitions).length === 0
        ? setKey(before, [], 'definitions', Object.fromEntries(fresh), [])
        : appendEntries(before, ['definitions'], fresh);
    if (after === undefined)
      diagnostics.push({
        file: DEFINITIONS_FILE,
        line: 1,
        column: 1,
        path: 'definitions',
        severity: 'error',
        message: 'definitions is not a mapping; no definition added',
      });
    else texts.set(DEFINITIONS_FILE, after);
  }

  for (const { path, keys, message } of pending)
    diagnostics.push({
      ...at(path, locate(textOf(path)!, keys)),
      path: formatPath(keys),
      severity: 'warning',
      message,
    });

  const changes = Object.fromEntries(
    [...texts].filter(([path, text]) => files[path] !== text).sort(([a], [b]) => a.localeCompare(b)),
  );
  return { changes, diagnostics, counts };
}

function readYaml<T>(text: string, path: string, diagnostics: Diagnostic[]): T | undefined {
  const doc = YAML.parseDocument(text);
  const error = doc.errors[0];
  if (error === undefined) return doc.toJS() as T;
  const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
  diagnostics.push({
    file: path,
    line,
    column,
    path: '(root)',
    severity: 'error',
    message: `not valid YAML (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:$/, '')}); the file is left out of the import`,
  });
  return undefined;
}

/** A new event file: the spec's description and schema, current, data version 1.0, nothing published yet. */
function newEventText(path: string, spec: SpecModel['events'][number]): string {
  const event: Omit<RawEvent, 'schema'> & { spec: SpecOrigin; schema: JsonSchema } = {
    type: spec.type,
    category: spec.category,
    ...(spec.scope !== undefined ? { scope: spec.scope } : {}),
    status: 'current',
    description: spec.description,
    dataVersion: '1.0',
    spec: spec.spec,
    subjects: [],
    listings: [],
    schema: spec.schema,
    samples: [],
  };
  const doc = new Document();
  doc.commentBefore = ` yaml-language-server: $schema=${'../'.repeat(path.split('/').length - 1)}schema/event.schema.json`;
  doc.contents = createNode(doc, event, new Set()) as Document['contents'];
  return stringify(doc);
}

/** `schema` with its `$ref`s to the definitions `names` maps renamed. */
function renameRefs(schema: JsonSchema, names: ReadonlyMap<string, string>): JsonSchema {
  if (names.size === 0) return schema;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => {
        const name = key === '$ref' && typeof child === 'string' ? refName(child) : undefined;
        const renamed = name === undefined ? undefined : names.get(name);
        return [key, renamed === undefined ? walk(child) : refTo(renamed)];
      }),
    );
  };
  return walk(schema) as JsonSchema;
}
