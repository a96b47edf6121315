/**
 * Documented wire forms: where the sources disagree about how a field is written, a sample erratum
 * records the decision in `wire` — `variant` (both forms are documented and the catalog cannot prove
 * which the service sends: validators accept the published one and normalize it) or `doc-error` (the
 * published form is known wrong: validators reject it, naming the erratum and the fix). The form
 * itself is read from the erratum's patch: a `move` within one object is a property published under
 * another name, a `replace` of a digit string by its number is an integer published as a string.
 */
import type { Erratum, JsonSchema, PatchOperation, Sample } from './catalog-model.ts';
import { parsePointer } from './json-patch.ts';
import { refName } from './schema-refs.ts';

export type WireDecision = 'variant' | 'doc-error';

/** One documented form of one property of an event's data. */
export interface WireForm {
  /** The erratum that records it (the oldest, when several samples show the same form). */
  erratum: string;
  decision: WireDecision;
  /** Property names from `data` to the object that holds the property. */
  parent: string[];
  /** The property's canonical name, as the schema declares it. */
  name: string;
  /**
   * How the docs write it: under another name, (an integer) as a string of digits, or (a date-time)
   * as .NET's en-US `DateTimeOffset.ToString()` renders it — a doc error only, never a variant.
   */
  published: { name: string } | 'digit-string' | 'dotnet-date-time';
}

/** .NET's en-US rendering of a DateTimeOffset: `3/28/2007 7:13:50 PM +00:00`. */
export const DOTNET_DATE_TIME =
  /^[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4} [0-9]{1,2}:[0-9]{2}:[0-9]{2} [AP]M [+-][0-9]{2}:[0-9]{2}$/;

/** A digit string an integer may be published as: at most 15 digits, so its number is exact. */
export const DIGIT_STRING = /^(0|[1-9][0-9]{0,14})$/;

export interface WireFormProblem {
  erratum: string;
  message: string;
}

/** The object schemas that declare properties at one place of a schema ($ref and allOf followed), with the definitions each is reached through. */
export function objectSchemasAt(
  node: JsonSchema,
  definitions: ReadonlyMap<string, JsonSchema>,
): { schemas: { schema: JsonSchema; via: string[] }[]; ambiguous: boolean } {
  const schemas: { schema: JsonSchema; via: string[] }[] = [];
  let ambiguous = false;
  const visit = (schema: JsonSchema, via: string[]): void => {
    if (via.length > 16) return;
    if (typeof schema.$ref === 'string') {
      const name = refName(schema.$ref) ?? schema.$ref;
      const target = definitions.get(name);
      if (target && !via.includes(name)) visit(target, [...via, name]);
    }
    if (Array.isArray(schema.allOf)) for (const member of schema.allOf) visit(member, via);
    if (schema.anyOf || schema.oneOf) ambiguous = true;
    if (schema.properties) schemas.push({ schema, via });
  };
  visit(node, []);
  return { schemas, ambiguous };
}

/** Where a form's property is declared: its holder object schema, or why it cannot be found. */
export function declaringSchema(
  root: JsonSchema,
  definitions: ReadonlyMap<string, JsonSchema>,
  parent: readonly string[],
  name: string,
):
  | { ok: true; holder: JsonSchema; property: JsonSchema; refs: string[]; all: JsonSchema[] }
  | { ok: false; message: string } {
  const refs: string[] = [];
  let node = root;
  const at = (steps: readonly string[]) => `/${steps.join('/')}`;
  for (let i = 0; i <= parent.length; i++) {
    const here = objectSchemasAt(node, definitions);
    if (here.ambiguous)
      return {
        ok: false,
        message: `the schema at ${at(parent.slice(0, i))} is a union (anyOf/oneOf): a wire form needs one place`,
      };
    const step = i < parent.length ? parent[i]! : name;
    const holder = here.schemas.find(({ schema }) => Object.hasOwn(schema.properties!, step));
    if (!holder)
      return {
        ok: false,
        message: `the schema declares no property ${at([...parent.slice(0, i), step])} in data`,
      };
    refs.push(...holder.via);
    const property = holder.schema.properties![step]!;
    if (i === parent.length)
      return {
        ok: true,
        holder: holder.schema,
        property,
        refs,
        all: here.schemas.map(({ schema }) => schema),
      };
    node = property;
  }
  return { ok: false, message: 'unreachable' };
}

/**
 * The wire forms of an event, from its samples' errata that carry `wire`, each checked against the
 * schema; and every problem found (the checker reports them; normalize runs on a clean catalog).
 */
