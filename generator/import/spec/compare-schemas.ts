/**
 * A curated catalog schema against the spec's schema for the same data: the properties one side has
 * and the other lacks, different types (nullability included), requiredness, enum values and formats.
 * Both sides are read through model/schema-shapes.ts (inheritance flattened, `$ref`s followed in each
 * side's own definitions); only differences are returned, nothing is changed.
 */
import type { JsonSchema } from '../../model/catalog-model.ts';
import { mapValueSchema, refName, resolveRefs, type Definitions } from '../../model/schema-refs.ts';
import { enumShape, flattenAllOf, splitNullable, typeNames } from '../../model/schema-shapes.ts';

export interface SchemaSide {
  schema: JsonSchema;
  definitions: Definitions;
}

export type DifferenceKind = 'missing-field' | 'type' | 'required' | 'enum-value' | 'format';

export interface SchemaDifference {
  kind: DifferenceKind;
  /** Keys under the curated schema down to the node that shows the difference (as far as it has nodes). */
  at: (string | number)[];
  /** The data's path, e.g. `participantAdded.metadata` (`[]` for array items, `*` for map values). */
  dataPath: string;
  /** The spec's node concerned, for its position. */
  specNode: JsonSchema;
  message: string;
}

export function compareSchemas(curated: SchemaSide, spec: SchemaSide): SchemaDifference[] {
  const differences: SchemaDifference[] = [];
  const visited = new Map<JsonSchema, Set<JsonSchema>>();

  const compare = (
    curatedNode: JsonSchema,
    specNode: JsonSchema,
    at: (string | number)[],
    dataPath: string,
    located: boolean,
  ): void => {
    const seen = visited.get(curatedNode) ?? new Set<JsonSchema>();
    if (seen.has(specNode)) return;
    seen.add(specNode);
    visited.set(curatedNode, seen);
    if (curatedNode.$ref !== undefined && curatedNode.$ref === specNode.$ref) return;
    const differ = (kind: DifferenceKind, message: string): void => {
      differences.push({ kind, at, dataPath: dataPath === '' ? '(data)' : dataPath, specNode, message });
    };
    const c = resolveRefs(curatedNode, curated.definitions);
    const s = resolveRefs(specNode, spec.definitions);
    if (c === undefined || s === undefined) return;
    const follows = located && curatedNode.$ref === undefined;
    const cn = splitNullable(c);
    const sn = splitNullable(s);
    if (cn.nullable !== sn.nullable)
      differ('type', `spec: ${describe(s)}; catalog: ${describe(c)} (nullability differs)`);
    const cv = flattenAllOf(cn.value, curated.definitions);
    const sv = flattenAllOf(sn.value, spec.definitions);
    const ct = typesOf(cv);
    const st = typesOf(sv);
    if (ct.length > 0 && st.length > 0 && ct.join() !== st.join()) {
      differ('type', `spec: ${describe(s)}; catalog: ${describe(c)}`);
      return;
    }
    compareEnums(cv, sv, (message) => differ('enum-value', message));
    if (cv.format !== sv.format)
      differ('format', `spec format: ${sv.format ?? 'none'}; catalog format: ${cv.format ?? 'none'}`);

    const here = (...keys: (string | number)[]): (string | number)[] => (follows ? [...at, ...keys] : at);
    const cProps = cv.properties ?? {};
    const sProps = sv.properties ?? {};
    const cRequired = new Set(cv.required ?? []);
    const sRequired = new Set(sv.required ?? []);
    const sValues = typeof sv.additionalProperties === 'object' ? sv.additionalProperties : undefined;
    for (const [name, sp] of Object.entries(sProps)) {
      const path = dataPath === '' ? name : `${dataPath}.${name}`;
      const cp = cProps[name];
      if (cp === undefined) {
        differences.push({
          kind: 'missing-field',
          at: here(...(cv.properties !== undefined ? ['properties'] : [])),
          dataPath: path,
          specNode: sp,
          message: `spec has ${name}: ${describe(sp)}${sRequired.has(name) ? ', required' : ''}; the catalog lacks it`,
        });
        continue;
      }
      if (cRequired.has(name) !== sRequired.has(name))
        differences.push({
          kind: 'required',
          at: here('properties', name),
          dataPath: path,
          specNode: sp,
          message: `spec: ${sRequired.has(name) ? 'required' : 'optional'}; catalog: ${cRequired.has(name) ? 'required' : 'optional'}`,
        });
      compare(cp, sp, here('properties', name), path, follows);
    }
    const specDeclaresShape = Object.keys(sProps).length > 0 || sv.additionalProperties !== undefined;
    for (const [name, cp] of Object.entries(cProps)) {
      if (sProps[name] !== undefined || !specDeclaresShape) continue;
      const path = dataPath === '' ? name : `${dataPath}.${name}`;
      if (sValues !== undefined) compare(cp, sValues, here('properties', name), path, follows);
      else
        differences.push({
          kind: 'missing-field',
          at: here('properties', name),
          dataPath: path,
          specNode: s,
          message: `catalog has ${name}: ${describe(cp)}; the spec lacks it`,
        });
    }
    const cValues = mapValueSchema(cv);
    if (Object.keys(cProps).length === 0 && Object.keys(sProps).length === 0) {
      if (cValues !== undefined && sValues !== undefined)
        compare(cValues, sValues, here('additionalProperties'), `${dataPath}.*`, follows);
    }
    if (cv.items !== undefined && sv.items !== undefined)
      compare(cv.items, sv.items, here('items'), `${dataPath}[]`, follows);
  };
  compare(curated.schema, spec.schema, [], '', true);
  return differences;
}

