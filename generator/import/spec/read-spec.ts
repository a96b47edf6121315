/**
 * The REST API spec read as the catalog sees it: which definitions are events (with type, category,
 * chat scope), which are shared definitions (with catalog names), every schema converted, and the
 * spec's disagreements with itself. Pure: spec text in, model out.
 */
import { categoryOf } from '../event-naming.ts';
import { EVENT_TYPE_PREFIX } from '../../model/event-names.ts';
import type { JsonSchema } from '../../model/catalog-model.ts';
import { escapePointerSegment } from '../../model/json-patch.ts';
import { convertSchema, type ConvertContext, type SpecProblem } from './convert-schema.ts';
import { jsonPositions, type JsonPositions, type TextPosition } from './json-positions.ts';
import { CHAT_SCOPE_BASES, definitionName, EVENT_DATA, eventShortName } from './spec-names.ts';
import { parseSwaggerRef, type SwaggerDocument, type SwaggerSchema } from './swagger-schema.ts';

/** Where the spec defines a shape: the catalog's `spec:` field. */
export interface SpecOrigin {
  definition: string;
  line: number;
}

export interface SpecEvent {
  spec: SpecOrigin;
  type: string;
  short: string;
  category: string;
  scope?: 'user' | 'thread';
  description: string;
  schema: JsonSchema;
}

export interface SpecDefinition {
  spec: SpecOrigin;
  name: string;
  description: string;
  schema: JsonSchema;
}

export interface SpecModel {
  events: SpecEvent[];
  definitions: SpecDefinition[];
  /** Every definition of the spec, events and shared ones, by spec name. */
  definitionCount: number;
  /** The spec's api-version (`info.version`), when it states one. */
  version?: string;
  problems: SpecProblem[];
  positions: JsonPositions;
  /** The spec pointer each converted schema node came from. */
  origins: WeakMap<JsonSchema, string>;
}

const definitionPointer = (name: string): string => `/definitions/${escapePointerSegment(name)}`;

export function readSpec(text: string): SpecModel {
  const problems: SpecProblem[] = [];
  const origins = new WeakMap<JsonSchema, string>();
  const empty = (): SpecModel => ({
    events: [],
    definitions: [],
    definitionCount: 0,
    problems,
    positions: new Map(),
    origins,
  });
  let document: SwaggerDocument;
  try {
    document = JSON.parse(text) as SwaggerDocument;
  } catch (error) {
    problems.push({ pointer: '', severity: 'error', message: `not JSON: ${(error as Error).message}` });
    return empty();
  }
  if (document.swagger !== '2.0')
    problems.push({ pointer: '', severity: 'warning', message: 'not a Swagger 2.0 document' });
  const definitions = document.definitions ?? {};
  const positions = jsonPositions(text);
  const lineOf = (name: string): number => positions.get(definitionPointer(name))?.line ?? 1;

  const basesOf = (schema: SwaggerSchema): string[] =>
    (schema.allOf ?? []).flatMap((branch) => {
      const ref = branch.$ref === undefined ? undefined : parseSwaggerRef(branch.$ref);
      return ref !== undefined && ref.file === '' ? [ref.name] : [];
    });
  const extended = new Set(Object.values(definitions).flatMap(basesOf));
  const isEvent = (name: string): boolean => EVENT_DATA.test(name) && !extended.has(name);

  const sharedNames = new Map<string, string>();
  for (const name of Object.keys(definitions)) {
    if (isEvent(name)) continue;
    const clean = definitionName(name);
    const clash = [...sharedNames].find(([, other]) => other === clean);
    if (clash)
      problems.push({
        pointer: definitionPointer(name),
        severity: 'error',
        message: `catalog name ${clean} is already taken by ${clash[0]}`,
      });
    else sharedNames.set(name, clean);
  }
  const ctx: ConvertContext = { definitionName: (name) => sharedNames.get(name), origins, problems };

  const ancestors = (name: string, seen = new Set<string>()): string[] => {
    if (seen.has(name) || definitions[name] === undefined) return [];
    seen.add(name);
    return basesOf(definitions[name]).flatMap((base) => [base, ...ancestors(base, seen)]);
  };
  const definitionSchema = (name: string): JsonSchema => {
    const { description: _description, ...schema } = convertSchema(
      definitions[name]!,
      definitionPointer(name),
      ctx,
    );
    origins.set(schema, definitionPointer(name));
    return schema;
  };

  const events: SpecEvent[] = [];
  const shared: SpecDefinition[] = [];
  for (const [name, node] of Object.entries(definitions)) {
    const pointer = definitionPointer(name);
    checkRequired(name, node, [name, ...ancestors(name)], definitions, problems);
    const spec = { definition: name, line: lineOf(name) };
    const description = node.description ?? '';
    if (description === '')
      problems.push({ pointer, severity: 'warning', message: 'definition has no description' });
    if (!isEvent(name)) {
      const clean = sharedNames.get(name);
      if (clean !== undefined)
        shared.push({ spec, name: clean, description, schema: definitionSchema(name) });
      continue;
    }
    const short = eventShortName(EVENT_DATA.exec(name)![1]!);
    const stated = /Microsoft\.Communication\.([A-Za-z]+)/.exec(description)?.[1];
    if (stated !== undefined && stated !== short)
      problems.push({
        pointer: `${pointer}/description`,
        severity: 'warning',
        message: `the description names event ${EVENT_TYPE_PREFIX}${stated}; the naming rule gives ${EVENT_TYPE_PREFIX}${short} (kept)`,
      });
    const category = categoryOf(short);
    if (category === undefined) {
      problems.push({ pointer, severity: 'error', message: `no category for event ${short} (skipped)` });
      continue;
    }
    const event: SpecEvent = {
      spec,
      type: EVENT_TYPE_PREFIX + short,
      short,
      category,
      description,
      schema: definitionSchema(name),
    };
    if (category === 'chat') {
      const scope = ancestors(name)
        .map((base) => CHAT_SCOPE_BASES[base])
        .find((s) => s !== undefined);
      if (scope === undefined)
        problems.push({
          pointer,
          severity: 'warning',
          message: `chat event ${short} extends no scoped base`,
        });
      else event.scope = scope;
    }
    events.push(event);
  }
  checkEnumNames(definitions, problems);
  return {
    events,
    definitions: shared,
    definitionCount: Object.keys(definitions).length,
    ...(typeof document.info?.version === 'string' ? { version: document.info.version } : {}),
    problems,
    positions,
    origins,
  };
}

