// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const EVENT_GRID_MAX_DELIVERY_BYTES = 1024 * 1024;
const DEFAULT_MAX_BODY_BYTES = EVENT_GRID_MAX_DELIVERY_BYTES + 64 * 1024;
const tooLarge = (limit) => ({
  ok: false,
  reason: "too-large",
  message: `request body exceeds ${limit} bytes`
});
function declaredTooLarge(contentLength, limit) {
  if (contentLength === void 0 || !/^\d+$/.test(contentLength.trim())) return void 0;
  return Number(contentLength) > limit ? tooLarge(limit) : void 0;
}
class BodyChunks {
  parts = [];
  size = 0;
  limit;
  constructor(limit) {
    this.limit = limit;
  }
  add(chunk) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    this.size += bytes.byteLength;
    if (this.size > this.limit) return false;
    this.parts.push(bytes);
    return true;
  }
  bytes() {
    if (this.parts.length === 1) return this.parts[0];
    const all = new Uint8Array(this.size);
    let offset = 0;
    for (const part of this.parts) {
      all.set(part, offset);
      offset += part.byteLength;
    }
    return all;
  }
}
const unreadable = (error) => ({
  ok: false,
  reason: "unreadable",
  message: `request body could not be read: ${error instanceof Error ? error.message : String(error)}`
});
async function readStream(stream, limit) {
  const reader = stream.getReader();
  const collected = new BodyChunks(limit);
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value !== void 0 && !collected.add(value)) {
        await reader.cancel("request body too large").catch(() => void 0);
        return tooLarge(limit);
      }
    }
  } catch (error) {
    return unreadable(error);
  }
  return { ok: true, body: collected.bytes() };
}
function limitedBody(body, limit) {
  const size = typeof body === "string" ? new TextEncoder().encode(body).byteLength : body.byteLength;
  return size > limit ? tooLarge(limit) : { ok: true, body };
}
export {
  BodyChunks,
  DEFAULT_MAX_BODY_BYTES,
  EVENT_GRID_MAX_DELIVERY_BYTES,
  declaredTooLarge,
  limitedBody,
  readStream,
  tooLarge,
  unreadable
};
