// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The Azure Functions v4 (Node.js programming model v4) adapter:
* `app.http('events', { methods: ['POST', 'OPTIONS'], authLevel: 'anonymous', handler: toAzureFunctionsHandler(webhook) })`.
* The v4 `HttpRequest` is Fetch-shaped (`method`, `headers.get`, a ReadableStream `body`); the
* handler returns an `HttpResponseInit`. Structural types only: no @azure/functions dependency.
* Shipped in the package.
*/
import type { WebhookHandler } from "./webhook-exchange.js";
import { type FetchRequestLike } from "./webhook-fetch.js";
/** The `HttpResponseInit` the handler returns. */
export interface AzureFunctionsResponseInit {
	status: number;
	headers: Record<string, string>;
	body?: string;
}
/** An Azure Functions v4 HTTP trigger handler; the invocation context is not needed. */
export declare function toAzureFunctionsHandler(webhook: WebhookHandler): (request: FetchRequestLike, context?: unknown) => Promise<AzureFunctionsResponseInit>;
