// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The Fetch API adapter, for edge runtimes and anything with `Request`/`Response` (Deno, Bun,
* Cloudflare Workers, Node >= 18): `toFetchHandler(webhook)` is `(request) => Promise<Response>`.
* Structural types stand for Request and Response, so the package needs no DOM type definitions;
* pass `{ Response }` to get your runtime's own Response type back. Shipped in the package.
*/
import { type ReadableStreamLike } from "./webhook-body.js";
import type { WebhookHandler, WebhookRequest } from "./webhook-exchange.js";
/** What the adapter uses of a Fetch `Request` (an Azure Functions v4 `HttpRequest` has it too). */
export interface FetchRequestLike {
	method: string;
	headers: {
		get(name: string): string | null;
	};
	body: ReadableStreamLike | null;
}
/** What a Fetch `Response` offers, as far as the adapter's callers need to know. */
export interface FetchResponseLike {
	status: number;
	headers: {
		get(name: string): string | null;
	};
	text(): Promise<string>;
}
export type ResponseConstructorLike<TResponse> = new (body: string | null, init: {
	status: number;
	headers: Record<string, string>;
}) => TResponse;
/** A Fetch-style request as the core sees it. */
export declare function fetchWebhookRequest(request: FetchRequestLike): WebhookRequest;
/** A Fetch handler: `Request` in, `Promise<Response>` out. */
export declare function toFetchHandler<TResponse = FetchResponseLike>(webhook: WebhookHandler, options?: {
	Response?: ResponseConstructorLike<TResponse>;
}): (request: FetchRequestLike) => Promise<TResponse>;
