/**
 * The parsed facts of one docs page and the cursor the Markdown and plain-text readers share: page
 * lines (CRLF or LF, read alike), diagnostics at page line:column, mojibake cleanups, JSON blocks.
 */
import type { Repair, TextCleanup } from '../model/catalog-model.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { repairJson } from '../model/repair-json.ts';
import { diagnostic } from './import-context.ts';

export interface EventRow {
  line: number;
  /** The event type exactly as the row prints it (link and code marks removed): may lack the namespace or carry `(Preview)`. */
  type: string;
  description: string;
  /** The chat page's Level column (`User`, `Thread`), when the table has one. */
  level?: string;
}

export interface PrefixRow {
  line: number;
  /** The row's first cell (code-span backticks removed). */
  published: string;
  entity: string;
}

export interface JsonBlock {
  /** Page line of the JSON text's first line. */
  line: number;
  /** The JSON text as published: its lines joined with `\n` (CRLF pages too), ending with `\n`. */
  published: string;
  /** The sentence just above the block. */
  description: string;
  value: unknown;
  repairs: Repair[];
}

export interface SampleBlock extends JsonBlock {
  /** The events in the block (a single event is returned as a one-element list). */
  events: Record<string, unknown>[];
  /** The example's own heading (e.g. "Text message received"), when it has one below the event's heading. */
  title?: string;
}

/** One row of an attribute table (or one property of a C# model class), as printed. */
export interface AttributeRow {
  line: number;
  name: string;
  /** As printed, link and code marks removed: `string`, `Dictionary<string, object>`, `List<WorkerSelector>`, `enum`. */
  type: string;
  /** ❌ → false, ✔️ → true; absent when the table has no Nullable column or the cell is empty. */
  nullable?: boolean;
  /** Absent when a table's description cell is empty (a C# property has `''`: the catalog writes it so). */
  description?: string;
}

/** What an attribute table describes: an event's data, or a shared sub-type (`MediaContent`, `QueueDetails`). */
export type AttributeOwner = { event: string } | { definition: string };

export interface AttributeTable {
  line: number;
  owner: AttributeOwner;
  from: 'table' | 'csharp';
  rows: AttributeRow[];
}

export interface ParsedPage {
  file: string;
  format: 'markdown' | 'text';
  title: string;
  /** `YYYY-MM-DD`, from front-matter `ms.date` or else the latest sample `eventTime`. */
  date?: string;
  dateSource: 'front-matter' | 'inferred';
  summary?: string;
  cleanups: TextCleanup[];
  eventRows: EventRow[];
  prefixRows: PrefixRow[];
  filters: JsonBlock[];
  samples: SampleBlock[];
  attributeTables: AttributeTable[];
  diagnostics: Diagnostic[];
}

export interface PageParts {
  title: string;
  frontMatterDate?: string;
  summary?: string;
  eventRows: EventRow[];
  prefixRows: PrefixRow[];
  filters: JsonBlock[];
  samples: SampleBlock[];
  attributeTables: AttributeTable[];
}

export function emptyParts(title = ''): PageParts {
  return { title, eventRows: [], prefixRows: [], filters: [], samples: [], attributeTables: [] };
}

/** UTF-8 no-break space decoded as Latin-1: "Â" + U+00A0. */
const MOJIBAKE_NBSP = 'Â\u00A0';

export class PageContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly cleanups: TextCleanup[] = [];
  private readonly cleaned = new Set<string>();

  constructor(
    readonly file: string,
    readonly lines: readonly string[],
  ) {}

  /** Page line `n` (1-based). */
  line(n: number): string {
    return this.lines[n - 1] ?? '';
  }

  /** `trail` is the heading trail of the section (the diagnostic's path: `Event responses > X event > Attribute list`). */
  error(line: number, column: number | undefined, message: string, trail: readonly string[] = []): void {
    this.diagnostics.push(
      diagnostic('error', { file: this.file, line, column, path: pathOf(trail) }, message),
    );
  }

  warn(line: number, message: string, trail: readonly string[] = [], column?: number): void {
    this.diagnostics.push(
      diagnostic('warning', { file: this.file, line, column, path: pathOf(trail) }, message),
    );
  }

  /**
   * Prose from page line `line`, starting at 0-based `offset` in it, with mojibake replaced; each
   * replacement is recorded once as a cleanup in page coordinates.
   */
  prose(line: number, offset: number, text: string): string {
    let out = '';
    let from = 0;
    for (let at = text.indexOf(MOJIBAKE_NBSP); at !== -1; at = text.indexOf(MOJIBAKE_NBSP, from)) {
      out += text.slice(from, at) + ' ';
      from = at + MOJIBAKE_NBSP.length;
      const column = offset + at + 1;
      const key = `${line}:${column}`;
      if (!this.cleaned.has(key)) {
        this.cleaned.add(key);
        this.cleanups.push({ line, column, found: MOJIBAKE_NBSP, replacement: ' ' });
      }
    }
    return out + text.slice(from);
  }

  /** A trimmed cell/segment of line `line` with its prose cleaned. */
  cell(line: number, raw: string): string {
    const full = this.line(line);
    const trimmed = raw.trim();
    const offset = full.indexOf(trimmed);
    return this.prose(line, Math.max(offset, 0), trimmed);
  }

  /** Parse a JSON block (lines `first`..`last`), reporting what cannot be repaired. */
  json(
    first: number,
    last: number,
    path: readonly string[],
  ): { published: string; value: unknown; repairs: Repair[] } | undefined {
    const published = this.lines.slice(first - 1, last).join('\n') + '\n';
    const result = repairJson(published, first);
    if (!result.ok) {
      this.error(result.line, result.column, `invalid JSON (not imported): ${result.message}`, path);
      return undefined;
    }
    return { published, value: result.value, repairs: result.repairs };
  }
}

