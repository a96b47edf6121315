// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { WireNormalization } from "./wire-normalization.js";
/** One problem found in a value. */
export interface ValidationError {
	/** JSON Pointer (RFC 6901) to the offending value; '' is the value itself. */
	path: string;
	message: string;
	/** What the schema allows there, e.g. "string", "date-time", "CommunicationIdentifier". */
	expected: string;
	/** What was found: a type name ("number", "null", "array", …), a short rendering of the value, or "missing". */
	received: string;
}
/**
* On success, `value` is the data in its canonical form and `normalized` lists the documented wire
* variants that were rewritten to reach it (only events with documented variants report it).
*/
export type ValidationResult<T> = {
	ok: true;
	value: T;
	normalized?: WireNormalization[];
} | {
	ok: false;
	errors: ValidationError[];
};
export interface ValidateOptions {
	/**
	* Report properties an object schema does not declare, and reject the documented wire variants
	* (forms the sources disagree on, which are otherwise accepted and normalized). Off by default:
	* Azure adds fields to events without notice, and the validators accept them.
	*/
	strict?: boolean;
	/**
	* At most this many errors are reported for one value (default 100); the others are only counted,
	* in a last "… and N more errors" entry, so a value with millions of wrong items cannot make
	* millions of error objects. A positive integer or Infinity; any other value means the default.
	*/
	maxErrors?: number;
}
export declare const $hasOwn: (v: PropertyKey) => boolean;
/**
* Whether property k (value v) of an object is present; when it is not and `expected` is given (it
* is required), reports it. `o` is the object when its prototype has k (then whether v is its own
* needs a test), false when not (a value found is then the object's own).
*/
export declare function $has(e: ValidationError[], p: string, o: object | false, k: string, v: unknown, expected?: string): boolean;
export declare function $isObject(v: unknown): v is Record<string, unknown>;
/** Whether v is an object (not null, not an array); reports it when it is not. */
export declare function $checkObject(e: ValidationError[], p: string, v: unknown): v is Record<string, unknown>;
/** Whether every own key of o is one of `known`. */
export declare function $onlyKeys(o: object, known: readonly string[]): boolean;
/** Reports every own key of o that is not one of `known`. */
export declare function $extraKeys(e: ValidationError[], p: string, o: Record<string, unknown>, known: readonly string[], message?: string): void;
/** The JSON type of a value, as reported in errors. */
export declare function $type(v: unknown): string;
/** A short rendering of a scalar for error messages: strings JSON-quoted (and cut when long). */
export declare function $show(v: unknown): string;
/** A property name as a JSON Pointer segment. */
export declare function $esc(key: string): string;
/** The JSON Pointer of property k of the value at p. */
export declare function $at(p: string, k: string): string;
/** Reading the value threw (a getter or a proxy) or it nests deeper than the stack allows. */
export declare function $crash(): ValidationError;
/** A new, empty error list that keeps at most `max` errors (100 unless `max` is a positive number). */
export declare function $errors(max: number | undefined): ValidationError[];
/**
* Records one error (a call instead of an object literal at every place that reports one keeps the
* module small); past the list's cap it is only counted, and counting stops validation after
* COUNTED_PAST_CAP, so millions of wrong items cost neither millions of objects nor their time.
*/
export declare function $fail(e: ValidationError[], path: string, message: string, expected: string, received: string): void;
/** What a throw during validation means: the error cap stopped it (already counted), or reading the value threw. */
export declare function $caught(e: ValidationError[], thrown: unknown): void;
/** The errors to report: a plain copy of those kept, then "… and N more errors" when some were only counted. */
export declare function $reported(e: ValidationError[]): ValidationError[];
/**
* validateX of a schema without wire forms: the guard first, so a valid value costs only the guard;
* the error list is built only when the guard rejects the value (or throws: then the check reports why).
*/
export declare function $validate<T>(is: (v: unknown, s: boolean) => boolean, check: (v: unknown, p: string, e: ValidationError[], s: boolean) => void, value: unknown, options: ValidateOptions | undefined): ValidationResult<T>;
/** A frozen lookup table without a prototype: no "__proto__" or "constructor" entries by accident. */
export declare function $nullProto<T extends object>(entries: T): Readonly<T>;
export { $dateTime, $duration, $int32, $int64 } from "./formats.js";
export declare function $checkStringProperty(e: ValidationError[], p: string, o: object | false, k: string, v: unknown, optional?: boolean): void;
export declare function $checkIntegerProperty(e: ValidationError[], p: string, o: object | false, k: string, v: unknown, optional?: boolean): void;
export declare function $checkNumberProperty(e: ValidationError[], p: string, o: object | false, k: string, v: unknown, optional?: boolean): void;
export declare function $checkBooleanProperty(e: ValidationError[], p: string, o: object | false, k: string, v: unknown, optional?: boolean): void;
export declare function $checkDateTimeProperty(e: ValidationError[], p: string, o: object | false, k: string, v: unknown, optional?: boolean): void;
