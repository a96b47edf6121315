// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { DeliverySchema } from "./delivery-headers.js";
export interface SimulatorOptions {
	endpoint: string;
	schema: DeliverySchema;
	/** Event types the factories make, in turn (full names). */
	eventTypes: string[];
	count: number;
	seed: number;
	/** JSON files of events (one event or an array each), delivered instead of factory-made events. */
	eventFiles: string[];
	filterFile?: string;
	maxEventsPerBatch: number;
	preferredBatchSizeInKilobytes: number;
	maxDeliveryAttempts: number;
	eventTimeToLiveMinutes: number;
	timeScale: number;
	timeoutSeconds: number;
	concurrency: number;
	deadLetterDir?: string;
	subscriptionName: string;
	progress: boolean;
	json: boolean;
}
export type ParsedArguments = {
	kind: "options";
	options: SimulatorOptions;
} | {
	kind: "help";
} | {
	kind: "error";
	message: string;
};
/**
* Reads `argv` (without node and the script). `knownTypes` are the event types the factories make;
* `defaultTypes` those made when `--event-types` is not given.
*/
export declare function parseSimulatorArguments(argv: readonly string[], knownTypes: readonly string[], defaultTypes: readonly string[]): ParsedArguments;
export declare function simulatorUsage(command: string): string;
