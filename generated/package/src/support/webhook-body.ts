// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * Reading a request body with a size limit: the collector the node:http adapter feeds, and the
 * reader of a WHATWG ReadableStream (Fetch, Azure Functions v4). Shipped in the package.
 *
 * The default limit follows Event Grid's own: an event is at most 1 MB (1,048,576 bytes), and a
 * batch (`maxEventsPerBatch` 1–5000 events, 1 by default) at most the subscription's preferred batch
 * size, 1–1024 KB (64 KB by default); an event larger than the preferred batch size is delivered
 * alone. So no delivery body exceeds 1 MB of events; the default adds 64 KB for the batch's
 * brackets and separators and any re-serialization. A receiver that only expects small
 * batches can lower it.
 */
import type { BodyRead } from './webhook-exchange.js';

/** Event Grid's largest event, and its largest batch (a preferred batch size of 1024 KB): 1 MB. */
export const EVENT_GRID_MAX_DELIVERY_BYTES: number = 1024 * 1024;

/** The default body limit: Event Grid's 1 MB plus 64 KB of headroom. */
export const DEFAULT_MAX_BODY_BYTES: number = EVENT_GRID_MAX_DELIVERY_BYTES + 64 * 1024;

// Node >= 20, browsers and edge runtimes all have TextEncoder; declared so no DOM/Node types are needed.
declare const TextEncoder: new () => { encode(input: string): Uint8Array };

/** The minimal ReadableStream an adapter may hand over (Fetch `Request.body`, Azure Functions v4). */
export interface ReadableStreamLike {
  getReader(): {
    read(): Promise<{ done: boolean; value?: Uint8Array | undefined }>;
    cancel(reason?: unknown): Promise<void>;
  };
}

export const tooLarge = (limit: number): BodyRead => ({
  ok: false,
  reason: 'too-large',
  message: `request body exceeds ${limit} bytes`,
});

/**
 * A Content-Length header already over the limit: the body need not be read to answer 413.
 * An absent or unparseable header tells nothing (the body is then counted as it is read).
 */
export function declaredTooLarge(contentLength: string | undefined, limit: number): BodyRead | undefined {
  if (contentLength === undefined || !/^\d+$/.test(contentLength.trim())) return undefined;
  return Number(contentLength) > limit ? tooLarge(limit) : undefined;
}

/** Accumulates chunks until the limit; `add` says false once the body is over it. */
export class BodyChunks {
  private readonly parts: Uint8Array[] = [];
  private size = 0;
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }

  add(chunk: Uint8Array | string): boolean {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    this.size += bytes.byteLength;
    if (this.size > this.limit) return false;
    this.parts.push(bytes);
    return true;
  }

  bytes(): Uint8Array {
    if (this.parts.length === 1) return this.parts[0]!;
    const all = new Uint8Array(this.size);
    let offset = 0;
    for (const part of this.parts) {
      all.set(part, offset);
      offset += part.byteLength;
    }
    return all;
  }
}

export const unreadable = (error: unknown): BodyRead => ({
  ok: false,
  reason: 'unreadable',
  message: `request body could not be read: ${error instanceof Error ? error.message : String(error)}`,
});

/** Reads a ReadableStream up to `limit` bytes; cancels it once over. */
export async function readStream(stream: ReadableStreamLike, limit: number): Promise<BodyRead> {
  const reader = stream.getReader();
  const collected = new BodyChunks(limit);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value !== undefined && !collected.add(value)) {
        await reader.cancel('request body too large').catch(() => undefined);
        return tooLarge(limit);
      }
    }
  } catch (error) {
    return unreadable(error);
  }
  return { ok: true, body: collected.bytes() };
}

/** The size check for a body some other code already holds (a string, bytes). */
export function limitedBody(body: Uint8Array | string, limit: number): BodyRead {
  const size = typeof body === 'string' ? new TextEncoder().encode(body).byteLength : body.byteLength;
  return size > limit ? tooLarge(limit) : { ok: true, body };
}
