// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* Dead-letter records as Event Grid writes them to a dead-letter container: the event as delivered,
* plus `deadLetterReason`, `deliveryAttempts`, `lastDeliveryOutcome`, `lastHttpStatusCode` (absent
* when no response came), `publishTime` and `lastDeliveryAttemptTime`. The simulator writes one JSON
* file per event into a folder.
*/
import type { DeadLetterReason } from "./delivery-policy.js";
export interface DeadLetterFacts {
	reason: DeadLetterReason;
	attempts: number;
	lastOutcome: string;
	lastStatus?: number;
	publishTime: string;
	lastAttemptTime: string;
}
export declare function deadLetterRecord(event: unknown, facts: DeadLetterFacts): Record<string, unknown>;
/**
* `<sequence>-<event id>.json`: the sequence (in dead-letter order, zero-padded) keeps files apart
* when ids repeat; characters a file name cannot hold become `_`.
*/
export declare function deadLetterFileName(sequence: number, event: unknown): string;
