// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* Which envelope an event was meant to be, and the near-misses that would otherwise be reported as a
* misleading "… is required": a field in the wrong casing (`specVersion`, `EventType`,
* `data_version`), or a field of the other envelope where this one has its counterpart (`type` in an
* Event Grid event, `eventType` in a CloudEvent). Shipped in the package.
*/
import type { ReportedError } from "./event-parsing.js";
export interface EnvelopeDiagnosis {
	cloud: boolean;
	/** The near-misses found, one error each, at the misspelled or misplaced key. */
	errors: readonly ReportedError[];
	/** Top-level fields whose absence the errors explain (their "is required" says nothing more). */
	explained: readonly string[];
	/** The event type, when the event holds one as a string (under the right name or a near-miss). */
	eventType: string | undefined;
}
/** Diagnoses a plain-data event (a snapshot: reading it has no effects). */
export declare function diagnoseEnvelope(event: Record<string, unknown>): EnvelopeDiagnosis;
/**
* The fast path for the everyday event: every key an envelope field under its own name or no
* field's near-miss, and every field its envelope requires there. Undefined otherwise.
*/
export declare function everydayEnvelope(event: Record<string, unknown>): EnvelopeDiagnosis | undefined;
/**
* Whether an everyday event (see everydayEnvelope) is a CloudEvent; undefined for any other event,
* whose envelope only the near-miss search tells. Its envelope's required fields are its own.
*/
export declare function everydayCloud(event: Record<string, unknown>): boolean | undefined;
export declare function nearMisses(event: Record<string, unknown>): EnvelopeDiagnosis;
