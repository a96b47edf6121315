/**
 * Parse one ACS "event handling" docs page — Markdown with YAML front matter, pipe tables and
 * ```json fences, or its plain-text rendering (no fences, space-separated tables) — into the facts
 * the importer catalogs, each with its seed line. Pure: text in, data out.
 */
import type { Repair, TextCleanup } from '../model/catalog-model.ts';
import { repairJson } from '../model/repair-json.ts';
import type { Diagnostic } from './import-diagnostic.ts';

export interface EventRow {
  line: number;
  /** The event type exactly as the row spells it. */
  type: string;
  description: string;
}

export interface PrefixRow {
  line: number;
  /** The row's first cell (code-span backticks removed). */
  published: string;
  entity: string;
}

export interface JsonBlock {
  /** Seed line of the JSON text's first line. */
  line: number;
  /** The JSON text exactly as published: its lines joined with `\n`, ending with `\n`. */
  published: string;
  /** The sentence just above the block. */
  description: string;
  value: unknown;
  repairs: Repair[];
}

export interface SampleBlock extends JsonBlock {
  /** The events in the block (a single event is returned as a one-element list). */
  events: Record<string, unknown>[];
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
  diagnostics: Diagnostic[];
}

/** UTF-8 no-break space decoded as Latin-1: "Â" + U+00A0. */
const MOJIBAKE_NBSP = 'Â\u00A0';

export function parsePage(file: string, text: string): ParsedPage {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const format = detectFormat(lines);
  const ctx = new PageContext(file, lines);
  const page = format === 'markdown' ? parseMarkdown(ctx) : parseText(ctx);
  const date = page.frontMatterDate ?? inferDate(page.samples);
  if (date === undefined) {
    ctx.error(1, undefined, 'cannot date the page: no front-matter ms.date and no sample eventTime');
  }
  return {
    file,
    format,
    title: page.title,
    ...(date !== undefined ? { date } : {}),
    dateSource: page.frontMatterDate !== undefined ? 'front-matter' : 'inferred',
    ...(page.summary !== undefined ? { summary: page.summary } : {}),
    cleanups: ctx.cleanups.sort((a, b) => a.line - b.line || a.column - b.column),
    eventRows: page.eventRows,
    prefixRows: page.prefixRows,
    filters: page.filters,
    samples: page.samples,
    diagnostics: ctx.diagnostics,
  };
}

