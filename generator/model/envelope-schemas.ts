import type { SchemaNode } from './catalog-model.ts';

/** What makes an envelope specific to one event: its type and the schema of its data. */
export interface EnvelopeSpecifics {
  type: string;
  data: SchemaNode;
}

/** The fields every Event Grid schema event carries. */
export const EVENT_GRID_REQUIRED = ['id', 'subject', 'eventType', 'eventTime', 'data', 'dataVersion'];
/** The fields every CloudEvents 1.0 event carries. */
export const CLOUD_EVENT_REQUIRED = ['specversion', 'id', 'source', 'type'];

const string = (description: string): SchemaNode => ({ type: 'string', description });
const dateTime = (description: string): SchemaNode => ({ type: 'string', format: 'date-time', description });

/**
 * The Event Grid schema envelope. Generic without `specifics` (any event type, any data); with them,
 * `eventType` is the event's type and `data` its data schema. Unknown properties are allowed: Azure
 * adds fields without notice.
 */
export function eventGridEnvelope(specifics?: EnvelopeSpecifics): SchemaNode {
  return {
    type: 'object',
    properties: {
      id: string('Unique identifier of the event.'),
      topic: string('Full resource path of the event source; Event Grid sets it.'),
      subject: string('Publisher-defined path to the event subject.'),
      eventType: specifics
        ? { type: 'string', const: specifics.type, description: 'The event type.' }
        : string('One of the registered event types for this event source.'),
      eventTime: dateTime('When the event was generated (RFC 3339).'),
      data: specifics
        ? { ...specifics.data }
        : { description: 'The event data, specific to the event type.' },
      dataVersion: string('Schema version of the data object.'),
      metadataVersion: string('Schema version of the event metadata; Event Grid sets it.'),
    },
    required: EVENT_GRID_REQUIRED,
    additionalProperties: true,
  };
}

/** The CloudEvents 1.0 JSON envelope, generic or specific to one event as for eventGridEnvelope. */
export function cloudEventEnvelope(specifics?: EnvelopeSpecifics): SchemaNode {
  return {
    type: 'object',
    properties: {
      specversion: { type: 'string', const: '1.0', description: 'The CloudEvents specification version.' },
      id: string('Unique identifier of the event.'),
      source: string('Context in which the event happened (the ACS resource).'),
      type: specifics
        ? { type: 'string', const: specifics.type, description: 'The event type.' }
        : string('The event type.'),
      subject: string('Publisher-defined path to the event subject.'),
      time: dateTime('When the event happened (RFC 3339).'),
      datacontenttype: string('Content type of `data`.'),
      dataschema: string('URI of the schema `data` adheres to.'),
      data: specifics
        ? { ...specifics.data }
        : { description: 'The event data, specific to the event type.' },
    },
    // An event of a known type carries data (its data validator requires it); the generic envelope may omit it.
    required: specifics ? [...CLOUD_EVENT_REQUIRED, 'data'] : CLOUD_EVENT_REQUIRED,
    additionalProperties: true,
  };
}
