/**
 * End to end over 127.0.0.1: the delivery simulator (`npm run simulate`, the package's bin) against
 * the example receiver (examples/receiver/), in both schemas: the handshake first, every docs sample
 * delivered in batches and dispatched exactly once, a handler that fails twice retried on Event
 * Grid's (compressed) schedule until it succeeds, and a 400 dead-lettered without a retry.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MemoryStore } from '../examples/receiver/memory-store.ts';
import { startReceiver, type ReceivedEvent } from '../examples/receiver/receiver.ts';
import { startListening } from './support/listening-process.ts';
import { runScript } from './support/run-script.ts';
import { docsFixtures, docsSample } from './support/webhook-cases.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WORK = path.join(ROOT, 'test/tmp', `e2e-receiver-${process.pid}`);
const BATCH_SIZE = 10;

test.before(() => void mkdirSync(WORK, { recursive: true }));
test.after(() => rmSync(WORK, { recursive: true, force: true }));

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
const samples = (schema: 'eventgrid' | 'cloudevents') =>
  docsFixtures()
    .filter((fixture) => fixture.schema === schema)
    .map((fixture) => ({ ...fixture.event, id: fixture.name }));

interface Report {
  delivered: number;
  deadLettered: number;
  retried: number;
  batches: number;
  attempts: number;
}

/** Runs the simulator as `npm run simulate` does; its exit code and JSON report. */
async function simulate(args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const run = await runScript('simulate.ts', [...args, '--time-scale', '0.001', '--json']);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  assert.ok(last.startsWith('{'), `no JSON report: ${run.stdout}\n${run.stderr}`);
  return { code: run.code, report: JSON.parse(last) as Report, stderr: run.stderr };
}

/** Every request the receiver answers: method, aeg-event-type, aeg-delivery-count and status. */
function requestLog(server: {
  on(event: 'request', listener: (req: IncomingMessage, res: ServerResponse) => void): unknown;
}) {
  const log: string[] = [];
  server.on('request', (request, response) => {
    response.on('finish', () => {
      const header = (name: string) => String(request.headers[name] ?? '-');
      log.push(
        `${request.method} ${header('aeg-event-type')} ${header('aeg-delivery-count')} ${response.statusCode}`,
      );
    });
  });
  return log;
}

for (const schema of ['eventgrid', 'cloudevents'] as const) {
  test(`${schema}: handshake, every event once, a failing handler retried, a 400 not retried`, async () => {
    const events = samples(schema);
    assert.ok(events.length >= 100, `${events.length} samples`);
    const eventsFile = path.join(WORK, `${schema}.json`);
    writeFileSync(eventsFile, JSON.stringify(events));
    const flaky = events[BATCH_SIZE + 3]!; // in the middle of the second batch
    const store = new FlakyStore(String(flaky.id), 2);
    const receiver = await startReceiver(0, { store });
    const log = requestLog(receiver.server);
    const endpoint = `http://127.0.0.1:${receiver.port}/api/events`;
    try {
      const batching = ['--max-events-per-batch', String(BATCH_SIZE), '--preferred-batch-size-kb', '1024'];
      const run = await simulate([
        '--endpoint',
        endpoint,
        '--schema',
        schema,
        '--events-file',
        eventsFile,
        ...batching,
      ]);
      assert.is(run.code, 0, run.stderr);
      const batches = Math.ceil(events.length / BATCH_SIZE);
      assert.equal(
        { ...run.report, attempts: run.report.attempts, batches: run.report.batches },
        {
          ...run.report,
          delivered: events.length,
          deadLettered: 0,
          retried: BATCH_SIZE,
          batches,
          attempts: batches + 2,
        },
      );
      assert.match(
        log[0] ?? '',
        schema === 'eventgrid' ? /^POST SubscriptionValidation \S+ 200$/ : /^OPTIONS - - 200$/,
        'handshake first',
      );
      assert.equal(
        log.filter((line) => !line.endsWith(' 200')),
        ['POST Notification 0 500', 'POST Notification 1 500'],
        'only the batch with the failing handler failed, twice',
      );
      assert.is(store.failures, 2);
      const saved = store.events.map((event) => event.id);
      assert.equal(
        [...saved].sort(),
        events.map((event) => String(event.id)).sort(),
        'every event exactly once',
      );
      assert.ok(store.events.every((event) => event.schema === schema));

      const base = docsSample('Microsoft.Communication.SMSReceived', schema);
      const invalidFile = path.join(WORK, `${schema}-invalid.json`);
      writeFileSync(
        invalidFile,
        JSON.stringify([{ ...base, id: 'invalid-1', data: { ...(base.data as object), from: 42 } }]),
      );
      const deadLetters = path.join(WORK, `${schema}-dead-letters`);
      const before = log.length;
      const rejected = await simulate([
        '--endpoint',
        endpoint,
        '--schema',
        schema,
        '--events-file',
        invalidFile,
        '--dead-letter',
        deadLetters,
      ]);
      assert.is(rejected.code, 1, 'a dead letter ends the run with 1');
      assert.equal(
        {
          deadLettered: rejected.report.deadLettered,
          attempts: rejected.report.attempts,
          retried: rejected.report.retried,
        },
        { deadLettered: 1, attempts: 1, retried: 0 },
      );
      assert.equal(
        log.slice(before + 1),
        ['POST Notification 0 400'],
        'one attempt, answered 400, not retried',
      );
      assert.is(readdirSync(deadLetters).length, 1);
      assert.not.ok(store.events.some((event) => event.id === 'invalid-1'));
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
    const run = await simulate(['--endpoint', endpoint, '--event-types', 'SMSReceived', '--count', '3']);
    assert.is(run.code, 0, run.stderr);
    assert.is(run.report.delivered, 3);
    await receiver.waitFor(/(eventgrid Microsoft\.Communication\.SMSReceived .*: SMS from[^\n]*\n[^]*){3}/);
    assert.match(receiver.output(), /subscription validated/);
  } finally {
    await receiver.stop();
  }
});

test.run();
