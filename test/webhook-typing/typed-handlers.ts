/**
 * Type-level cases of the generated `<package>/webhook` binding, checked by `npm run typecheck` and
 * by test/webhook-typing.test.ts: every `@ts-expect-error` line must be an error (a wrong event type
 * name, a data field the type does not have), everything else must compile under strict.
 */
import {
  createWebhook,
  type SubscriptionDeletedEventData,
  type SubscriptionValidationEventData,
  type WebhookEvent,
} from '../../generated/package/dist/webhook.js';

export const webhook = createWebhook()
  .on('Microsoft.Communication.ChatMessageReceived', (event) => {
    const thread: string = event.data.threadId;
    const body: string = event.data.messageBody;
    // @ts-expect-error -- SMS data, not chat data
    const from: string = event.data.from;
    const envelopeType: string =
      event.schema === 'eventgrid' ? event.envelope.eventType : event.envelope.type;
    return [thread, body, from, envelopeType];
  })
  .on('Microsoft.Communication.SMSReceived', (event) => {
    const from: string = event.data.from;
    // @ts-expect-error -- a misspelt field
    const text: string = event.data.messageBody;
    // @ts-expect-error -- the event type is a literal, not any string
    const type: 'Microsoft.Communication.ChatMessageReceived' = event.type;
    return [from, text, type];
  })
  // @ts-expect-error -- a misspelt event type name
  .on('Microsoft.Communication.ChatMessageRecieved', () => undefined)
  // @ts-expect-error -- not an ACS event type
  .on('Microsoft.EventGrid.SubscriptionValidationEvent', () => undefined)
  .onAnyEvent((event) => {
    if (event.type === 'Microsoft.Communication.SMSReceived') return event.data.message;
    // @ts-expect-error -- not narrowed: `message` is SMS data only
    return event.data.message;
  })
  .onUnknown((event) => {
    const type: string = event.type;
    // @ts-expect-error -- unknown data is unknown
    const field: string = event.data.anything;
    return [type, field];
  })
  .onInvalid((invalid) => invalid.errors.map((error) => `${error.path}: ${error.message}`))
  .onSubscriptionValidation((data) => {
    const code: string = data.validationCode;
    const url: string | undefined = data.validationUrl;
    // @ts-expect-error -- the validation data has no subscription id
    const id: string = data.eventSubscriptionId;
    return [code, url, id].length > 0;
  })
  .onSubscriptionDeleted((data) => data.eventSubscriptionId);

export const validation: SubscriptionValidationEventData = { validationCode: 'x' };
// @ts-expect-error -- eventSubscriptionId is required
export const deleted: SubscriptionDeletedEventData = {};

/** A handler written once for both envelopes, typed by the type parameter. */
export function describeSms(event: WebhookEvent<'Microsoft.Communication.SMSReceived'>): string {
  return `${event.id} ${event.data.to} ${event.time ?? ''}`;
}
