/**
 * events/<category>/<Name>.yaml: every event-table row becomes a listing, every JSON sample a sample
 * (with its example title), every attribute-table row an `attributes` entry. Existing files only
 * gain entries; new events are collected here and drafted by draft-new-events.ts.
 */
import type { Attribute, DocRef, RawListing, RawSample } from '../model/catalog-model.ts';
import { EVENT_TYPE_PREFIX } from '../model/event-names.ts';
import { shortName } from './event-naming.ts';
import { refKey, type ImportCounts, type Reporter } from './import-context.ts';
import { loadManaged, TEXT_KEYS, type CatalogFiles, type ManagedFile } from './managed-file.ts';
import type { DocumentIndex, ImportPage } from './merge-sources.ts';
import type { SampleBlock } from './page-context.ts';
import { createNode, seqAfter, seqAt, sortSeq, toJS } from './yaml-edit.ts';

export interface FreshEvent {
  type: string;
  listings: RawListing[];
  /** The chat page's Level cells seen for it (`User`, `Thread`). */
  levels: string[];
  samples: { sample: RawSample; events: Record<string, unknown>[] }[];
  attributes: Attribute[];
}

export interface EventEntry {
  short: string;
  managed?: ManagedFile;
  fresh?: FreshEvent;
  touched: boolean;
}

/** `RouterJobReceived` → `Microsoft.Communication.RouterJobReceived`; `X(Preview)` → `X`. */
export function canonicalType(printed: string): string {
  const type = printed.replace(/\s*\(Preview\)$/i, '');
  return type.includes('.') ? type : EVENT_TYPE_PREFIX + type;
}

export function loadEvents(files: CatalogFiles, report: Reporter): Map<string, EventEntry> {
  const events = new Map<string, EventEntry>();
  for (const path of Object.keys(files).sort()) {
    if (!/^events\/.+\.ya?ml$/.test(path)) continue;
    const managed = loadManaged(files, path, {});
    const type = managed.doc.get('type');
    if (typeof type !== 'string') {
      report.error({ file: path, path: ['type'] }, 'event file has no `type`');
      continue;
    }
    const short = shortName(type);
    const other = events.get(short);
    if (other) {
      report.error(
        { file: path, path: ['type'] },
        `event ${short} is also defined in ${other.managed?.path}`,
      );
      continue;
    }
    events.set(short, { short, managed, touched: false });
  }
  return events;
}

export function mergeEvents(
  events: Map<string, EventEntry>,
  pages: readonly ImportPage[],
  index: DocumentIndex,
  report: Reporter,
  added: ImportCounts,
): void {
  const entryFor = (short: string): EventEntry => {
    let entry = events.get(short);
    if (!entry) {
      const fresh: FreshEvent = {
        type: EVENT_TYPE_PREFIX + short,
        listings: [],
        levels: [],
        samples: [],
        attributes: [],
      };
      entry = { short, fresh, touched: true };
      events.set(short, entry);
    }
    entry.touched = true;
    return entry;
  };
  const typeOf = (entry: EventEntry): string => entry.fresh?.type ?? String(entry.managed!.doc.get('type'));

  for (const page of pages) {
    const document = index.idOf(page);
    for (const row of page.eventRows) {
      const entry = entryFor(shortName(canonicalType(row.type)));
      const listing: RawListing = {
        document,
        line: row.line,
        description: row.description,
        ...(row.type !== typeOf(entry) ? { publishedType: row.type } : {}),
      };
      if (row.level !== undefined) entry.fresh?.levels.push(row.level);
      if (add(entry, 'listings', listing, index)) added.listings++;
    }
    for (const block of page.samples) addSampleBlock(page, document, block);
    for (const table of page.attributeTables) {
      if (!('event' in table.owner)) continue;
      const entry = entryFor(shortName(table.owner.event));
      for (const row of table.rows) {
        const attribute: Attribute = { document, ...row };
        if (add(entry, 'attributes', attribute, index)) added.attributes++;
      }
    }
  }

  function addSampleBlock(page: ImportPage, document: string, block: SampleBlock): void {
    const types = [...new Set(block.events.map((e) => String(e.eventType)))];
    if (types.length > 1) {
      report.warn(
        { file: page.file, line: block.line },
        `sample mixes event types (${types.join(', ')}); not imported`,
      );
      return;
    }
    const entry = entryFor(shortName(types[0]!));
    const sample: RawSample = {
      source: { document, line: block.line },
      ...(block.title !== undefined ? { title: block.title } : {}),
      published: block.published,
      ...(block.repairs.length > 0 ? { repairs: block.repairs } : {}),
    };
    if (entry.fresh) {
      if (entry.fresh.samples.some((s) => refKey(s.sample.source) === refKey(sample.source))) return;
      entry.fresh.samples.push({ sample, events: block.events });
      added.samples++;
      return;
    }
    const existing = existingAt(entry.managed!, 'samples', sample.source) as RawSample | undefined;
    if (existing) {
      if (existing.published !== sample.published)
        report.warn(
          { file: page.file, line: block.line },
          `${entry.short}: the page's sample text differs from the catalogued one (kept the catalogued one)`,
        );
      else if (sample.title !== undefined && existing.title !== sample.title)
        setTitle(entry.managed!, sample);
      return;
    }
    if (add(entry, 'samples', sample, index)) added.samples++;
  }
}

type Keyed = 'listings' | 'samples' | 'attributes';

/** Where a list an existing event lacks goes: after the first of these keys it has (the catalog's order). */
const PLACED_AFTER: Record<Keyed, readonly string[]> = {
  listings: ['subjects', 'spec', 'dataVersion'],
  attributes: ['listings', 'subjects'],
  samples: ['schema'],
};

const refOf = (key: Keyed, value: unknown): DocRef =>
  key === 'samples' ? (value as RawSample).source : (value as DocRef);

function existingAt(m: ManagedFile, key: Keyed, ref: DocRef): unknown {
  const node = m.doc.get(key, true);
  const items = node === undefined ? [] : ((toJS(node) as unknown[] | null) ?? []);
  return items.find((item) => refKey(refOf(key, item)) === refKey(ref));
}

/** Appends `value` to the entry's `key` list unless an entry at the same document and line is there. */
function add(
  entry: EventEntry,
  key: Keyed,
  value: RawListing | RawSample | Attribute,
  index: DocumentIndex,
): boolean {
  const ref = refOf(key, value);
  if (entry.fresh) {
    // a new event's samples are collected by addSampleBlock, with their parsed events
    const list: DocRef[] = key === 'listings' ? entry.fresh.listings : entry.fresh.attributes;
    if (list.some((l) => refKey(l) === refKey(ref))) return false;
    list.push(value as RawListing & Attribute);
    return true;
  }
  const m = entry.managed!;
  if (existingAt(m, key, ref) !== undefined) return false;
  const seq = seqAfter(m.doc, key, PLACED_AFTER[key]);
  seq.items.push(createNode(m.doc, value, TEXT_KEYS));
  sortSeq(seq, (v) => refOf(key, v), index.byRef);
  m.changed = true;
  return true;
}

/** An existing sample gains the example title its page gives it (v1 catalogs have none). */
function setTitle(m: ManagedFile, sample: RawSample): void {
  const seq = seqAt(m.doc, ['samples']);
  const i = seq.items.findIndex((item) => refKey((toJS(item) as RawSample).source) === refKey(sample.source));
  if (i === -1) return;
  const node = seq.items[i] as { set(key: string, value: unknown): void };
  node.set('title', sample.title);
  m.changed = true;
}
