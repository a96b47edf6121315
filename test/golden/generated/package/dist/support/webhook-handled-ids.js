// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
class HandledIds {
  /** The remembered events in a ring (grown to `capacity`, then the oldest at `next` is replaced). */
  ids = [];
  sources = [];
  hashes = [];
  next = 0;
  /** Each slot holds a ring index + 1, or 0 when empty; at most half full. */
  table = new Int32Array(16);
  mask = 15;
  seed = Math.random() * 1073741824 | 0;
  /** The source of the event last added: the events of one source share one string of it. */
  source;
  /** The id last hashed and its hash: `add` follows `has` for the same event. */
  hashedId;
  hashed = 0;
  capacity;
  constructor(capacity) {
    this.capacity = Math.max(capacity, 0);
  }
  has(source, id) {
    return this.ids.length > 0 && this.slotOf(source, id, this.hash(id)) !== -1;
  }
  /** Remembers the event, forgetting the oldest once at capacity. */
  add(source, id) {
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
  slotOf(source, id, hash) {
    const { table, mask } = this;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      const entry = table[slot];
      if (entry === 0) return -1;
      const at = entry - 1;
      if (this.hashes[at] === hash && this.ids[at] === id && this.sources[at] === source) return slot;
    }
  }
  insert(at) {
    const { table, mask } = this;
    let slot = this.hashes[at] & mask;
    while (table[slot] !== 0) slot = slot + 1 & mask;
    table[slot] = at + 1;
  }
  /** Takes the event at ring index `at` out of the table, moving back the entries its slot let pass. */
  remove(at) {
    const { table, mask } = this;
    let hole = this.hashes[at] & mask;
    while (table[hole] !== at + 1) hole = hole + 1 & mask;
    for (let slot = hole + 1 & mask; table[slot] !== 0; slot = slot + 1 & mask) {
      const home = this.hashes[table[slot] - 1] & mask;
      if ((slot - home & mask) >= (slot - hole & mask)) {
        table[hole] = table[slot];
        hole = slot;
      }
    }
    table[hole] = 0;
  }
  grow() {
    this.table = new Int32Array(this.table.length * 2);
    this.mask = this.table.length - 1;
    for (let at = 0; at < this.ids.length; at++) this.insert(at);
  }
  /** A seeded FNV-1a of the id's UTF-16 units, mixed (murmur3's finalizer) so its low bits spread; a small integer. */
  hash(id) {
    if (id === this.hashedId) return this.hashed;
    let hash = this.seed ^ 2166136261;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
    hash = Math.imul(hash ^ hash >>> 16, 2246822507);
    hash = Math.imul(hash ^ hash >>> 13, 3266489909);
    hash = (hash ^ hash >>> 16) & 1073741823;
    this.hashedId = id;
    this.hashed = hash;
    return hash;
  }
}
export {
  HandledIds
};
