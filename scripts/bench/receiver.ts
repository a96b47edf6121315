/**
 * The webhook receiver's throughput: events per second through the package's node:http adapter
 * (`createWebhook` with a handler for every event type, `toNodeListener`) against a bare node:http
 * server that only reads the body and JSON.parses it, side by side in one process over loopback.
 *
 * Fairness: one keep-alive client drives both with the same bodies (`concurrency` in flight); both
 * read the body from 'data' events and answer 200 with the same bytes on the wire; each round runs
 * both back to back, alternating which goes first (an even number of rounds: each goes first as
 * often), and the ratio is the median of the rounds' own ratios (so a change of machine load between
 * rounds cancels out). Every run has enough requests to last about as long whatever the batch size.
 * The bodies of every round are made before the timed runs, and the heap is collected (untimed)
 * before each run: no run pays for the garbage of another, or of making the bodies. Batches of 1, 10 and 100 events, cycled from the
 * docs samples (Event Grid schema), each event with an id of its own so the receiver's memory of
 * handled events never skips one.
 *
 * Beside wall time, the process's CPU time per event (client and server share the process, so it is
 * the whole cost of an event), which a loaded machine disturbs much less; and, without HTTP, what
 * an event costs in the webhook core against `JSON.parse` alone: what bounds the ratio.
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
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ROOT } from '../fuzz/targets.ts';
import { median } from './median.ts';
import type * as TypesExports from '../../generated/package/dist/types.js';
import type * as WebhookExports from '../../generated/package/dist/webhook.js';

export interface ReceiverRow {
  batch: number;
  /** Requests per run. */
  requests: number;
  /** Events per second, the median of the rounds. */
  ours: number;
  bare: number;
  /** The median of the rounds' ours/bare events per second. */
  ratio: number;
  /** CPU time of the process per event (µs), the median of the rounds. */
  oursCpu: number;
  bareCpu: number;
  /** The median of the rounds' bare/ours CPU time per event. */
  cpuRatio: number;
  /** In one process without HTTP, CPU µs per event: the webhook core's `handle`, and `JSON.parse` of the same bytes. */
  coreCpu: number;
  parseCpu: number;
}
export interface ReceiverBench {
  rounds: number;
  concurrency: number;
  rows: ReceiverRow[];
  target: number;
  met: boolean;
}

type WebhookModule = typeof WebhookExports;
type Webhook = ReturnType<WebhookModule['createWebhook']>;

const FIXTURES = path.join(ROOT, 'generated/package/fixtures');
const DIST = path.join(ROOT, 'generated/package/dist');
/** Requests per run by batch size: a run of each lasts about as long (0.3–1 s on 2 idle cores). */
const REQUESTS: Record<number, number> = { 1: 2000, 10: 500, 100: 100 };
const HEADERS = { 'content-type': 'application/json', 'aeg-event-type': 'Notification' };

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

/** A full garbage collection (V8's `gc`, exposed at run time: the bench runs without --expose-gc). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

interface Run {
  ms: number;
  /** CPU time of the process, µs. */
  cpu: number;
}

/** POSTs every body with `concurrency` in flight, from a collected heap. Any status but 200 is an error. */
async function drive(
  port: number,
  agent: Agent,
  payloads: readonly Buffer[],
  concurrency: number,
  gc: () => void,
): Promise<Run> {
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
          headers: { ...HEADERS, 'content-length': body.length },
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
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpu: used.user + used.system };
}

const cpuSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return used.user + used.system;
};

/**
 * CPU µs per event of `JSON.parse` and of the webhook core's `handle` on the same bodies, in one
 * process, no HTTP; `parseFirst` alternates between rounds which pays for the garbage of the other.
 */
