// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { clone, define, merge, pointerNames, valueAt } from './plain-data.js';
import { Draw } from './seeded-draw.js';
/** The seed factories use when none is given. */
export const DEFAULT_SEED = 1;
/** The string a subject parameter is taken from (`pointer` into the data). */
export function subjectSource(data, pointer) {
    const value = valueAt(data, pointer);
    if (typeof value !== 'string')
        throw new RangeError('subject source data' + pointer + ' must be a string, got ' + typeof value);
    return value;
}
/**
 * A GUID-shaped id for a subject parameter no data field carries (a recording's call and recording
 * ids): a hash of the data and the parameter's name, so the subject still follows the data.
 */
export function opaqueId(data, parameter) {
    const text = JSON.stringify(data) + '\u0000' + parameter;
    let hex = '';
    for (let salt = 0; hex.length < 32; salt++) {
        let hash = 0x811c9dc5 ^ salt;
        for (let i = 0; i < text.length; i++)
            hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
        hex += (hash >>> 0).toString(16).padStart(8, '0');
    }
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
/** E.164 digits without "+", as SMS subjects carry a phone number. */
export function digits(phoneNumber) {
    return phoneNumber.replace(/[^0-9]/g, '');
}
/** A valid event of the recipe's type for a seed, with `overrides` merged in. */
export function buildEvent(recipe, overrides, options) {
    const draw = new Draw(recipe.type, options?.seed ?? DEFAULT_SEED);
    const data = recipe.data(draw);
    const event = {
        id: draw.guid(),
        topic: draw.resourceTopic(),
        subject: recipe.subject(data),
        data,
        eventType: recipe.type,
        dataVersion: recipe.dataVersion,
        metadataVersion: '1',
        eventTime: draw.eventTime(),
    };
    if (overrides === undefined)
        return event;
    const merged = merge(event, overrides);
    // The subject is a function of the data: unless it is overridden, it follows overridden data.
    if (overrides.subject === undefined)
        merged.subject = recipe.subject(merged.data);
    return merged;
}
/** Each recipe applied to its own copy of `valid`. */
export function variants(valid, recipes) {
    return recipes.map((recipe) => {
        const event = clone(valid);
        const names = pointerNames(recipe.path);
        const last = names.pop();
        let parent = event;
        for (const name of names)
            parent = parent[name];
        if ('remove' in recipe)
            delete parent[last];
        else
            define(parent, last, clone(recipe.value));
        return { name: recipe.name, status: recipe.status, path: recipe.path, event };
    });
}
