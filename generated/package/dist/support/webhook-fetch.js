// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The Fetch API adapter, for edge runtimes and anything with `Request`/`Response` (Deno, Bun,
 * Cloudflare Workers, Node >= 18): `toFetchHandler(webhook)` is `(request) => Promise<Response>`.
 * Structural types stand for Request and Response, so the package needs no DOM type definitions;
 * pass `{ Response }` to get your runtime's own Response type back. Shipped in the package.
 */
import { readStream } from './webhook-body.js';
/** A Fetch-style request as the core sees it. */
export function fetchWebhookRequest(request) {
    return {
        method: request.method,
        header: (name) => request.headers.get(name) ?? undefined,
        readBody: async (limit) => request.body === null ? { ok: true, body: '' } : readStream(request.body, limit),
    };
}
/** A Fetch handler: `Request` in, `Promise<Response>` out. */
export function toFetchHandler(webhook, options = {}) {
    const ResponseClass = (options.Response ?? Response);
    return async (request) => {
        const answer = await webhook.handle(fetchWebhookRequest(request));
        return new ResponseClass(answer.body === '' ? null : answer.body, {
            status: answer.status,
            headers: answer.headers,
        });
    };
}
