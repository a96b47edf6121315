// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * Delivers batches the way Event Grid does: each batch is one request, all or nothing; a failed
 * batch goes back in the queue for its retry time while the others go on; a batch Event Grid gives
 * up on is dead-lettered event by event. Up to `concurrency` requests are in flight at once.
 */
import { batchBody, type Batch } from './delivery-batching.js';
import type { DeadLetterFacts } from './delivery-dead-letter.js';
import { deliveryRequest, type DeliverySchema } from './delivery-headers.js';
import { nextStep, outcomeName, type AttemptOutcome, type RetryPolicy } from './delivery-policy.js';
import type { DeliveryCounts } from './delivery-report.js';
import type { Clock, Transport } from './delivery-transport.js';

export interface DeliverySettings {
  url: string;
  schema: DeliverySchema;
  subscriptionName: string;
  policy: RetryPolicy;
  concurrency: number;
  /** CloudEvents one at a time go as a single object (`application/cloudevents+json`), not an array. */
  single: boolean;
}

export interface DeliveryEffects {
  transport: Transport;
  clock: Clock;
  /** The wall-clock time as an ISO 8601 string, for dead-letter records. */
  wallTime: () => string;
  deadLetter: (event: unknown, facts: DeadLetterFacts) => Promise<void>;
  /** Called after every attempt, with the counts so far. */
  onAttempt?: (counts: DeliveryCounts) => void;
}

interface Job {
  batch: Batch<unknown>;
  attempts: number;
  dueAt: number;
}

/** Delivers `batches`, updating `counts` as it goes; resolves with every answered request's latency. */
export async function deliverBatches(
  batches: readonly Batch<unknown>[],
  settings: DeliverySettings,
  effects: DeliveryEffects,
  counts: DeliveryCounts,
): Promise<number[]> {
  const { clock } = effects;
  const publishedAt = clock.now();
  const publishTime = effects.wallTime();
  const latencies: number[] = [];
  const queue: Job[] = batches.map((batch) => ({ batch, attempts: 0, dueAt: publishedAt }));
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const notify = () => waiting.splice(0).forEach((resolve) => resolve());

  const attempt = async (job: Job) => {
    const first = job.batch.events[0];
    const body = settings.single && first ? first.json : batchBody(job.batch);
    const request = deliveryRequest(settings.url, body, {
      schema: settings.schema,
      subscriptionName: settings.subscriptionName,
      deliveryCount: job.attempts,
      dataVersion: first?.dataVersion ?? '',
      single: settings.single,
    });
    const started = clock.now();
    const response = await effects.transport(request);
    const outcome: AttemptOutcome = 'error' in response ? response : { status: response.status };
    if (!('error' in response)) latencies.push(clock.now() - started);
    job.attempts++;
    counts.attempts++;
    if (job.attempts === 2) counts.retried += job.batch.events.length;
    const step = nextStep(outcome, job.attempts, clock.now() - publishedAt, settings.policy);
    if (step.kind === 'delivered') counts.delivered += job.batch.events.length;
    else if (step.kind === 'retry') queue.push({ ...job, dueAt: clock.now() + step.delayMs });
    else {
      const facts: DeadLetterFacts = {
        reason: step.reason,
        attempts: job.attempts,
        lastOutcome: outcomeName(outcome),
        ...('status' in outcome ? { lastStatus: outcome.status } : {}),
        publishTime,
        lastAttemptTime: effects.wallTime(),
      };
      for (const item of job.batch.events) await effects.deadLetter(item.event, facts);
      counts.deadLettered += job.batch.events.length;
    }
    effects.onAttempt?.(counts);
  };

  const worker = async () => {
    for (;;) {
      queue.sort((a, b) => a.dueAt - b.dueAt);
      const next = queue[0];
      if (next === undefined) {
        if (inFlight === 0) return notify();
        await new Promise<void>((resolve) => waiting.push(resolve));
        continue;
      }
      const wait = next.dueAt - clock.now();
      if (wait > 0) {
        await clock.sleep(wait);
        continue;
      }
      queue.shift();
      inFlight++;
      try {
        await attempt(next);
      } finally {
        inFlight--;
        notify();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, worker));
  return latencies;
}
