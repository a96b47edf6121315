/**
 * Parse one ACS "event handling" docs page — Markdown with YAML front matter, pipe tables and
 * ```json fences, or its plain-text rendering (no fences, space-separated tables) — into the facts
 * the importer catalogs, each with its page line. CRLF and LF pages read alike (published text is
 * kept with `\n` line ends). Pure: text in, data out.
 */
import { parseMarkdown } from './parse-markdown-page.ts';
import { parseText } from './parse-text-page.ts';
import { inferDate, PageContext, type ParsedPage } from './page-context.ts';

export type {
  AttributeOwner,
  AttributeRow,
  AttributeTable,
  EventRow,
  JsonBlock,
  ParsedPage,
  PrefixRow,
  SampleBlock,
} from './page-context.ts';

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
    attributeTables: page.attributeTables,
    diagnostics: ctx.diagnostics,
  };
}

export function detectFormat(lines: readonly string[]): 'markdown' | 'text' {
  if (lines[0]?.trim() === '---') return 'markdown';
  return lines.some((l) => /^\s*```/.test(l) || /^#{1,6}\s/.test(l)) ? 'markdown' : 'text';
}