/** Every `required` name must be a property of the definition or of one of its bases. */
function checkRequired(
  name: string,
  node: SwaggerSchema,
  lineage: string[],
  definitions: Record<string, SwaggerSchema>,
  problems: SpecProblem[],
): void {
  const known = new Set(lineage.flatMap((n) => Object.keys(definitions[n]?.properties ?? {})));
  (node.required ?? []).forEach((required, index) => {
    if (!known.has(required))
      problems.push({
        pointer: `${definitionPointer(name)}/required/${index}`,
        severity: 'warning',
        message: `required ${required} is not a property of ${name} or its bases`,
      });
  });
}

/** Enums sharing an `x-ms-enum.name` are one type in the SDKs: their value lists must agree. */
function checkEnumNames(definitions: Record<string, SwaggerSchema>, problems: SpecProblem[]): void {
  const first = new Map<string, { pointer: string; values: string }>();
  const walk = (node: unknown, pointer: string): void => {
    if (typeof node !== 'object' || node === null) return;
    const schema = node as SwaggerSchema;
    const name = schema['x-ms-enum']?.name;
    if (name !== undefined && schema.enum !== undefined) {
      const values = schema.enum.map(String).join(', ');
      const seen = first.get(name);
      if (seen === undefined) first.set(name, { pointer, values });
      else if (seen.values !== values)
        problems.push({
          pointer: `${pointer}/enum`,
          severity: 'warning',
          message: `x-ms-enum ${name} lists [${values}] here but [${seen.values}] at ${seen.pointer}`,
        });
    }
    for (const [key, value] of Object.entries(node)) walk(value, `${pointer}/${escapePointerSegment(key)}`);
  };
  walk(definitions, '/definitions');
}

/** A spec pointer's position (the nearest enclosing member that has one). */
export function positionOf(positions: JsonPositions, pointer: string): TextPosition {
  for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
    const found = positions.get(at);
    if (found !== undefined || at === '') return found ?? { line: 1, column: 1 };
  }
}
