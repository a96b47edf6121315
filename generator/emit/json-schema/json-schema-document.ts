import { BANNER_TEXT } from '../../syntax/banner.ts';
import type { OutputFile } from '../../model/catalog-model.ts';
import { jsonText } from '../../syntax/json-text.ts';

import type { SchemaNode } from '../../model/catalog-model.ts';

/** Keywords in reading order; any other keyword follows them, sorted. */
const KEYWORD_ORDER = [
  '$comment',
  '$schema',
  '$id',
  'title',
  'description',
  'deprecated',
  'type',
  'const',
  'enum',
  'format',
  '$ref',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  'oneOf',
  'allOf',
  'examples',
  '$defs',
];
const RANK = new Map(KEYWORD_ORDER.map((keyword, index) => [keyword, index]));
const SCHEMA_MAPS = new Set(['properties', '$defs']);
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf']);
const SINGLE_SCHEMAS = new Set(['items', 'additionalProperties']);

/**
 * A fresh copy of `schema` with its keywords in reading order, at every level. `properties` keep the
 * catalog's order (it is the documented order), `$defs` are sorted by name; values of `enum`,
 * `const` and `examples` are data and copied as they are.
 */
export function ordered(schema: SchemaNode): SchemaNode {
  const keywords = Object.keys(schema).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: SchemaNode = {};
  for (const keyword of keywords) {
    const value = schema[keyword];
    if (SCHEMA_MAPS.has(keyword) && isObject(value)) {
      const names = Object.keys(value);
      if (keyword === '$defs') names.sort();
      const map: SchemaNode = {};
      for (const name of names) define(map, name, ordered(value[name] as SchemaNode));
      define(out, keyword, map);
    } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
      define(
        out,
        keyword,
        value.map((member: SchemaNode) => ordered(member)),
      );
    } else if (SINGLE_SCHEMAS.has(keyword) && isObject(value)) {
      define(out, keyword, ordered(value));
    } else {
      define(out, keyword, typeof value === 'object' && value !== null ? structuredClone(value) : value);
    }
  }
  return out;
}

/** A schema file: banner as `$comment`, keywords ordered, 2-space JSON with a trailing newline. */
export function schemaFile(path: string, schema: SchemaNode): OutputFile {
  return { path, contents: jsonText(ordered({ $comment: BANNER_TEXT, ...schema })) };
}

function rank(keyword: string): number {
  return RANK.get(keyword) ?? KEYWORD_ORDER.length;
}

function isObject(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Defines an own property, so a `__proto__` key in the catalog stays a key (any other key of a
 * fresh plain object is assigned: the same property, without defineProperty's cost).
 */
function define(target: SchemaNode, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
