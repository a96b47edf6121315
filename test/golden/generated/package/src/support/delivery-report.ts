// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/** The simulator's final report: counts and request latency percentiles, as text or JSON. */

export interface DeliveryCounts {
  /** Events read or made. */
  events: number;
  /** Events the subscription filter dropped. */
  filtered: number;
  delivered: number;
  deadLettered: number;
  /** Events that needed at least one retry (whatever their fate). */
  retried: number;
  batches: number;
  /** HTTP delivery requests, first attempts and retries. */
  attempts: number;
}

export interface DeliveryReport extends DeliveryCounts {
  schema: string;
  handshake: string;
  /** Response time of every delivery request that got a response, in milliseconds. */
  latencyMs: { p50: number; p99: number; max: number };
  durationMs: number;
}

/** Nearest-rank percentile (`p` in 0–100) of `values`; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function latencySummary(latencies: readonly number[]): DeliveryReport['latencyMs'] {
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    max: round(percentile(latencies, 100)),
  };
}

export function reportText(report: DeliveryReport): string {
  const rows: [string, string][] = [
    ['schema', report.schema],
    ['handshake', report.handshake],
    ['events', String(report.events)],
    ['filtered out', String(report.filtered)],
    ['delivered', String(report.delivered)],
    ['retried', String(report.retried)],
    ['dead-lettered', String(report.deadLettered)],
    ['batches', String(report.batches)],
    ['requests', String(report.attempts)],
    [
      'latency',
      `p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`,
    ],
    ['duration', `${Math.round(report.durationMs)} ms`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n') + '\n';
}

/**
 * A progress line at most every `intervalMs`, and always on the last call (`done`); undefined when
 * it is not time yet.
 */
export function progressThrottle(
  intervalMs: number,
): (now: number, counts: DeliveryCounts, done?: boolean) => string | undefined {
  let last = -Infinity;
  return (now, counts, done = false) => {
    if (!done && now - last < intervalMs) return undefined;
    last = now;
    const settled = counts.delivered + counts.deadLettered + counts.filtered;
    return `${settled}/${counts.events} events settled: ${counts.delivered} delivered, ${counts.deadLettered} dead-lettered, ${counts.filtered} filtered out, ${counts.attempts} requests`;
  };
}
