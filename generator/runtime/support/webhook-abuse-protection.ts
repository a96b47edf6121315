/**
 * The CloudEvents 1.0 HTTP webhook abuse-protection handshake (CloudEvents "HTTP 1.1 Web Hooks",
 * section 4), which Event Grid performs before delivering in the CloudEvents schema: an OPTIONS
 * request with `WebHook-Request-Origin` (Event Grid sends `eventgrid.azure.net`) and optionally
 * `WebHook-Request-Rate` (requests per minute); the receiver grants with 200,
 * `WebHook-Allowed-Origin` and `WebHook-Allowed-Rate`. The asynchronous variant
 * (`WebHook-Request-Callback`) is not used by Event Grid and is answered synchronously like any
 * other. Shipped in the package.
 */
import type { WebhookRequest, WebhookResponse } from './webhook-exchange.js';
import { emptyResponse, errorResponse, STATUS } from './webhook-status.js';

export interface AbuseProtectionOptions {
  /** Origins granted (compared case-insensitively); default: any origin. */
  allowedOrigins?: readonly string[];
  /** Requests per minute granted, or '*' for no limit (the default). */
  allowedRate?: number | '*';
}

const POSITIVE_INTEGER = /^[1-9]\d*$/;

/** The answer to an OPTIONS request: the grant, or 400 (malformed) / 403 (origin not allowed). */
export function answerAbuseProtection(
  request: WebhookRequest,
  options: AbuseProtectionOptions,
): WebhookResponse {
  const origin = request.header('webhook-request-origin')?.trim();
  if (origin === undefined || origin === '')
    return errorResponse(STATUS.badRequest, 'OPTIONS without a WebHook-Request-Origin header');
  const rate = request.header('webhook-request-rate')?.trim();
  if (rate !== undefined && !POSITIVE_INTEGER.test(rate))
    return errorResponse(
      STATUS.badRequest,
      `WebHook-Request-Rate must be a positive integer, found "${rate}"`,
    );
  const allowed = options.allowedOrigins;
  if (allowed !== undefined && !allowed.some((name) => name.toLowerCase() === origin.toLowerCase()))
    return errorResponse(STATUS.forbidden, `origin "${origin}" is not allowed`);
  const granted = options.allowedRate ?? '*';
  return emptyResponse(STATUS.ok, {
    Allow: 'POST, OPTIONS',
    'WebHook-Allowed-Origin': origin,
    'WebHook-Allowed-Rate': String(granted),
  });
}
