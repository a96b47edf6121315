// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * Reading a webhook body into classified events, whatever the catalog: the generated parse.ts
 * supplies the validators (envelopes, and data by event type) and narrows the results to the
 * catalog's types. Never throws. Shipped in the package.
 */
import { isCloudEventShaped } from './envelopes.js';
import { hasOwn } from './plain-data.js';
function invalid(raw, message, expected, received) {
    return { status: 'invalid', raw, errors: [{ path: '', message, expected, received }] };
}
/** Exotic inputs (revoked proxies, throwing getters or traps) become an 'invalid' result, never a throw. */
function uninspectable(raw, error) {
    const reason = error instanceof Error ? error.message : 'the value could not be read';
    return invalid(raw, `value could not be inspected: ${reason}`, 'plain JSON data', 'an exotic object');
}
function prefixed(errors, prefix) {
    return errors.map((error) => ({ ...error, path: prefix + error.path }));
}
/** A string or bytes as JSON; anything else is taken as already parsed. */
export function decodeBody(body) {
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
        const reason = error instanceof Error ? error.message : 'unparseable';
        return { ok: false, result: invalid(body, `body is not JSON: ${reason}`, 'JSON text', typeof body) };
    }
}
/** Classifies one Event Grid schema or CloudEvents 1.0 event. Never throws. */
export function classifyEvent(validators, value, options) {
    try {
        return classify(validators, value, options);
    }
    catch (error) {
        return uninspectable(value, error);
    }
}
function classify(validators, value, options) {
    const cloud = isCloudEventShaped(value);
    const envelope = (cloud ? validators.cloudEvent : validators.eventGrid)(value, options);
    if (!envelope.ok)
        return { status: 'invalid', errors: envelope.errors, raw: value };
    const event = envelope.value;
    const type = (cloud ? event.type : event.eventType);
    const schema = cloud ? 'cloudevents' : 'eventgrid';
    if (!hasOwn(validators.data, type))
        return { status: 'unknown', schema, event };
    const data = validators.data[type](event.data, options);
    if (!data.ok)
        return { status: 'invalid', errors: prefixed(data.errors, '/data'), raw: value };
    // A documented wire variant was normalized: the event carries the canonical data, the input is untouched.
    const normalized = (data.normalized ?? []).map((change) => ({ ...change, path: '/data' + change.path }));
    if (normalized.length === 0)
        return { status: 'valid', schema, event, normalized };
    return { status: 'valid', schema, event: { ...event, data: data.value }, normalized };
}
/**
 * One result per event of a raw webhook body — a string, bytes, or already-parsed JSON; one event or
 * an array. Never throws: a body that is not JSON gives a single 'invalid' result.
 */
export function classifyEvents(validators, body, options) {
    try {
        return classifyBody(validators, body, options);
    }
    catch (error) {
        return [uninspectable(body, error)];
    }
}
function classifyBody(validators, body, options) {
    const decoded = decodeBody(body);
    if (!decoded.ok)
        return [decoded.result];
    const batch = Array.isArray(decoded.value);
    const events = batch ? decoded.value : [decoded.value];
    const results = [];
    // A loop, not map: a hole in a sparse array is an (invalid) event too.
    for (let i = 0; i < events.length; i++) {
        const result = classifyEvent(validators, events[i], options);
        results.push(result.status === 'invalid' && batch ? { ...result, errors: prefixed(result.errors, `/${i}`) } : result);
    }
    return results;
}
