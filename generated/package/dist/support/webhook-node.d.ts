// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { BodyRead, WebhookHandler, WebhookRequest, WebhookResponse } from './webhook-exchange.js';
/** What the adapter uses of a node:http IncomingMessage. */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
    method?: string | undefined;
    headers: Record<string, string | string[] | undefined>;
}
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
