// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The CloudEvents 1.0 HTTP webhook abuse-protection handshake (CloudEvents "HTTP 1.1 Web Hooks",
* section 4), which Event Grid performs before delivering in the CloudEvents schema: an OPTIONS
* request with `WebHook-Request-Origin` (Event Grid sends `eventgrid.azure.net`) and optionally
* `WebHook-Request-Rate` (requests per minute); the receiver grants with 200,
* `WebHook-Allowed-Origin` and `WebHook-Allowed-Rate`. The asynchronous variant
* (`WebHook-Request-Callback`) is not used by Event Grid and is answered synchronously like any
* other. Shipped in the package.
*/
import type { WebhookRequest, WebhookResponse } from "./webhook-exchange.js";
export interface AbuseProtectionOptions {
	/** Origins granted (compared case-insensitively); default: any origin. */
	allowedOrigins?: readonly string[];
	/** Requests per minute granted, or '*' for no limit (the default). */
	allowedRate?: number | "*";
}
/** The answer to an OPTIONS request: the grant, or 400 (malformed) / 403 (origin not allowed). */
export declare function answerAbuseProtection(request: WebhookRequest, options: AbuseProtectionOptions): WebhookResponse;
