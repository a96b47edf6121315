/**
 * The Fetch API adapter, for edge runtimes and anything with `Request`/`Response` (Deno, Bun,
 * Cloudflare Workers, Node >= 18): `toFetchHandler(webhook)` is `(request) => Promise<Response>`.
 * Structural types stand for Request and Response, so the package needs no DOM type definitions;
 * pass `{ Response }` to get your runtime's own Response type back. Shipped in the package.
 */
import { readStream, type ReadableStreamLike } from './webhook-body.js';
import type { WebhookHandler, WebhookRequest } from './webhook-exchange.js';

/** What the adapter uses of a Fetch `Request` (an Azure Functions v4 `HttpRequest` has it too). */
export interface FetchRequestLike {
  method: string;
  headers: { get(name: string): string | null };
  body: ReadableStreamLike | null;
}

/** What a Fetch `Response` offers, as far as the adapter's callers need to know. */
export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type ResponseConstructorLike<TResponse> = new (
  body: string | null,
  init: { status: number; headers: Record<string, string> },
) => TResponse;

// The global of every Fetch runtime; declared so that no DOM type definitions are needed.
declare const Response: ResponseConstructorLike<FetchResponseLike>;

/** A Fetch-style request as the core sees it. */
export function fetchWebhookRequest(request: FetchRequestLike): WebhookRequest {
  return {
    method: request.method,
    header: (name) => request.headers.get(name) ?? undefined,
    readBody: async (limit) =>
      request.body === null ? { ok: true, body: '' } : readStream(request.body, limit),
  };
}

/** A Fetch handler: `Request` in, `Promise<Response>` out. */
export function toFetchHandler<TResponse = FetchResponseLike>(
  webhook: WebhookHandler,
  options: { Response?: ResponseConstructorLike<TResponse> } = {},
): (request: FetchRequestLike) => Promise<TResponse> {
  const ResponseClass = (options.Response ?? Response) as ResponseConstructorLike<TResponse>;
  return async (request) => {
    const answer = await webhook.handle(fetchWebhookRequest(request));
    return new ResponseClass(answer.body === '' ? null : answer.body, {
      status: answer.status,
      headers: answer.headers,
    });
  };
}
