// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { parseEvents } from '@acs-toolkit/events';

const VALIDATION = 'Microsoft.EventGrid.SubscriptionValidationEvent';

/**
 * Event Grid schema: when you create a subscription, Event Grid posts one validation event; answer
 * it with its code (HTTP 200 and this JSON body). Returns null for a body that carries real events.
 */
export function validationResponse(body: unknown): { validationResponse: string } | null {
  for (const result of parseEvents(body)) {
    if (result.status !== 'unknown' || result.schema !== 'eventgrid') continue;
    if (result.event.eventType !== VALIDATION) continue;
    const code = (result.event.data as { validationCode?: unknown } | null)?.validationCode;
    if (typeof code === 'string') return { validationResponse: code };
  }
  return null;
}

/**
 * CloudEvents 1.0 schema: Event Grid sends an HTTP OPTIONS request with a WebHook-Request-Origin
 * header; answer 200 with the headers returned here.
 */
export function cloudEventsHandshake(origin: string | undefined): Record<string, string> | null {
  return origin === undefined ? null : { 'WebHook-Allowed-Origin': origin };
}
