// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { WebhookHandler } from "./webhook-exchange.js";
import { type NodeRequestLike, type NodeResponseLike } from "./webhook-node.js";
/** What the adapter uses of an Express (or Connect) request: a node:http request, maybe parsed. */
export interface ExpressRequestLike extends NodeRequestLike {
	body?: unknown;
	/** Set by body-parser (behind `express.json()` & co.) once it has read the body. */
	_body?: boolean;
	readableEnded?: boolean;
}
/** Express/Connect middleware answering every request it sees with `webhook`. */
export declare function toExpressMiddleware(webhook: WebhookHandler): (request: ExpressRequestLike, response: NodeResponseLike, next: (error?: unknown) => void) => void;
