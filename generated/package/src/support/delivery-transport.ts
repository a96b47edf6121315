// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The simulator's two effects besides files, injected so tests run without a network or real waiting:
 * sending one HTTP request, and time. `fetchTransport` and `systemClock` are the real ones (the
 * `fetch`, `setTimeout` and `performance` globals of Node 18+ and of browsers).
 */
import type { HttpRequest } from './delivery-headers.js';

export interface HttpResponse {
  status: number;
  /** A response header by lower-case name, or undefined. */
  header: (name: string) => string | undefined;
  body: string;
}

/** Resolves with the response, or with why there was none; never rejects. */
export type Transport = (
  request: HttpRequest,
) => Promise<HttpResponse | { error: 'timeout' | 'network'; message: string }>;

export interface Clock {
  /** Milliseconds on a monotonic clock. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A transport over `fetch`, giving up after `timeoutMs` (Event Grid waits 30 s). */
export function fetchTransport(timeoutMs: number): Transport {
  return async (request) => {
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = await response.text();
      return {
        status: response.status,
        header: (name) => response.headers.get(name) ?? undefined,
        body,
      };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return timedOut
        ? { error: 'timeout', message: `no response within ${timeoutMs} ms` }
        : { error: 'network', message: networkMessage(error) };
    }
  };
}

/** fetch's "fetch failed" with its cause (ECONNREFUSED …) when it has one. */
function networkMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}
