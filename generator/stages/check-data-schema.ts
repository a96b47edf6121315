/**
 * Rules on the catalog's data schemas that the format (catalog/schema/common.schema.json) cannot state:
 * every `$ref` names a definition, the v2 idioms (type lists, formats, allOf, documented enums) are
 * well formed as model/schema-shapes.ts reads them, and no definition refers back to itself.
 */
import type { JsonSchema, JsonTypeName, SchemaFormat } from '../model/catalog-model.ts';
import type { PathSegment } from '../model/diagnostic.ts';
import { MAX_DEPTH } from '../model/factory-data-walk.ts';
import { refName, resolveRefs, type Definitions } from '../model/schema-refs.ts';
import { isConstBranch, isOpenBranch, typeNames } from '../model/schema-shapes.ts';
import { checkEnumTypes } from './check-enum-types.ts';

export type Fail = (path: PathSegment[], message: string) => void;

/** Every subschema of `schema` (itself first) with its path, through every keyword that holds schemas. */
export function forEachSubschema(
  schema: JsonSchema,
  path: PathSegment[],
  visit: (node: JsonSchema, path: PathSegment[]) => void,
): void {
  visit(schema, path);
  for (const [key, child] of Object.entries(schema.properties ?? {}))
    forEachSubschema(child, [...path, 'properties', key], visit);
  if (schema.items) forEachSubschema(schema.items, [...path, 'items'], visit);
  if (typeof schema.additionalProperties === 'object')
    forEachSubschema(schema.additionalProperties, [...path, 'additionalProperties'], visit);
  for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const)
    schema[keyword]?.forEach((child, i) => forEachSubschema(child, [...path, keyword, i], visit));
}

/** The per-node rules, for a data schema at `path` of its file. */
export function checkDataSchema(
  schema: JsonSchema,
  path: PathSegment[],
  definitions: Definitions,
  fail: Fail,
): void {
  forEachSubschema(schema, path, (node, at) => {
    checkRef(node, at, definitions, fail);
    checkTypeList(node, at, fail);
    checkFormat(node, at, fail);
    checkAllOf(node, at, fail);
    checkEnumIdioms(node, at, fail);
    checkEnumTypes(node, at, fail);
  });
}

function checkRef(node: JsonSchema, at: PathSegment[], definitions: Definitions, fail: Fail): void {
  if (node.$ref === undefined) return;
  const name = refName(node.$ref) ?? node.$ref;
  if (definitions.has(name)) return;
  const known = [...definitions.keys()].sort().join(', ');
  fail(
    [...at, '$ref'],
    `$ref to a missing definition "${name}": expected one of ${known} (catalog/definitions.yaml)`,
  );
}

function checkTypeList(node: JsonSchema, at: PathSegment[], fail: Fail): void {
  if (!Array.isArray(node.type)) return;
  const others = node.type.filter((name) => name !== 'null');
  if (node.type.length !== 2 || others.length !== 1) {
    fail(
      [...at, 'type'],
      `expected a type list of one JSON type plus "null" (nullable), found [${node.type.join(', ')}]`,
    );
  }
}

/** The type each format applies to (Ajv ignores a format on any other type, so the catalog forbids it). */
const FORMAT_TYPES: Record<SchemaFormat, JsonTypeName> = {
  'date-time': 'string',
  duration: 'string',
  int32: 'integer',
  int64: 'integer',
  double: 'number',
};

function checkFormat(node: JsonSchema, at: PathSegment[], fail: Fail): void {
  if (node.format === undefined) return;
  const wanted = FORMAT_TYPES[node.format];
  const types = typeNames(node).filter((name) => name !== 'null');
  if (types.length === 1 && types[0] === wanted) return;
  const found = types.length === 0 ? 'a schema without a type' : `type ${types.join(', ')}`;
  fail([...at, 'format'], `expected format "${node.format}" only on type ${wanted}, found it on ${found}`);
}

function checkAllOf(node: JsonSchema, at: PathSegment[], fail: Fail): void {
  if (node.allOf === undefined) return;
  if (node.additionalProperties === false) {
    fail(
      [...at, 'additionalProperties'],
      'expected no additionalProperties: false beside allOf (it would reject the properties the branches declare), found it',
    );
  }
  let ownBranches = 0;
  node.allOf.forEach((branch, i) => {
    const branchPath = [...at, 'allOf', i];
    if (branch.$ref !== undefined) {
      const extra = Object.keys(branch).filter((key) => key !== '$ref' && key !== 'description');
      if (extra.length > 0)
        fail(branchPath, `expected a $ref branch to hold only $ref, found ${extra.join(', ')} beside it`);
      return;
    }
    if (branch.type !== 'object') {
      fail(
        branchPath,
        `expected a { $ref } or { type: object } branch in allOf, found ${describeBranch(branch)}`,
      );
      return;
    }
    ownBranches++;
    if (ownBranches === 2)
      fail(branchPath, 'expected at most one own { type: object } branch in allOf, found a second one');
    if (branch.additionalProperties === false) {
      fail(
        [...branchPath, 'additionalProperties'],
        "expected no additionalProperties: false inside an allOf branch (it would reject the other branches' properties), found it",
      );
    }
  });
}

