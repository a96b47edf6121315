// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* Delivers batches the way Event Grid does: each batch is one request, all or nothing; a failed
* batch goes back in the queue for its retry time while the others go on; a batch Event Grid gives
* up on is dead-lettered event by event. Up to `concurrency` requests are in flight at once.
*/
import { type Batch } from "./delivery-batching.js";
import type { DeadLetterFacts } from "./delivery-dead-letter.js";
import { type DeliverySchema } from "./delivery-headers.js";
import { type RetryPolicy } from "./delivery-policy.js";
import type { DeliveryCounts } from "./delivery-report.js";
import type { Clock, Transport } from "./delivery-transport.js";
export interface DeliverySettings {
	url: string;
	schema: DeliverySchema;
	subscriptionName: string;
	policy: RetryPolicy;
	concurrency: number;
	/** CloudEvents one at a time go as a single object (`application/cloudevents+json`), not an array. */
	single: boolean;
}
export interface DeliveryEffects {
	transport: Transport;
	clock: Clock;
	/** The wall-clock time as an ISO 8601 string, for dead-letter records. */
	wallTime: () => string;
	deadLetter: (event: unknown, facts: DeadLetterFacts) => Promise<void>;
	/** Called after every attempt, with the counts so far. */
	onAttempt?: (counts: DeliveryCounts) => void;
}
/** Delivers `batches`, updating `counts` as it goes; resolves with every answered request's latency. */
export declare function deliverBatches(batches: readonly Batch<unknown>[], settings: DeliverySettings, effects: DeliveryEffects, counts: DeliveryCounts): Promise<number[]>;
