/**
 * npm run example:receiver   (PORT=7071 by default; 0 picks a free port)
 *
 * Point an Event Grid subscription (Event Grid or CloudEvents schema) at it through a tunnel, or
 * deliver to it locally with `npm run simulate -- --endpoint http://127.0.0.1:7071/`.
 */
import { MemoryStore } from './memory-store.ts';
import { startReceiver } from './receiver.ts';

const port = Number(process.env.PORT ?? 7071);
const receiver = await startReceiver(port, { store: new MemoryStore(console.log), log: console.log });
console.log(`ACS event receiver listening on port ${receiver.port}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void receiver.close());
