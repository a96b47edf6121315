// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const DEFAULT_LIMITS = Object.freeze({
  maxEvents: 5e3,
  maxBodyBytes: 1024 * 1024,
  maxDepth: 64
});
function limit(value, fallback) {
  return typeof value === "number" && value >= 1 ? Math.floor(value) : fallback;
}
function resolveLimits(options) {
  return {
    maxEvents: limit(options?.maxEvents, DEFAULT_LIMITS.maxEvents),
    maxBodyBytes: limit(options?.maxBodyBytes, DEFAULT_LIMITS.maxBodyBytes),
    maxDepth: limit(options?.maxDepth, DEFAULT_LIMITS.maxDepth)
  };
}
export {
  DEFAULT_LIMITS,
  resolveLimits
};
