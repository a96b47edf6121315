// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* Event Grid's delivery and retry policy for webhooks, as Microsoft's "Event Grid message delivery
* and retry" page documents it (figures checked against that page, 2024 revision):
* - a delivery succeeds on 200–204 (the page lists 200 OK, 201 Created, 202 Accepted,
*   203 Non-Authoritative Information, 204 No Content);
* - webhook errors that are never retried: 400 Bad Request, 401 Unauthorized, 403 Forbidden,
*   413 Request Entity Too Large — the event is dead-lettered at once;
* - every other failure (408, 429, 5xx, other codes, no response within 30 s, network errors) is
*   retried on the schedule 10 s, 30 s, 1 min, 5 min, 10 min, 30 min, 1 h, 3 h, 6 h, then every 12 h,
*   until the event's time to live (default and maximum 1440 min = 24 h) or the maximum number of
*   delivery attempts (default and maximum 30) runs out. Older revisions of the page wrote "1 hour,
*   then hourly up to 24 hours"; the current page has the 3 h / 6 h / 12 h steps used here.
* Event Grid adds a small random jitter to each step; the simulator does not, so runs repeat exactly.
*/
export declare const RETRY_DELAYS_SECONDS: readonly number[];
/** The step after the listed ones, repeated until the time to live runs out. */
export declare const LATER_RETRY_DELAY_SECONDS = 43200;
export declare const RESPONSE_TIMEOUT_SECONDS = 30;
export declare const MAX_DELIVERY_ATTEMPTS = 30;
export declare const MAX_EVENT_TTL_MINUTES = 1440;
export interface RetryPolicy {
	/** 1–30. */
	maxDeliveryAttempts: number;
	/** 1–1440. */
	eventTimeToLiveMinutes: number;
	/** Multiplies every delay and the time to live (0.001: a 10 s step lasts 10 ms); 1 is Event Grid's pace. */
	timeScale: number;
}
export declare const DEFAULT_RETRY_POLICY: RetryPolicy;
/** What one delivery attempt got back: an HTTP status, or no response at all. */
export type AttemptOutcome = {
	status: number;
} | {
	error: "timeout" | "network";
	message: string;
};
export type DeadLetterReason = "NonRetriableError" | "MaxDeliveryAttemptsExceeded" | "TimeToLiveExceeded";
/** What to do after an attempt. */
export type NextStep = {
	kind: "delivered";
} | {
	kind: "retry";
	delayMs: number;
} | {
	kind: "dead-letter";
	reason: DeadLetterReason;
};
export declare function isSuccess(status: number): boolean;
export declare function isRetried(outcome: AttemptOutcome): boolean;
/** Event Grid's delay, unscaled, before the retry that follows `failedAttempts` failures (≥ 1). */
export declare function retryDelaySeconds(failedAttempts: number): number;
/**
* The step after attempt number `attempts` (1 for the first) ended with `outcome`, `elapsedMs` after
* the event was published (in the run's scaled time). A retry that would start after the time to
* live is not scheduled: the event is dead-lettered when the attempt fails.
*/
export declare function nextStep(outcome: AttemptOutcome, attempts: number, elapsedMs: number, policy: RetryPolicy): NextStep;
/** The `lastDeliveryOutcome` of a dead-letter record for an outcome. */
export declare function outcomeName(outcome: AttemptOutcome): string;
