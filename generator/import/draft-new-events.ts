/** New events: a file drafted from all their samples (quicktype) combined with their attribute rows. */
import { Document, type YAMLMap } from 'yaml';
import { combineWithAttributes, type DraftProblem } from './attribute-draft.ts';
import { draftSchema } from './draft-schema.ts';
import { categoryOf, scopeOf } from './event-naming.ts';
import type { RawEvent } from '../model/catalog-model.ts';
import type { ImportCounts, Reporter } from './import-context.ts';
import { schemaComment, TEXT_KEYS, type CatalogFiles } from './managed-file.ts';
import type { EventEntry } from './merge-events.ts';
import type { DocumentIndex } from './merge-sources.ts';
import { createNode } from './yaml-edit.ts';

export async function draftNewEvents(
  events: Map<string, EventEntry>,
  files: CatalogFiles,
  index: DocumentIndex,
  isDefinition: (name: string) => boolean,
  report: Reporter,
  added: ImportCounts,
): Promise<void> {
  for (const entry of [...events.values()].sort((a, b) => a.short.localeCompare(b.short))) {
    if (!entry.fresh) continue;
    const { type, listings, levels, samples, attributes } = entry.fresh;
    listings.sort(index.byRef);
    samples.sort((a, b) => index.byRef(a.sample.source, b.sample.source));
    attributes.sort(index.byRef);
    const category = categoryOf(entry.short);
    const first = listings[0] ?? samples[0]?.sample.source ?? attributes[0];
    const firstFile = first === undefined ? 'sources.yaml' : (index.fileOf(first.document) ?? first.document);
    if (category === undefined) {
      report.error(
        { file: firstFile, line: first?.line },
        `${type}: no category for this event name (add it to event-naming.ts); not imported`,
      );
      continue;
    }
    const path = `events/${category}/${entry.short}.yaml`;
    if (!listings[0])
      report.warn(
        { file: path, path: ['description'] },
        `${entry.short} has no listing: description left empty`,
      );
    const dataVersion = samples[0]?.events[0]?.dataVersion;
    const fromSamples = await draftSchema(
      samples.flatMap((s) => s.events.map((e) => e.data)),
      `Acs${entry.short}EventData`,
      (message) => report.warn({ file: path, path: ['schema'] }, message),
    );
    const problems: DraftProblem[] = [];
    const schema =
      attributes.length > 0
        ? combineWithAttributes(fromSamples, attributes, isDefinition, problems)
        : fromSamples;
    for (const { row, message } of problems)
      report.warn(
        { file: index.fileOf(row.document) ?? row.document, line: row.line, path: [entry.short, row.name] },
        message,
      );
    const level = levels[0]?.toLowerCase();
    const scope = level === 'user' || level === 'thread' ? level : scopeOf(entry.short);
    const event: RawEvent = {
      type,
      category,
      ...(category === 'chat' ? { scope } : {}),
      description: listings[0]?.description ?? '',
      status: 'current',
      dataVersion: typeof dataVersion === 'string' ? dataVersion : '1.0',
      subjects: [],
      listings,
      schema,
      samples: samples.map((s) => s.sample),
      ...(attributes.length > 0 ? { attributes } : {}),
    };
    const doc = new Document();
    doc.commentBefore = schemaComment(path);
    doc.contents = createNode(doc, event, TEXT_KEYS) as YAMLMap;
    entry.managed = { path, original: files[path], doc, changed: true };
    added.events++;
  }
}
