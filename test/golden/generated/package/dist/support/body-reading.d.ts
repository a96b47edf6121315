// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ReportedError } from "./event-parsing.js";
import type { ResolvedLimits } from "./parse-limits.js";
/**
* A body read as JSON, or why not. `fresh`: the value was parsed here, from text; nobody else holds
* it and it is plain JSON.
*/
export type BodyReading = {
	ok: true;
	value: unknown;
	fresh: boolean;
} | {
	ok: false;
	error: ReportedError;
};
/** Reads `body` as JSON within `limits`. */
export declare function readBody(body: unknown, limits: ResolvedLimits): BodyReading;
/** The error of a batch of more than maxEvents events. */
export declare function tooManyEvents(count: number, limits: ResolvedLimits): ReportedError;
/** The error of a body larger than maxBodyBytes; `size` says by how much ("12345 bytes", "larger"). */
export declare function tooLargeError(size: string, limits: ResolvedLimits): ReportedError;
/**
* What JSON text holds, in one pass that jumps over strings: the index of the first bracket that
* opens level maxDepth + 1 (or -1), and, for a batch, how many events it holds (the entries of the
* top-level array; 1 for anything else). Tells which limit a body breaks, even one that is not JSON.
* Most of an event's text is strings, which `indexOf` skips natively: the pass costs a fraction of
* `JSON.parse`.
*/
export declare function scanText(text: string, maxDepth: number): {
	deepAt: number;
	events: number;
};
