// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { classifyEvent, classifyEvents, } from './support/event-parsing.js';
import { dataValidators, validateCloudEvent, validateEventGridEvent, } from './validators.js';
const validators = {
    eventGrid: validateEventGridEvent,
    cloudEvent: validateCloudEvent,
    data: dataValidators,
};
/** Classifies one Event Grid schema or CloudEvents 1.0 event (parsed JSON). Never throws; event is a snapshot. */
export function parseEvent(value, options) {
    return classifyEvent(validators, value, options);
}
/**
 * Parses a raw webhook body — a string, bytes (Uint8Array, Buffer, ArrayBuffer, any ArrayBufferView)
 * or already-parsed JSON; one event or an array; Event Grid schema or CloudEvents 1.0 — into one
 * result per event. Never throws and never writes to the body: a body that is not JSON or breaks a
 * limit gives a single 'invalid' result; event types the catalog does not know are 'unknown'; each
 * event is a snapshot of plain data, what was validated.
 */
export function parseEvents(body, options) {
    return classifyEvents(validators, body, options);
}
/** Narrows a validated Event Grid event to one event type. */
export function isEventType(event, type) {
    return event.eventType === type;
}
/** Narrows a validated CloudEvent to one event type. */
export function isCloudEventType(event, type) {
    return event.type === type;
}
