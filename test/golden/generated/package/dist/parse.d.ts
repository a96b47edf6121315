// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCloudEvent, AcsEvent, AcsEventType, CloudEvent, EventGridEvent } from './types.js';
import type { EventSubscriptionFilter } from './filter.js';
import { type ValidateOptions, type ValidationError, type WireNormalization } from './validators.js';
/**
 * One event of a webhook body, classified. A valid event is in its canonical form: `normalized`
 * lists the documented wire variants rewritten to reach it (each with its erratum; empty for most
 * events); `{ strict: true }` rejects them instead.
 */
export type ParsedEvent = {
    status: 'valid';
    schema: 'eventgrid';
    event: AcsEvent;
    normalized: WireNormalization[];
} | {
    status: 'valid';
    schema: 'cloudevents';
    event: AcsCloudEvent;
    normalized: WireNormalization[];
} | {
    status: 'unknown';
    schema: 'eventgrid';
    event: EventGridEvent;
} | {
    status: 'unknown';
    schema: 'cloudevents';
    event: CloudEvent;
} | {
    status: 'invalid';
    errors: ValidationError[];
    raw: unknown;
};
/** Classifies one Event Grid schema or CloudEvents 1.0 event. Never throws. */
export declare function parseEvent(value: unknown, options?: ValidateOptions): ParsedEvent;
/**
 * Parses a raw webhook body — a string, bytes, or already-parsed JSON; one event or an array;
 * Event Grid schema or CloudEvents 1.0 — into one result per event. Never throws: a body that is
 * not JSON gives a single 'invalid' result; event types the catalog does not know are 'unknown'.
 */
export declare function parseEvents(body: unknown, options?: ValidateOptions): ParsedEvent[];
/** A subscription filter whose `includedEventTypes` are the catalog's event types (a typo does not compile). */
export type AcsEventSubscriptionFilter = EventSubscriptionFilter<AcsEventType>;
/** Narrows a validated Event Grid event to one event type. */
export declare function isEventType<T extends AcsEventType>(event: AcsEvent, type: T): event is Extract<AcsEvent, {
    eventType: T;
}>;
/** Narrows a validated CloudEvent to one event type. */
export declare function isCloudEventType<T extends AcsEventType>(event: AcsCloudEvent, type: T): event is Extract<AcsCloudEvent, {
    type: T;
}>;
