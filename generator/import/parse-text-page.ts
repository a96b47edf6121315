/** The plain-text rendering of a docs page (seed 2020-09): no fences, space-separated tables, "X event" lines before samples. */
import {
  addJsonBlock,
  emptyParts,
  firstProseParagraph,
  isBlank,
  isFilterStart,
  proseAbove,
  type PageContext,
  type PageParts,
} from './page-context.ts';
import { addEventRow, addPrefixRow } from './docs-page-tables.ts';

const TEXT_EVENT_HEADER = /^event type\s+description$/i;
const TEXT_PREFIX_HEADER = /^subject(?: prefix)?\s+communication service entity$/i;

export function parseText(ctx: PageContext): PageParts {
  const parts = emptyParts(ctx.line(1).trim());
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
        if (!m)
          ctx.warn(n, `table row has a single column: ${JSON.stringify(ctx.line(n).trim())} (not imported)`);
        else if (kind === 'events') addEventRow(ctx, n, m[1]!, m[2]!, undefined, parts);
        else addPrefixRow(ctx, n, m[1]!, m[2]!, parts);
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
        addJsonBlock(ctx, start, last, '', parts, 'sample', { trail: [trimmed] });
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
