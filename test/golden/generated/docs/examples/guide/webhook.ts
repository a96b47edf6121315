// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { createServer } from 'node:http';
import { createWebhook, toNodeListener } from '@acs-toolkit/events/webhook';

// One handler per event type: `event.data` is typed, whichever envelope (Event Grid schema or
// CloudEvents 1.0) carried the event. The webhook answers both handshakes itself, answers 400 to a
// malformed request (Event Grid does not retry it) and 500 when a handler throws (Event Grid retries).
const webhook = createWebhook()
  .on('Microsoft.Communication.ChatMessageReceived', (event) => {
    console.log('ChatMessageReceived', event.subject, event.data);
  })
  .onUnknown((event) => console.info('an event type the catalog does not know', event.type))
  .onInvalid((invalid) => console.warn('not an event we understand', invalid.errors));

createServer(toNodeListener(webhook)).listen(8080);
