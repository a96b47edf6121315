/**
 * The property table view model: rows from ./properties.ts printed as table-safe Markdown, shared
 * definitions linked to their section of the types page.
 */
import { FORMAT_MEANINGS, type EnumShape } from '../../../model/schema-shapes.ts';
import { code, join, link, markup, prose, text, type Markdown } from '../../../syntax/markdown-inline.ts';
import { memoized } from '../../../syntax/memoized.ts';
import { anchors, href, PAGES } from './docs-paths.ts';
import type { PropertyRow, SchemaFacts, TypeShape } from './property-rows.ts';

/** Three columns, so that a row fits a phone: the name, the type and whether it is required, then what it means. */
export interface PropertyRowView {
  nameMd: Markdown;
  /** `string, required`. */
  typeMd: Markdown;
  /** The description, then the format, the values, the constant or the discriminator. */
  descriptionMd: Markdown;
}

const CELL = { table: true };

/** A description in a table cell, remembered: a definition's properties fill the table of every event using it. */
const cellProse = memoized((description) => prose(description, CELL));

export function propertyTable(rows: readonly PropertyRow[], from: string): PropertyRowView[] {
  return rows.map((row) => {
    const facts = factsLabel(row, from);
    const meaning = description(row);
    return {
      nameMd: code(row.path, CELL),
      typeMd: markup`${typeLabel(row.type, from)}, ${text(row.required ? 'required' : 'optional')}`,
      descriptionMd:
        facts === markup``
          ? meaning
          : meaning === markup``
            ? capitalized(facts)
            : markup`${meaning} ${capitalized(facts)}.`,
    };
  });
}

/** `one of …` → `One of …` when the facts start a sentence of their own. */
function capitalized(facts: Markdown): Markdown {
  return facts.replace(/^[a-z]/, (letter) => letter.toUpperCase()) as Markdown;
}

export function typeLabel(type: TypeShape, from: string): Markdown {
  switch (type.kind) {
    case 'primitive':
      return text(type.name);
    case 'ref':
      return definitionLink(type.name, from);
    case 'object':
      return markup`object`;
    case 'extends':
      return markup`object extending ${join(
        type.bases.map((base) => definitionLink(base, from)),
        ' and ',
      )}`;
    case 'map':
      return markup`map of ${typeLabel(type.values, from)}`;
    case 'array':
      return markup`array of ${typeLabel(type.items, from)}`;
    case 'union':
      return join([...new Set(type.options.map((option) => typeLabel(option, from)))], ' or ');
    case 'any':
      return markup`any`;
  }
}

const definitionLink = (name: string, from: string): Markdown =>
  link(text(name), href(from, PAGES.types, anchors.definition({ name })));

const value = (literal: unknown): Markdown => code(JSON.stringify(literal), CELL);

/** The Format cell: the format (and what it means), the values, the constant, the discriminator. */
export function factsLabel(facts: SchemaFacts, from: string): Markdown {
  const parts: Markdown[] = [];
  if (facts.format !== undefined) {
    const meaning = FORMAT_MEANINGS[facts.format];
    parts.push(
      meaning === undefined
        ? markup`format ${text(facts.format)}`
        : markup`${text(facts.format)}: ${text(meaning)}`,
    );
  }
  if (facts.enum !== undefined) parts.push(enumLabel(facts.enum));
  if (facts.const !== undefined) parts.push(markup`always ${value(facts.const)}`);
  if (facts.union !== undefined) {
    const branches = facts.union.branches.map((branch) =>
      branch.definition === undefined
        ? value(branch.value)
        : markup`${value(branch.value)} for ${definitionLink(branch.definition, from)}`,
    );
    parts.push(markup`told apart by ${code(facts.union.property, CELL)}: ${join(branches, ', ')}`);
  }
  return join(parts, '; ');
}

/** `one of "a", "b"`; documented values with their descriptions; an open enum says others may appear. */
function enumLabel(shape: EnumShape): Markdown {
  const values = join(
    shape.values.map((entry) =>
      entry.description === undefined
        ? value(entry.value)
        : markup`${value(entry.value)} (${cellProse(entry.description)})`,
    ),
    ', ',
  );
  return shape.open ? markup`known values ${values}; other values may appear` : markup`one of ${values}`;
}

function description(row: PropertyRow): Markdown {
  const body = row.description === undefined ? markup`` : cellProse(row.description);
  const deprecated = row.deprecated ? markup`Deprecated. ${body}` : body;
  if (row.when === undefined) return deprecated;
  const condition = markup`Only when ${code(row.when.property, CELL)} is ${value(row.when.value)}.`;
  return row.description === undefined && !row.deprecated ? condition : markup`${condition} ${deprecated}`;
}
