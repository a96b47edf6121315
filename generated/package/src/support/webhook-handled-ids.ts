// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The events a receiver has already handled, remembered by id (and source) up to a bound. Event
 * Grid delivers at least once and retries a failed batch whole, so without it the events of a
 * batch that came before the failing one would be handled again on the retry. Shipped in the package.
 */
export class HandledIds {
  private readonly seen = new Set<string>();
  constructor(private readonly capacity: number) {}

  static key(source: string | undefined, id: string): string {
    return `${source ?? ''}\n${id}`;
  }

  has(key: string): boolean {
    return this.seen.has(key);
  }

  /** Remembers `key`, forgetting the oldest once over capacity (a Set iterates in insertion order). */
  add(key: string): void {
    if (this.capacity <= 0) return;
    this.seen.add(key);
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.values().next().value as string);
  }
}