export function detectFormat(lines: readonly string[]): 'markdown' | 'text' {
  if (lines[0]?.trim() === '---') return 'markdown';
  return lines.some((l) => /^\s*```/.test(l) || /^#{1,6}\s/.test(l)) ? 'markdown' : 'text';
}

// ---------------------------------------------------------------------------------------------

interface PageParts {
  title: string;
  frontMatterDate?: string;
  summary?: string;
  eventRows: EventRow[];
  prefixRows: PrefixRow[];
  filters: JsonBlock[];
  samples: SampleBlock[];
}

class PageContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly cleanups: TextCleanup[] = [];
  private readonly cleaned = new Set<string>();

  constructor(
    readonly file: string,
    readonly lines: readonly string[],
  ) {}

  /** Seed line `n` (1-based). */
  line(n: number): string {
    return this.lines[n - 1] ?? '';
  }

  error(line: number, column: number | undefined, message: string): void {
    this.diagnostics.push({
      severity: 'error',
      file: this.file,
      line,
      ...(column !== undefined ? { column } : {}),
      message,
    });
  }

  warn(line: number, message: string): void {
    this.diagnostics.push({ severity: 'warning', file: this.file, line, message });
  }

  /**
   * Prose from seed line `line`, starting at 0-based `offset` in it, with mojibake replaced; each
   * replacement is recorded once as a cleanup in seed coordinates.
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
  json(first: number, last: number): { published: string; value: unknown; repairs: Repair[] } | undefined {
    const published = this.lines.slice(first - 1, last).join('\n') + '\n';
    const result = repairJson(published, first);
    if (!result.ok) {
      this.error(result.line, result.column, `invalid JSON (skipped): ${result.message}`);
      return undefined;
    }
    return { published, value: result.value, repairs: result.repairs };
  }
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

function stripCode(cell: string): string {
  const t = cell.trim();
  const m = /^`([^`]*)`$/.exec(t);
  return m ? m[1]! : t;
}

function isFilterStart(line: string): boolean {
  return /^\s*"filter"\s*:\s*\{/.test(line);
}

function eventsOf(value: unknown): Record<string, unknown>[] | undefined {
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
function proseAbove(ctx: PageContext, before: number, isProse: (line: string) => boolean): string {
  let end = before - 1;
  while (end >= 1 && isBlank(ctx.line(end))) end--;
  if (end < 1 || !isProse(ctx.line(end))) return '';
  let start = end;
  while (start > 1 && !isBlank(ctx.line(start - 1)) && isProse(ctx.line(start - 1))) start--;
  const parts: string[] = [];
  for (let n = start; n <= end; n++) parts.push(ctx.cell(n, ctx.line(n)));
  return lastSentence(parts.join(' '));
}

function addJsonBlock(
  ctx: PageContext,
  first: number,
  last: number,
  description: string,
  parts: PageParts,
  kind: 'filter' | 'sample' | 'any',
): void {
  const parsed = ctx.json(first, last);
  if (!parsed) return;
  const block: JsonBlock = { line: first, description, ...parsed };
  if (kind !== 'sample' && isFilterStart(ctx.line(first))) {
    parts.filters.push(block);
    return;
  }
  const events = eventsOf(parsed.value);
  if (events) {
    parts.samples.push({ ...block, events });
  } else if (kind === 'sample') {
    ctx.warn(first, 'JSON block after an event heading is not an event or an array of events (skipped)');
  }
}

function inferDate(samples: readonly SampleBlock[]): string | undefined {
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

// ---------------------------------------------------------------------------------------------
// Markdown

function parseMarkdown(ctx: PageContext): PageParts {
  const parts: PageParts = { title: '', eventRows: [], prefixRows: [], filters: [], samples: [] };
  let n = 1;
  const frontMatter: Record<string, string> = {};
  if (ctx.line(1).trim() === '---') {
    let end = 2;
    while (end <= ctx.lines.length && ctx.line(end).trim() !== '---') end++;
    for (let i = 2; i < end; i++) {
      const m = /^([\w.-]+)\s*:\s*(.*?)\s*$/.exec(ctx.line(i));
      if (m) frontMatter[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
    }
    n = end + 1;
    const date = frontMatter['ms.date'];
    if (date !== undefined) {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date);
      const line = ctx.lines.findIndex((l) => /^ms\.date\s*:/.test(l)) + 1;
      if (m) parts.frontMatterDate = `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
      else ctx.warn(line, `ms.date ${JSON.stringify(date)} is not MM/DD/YYYY (ignored)`);
    }
  }
  const bodyStart = n;

  let h1: number | undefined;
  for (let i = bodyStart; i <= ctx.lines.length; i++) {
    const line = ctx.line(i);
    const fence = /^\s*```\s*([\w-]*)\s*$/.exec(line);
    if (fence) {
      let end = i + 1;
      while (end <= ctx.lines.length && !/^\s*```\s*$/.test(ctx.line(end))) end++;
      if (end > ctx.lines.length) ctx.warn(i, 'unclosed ``` fence');
      if (fence[1]!.toLowerCase() === 'json' && end - 1 >= i + 1) {
        const description = proseAbove(ctx, i, isMarkdownProse);
        addJsonBlock(ctx, i + 1, end - 1, description, parts, 'any');
      }
      i = end;
      continue;
    }
    const heading = /^#\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading && h1 === undefined) h1 = i;
    if (/^\s*\|/.test(line) && /^\s*\|?\s*:?-{3,}/.test(ctx.line(i + 1))) {
      i = markdownTable(ctx, i, parts) - 1;
    }
  }

  const title = frontMatter.title;
  parts.title =
    title !== undefined && title !== ''
      ? title
      : h1 !== undefined
        ? ctx.line(h1).replace(/^#\s+/, '').trim()
        : '';
  const summary = firstProseParagraph(ctx, h1 !== undefined ? h1 + 1 : bodyStart, isMarkdownProse, false);
  if (summary !== undefined) parts.summary = summary;
  return parts;
}

function isMarkdownProse(line: string): boolean {
  const t = line.trim();
  return t !== '' && !/^(#|>|\||:::|!\[|```|[*+-]\s|\d+[.)]\s|<|---)/.test(t);
}

function splitRow(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/);
}

/** Reads the pipe table whose header is on line `header`; returns the first line after it. */
function markdownTable(ctx: PageContext, header: number, parts: PageParts): number {
  const head = splitRow(ctx.line(header)).map((c) => c.trim().toLowerCase());
  let n = header + 2;
  const rows: { line: number; cells: string[] }[] = [];
  while (n <= ctx.lines.length && /^\s*\|/.test(ctx.line(n))) {
    rows.push({ line: n, cells: splitRow(ctx.line(n)) });
    n++;
  }
  const kind = tableKind(head[0] ?? '');
  for (const row of rows) addRow(ctx, kind, row.line, row.cells[0] ?? '', row.cells[1] ?? '', parts);
  return n;
}

function tableKind(firstHeader: string): 'events' | 'prefixes' | undefined {
  const h = firstHeader.trim().toLowerCase();
  if (h === 'event type') return 'events';
  if (h === 'subject prefix' || h === 'subject') return 'prefixes';
  return undefined;
}

function addRow(
  ctx: PageContext,
  kind: 'events' | 'prefixes' | undefined,
  line: number,
  first: string,
  second: string,
  parts: PageParts,
): void {
  if (kind === 'events') {
    const type = stripCode(first);
    if (!/^Microsoft\.[A-Za-z0-9.]+$/.test(type)) {
      ctx.warn(
        line,
        `event table row does not name an event type: ${JSON.stringify(first.trim())} (skipped)`,
      );
      return;
    }
    parts.eventRows.push({ line, type, description: ctx.cell(line, second) });
  } else if (kind === 'prefixes') {
    const published = stripCode(first);
    if (!published.includes('/')) {
      ctx.warn(line, `subject table row has no '/': ${JSON.stringify(first.trim())} (skipped)`);
      return;
    }
    parts.prefixRows.push({ line, published, entity: ctx.cell(line, second) });
  }
}

/** First prose paragraph from line `from`; in text pages a callout label ("Important") and its body are skipped. */
function firstProseParagraph(
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

// ---------------------------------------------------------------------------------------------
// Plain text

const TEXT_EVENT_HEADER = /^event type\s+description$/i;
const TEXT_PREFIX_HEADER = /^subject(?: prefix)?\s+communication service entity$/i;

function parseText(ctx: PageContext): PageParts {
  const parts: PageParts = {
    title: ctx.line(1).trim(),
    eventRows: [],
    prefixRows: [],
    filters: [],
    samples: [],
  };
  for (let n = 1; n <= ctx.lines.length; n++) {
    const line = ctx.line(n);
    const trimmed = line.trim();
    const kind = TEXT_EVENT_HEADER.test(trimmed)
      ? 'events'
      : TEXT_PREFIX_HEADER.test(trimmed)
        ? 'prefixes'
        : undefined;
    if (kind) {
      n++;
      while (n <= ctx.lines.length && !isBlank(ctx.line(n))) {
        const m = /^\s*(\S+)\s+(.*)$/.exec(ctx.line(n));
        if (m) addRow(ctx, kind, n, m[1]!, m[2]!, parts);
        else ctx.warn(n, `table row has a single column: ${JSON.stringify(ctx.line(n).trim())} (skipped)`);
        n++;
      }
      continue;
    }
    if (isFilterStart(line)) {
      const last = jsonBlockEnd(ctx, n);
      addJsonBlock(ctx, n, last, proseAbove(ctx, n, isTextProse), parts, 'filter');
      n = last;
      continue;
    }
    if (/^\S.*\s+event\s*$/.test(trimmed)) {
      let start = n + 1;
      while (start <= ctx.lines.length && isBlank(ctx.line(start))) start++;
      if (/^\s*[[{]/.test(ctx.line(start))) {
        const last = jsonBlockEnd(ctx, start);
        addJsonBlock(ctx, start, last, '', parts, 'sample');
        n = last;
      }
    }
  }
  const summary = firstProseParagraph(ctx, 2, isTextProse, true);
  if (summary !== undefined) parts.summary = summary;
  return parts;
}

function isTextProse(line: string): boolean {
  const t = line.trim();
  return t !== '' && !/^[[{"}\]]/.test(t);
}

/**
 * Last line of the JSON text starting on line `first`: where its brackets balance again, or —
 * when they never do — the last line before a blank line followed by prose.
 */
function jsonBlockEnd(ctx: PageContext, first: number): number {
  let depth = 0;
  let opened = false;
  let inString = false;
  for (let n = first; n <= ctx.lines.length; n++) {
    const line = ctx.line(n);
    if (isBlank(line) && !inString && opened) {
      let next = n + 1;
      while (next <= ctx.lines.length && isBlank(ctx.line(next))) next++;
      if (next > ctx.lines.length || /^[A-Za-z#]/.test(ctx.line(next))) return n - 1;
    }
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') {
        depth++;
        opened = true;
      } else if (ch === '}' || ch === ']') {
        depth--;
        if (opened && depth <= 0) return n;
      }
    }
    inString = false; // strings do not span lines in JSON
  }
  return ctx.lines.length;
}
