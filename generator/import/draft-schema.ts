/**
 * Draft a data schema from sample payloads with quicktype-core, reduced to the catalog's JSON Schema
 * subset: everything inlined (no $ref), `type`, `properties`, `required` (present in every sample),
 * `items`, `format: date-time`, integer vs number, `anyOf` for mixed types. No
 * `additionalProperties` (Azure adds fields without notice). The draft is reviewed and curated in
 * the catalog afterwards; it is not the source of truth.
 */
import { InputData, jsonInputForTargetLanguage, quicktype } from 'quicktype-core';
import type { JsonSchema } from '../model/catalog-model.ts';

export async function draftSchema(
  samples: unknown[],
  typeName: string,
  report: (message: string) => void = () => {},
): Promise<JsonSchema> {
  if (samples.length === 0) return { type: 'object' };
  try {
    const jsonInput = jsonInputForTargetLanguage('schema');
    await jsonInput.addSource({ name: typeName, samples: samples.map((s) => JSON.stringify(s)) });
    const inputData = new InputData();
    inputData.addInput(jsonInput);
    const result = await quicktype({
      inputData,
      lang: 'schema',
      inferMaps: false,
      inferEnums: false,
      inferUuids: false,
      inferDateTimes: true,
      inferIntegerStrings: false,
      inferBooleanStrings: false,
      combineClasses: false,
      rendererOptions: {},
    });
    const root = JSON.parse(result.lines.join('\n')) as QuicktypeSchema;
    return fromQuicktype(root, root.definitions ?? {}, []);
  } catch (error) {
    report(
      `quicktype could not draft ${typeName} (${(error as Error).message}); used a structural draft instead`,
    );
    return structuralDraft(samples);
  }
}

interface QuicktypeSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  properties?: Record<string, QuicktypeSchema>;
  required?: string[];
  items?: QuicktypeSchema;
  anyOf?: QuicktypeSchema[];
  enum?: unknown[];
  definitions?: Record<string, QuicktypeSchema>;
  [key: string]: unknown;
}

const SIMPLE_TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

function fromQuicktype(
  node: QuicktypeSchema,
  definitions: Record<string, QuicktypeSchema>,
  seen: string[],
): JsonSchema {
  if (node.$ref !== undefined) {
    const name = /^#\/definitions\/(.+)$/.exec(node.$ref)?.[1];
    const target = name === undefined ? undefined : definitions[decodeURIComponent(name)];
    if (name === undefined || target === undefined) throw new Error(`unresolvable $ref ${node.$ref}`);
    if (seen.includes(name)) return { type: 'object' }; // recursive type: cannot inline, keep it open
    return fromQuicktype(target, definitions, [...seen, name]);
  }
  if (node.anyOf !== undefined) {
    const members = node.anyOf.map((m) => fromQuicktype(m, definitions, seen));
    return members.length === 1 ? members[0]! : { anyOf: members };
  }
  if (Array.isArray(node.type)) {
    const members = node.type.map((t) => fromQuicktype({ ...node, type: t }, definitions, seen));
    return members.length === 1 ? members[0]! : { anyOf: members };
  }
  const out: JsonSchema = {};
  if (node.type !== undefined && SIMPLE_TYPES.has(node.type)) out.type = node.type as JsonSchema['type'];
  if (node.format === 'date-time' && out.type === 'string') out.format = 'date-time';
  if (node.properties !== undefined) {
    const names = Object.keys(node.properties);
    out.properties = {};
    for (const name of names) out.properties[name] = fromQuicktype(node.properties[name]!, definitions, seen);
    const required = new Set(node.required ?? []);
    const ordered = names.filter((n) => required.has(n));
    if (ordered.length > 0) out.required = ordered;
  }
  if (node.items !== undefined) out.items = fromQuicktype(node.items, definitions, seen);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fallback: a structural draft of our own.

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

export function structuralDraft(values: unknown[]): JsonSchema {
  if (values.length === 0) return {};
  const groups = new Map<string, unknown[]>();
  for (const value of values) {
    const kind = kindOf(value);
    groups.set(kind, [...(groups.get(kind) ?? []), value]);
  }
  if (groups.has('integer') && groups.has('number')) {
    groups.set('number', [...groups.get('number')!, ...groups.get('integer')!]);
    groups.delete('integer');
  }
  const members = [...groups].map(([kind, group]) => draftKind(kind, group));
  return members.length === 1 ? members[0]! : { anyOf: members };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function draftKind(kind: string, values: unknown[]): JsonSchema {
  switch (kind) {
    case 'object': {
      const objects = values as Record<string, unknown>[];
      const names: string[] = [];
      for (const o of objects) for (const k of Object.keys(o)) if (!names.includes(k)) names.push(k);
      const properties: Record<string, JsonSchema> = {};
      for (const name of names) {
        properties[name] = structuralDraft(
          objects.filter((o) => Object.prototype.hasOwnProperty.call(o, name)).map((o) => o[name]),
        );
      }
      const required = names.filter((name) =>
        objects.every((o) => Object.prototype.hasOwnProperty.call(o, name)),
      );
      return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
    }
    case 'array': {
      const items = (values as unknown[][]).flat();
      return items.length > 0
        ? { type: 'array', items: structuralDraft(items) }
        : { type: 'array', items: {} };
    }
    case 'string':
      return (values as string[]).every((s) => DATE_TIME.test(s))
        ? { type: 'string', format: 'date-time' }
        : { type: 'string' };
    case 'integer':
    case 'number':
    case 'boolean':
    case 'null':
      return { type: kind };
    default:
      return {};
  }
}
