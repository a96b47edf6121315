/**
 * End to end over 127.0.0.1: Event Grid's delivery side (test/support/delivery-driver.ts) against
 * the example receiver (examples/receiver/), in both schemas: the handshake first, every docs
 * sample delivered in batches and dispatched exactly once, a handler that fails twice retried until
 * it succeeds, and a 400 not retried.
 */
import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MemoryStore } from '../examples/receiver/memory-store.ts';
import { startReceiver, type ReceivedEvent } from '../examples/receiver/receiver.ts';
import {
  deliverBatch,
  handshake,
  type BatchOutcome,
  type DeliverySchema,
} from './support/delivery-driver.ts';
import { startListening } from './support/listening-process.ts';
import { docsFixtures, docsSample } from './support/webhook-cases.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BATCH_SIZE = 10;

/** A store whose save fails the first `times` times for one event id (a database hiccup). */
class FlakyStore extends MemoryStore {
  failures = 0;
  constructor(
    private readonly flakyId: string,
    private times: number,
  ) {
    super();
  }
  override async save(event: ReceivedEvent): Promise<void> {
    if (event.id === this.flakyId && this.times > 0) {
      this.times--;
      this.failures++;
      throw new Error('store unavailable');
    }
    await super.save(event);
  }
}

/** Every docs sample in `schema`, each with an id of its own (docs versions reuse ids). */
function samples(schema: DeliverySchema): Record<string, unknown>[] {
  return docsFixtures()
    .filter((fixture) => fixture.schema === schema)
    .map((fixture) => ({ ...fixture.event, id: `${fixture.name}` }));
}

const batches = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

for (const schema of ['eventgrid', 'cloudevents'] as const) {
  test(`${schema}: handshake, every event once, a failing handler retried, a 400 not retried`, async () => {
    const events = samples(schema);
    assert.ok(events.length >= 100, `${events.length} samples`);
    const flaky = events[BATCH_SIZE + 3]!; // in the middle of the second batch
    const store = new FlakyStore(String(flaky.id), 2);
    const receiver = await startReceiver(0, { store });
    const requests: string[] = [];
    receiver.server.on('request', (request: IncomingMessage) =>
      requests.push(`${request.method} ${String(request.headers['aeg-event-type'] ?? '')}`.trim()),
    );
    const endpoint = `http://127.0.0.1:${receiver.port}/api/events`;
    try {
      await handshake(endpoint, schema);
      const outcomes: BatchOutcome[] = [];
      for (const batch of batches(events, BATCH_SIZE))
        outcomes.push(await deliverBatch(endpoint, schema, batch));
      const base = docsSample('Microsoft.Communication.SMSReceived', schema);
      const invalid = { ...base, id: 'invalid-1', data: { ...(base.data as object), from: 42 } };
      const rejected = await deliverBatch(endpoint, schema, [invalid]);

      assert.is(
        requests[0],
        schema === 'eventgrid' ? 'POST SubscriptionValidation' : 'OPTIONS',
        'handshake first',
      );
      assert.ok(
        outcomes.every((outcome) => outcome.outcome === 'delivered'),
        'every batch delivered',
      );
      assert.equal(outcomes[1]!.statuses, [500, 500, 200], 'the batch with the failing handler, retried');
      assert.ok(
        outcomes.every((outcome, i) => i === 1 || outcome.statuses.join() === '200'),
        'other batches delivered at the first attempt',
      );
      assert.is(store.failures, 2);
      const saved = store.events.map((event) => event.id);
      assert.equal([...saved].sort(), events.map((event) => String(event.id)).sort(), 'every event once');
      assert.ok(store.events.every((event) => event.schema === schema));
      assert.equal(rejected, { statuses: [400], outcome: 'dead-lettered' }, 'a 400 is not retried');
      assert.not.ok(saved.includes('invalid-1'));
    } finally {
      await receiver.close();
    }
  });
}

test('npm run example:receiver starts the receiver on PORT', async () => {
  const scripts = (await import('../package.json', { with: { type: 'json' } })).default.scripts as Record<
    string,
    string
  >;
  assert.is(scripts['example:receiver'], 'tsx examples/receiver/main.ts');
  const receiver = await startListening(['examples/receiver/main.ts'], { cwd: ROOT, env: { PORT: '0' } });
  try {
    const endpoint = `http://127.0.0.1:${receiver.port}/`;
    await handshake(endpoint, 'eventgrid');
    const sms = docsSample('Microsoft.Communication.SMSReceived', 'eventgrid');
    assert.equal(await deliverBatch(endpoint, 'eventgrid', [sms]), { statuses: [200], outcome: 'delivered' });
    await receiver.waitFor(/eventgrid Microsoft\.Communication\.SMSReceived .*: SMS from/);
    assert.match(receiver.output(), /subscription validated/);
  } finally {
    await receiver.stop();
  }
});

test.run();
