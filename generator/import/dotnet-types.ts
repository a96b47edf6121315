/**
 * The docs' attribute tables print .NET type names; this is their JSON Schema (FORMAT-V2 §1):
 * string; int/long → integer (int32/int64); double/float → number; bool → boolean; DateTimeOffset →
 * date-time string; TimeSpan → duration string; List<T> → array; Dictionary<string, X> → map;
 * `enum` with "Possible values A, B" → documented enum; a sub-type name → `$ref` when the catalog
 * defines it. Undefined when the name means nothing known (the caller reports it).
 */
import type { JsonSchema } from '../model/catalog-model.ts';

const SCALARS: Record<string, JsonSchema> = {
  string: { type: 'string' },
  guid: { type: 'string' },
  int: { type: 'integer', format: 'int32' },
  int32: { type: 'integer', format: 'int32' },
  long: { type: 'integer', format: 'int64' },
  int64: { type: 'integer', format: 'int64' },
  double: { type: 'number' },
  float: { type: 'number' },
  decimal: { type: 'number' },
  bool: { type: 'boolean' },
  boolean: { type: 'boolean' },
  datetimeoffset: { type: 'string', format: 'date-time' },
  datetime: { type: 'string', format: 'date-time' },
  timespan: { type: 'string', format: 'duration' },
  object: {},
};

const LIST = /^(?:List|IList|IEnumerable|IReadOnlyList|ICollection)<(.+)>$/;
const MAP = /^(?:Dictionary|IDictionary|IReadOnlyDictionary)<\s*string\s*,\s*(.+)>$/;

export function schemaOfDotnetType(
  printed: string,
  description: string,
  isDefinition: (name: string) => boolean,
): JsonSchema | undefined {
  const type = printed.trim().replace(/\?$/, '');
  const scalar = SCALARS[type.toLowerCase()];
  if (scalar) return { ...scalar };
  if (type === 'enum') return documentedEnum(description);
  const list = LIST.exec(type) ?? /^(.+)\[\]$/.exec(type);
  if (list) {
    const items = schemaOfDotnetType(list[1]!, '', isDefinition);
    return items === undefined ? undefined : { type: 'array', items };
  }
  const map = MAP.exec(type);
  if (map) {
    const value = schemaOfDotnetType(map[1]!, '', isDefinition);
    if (value === undefined) return undefined;
    return { type: 'object', additionalProperties: Object.keys(value).length === 0 ? true : value };
  }
  if (/^[A-Z]\w*$/.test(type) && isDefinition(type)) return { $ref: `#/$defs/${type}` };
  return undefined;
}

/** "Possible values PendingClassification, Queued" (also "… include `A`, `B`, and `C`.") → `oneOf` of consts. */
export function possibleValues(description: string): string[] {
  const m = /Possible values(?:\s+(?:include|are))?\s*:?\s*([^.\n]*)/i.exec(description);
  if (!m) return [];
  return m[1]!
    .split(/,|\band\b|\bor\b/)
    .map((v) => v.trim().replace(/^`|`$/g, ''))
    .filter((v) => /^[\w-]+$/.test(v));
}

function documentedEnum(description: string): JsonSchema {
  const values = possibleValues(description);
  return values.length === 0 ? { type: 'string' } : { oneOf: values.map((v) => ({ const: v })) };
}

/** The schema allowing null too: `type: [T, 'null']`, or `anyOf: [X, { type: 'null' }]` when there is no single type. */
export function withNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string' && schema.type !== 'null' && schema.oneOf === undefined)
    return { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(schema.type))
    return schema.type.includes('null') ? schema : { ...schema, type: [...schema.type, 'null'] };
  if (Object.keys(schema).length === 0) return schema;
  return { anyOf: [schema, { type: 'null' }] };
}

/** C# property names in the wire's camelCase: `TTLSeconds` → `ttlSeconds`, `Id` → `id`, `ChannelId` → `channelId`. */
export function camelCase(name: string): string {
  const m = /^([A-Z]+)(?=[A-Z][a-z]|$|[^A-Za-z])/.exec(name);
  if (m) return m[1]!.toLowerCase() + name.slice(m[1]!.length);
  return name.charAt(0).toLowerCase() + name.slice(1);
}