export function wireFormsOf(
  samples: readonly Pick<Sample, 'errata' | 'asPublished'>[],
  schema: JsonSchema,
  definitions: ReadonlyMap<string, JsonSchema>,
): { forms: WireForm[]; problems: WireFormProblem[] } {
  const forms: WireForm[] = [];
  const problems: WireFormProblem[] = [];
  const seen = new Map<string, WireForm>();
  for (const sample of samples) {
    for (const erratum of sample.errata) {
      if (erratum.wire === undefined) continue;
      const problem = (message: string) => problems.push({ erratum: erratum.id, message });
      if (!erratum.patch) {
        problem(
          '`wire` needs a patch: the form is read from it (a move within one object, or a digit string replaced by its number)',
        );
        continue;
      }
      // A rename inside a property the same patch renames is covered by that rename's form (the
      // PascalCase SMS samples' DeliveryAttempts[].Timestamp): the outer name is what is reported.
      const renamed = erratum.patch.flatMap((operation) =>
        'from' in operation ? [`${operation.from}/`] : [],
      );
      const inside = (pointer: string) => renamed.some((prefix) => pointer.startsWith(prefix));
      for (const operation of erratum.patch) {
        if (('from' in operation && inside(operation.from)) || inside(operation.path)) continue;
        const form = formOf(erratum, operation, sample.asPublished);
        if (typeof form === 'string') {
          problem(form);
          continue;
        }
        const checked = checkAgainstSchema(form, schema, definitions);
        if (checked) {
          problem(checked);
          continue;
        }
        const key = formKey(form);
        const earlier = seen.get(key);
        if (earlier && earlier.decision !== form.decision)
          problem(
            `${erratum.wire} here, but ${earlier.erratum} decides ${earlier.decision} for the same form`,
          );
        else if (!earlier) {
          seen.set(key, form);
          forms.push(form);
        }
      }
    }
  }
  return { forms, problems };
}

function formOf(erratum: Erratum, operation: PatchOperation, asPublished: unknown): WireForm | string {
  const decision = erratum.wire!;
  const inData = (pointer: string | undefined) => {
    const tokens = pointer === undefined ? [] : parsePointer(pointer);
    return tokens[0] === 'data' && tokens.length > 1 ? tokens.slice(1) : undefined;
  };
  const to = inData(operation.path);
  if (operation.op === 'move') {
    const from = inData('from' in operation ? operation.from : undefined);
    if (
      !to ||
      !from ||
      from.length !== to.length ||
      from.slice(0, -1).join('/') !== to.slice(0, -1).join('/')
    )
      return `patch op move ${'from' in operation ? operation.from : ''} → ${operation.path} is not a wire form: a rename moves a property of data within one object`;
    return {
      erratum: erratum.id,
      decision,
      parent: to.slice(0, -1),
      name: to.at(-1)!,
      published: { name: from.at(-1)! },
    };
  }
  if (operation.op === 'replace' && to) {
    const published = valueAt(asPublished, ['data', ...to]);
    const at = { erratum: erratum.id, decision, parent: to.slice(0, -1), name: to.at(-1)! };
    if (
      typeof published === 'string' &&
      DIGIT_STRING.test(published) &&
      Number(published) === operation.value
    )
      return { ...at, published: 'digit-string' };
    if (typeof published === 'string' && DOTNET_DATE_TIME.test(published) && decision === 'doc-error')
      return { ...at, published: 'dotnet-date-time' };
  }
  return `patch op ${operation.op} ${operation.path} is not a wire form: a wire erratum's patch either moves a property within one object (a name), replaces a digit string of at most 15 digits by its number, or (a doc error) replaces a .NET en-US date by a date-time`;
}

function checkAgainstSchema(
  form: WireForm,
  schema: JsonSchema,
  definitions: ReadonlyMap<string, JsonSchema>,
): string | undefined {
  const found = declaringSchema(schema, definitions, form.parent, form.name);
  if (!found.ok) return found.message;
  if (form.published === 'digit-string') {
    if (found.property.type !== 'integer' || found.property.enum || found.property.const !== undefined)
      return `/${[...form.parent, form.name].join('/')} is not declared as a plain integer: only an integer has a digit-string form`;
  } else if (form.published === 'dotnet-date-time') {
    if (found.property.format !== 'date-time')
      return `/${[...form.parent, form.name].join('/')} is not declared as a date-time: only a date-time has a .NET date form`;
  } else {
    const publishedName = form.published.name;
    if (found.all.some((object) => Object.hasOwn(object.properties!, publishedName)))
      return `the schema declares ${publishedName} too: a published form is not part of the canonical schema (remove it, the types carry the canonical name only)`;
  }
  // Accepted forms change the declaring schema in the event's JSON Schema: through a shared
  // definition they would apply wherever it is used, so a form may only go through one used once.
  const uses = new Map<string, number>();
  countRefs(schema, definitions, uses, new Set());
  const shared = found.refs.find((name) => (uses.get(name) ?? 0) > 1);
  if (shared)
    return `the path goes through $defs/${shared}, which the event's schema uses ${uses.get(shared)} times: the accepted form would apply to every use`;
  return undefined;
}

function countRefs(
  node: unknown,
  definitions: ReadonlyMap<string, JsonSchema>,
  uses: Map<string, number>,
  expanded: Set<string>,
): void {
  if (Array.isArray(node)) for (const item of node) countRefs(item, definitions, uses, expanded);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = refName(value) ?? value;
        uses.set(name, (uses.get(name) ?? 0) + 1);
        if (!expanded.has(name)) {
          expanded.add(name);
          countRefs(definitions.get(name), definitions, uses, expanded);
        }
      } else if (key !== 'enum' && key !== 'const' && key !== 'examples')
        countRefs(value, definitions, uses, expanded);
    }
  }
}

function valueAt(value: unknown, tokens: readonly string[]): unknown {
  let current = value;
  for (const token of tokens) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/** Equal for the same property published the same way, whatever the erratum or decision. */
export function formKey(form: WireForm): string {
  const published = typeof form.published === 'string' ? `#${form.published}` : form.published.name;
  return [...form.parent, form.name, published].join('/');
}
