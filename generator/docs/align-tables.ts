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
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
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
  if (!header || !delimiter || delimiter.length !== header.length || !delimiter.every((cell) => DELIMITER_CELL.test(cell))) {
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
  const row = trimSpaces(line);
  if (!row.startsWith('|')) return undefined;
  const cells: string[] = [];
  let cell = '';
  let closed = false;
  for (let i = 1; i < row.length; i++) {
    const character = row[i]!;
    if (character === '\\' && i + 1 < row.length) {
      cell += character + row[++i];
    } else if (character === '|') {
      cells.push(trimSpaces(cell));
      cell = '';
      closed = i === row.length - 1;
    } else {
      cell += character;
    }
  }
  if (!closed) cells.push(trimSpaces(cell));
  return cells;
}

/** Only spaces and tabs: other whitespace (a no-break space) is cell content. */
function trimSpaces(value: string): string {
  return value.replace(/^[ \t]+|[ \t]+$/g, '');
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
