/**
 * One Swagger 2.0 schema → the catalog's JSON Schema subset (format v2): `allOf` inheritance,
 * documented enums (open for `x-ms-enum.modelAsString`, closed otherwise), number and string formats,
 * arrays, maps, `x-nullable` and descriptions. Problems are reported by JSON Pointer into the spec.
 */
import type { JsonSchema, JsonTypeName, SchemaFormat } from '../../model/catalog-model.ts';
import { escapePointerSegment } from '../../model/json-patch.ts';
import { refTo } from '../../model/schema-refs.ts';
import { EXTERNAL_DEFINITIONS } from './spec-names.ts';
import { IGNORED_KEYWORDS, parseSwaggerRef, READ_KEYWORDS, type SwaggerSchema } from './swagger-schema.ts';

export interface SpecProblem {
  /** JSON Pointer into the spec document. */
  pointer: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface ConvertContext {
  /** The catalog name of a local definition (`AcsSmsEventBaseProperties` → `SmsEventBase`), if it has one. */
  definitionName(specName: string): string | undefined;
  /** Where each converted node came from, for diagnostics that point into the spec. */
  origins: WeakMap<JsonSchema, string>;
  problems: SpecProblem[];
}

const JSON_TYPES: ReadonlySet<string> = new Set([
  'object',
  'array',
  'string',
  'number',
  'integer',
  'boolean',
]);

/** Formats the catalog keeps, by the type they apply to. */
const FORMATS: Readonly<Record<string, readonly SchemaFormat[]>> = {
  string: ['date-time', 'duration'],
  integer: ['int32', 'int64'],
  number: ['double'],
};

const child = (pointer: string, ...segments: (string | number)[]): string =>
  pointer + segments.map((s) => `/${escapePointerSegment(String(s))}`).join('');

export function convertSchema(node: SwaggerSchema, pointer: string, ctx: ConvertContext): JsonSchema {
  const report = (severity: SpecProblem['severity'], message: string, at = pointer): void => {
    ctx.problems.push({ pointer: at, severity, message });
  };
  for (const key of Object.keys(node))
    if (!READ_KEYWORDS.has(key) && !IGNORED_KEYWORDS.has(key))
      report('warning', `keyword ${key} is not imported`, child(pointer, key));

  const described = (schema: JsonSchema): JsonSchema => {
    const out = node.description === undefined ? schema : { ...schema, description: node.description };
    ctx.origins.set(out, pointer);
    return out;
  };
  const nullable = node['x-nullable'] === true;

  if (node.$ref !== undefined) {
    if (node.type !== undefined && node.type !== 'object')
      report('warning', `type ${node.type} beside $ref is ignored (the referenced definition decides)`);
    const target = refTarget(node.$ref, child(pointer, '$ref'), ctx);
    if (target === undefined) return described({});
    const ref: JsonSchema = { $ref: target };
    return described(nullable ? { anyOf: [ref, { type: 'null' }] } : ref);
  }
  if (node.allOf !== undefined) return described(inheritance(node, pointer, ctx));
  if (node.enum !== undefined) return described(enumSchema(node, pointer, ctx, nullable));
  if (node.type === undefined) {
    if (node.properties !== undefined || node.additionalProperties !== undefined)
      return described(objectSchema(node, pointer, ctx));
    return described({});
  }
  if (!JSON_TYPES.has(node.type)) {
    report('error', `unknown type ${node.type}`, child(pointer, 'type'));
    return described({});
  }
  const type = node.type as JsonTypeName;
  const typed: JsonSchema = { type: nullable ? [type, 'null'] : type };
  if (node.format !== undefined) {
    const format = node.format as SchemaFormat;
    if (FORMATS[type]?.includes(format)) typed.format = format;
    else report('warning', `format ${node.format} on type ${type} is not kept`, child(pointer, 'format'));
  }
  if (type === 'object') return described({ ...typed, ...objectSchema(node, pointer, ctx) });
  if (type === 'array') {
    if (node.items === undefined) report('warning', 'array without items: any item allowed');
    else typed.items = convertSchema(node.items, child(pointer, 'items'), ctx);
  }
  return described(typed);
}

/** `properties`, `required` and `additionalProperties` of an object schema (without `type`). */
function objectSchema(node: SwaggerSchema, pointer: string, ctx: ConvertContext): JsonSchema {
  const out: JsonSchema = {};
  const entries = Object.entries(node.properties ?? {});
  if (entries.length > 0)
    out.properties = Object.fromEntries(
      entries.map(([name, property]) => [
        name,
        convertSchema(property, child(pointer, 'properties', name), ctx),
      ]),
    );
  if (node.required !== undefined && node.required.length > 0) out.required = [...node.required];
  const values = node.additionalProperties;
  if (typeof values === 'boolean') out.additionalProperties = values;
  else if (values !== undefined)
    out.additionalProperties = convertSchema(values, child(pointer, 'additionalProperties'), ctx);
  return out;
}

/** `allOf: [{ $ref }…]` plus own properties → `allOf: [{ $ref }…, { type: object, own part }]`. */
function inheritance(node: SwaggerSchema, pointer: string, ctx: ConvertContext): JsonSchema {
  const branches = node.allOf!.map((branch, index) =>
    convertSchema(branch, child(pointer, 'allOf', index), ctx),
  );
  const own = objectSchema(node, pointer, ctx);
  if (Object.keys(own).length > 0) {
    const part: JsonSchema = { type: 'object', ...own };
    ctx.origins.set(part, pointer);
    branches.push(part);
  }
  return { allOf: branches };
}

function refTarget(ref: string, pointer: string, ctx: ConvertContext): string | undefined {
  const parsed = parseSwaggerRef(ref);
  const name =
    parsed === undefined
      ? undefined
      : parsed.file === ''
        ? ctx.definitionName(parsed.name)
        : EXTERNAL_DEFINITIONS[parsed.name];
  if (name === undefined) {
    ctx.problems.push({
      pointer,
      severity: 'error',
      message: `$ref ${ref} names no definition the catalog has`,
    });
    return undefined;
  }
  return refTo(name);
}

/**
 * `enum` (+ `x-ms-enum`) → documented enum. The `enum` list is what validates, so its values win;
 * `x-ms-enum.values` only adds descriptions, and a disagreement between the two is reported.
 */
function enumSchema(
  node: SwaggerSchema,
  pointer: string,
  ctx: ConvertContext,
  nullable: boolean,
): JsonSchema {
  const values = node.enum!;
  const extension = node['x-ms-enum'];
  const documented = extension?.values ?? [];
  if (documented.length > 0) {
    const listed = values.map(String);
    const named = documented.map((d) => String(d.value));
    const same = (a: string[], b: string[]): boolean =>
      a.length === b.length && a.every((value) => b.includes(value));
    if (!same(listed, named)) {
      const lower = (list: string[]): string[] => list.map((value) => value.toLowerCase());
      const how = same(lower(listed), lower(named)) ? 'differ in casing' : 'differ';
      ctx.problems.push({
        pointer: child(pointer, 'x-ms-enum', 'values'),
        severity: 'warning',
        message: `enum [${listed.join(', ')}] (${child(pointer, 'enum')}) and x-ms-enum.values [${named.join(', ')}] ${how}; the enum list is kept`,
      });
    }
  }
  const describe = (value: string | number | boolean): string | undefined =>
    (
      documented.find((d) => d.value === value) ??
      documented.find((d) => String(d.value).toLowerCase() === String(value).toLowerCase())
    )?.description;
  const branches: JsonSchema[] = values.map((value) => {
    const description = describe(value);
    return description === undefined ? { const: value } : { const: value, description };
  });
  if (nullable) branches.push({ const: null });
  if (extension?.modelAsString === true) {
    if (node.type !== undefined && node.type !== 'string')
      ctx.problems.push({
        pointer,
        severity: 'warning',
        message: `an open enum of type ${node.type} is imported as closed (open enums are strings)`,
      });
    else return { anyOf: [...branches, { type: 'string' }] };
  }
  return { oneOf: branches };
}
