/**
 * npm run fuzz -- [--runs N] [--seed S] [--event TYPE]… [--path P] [--json]
 *
 * Differential fuzzing of the generated validators against Ajv on the emitted JSON Schema.
 * Exit 0 when every verdict agreed, 1 on any disagreement (each printed shrunk, with its replay
 * command), 2 on an internal error.
 */
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';
import { formatDisagreement, runFuzz, type Disagreement, type FuzzReport } from './fuzz/run.ts';
import { KITCHEN_SINK_TYPE, kitchenSinkTargets } from './fuzz/kitchen-sink.ts';
import { loadTargets, type Target } from './fuzz/targets.ts';

const HELP = `Usage: npm run fuzz -- [--runs N] [--seed S] [--event TYPE]... [--path P] [--json]

Generates values from each event's data JSON Schema (generated/package/schemas/data), mutates most
of them, and checks that validateX(...).ok and isX(...) agree with Ajv (allErrors on and off) on
every value.

  --runs N      total cases, spread over the events (default 100000); the kitchen-sink event
                (a schema using every keyword of the catalog's subset, compiled in memory from
                test/golden/catalog + scripts/fuzz/kitchen-sink.yaml) gets N/5 more
  --skip-kitchen-sink   fuzz only the committed package's validators
  --seed S      base seed (default: random; printed so the run can be repeated)
  --event TYPE  only this event type (repeatable)
  --path P      replay one shrunk counterexample (with --seed and a single --event)
  --json        print the report as one JSON object on the last line`;

runCli(async () => {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '100000' },
      seed: { type: 'string' },
      event: { type: 'string', multiple: true },
      path: { type: 'string' },
      json: { type: 'boolean', default: false },
      'skip-kitchen-sink': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs expects a positive integer, found ${values.runs}`);
  const seed =
    values.seed === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed expects an integer, found ${values.seed}`);
  if (values.path && values.event?.length !== 1)
    throw new Error('--path replays one case: give exactly one --event');

  const targets = await loadTargets();
  const only = values.event ?? [];
  const wantsSink = !values['skip-kitchen-sink'] && (only.length === 0 || only.includes(KITCHEN_SINK_TYPE));
  const wantsPackage = only.length === 0 || only.some((type) => type !== KITCHEN_SINK_TYPE);
  console.log(`fuzzing ${only.length || targets.length} event types, ${runs} cases, seed ${seed}`);
  const report = {
    runs: 0,
    ms: 0,
    perEvent: [] as { valid: number; invalid: number }[],
    disagreements: [] as Disagreement[],
  };
  const add = (part: FuzzReport) => {
    report.runs += part.runs;
    report.ms += part.ms;
    report.perEvent.push(...part.perEvent);
    report.disagreements.push(...part.disagreements);
  };
  const fuzz = (list: Target[], n: number, filter: string[]) =>
    add(
      runFuzz(list, {
        runs: n,
        seed,
        ...(filter.length ? { only: filter } : {}),
        ...(values.path ? { path: values.path } : {}),
        onProgress: (line) => console.log(line),
      }),
    );
  if (wantsPackage)
    fuzz(
      targets,
      runs,
      only.filter((type) => type !== KITCHEN_SINK_TYPE),
    );
  if (wantsSink) {
    console.log('kitchen sink (generator output for every schema keyword, compiled in memory):');
    fuzz(await kitchenSinkTargets(), only.length ? runs : Math.ceil(runs / 5), [KITCHEN_SINK_TYPE]);
  }
  for (const disagreement of report.disagreements) console.error(formatDisagreement(disagreement));
  const valid = report.perEvent.reduce((n, e) => n + e.valid, 0);
  const invalid = report.perEvent.reduce((n, e) => n + e.invalid, 0);
  console.log(
    `${report.runs} cases (${valid} valid, ${invalid} invalid by Ajv) in ${(report.ms / 1000).toFixed(1)}s, seed ${seed}: ` +
      `${report.disagreements.length} disagreement${report.disagreements.length === 1 ? '' : 's'}`,
  );
  if (values.json) {
    console.log(
      JSON.stringify({
        runs: report.runs,
        seed,
        valid,
        invalid,
        ms: Math.round(report.ms),
        disagreements: report.disagreements,
      }),
    );
  }
  return report.disagreements.length === 0 ? 0 : 1;
});
