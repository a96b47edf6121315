// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { classifyEvent, classifyEvents } from './support/event-parsing.js';
import { dataValidators, validateCloudEvent, validateEventGridEvent, } from './validators.js';
const validators = {
    eventGrid: validateEventGridEvent,
    cloudEvent: validateCloudEvent,
    data: dataValidators,
};
/** Classifies one Event Grid schema or CloudEvents 1.0 event. Never throws. */
export function parseEvent(value, options) {
    return classifyEvent(validators, value, options);
}
/**
 * Parses a raw webhook body — a string, bytes, or already-parsed JSON; one event or an array;
 * Event Grid schema or CloudEvents 1.0 — into one result per event. Never throws: a body that is
 * not JSON gives a single 'invalid' result; event types the catalog does not know are 'unknown'.
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
