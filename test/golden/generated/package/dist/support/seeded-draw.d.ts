// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The seeded randomness of the package's fixtures: a small PRNG and `Draw`, which the generated
* per-event data builders call for realistic, mutually consistent values. Shipped in the package.
*/
/** mulberry32: a small 32-bit PRNG, plenty for test data (never for secrets). */
export declare function mulberry32(seed: number): () => number;
/** FNV-1a of the event type started from the seed: a bijection of the seed, so event types draw independently. */
export declare function mix(seed: number, text: string): number;
/** Relative order of an event's timestamps: create < compose, attempt < change < eventTime (no event has both compose and attempt). */
export type TimeRank = "create" | "compose" | "attempt" | "change";
/**
* Draws the values of one event. Identities (raw ids, display names, phone numbers) are drawn once
* per role, so e.g. `senderId` and `senderCommunicationIdentifier.rawId` agree; timestamps once per
* rank, so they are ordered and `version` is the epoch milliseconds of the last change.
*/
export declare class Draw {
	private readonly next;
	private readonly base;
	private readonly people;
	private readonly phones;
	private readonly times;
	private readonly entities;
	private resource;
	private thread;
	constructor(type: string, seed: number);
	/** An integer in [min, max]. */
	int(min: number, max: number): number;
	pick<T>(list: readonly T[]): T;
	private chars;
	hex(length: number): string;
	/** A random (version 4) GUID. */
	guid(): string;
	/**
	* The GUID of the entity `kind` names (`queue` for `queueId` and `queueDetails.id`), drawn once
	* per event, so every reference to the same job, queue or worker agrees.
	*/
	entityId(kind: string): string;
	/** The event's chat thread: `19:<32 hex>@thread.v2`. */
	threadId(): string;
	transactionId(): string;
	private person;
	/** The raw id of the ACS user playing `role` (sender, recipient, …): `8:acs:<resource>_<user>`. */
	rawId(role: string): string;
	displayName(role: string): string;
	/** An E.164 (+1) phone number per role, distinct from the others. */
	phone(role: string): string;
	/** Epoch milliseconds of a rank's timestamp. */
	ms(rank: TimeRank): number;
	/** An RFC 3339 timestamp of a rank. */
	time(rank: TimeRank): string;
	/** The version of a thread or message: epoch milliseconds of its last change. */
	version(rank: TimeRank): number;
	/** When Event Grid got the event: a little after every timestamp in its data. */
	eventTime(): string;
	/** An ISO 8601 duration of minutes and seconds (`PT4M27S`), as ajv-formats' `duration` checks it. */
	duration(): string;
	/** A number with two decimals in [0.01, 99.99], for `double` values. */
	decimal(): number;
	sentence(): string;
	topic(): string;
	word(): string;
	mapKey(): string;
	/** The ACS resource the event comes from, as Event Grid's `topic`. */
	resourceTopic(): string;
}
