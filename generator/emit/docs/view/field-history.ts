/**
 * Which `data` properties each docs version's samples show, and which appear for the first time:
 * the changelog's "fields added" (senderCommunicationIdentifier in 2021-02, metadata in 2021-10).
 * Samples are read in their corrected form, so a casing erratum does not look like a new field.
 */
import type { Definition, EventType, JsonSchema, SourceDocument } from '../../../model/catalog-model.ts';
import { definitionsOf, mapValueSchema, resolveRefs, type Definitions } from '../../../model/schema-refs.ts';

export interface FieldsAdded {
  event: EventType;
  document: SourceDocument;
  /** The new property paths, outermost only (`metadata`, not also `metadata.key`). */
  paths: string[];
}

/** For every event sampled in several docs versions: the fields each later version adds. */
export function fieldsAdded(
  events: readonly EventType[],
  documents: readonly SourceDocument[],
  byName: Definitions,
): FieldsAdded[] {
  const result: FieldsAdded[] = [];
  for (const event of events) {
    const seen = new Set<string>();
    let first = true;
    for (const document of documents) {
      const samples = event.samples.filter((sample) => sample.source.document === document.id);
      if (samples.length === 0) continue;
      const paths = new Set(
        samples.flatMap((sample) => dataPaths(sample.corrected.data, event.schema, byName)),
      );
      const added = [...paths].filter((path) => !seen.has(path));
      const outermost = added.filter(
        (path) => !added.some((other) => path.startsWith(`${other}.`) || path.startsWith(`${other}[]`)),
      );
      if (!first && outermost.length > 0) result.push({ event, document, paths: outermost });
      added.forEach((path) => seen.add(path));
      first = false;
    }
  }
  return result;
}

/**
 * Every property path present in `value`, guided by `schema`: objects are entered, array items
 * share one `[]` path, and maps (free-form keys) are not entered, since their keys are data.
 */
export function dataPaths(
  value: unknown,
  schema: JsonSchema | undefined,
  definitions: Definitions,
): string[] {
  const paths: string[] = [];
  const visit = (node: unknown, nodeSchema: JsonSchema | undefined, prefix: string) => {
    const resolved = nodeSchema === undefined ? undefined : resolveRefs(nodeSchema, definitions);
    if (Array.isArray(node)) {
      node.forEach((item) => visit(item, resolved?.items, `${prefix}[]`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (resolved !== undefined && mapValueSchema(resolved) !== undefined) return;
    for (const [key, child] of Object.entries(node)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      paths.push(path);
      visit(child, resolved?.properties?.[key], path);
    }
  };
  visit(value, schema, '');
  return [...new Set(paths)].sort();
}

export interface FieldChange {
  document: SourceDocument;
  /** Outermost paths its samples show that the previous sampled version's did not. */
  added: string[];
  /** Outermost paths the previous sampled version's samples showed that its samples lack. */
  dropped: string[];
}

/** For one event: how the fields of its samples changed from each sampled docs version to the next. */
export function fieldChanges(
  event: EventType,
  documents: readonly SourceDocument[],
  definitions: readonly Definition[],
): FieldChange[] {
  const byName = definitionsOf({ definitions });
  const changes: FieldChange[] = [];
  let previous: Set<string> | undefined;
  for (const document of documents) {
    const samples = event.samples.filter((sample) => sample.source.document === document.id);
    if (samples.length === 0) continue;
    const paths = new Set(
      samples.flatMap((sample) => dataPaths(sample.corrected.data, event.schema, byName)),
    );
    if (previous !== undefined) {
      const before = previous;
      const added = outermost([...paths].filter((path) => !before.has(path)));
      const dropped = outermost([...before].filter((path) => !paths.has(path)));
      if (added.length > 0 || dropped.length > 0) changes.push({ document, added, dropped });
    }
    previous = paths;
  }
  return changes;
}

function outermost(paths: string[]): string[] {
  return paths
    .filter((path) => !paths.some((other) => path.startsWith(`${other}.`) || path.startsWith(`${other}[]`)))
    .sort();
}
