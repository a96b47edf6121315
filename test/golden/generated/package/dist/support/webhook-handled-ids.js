// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
class HandledIds {
  bySource = /* @__PURE__ */ new Map();
  last;
  /** The remembered ids in a ring with their source's set, oldest at `next` once full. */
  ringIds;
  ringSources;
  next = 0;
  capacity;
  constructor(capacity) {
    this.capacity = capacity;
    this.ringIds = new Array(Math.max(capacity, 0));
    this.ringSources = new Array(Math.max(capacity, 0));
  }
  has(source, id) {
    return this.find(source)?.ids.has(id) === true;
  }
  /** Remembers the event, forgetting the oldest once at capacity. */
  add(source, id) {
    if (this.capacity <= 0) return;
    let entry = this.find(source);
    if (entry === void 0) {
      entry = { source, ids: /* @__PURE__ */ new Set() };
      this.bySource.set(source, entry);
      this.last = entry;
    } else if (entry.ids.has(id)) return;
    const oldest = this.ringSources[this.next];
    if (oldest !== void 0) {
      oldest.ids.delete(this.ringIds[this.next]);
      if (oldest.ids.size === 0 && oldest !== entry) {
        this.bySource.delete(oldest.source);
        if (this.last === oldest) this.last = void 0;
      }
    }
    entry.ids.add(id);
    this.ringIds[this.next] = id;
    this.ringSources[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
  }
  find(source) {
    if (this.last !== void 0 && this.last.source === source) return this.last;
    const entry = this.bySource.get(source);
    if (entry !== void 0) this.last = entry;
    return entry;
  }
}
export {
  HandledIds
};
