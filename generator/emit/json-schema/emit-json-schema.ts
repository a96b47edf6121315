import type { SchemaNode } from '../../model/catalog-model.ts';
import { ordered, schemaFile } from './json-schema-document.ts';
import { jsonPiece, spliceMember } from '../../syntax/json-pieces.ts';
import { memoized } from '../../syntax/memoized.ts';
import { applyWireForms } from './json-schema-wire-forms.ts';
import { cloudEventEnvelope, eventGridEnvelope } from '../../model/envelope-schemas.ts';
import type { Catalog, Definition, EventType, OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';
import { rememberedUnit } from '../../model/emit-memo.ts';

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
  // A definition is laid out once for all the events that use it as it is (with no wire forms).
  const definitionPiece = memoized((name) => jsonPiece(ordered(definitions.get(name)!)));

  const document = (relative: string, schema: SchemaNode): OutputFile =>
    schemaFile(OUT_DIR + relative, {
      $schema: JSON_SCHEMA_DRAFT,
      $id: SCHEMA_BASE_URL + relative,
      ...schema,
    });
  // An event's files and its bundle pieces, and a definition's file, are made from it and the
  // definitions it uses. Its `$defs` members are laid out once for the three files that hold them.
  const eventUnits = catalog.events.map((event) =>
    rememberedUnit(context, 'json-schema', event, [], (): EventSchemas => {
      const { data, uses } = acceptedForms(event, pick(event.uses, event.type));
      const usePieces =
        event.wireForms.length === 0
          ? defsPieces(
              {},
              Object.keys(uses).map((name) => [name, definitionPiece(name)] as const),
            )
          : defsPieces(uses);
      const dataPiece = jsonPiece(ordered(data));
      const $defs = defsPieces({}, [[event.names.dataType, dataPiece], ...usePieces]);
      return {
        files: [
          withDefs(document(`data/${event.names.slug}.schema.json`, { ...data, $defs: {} }), usePieces),
          withDefs(
            document(`events/${event.names.slug}.event-grid.schema.json`, {
              ...eventGridEventSchema(event),
              $defs: {},
            }),
            $defs,
          ),
          withDefs(
            document(`events/${event.names.slug}.cloud-event.schema.json`, {
              ...cloudEventSchema(event),
              $defs: {},
            }),
            $defs,
          ),
        ],
        bundle: bundlePieces(event, dataPiece),
      };
    }),
  );
  const files: OutputFile[] = [
    ...eventUnits.flatMap((unit) => unit.files),
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
    bundleFile(
      catalog,
      definitions,
      eventUnits.map((unit) => unit.bundle),
      (schema) => document(BUNDLE, schema),
    ),
  ];
  const paths = new Set<string>();
  for (const file of files) {
    if (paths.has(file.path))
      throw new Error(`emit-json-schema: two schemas want ${file.path.slice(OUT_DIR.length)}`);
    paths.add(file.path);
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The event's data schema and the definitions it uses, as copies that accept its documented wire
 * forms; as they are when it has none.
 */
function acceptedForms(
  event: EventType,
  uses: SchemaNode,
): { data: SchemaNode; uses: Record<string, SchemaNode> } {
  if (event.wireForms.length === 0)
    return { data: dataSchema(event), uses: uses as Record<string, SchemaNode> };
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

const BUNDLE = 'bundle.schema.json';

interface EventSchemas {
  files: OutputFile[];
  bundle: BundlePieces;
}

/** An event's members of the bundle's `$defs`, laid out; its data only when it has no wire forms. */
interface BundlePieces {
  data?: string;
  envelope: string;
}

/** `dataPiece`: the event's data laid out, with its wire forms if it has any. */
function bundlePieces(event: EventType, dataPiece: string): BundlePieces {
  return {
    // Wire forms change the definitions the bundle shares (bundleFile): data with them is laid out there.
    ...(event.wireForms.length === 0 ? { data: dataPiece } : {}),
    envelope: jsonPiece(ordered(eventGridEventSchema(event))),
  };
}

/**
 * Every data schema and definition, every event's Event Grid envelope, and `anyOf` over the
 * envelopes: the events' pieces as laid out in their units, the rest laid out here.
 */
function bundleFile(
  catalog: Catalog,
  definitions: ReadonlyMap<string, SchemaNode>,
  pieces: readonly BundlePieces[],
  document: (schema: SchemaNode) => OutputFile,
): OutputFile {
  // The bundle's definitions are shared: a form through one applies to every event using it, which
  // the checker allows only when all of them document the same form.
  const shared = structuredClone(Object.fromEntries(definitions)) as Record<string, SchemaNode>;
  const members: [string, string][] = [];
  catalog.events.forEach((event, at) => {
    const { data, envelope } = pieces[at]!;
    if (data === undefined) {
      const withForms = structuredClone(dataSchema(event));
      applyWireForms(withForms, shared, event.wireForms);
      members.push([event.names.dataType, jsonPiece(ordered(withForms))]);
    } else {
      members.push([event.names.dataType, data]);
    }
    members.push([event.names.eventType, envelope]);
  });
  for (const [name, schema] of Object.entries(shared)) members.push([name, jsonPiece(ordered(schema))]);
  members.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const envelopes = catalog.events.map((event) => ({ $ref: `#/$defs/${event.names.eventType}` }));
  const file = document({
    title: 'AcsEvent',
    description: 'Any ACS event in the Event Grid schema: one of the per-event envelopes under $defs.',
    ...(envelopes.length > 0 ? { anyOf: envelopes } : { not: {} }),
    $defs: {},
  });
  return withDefs(file, members);
}

type Pieces = readonly (readonly [name: string, piece: string])[];

/** `schemas` laid out as `$defs` members (keywords ordered), joined to `pieces` laid out already, sorted by name as `ordered` sorts `$defs`. */
function defsPieces(schemas: Record<string, SchemaNode>, pieces: Pieces = []): Pieces {
  const laidOut = Object.keys(schemas).map((name) => [name, jsonPiece(ordered(schemas[name]!))] as const);
  return [...laidOut, ...pieces].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A schema file whose `$defs` (written empty) holds the members laid out already. */
function withDefs(file: OutputFile, members: Pieces): OutputFile {
  return { ...file, contents: spliceMember(file.contents, '$defs', { members }) };
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