/** The JSON types a (non-null part of a) schema admits, sorted; empty when it says nothing. */
function typesOf(schema: JsonSchema): string[] {
  const shape = enumShape(schema);
  if (shape !== undefined)
    return [...new Set(shape.values.filter((v) => v.value !== null).map((v) => jsonType(v.value)))].sort();
  if (schema.allOf !== undefined) return ['object'];
  return typeNames(schema)
    .filter((name) => name !== 'null')
    .sort();
}

const jsonType = (value: unknown): string =>
  typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;

function compareEnums(curated: JsonSchema, spec: JsonSchema, differ: (message: string) => void): void {
  const c = enumShape(curated);
  const s = enumShape(spec);
  if (s === undefined && c === undefined) return;
  const list = (shape: { values: { value: unknown }[] }): string =>
    shape.values.map((v) => String(v.value)).join(', ');
  if (c === undefined) {
    differ(`spec: ${s!.open ? 'known values' : 'one of'} [${list(s!)}]; catalog: any value of its type`);
    return;
  }
  if (s === undefined) {
    differ(`spec: any value of its type; catalog: one of [${list(c)}]`);
    return;
  }
  const cValues = new Set(c.values.map((v) => v.value));
  const sValues = new Set(s.values.map((v) => v.value));
  const missing = [...sValues].filter((v) => !cValues.has(v));
  const extra = [...cValues].filter((v) => !sValues.has(v));
  if (missing.length > 0) differ(`spec has enum values [${missing.join(', ')}] the catalog lacks`);
  if (extra.length > 0) differ(`catalog has enum values [${extra.join(', ')}] the spec lacks`);
  if (c.open !== s.open)
    differ(
      `spec enum is ${s.open ? 'open (known values)' : 'closed'}; catalog enum is ${c.open ? 'open' : 'closed'}`,
    );
}

/** A short human description of a schema, for messages: `integer (int32)`, `array of ChatParticipant`, `map of string`. */
export function describe(schema: JsonSchema): string {
  if (schema.$ref !== undefined) return refName(schema.$ref) ?? schema.$ref;
  const { value, nullable } = splitNullable(schema);
  const orNull = nullable ? ' or null' : '';
  if (value !== schema) return describe(value) + orNull;
  const shape = enumShape(schema);
  if (shape !== undefined)
    return `${shape.open ? 'known values' : 'one of'} [${shape.values.map((v) => String(v.value)).join(', ')}]`;
  if (schema.allOf !== undefined)
    return `object extending ${schema.allOf.flatMap((b) => (b.$ref ? [refName(b.$ref) ?? b.$ref] : [])).join(', ')}`;
  const types = typeNames(schema).join(' or ') || 'any';
  const format = schema.format !== undefined ? ` (${schema.format})` : '';
  if (schema.items !== undefined) return `array of ${describe(schema.items)}`;
  const values = mapValueSchema(schema);
  if (values !== undefined) return `map of ${describe(values)}`;
  if (schema.additionalProperties === true && schema.properties === undefined) return 'map of any';
  return types + format;
}
