/**
 * The Job Router page's "Model Definitions" are C# code blocks, not JSON: each `public class X`
 * becomes attribute rows of definition X (property name and type as printed, nullable from a `?`
 * suffix, the line of the property). C# enums are reported, not catalogued: their members are
 * PascalCase (`Equal`) where the samples show the wire's camelCase (`"equal"`).
 */
import type { AttributeRow, AttributeTable, PageContext } from './page-context.ts';

const CLASS = /^\s*public\s+(?:sealed\s+|partial\s+)*class\s+(\w+)/;
const ENUM = /^\s*public\s+enum\s+(\w+)/;
const PROPERTY = /^\s*public\s+(.+?)\s+(\w+)\s*\{\s*get;/;
const MEMBER = /^\s*(\w+)\s*(?:=\s*[^,]+)?,?\s*$/;

export function readCSharpModels(
  ctx: PageContext,
  first: number,
  last: number,
  path: readonly string[],
): AttributeTable[] {
  const tables: AttributeTable[] = [];
  let current: { table: AttributeTable } | { enumName: string; line: number; members: string[] } | undefined;
  const closeEnum = (): void => {
    if (current && 'enumName' in current)
      ctx.warn(
        current.line,
        `C# enum ${current.enumName} (${current.members.join(', ')}) not catalogued: the docs' C# member names are not the wire's values`,
        path,
      );
  };
  for (let n = first; n <= last; n++) {
    const line = ctx.line(n);
    const cls = CLASS.exec(line);
    const enm = ENUM.exec(line);
    if (cls) {
      closeEnum();
      current = { table: { line: n, owner: { definition: cls[1]! }, from: 'csharp', rows: [] } };
      tables.push(current.table);
      continue;
    }
    if (enm) {
      closeEnum();
      current = { enumName: enm[1]!, line: n, members: [] };
      continue;
    }
    const t = line.trim();
    if (t === '' || t === '{' || t === '}' || t === '};' || t.startsWith('//')) continue;
    if (current && 'table' in current) {
      const m = PROPERTY.exec(line);
      if (m) {
        current.table.rows.push(property(n, m[1]!, m[2]!));
        continue;
      }
    } else if (current && 'enumName' in current) {
      const m = MEMBER.exec(line);
      if (m) {
        current.members.push(m[1]!);
        continue;
      }
    }
    ctx.warn(n, `C# line not understood: ${JSON.stringify(t)} (not imported)`, path);
  }
  closeEnum();
  return tables;
}

function property(line: number, printed: string, name: string): AttributeRow {
  const nullable = printed.endsWith('?');
  return { line, name, type: nullable ? printed.slice(0, -1) : printed, nullable, description: '' };
}
