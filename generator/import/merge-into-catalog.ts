/**
 * Merge parsed docs pages into the YAML catalog, in memory: catalog file texts in, catalog file
 * texts out. Appends what is missing (documents, prefixes and their listings, filter examples,
 * events, listings, samples) and never edits curated fields. Pure apart from being async
 * (quicktype drafts new events' schemas).
 */
import { Document, isMap, type YAMLMap } from 'yaml';
import { draftSchema } from './draft-schema.ts';
import { readSample } from '../model/published-json.ts';
import type {
  DocRef,
  RawDefinition,
  RawDocument,
  RawEvent,
  RawFilterExample,
  RawListing,
  RawSample,
  RawSubjectPrefix,
} from '../model/catalog-model.ts';
import type { Diagnostic } from './import-diagnostic.ts';
import type { ParsedPage, SampleBlock } from './parse-docs-page.ts';
import { SampleValidator } from './validate-samples.ts';
import { createNode, parseYaml, seqAt, sortSeq, stringify, toJS } from './yaml-edit.ts';

/** Catalog files by path relative to the catalog directory, `/`-separated (e.g. `events/sms/SMSReceived.yaml`). */
export type CatalogFiles = Record<string, string>;

export interface ImportCounts {
  documents: number;
  prefixes: number;
  prefixListings: number;
  filters: number;
  events: number;
  listings: number;
  samples: number;
}

export interface ImportResult {
  /** Every catalog file the importer manages, with its new contents (identical text when unchanged). */
  files: CatalogFiles;
  diagnostics: Diagnostic[];
  /** What was added. */
  added: ImportCounts;
}

export const EVENT_PREFIX = 'Microsoft.Communication.';

/** `Microsoft.Communication.ChatMessageReceived` → `ChatMessageReceived` (also for misspelled namespaces). */
export function shortName(type: string): string {
  return type.slice(type.lastIndexOf('.') + 1);
}

export function categoryOf(short: string): string {
  return short.startsWith('SMS') ? 'sms' : 'chat';
}

export function scopeOf(short: string): 'user' | 'thread' {
  return /WithUser|PerUser/.test(short) ||
    /^ChatMessage(Received|Edited|Deleted)$/.test(short) ||
    short.startsWith('InstantMessage')
    ? 'user'
    : 'thread';
}

const TEXT_KEYS = new Set(['published']);

interface Managed {
  path: string;
  original: string | undefined;
  doc: Document;
  changed: boolean;
}

/** New files point editors at the catalog format's JSON Schema, like the hand-written ones do. */
function schemaComment(path: string): string {
  const name = path.startsWith('events/') ? 'event' : path.replace(/\.ya?ml$/, '');
  return ` yaml-language-server: $schema=${'../'.repeat(path.split('/').length - 1)}schema/${name}.schema.json`;
}

function load(files: CatalogFiles, path: string, empty: object): Managed {
  const original = files[path];
  if (original === undefined) {
    const doc = new Document(empty);
    doc.commentBefore = schemaComment(path);
    return { path, original, doc, changed: true };
  }
  const doc = parseYaml(original, path);
  if (doc.contents === null) doc.contents = doc.createNode(empty);
  return { path, original, doc, changed: false };
}

function output(m: Managed): string {
  return m.changed || m.original === undefined ? stringify(m.doc) : m.original;
}

