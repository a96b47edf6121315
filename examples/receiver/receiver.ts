/**
 * An example ACS event receiver on the package's public API only (`<package>/webhook`, imported
 * from the built package in this repository: generated/package/dist is what npm would install,
 * and a relative path needs no install or link step). Chat messages and SMS go to an inbox; every
 * other ACS event is recorded by type. A store that fails makes the handler throw, so the webhook
 * answers 500 and Event Grid retries; an invalid event is answered 400, which Event Grid does not
 * retry (it dead-letters it, when the subscription has a dead-letter destination).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhook, toNodeListener, type Webhook } from '../../generated/package/dist/webhook.js';

/** What the receiver keeps of an event. */
export interface ReceivedEvent {
  id: string;
  type: string;
  schema: 'eventgrid' | 'cloudevents';
  /** The inbox line for a chat message or an SMS. */
  text?: string;
}

/** Where received events go: a database in a real receiver. */
export interface EventStore {
  save(event: ReceivedEvent): Promise<void>;
}

export interface ReceiverOptions {
  store: EventStore;
  log?: (line: string) => void;
}

/** The webhook: one handler per event type the receiver cares about, one for the rest. */
export function receiverWebhook({ store, log = () => undefined }: ReceiverOptions): Webhook {
  return createWebhook({
    onError: (error, event) => log(`handler failed for ${event?.id}: ${String(error)}`),
  })
    .on('Microsoft.Communication.ChatMessageReceived', async (event) => {
      const { senderDisplayName, messageBody, threadId } = event.data;
      const text = `${senderDisplayName ?? 'someone'} in ${threadId}: ${messageBody}`;
      await store.save({ id: event.id, type: event.type, schema: event.schema, text });
    })
    .on('Microsoft.Communication.SMSReceived', async (event) => {
      const text = `SMS from ${event.data.from}: ${event.data.message}`;
      await store.save({ id: event.id, type: event.type, schema: event.schema, text });
    })
    .onAnyEvent(async (event) => {
      await store.save({ id: event.id, type: event.type, schema: event.schema });
    })
    .onUnknown((event) => log(`ignored ${event.type} (not an ACS event)`))
    .onSubscriptionValidation((data) => log(`subscription validated (${data.validationCode})`))
    .onSubscriptionDeleted((data) => log(`subscription deleted: ${data.eventSubscriptionId}`));
}

export interface RunningReceiver {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Serves the receiver on 127.0.0.1:`port` (0: any free port). */
export async function startReceiver(port: number, options: ReceiverOptions): Promise<RunningReceiver> {
  const server = createServer(toNodeListener(receiverWebhook(options)));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
