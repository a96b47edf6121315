// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The limits that bound what parsing a webhook body may cost, with their defaults (the fourth, errors
 * per event, is the validators' `maxErrors`). Each reached limit is an 'invalid' result naming the
 * option, never a throw. Shipped in the package.
 */
export const DEFAULT_LIMITS = Object.freeze({
    maxEvents: 5000,
    maxBodyBytes: 1024 * 1024,
    maxDepth: 64,
});
/** A positive integer (or Infinity) as given; anything else is the default. */
function limit(value, fallback) {
    return typeof value === 'number' && value >= 1 ? Math.floor(value) : fallback;
}
/** The limits in force: the caller's where they are positive numbers, the defaults elsewhere. */
export function resolveLimits(options) {
    return {
        maxEvents: limit(options?.maxEvents, DEFAULT_LIMITS.maxEvents),
        maxBodyBytes: limit(options?.maxBodyBytes, DEFAULT_LIMITS.maxBodyBytes),
        maxDepth: limit(options?.maxDepth, DEFAULT_LIMITS.maxDepth),
    };
}
