/**
 * The two envelopes Event Grid delivers, as schemas compiled like any data schema. `data` is only
 * required to be present (Event Grid) or allowed (CloudEvents); checking it is the job of the
 * per-event data validators, keyed by the event type.
 */
import { CLOUD_EVENT_REQUIRED, EVENT_GRID_REQUIRED } from '../../model/envelope-schemas.ts';
import type { JsonSchema } from '../../model/catalog-model.ts';

export interface Envelope {
  /** The envelope's type name in types.ts, and the suffix of validate…/is… */
  name: 'EventGridEvent' | 'CloudEvent';
  description: string;
  schema: JsonSchema;
}

const string: JsonSchema = { type: 'string' };
const dateTime: JsonSchema = { type: 'string', format: 'date-time' };

export const ENVELOPES: readonly Envelope[] = [
  {
    name: 'EventGridEvent',
    description:
      'An event in the Event Grid schema: id, subject, eventType, eventTime (RFC 3339), data and dataVersion are required; topic and metadataVersion are optional strings. `data` is not checked here: use dataValidators[eventType].',
    schema: {
      type: 'object',
      properties: {
        id: string,
        topic: string,
        subject: string,
        eventType: string,
        eventTime: dateTime,
        data: {},
        dataVersion: string,
        metadataVersion: string,
      },
      required: EVENT_GRID_REQUIRED,
    },
  },
  {
    name: 'CloudEvent',
    description:
      'An event in the CloudEvents 1.0 JSON format: specversion "1.0", id, source and type are required; subject, datacontenttype and dataschema are optional strings, time an optional RFC 3339 date-time, data anything. `data` is not checked here: use dataValidators[type].',
    schema: {
      type: 'object',
      properties: {
        specversion: { type: 'string', const: '1.0' },
        id: string,
        source: string,
        type: string,
        subject: string,
        time: dateTime,
        datacontenttype: string,
        dataschema: string,
        data: {},
      },
      required: CLOUD_EVENT_REQUIRED,
    },
  },
];
