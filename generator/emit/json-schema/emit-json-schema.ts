import type { SchemaNode } from '../../model/catalog-model.ts';
import { schemaFile } from './json-schema-document.ts';
import { applyWireForms } from './json-schema-wire-forms.ts';
import { cloudEventEnvelope, eventGridEnvelope } from '../../model/envelope-schemas.ts';
import type { Catalog, Definition, EventType, OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';
import { rememberedUnit } from '../emit-memo.ts';

/** Where the schema files are published; every `$id` is this plus the file's path under package/schemas/. */
export const SCHEMA_BASE_URL = 'https://acs-events.dev/schemas/';
export const JSON_SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const OUT_DIR = 'package/schemas/';

/**
 * JSON Schema 2020-12 files for other languages and tools. Every file is self-contained: the shared
 * definitions it uses are copied into its `$defs` (refs stay `#/$defs/X`), and only the top level of
 * a file has an `$id`, so each file compiles on its own and all of them compile together.
 */
export function emitJsonSchemas(context: EmitContext): OutputFile[] {
  const { catalog } = context;
  const definitions = new Map(
    catalog.definitions.map((definition) => [definition.name, definitionSchema(definition)]),
  );
  const pick = (names: readonly string[], where: string): SchemaNode =>
    Object.fromEntries(
      names.map((name) => {
        const schema = definitions.get(name);
        if (!schema)
          throw new Error(`emit-json-schema: ${where} uses ${name}, which is not a shared definition`);
        return [name, schema];
      }),
    );
  assertUniqueDefsNames(catalog);

  const document = (relative: string, schema: SchemaNode): OutputFile =>
    schemaFile(OUT_DIR + relative, {
      $schema: JSON_SCHEMA_DRAFT,
      $id: SCHEMA_BASE_URL + relative,
      ...schema,
    });
  // An event's files and a definition's file are made from it and the definitions it uses.
  const files: OutputFile[] = [
    ...catalog.events.flatMap((event) =>
      rememberedUnit(context, 'json-schema', event, [], () => {
        const { data, uses } = acceptedForms(event, pick(event.uses, event.type));
        const $defs = { [event.names.dataType]: data, ...uses };
        return [
          document(`data/${event.names.slug}.schema.json`, { ...data, $defs: uses }),
          document(`events/${event.names.slug}.event-grid.schema.json`, {
            ...eventGridEventSchema(event),
            $defs,
          }),
          document(`events/${event.names.slug}.cloud-event.schema.json`, {
            ...cloudEventSchema(event),
            $defs,
          }),
        ];
      }),
    ),
    ...catalog.definitions.flatMap((definition) =>
      rememberedUnit(context, 'json-schema', definition, [], () => [
        document(`definitions/${definition.name}.schema.json`, {
          ...definitions.get(definition.name)!,
          $defs: pick(definition.uses, definition.name),
        }),
      ]),
    ),
    document('event-grid-event.schema.json', {
      title: 'EventGridEvent',
      description: 'Event Grid schema envelope, as delivered on the wire.',
      ...eventGridEnvelope(),
    }),
    document('cloud-event.schema.json', {
      title: 'CloudEvent',
      description: 'CloudEvents 1.0 JSON envelope.',
      ...cloudEventEnvelope(),
    }),
    document('bundle.schema.json', bundleSchema(catalog, definitions)),
  ];
  const paths = new Set<string>();
  for (const file of files) {
    if (paths.has(file.path)) throw new Error(`emit-json-schema: two schemas want ${file.path}`);
    paths.add(file.path);
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The event's data schema and the definitions it uses, as copies that accept its documented wire forms. */
function acceptedForms(event: EventType, uses: SchemaNode): { data: SchemaNode; uses: SchemaNode } {
  const data = structuredClone(dataSchema(event));
  const copies = structuredClone(uses) as Record<string, SchemaNode>;
  applyWireForms(data, copies, event.wireForms);
  return { data, uses: copies };
}

function dataSchema(event: EventType): SchemaNode {
  return {
    ...event.schema,
    title: event.names.dataType,
    description: event.schema.description ?? event.description,
    ...(event.status === 'retired' ? { deprecated: true } : {}),
  };
}

function definitionSchema(definition: Definition): SchemaNode {
  return { ...definition.schema, title: definition.name, description: definition.description };
}

function eventGridEventSchema(event: EventType): SchemaNode {
  return {
    ...envelopeAnnotations(event, event.names.eventType),
    ...eventGridEnvelope({ type: event.type, data: { $ref: `#/$defs/${event.names.dataType}` } }),
  };
}

function cloudEventSchema(event: EventType): SchemaNode {
  return {
    ...envelopeAnnotations(event, event.names.cloudEventType),
    ...cloudEventEnvelope({ type: event.type, data: { $ref: `#/$defs/${event.names.dataType}` } }),
  };
}

function envelopeAnnotations(event: EventType, title: string): SchemaNode {
  const replaced = event.replacedBy === undefined ? '' : ` Replaced by ${event.replacedBy}.`;
  return {
    title,
    description:
      event.status === 'retired' ? `${event.description} (Retired.${replaced})` : event.description,
    ...(event.status === 'retired' ? { deprecated: true } : {}),
  };
}

/** Every data schema and definition, every event's Event Grid envelope, and `anyOf` over the envelopes. */
function bundleSchema(catalog: Catalog, definitions: ReadonlyMap<string, SchemaNode>): SchemaNode {
  // The bundle's definitions are shared: a form through one applies to every event using it, which
  // the checker allows only when all of them document the same form.
  const shared = structuredClone(Object.fromEntries(definitions)) as Record<string, SchemaNode>;
  const $defs: SchemaNode = shared;
  for (const event of catalog.events) {
    const data = structuredClone(dataSchema(event));
    applyWireForms(data, shared, event.wireForms);
    $defs[event.names.dataType] = data;
    $defs[event.names.eventType] = eventGridEventSchema(event);
  }
  const envelopes = catalog.events.map((event) => ({ $ref: `#/$defs/${event.names.eventType}` }));
  return {
    title: 'AcsEvent',
    description: 'Any ACS event in the Event Grid schema: one of the per-event envelopes under $defs.',
    ...(envelopes.length > 0 ? { anyOf: envelopes } : { not: {} }),
    $defs,
  };
}

/** Data types, envelope names and definitions share the bundle's `$defs`: a clash would silently replace one. */
function assertUniqueDefsNames(catalog: Catalog): void {
  const seen = new Set<string>();
  const names = [
    ...catalog.definitions.map((definition) => definition.name),
    ...catalog.events.flatMap((event) => [event.names.dataType, event.names.eventType]),
  ];
  for (const name of names) {
    if (seen.has(name)) throw new Error(`emit-json-schema: ${name} names two schemas`);
    seen.add(name);
  }
}
