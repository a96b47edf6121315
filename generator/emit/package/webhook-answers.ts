import { STATUS } from '../../runtime/support/webhook-status.ts';
import { verbatim, type Markdown } from '../../syntax/markdown-inline.ts';

type StatusName = keyof typeof STATUS;

/**
 * The package README's table of what the webhook answers, a row per kind of request, grouped by the
 * status code (webhook-status.ts) it answers with: a code added there does not compile here until
 * the README says when it is answered. Each row is the request and what follows the code.
 */
const ANSWERS: Record<StatusName, readonly (readonly [request: string, afterCode: string])[]> = {
  ok: [
    [
      '`OPTIONS` with `WebHook-Request-Origin` (CloudEvents handshake)',
      ', `WebHook-Allowed-Origin`, `WebHook-Allowed-Rate`',
    ],
    [
      '`Microsoft.EventGrid.SubscriptionValidationEvent` (Event Grid schema handshake)',
      ', `{ "validationResponse": code }`',
    ],
    ['events, every handler succeeded', ''],
  ],
  badRequest: [
    [
      'not JSON, no event, an invalid event without `onInvalid`, an odd `aeg-event-type`',
      ' (Event Grid does not retry)',
    ],
  ],
  forbidden: [
    [
      'a CloudEvents handshake from an origin not in `allowedOrigins`; `onSubscriptionValidation` returned false',
      '',
    ],
  ],
  methodNotAllowed: [['a method other than `POST` and `OPTIONS`', ', `Allow: POST, OPTIONS`']],
  tooLarge: [['a body over `maxBodyBytes`', ' (Event Grid does not retry)']],
  handlerFailed: [
    ['a handler threw', `, or \`failureStatus: ${STATUS.unavailable}\` (Event Grid retries the batch)`],
  ],
  // The row of handlerFailed names it.
  unavailable: [],
};

/** The rows of the README's table of answers, in the order of STATUS. */
export function webhookAnswersView(): { requestMd: Markdown; answerMd: Markdown }[] {
  return (Object.keys(STATUS) as StatusName[]).flatMap((name) =>
    ANSWERS[name].map(([request, afterCode]) => ({
      requestMd: verbatim(request),
      answerMd: verbatim(`${STATUS[name]}${afterCode}`),
    })),
  );
}
