import { banner } from '../../syntax/banner.ts';
import { ts, type Code } from '../../syntax/ts-code.ts';
import { json } from '../../syntax/ts-layout.ts';
import type { OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';

/**
 * `parse.ts`: the webhook entry point. The reading and classifying is runtime/support/event-parsing.ts;
 * this module binds it to the generated validators and narrows its results to the catalog's types.
 */
export function emitParse(context: EmitContext): OutputFile[] {
  const parts = [IMPORTS, PARSED_EVENT, BINDING, PARSE_EVENTS, GUARDS];
  return [
    { path: 'package/src/parse.ts', contents: banner('line') + parts.join('\n'), layout: 'final' },
    {
      path: 'package/src/event-validators.ts',
      contents: banner('line') + eventValidators(context),
      layout: 'final',
    },
  ];
}

/**
 * `event-validators.ts`, internal (no entry point): the validators both parse.ts and webhook.ts
 * classify with, and the guards that decide an everyday event alone (event-parsing.ts says when).
 */
function eventValidators(context: EmitContext): Code {
  const rewriting = context.catalog.events
    .filter((event) => event.wireForms.length > 0)
    .map((event) => event.type)
    .sort();
  return ts`${EVENT_VALIDATOR_IMPORTS}
/** The event types with documented wire forms: their validators may rewrite the data they accept. */
const WITH_WIRE_FORMS: readonly string[] = ${json(rewriting)};

/** The envelope validators, and the data check of each event type, events are classified with. */
export const eventValidators: EventValidators<ValidateOptions> = {
  eventGrid: validateEventGridEvent,
  cloudEvent: validateCloudEvent,
  eventGridGuard: isEventGridEvent,
  cloudEventGuard: isCloudEvent,
  data: dataChecks(dataValidators, dataGuards, WITH_WIRE_FORMS),
};
`;
}

const EVENT_VALIDATOR_IMPORTS: Code = ts`import { dataChecks, type EventValidators } from './support/event-parsing.js';
import {
  dataGuards,
  dataValidators,
  isCloudEvent,
  isEventGridEvent,
  validateCloudEvent,
  validateEventGridEvent,
  type ValidateOptions,
} from './validators.js';
`;

const TYPE_IMPORTS: Code = ts`import type { AcsCloudEvent, AcsEvent, AcsEventType, CloudEvent, EventGridEvent } from './types.js';
import {
  classifyEvent,
  classifyEvents,
  type ParsedEventOf,
  type ParseLimits,
} from './support/event-parsing.js';
`;

const IMPORTS: Code = ts`${TYPE_IMPORTS}import type { EventSubscriptionFilter } from './filter.js';
import { eventValidators } from './event-validators.js';
import type { ValidateOptions } from './validators.js';
`;

const PARSED_EVENT: Code = ts`/** One event of a webhook body, classified (support/event-parsing.ts), typed by the catalog. */
export type ParsedEvent = ParsedEventOf<AcsEvent, AcsCloudEvent, EventGridEvent, CloudEvent>;

/**
 * Options of parseEvents and parseEvent: the validators' (strict, maxErrors: errors per event,
 * default 100) and the limits of a body (maxEvents 5,000, maxBodyBytes 1 MiB, maxDepth 64).
 */
export type ParseOptions = ValidateOptions & ParseLimits;
`;

const BINDING: Code = ts`/** Classifies one Event Grid schema or CloudEvents 1.0 event (parsed JSON). Never throws; event is a snapshot. */
export function parseEvent(value: unknown, options?: ParseOptions): ParsedEvent {
  return classifyEvent<ParseOptions>(eventValidators, value, options) as ParsedEvent;
}
`;

const PARSE_EVENTS: Code = ts`/**
 * Parses a raw webhook body — a string, bytes (Uint8Array, Buffer, ArrayBuffer, any ArrayBufferView)
 * or already-parsed JSON; one event or an array; Event Grid schema or CloudEvents 1.0 — into one
 * result per event. Never throws and never writes to the body: a body that is not JSON or breaks a
 * limit gives a single 'invalid' result; event types the catalog does not know are 'unknown'; each
 * event is a snapshot of plain data, what was validated.
 */
export function parseEvents(body: unknown, options?: ParseOptions): ParsedEvent[] {
  return classifyEvents<ParseOptions>(eventValidators, body, options) as ParsedEvent[];
}
`;

const CLOUD_EVENT_GUARD: Code = ts`
/** Narrows a validated CloudEvent to one event type. */
export function isCloudEventType<T extends AcsEventType>(
  event: AcsCloudEvent,
  type: T,
): event is Extract<AcsCloudEvent, { type: T }> {
  return event.type === type;
}
`;

const GUARDS: Code = ts`/** A subscription filter whose \`includedEventTypes\` are the catalog's event types (a typo does not compile). */
export type AcsEventSubscriptionFilter = EventSubscriptionFilter<AcsEventType>;

/** Narrows a validated Event Grid event to one event type. */
export function isEventType<T extends AcsEventType>(
  event: AcsEvent,
  type: T,
): event is Extract<AcsEvent, { eventType: T }> {
  return event.eventType === type;
}
${CLOUD_EVENT_GUARD}`;
