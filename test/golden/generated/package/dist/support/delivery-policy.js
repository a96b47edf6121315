// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const RETRY_DELAYS_SECONDS = [10, 30, 60, 300, 600, 1800, 3600, 10800, 21600];
const LATER_RETRY_DELAY_SECONDS = 43200;
const RESPONSE_TIMEOUT_SECONDS = 30;
const MAX_DELIVERY_ATTEMPTS = 30;
const MAX_EVENT_TTL_MINUTES = 1440;
const NEVER_RETRIED = /* @__PURE__ */ new Set([400, 401, 403, 413]);
const DEFAULT_RETRY_POLICY = {
  maxDeliveryAttempts: MAX_DELIVERY_ATTEMPTS,
  eventTimeToLiveMinutes: MAX_EVENT_TTL_MINUTES,
  timeScale: 1
};
function isSuccess(status) {
  return status >= 200 && status <= 204;
}
function isRetried(outcome) {
  return "error" in outcome || !NEVER_RETRIED.has(outcome.status);
}
function retryDelaySeconds(failedAttempts) {
  return RETRY_DELAYS_SECONDS[failedAttempts - 1] ?? LATER_RETRY_DELAY_SECONDS;
}
function nextStep(outcome, attempts, elapsedMs, policy) {
  if ("status" in outcome && isSuccess(outcome.status)) return { kind: "delivered" };
  if (!isRetried(outcome)) return { kind: "dead-letter", reason: "NonRetriableError" };
  if (attempts >= policy.maxDeliveryAttempts)
    return { kind: "dead-letter", reason: "MaxDeliveryAttemptsExceeded" };
  const delayMs = retryDelaySeconds(attempts) * 1e3 * policy.timeScale;
  const ttlMs = policy.eventTimeToLiveMinutes * 6e4 * policy.timeScale;
  if (elapsedMs + delayMs > ttlMs) return { kind: "dead-letter", reason: "TimeToLiveExceeded" };
  return { kind: "retry", delayMs };
}
const OUTCOME_NAMES = /* @__PURE__ */ new Map([
  [400, "BadRequest"],
  [401, "Unauthorized"],
  [403, "Forbidden"],
  [404, "NotFound"],
  [408, "TimedOut"],
  [413, "RequestEntityTooLarge"],
  [429, "Busy"],
  [503, "ServiceUnavailable"]
]);
function outcomeName(outcome) {
  if ("error" in outcome) return outcome.error === "timeout" ? "TimedOut" : "NetworkError";
  if (isSuccess(outcome.status)) return "Succeeded";
  return OUTCOME_NAMES.get(outcome.status) ?? "GenericError";
}
export {
  DEFAULT_RETRY_POLICY,
  LATER_RETRY_DELAY_SECONDS,
  MAX_DELIVERY_ATTEMPTS,
  MAX_EVENT_TTL_MINUTES,
  RESPONSE_TIMEOUT_SECONDS,
  RETRY_DELAYS_SECONDS,
  isRetried,
  isSuccess,
  nextStep,
  outcomeName,
  retryDelaySeconds
};
