/**
 * The webhook receiver's throughput: events per second through the package's node:http adapter
 * (`createWebhook` with a handler for every event type, `toNodeListener`) against a bare node:http
 * server that only reads the body and JSON.parses it, side by side in one process over loopback.
 * One keep-alive client drives both with the same requests (`concurrency` in flight); rounds
 * alternate which server goes first; the median of the rounds is reported. Batches of 1, 10 and 100
 * events, cycled from the docs samples (Event Grid schema), each event with an id of its own so the
 * receiver's memory of handled events never skips one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  Agent,
  createServer,
  request,
  type IncomingMessage,
  type RequestListener,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../fuzz/targets.ts';
import type * as WebhookExports from '../../generated/package/dist/webhook.js';

export interface ReceiverRow {
  batch: number;
  ours: number;
  bare: number;
  /** ours / bare events per second. */
  ratio: number;
}
export interface ReceiverBench {
  rounds: number;
  concurrency: number;
  rows: ReceiverRow[];
  target: number;
  met: boolean;
}

type WebhookModule = typeof WebhookExports;

const FIXTURES = path.join(ROOT, 'generated/package/fixtures');
const BATCHES = [1, 10, 100];
/** Events sent per server per round, whatever the batch size. */
const EVENTS_PER_ROUND = 3000;

function docsEvents(): Record<string, unknown>[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(path.join(FIXTURES, entry.name))
        .filter((file) => file.endsWith('.event-grid.json'))
        .sort()
        .map(
          (file) =>
            JSON.parse(readFileSync(path.join(FIXTURES, entry.name, file), 'utf8')) as Record<
              string,
              unknown
            >,
        ),
    );
}

/** The bodies of one run: `count` batches of `size` events, ids never repeated across the whole bench. */
function bodies(
  events: readonly Record<string, unknown>[],
  size: number,
  count: number,
  next: () => number,
): Buffer[] {
  return Array.from({ length: count }, () =>
    Buffer.from(
      JSON.stringify(
        Array.from({ length: size }, () => {
          const n = next();
          return { ...events[n % events.length], id: `bench-${n}` };
        }),
      ),
    ),
  );
}

const bareListener: RequestListener = (req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    res.writeHead(200).end();
  });
};

async function listen(listener: RequestListener): Promise<{ server: Server; port: number }> {
  const server = createServer({ keepAlive: true }, listener);
  // Idle keep-alive sockets live longer than any pause of the bench (a loaded machine pauses
  // seconds), so the client never reuses a socket the server is closing.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** POSTs every body with `concurrency` in flight; the wall time in ms. Any status but 200 is an error. */
async function drive(
  port: number,
  agent: Agent,
  payloads: readonly Buffer[],
  concurrency: number,
): Promise<number> {
  let next = 0;
  const post = (body: Buffer) =>
    new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/',
          agent,
          headers: {
            'content-type': 'application/json',
            'aeg-event-type': 'Notification',
            'content-length': body.length,
          },
        },
        (res: IncomingMessage) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`)),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const worker = async () => {
    while (next < payloads.length) await post(payloads[next++]!);
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchReceiver(
  options: { rounds?: number; concurrency?: number } = {},
): Promise<ReceiverBench> {
  const rounds = options.rounds ?? 7;
  const concurrency = options.concurrency ?? 8;
  const module = (await import(
    pathToFileURL(path.join(ROOT, 'generated/package/dist/webhook.js')).href
  )) as WebhookModule;
  let handled = 0;
  const webhook = module.createWebhook().onAnyEvent(() => {
    handled++;
  });
  const ours = await listen(module.toNodeListener(webhook));
  const bare = await listen(bareListener);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const events = docsEvents();
  let counter = 0;
  const next = () => counter++;
  const rows: ReceiverRow[] = [];
  try {
    for (const size of BATCHES) {
      const count = Math.ceil(EVENTS_PER_ROUND / size);
      // Warm-up of both, untimed.
      await drive(ours.port, agent, bodies(events, size, count, next), concurrency);
      await drive(bare.port, agent, bodies(events, size, count, next), concurrency);
      const rates = { ours: [] as number[], bare: [] as number[] };
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const);
        for (const which of order) {
          const payloads = bodies(events, size, count, next);
          const ms = await drive((which === 'ours' ? ours : bare).port, agent, payloads, concurrency);
          rates[which].push((count * size * 1000) / ms);
        }
      }
      const row = { batch: size, ours: median(rates.ours), bare: median(rates.bare) };
      rows.push({ ...row, ratio: row.ours / row.bare });
    }
  } finally {
    agent.destroy();
    ours.server.close();
    bare.server.close();
  }
  const expected = BATCHES.reduce(
    (sum, size) => sum + Math.ceil(EVENTS_PER_ROUND / size) * size * (rounds + 1),
    0,
  );
  if (handled !== expected) throw new Error(`the receiver handled ${handled} events, expected ${expected}`);
  const target = 0.8;
  return { rounds, concurrency, rows, target, met: rows.every((row) => row.ratio >= target) };
}
