// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The Express/Connect adapter: `app.post('/events', toExpressMiddleware(webhook))` (mount it for
 * OPTIONS too when the subscription uses the CloudEvents schema: `app.all` or `app.use`). It works
 * whether or not a body parser ran before it: a body `express.json()`, `express.text()` or
 * `express.raw()` made is used as is (mind their own size limits: 100 KB by default, under Event
 * Grid's 1 MB), otherwise the body is read from the request stream. Shipped in the package.
 */
import { limitedBody } from './webhook-body.js';
import { nodeWebhookRequest, readNodeBody, writeNodeResponse, } from './webhook-node.js';
/** The body a body parser left, or undefined when the stream is still to be read. */
function parsedBody(request, limit) {
    // body-parser 1.x sets `req.body = {}` even for a content type it skipped; the `_body` flag (or a
    // consumed stream) says whether it really read the body.
    if (request._body !== true && !(request.body !== undefined && request.readableEnded === true))
        return undefined;
    const body = request.body;
    if (typeof body === 'string' || body instanceof Uint8Array)
        return limitedBody(body, limit);
    return { ok: true, parsed: body };
}
/** Express/Connect middleware answering every request it sees with `webhook`. */
export function toExpressMiddleware(webhook) {
    return (request, response, next) => {
        const webhookRequest = nodeWebhookRequest(request, async (limit) => parsedBody(request, limit) ?? readNodeBody(request, limit));
        webhook.handle(webhookRequest).then((answer) => writeNodeResponse(response, answer), (error) => next(error));
    };
}
