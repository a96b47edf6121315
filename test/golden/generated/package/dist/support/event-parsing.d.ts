// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { type ParseLimits, type ResolvedLimits } from "./parse-limits.js";
import type { ValidationError } from "./validation.js";
import type { WireNormalization } from "./wire-normalization.js";
export type { ParseLimits } from "./parse-limits.js";
/** One problem found, as the validators report it. */
export interface ReportedError {
	path: string;
	message: string;
	expected: string;
	received: string;
}
/** What a data validator rewrote to reach the canonical form (a documented wire variant). */
export interface Normalization {
	erratum: string;
	path: string;
	kind: "name" | "value";
	from: unknown;
	to: unknown;
}
export type Validate<TOptions> = (value: unknown, options?: TOptions) => {
	ok: true;
	value: unknown;
	normalized?: Normalization[];
} | {
	ok: false;
	errors: ReportedError[];
};
/** A type guard: the verdict of a validator on a valid value, without building a result. */
export type Guard = (value: unknown) => boolean;
/** How one event type's data is checked. */
export interface DataCheck<TOptions> {
	validate: Validate<TOptions>;
	/**
	* The type's guard when its validator returns valid data unchanged (no documented wire forms to
	* normalize): then, unless strict, the guard's yes is the validator's `ok`, at the cost of a call.
	*/
	guard: Guard | undefined;
}
/** The validators a parser dispatches through. */
export interface EventValidators<TOptions> {
	eventGrid: Validate<TOptions>;
	cloudEvent: Validate<TOptions>;
	/** The envelopes' guards (their validators have no wire forms): see DataCheck.guard. */
	eventGridGuard: Guard;
	cloudEventGuard: Guard;
	/**
	* The data check of each known event type. A Map: an event type read from a body is a string
	* V8 has not internalized, which an object's property lookup must first look up in its string table.
	*/
	data: ReadonlyMap<string, DataCheck<TOptions>>;
}
/**
* The data checks of a catalog: each type's validator, with its guard unless the type has wire forms
* (`rewriting`: its validator may return other data than it was given, and report a published form).
*/
export declare function dataChecks<TOptions>(validators: Readonly<Record<string, Validate<TOptions>>>, guards: Readonly<Record<string, Guard>>, rewriting: readonly string[]): ReadonlyMap<string, DataCheck<TOptions>>;
/**
* One event of a body, classified; parse.ts narrows `event` to the catalog's types. `event` is a
* snapshot (plain data, never the caller's object); `raw` is the event as received; `eventType` is
* the type an invalid event names, when it names one as a string.
*/
export type ClassifiedEvent = {
	status: "valid";
	schema: "eventgrid" | "cloudevents";
	event: unknown;
	normalized: Normalization[];
} | {
	status: "unknown";
	schema: "eventgrid" | "cloudevents";
	event: unknown;
} | {
	status: "invalid";
	errors: ReportedError[];
	raw: unknown;
	eventType?: string;
};
/**
* One event of a webhook body, classified, with a catalog's event types (parse.ts binds them). A
* valid event is in its canonical form: `normalized` lists the documented wire variants rewritten to
* reach it (each with its erratum; empty for most events); `{ strict: true }` rejects them instead.
*/
export type ParsedEventOf<
	TEvent,
	TCloudEvent,
	TUnknownEvent,
	TUnknownCloudEvent
> = {
	status: "valid";
	schema: "eventgrid";
	event: TEvent;
	normalized: WireNormalization[];
} | {
	status: "valid";
	schema: "cloudevents";
	event: TCloudEvent;
	normalized: WireNormalization[];
} | {
	status: "unknown";
	schema: "eventgrid";
	event: TUnknownEvent;
} | {
	status: "unknown";
	schema: "cloudevents";
	event: TUnknownCloudEvent;
} | {
	status: "invalid";
	errors: ValidationError[];
	raw: unknown;
	eventType?: string;
};
/** Classifies one Event Grid schema or CloudEvents 1.0 event (parsed JSON). Never throws. */
export declare function classifyEvent<TOptions extends ParseLimits>(validators: EventValidators<TOptions>, value: unknown, options?: TOptions): ClassifiedEvent;
/**
* One result per event of a raw webhook body — a string, bytes, or already-parsed JSON; one event or
* an array. Never throws: a body that cannot be read, or that breaks a limit of the body (size,
* depth of a text, events per batch), gives a single 'invalid' result.
*/
export declare function classifyEvents<TOptions extends ParseLimits>(validators: EventValidators<TOptions>, body: unknown, options?: TOptions): ClassifiedEvent[];
/**
* `classifyEvents` for a body already read as JSON (by `readBody`, within `limits`): `fresh`
* when it was parsed from text just now, so its events need no snapshot. The webhook reads the body
* itself (a malformed one is a 400 there, not an 'invalid' event). Never throws.
*/
export declare function classifyReadBody<TOptions>(validators: EventValidators<TOptions>, value: unknown, fresh: boolean, limits: ResolvedLimits, options?: TOptions): ClassifiedEvent[];
