/**
 * Pads the GFM tables of a rendered page the way prettier prints them, so the page needs no
 * formatter: every column as wide as its widest cell (at least 3), cells padded with spaces
 * (right- or centre-aligned columns padded on the left as well), the delimiter row drawn with
 * dashes across the whole column width. The templates write tables unpadded.
 */
import { displayWidth } from './display-width.ts';

type Alignment = 'none' | 'left' | 'center' | 'right';

interface Table {
  alignments: Alignment[];
  /** Header row first, then the body; cells trimmed, as written (escapes kept). */
  rows: string[][];
}

const MIN_COLUMN_WIDTH = 3;
const DELIMITER_CELL = /^:?-+:?$/;

export function alignTables(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
      out.push(line);
      continue;
    }
    if (marker) fence = marker;
    const table = marker ? undefined : tableAt(lines, i);
    if (!table) {
      out.push(line);
      continue;
    }
    out.push(...printTable(table));
    i += table.rows.length; // the rows and the delimiter line, less the line the loop steps over
  }
  return out.join('\n');
}

/** The table whose header row is `lines[start]`, if the next line is a matching delimiter row. */
function tableAt(lines: readonly string[], start: number): Table | undefined {
  const header = cellsOf(lines[start]!);
  const delimiter = lines[start + 1] === undefined ? undefined : cellsOf(lines[start + 1]!);
  if (
    !header?.length ||
    delimiter?.length !== header.length ||
    !delimiter.every((cell) => DELIMITER_CELL.test(cell))
  ) {
    return undefined;
  }
  const rows = [header];
  for (let i = start + 2; i < lines.length; i++) {
    const cells = cellsOf(lines[i]!);
    if (!cells) break;
    rows.push(cells);
  }
  return { alignments: delimiter.map(alignmentOf), rows };
}

/**
 * The trimmed cells of a `| a | b |` row, or undefined for any other line. A pipe escaped with a
 * backslash is cell content, inside code spans too (GFM splits rows before it parses code); a
 * backslash escapes only the character right after it, so `\\|` is a backslash, then a separator.
 */
function cellsOf(line: string): string[] | undefined {
  if (!/^ {0,3}\|/.test(line)) return undefined;
  const row = trimSpaces(line);
  const cells: string[] = [];
  let start = 1;
  for (let i = 1; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') {
      cells.push(trimSpaces(row.slice(start, i)));
      start = i + 1;
    }
  }
  if (start < row.length) cells.push(trimSpaces(row.slice(start))); // no closing pipe
  return cells;
}

/** Only spaces and tabs: other whitespace (a no-break space) is cell content. (A loop: a regex was the hot spot.) */
function trimSpaces(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isSpace(value[start]!)) start++;
  while (end > start && isSpace(value[end - 1]!)) end--;
  return value.slice(start, end);
}

function isSpace(character: string): boolean {
  return character === ' ' || character === '\t';
}

function alignmentOf(delimiter: string): Alignment {
  const left = delimiter.startsWith(':');
  const right = delimiter.endsWith(':');
  return left && right ? 'center' : left ? 'left' : right ? 'right' : 'none';
}

function printTable({ alignments, rows }: Table): string[] {
  const widths: number[] = [];
  const measured = rows.map((row) =>
    row.map((text, column) => {
      const width = displayWidth(text);
      widths[column] = Math.max(widths[column] ?? MIN_COLUMN_WIDTH, width);
      return { text, width };
    }),
  );
  const printRow = (cells: { text: string; width: number }[]) =>
    `| ${cells.map((cell, column) => pad(cell.text, widths[column]! - cell.width, alignments[column] ?? 'none')).join(' | ')} |`;
  const delimiterRow = `| ${alignments.map((alignment, column) => delimiter(widths[column]!, alignment)).join(' | ')} |`;
  const [header, ...body] = measured;
  return [printRow(header!), delimiterRow, ...body.map(printRow)];
}

function pad(text: string, spaces: number, alignment: Alignment): string {
  const before = alignment === 'right' ? spaces : alignment === 'center' ? Math.floor(spaces / 2) : 0;
  return `${' '.repeat(before)}${text}${' '.repeat(spaces - before)}`;
}

function delimiter(width: number, alignment: Alignment): string {
  const first = alignment === 'left' || alignment === 'center' ? ':' : '-';
  const last = alignment === 'right' || alignment === 'center' ? ':' : '-';
  return `${first}${'-'.repeat(width - 2)}${last}`;
}
