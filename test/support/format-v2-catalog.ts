/**
 * A small catalog whose one event uses every keyword catalog format v2 adds (type lists, allOf
 * inheritance, the duration/int32/int64/double formats, documented enums, discriminated unions,
 * maps), one property per keyword.
 */
import type { JsonSchema } from '../../generator/model/catalog-model.ts';
import { catalogOf, definitionsOf, eventOf, ref } from './small-catalog.ts';

const string: JsonSchema = { type: 'string' };

export const SCHEMAS: Record<string, JsonSchema> = {
  Base: { type: 'object', properties: { id: string, note: string }, required: ['id'] },
  Named: { allOf: [ref('Base'), { type: 'object', properties: { name: string }, required: ['name'] }] },
  Text: {
    allOf: [
      ref('Base'),
      { type: 'object', properties: { kind: { const: 'text' }, text: string }, required: ['kind', 'text'] },
    ],
  },
  Image: {
    type: 'object',
    properties: { kind: { const: 'image' }, url: string, size: { type: 'integer' } },
    required: ['kind', 'url'],
  },
  Status: {
    oneOf: [
      { const: 'Active', description: 'In use.' },
      { const: 'Retired', description: 'No longer sent.' },
    ],
  },
  Reason: {
    anyOf: [
      { const: 'Timeout', description: 'Took too long.' },
      { const: 404, description: 'A number among the known values.' },
      { type: 'string', description: 'Any other reason the service adds later.' },
    ],
  },
};

export const DEFINITIONS = definitionsOf(SCHEMAS);
export const V2 = 'Microsoft.Communication.FormatV2';

/** One property per keyword, none required: each case sets one. */
export const EVENT: JsonSchema = {
  type: 'object',
  properties: {
    nullableText: { type: ['string', 'null'] },
    nullableWhen: { type: ['string', 'null'], format: 'date-time' },
    nullableCount: { type: ['integer', 'null'], format: 'int32' },
    nullableBase: { anyOf: [ref('Base'), { type: 'null' }] },
    anyOfTypes: { type: ['string', 'integer', 'object'], properties: { x: { type: 'boolean' } } },
    duration: { type: 'string', format: 'duration' },
    small: { type: 'integer', format: 'int32' },
    big: { type: 'integer', format: 'int64' },
    real: { type: 'number', format: 'double' },
    untypedInt32: { format: 'int32' },
    untypedDuration: { format: 'duration' },
    status: ref('Status'),
    reason: ref('Reason'),
    named: ref('Named'),
    content: { oneOf: [ref('Text'), ref('Image')] },
    contents: { type: 'array', items: { oneOf: [ref('Text'), ref('Image')] } },
    bag: { type: 'object', additionalProperties: true },
    counts: { type: 'object', additionalProperties: { type: 'integer', format: 'int32' } },
  },
};

export const FORMAT_V2_CATALOG = catalogOf(DEFINITIONS, [eventOf(V2, EVENT, DEFINITIONS)]);
