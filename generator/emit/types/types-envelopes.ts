import {
  StructureKind,
  VariableDeclarationKind,
  type TypeAliasDeclarationStructure,
  type JSDocStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type SourceFile,
} from 'ts-morph';
import type { Catalog, EventType } from '../../model/catalog-model.ts';
import { tsIdentifier, tsLiteral } from '../../syntax/ts-literals.ts';
import { deprecatedTags, jsDoc } from './types-jsdoc.ts';
import { ENVELOPE_NAMES } from '../../model/package-names.ts';

export { ENVELOPE_NAMES };

type Property = [name: string, type: string, optional: boolean, doc: string];

const TYPE_PARAMETERS = [
  { name: 'TType', constraint: 'string', default: 'string' },
  { name: 'TData', default: 'unknown' },
];

const EVENT_GRID_PROPERTIES: Property[] = [
  ['id', 'string', false, 'Unique identifier of the event.'],
  ['topic', 'string', true, 'Full resource path of the event source; Event Grid sets it.'],
  ['subject', 'string', false, 'Publisher-defined path to the event subject.'],
  ['eventType', 'TType', false, 'One of the registered event types for this event source.'],
  ['eventTime', 'string', false, 'When the event was generated, as an RFC 3339 date-time string.'],
  ['data', 'TData', false, 'The event data, specific to the event type.'],
  ['dataVersion', 'string', false, 'Schema version of the data object.'],
  ['metadataVersion', 'string', true, 'Schema version of the event metadata; Event Grid sets it.'],
];

const CLOUD_EVENT_PROPERTIES: Property[] = [
  ['specversion', "'1.0'", false, 'The CloudEvents specification version.'],
  ['id', 'string', false, 'Unique identifier of the event.'],
  ['source', 'string', false, 'Context in which the event happened (the ACS resource).'],
  ['type', 'TType', false, 'The event type.'],
  ['subject', 'string', true, 'Publisher-defined path to the event subject.'],
  ['time', 'string', true, 'When the event happened, as an RFC 3339 date-time string.'],
  ['datacontenttype', 'string', true, 'Content type of `data`.'],
  ['dataschema', 'string', true, 'URI of the schema `data` adheres to.'],
  ['data', 'TData', true, 'The event data, specific to the event type.'],
];

/**
 * Appends the envelope interfaces, the event-type → data map, the per-event envelope aliases, the
 * two discriminated unions and the sorted list of event types. Catalog names pass through
 * tsIdentifier, event type strings through tsLiteral, prose through tsDocText.
 */
export function appendEnvelopes(file: SourceFile, catalog: Catalog): void {
  const events = [...catalog.events].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const alias = (
    name: string,
    docs: (string | OptionalKind<JSDocStructure>)[],
    type: string,
  ): TypeAliasDeclarationStructure => ({
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    docs,
    type,
  });
  // One insertion for everything: ts-morph re-parses the file on every add, so adding node by node
  // is quadratic in the number of events.
  file.addStatements([
    {
      kind: StructureKind.Interface,
      name: 'EventGridEvent',
      isExported: true,
      docs: ['Event Grid schema envelope, as delivered on the wire.'],
      typeParameters: TYPE_PARAMETERS,
      properties: EVENT_GRID_PROPERTIES.map(property),
    },
    {
      kind: StructureKind.Interface,
      name: 'CloudEvent',
      isExported: true,
      docs: ['CloudEvents 1.0 JSON envelope.'],
      typeParameters: TYPE_PARAMETERS,
      properties: CLOUD_EVENT_PROPERTIES.map(property),
    },
    {
      kind: StructureKind.Interface,
      name: 'AcsEventDataMap',
      isExported: true,
      docs: ['The `data` type of every ACS event type.'],
      properties: events.map((event) => ({
        name: tsLiteral(event.type),
        type: tsIdentifier(event.names.dataType),
      })),
    },
    alias('AcsEventType', ['Every ACS event type in the catalog.'], 'keyof AcsEventDataMap'),
    ...events.flatMap((event) => {
      const generic = `<${tsLiteral(event.type)}, ${tsIdentifier(event.names.dataType)}>`;
      return [
        alias(
          tsIdentifier(event.names.eventType),
          [eventDoc(event, catalog, 'eventType')],
          `EventGridEvent${generic}`,
        ),
        alias(
          tsIdentifier(event.names.cloudEventType),
          [eventDoc(event, catalog, 'cloudEventType')],
          // The data validator of a known type requires `data`, which the generic envelope leaves optional.
          `CloudEvent${generic} & { data: ${tsIdentifier(event.names.dataType)} }`,
        ),
      ];
    }),
    alias(
      'AcsEvent',
      ['Any ACS event in the Event Grid schema, discriminated by `eventType`.'],
      union(events.map((event) => tsIdentifier(event.names.eventType))),
    ),
    alias(
      'AcsCloudEvent',
      ['Any ACS event as a CloudEvent, discriminated by `type`.'],
      union(events.map((event) => tsIdentifier(event.names.cloudEventType))),
    ),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every ACS event type in the catalog, sorted.'],
      declarations: [
        {
          name: 'acsEventTypes',
          type: 'readonly AcsEventType[]',
          initializer: `[${events.map((event) => tsLiteral(event.type)).join(', ')}] as const`,
        },
      ],
    },
  ]);
}

function property([name, type, optional, doc]: Property): OptionalKind<PropertySignatureStructure> {
  return { name, type, hasQuestionToken: optional, docs: [doc] };
}

function union(members: string[]): string {
  return members.length === 0 ? 'never' : members.join(' | ');
}

/** The JSDoc of an event's envelope alias: its description, its type, and why it is deprecated. */
function eventDoc(
  event: EventType,
  catalog: Catalog,
  kind: 'eventType' | 'cloudEventType',
): OptionalKind<JSDocStructure> {
  const envelope = kind === 'eventType' ? 'Event Grid schema' : 'CloudEvents 1.0';
  return jsDoc(
    [event.description, `\`${event.type}\` in the ${envelope} envelope.`],
    deprecatedTags(event, catalog, kind),
  );
}
