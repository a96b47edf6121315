// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
class HandledIds {
  seen = /* @__PURE__ */ new Set();
  /** The remembered keys in a ring, oldest at `next` once full. */
  ring;
  next = 0;
  capacity;
  constructor(capacity) {
    this.capacity = capacity;
    this.ring = new Array(Math.max(capacity, 0));
  }
  static key(source, id) {
    return source === void 0 ? id : `${source}
${id}`;
  }
  has(key) {
    return this.seen.has(key);
  }
  /** Remembers `key`, forgetting the oldest once at capacity. */
  add(key) {
    if (this.capacity <= 0 || this.seen.has(key)) return;
    const oldest = this.ring[this.next];
    if (oldest !== void 0) this.seen.delete(oldest);
    this.ring[this.next] = key;
    this.seen.add(key);
    this.next = (this.next + 1) % this.capacity;
  }
}
export {
  HandledIds
};
