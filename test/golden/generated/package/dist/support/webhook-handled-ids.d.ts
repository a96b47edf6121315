// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The events a receiver has already handled, remembered by source and id up to a bound. Event
* Grid delivers at least once and retries a failed batch whole, so without it the events of a
* batch that came before the failing one would be handled again on the retry. Shipped in the package.
*
* It runs twice per event, so it is its own hash table: the remembered events sit in a ring, and an
* open-addressing table of Int32s (linear probing, backward-shift deletion) indexes them by a hash
* of the id. Per event that is one hash of the id and a probe or two; never a hash of the long
* source (compared only when an id matches), nor a Set of thousands of strings that must rebuild
* its table, hundreds of KB, every few thousand deletions (that, and the tables of pointers the
* garbage collector traced, cost a webhook several µs per event). The hash is seeded per instance:
* a sender cannot pick ids that all fall into one probe chain.
*/
export declare class HandledIds {
	/** The remembered events in a ring (grown to `capacity`, then the oldest at `next` is replaced). */
	private readonly ids;
	private readonly sources;
	private readonly hashes;
	private next;
	/** Each slot holds a ring index + 1, or 0 when empty; at most half full. */
	private table;
	private mask;
	private readonly seed;
	/** The source of the event last added: the events of one source share one string of it. */
	private source;
	/** The id last hashed and its hash: `add` follows `has` for the same event. */
	private hashedId;
	private hashed;
	private readonly capacity;
	constructor(capacity: number);
	has(source: string | undefined, id: string): boolean;
	/** Remembers the event, forgetting the oldest once at capacity. */
	add(source: string | undefined, id: string): void;
	/** The slot of the event, or -1. */
	private slotOf;
	private insert;
	/** Takes the event at ring index `at` out of the table, moving back the entries its slot let pass. */
	private remove;
	private grow;
	/** A seeded FNV-1a of the id's UTF-16 units, mixed (murmur3's finalizer) so its low bits spread; a small integer. */
	private hash;
}
