// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The request and response as the webhook core sees them, whatever the framework: each adapter
* (node:http, Express, Fetch, Azure Functions) builds a `WebhookRequest` from its own request and
* writes the `WebhookResponse` back. Structural types only, so the package needs no Node, DOM,
* Express or Azure type definitions. Shipped in the package.
*/
/** What reading a body gave: its bytes or text, a value a body parser already made, or why not. */
export type BodyRead = {
	ok: true;
	body: Uint8Array | string;
} | {
	ok: true;
	parsed: unknown;
} | {
	ok: false;
	reason: "too-large" | "unreadable";
	message: string;
};
export interface WebhookRequest {
	/** The HTTP method, any casing. */
	method: string;
	/** A header's value by name (the core asks in lower case); undefined when absent. */
	header(name: string): string | undefined;
	/** Reads the body, at most `limit` bytes; called at most once, after the headers are checked. */
	readBody(limit: number): Promise<BodyRead>;
}
export interface WebhookResponse {
	status: number;
	/** Header names as written on the wire. */
	headers: Record<string, string>;
	/** JSON text, or '' for no body. */
	body: string;
}
/** Anything that answers a webhook request: what `createWebhook` returns and every adapter takes. */
export interface WebhookHandler {
	handle(request: WebhookRequest): Promise<WebhookResponse>;
}
