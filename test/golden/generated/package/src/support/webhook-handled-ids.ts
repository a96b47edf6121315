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
export class HandledIds {
  /** The remembered events in a ring (grown to `capacity`, then the oldest at `next` is replaced). */
  private readonly ids: string[] = [];
  private readonly sources: (string | undefined)[] = [];
  private readonly hashes: number[] = [];
  private next = 0;
  /** Each slot holds a ring index + 1, or 0 when empty; at most half full. */
  private table = new Int32Array(16);
  private mask = 15;
  private readonly seed = (Math.random() * 0x40000000) | 0;
  /** The source of the event last added: the events of one source share one string of it. */
  private source: string | undefined;
  /** The id last hashed and its hash: `add` follows `has` for the same event. */
  private hashedId: string | undefined;
  private hashed = 0;
  private readonly capacity: number;
  constructor(capacity: number) {
    this.capacity = Math.max(capacity, 0);
  }

  has(source: string | undefined, id: string): boolean {
    return this.ids.length > 0 && this.slotOf(source, id, this.hash(id)) !== -1;
  }

  /** Remembers the event, forgetting the oldest once at capacity. */
  add(source: string | undefined, id: string): void {
    if (this.capacity === 0) return;
    const hash = this.hash(id);
    if (this.slotOf(source, id, hash) !== -1) return;
    if (source !== this.source) this.source = source;
    let at = this.ids.length;
    if (at < this.capacity) {
      this.ids.push(id);
      this.sources.push(this.source);
      this.hashes.push(hash);
      if (this.ids.length * 2 > this.table.length) this.grow();
      else this.insert(at);
      return;
    }
    at = this.next;
    this.remove(at);
    this.ids[at] = id;
    this.sources[at] = this.source;
    this.hashes[at] = hash;
    this.insert(at);
    this.next = at + 1 === this.capacity ? 0 : at + 1;
  }

  /** The slot of the event, or -1. */
  private slotOf(source: string | undefined, id: string, hash: number): number {
    const { table, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot]!;
      if (entry === 0) return -1;
      const at = entry - 1;
      if (this.hashes[at] === hash && this.ids[at] === id && this.sources[at] === source) return slot;
    }
  }

  private insert(at: number): void {
    const { table, mask } = this;
    let slot = this.hashes[at]! & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = at + 1;
  }

  /** Takes the event at ring index `at` out of the table, moving back the entries its slot let pass. */
  private remove(at: number): void {
    const { table, mask } = this;
    let hole = this.hashes[at]! & mask;
    while (table[hole] !== at + 1) hole = (hole + 1) & mask;
    for (let slot = (hole + 1) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const home = this.hashes[table[slot]! - 1]! & mask;
      // An entry may fill the hole unless its home lies after the hole (cyclically) and up to it.
      if (((slot - home) & mask) >= ((slot - hole) & mask)) {
        table[hole] = table[slot]!;
        hole = slot;
      }
    }
    table[hole] = 0;
  }

  private grow(): void {
    this.table = new Int32Array(this.table.length * 2);
    this.mask = this.table.length - 1;
    for (let at = 0; at < this.ids.length; at++) this.insert(at);
  }

  /** A seeded FNV-1a of the id's UTF-16 units, mixed (murmur3's finalizer) so its low bits spread; a small integer. */
  private hash(id: string): number {
    if (id === this.hashedId) return this.hashed;
    let hash = this.seed ^ 0x811c9dc5;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    hash = (hash ^ (hash >>> 16)) & 0x3fffffff;
    this.hashedId = id;
    this.hashed = hash;
    return hash;
  }
}
