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
