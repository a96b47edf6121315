/**
 * The node:http adapter: `http.createServer(toNodeListener(webhook))`. Structural types stand for
 * IncomingMessage and ServerResponse, so the package needs no Node type definitions. Shipped in the package.
 */
import { BodyChunks, tooLarge, unreadable } from './webhook-body.js';
import type { BodyRead, WebhookHandler, WebhookRequest, WebhookResponse } from './webhook-exchange.js';
import { STATUS } from './webhook-status.js';

/** What the adapter uses of a node:http IncomingMessage. */
export interface NodeRequestLike {
  method?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** 'data', 'end' and 'error' are the events used. */
  on(event: string, listener: (...args: never[]) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
}

/**
 * Reads a node:http request up to `limit` bytes, through its events (several times cheaper per
 * request than async iteration). Past the limit the rest of the body is let through unkept. A request
 * that ended keeps its listeners (it is dropped with them; the settled promise ignores a late error).
 */
export function readNodeBody(request: NodeRequestLike, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks = new BodyChunks(limit);
    const onEnd = () => resolve({ ok: true, body: chunks.bytes() });
    const onData = (chunk: Uint8Array | string) => {
      if (chunks.add(chunk)) return;
      request.removeListener('data', onData);
      request.removeListener('end', onEnd);
      // Keeps the stream flowing so the connection can be reused; the bytes are dropped.
      request.on('data', () => undefined);
      resolve(tooLarge(limit));
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', (error: unknown) => resolve(unreadable(error)));
  });
}

/** What the adapter uses of a node:http ServerResponse. */
export interface NodeResponseLike {
  headersSent: boolean;
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string): unknown;
}

/** A node:http request as the core sees it; `readBody` may replace how the body is read (Express). */
export function nodeWebhookRequest(
  request: NodeRequestLike,
  readBody: (limit: number) => Promise<BodyRead> = (limit) => readNodeBody(request, limit),
): WebhookRequest {
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
export function writeNodeResponse(response: NodeResponseLike, answer: WebhookResponse): void {
  response.writeHead(answer.status, answer.headers);
  if (answer.body === '') response.end();
  else response.end(answer.body);
}

/** A failure outside the core (it never throws): 500, if the response has not started. */
export function failNodeResponse(response: NodeResponseLike): void {
  if (response.headersSent) response.end();
  else writeNodeResponse(response, { status: STATUS.handlerFailed, headers: {}, body: '' });
}

/** A node:http request listener answering every request with `webhook`. */
export function toNodeListener(
  webhook: WebhookHandler,
): (request: NodeRequestLike, response: NodeResponseLike) => void {
  return (request, response) => {
    webhook.handle(nodeWebhookRequest(request)).then(
      (answer) => writeNodeResponse(response, answer),
      () => failNodeResponse(response),
    );
  };
}
