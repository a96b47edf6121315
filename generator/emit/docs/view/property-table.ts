/**
 * The property table view model: rows from ./properties.ts printed as table-safe Markdown, shared
 * definitions linked to their section of the types page.
 */
import type { Definition, JsonSchema } from '../../../model/catalog-model.ts';
import { code, join, link, markup, prose, text, type Markdown } from '../../../syntax/markdown-inline.ts';
import { anchors, href, PAGES } from './docs-paths.ts';
import { propertyRows, type PropertyRow, type RowOptions, type TypeShape } from './property-rows.ts';

export interface PropertyRowView {
  nameMd: Markdown;
  typeMd: Markdown;
  required: string;
  formatMd: Markdown;
  descriptionMd: Markdown;
}

const CELL = { table: true };

export function propertyTable(
  schema: JsonSchema,
  definitions: readonly Definition[],
  from: string,
  options: RowOptions,
): PropertyRowView[] {
  return propertyRows(schema, definitions, options).map((row) => ({
    nameMd: code(row.path, CELL),
    typeMd: typeLabel(row.type, from),
    required: row.required ? 'yes' : 'no',
    formatMd: formatLabel(row),
    descriptionMd: description(row),
  }));
}

export function typeLabel(type: TypeShape, from: string): Markdown {
  switch (type.kind) {
    case 'primitive':
      return text(type.name);
    case 'ref':
      return link(text(type.name), href(from, PAGES.types, anchors.definition({ name: type.name })));
    case 'object':
      return markup`object`;
    case 'map':
      return markup`map of ${typeLabel(type.values, from)}`;
    case 'array':
      return markup`array of ${typeLabel(type.items, from)}`;
    case 'union':
      return join(
        type.options.map((option) => typeLabel(option, from)),
        ' or ',
      );
    case 'any':
      return markup`any`;
  }
}

function formatLabel(row: PropertyRow): Markdown {
  const parts: Markdown[] = [];
  if (row.format !== undefined) parts.push(text(row.format));
  if (row.enum !== undefined)
    parts.push(
      markup`one of ${join(
        row.enum.map((value) => code(JSON.stringify(value), CELL)),
        ', ',
      )}`,
    );
  if (row.const !== undefined) parts.push(markup`always ${code(JSON.stringify(row.const), CELL)}`);
  return join(parts, '; ');
}

function description(row: PropertyRow): Markdown {
  const body = row.description === undefined ? markup`` : prose(row.description, CELL);
  return row.deprecated ? markup`Deprecated. ${body}` : body;
}
