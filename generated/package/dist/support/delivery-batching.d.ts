// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* Event Grid's batched delivery: a subscription's `maxEventsPerBatch` (1–5000, default 1) and
* `preferredBatchSizeInKilobytes` (1–1024, default 64). A batch takes events in order while both
* limits hold; an event larger than the preferred size is still delivered, alone. One event may be
* at most 1 MB (Event Grid refuses larger ones when they are published).
*/
export declare const MAX_EVENTS_PER_BATCH = 5e3;
export declare const MAX_PREFERRED_BATCH_KB = 1024;
export declare const DEFAULT_EVENTS_PER_BATCH = 1;
export declare const DEFAULT_PREFERRED_BATCH_KB = 64;
export declare const MAX_EVENT_BYTES: number;
export interface BatchLimits {
	maxEventsPerBatch: number;
	preferredBatchSizeInKilobytes: number;
}
/** An event and its JSON text, as it goes on the wire. */
export interface SerializedEvent<T> {
	event: T;
	json: string;
	bytes: number;
	/** For the `aeg-data-version` header ('' when unknown): a CloudEvent no longer carries it. */
	dataVersion: string;
}
export interface Batch<T> {
	events: readonly SerializedEvent<T>[];
	/** The JSON array's size in UTF-8 bytes. */
	bytes: number;
}
export declare function serialize<T>(event: T, dataVersion?: string): SerializedEvent<T>;
/** Groups events in order into batches within `limits`. */
export declare function batchEvents<T>(events: readonly SerializedEvent<T>[], limits: BatchLimits): Batch<T>[];
/** The body of a batch: a JSON array of its events. */
export declare function batchBody(batch: Batch<unknown>): string;
export declare function utf8Length(text: string): number;
