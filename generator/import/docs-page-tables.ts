/**
 * Docs tables: the event-type table (with or without a namespace, a Level or Subdomain column,
 * `(Preview)` suffixes, links), the subject-prefix table and attribute tables (Attribute | Type |
 * Nullable | Description | Notes). Each kind is recognised by its header.
 */
import type { AttributeOwner, AttributeRow, PageContext, PageParts } from './page-context.ts';

export function splitRow(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/);
}

/** A cell's text as printed, without Markdown link syntax and code marks: "[`MediaContent`](#mediacontent)" → "MediaContent". */
export function plainCell(cell: string): string {
  return cell
    .trim()
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^`([^`]*)`$/, '$1')
    .trim();
}

export type TableKind =
  | { kind: 'events'; description: number; level?: number }
  | { kind: 'prefixes' }
  | { kind: 'attributes'; type: number; nullable?: number; description?: number; notes?: number }
  | { kind: 'values' };

/** What a table holds, from its header cells (lower-cased, trimmed). */
export function tableKind(head: readonly string[]): TableKind | undefined {
  const at = (name: string): number | undefined => {
    const i = head.indexOf(name);
    return i === -1 ? undefined : i;
  };
  const first = head[0] ?? '';
  if (first === 'event type' || first === 'events')
    return { kind: 'events', description: at('description') ?? 1, ...optional('level', at('level')) };
  if (first === 'subject prefix' || first === 'subject') return { kind: 'prefixes' };
  const type = at('type');
  if (first === 'attribute' && type !== undefined)
    return {
      kind: 'attributes',
      type,
      ...optional('nullable', at('nullable')),
      ...optional('description', at('description')),
      ...optional('notes', at('notes')),
    };
  if (first === 'value' && at('description') !== undefined) return { kind: 'values' };
  return undefined;
}

function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}

/** `Microsoft.Communication.ChatMessageReceived`, `Microsoft.Communication.X(Preview)` or a bare `RouterJobReceived`. */
const EVENT_CELL = /^(?:Microsoft\.[A-Za-z0-9.]+|[A-Z][A-Za-z0-9]+)(?:\s*\(Preview\))?$/;

export function addEventRow(
  ctx: PageContext,
  line: number,
  first: string,
  description: string,
  level: string | undefined,
  parts: PageParts,
): void {
  const type = plainCell(first);
  if (!EVENT_CELL.test(type)) {
    ctx.warn(
      line,
      `event table row does not name an event type: ${JSON.stringify(first.trim())} (not imported)`,
    );
    return;
  }
  const shownLevel = level === undefined ? '' : plainCell(level);
  parts.eventRows.push({
    line,
    type,
    description: ctx.cell(line, description),
    ...(shownLevel !== '' ? { level: shownLevel } : {}),
  });
}

export function addPrefixRow(
  ctx: PageContext,
  line: number,
  first: string,
  entity: string,
  parts: PageParts,
): void {
  const published = plainCell(first);
  if (!published.includes('/')) {
    ctx.warn(line, `subject table row has no '/': ${JSON.stringify(first.trim())} (not imported)`);
    return;
  }
  parts.prefixRows.push({ line, published, entity: ctx.cell(line, entity) });
}

const NULLABLE: Record<string, boolean> = { '❌': false, '✔️': true, '✔': true, '✅': true };

/** One attribute-table row; undefined (with a diagnostic) when it names no attribute. */
export function attributeRow(
  ctx: PageContext,
  line: number,
  cells: readonly string[],
  columns: Extract<TableKind, { kind: 'attributes' }>,
  path: readonly string[],
): AttributeRow | undefined {
  const cell = (i: number | undefined): string => (i === undefined ? '' : ctx.cell(line, cells[i] ?? ''));
  const name = plainCell(cells[0] ?? '');
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) {
    ctx.warn(line, `attribute table row names no attribute: ${JSON.stringify(name)} (not imported)`, path);
    return undefined;
  }
  const type = plainCell(cells[columns.type] ?? '');
  if (type === '') ctx.warn(line, `attribute ${name} has no type`, path);
  const glyph = cell(columns.nullable);
  const nullable = NULLABLE[glyph];
  if (glyph !== '' && nullable === undefined)
    ctx.warn(
      line,
      `attribute ${name}: Nullable cell ${JSON.stringify(glyph)} is neither ❌ nor ✔️ (left out)`,
      path,
    );
  const description = [cell(columns.description), cell(columns.notes)].filter((t) => t !== '').join('\n');
  return {
    line,
    name,
    type,
    ...(nullable !== undefined ? { nullable } : {}),
    ...(description !== '' ? { description } : {}),
  };
}

/** Reads the pipe table whose header is on line `header`; returns the first line after it. */
export function markdownTable(
  ctx: PageContext,
  header: number,
  parts: PageParts,
  owner: AttributeOwner | undefined,
  path: readonly string[],
): number {
  const head = splitRow(ctx.line(header)).map((c) => c.trim().toLowerCase());
  let n = header + 2;
  const rows: { line: number; cells: string[] }[] = [];
  while (n <= ctx.lines.length && /^\s*\|/.test(ctx.line(n))) {
    rows.push({ line: n, cells: splitRow(ctx.line(n)) });
    n++;
  }
  const kind = tableKind(head);
  switch (kind?.kind) {
    case 'events':
      for (const { line, cells } of rows)
        addEventRow(
          ctx,
          line,
          cells[0] ?? '',
          cells[kind.description] ?? '',
          kind.level === undefined ? undefined : cells[kind.level],
          parts,
        );
      break;
    case 'prefixes':
      for (const { line, cells } of rows) addPrefixRow(ctx, line, cells[0] ?? '', cells[1] ?? '', parts);
      break;
    case 'attributes': {
      if (owner === undefined) {
        ctx.warn(header, 'attribute table outside any event or sub-type section (not imported)', path);
        break;
      }
      const read = rows.flatMap(({ line, cells }) => attributeRow(ctx, line, cells, kind, path) ?? []);
      parts.attributeTables.push({ line: header, owner, from: 'table', rows: read });
      break;
    }
    case 'values':
      ctx.warn(
        header,
        `value table${owner && 'definition' in owner ? ` of ${owner.definition}` : ''} not catalogued (values: ${rows
          .map((r) => plainCell(r.cells[0] ?? ''))
          .join(', ')}); the catalog has no place for enum tables yet`,
        path,
      );
      break;
    default:
      if (owner !== undefined && 'event' in owner)
        ctx.warn(header, `table not understood (header: ${head.join(' | ')}; not imported)`, path);
      break;
  }
  return n;
}
