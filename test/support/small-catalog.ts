import type { Catalog, EventType, JsonSchema } from '../../generator/model/catalog-model.ts';
import { eventNames } from '../../generator/model/event-names.ts';
import { definitionsUsed } from '../../generator/model/schema-refs.ts';
import { deepFreeze } from '../../generator/stages/normalize.ts';

/** Shared definitions of a small test catalog, by name. */
export type Definitions = Record<string, { description: string; schema: JsonSchema }>;

/** `uses` as normalize computes it (model/schema-refs.ts definitionsUsed). */
const usesOf = (schema: JsonSchema, definitions: Definitions): string[] =>
  definitionsUsed(
    schema,
    new Map(Object.entries(definitions).map(([name, definition]) => [name, definition.schema])),
  );

/** Definitions from bare schemas, each with a stock description. */
export const definitionsOf = (schemas: Record<string, JsonSchema>): Definitions =>
  Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, { description: `The ${name} shape.`, schema }]),
  );

/** A normalized event as `normalize` would make it, minus docs provenance. */
export function eventOf(
  type: string,
  schema: JsonSchema,
  definitions: Definitions,
  extra: Partial<EventType> = {},
): EventType {
  return {
    type,
    category: 'chat',
    description: `Published for ${type}.`,
    status: 'current',
    dataVersion: '1.0',
    subjects: [],
    listings: [],
    schema,
    samples: [],
    errata: [],
    history: { listedIn: [], sampledIn: [] },
    names: eventNames(type),
    uses: usesOf(schema, definitions),
    wireForms: [],
    ...extra,
  };
}

/** A frozen normalized catalog holding just these definitions and events. */
export function catalogOf(definitions: Definitions, events: EventType[]): Catalog {
  const sortedDefinitions = Object.keys(definitions)
    .sort()
    .map((name) => ({
      ...definitions[name]!,
      name,
      uses: usesOf(definitions[name]!.schema, definitions),
    }));
  const sorted = [...events].sort((a, b) => a.type.localeCompare(b.type));
  return deepFreeze({
    documents: [],
    prefixes: [],
    filters: [],
    definitions: sortedDefinitions,
    categories: [...new Set(sorted.map((event) => event.category))].sort().map((id) => ({
      id,
      title: id.toUpperCase(),
      description: `The ${id} events.`,
      scoped: false,
      lifecycles: [],
      events: sorted.filter((event) => event.category === id),
    })),
    events: sorted,
  });
}

export const ref = (name: string, description?: string): JsonSchema => ({
  $ref: `#/$defs/${name}`,
  ...(description ? { description } : {}),
});
