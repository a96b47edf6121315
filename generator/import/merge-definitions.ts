/**
 * definitions.yaml: the docs' sub-type sections (`##### MediaContent` tables, the Job Router's C#
 * `QueueDetails` classes) become `attributes` of the definition of that name. A definition the
 * catalog lacks is created with a schema drafted from those rows (C# PascalCase property names in
 * the wire's camelCase) and the description of the attribute row that uses the type.
 *
 * The file is hand-curated (flow sequences, folded descriptions), so it is never re-serialised:
 * new definitions are appended and a grown `attributes` list replaces only its own lines.
 */
import { Document, isMap, isScalar, type YAMLMap } from 'yaml';
import type { Attribute, JsonSchema, RawDefinition } from '../model/catalog-model.ts';
import { camelCase, schemaOfDotnetType, withNull } from './dotnet-types.ts';
import { refKey, type ImportCounts, type Reporter } from './import-context.ts';
import { schemaComment, TEXT_KEYS, type CatalogFiles, type ManagedFile } from './managed-file.ts';
import type { DocumentIndex, ImportPage } from './merge-sources.ts';
import type { AttributeTable } from './page-context.ts';
import { createNode, parseYaml, stringify } from './yaml-edit.ts';

const PATH = 'definitions.yaml';

export interface DefinitionsResult {
  file: ManagedFile;
  /** Every definition after the merge. */
  definitions: Record<string, RawDefinition>;
  /** The definitions the pages describe (sub-type sections), sorted. */
  described: string[];
  /** The rows (by `refKey`) read from C# classes: their names are C#-cased. */
  csharpRows: ReadonlySet<string>;
}

export function mergeDefinitions(
  files: CatalogFiles,
  pages: readonly ImportPage[],
  index: DocumentIndex,
  report: Reporter,
  added: ImportCounts,
): DefinitionsResult {
  const original = files[PATH];
  const doc = original === undefined ? new Document({ definitions: {} }) : parseYaml(original, PATH);
  const existing = (doc.toJS() as { definitions?: Record<string, RawDefinition> } | null)?.definitions ?? {};
  const created = new Map<string, RawDefinition>();
  const grown = new Map<string, Attribute[]>();
  const tables = pages.flatMap((page) =>
    page.attributeTables.flatMap((table) =>
      'definition' in table.owner
        ? [{ page, table, name: curatedName(Object.keys(existing), table.owner.definition) }]
        : [],
    ),
  );
  const isDefinition = (name: string): boolean =>
    Object.prototype.hasOwnProperty.call(existing, name) || tables.some((t) => t.name === name);

  for (const { page, table, name } of tables) {
    const rows: Attribute[] = table.rows.map((row) => ({ document: index.idOf(page), ...row }));
    const fresh = created.get(name);
    if (!Object.prototype.hasOwnProperty.call(existing, name) && fresh === undefined) {
      created.set(name, {
        description: usedAs(pages, name) ?? name,
        schema: draftDefinition(table, rows, isDefinition, (row, message) =>
          report.warn({ file: page.file, line: row.line, path: [name, row.name] }, message),
        ),
        attributes: rows,
      });
      added.definitions++;
      added.definitionAttributes += rows.length;
      continue;
    }
    const list = fresh?.attributes ?? grown.get(name) ?? [...(existing[name]!.attributes ?? [])];
    const before = list.length;
    for (const row of rows) if (!list.some((a) => refKey(a) === refKey(row))) list.push(row);
    if (list.length === before) continue;
    list.sort(index.byRef);
    added.definitionAttributes += list.length - before;
    if (!fresh) grown.set(name, list);
  }

  const definitions: Record<string, RawDefinition> = { ...existing };
  for (const [name, list] of grown) definitions[name] = { ...definitions[name]!, attributes: list };
  for (const [name, definition] of created) definitions[name] = definition;
  const changed = created.size > 0 || grown.size > 0;
  const file: ManagedFile = { path: PATH, original, doc, changed };
  if (changed) file.text = spliced(original, doc, grown, created);
  const csharpRows = new Set(
    tables.flatMap(({ page, table }) =>
      table.from === 'csharp'
        ? table.rows.map((row) => refKey({ document: index.idOf(page), line: row.line }))
        : [],
    ),
  );
  return { file, definitions, described: [...new Set(tables.map((t) => t.name))].sort(), csharpRows };
}

/**
 * The catalog's name for a docs sub-type: the definition of that name, else the one definition whose
 * name ends with it (shared shapes carry their category as a prefix: the router page's `QueueDetails`
 * is `RouterQueueDetails`, the Advanced Messaging page's `MediaContent` is `AdvancedMessageMediaContent`).
 */
export function curatedName(names: readonly string[], published: string): string {
  if (names.includes(published)) return published;
  const prefixed = names.filter(
    (name) => name.endsWith(published) && /^[A-Z]/.test(name.slice(0, -published.length)),
  );
  return prefixed.length === 1 ? prefixed[0]! : published;
}

/** The original text with grown attribute lists replaced in place and new definitions appended. */
function spliced(
  original: string | undefined,
  doc: Document,
  grown: ReadonlyMap<string, Attribute[]>,
  created: ReadonlyMap<string, RawDefinition>,
): string {
  if (original === undefined) {
    const fresh = nodeDoc({ definitions: Object.fromEntries(created) });
    fresh.commentBefore = schemaComment(PATH);
    return stringify(fresh);
  }
  const edits: { from: number; to: number; text: string }[] = [];
  const entries = doc.get('definitions', true);
  for (const [name, list] of grown) {
    const pair = isMap(entries)
      ? entries.items.find((p) => isScalar(p.key) && p.key.value === name)
      : undefined;
    const body = pair?.value;
    if (!isMap(body) || !body.range) continue;
    const attributes = body.items.find((p) => isScalar(p.key) && p.key.value === 'attributes');
    const text = indented(stringify(nodeDoc({ attributes: list })), 4);
    if (
      attributes &&
      isScalar(attributes.key) &&
      attributes.key.range &&
      attributes.value &&
      hasRange(attributes.value)
    )
      edits.push({ from: lineStart(original, attributes.key.range[0]), to: attributes.value.range[2], text });
    else edits.push({ from: body.range[2], to: body.range[2], text });
  }
  let out = original;
  for (const edit of edits.sort((a, b) => b.from - a.from))
    out = out.slice(0, edit.from) + edit.text + out.slice(edit.to);
  if (created.size > 0) {
    if (!out.endsWith('\n')) out += '\n';
    out += indented(stringify(nodeDoc(Object.fromEntries(created))), 2);
  }
  return out;
}

function nodeDoc(value: object): Document {
  const doc = new Document();
  doc.contents = createNode(doc, value, TEXT_KEYS) as YAMLMap;
  return doc;
}

function hasRange(node: unknown): node is { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indented(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/** The description of an attribute whose type is `name` (or a list/map of it). */
function usedAs(pages: readonly ImportPage[], name: string): string | undefined {
  const mentions = new RegExp(`(^|<|,\\s*)${name}(>|$)`);
  for (const page of pages)
    for (const table of page.attributeTables)
      for (const row of table.rows)
        if (mentions.test(row.type) && row.description !== '') return row.description;
  return undefined;
}

function draftDefinition(
  table: AttributeTable,
  rows: readonly Attribute[],
  isDefinition: (name: string) => boolean,
  problem: (row: Attribute, message: string) => void,
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const row of rows) {
    const key = table.from === 'csharp' ? camelCase(row.name) : row.name;
    let shape = schemaOfDotnetType(row.type, row.description ?? '', isDefinition);
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
