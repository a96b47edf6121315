// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The events a receiver has already handled, remembered by id (and source) up to a bound. Event
 * Grid delivers at least once and retries a failed batch whole, so without it the events of a
 * batch that came before the failing one would be handled again on the retry. Shipped in the package.
 */
export declare class HandledIds {
    private readonly seen;
    /** The remembered keys in a ring, oldest at `next` once full. */
    private readonly ring;
    private next;
    private readonly capacity;
    constructor(capacity: number);
    static key(source: string | undefined, id: string): string;
    has(key: string): boolean;
    /** Remembers `key`, forgetting the oldest once at capacity. */
    add(key: string): void;
}
