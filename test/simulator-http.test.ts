/**
 * The generated package's bin (generated/package/dist/simulate.js) against a node:http server on
 * 127.0.0.1, with the retry schedule compressed (--time-scale 0.001: 10 s → 10 ms).
 */
import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const BIN = fileURLToPath(new URL('../generated/package/dist/simulate.js', import.meta.url));

interface Received {
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the receiver answers to a delivery: its status, given the deliveries so far (0-based). */
type Answer = (delivery: number, request: Received) => number;

/** A receiver that does both handshakes properly and answers deliveries with `answer`. */
async function receiver(answer: Answer): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  let deliveries = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = {
        method: request.method ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
      };
      received.push(entry);
      if (request.method === 'OPTIONS') {
        response.writeHead(200, {
          'WebHook-Allowed-Origin': String(request.headers['webhook-request-origin']),
        });
        return response.end();
      }
      if (request.headers['aeg-event-type'] === 'SubscriptionValidation') {
        const [event] = JSON.parse(entry.body) as { data: { validationCode: string } }[];
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end(JSON.stringify({ validationResponse: event!.data.validationCode }));
      }
      response.writeHead(answer(deliveries++, entry));
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/events`, received, server };
}

function simulate(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const FAST = ['--time-scale', '0.001', '--json'];

/** The ids of the events in a delivery body (an array, or one CloudEvent). */
function ids(body: string): string[] {
  const parsed = JSON.parse(body) as { id: string } | { id: string }[];
  return (Array.isArray(parsed) ? parsed : [parsed]).map((event) => event.id);
}

test('Event Grid schema: validation handshake first, 503s retried, every event delivered once', async () => {
  const { url, received, server } = await receiver((delivery) => (delivery < 2 ? 503 : 200));
  try {
    const run = await simulate(['--endpoint', url, '--count', '6', '--max-events-per-batch', '2', ...FAST]);
    assert.is(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as Record<string, number>;
    assert.equal(
      [report.events, report.delivered, report.deadLettered, report.batches, report.attempts, report.retried],
      [6, 6, 0, 3, 5, 4],
    );
    assert.is(received[0]!.headers['aeg-event-type'], 'SubscriptionValidation');
    const notifications = received.slice(1);
    assert.ok(notifications.every((request) => request.headers['aeg-event-type'] === 'Notification'));
    assert.ok(
      notifications.every((request) => request.headers['content-type'] === 'application/json; charset=utf-8'),
    );
    // The two failed batches are retried 10 ms later while the third goes on: the order varies.
    assert.equal(notifications.map((request) => request.headers['aeg-delivery-count']).sort(), [
      '0',
      '0',
      '0',
      '1',
      '1',
    ]);
    const accepted = notifications.slice(2).flatMap((request) => ids(request.body));
    assert.is(new Set(accepted).size, 6);
  } finally {
    server.close();
  }
});

test('CloudEvents 1.0: OPTIONS handshake first, batches as application/cloudevents-batch+json, a 500 retried', async () => {
  const { url, received, server } = await receiver((delivery) => (delivery === 1 ? 500 : 200));
  try {
    const args = [
      '--endpoint',
      url,
      '--schema',
      'cloudevents',
      '--count',
      '5',
      '--max-events-per-batch',
      '3',
    ];
    const run = await simulate([...args, '--event-types', 'ChatMessageReceived,SMSReceived', ...FAST]);
    assert.is(run.code, 0, run.stderr);
    assert.equal(
      [
        received[0]!.method,
        received[0]!.headers['webhook-request-origin'],
        received[0]!.headers['webhook-request-rate'],
      ],
      ['OPTIONS', 'eventgrid.azure.net', '120'],
    );
    const notifications = received.slice(1);
    assert.equal(
      notifications.map((request) => [request.headers['content-type'], ids(request.body).length]),
      [
        ['application/cloudevents-batch+json; charset=utf-8', 3],
        ['application/cloudevents-batch+json; charset=utf-8', 2],
        ['application/cloudevents-batch+json; charset=utf-8', 2],
      ],
    );
    const types = (JSON.parse(notifications[0]!.body) as { type: string; specversion: string }[]).map(
      (event) => `${event.specversion} ${event.type}`,
    );
    assert.equal(types, [
      '1.0 Microsoft.Communication.ChatMessageReceived',
      '1.0 Microsoft.Communication.SMSReceived',
      '1.0 Microsoft.Communication.ChatMessageReceived',
    ]);
    const report = JSON.parse(run.stdout) as Record<string, number>;
    assert.equal([report.delivered, report.retried, report.deadLettered], [5, 2, 0]);
  } finally {
    server.close();
  }
});

const NOT_RETRIED = [400, 413];

for (const status of NOT_RETRIED) {
  test(`${status}: not retried, dead-lettered to the folder with Event Grid's properties`, async () => {
    const { url, received, server } = await receiver(() => status);
    const dir = await mkdtemp(path.join(tmpdir(), 'acs-dead-letter-'));
    try {
      const run = await simulate(['--endpoint', url, '--count', '2', '--dead-letter', dir, ...FAST]);
      assert.is(run.code, 1, run.stderr);
      assert.is(received.length, 3, 'the handshake and one request per event');
      const files = (await readdir(dir)).sort();
      assert.is(files.length, 2);
      const records = await Promise.all(
        files.map(
          async (file) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, unknown>,
        ),
      );
      for (const record of records) {
        assert.equal(
          [record.deadLetterReason, record.deliveryAttempts, record.lastHttpStatusCode],
          ['NonRetriableError', 1, status],
        );
        assert.ok(!Number.isNaN(Date.parse(String(record.publishTime))));
        assert.ok(!Number.isNaN(Date.parse(String(record.lastDeliveryAttemptTime))));
      }
      assert.equal(
        records.map((record) => record.id),
        received.slice(1).flatMap((request) => ids(request.body)),
      );
    } finally {
      server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
}

test('no response within --timeout: retried as Event Grid retries a timeout, then dead-lettered without a status', async () => {
  const { url, received, server } = await receiver(() => 0);
  // A status of 0 is never written: the request stays unanswered.
  server.removeAllListeners('request');
  server.on('request', (request, response) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(200, { 'WebHook-Allowed-Origin': '*' });
      response.end();
    } else received.push({ method: request.method ?? '', headers: request.headers, body: '' });
  });
  const dir = await mkdtemp(path.join(tmpdir(), 'acs-dead-letter-'));
  try {
    const args = ['--endpoint', url, '--schema', 'cloudevents', '--count', '1', '--timeout', '0.3'];
    const run = await simulate([...args, '--max-delivery-attempts', '2', '--dead-letter', dir, ...FAST]);
    assert.is(run.code, 1, run.stderr);
    assert.is(received.length, 2, 'two attempts');
    const [file] = await readdir(dir);
    const record = JSON.parse(await readFile(path.join(dir, file!), 'utf8')) as Record<string, unknown>;
    assert.equal(
      [
        record.deadLetterReason,
        record.deliveryAttempts,
        record.lastDeliveryOutcome,
        'lastHttpStatusCode' in record,
      ],
      ['MaxDeliveryAttemptsExceeded', 2, 'TimedOut', false],
    );
  } finally {
    server.closeAllConnections();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a receiver that refuses the handshake: exit 1, no delivery', async () => {
  const server = createServer((_request, response) => {
    response.writeHead(200);
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const run = await simulate(['--endpoint', `http://127.0.0.1:${port}/`, '--schema', 'cloudevents']);
    assert.is(run.code, 1);
    assert.is(
      run.stderr,
      'acs-events-simulate: handshake failed: OPTIONS → 200, WebHook-Allowed-Origin: (missing) (expected eventgrid.azure.net or *)\n',
    );
  } finally {
    server.close();
  }
});

test('bad arguments: one line and the usage, exit 2, no stack trace', async () => {
  const run = await simulate(['--endpoint', 'http://127.0.0.1:1/', '--max-events-per-batch', '6000']);
  assert.is(run.code, 2);
  const [first, blank, usage] = run.stderr.split('\n');
  assert.equal(
    [first, blank, usage],
    [
      'acs-events-simulate: --max-events-per-batch must be an integer from 1 to 5000, got "6000"',
      '',
      'Usage: acs-events-simulate --endpoint <url> [options]',
    ],
  );
  assert.not.match(run.stderr, /\n\s+at /);
});

test.run();