async function coreCost(
  webhook: Webhook,
  payloads: readonly Buffer[],
  size: number,
  parseFirst: boolean,
  gc: () => void,
): Promise<{ core: number; parse: number }> {
  const parse = () => {
    gc();
    const start = process.cpuUsage();
    for (const body of payloads) JSON.parse(body.toString('utf8'));
    return cpuSince(start);
  };
  const core = async () => {
    gc();
    const start = process.cpuUsage();
    for (const body of payloads) {
      const answer = await webhook.handle({
        method: 'POST',
        header: (name) => (name === 'content-length' ? String(body.length) : HEADERS[name as 'content-type']),
        readBody: () => Promise.resolve({ ok: true, body }),
      });
      if (answer.status !== 200) throw new Error(`the core answered ${answer.status}: ${answer.body}`);
    }
    return cpuSince(start);
  };
  const events = payloads.length * size;
  const parsed = parseFirst ? parse() : 0;
  const handled = await core();
  return { core: handled / events, parse: (parseFirst ? parsed : parse()) / events };
}

export async function benchReceiver(
  options: { rounds?: number; concurrency?: number } = {},
): Promise<ReceiverBench> {
  // Even: each server goes first in as many rounds.
  const rounds = 2 * Math.ceil((options.rounds ?? 10) / 2);
  const gc = collector();
  const concurrency = options.concurrency ?? 8;
  const module = (await import(pathToFileURL(path.join(DIST, 'webhook.js')).href)) as WebhookModule;
  const { acsEventTypes } = (await import(
    pathToFileURL(path.join(DIST, 'types.js')).href
  )) as typeof TypesExports;
  let handled = 0;
  const count = () => {
    handled++;
  };
  const withEveryHandler = () => {
    const webhook = module.createWebhook();
    for (const type of acsEventTypes) webhook.on(type, count);
    return webhook;
  };
  const ours = await listen(module.toNodeListener(withEveryHandler()));
  const bare = await listen(bareListener);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const events = docsEvents();
  let counter = 0;
  const next = () => counter++;
  const rows: ReceiverRow[] = [];
  let expected = 0;
  try {
    for (const size of Object.keys(REQUESTS).map(Number)) {
      const requests = REQUESTS[size]!;
      const run = async (which: 'ours' | 'bare', payloads: Buffer[]) =>
        drive((which === 'ours' ? ours : bare).port, agent, payloads, concurrency, gc);
      // Warm-up of both, untimed.
      for (const which of ['ours', 'bare'] as const) await run(which, bodies(events, size, requests, next));
      const perRound = { ours: [] as Run[], bare: [] as Run[] };
      const roundBodies = Array.from({ length: rounds }, () => bodies(events, size, requests, next));
      for (let round = 0; round < rounds; round++) {
        const payloads = roundBodies[round]!;
        const order = round % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const);
        for (const which of order) perRound[which].push(await run(which, payloads));
      }
      expected += requests * size * (rounds + 1);
      const rate = (r: Run) => (requests * size * 1000) / r.ms;
      const cpu = (r: Run) => r.cpu / (requests * size);
      const core = withEveryHandler();
      const costs: { core: number; parse: number }[] = [];
      const costBodies = Array.from({ length: rounds }, () => bodies(events, size, requests, next));
      for (let round = 0; round < rounds; round++)
        costs.push(await coreCost(core, costBodies[round]!, size, round % 2 === 0, gc));
      expected += requests * size * rounds;
      rows.push({
        batch: size,
        requests,
        ours: median(perRound.ours.map(rate)),
        bare: median(perRound.bare.map(rate)),
        ratio: median(perRound.ours.map((r, i) => rate(r) / rate(perRound.bare[i]!))),
        oursCpu: median(perRound.ours.map(cpu)),
        bareCpu: median(perRound.bare.map(cpu)),
        cpuRatio: median(perRound.ours.map((r, i) => cpu(perRound.bare[i]!) / cpu(r))),
        coreCpu: median(costs.map((cost) => cost.core)),
        parseCpu: median(costs.map((cost) => cost.parse)),
      });
    }
  } finally {
    agent.destroy();
    ours.server.close();
    bare.server.close();
  }
  if (handled !== expected) throw new Error(`the receiver handled ${handled} events, expected ${expected}`);
  const target = 0.8;
  return { rounds, concurrency, rows, target, met: rows.every((row) => row.ratio >= target) };
}
