import { createServer } from 'node:http';
import { createWebhook, toNodeListener } from '@acs-toolkit/events/webhook';

// Answers Event Grid's handshakes (both schemas), validates every event against the catalog and
// calls the handler of its type with `data` typed, whichever envelope carried it.
const webhook = createWebhook()
  .on('Microsoft.Communication.ChatMessageReceived', (event) => {
    console.log(`chat message in ${event.data.threadId}: ${event.data.messageBody}`);
  })
  .on('Microsoft.Communication.SMSReceived', (event) => {
    console.log(`SMS from ${event.data.from}: ${event.data.message}`);
  })
  .onUnknown((event) => console.log(`not an ACS event: ${event.type}`));

const server = createServer(toNodeListener(webhook));
server.listen(Number(process.env.PORT ?? 8080), () => {
  const address = server.address();
  console.log(`listening on port ${typeof address === 'object' && address ? address.port : address}`);
});
