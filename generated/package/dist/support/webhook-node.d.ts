// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { BodyRead, WebhookHandler, WebhookRequest, WebhookResponse } from "./webhook-exchange.js";
/** What the adapter uses of a node:http IncomingMessage. */
export interface NodeRequestLike {
	method?: string | undefined;
	headers: Record<string, string | string[] | undefined>;
	/** 'data', 'end' and 'error' are the events used. */
	on(event: string, listener: (...args: never[]) => void): unknown;
	removeListener(event: string, listener: (...args: never[]) => void): unknown;
}
/**
* Reads a node:http request up to `limit` bytes, through its events (several times cheaper per
* request than async iteration). Past the limit the rest of the body is let through unkept. A request
* that ended keeps its listeners (it is dropped with them; the settled promise ignores a late error).
*/
export declare function readNodeBody(request: NodeRequestLike, limit: number): Promise<BodyRead>;
/** What the adapter uses of a node:http ServerResponse. */
export interface NodeResponseLike {
	headersSent: boolean;
	writeHead(status: number, headers: Record<string, string>): unknown;
	end(body?: string): unknown;
}
/** A node:http request as the core sees it; `readBody` may replace how the body is read (Express). */
export declare function nodeWebhookRequest(request: NodeRequestLike, readBody?: (limit: number) => Promise<BodyRead>): WebhookRequest;
/** Writes the core's response. */
export declare function writeNodeResponse(response: NodeResponseLike, answer: WebhookResponse): void;
/** A failure outside the core (it never throws): 500, if the response has not started. */
export declare function failNodeResponse(response: NodeResponseLike): void;
/** A node:http request listener answering every request with `webhook`. */
export declare function toNodeListener(webhook: WebhookHandler): (request: NodeRequestLike, response: NodeResponseLike) => void;
