// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The events a receiver has already handled, remembered by source and id up to a bound. Event
 * Grid delivers at least once and retries a failed batch whole, so without it the events of a
 * batch that came before the failing one would be handled again on the retry. Shipped in the package.
 *
 * It runs twice per event, so it builds no key: the ids are kept in one set per source, and the
 * source of the previous event (a receiver sees one or a few) is found by comparing strings
 * rather than hashing a long resource path again.
 */
interface SourceIds {
  source: string | undefined;
  ids: Set<string>;
}

export class HandledIds {
  private readonly bySource = new Map<string | undefined, SourceIds>();
  private last: SourceIds | undefined;
  /** The remembered ids in a ring with their source's set, oldest at `next` once full. */
  private readonly ringIds: (string | undefined)[];
  private readonly ringSources: (SourceIds | undefined)[];
  private next = 0;
  private readonly capacity: number;
  constructor(capacity: number) {
    this.capacity = capacity;
    this.ringIds = new Array<string | undefined>(Math.max(capacity, 0));
    this.ringSources = new Array<SourceIds | undefined>(Math.max(capacity, 0));
  }

  has(source: string | undefined, id: string): boolean {
    return this.find(source)?.ids.has(id) === true;
  }

  /** Remembers the event, forgetting the oldest once at capacity. */
  add(source: string | undefined, id: string): void {
    if (this.capacity <= 0) return;
    let entry = this.find(source);
    if (entry === undefined) {
      entry = { source, ids: new Set() };
      this.bySource.set(source, entry);
      this.last = entry;
    } else if (entry.ids.has(id)) return;
    const oldest = this.ringSources[this.next];
    if (oldest !== undefined) {
      oldest.ids.delete(this.ringIds[this.next]!);
      if (oldest.ids.size === 0 && oldest !== entry) {
        this.bySource.delete(oldest.source);
        if (this.last === oldest) this.last = undefined;
      }
    }
    entry.ids.add(id);
    this.ringIds[this.next] = id;
    this.ringSources[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
  }

  private find(source: string | undefined): SourceIds | undefined {
    if (this.last !== undefined && this.last.source === source) return this.last;
    const entry = this.bySource.get(source);
    if (entry !== undefined) this.last = entry;
    return entry;
  }
}
