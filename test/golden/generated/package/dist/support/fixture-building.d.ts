// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* How the package's fixture factories build events and invalid variants, whatever the catalog: the
* generated fixtures.ts supplies one recipe per event type (its data drawn from `Draw`, its subject
* made from the data) and the variant recipes. Shipped in the package.
*/
import type { EventGridFields } from "./envelopes.js";
import { Draw } from "./seeded-draw.js";
/** Options every factory accepts. */
export interface FactoryOptions {
	/** Seed of the pseudo-random generator (an integer): the same seed gives the same event. Default `DEFAULT_SEED`. */
	seed?: number;
}
/**
* Factory overrides: objects merge property by property, arrays and scalars replace wholesale
* (an array override must hold complete items), `undefined` keeps the generated value.
*/
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
/** A deliberately broken event for negative tests, built from a valid factory event by changing one thing. */
export interface InvalidVariant {
	/** What is wrong, e.g. "/data/threadId is missing". */
	readonly name: string;
	/** What `parseEvents` must say: 'invalid' (with exactly one error, at `path`) or 'unknown' (an event type the catalog lacks). */
	readonly status: "invalid" | "unknown";
	/** JSON Pointer, relative to the event, of the one error the validators must report (for 'unknown': the field that makes it so). */
	readonly path: string;
	readonly event: unknown;
}
/** The seed factories use when none is given. */
export declare const DEFAULT_SEED = 1;
/** An Event Grid event as a factory makes it. */
export interface MadeEvent<
	TType extends string,
	TData
> extends EventGridFields<TType, TData> {
	dataVersion: string;
	metadataVersion?: string;
}
/** How a factory builds one event type. */
export interface EventRecipe<
	TType extends string,
	TData
> {
	type: TType;
	dataVersion: string;
	data: (draw: Draw) => TData;
	subject: (data: TData) => string;
}
/** The string a subject parameter is taken from (`pointer` into the data). */
export declare function subjectSource(data: object, pointer: string): string;
/**
* A GUID-shaped id for a subject parameter no data field carries (a recording's call and recording
* ids): a hash of the data and the parameter's name, so the subject still follows the data.
*/
export declare function opaqueId(data: object, parameter: string): string;
/** E.164 digits without "+", as SMS subjects carry a phone number. */
export declare function digits(phoneNumber: string): string;
/** A valid event of the recipe's type for a seed, with `overrides` merged in. */
export declare function buildEvent<
	TType extends string,
	TData
>(recipe: EventRecipe<TType, TData>, overrides: NoInfer<DeepPartial<MadeEvent<TType, TData>>> | undefined, options: FactoryOptions | undefined): MadeEvent<TType, TData>;
/** One change to a valid event: remove the value at `path`, or set it to `value`. */
export type VariantRecipe = {
	name: string;
	status: "invalid" | "unknown";
	path: string;
} & ({
	remove: true;
} | {
	value: unknown;
});
/** Each recipe applied to its own copy of `valid`. */
export declare function variants(valid: object, recipes: readonly VariantRecipe[]): readonly InvalidVariant[];
