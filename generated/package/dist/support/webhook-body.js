// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/** Event Grid's largest event, and its largest batch (a preferred batch size of 1024 KB): 1 MB. */
export const EVENT_GRID_MAX_DELIVERY_BYTES = 1024 * 1024;
/** The default body limit: Event Grid's 1 MB plus 64 KB of headroom. */
export const DEFAULT_MAX_BODY_BYTES = EVENT_GRID_MAX_DELIVERY_BYTES + 64 * 1024;
export const tooLarge = (limit) => ({
    ok: false,
    reason: 'too-large',
    message: `request body exceeds ${limit} bytes`,
});
/**
 * A Content-Length header already over the limit: the body need not be read to answer 413.
 * An absent or unparseable header tells nothing (the body is then counted as it is read).
 */
export function declaredTooLarge(contentLength, limit) {
    if (contentLength === undefined || !/^\d+$/.test(contentLength.trim()))
        return undefined;
    return Number(contentLength) > limit ? tooLarge(limit) : undefined;
}
/** Accumulates chunks until the limit; `add` says false once the body is over it. */
export class BodyChunks {
    limit;
    parts = [];
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    add(chunk) {
        const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
        this.size += bytes.byteLength;
        if (this.size > this.limit)
            return false;
        this.parts.push(bytes);
        return true;
    }
    bytes() {
        if (this.parts.length === 1)
            return this.parts[0];
        const all = new Uint8Array(this.size);
        let offset = 0;
        for (const part of this.parts) {
            all.set(part, offset);
            offset += part.byteLength;
        }
        return all;
    }
}
export const unreadable = (error) => ({
    ok: false,
    reason: 'unreadable',
    message: `request body could not be read: ${error instanceof Error ? error.message : String(error)}`,
});
/** Reads a ReadableStream up to `limit` bytes; cancels it once over. */
export async function readStream(stream, limit) {
    const reader = stream.getReader();
    const collected = new BodyChunks(limit);
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            if (value !== undefined && !collected.add(value)) {
                await reader.cancel('request body too large').catch(() => undefined);
                return tooLarge(limit);
            }
        }
    }
    catch (error) {
        return unreadable(error);
    }
    return { ok: true, body: collected.bytes() };
}
/** The size check for a body some other code already holds (a string, bytes). */
export function limitedBody(body, limit) {
    const size = typeof body === 'string' ? new TextEncoder().encode(body).byteLength : body.byteLength;
    return size > limit ? tooLarge(limit) : { ok: true, body };
}
