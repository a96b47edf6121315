// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The status codes of Event Grid's delivery contract and the responses the core answers with.
* Event Grid treats 200–204 as delivered; it does not retry 400 (Bad Request) or 413 (Request Entity
* Too Large) and dead-letters them at once (when dead-lettering is on); it retries 408, 429 and 5xx
* (and other codes) on its schedule, up to 30 attempts or 24 hours by default. Shipped in the package.
*/
import type { WebhookResponse } from "./webhook-exchange.js";
export declare const STATUS: {
	readonly ok: 200;
	/** A malformed request: Event Grid does not retry it. */
	readonly badRequest: 400;
	/** The CloudEvents handshake was refused (origin not allowed), or the subscription validation was. */
	readonly forbidden: 403;
	readonly methodNotAllowed: 405;
	/** The body exceeds the limit: Event Grid does not retry it. */
	readonly tooLarge: 413;
	/** A handler failed: Event Grid retries. */
	readonly handlerFailed: 500;
	/** The alternative for a handler failure (`failureStatus: 503`): Event Grid retries too. */
	readonly unavailable: 503;
};
/** A JSON response. */
export declare function jsonResponse(status: number, value: unknown, headers?: Record<string, string>): WebhookResponse;
/** A response without a body. */
export declare function emptyResponse(status: number, headers?: Record<string, string>): WebhookResponse;
/** An error response: `{ "error": message }`, which Event Grid records with a failed delivery. */
export declare function errorResponse(status: number, message: string): WebhookResponse;
