// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The limits that bound what parsing a webhook body may cost, with their defaults (the fourth, errors
* per event, is the validators' `maxErrors`). Each reached limit is an 'invalid' result naming the
* option, never a throw. Shipped in the package.
*/
/** The limits a caller may change (options of parseEvents and parseEvent). */
export interface ParseLimits {
	/**
	* Events in one batch. Default 5,000: Event Grid's delivery batching allows "max events per batch"
	* from 1 to 5,000 (default 1), so no delivery holds more.
	*/
	maxEvents?: number;
	/**
	* Size of the body in bytes (UTF-8; for parsed JSON, the least size its JSON text can have).
	* Default 1 MiB (1,048,576): Event Grid accepts events of at most 1 MB and batches deliveries up
	* to a "preferred batch size" of at most 1,024 KB (an event larger than that comes alone).
	*/
	maxBodyBytes?: number;
	/**
	* Nesting of arrays and objects, counted from the body (a batch's array is level 1, its events
	* level 2). Default 64: the deepest docs sample nests 6 levels (7 in a batch), and nothing
	* overflows a stack at 64, in this code or in the caller's.
	*/
	maxDepth?: number;
}
export type ResolvedLimits = Required<ParseLimits>;
export declare const DEFAULT_LIMITS: Readonly<ResolvedLimits>;
/** The limits in force: the caller's where they are positive numbers, the defaults elsewhere. */
export declare function resolveLimits(options: ParseLimits | undefined): ResolvedLimits;