function refKey(ref: DocRef): string {
  return `${ref.document}\u0000${ref.line}`;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

interface PendingSample {
  sample: RawSample;
  events: Record<string, unknown>[];
}

interface EventEntry {
  short: string;
  managed?: Managed;
  /** For events created by this import. */
  fresh?: { type: string; listings: RawListing[]; samples: PendingSample[] };
  touched: boolean;
}

export async function mergePages(files: CatalogFiles, parsed: readonly ParsedPage[]): Promise<ImportResult> {
  const diagnostics: Diagnostic[] = parsed.flatMap((p) => p.diagnostics);
  const added: ImportCounts = {
    documents: 0,
    prefixes: 0,
    prefixListings: 0,
    filters: 0,
    events: 0,
    listings: 0,
    samples: 0,
  };
  const warn = (file: string, line: number | undefined, message: string): void => {
    diagnostics.push({ severity: 'warning', file, ...(line !== undefined ? { line } : {}), message });
  };

  // Pages in date order, so "first listing" / "first sample" mean the earliest page, whatever the argument order.
  const seen = new Set<string>();
  const pages = parsed
    .filter((p): p is ParsedPage & { date: string } => p.date !== undefined)
    .filter((p) =>
      seen.has(p.file)
        ? (warn(p.file, undefined, 'imported twice; the second copy is ignored'), false)
        : (seen.add(p.file), true),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));

  // ---- sources.yaml ------------------------------------------------------------------------
  const sources = load(files, 'sources.yaml', { documents: [] });
  const documents = seqAt(sources.doc, ['documents']);
  const pageIds = new Map<string, string>();
  let documentsAdded = false;
  for (const page of pages) {
    const existing = documents.items.find((item) => isMap(item) && item.get('file') === page.file) as
      YAMLMap | undefined;
    const fields: Partial<RawDocument> = {
      title: page.title,
      date: page.date,
      dateSource: page.dateSource,
      format: page.format,
      ...(page.summary !== undefined ? { summary: page.summary } : {}),
      ...(page.cleanups.length > 0 ? { cleanups: page.cleanups } : {}),
    };
    if (existing) {
      pageIds.set(page.file, String(existing.get('id')));
      for (const [key, value] of Object.entries(fields)) {
        if (!deepEqual(toJS(existing.get(key, true)), value)) {
          existing.set(key, createNode(sources.doc, value, TEXT_KEYS));
          sources.changed = true;
        }
      }
      continue;
    }
    const ids = new Set(documents.items.map((item) => (isMap(item) ? String(item.get('id')) : '')));
    const base = page.date.slice(0, 7);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    if (id !== base) warn(page.file, undefined, `document id ${base} is taken by another page; using ${id}`);
    const document = { id, file: page.file, ...fields } as RawDocument;
    documents.items.push(createNode(sources.doc, document, TEXT_KEYS));
    pageIds.set(page.file, id);
    sources.changed = documentsAdded = true;
    added.documents++;
  }
  const allDocuments = documents.items.map(toJS) as RawDocument[];
  if (documentsAdded) {
    sortSeq(
      documents,
      (d) => d as RawDocument,
      (a, b) => String(a.date).localeCompare(String(b.date)) || String(a.file).localeCompare(String(b.file)),
    );
  }
  const dates = new Map(allDocuments.map((d) => [d.id, String(d.date)]));
  const seedFiles = new Map(allDocuments.map((d) => [d.id, d.file]));
  const byRef = (a: DocRef, b: DocRef): number =>
    (dates.get(a.document) ?? '\uffff').localeCompare(dates.get(b.document) ?? '\uffff') || a.line - b.line;
  const idOf = (page: ParsedPage): string => pageIds.get(page.file)!;

  // ---- subjects.yaml -----------------------------------------------------------------------
  const subjects = load(files, 'subjects.yaml', { prefixes: [] });
  const prefixes = seqAt(subjects.doc, ['prefixes']);
  for (const page of pages) {
    for (const row of page.prefixRows) {
      const prefix = row.published.slice(0, row.published.indexOf('/') + 1);
      let index = prefixes.items.findIndex((item) => isMap(item) && item.get('prefix') === prefix);
      if (index === -1) {
        const entry: RawSubjectPrefix = { prefix, entity: row.entity, listings: [] };
        prefixes.items.push(createNode(subjects.doc, entry, TEXT_KEYS));
        index = prefixes.items.length - 1;
        added.prefixes++;
      }
      const listings = seqAt(subjects.doc, ['prefixes', index, 'listings']);
      const listing = { document: idOf(page), line: row.line, published: row.published };
      if (!listings.items.some((item) => refKey(toJS(item) as DocRef) === refKey(listing))) {
        listings.items.push(createNode(subjects.doc, listing, TEXT_KEYS));
        sortSeq(listings, (l) => l as DocRef, byRef);
        subjects.changed = true;
        added.prefixListings++;
      }
    }
  }

  // ---- filters.yaml ------------------------------------------------------------------------
  const filtersFile = load(files, 'filters.yaml', { filters: [] });
  const filters = seqAt(filtersFile.doc, ['filters']);
  let filtersAdded = false;
  for (const page of pages) {
    page.filters.forEach((block, i) => {
      const source: DocRef = { document: idOf(page), line: block.line };
      const existing = filters.items
        .map(toJS)
        .find((f) => refKey((f as RawFilterExample).source) === refKey(source)) as
        RawFilterExample | undefined;
      if (existing) {
        if (existing.published !== block.published)
          warn(
            page.file,
            block.line,
            `filter ${existing.id}: the page's text differs from the catalogued one (kept the catalogued one)`,
          );
        return;
      }
      const id = `${source.document}-${i + 1}`;
      if (filters.items.some((item) => isMap(item) && item.get('id') === id)) {
        diagnostics.push({
          severity: 'error',
          file: page.file,
          line: block.line,
          message: `filter id ${id} is already used by another filter (skipped)`,
        });
        return;
      }
      const value = block.value as Record<string, unknown>;
      const inner = value.filter;
      const corrected =
        typeof inner === 'object' && inner !== null && !Array.isArray(inner)
          ? (inner as Record<string, unknown>)
          : value;
      const filter: RawFilterExample = {
        id,
        source,
        description: block.description,
        published: block.published,
        ...(block.repairs.length > 0 ? { repairs: block.repairs } : {}),
        corrected,
      };
      filters.items.push(createNode(filtersFile.doc, filter, TEXT_KEYS));
      filtersFile.changed = filtersAdded = true;
      added.filters++;
    });
  }
  if (filtersAdded) sortSeq(filters, (f) => (f as RawFilterExample).source, byRef);

  // ---- events/<category>/<ShortName>.yaml -----------------------------------------------
  const events = new Map<string, EventEntry>();
  for (const path of Object.keys(files).sort()) {
    if (!/^events\/.+\.ya?ml$/.test(path)) continue;
    const managed = load(files, path, {});
    const type = managed.doc.get('type');
    if (typeof type !== 'string') {
      diagnostics.push({ severity: 'error', file: path, message: 'event file has no `type`' });
      continue;
    }
    const short = shortName(type);
    const other = events.get(short);
    if (other) {
      diagnostics.push({
        severity: 'error',
        file: path,
        message: `event ${short} is also defined in ${other.managed?.path}`,
      });
      continue;
    }
    events.set(short, { short, managed, touched: false });
  }
  const entryFor = (short: string): EventEntry => {
    let entry = events.get(short);
    if (!entry) {
      entry = { short, fresh: { type: EVENT_PREFIX + short, listings: [], samples: [] }, touched: true };
      events.set(short, entry);
    }
    entry.touched = true;
    return entry;
  };
  const typeOf = (entry: EventEntry): string => entry.fresh?.type ?? String(entry.managed!.doc.get('type'));

  for (const page of pages) {
    for (const row of page.eventRows) {
      const entry = entryFor(shortName(row.type));
      const listing: RawListing = {
        document: idOf(page),
        line: row.line,
        description: row.description,
        ...(row.type !== typeOf(entry) ? { publishedType: row.type } : {}),
      };
      if (addListing(entry, listing)) added.listings++;
    }
    for (const block of page.samples) {
      const types = [...new Set(block.events.map((e) => String(e.eventType)))];
      if (types.length > 1) {
        warn(page.file, block.line, `sample mixes event types (${types.join(', ')}); skipped`);
        continue;
      }
      const entry = entryFor(shortName(types[0]!));
      const sample: RawSample = {
        source: { document: idOf(page), line: block.line },
        published: block.published,
        ...(block.repairs.length > 0 ? { repairs: block.repairs } : {}),
      };
      const result = addSample(entry, sample, block);
      if (result === 'added') added.samples++;
      if (result === 'differs')
        warn(
          page.file,
          block.line,
          `${entry.short}: the page's sample text differs from the catalogued one (kept the catalogued one)`,
        );
    }
  }

  function addListing(entry: EventEntry, listing: RawListing): boolean {
    if (entry.fresh) {
      if (entry.fresh.listings.some((l) => refKey(l) === refKey(listing))) return false;
      entry.fresh.listings.push(listing);
      return true;
    }
    const m = entry.managed!;
    const seq = seqAt(m.doc, ['listings']);
    if (seq.items.some((item) => refKey(toJS(item) as DocRef) === refKey(listing))) return false;
    seq.items.push(createNode(m.doc, listing, TEXT_KEYS));
    sortSeq(seq, (l) => l as DocRef, byRef);
    m.changed = true;
    return true;
  }

  function addSample(
    entry: EventEntry,
    sample: RawSample,
    block: SampleBlock,
  ): 'added' | 'present' | 'differs' {
    if (entry.fresh) {
      if (entry.fresh.samples.some((s) => refKey(s.sample.source) === refKey(sample.source)))
        return 'present';
      entry.fresh.samples.push({ sample, events: block.events });
      return 'added';
    }
    const m = entry.managed!;
    const seq = seqAt(m.doc, ['samples']);
    const existing = seq.items
      .map(toJS)
      .find((s) => refKey((s as RawSample).source) === refKey(sample.source)) as RawSample | undefined;
    if (existing) return existing.published === sample.published ? 'present' : 'differs';
    seq.items.push(createNode(m.doc, sample, TEXT_KEYS));
    sortSeq(seq, (s) => (s as RawSample).source, byRef);
    m.changed = true;
    return 'added';
  }

  // New events: drafted from all their samples.
  for (const entry of [...events.values()].sort((a, b) => a.short.localeCompare(b.short))) {
    if (!entry.fresh) continue;
    const { type, listings, samples } = entry.fresh;
    listings.sort(byRef);
    samples.sort((a, b) => byRef(a.sample.source, b.sample.source));
    const category = categoryOf(entry.short);
    const firstListing = listings[0];
    if (!firstListing)
      warn(
        `events/${category}/${entry.short}.yaml`,
        undefined,
        `${entry.short} has samples but no listing: description left empty`,
      );
    const dataVersion = samples[0]?.events[0]?.dataVersion;
    const schema = await draftSchema(
      samples.flatMap((s) => s.events.map((e) => e.data)),
      `Acs${entry.short}EventData`,
      (message) => warn(`events/${category}/${entry.short}.yaml`, undefined, message),
    );
    const event: RawEvent = {
      type,
      category,
      ...(category === 'chat' ? { scope: scopeOf(entry.short) } : {}),
      description: firstListing?.description ?? '',
      status: 'current',
      dataVersion: typeof dataVersion === 'string' ? dataVersion : '1.0',
      subjects: [],
      listings,
      schema,
      samples: samples.map((s) => s.sample),
    };
    const doc = new Document();
    doc.commentBefore = schemaComment(`events/${category}/${entry.short}.yaml`);
    doc.contents = createNode(doc, event, TEXT_KEYS) as YAMLMap;
    entry.managed = {
      path: `events/${category}/${entry.short}.yaml`,
      original: files[`events/${category}/${entry.short}.yaml`],
      doc,
      changed: true,
    };
    added.events++;
  }

  // ---- validate every touched event's samples against its schema ----------------------------
  const definitionsText = files['definitions.yaml'];
  const definitions =
    definitionsText === undefined
      ? {}
      : ((
          parseYaml(definitionsText, 'definitions.yaml').toJS() as {
            definitions?: Record<string, RawDefinition>;
          } | null
        )?.definitions ?? {});
  const validator = new SampleValidator(definitions);
  for (const entry of [...events.values()].sort((a, b) => a.short.localeCompare(b.short))) {
    if (!entry.touched || !entry.managed) continue;
    const event = entry.managed.doc.toJS() as RawEvent;
    let check: (data: unknown) => { path: string; message: string }[];
    try {
      check = validator.compile(event.schema ?? {});
    } catch (error) {
      warn(
        entry.managed.path,
        undefined,
        `${entry.short}: schema does not compile: ${(error as Error).message}`,
      );
      continue;
    }
    for (const sample of event.samples ?? []) {
      const file = seedFiles.get(sample.source.document) ?? sample.source.document;
      const at = (message: string): void => warn(file, sample.source.line, `${entry.short}: ${message}`);
      const read = readSample(sample);
      if (!read.ok) {
        at(read.message);
        continue;
      }
      for (const p of check(read.corrected.data)) at(`${p.path}: ${p.message}`);
    }
  }

  // ---- output ------------------------------------------------------------------------------
  const out: CatalogFiles = {};
  for (const m of [sources, subjects, filtersFile])
    if (m.original !== undefined || m.changed) out[m.path] = output(m);
  for (const entry of events.values()) if (entry.managed) out[entry.managed.path] = output(entry.managed);
  return { files: sortKeys(out), diagnostics, added };
}

function sortKeys(files: CatalogFiles): CatalogFiles {
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}
