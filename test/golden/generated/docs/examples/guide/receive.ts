// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { createServer } from 'node:http';
import { isEventType, parseEvents } from '@acs-toolkit/events';

const TYPE = 'Microsoft.Communication.ChatMessageReceived';

// A webhook endpoint on plain Node.js: read the body, let parseEvents classify every event in it.
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    for (const result of parseEvents(Buffer.concat(chunks))) {
      if (result.status === 'invalid') {
        console.warn('not an event we understand', result.errors);
      } else if (result.status === 'unknown') {
        console.info('an event type the catalog does not know', result.event);
      } else if (result.schema === 'eventgrid' && isEventType(result.event, TYPE)) {
        console.log('ChatMessageReceived', result.event.subject, result.event.data);
      }
    }
    response.writeHead(200).end();
  });
});

server.listen(8080);
