// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { dataValidators, validateCloudEvent, validateEventGridEvent, } from './validators.js';
const hasOwn = (object, name) => Object.prototype.hasOwnProperty.call(object, name);
function isKnownType(type) {
    return hasOwn(dataValidators, type);
}
function notJson(raw, reason) {
    return [
        {
            status: 'invalid',
            raw,
            errors: [
                { path: '', message: `body is not JSON: ${reason}`, expected: 'JSON text', received: typeof raw },
            ],
        },
    ];
}
function decode(body) {
    let text;
    if (typeof body === 'string')
        text = body;
    else if (body instanceof Uint8Array)
        text = new TextDecoder('utf-8').decode(body);
    else
        return { ok: true, value: body };
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        return { ok: false, result: notJson(body, error instanceof Error ? error.message : 'unparseable') };
    }
}
/** Exotic inputs (revoked proxies, throwing getters or traps) become an 'invalid' result, never a throw. */
function uninspectable(raw, error) {
    const reason = error instanceof Error ? error.message : 'the value could not be read';
    return {
        status: 'invalid',
        raw,
        errors: [
            {
                path: '',
                message: `value could not be inspected: ${reason}`,
                expected: 'plain JSON data',
                received: 'an exotic object',
            },
        ],
    };
}
function prefixed(errors, prefix) {
    return errors.map((error) => ({ ...error, path: prefix + error.path }));
}
/** Classifies one Event Grid schema or CloudEvents 1.0 event. Never throws. */
export function parseEvent(value, options) {
    try {
        return classify(value, options);
    }
    catch (error) {
        return uninspectable(value, error);
    }
}
function classify(value, options) {
    const cloud = value !== null && typeof value === 'object' && !Array.isArray(value) && hasOwn(value, 'specversion');
    const envelope = cloud ? validateCloudEvent(value, options) : validateEventGridEvent(value, options);
    if (!envelope.ok)
        return { status: 'invalid', errors: envelope.errors, raw: value };
    const event = envelope.value;
    const type = cloud ? event.type : event.eventType;
    if (!isKnownType(type)) {
        return cloud
            ? { status: 'unknown', schema: 'cloudevents', event: event }
            : { status: 'unknown', schema: 'eventgrid', event: event };
    }
    const data = dataValidators[type](event.data, options);
    if (!data.ok)
        return { status: 'invalid', errors: prefixed(data.errors, '/data'), raw: value };
    return cloud
        ? { status: 'valid', schema: 'cloudevents', event: event }
        : { status: 'valid', schema: 'eventgrid', event: event };
}
/**
 * Parses a raw webhook body — a string, bytes, or already-parsed JSON; one event or an array;
 * Event Grid schema or CloudEvents 1.0 — into one result per event. Never throws: a body that is
 * not JSON gives a single 'invalid' result; event types the catalog does not know are 'unknown'.
 */
export function parseEvents(body, options) {
    try {
        return parseBody(body, options);
    }
    catch (error) {
        return [uninspectable(body, error)];
    }
}
function parseBody(body, options) {
    const decoded = decode(body);
    if (!decoded.ok)
        return decoded.result;
    const events = Array.isArray(decoded.value) ? decoded.value : [decoded.value];
    const results = [];
    for (let i = 0; i < events.length; i++) {
        const result = parseEvent(events[i], options);
        results.push(result.status === 'invalid' && Array.isArray(decoded.value)
            ? { ...result, errors: prefixed(result.errors, `/${i}`) }
            : result);
    }
    return results;
}
/** Narrows a validated Event Grid event to one event type. */
export function isEventType(event, type) {
    return event.eventType === type;
}
/** Narrows a validated CloudEvent to one event type. */
export function isCloudEventType(event, type) {
    return event.type === type;
}
