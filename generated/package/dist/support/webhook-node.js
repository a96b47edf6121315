// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The node:http adapter: `http.createServer(toNodeListener(webhook))`. Structural types stand for
 * IncomingMessage and ServerResponse, so the package needs no Node type definitions. Shipped in the package.
 */
import { readChunks } from './webhook-body.js';
import { STATUS } from './webhook-status.js';
/** A node:http request as the core sees it; `readBody` may replace how the body is read (Express). */
export function nodeWebhookRequest(request, readBody = (limit) => readChunks(request, limit)) {
    return {
        method: request.method ?? 'GET',
        header(name) {
            const value = request.headers[name];
            return Array.isArray(value) ? value.join(', ') : value;
        },
        readBody,
    };
}
/** Writes the core's response. */
export function writeNodeResponse(response, answer) {
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
}
/** A failure outside the core (it never throws): 500, if the response has not started. */
export function failNodeResponse(response) {
    if (response.headersSent)
        response.end();
    else
        writeNodeResponse(response, { status: STATUS.handlerFailed, headers: {}, body: '' });
}
/** A node:http request listener answering every request with `webhook`. */
export function toNodeListener(webhook) {
    return (request, response) => {
        webhook.handle(nodeWebhookRequest(request)).then((answer) => writeNodeResponse(response, answer), () => failNodeResponse(response));
    };
}
