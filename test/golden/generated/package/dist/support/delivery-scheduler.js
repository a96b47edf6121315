// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { batchBody } from "./delivery-batching.js";
import { deliveryRequest } from "./delivery-headers.js";
import { nextStep, outcomeName } from "./delivery-policy.js";
async function deliverBatches(batches, settings, effects, counts) {
  const { clock } = effects;
  const publishedAt = clock.now();
  const publishTime = effects.wallTime();
  const latencies = [];
  const queue = batches.map((batch) => ({ batch, attempts: 0, dueAt: publishedAt }));
  let inFlight = 0;
  const waiting = [];
  const notify = () => waiting.splice(0).forEach((resolve) => resolve());
  const attempt = async (job) => {
    const first = job.batch.events[0];
    const body = settings.single && first ? first.json : batchBody(job.batch);
    const request = deliveryRequest(settings.url, body, {
      schema: settings.schema,
      subscriptionName: settings.subscriptionName,
      deliveryCount: job.attempts,
      dataVersion: first?.dataVersion ?? "",
      single: settings.single
    });
    const started = clock.now();
    const response = await effects.transport(request);
    const outcome = "error" in response ? response : { status: response.status };
    if (!("error" in response)) latencies.push(clock.now() - started);
    job.attempts++;
    counts.attempts++;
    if (job.attempts === 2) counts.retried += job.batch.events.length;
    const step = nextStep(outcome, job.attempts, clock.now() - publishedAt, settings.policy);
    if (step.kind === "delivered") counts.delivered += job.batch.events.length;
    else if (step.kind === "retry") queue.push({ ...job, dueAt: clock.now() + step.delayMs });
    else {
      const facts = {
        reason: step.reason,
        attempts: job.attempts,
        lastOutcome: outcomeName(outcome),
        ..."status" in outcome ? { lastStatus: outcome.status } : {},
        publishTime,
        lastAttemptTime: effects.wallTime()
      };
      for (const item of job.batch.events) await effects.deadLetter(item.event, facts);
      counts.deadLettered += job.batch.events.length;
    }
    effects.onAttempt?.(counts);
  };
  const worker = async () => {
    for (; ; ) {
      queue.sort((a, b) => a.dueAt - b.dueAt);
      const next = queue[0];
      if (next === void 0) {
        if (inFlight === 0) return notify();
        await new Promise((resolve) => waiting.push(resolve));
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
export {
  deliverBatches
};
