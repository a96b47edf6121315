// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* Documented wire forms, applied before an event's data is checked against its (canonical) schema.
* Where the sources disagree about how a field is written, the catalog decides per form (an erratum's
* `wire`): a `variant` is accepted and normalized to the canonical form (strict mode rejects it); a
* `doc-error` is rejected with the erratum and the fix. The generated validators.ts holds each
* event's table of forms; this module is catalog-free. The input is never modified: the objects on
* the way to a normalized property are copied. Shipped in the package.
*/
import { type ValidationError } from "./validation.js";
/** One documented form of one property (the generated tables are of this shape). */
export interface WireForm {
	/** The catalog erratum that records it. */
	readonly erratum: string;
	readonly decision: "variant" | "doc-error";
	/** Property names from `data` to the object holding the property. */
	readonly parent: readonly string[];
	/** The canonical name. */
	readonly name: string;
	/** How the docs write it: under another name, (an integer) as a string of digits, or (a date-time, a doc error) as .NET's en-US rendering. */
	readonly published: {
		readonly name: string;
	} | "digit-string" | "dotnet-date-time";
}
/** What validation changed to reach the canonical form. */
export interface WireNormalization {
	/** The catalog erratum that documents the published form (see the package's errata page). */
	erratum: string;
	/** JSON Pointer of the canonical property (relative to the value validated, `/data/…` in parse results). */
	path: string;
	/** `name`: the property was published under another name; `value`: its value was written differently. */
	kind: "name" | "value";
	from: unknown;
	to: unknown;
}
/**
* `value` with every variant form in `forms` normalized, reporting doc errors (and, in strict mode,
* variants) into `errors` and each normalization into `normalized`.
*/
export declare function $wireForms(value: unknown, forms: readonly WireForm[], strict: boolean, errors: ValidationError[], normalized: WireNormalization[]): unknown;
