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
import type { BodyRead } from "./webhook-exchange.js";
/** Event Grid's largest event, and its largest batch (a preferred batch size of 1024 KB): 1 MB. */
export declare const EVENT_GRID_MAX_DELIVERY_BYTES: number;
/** The default body limit: Event Grid's 1 MB plus 64 KB of headroom. */
export declare const DEFAULT_MAX_BODY_BYTES: number;
/** The minimal ReadableStream an adapter may hand over (Fetch `Request.body`, Azure Functions v4). */
export interface ReadableStreamLike {
	getReader(): {
		read(): Promise<{
			done: boolean;
			value?: Uint8Array | undefined;
		}>;
		cancel(reason?: unknown): Promise<void>;
	};
}
export declare const tooLarge: (limit: number) => BodyRead;
/**
* A Content-Length header already over the limit: the body need not be read to answer 413.
* An absent or unparseable header tells nothing (the body is then counted as it is read).
*/
export declare function declaredTooLarge(contentLength: string | undefined, limit: number): BodyRead | undefined;
/** Accumulates chunks until the limit; `add` says false once the body is over it. */
export declare class BodyChunks {
	private readonly parts;
	private size;
	private readonly limit;
	constructor(limit: number);
	add(chunk: Uint8Array | string): boolean;
	bytes(): Uint8Array;
}
export declare const unreadable: (error: unknown) => BodyRead;
/** Reads a ReadableStream up to `limit` bytes; cancels it once over. */
export declare function readStream(stream: ReadableStreamLike, limit: number): Promise<BodyRead>;
/** The size check for a body some other code already holds (a string, bytes). */
export declare function limitedBody(body: Uint8Array | string, limit: number): BodyRead;
