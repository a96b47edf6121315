import type { Catalog, EventType } from '../../model/catalog-model.ts';
import { type Code, hardline, id, inlineDoc, join, key, lit, memberKey, ts } from '../../syntax/ts-code.ts';
import { arrayLiteral, asType, assignment, typeLiteral } from '../../syntax/ts-layout.ts';
import {
  intersectionType,
  objectType,
  typeAlias,
  typeArguments,
  type TypePart,
  unionType,
} from '../../syntax/ts-type-layout.ts';
import { deprecatedTags, jsDoc } from './types-jsdoc.ts';
import { ENVELOPE_NAMES } from '../../model/package-names.ts';

export { ENVELOPE_NAMES };

type Property = [name: string, type: Code, optional: boolean, doc: string];

const STRING = ts`string`;
const T_TYPE = ts`TType`;
const T_DATA = ts`TData`;

const EVENT_GRID_PROPERTIES: Property[] = [
  ['id', STRING, false, 'Unique identifier of the event.'],
  ['topic', STRING, true, 'Full resource path of the event source; Event Grid sets it.'],
  ['subject', STRING, false, 'Publisher-defined path to the event subject.'],
  ['eventType', T_TYPE, false, 'One of the registered event types for this event source.'],
  ['eventTime', STRING, false, 'When the event was generated, as an RFC 3339 date-time string.'],
  ['data', T_DATA, false, 'The event data, specific to the event type.'],
  ['dataVersion', STRING, false, 'Schema version of the data object.'],
  ['metadataVersion', STRING, true, 'Schema version of the event metadata; Event Grid sets it.'],
];

const CLOUD_EVENT_PROPERTIES: Property[] = [
  ['specversion', lit('1.0'), false, 'The CloudEvents specification version.'],
  ['id', STRING, false, 'Unique identifier of the event.'],
  ['source', STRING, false, 'Context in which the event happened (the ACS resource).'],
  ['type', T_TYPE, false, 'The event type.'],
  ['subject', STRING, true, 'Publisher-defined path to the event subject.'],
  ['time', STRING, true, 'When the event happened, as an RFC 3339 date-time string.'],
  ['datacontenttype', STRING, true, 'Content type of `data`.'],
  ['dataschema', STRING, true, 'URI of the schema `data` adheres to.'],
  ['data', T_DATA, true, 'The event data, specific to the event type.'],
];

/**
 * The envelope interfaces, the event-type → data map, the per-event envelope aliases, the two
 * discriminated unions and the sorted list of event types, each with its JSDoc. Catalog names pass
 * through `id`, event type strings through `lit`/`key`, prose through docText.
 */
export function envelopeDeclarations(catalog: Catalog, eventAliases: (event: EventType) => string): string[] {
  const events = [...catalog.events].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const union = (names: string[]): TypePart =>
    names.length < 2
      ? { kind: 'other', code: names.map(id)[0] ?? ts`never` }
      : unionType(
          names.map((name) => ({ kind: 'other', code: id(name) })),
          'alias',
        );
  const sections: (Code | string)[] = [
    documented(
      inlineDoc('Event Grid schema envelope, as delivered on the wire.'),
      ts`export interface EventGridEvent${TYPE_PARAMETERS} ${objectType(EVENT_GRID_PROPERTIES.map(property), true)}`,
    ),
    documented(
      inlineDoc('CloudEvents 1.0 JSON envelope.'),
      ts`export interface CloudEvent${TYPE_PARAMETERS} ${objectType(CLOUD_EVENT_PROPERTIES.map(property), true)}`,
    ),
    documented(
      inlineDoc('The `data` type of every ACS event type.'),
      ts`export interface AcsEventDataMap ${objectType(
        events.map((event) => ts`${key(event.type)}: ${id(event.names.dataType)}`),
        true,
      )}`,
    ),
    alias(inlineDoc('Every ACS event type in the catalog.'), ts`AcsEventType`, ts`keyof AcsEventDataMap`),
    ...events.map(eventAliases),
    alias(
      inlineDoc('Any ACS event in the Event Grid schema, discriminated by `eventType`.'),
      ts`AcsEvent`,
      union(events.map((event) => event.names.eventType)),
    ),
    alias(
      inlineDoc('Any ACS event as a CloudEvent, discriminated by `type`.'),
      ts`AcsCloudEvent`,
      union(events.map((event) => event.names.cloudEventType)),
    ),
    documented(
      inlineDoc('Every ACS event type in the catalog, sorted.'),
      ts`export ${assignment(
        ts`const acsEventTypes: readonly AcsEventType[]`,
        ts` =`,
        asType(arrayLiteral(events.map((event) => lit(event.type))), ts`const`),
        false,
      )};`,
    ),
  ];
  return sections.map((section) => (typeof section === 'string' ? section : String(section)));
}

const documented = (doc: Code, statement: Code): Code => join([doc, statement], hardline);
const alias = (doc: Code, name: Code, type: Code | TypePart): Code =>
  documented(doc, typeAlias(name, 'kind' in type ? type : { kind: 'other', code: type }));

/** An event's Event Grid and CloudEvents envelope aliases, a blank line between them. */
export function envelopeAliases(event: EventType, catalog: Catalog): Code {
  const args = [lit(event.type), id(event.names.dataType)];
  const cloudEvent = intersectionType([
    { kind: 'other', code: typeArguments(ts`CloudEvent`, args) },
    // The data validator of a known type requires `data`, which the generic envelope leaves optional.
    { kind: 'object', code: typeLiteral([ts`data: ${id(event.names.dataType)}`]) },
  ]);
  return join(
    [
      alias(
        eventDoc(event, catalog, 'eventType'),
        id(event.names.eventType),
        typeArguments(ts`EventGridEvent`, args),
      ),
      alias(eventDoc(event, catalog, 'cloudEventType'), id(event.names.cloudEventType), cloudEvent),
    ],
    ts`${hardline}${hardline}`,
  );
}

const TYPE_PARAMETERS = ts`<TType extends string = string, TData = unknown>`;

function property([name, type, optional, doc]: Property): Code {
  return ts`${inlineDoc(doc)}${hardline}${memberKey(name)}${optional ? ts`?` : ts``}: ${type}`;
}

/** The JSDoc of an event's envelope alias: its description, its type, and why it is deprecated. */
function eventDoc(event: EventType, catalog: Catalog, kind: 'eventType' | 'cloudEventType'): Code {
  const envelope = kind === 'eventType' ? 'Event Grid schema' : 'CloudEvents 1.0';
  return jsDoc(
    [event.description, `\`${event.type}\` in the ${envelope} envelope.`],
    deprecatedTags(event, catalog, kind),
  );
}
