// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The events a receiver has already handled, remembered by id (and source) up to a bound. Event
 * Grid delivers at least once and retries a failed batch whole, so without it the events of a
 * batch that came before the failing one would be handled again on the retry. Shipped in the package.
 */
export class HandledIds {
  private readonly seen = new Set<string>();
  /** The remembered keys in a ring, oldest at `next` once full. */
  private readonly ring: (string | undefined)[];
  private next = 0;
  private readonly capacity: number;
  constructor(capacity: number) {
    this.capacity = capacity;
    this.ring = new Array<string | undefined>(Math.max(capacity, 0));
  }

  static key(source: string | undefined, id: string): string {
    return source === undefined ? id : `${source}\n${id}`;
  }

  has(key: string): boolean {
    return this.seen.has(key);
  }

  /** Remembers `key`, forgetting the oldest once at capacity. */
  add(key: string): void {
    if (this.capacity <= 0 || this.seen.has(key)) return;
    const oldest = this.ring[this.next];
    if (oldest !== undefined) this.seen.delete(oldest);
    this.ring[this.next] = key;
    this.seen.add(key);
    this.next = (this.next + 1) % this.capacity;
  }
}
