// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/** The simulator's final report: counts and request latency percentiles, as text or JSON. */
export interface DeliveryCounts {
	/** Events read or made. */
	events: number;
	/** Events the subscription filter dropped. */
	filtered: number;
	delivered: number;
	deadLettered: number;
	/** Events that needed at least one retry (whatever their fate). */
	retried: number;
	batches: number;
	/** HTTP delivery requests, first attempts and retries. */
	attempts: number;
}
export interface DeliveryReport extends DeliveryCounts {
	schema: string;
	handshake: string;
	/** Response time of every delivery request that got a response, in milliseconds. */
	latencyMs: {
		p50: number;
		p99: number;
		max: number;
	};
	durationMs: number;
}
/** Nearest-rank percentile (`p` in 0–100) of `values`; 0 for none. */
export declare function percentile(values: readonly number[], p: number): number;
export declare function latencySummary(latencies: readonly number[]): DeliveryReport["latencyMs"];
export declare function reportText(report: DeliveryReport): string;
/**
* A progress line at most every `intervalMs`, and always on the last call (`done`); undefined when
* it is not time yet.
*/
export declare function progressThrottle(intervalMs: number): (now: number, counts: DeliveryCounts, done?: boolean) => string | undefined;