function describeBranch(branch: JsonSchema): string {
  const types = typeNames(branch);
  if (types.length > 0) return `type ${types.join(', ')}`;
  const keys = Object.keys(branch);
  return keys.length === 0 ? 'an empty schema' : `a schema with ${keys.join(', ')}`;
}

/**
 * `enum` without repeats; a `oneOf`/`anyOf` that documents enum values (`{ const, description }`
 * branches) holds nothing else, but for the one `{ type: string }` branch that makes an `anyOf` open.
 */
function checkEnumIdioms(node: JsonSchema, at: PathSegment[], fail: Fail): void {
  reportRepeats(node.enum ?? [], (j) => [...at, 'enum', j], fail);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = node[keyword];
    if (!branches?.some(isConstBranch)) continue;
    const allowed = (branch: JsonSchema) =>
      isConstBranch(branch) || (keyword === 'anyOf' && isOpenBranch(branch));
    branches.forEach((branch, i) => {
      if (!allowed(branch)) {
        const expected =
          keyword === 'oneOf'
            ? '{ const, description } branches only (a documented closed enum)'
            : '{ const, description } branches and one { type: string } (a documented open enum)';
        fail([...at, keyword, i], `expected ${expected}, found ${describeBranch(branch)}`);
      }
    });
    if (keyword === 'anyOf' && branches.filter(isOpenBranch).length > 1)
      fail([...at, keyword], 'expected one { type: string } branch in an open enum, found several');
    const constants = branches.map((branch) => (isConstBranch(branch) ? branch.const : undefined));
    reportRepeats(constants, (i) => [...at, keyword, i, 'const'], fail);
  }
}

function reportRepeats(
  values: readonly unknown[],
  pathOf: (index: number) => PathSegment[],
  fail: Fail,
): void {
  const seen = new Set<unknown>();
  values.forEach((value, index) => {
    if (value === undefined) return;
    if (seen.has(value)) fail(pathOf(index), `duplicate enum value ${JSON.stringify(value)}`);
    seen.add(value);
  });
}

/**
 * How deep data nests (object properties and array items, through `$ref`s and every branch): the
 * fixtures' factories walk at most MAX_DEPTH levels. Call only once refs resolve and do not loop.
 */
export function checkNesting(
  schema: JsonSchema,
  path: PathSegment[],
  definitions: Definitions,
  fail: Fail,
): void {
  /** The deepest value under `node`: its depth below `node` and its path (through `$ref`s, from `at`). */
  const deepest = (node: JsonSchema, at: PathSegment[]): { depth: number; path: PathSegment[] } => {
    const resolved = resolveRefs(node, definitions) ?? {};
    const candidates = [{ depth: 0, path: at }];
    for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const)
      resolved[keyword]?.forEach((branch, i) => candidates.push(deepest(branch, [...at, keyword, i])));
    for (const [name, child] of Object.entries(resolved.properties ?? {})) {
      const found = deepest(child, [...at, 'properties', name]);
      candidates.push({ depth: found.depth + 1, path: found.path });
    }
    if (resolved.items) {
      const found = deepest(resolved.items, [...at, 'items']);
      candidates.push({ depth: found.depth + 1, path: found.path });
    }
    return candidates.reduce((a, b) => (b.depth > a.depth ? b : a));
  };
  const found = deepest(schema, path);
  if (found.depth > MAX_DEPTH) {
    fail(
      found.path,
      `expected data nested at most ${MAX_DEPTH} levels deep (the fixtures' factories stop there), found ${found.depth} levels down to here`,
    );
  }
}

/**
 * Definitions that refer back to themselves, directly or through others: each cycle once, at the
 * `$ref` that closes it (the emitters expand definitions and cannot expand a recursive one).
 */
const RECURSION_UNSUPPORTED =
  '(recursive definitions are not supported by the catalog format: the types, validators and factories expand every definition; a definition may not refer back to itself, directly or through others, even optionally)';

export function checkRefCycles(definitions: Definitions, fail: Fail): void {
  const refsOf = new Map<string, { target: string; path: PathSegment[] }[]>();
  for (const [name, schema] of definitions) {
    const refs: { target: string; path: PathSegment[] }[] = [];
    forEachSubschema(schema, ['definitions', name, 'schema'], (node, at) => {
      const target = node.$ref === undefined ? undefined : refName(node.$ref);
      if (target !== undefined && definitions.has(target)) refs.push({ target, path: [...at, '$ref'] });
    });
    refsOf.set(name, refs);
  }
  const done = new Set<string>();
  const reported = new Set<string>();
  const visit = (name: string, trail: string[]) => {
    if (done.has(name)) return;
    for (const ref of refsOf.get(name) ?? []) {
      const start = trail.indexOf(ref.target);
      if (start >= 0) {
        const cycle = [...trail.slice(start), name];
        const key = [...cycle].sort().join();
        if (!reported.has(key)) {
          reported.add(key);
          fail(ref.path, `$ref cycle: ${[...cycle, ref.target].join(' → ')} ${RECURSION_UNSUPPORTED}`);
        }
      } else if (ref.target === name) {
        if (!reported.has(name)) {
          reported.add(name);
          fail(ref.path, `$ref cycle: ${name} → ${name} ${RECURSION_UNSUPPORTED}`);
        }
      } else {
        visit(ref.target, [...trail, name]);
      }
    }
    done.add(name);
  };
  for (const name of [...definitions.keys()].sort()) visit(name, []);
}
