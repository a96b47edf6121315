// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p / 100 * sorted.length));
  return sorted[rank - 1];
}
function latencySummary(latencies) {
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    max: round(percentile(latencies, 100))
  };
}
function reportText(report) {
  const rows = [
    ["schema", report.schema],
    ["handshake", report.handshake],
    ["events", String(report.events)],
    ["filtered out", String(report.filtered)],
    ["delivered", String(report.delivered)],
    ["retried", String(report.retried)],
    ["dead-lettered", String(report.deadLettered)],
    ["batches", String(report.batches)],
    ["requests", String(report.attempts)],
    [
      "latency",
      `p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`
    ],
    ["duration", `${Math.round(report.durationMs)} ms`]
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n") + "\n";
}
function progressThrottle(intervalMs) {
  let last = -Infinity;
  return (now, counts, done = false) => {
    if (!done && now - last < intervalMs) return void 0;
    last = now;
    const settled = counts.delivered + counts.deadLettered + counts.filtered;
    return `${settled}/${counts.events} events settled: ${counts.delivered} delivered, ${counts.deadLettered} dead-lettered, ${counts.filtered} filtered out, ${counts.attempts} requests`;
  };
}
export {
  latencySummary,
  percentile,
  progressThrottle,
  reportText
};
