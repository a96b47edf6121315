/**
 * A small stand-in for Event Grid's delivery side, for the end-to-end test: the handshake of the
 * subscription's schema, then batches POSTed with Event Grid's headers, retried at once on 408, 429
 * and 5xx, never on 400 or 413 (dead-lettered), as Event Grid's retry policy says.
 */
export type DeliverySchema = 'eventgrid' | 'cloudevents';

export interface BatchOutcome {
  /** Status of each attempt, in order. */
  statuses: number[];
  outcome: 'delivered' | 'dead-lettered';
}

const NOT_RETRIED = new Set([400, 413]);
const delivered = (status: number) => status >= 200 && status <= 204;

/** The handshake Event Grid performs for `schema`; throws unless the endpoint completes it. */
export async function handshake(endpoint: string, schema: DeliverySchema): Promise<void> {
  if (schema === 'cloudevents') {
    const response = await fetch(endpoint, {
      method: 'OPTIONS',
      headers: { 'WebHook-Request-Origin': 'eventgrid.azure.net', 'WebHook-Request-Rate': '120' },
    });
    const origin = response.headers.get('WebHook-Allowed-Origin');
    if (response.status !== 200 || (origin !== 'eventgrid.azure.net' && origin !== '*'))
      throw new Error(`CloudEvents handshake refused: ${response.status}, origin ${origin}`);
    return;
  }
  const code = `code-${Date.now()}`;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'aeg-event-type': 'SubscriptionValidation' },
    body: JSON.stringify([
      {
        id: `validation-${code}`,
        topic:
          '/subscriptions/xx/resourceGroups/rg/providers/Microsoft.Communication/communicationServices/acs',
        subject: '',
        data: { validationCode: code, validationUrl: `https://eventgrid.example/validate?id=${code}` },
        eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent',
        eventTime: new Date().toISOString(),
        metadataVersion: '1',
        dataVersion: '2',
      },
    ]),
  });
  const body = (await response.json()) as { validationResponse?: string };
  if (response.status !== 200 || body.validationResponse !== code)
    throw new Error(`validation handshake failed: ${response.status} ${JSON.stringify(body)}`);
}

/** Delivers one batch until it is delivered, dead-lettered, or `maxAttempts` is spent. */
export async function deliverBatch(
  endpoint: string,
  schema: DeliverySchema,
  events: readonly unknown[],
  maxAttempts = 30,
): Promise<BatchOutcome> {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': schema === 'cloudevents' ? 'application/cloudevents-batch+json' : 'application/json',
        'aeg-event-type': 'Notification',
        'aeg-subscription-name': 'E2E',
        'aeg-delivery-count': String(attempt),
      },
      body: JSON.stringify(events),
    });
    await response.arrayBuffer();
    statuses.push(response.status);
    if (delivered(response.status)) return { statuses, outcome: 'delivered' };
    if (NOT_RETRIED.has(response.status)) break;
  }
  return { statuses, outcome: 'dead-lettered' };
}
