// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCloudEvent, AcsEvent, AcsEventType, CloudEvent, EventGridEvent } from "./types.js";
import { type ParsedEventOf, type ParseLimits } from "./support/event-parsing.js";
import type { EventSubscriptionFilter } from "./filter.js";
import type { ValidateOptions } from "./validators.js";
/** One event of a webhook body, classified (support/event-parsing.ts), typed by the catalog. */
export type ParsedEvent = ParsedEventOf<AcsEvent, AcsCloudEvent, EventGridEvent, CloudEvent>;
/**
* Options of parseEvents and parseEvent: the validators' (strict, maxErrors: errors per event,
* default 100) and the limits of a body (maxEvents 5,000, maxBodyBytes 1 MiB, maxDepth 64).
*/
export type ParseOptions = ValidateOptions & ParseLimits;
/** Classifies one Event Grid schema or CloudEvents 1.0 event (parsed JSON). Never throws; event is a snapshot. */
export declare function parseEvent(value: unknown, options?: ParseOptions): ParsedEvent;
/**
* Parses a raw webhook body — a string, bytes (Uint8Array, Buffer, ArrayBuffer, any ArrayBufferView)
* or already-parsed JSON; one event or an array; Event Grid schema or CloudEvents 1.0 — into one
* result per event. Never throws and never writes to the body: a body that is not JSON or breaks a
* limit gives a single 'invalid' result; event types the catalog does not know are 'unknown'; each
* event is a snapshot of plain data, what was validated.
*/
export declare function parseEvents(body: unknown, options?: ParseOptions): ParsedEvent[];
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
