/**
 * A small catalog that uses every catalog format v2 idiom (FORMAT-V2.md §1): nullable types and refs,
 * formats, documented open and closed enums, allOf inheritance, discriminated unions (of refs and of
 * inline objects), maps, arrays of objects. The emitter suites check their output against it.
 */
import type { JsonSchema } from '../../generator/model/catalog-model.ts';
import { catalogOf, definitionsOf, eventOf, ref } from './small-catalog.ts';

const base = (own: JsonSchema): JsonSchema => ({ allOf: [ref('CallParticipantBase'), own] });

export const V2_DEFINITIONS = definitionsOf({
  CallParticipantBase: {
    type: 'object',
    properties: {
      kind: { type: 'string', description: 'What kind of participant.' },
      rawId: { type: 'string', description: 'Raw id.' },
    },
    required: ['kind', 'rawId'],
  },
  AudioParticipant: base({
    type: 'object',
    properties: { kind: { const: 'audio' }, muted: { type: 'boolean', description: 'Muted or not.' } },
    required: ['kind', 'muted'],
  }),
  VideoParticipant: base({
    type: 'object',
    properties: {
      kind: { const: 'video' },
      resolution: { type: ['string', 'null'], description: 'Resolution, null when unknown.' },
    },
    required: ['kind', 'resolution'],
  }),
  CallParticipant: { oneOf: [ref('AudioParticipant'), ref('VideoParticipant')] },
  EndReason: {
    anyOf: [
      { const: 'Hangup', description: 'Someone hung up.' },
      { const: 'Timeout', description: 'Nobody answered.' },
      { type: 'string' },
    ],
  },
});

export const CALL_ENDED = 'Microsoft.Communication.CallEnded';
export const CALL_STARTED = 'Microsoft.Communication.CallStarted';

export const V2_CALL_ENDED_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    participant: ref('CallParticipant', 'Who left.'),
    participants: { type: 'array', items: ref('CallParticipant'), description: 'Everyone.' },
    reason: ref('EndReason'),
    channel: {
      oneOf: [
        { const: 'pstn', description: 'The phone network.' },
        { const: 'voip', description: 'Internet calling.' },
      ],
      description: 'How the call was carried.',
    },
    nickname: { type: ['string', 'null'], description: 'Nickname.' },
    transferTarget: { anyOf: [ref('CallParticipantBase'), { type: 'null' }], description: 'Transferred to.' },
    callDuration: { type: 'string', format: 'duration', description: 'How long.' },
    sequenceNumber: { type: 'integer', format: 'int64' },
    retries: { type: 'integer', format: 'int32' },
    score: { type: ['number', 'null'], format: 'double' },
    mislabelled: { type: 'string', format: 'int32', description: 'A format on the wrong type.' },
    caller: base({ type: 'object', properties: { phoneNumber: { type: 'string' } } }),
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    context: { type: 'object', additionalProperties: true },
    outcome: {
      description: 'How it went.',
      oneOf: [
        {
          type: 'object',
          properties: { status: { const: 'ok' }, billedSeconds: { type: 'integer' } },
          required: ['status', 'billedSeconds'],
        },
        {
          type: 'object',
          properties: { status: { const: 'failed' }, error: { type: 'string' } },
          required: ['status', 'error'],
        },
      ],
    },
  },
  required: ['participant', 'reason', 'channel', 'nickname', 'outcome'],
};

/** The shapes as a catalog: CallEnded uses every idiom; CallStarted's data itself extends a definition. */
export const v2Catalog = catalogOf(V2_DEFINITIONS, [
  eventOf(CALL_ENDED, V2_CALL_ENDED_SCHEMA, V2_DEFINITIONS, { category: 'calls' }),
  eventOf(
    CALL_STARTED,
    base({ type: 'object', properties: { startTime: { type: 'string', format: 'date-time' } } }),
    V2_DEFINITIONS,
    { category: 'calls' },
  ),
]);
