// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* A copy of caller-owned JSON-like data taken before validation, so that what was validated is what
* the caller gets back: each property is read once (a getter runs once), own enumerable string keys
* only (as JSON.stringify), undefined properties dropped, holes of sparse arrays kept as undefined;
* values JSON cannot hold (a bigint, a function, a Date, a Map …) are refused, not converted.
* Bounded: a loop with its own stack (no recursion to overflow), a depth limit, a cycle check, and a
* byte budget shared by every event of a body (the least size the JSON text of what was copied can
* have). A failure is reported with the JSON Pointer where it happened. Shipped in the package.
*/
import type { ReportedError } from "./event-parsing.js";
/** The byte budget of one body, shared by the snapshots of its events. */
export interface SnapshotBudget {
	/** Bytes left. */
	bytes: number;
	readonly maxBytes: number;
	readonly maxDepth: number;
}
export type Snapshot = {
	ok: true;
	value: unknown;
} | {
	ok: false;
	error: ReportedError;
	budget: boolean;
};
/**
* The snapshot of `value`, found at `depth` levels below the body (0 for a single-event body, 1 for
* an event of a batch).
*/
export declare function takeSnapshot(value: unknown, depth: number, budget: SnapshotBudget): Snapshot;