function pathOf(trail: readonly string[]): string {
  return trail.length === 0 ? '(root)' : trail.join(' > ');
}

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

export function isFilterStart(line: string): boolean {
  return /^\s*"filter"\s*:\s*\{/.test(line);
}

export function eventsOf(value: unknown): Record<string, unknown>[] | undefined {
  const isEvent = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as Record<string, unknown>).eventType === 'string';
  if (isEvent(value)) return [value];
  if (Array.isArray(value) && value.length > 0 && value.every(isEvent)) return value;
  return undefined;
}

/** Split a paragraph into sentences and return the last one. */
function lastSentence(paragraph: string): string {
  const parts = paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/);
  return (parts[parts.length - 1] ?? paragraph).trim();
}

/** The paragraph ending just above line `before` (skipping blank lines), if it is prose. */
export function proseAbove(ctx: PageContext, before: number, isProse: (line: string) => boolean): string {
  let end = before - 1;
  while (end >= 1 && isBlank(ctx.line(end))) end--;
  if (end < 1 || !isProse(ctx.line(end))) return '';
  let start = end;
  while (start > 1 && !isBlank(ctx.line(start - 1)) && isProse(ctx.line(start - 1))) start--;
  const parts: string[] = [];
  for (let n = start; n <= end; n++) parts.push(ctx.cell(n, ctx.line(n)));
  return lastSentence(parts.join(' '));
}

/** Where a JSON block sits: the heading trail (diagnostic path), the section's event type and the example title. */
export interface BlockPlace {
  trail: readonly string[];
  event?: string;
  title?: string;
}

export function addJsonBlock(
  ctx: PageContext,
  first: number,
  last: number,
  description: string,
  parts: PageParts,
  kind: 'filter' | 'sample' | 'any',
  place: BlockPlace = { trail: [] },
): void {
  const parsed = ctx.json(first, last, place.trail);
  if (!parsed) return;
  const block: JsonBlock = { line: first, description, ...parsed };
  if (kind !== 'sample' && isFilterStart(ctx.line(first))) {
    parts.filters.push(block);
    return;
  }
  const events = eventsOf(parsed.value);
  if (!events) {
    ctx.warn(
      first,
      'JSON block is neither an event nor an array of events nor a filter (not imported)',
      place.trail,
    );
    return;
  }
  if (place.event !== undefined) {
    for (const event of events) {
      if (event.eventType !== place.event)
        ctx.warn(
          first,
          `sample's eventType ${JSON.stringify(event.eventType)} differs from its heading's ${place.event}`,
          place.trail,
        );
    }
  }
  parts.samples.push({ ...block, events, ...(place.title !== undefined ? { title: place.title } : {}) });
}

export function inferDate(samples: readonly SampleBlock[]): string | undefined {
  let best: { time: number; text: string } | undefined;
  for (const sample of samples) {
    for (const event of sample.events) {
      const text = event.eventTime;
      if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(text)) continue;
      const time = Date.parse(text);
      if (Number.isNaN(time)) continue;
      if (!best || time > best.time) best = { time, text };
    }
  }
  return best?.text.slice(0, 10);
}

/** First prose paragraph from line `from`; in text pages a callout label ("Important") and its body are skipped. */
export function firstProseParagraph(
  ctx: PageContext,
  from: number,
  isProse: (line: string) => boolean,
  callouts: boolean,
): string | undefined {
  let n = from;
  let inFence = false;
  while (n <= ctx.lines.length) {
    const line = ctx.line(n);
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (inFence || isBlank(line) || !isProse(line) || /^\s*```/.test(line)) {
      n++;
      continue;
    }
    if (callouts && /^(Note|Important|Tip|Caution|Warning)$/i.test(line.trim())) {
      n++;
      while (n <= ctx.lines.length && isBlank(ctx.line(n))) n++;
      while (n <= ctx.lines.length && !isBlank(ctx.line(n))) n++;
      continue;
    }
    const texts: string[] = [];
    while (n <= ctx.lines.length && !isBlank(ctx.line(n)) && isProse(ctx.line(n))) {
      texts.push(ctx.cell(n, ctx.line(n)));
      n++;
    }
    return texts.join(' ');
  }
  return undefined;
}
