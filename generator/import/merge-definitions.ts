/**
 * definitions.yaml: the docs' sub-type sections (`##### MediaContent` tables, the Job Router's C#
 * `QueueDetails` classes) become `attributes` of the definition of that name. A definition the
 * catalog lacks is created with a schema drafted from those rows (C# PascalCase property names in
 * the wire's camelCase) and the description of the attribute row that uses the type.
 */
import { isMap } from 'yaml';
import type { DocRef, JsonSchema } from '../model/catalog-model.ts';
import { schemaOfDotnetType, withNull } from './dotnet-types.ts';
import type { AttributeEntry, DefinitionV2 } from './format-v2.ts';
import { refKey, type ImportCounts, type Reporter } from './import-context.ts';
import { loadManaged, TEXT_KEYS, type CatalogFiles, type ManagedFile } from './managed-file.ts';
import type { DocumentIndex, ImportPage } from './merge-sources.ts';
import type { AttributeTable } from './page-context.ts';
import { createNode, seqAt, sortSeq, toJS } from './yaml-edit.ts';

export interface DefinitionsResult {
  file: ManagedFile;
  definitions: Record<string, DefinitionV2>;
}

export function mergeDefinitions(
  files: CatalogFiles,
  pages: readonly ImportPage[],
  index: DocumentIndex,
  report: Reporter,
  added: ImportCounts,
): DefinitionsResult {
  const file = loadManaged(files, 'definitions.yaml', { definitions: {} });
  const tables = pages.flatMap((page) =>
    page.attributeTables.flatMap((table) =>
      'definition' in table.owner ? [{ page, table, name: table.owner.definition }] : [],
    ),
  );
  const known = (): Set<string> => {
    const node = file.doc.get('definitions', true);
    return new Set(isMap(node) ? node.items.map((pair) => String(toJS(pair.key))) : []);
  };
  const names = known();
  const creating = new Set(tables.map((t) => t.name).filter((name) => !names.has(name)));
  const isDefinition = (name: string): boolean => names.has(name) || creating.has(name);

  for (const { page, table, name } of tables) {
    const document = index.idOf(page);
    const rows: AttributeEntry[] = table.rows.map((row) => ({ document, ...row }));
    if (!known().has(name)) {
      const definition: DefinitionV2 = {
        description: usedAs(pages, name) ?? name,
        schema: draftDefinition(table, rows, isDefinition, (row, message) =>
          report.warn({ file: page.file, line: row.line, path: [name, row.name] }, message),
        ),
        attributes: rows,
      };
      file.doc.setIn(['definitions', name], createNode(file.doc, definition, TEXT_KEYS));
      file.changed = true;
      added.definitions++;
      added.definitionAttributes += rows.length;
      continue;
    }
    const seq = seqAt(file.doc, ['definitions', name, 'attributes']);
    for (const row of rows) {
      if (seq.items.some((item) => refKey(toJS(item) as DocRef) === refKey(row))) continue;
      seq.items.push(createNode(file.doc, row, TEXT_KEYS));
      sortSeq(seq, (v) => v as DocRef, index.byRef);
      file.changed = true;
      added.definitionAttributes++;
    }
  }
  if (file.original === undefined && tables.length === 0) file.changed = false;
  const definitions =
    (file.doc.toJS() as { definitions?: Record<string, DefinitionV2> } | null)?.definitions ?? {};
  return { file, definitions };
}

/** The description of an event attribute whose type is `name` (or a list/map of it). */
function usedAs(pages: readonly ImportPage[], name: string): string | undefined {
  const mentions = new RegExp(`(^|<|,\\s*)${name}(>|$)`);
  for (const page of pages)
    for (const table of page.attributeTables)
      for (const row of table.rows)
        if (mentions.test(row.type) && row.description !== '') return row.description;
  return undefined;
}

/** `TTLSeconds` → `ttlSeconds`, `Id` → `id`, `ChannelId` → `channelId`. */
export function camelCase(name: string): string {
  const m = /^([A-Z]+)(?=[A-Z][a-z]|$|[^A-Za-z])/.exec(name);
  if (m) return m[1]!.toLowerCase() + name.slice(m[1]!.length);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function draftDefinition(
  table: AttributeTable,
  rows: readonly AttributeEntry[],
  isDefinition: (name: string) => boolean,
  problem: (row: AttributeEntry, message: string) => void,
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const row of rows) {
    const key = table.from === 'csharp' ? camelCase(row.name) : row.name;
    let shape = schemaOfDotnetType(row.type, row.description, isDefinition);
    if (shape === undefined) {
      problem(row, `type ${JSON.stringify(row.type)} has no known JSON Schema (left open)`);
      shape = {};
    }
    if (row.nullable === true) shape = withNull(shape);
    if (row.description !== '') shape = { ...shape, description: row.description };
    properties[key] = shape;
    if (row.nullable === false) required.push(key);
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}
