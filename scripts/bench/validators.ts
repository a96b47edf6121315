/**
 * Generated validators vs Ajv compiled from the emitted JSON Schemas (set up as
 * generator/model/data-schema-ajv.ts says, through the fuzz targets), in one process, interleaved: each round times ours then Ajv (or Ajv then ours,
 * alternating) over the same payloads, after a warm-up. Reports the median ops/s over the rounds.
 *
 * Payloads: the docs samples' corrected data and factory-made data (generated/package/dist/fixtures.js)
 * as valid payloads; the factories' invalid variants that break `data` as invalid ones.
 * Every payload's validity is checked against Ajv before timing.
 *
 * Modes: guard (isX vs Ajv allErrors: false) and validate (validateX vs Ajv allErrors: true).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTargets, ROOT, type Target } from '../fuzz/targets.ts';

export interface Pair {
  ours: number;
  ajv: number;
  /** ours / ajv: above 1, ours is faster. */
  ratio: number;
}
export interface ValidatorBench {
  payloads: { valid: number; invalid: number; sources: string };
  rounds: number;
  guard: { valid: Pair; invalid: Pair };
  validate: { valid: Pair; invalid: Pair };
}

interface Payload {
  target: Target;
  value: unknown;
}

interface FixturesModule {
  factories: Record<string, (overrides?: unknown, options?: { seed?: number }) => { data: unknown }>;
  invalidVariants: Record<string, readonly { path: string; status: string; event: { data?: unknown } }[]>;
}

/** The generated fixtures: the pipeline emits them beside the validators, so they are always there. */
async function loadFixtures(): Promise<FixturesModule> {
  return (await import(
    pathToFileURL(path.join(ROOT, 'generated/package/dist/fixtures.js')).href
  )) as FixturesModule;
}

async function payloads(
  targets: Target[],
): Promise<{ valid: Payload[]; invalid: Payload[]; sources: string }> {
  const fixtures = await loadFixtures();
  const valid: Payload[] = [];
  const invalid: Payload[] = [];
  for (const target of targets) {
    for (const data of target.samples) valid.push({ target, value: data });
    const factory = fixtures.factories[target.type];
    for (let seed = 1; seed <= 3 && factory; seed++)
      valid.push({ target, value: factory({}, { seed }).data });
    for (const variant of fixtures.invalidVariants[target.type] ?? []) {
      if (variant.status === 'invalid' && variant.path.startsWith('/data'))
        invalid.push({ target, value: variant.event.data });
    }
  }
  // As a webhook receives them: fresh from JSON.parse (the factories' objects are frozen and some
  // had properties deleted, which changes their in-memory shape). Keep only payloads Ajv classifies
  // as labelled (a mislabelled payload would skew the comparison).
  const keep = (list: Payload[], ok: boolean) =>
    list
      .map(({ target, value }) => ({
        target,
        value: value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown),
      }))
      .filter(({ target, value }) => target.ajvAll(value) === ok);
  const sources = 'docs samples + factories (seeds 1-3) / factory invalid variants of data';
  return { valid: keep(valid, true), invalid: keep(invalid, false), sources };
}

type Check = (value: unknown) => boolean;

type Batch = (checks: Check[], values: unknown[], iterations: number) => { ms: number; sink: number };

/**
 * Runs `checks[i](values[i])` over all payloads `iterations` times; returns ms and a sink. A fresh
 * function (own bytecode, own type feedback) per side and comparison, so neither side's call sites
 * inherit the other's (or an earlier mode's) megamorphic feedback.
 */
function newBatch(): Batch {
  return new Function(
    'checks',
    'values',
    'iterations',
    `let sink = 0;
     const n = values.length;
     const start = performance.now();
     for (let r = 0; r < iterations; r++) {
       for (let i = 0; i < n; i++) if (checks[i](values[i])) sink++;
     }
     return { ms: performance.now() - start, sink };`,
  ) as Batch;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function compare(
  list: Payload[],
  ours: (t: Target) => Check,
  ajv: (t: Target) => Check,
  rounds: number,
  batchMs: number,
): Pair {
  const values = list.map((p) => p.value);
  const a = list.map((p) => ours(p.target));
  const b = list.map((p) => ajv(p.target));
  const runA = newBatch();
  const runB = newBatch();
  const batch = (checks: Check[], values: unknown[], iterations: number) =>
    (checks === a ? runA : runB)(checks, values, iterations);
  // Warm-up (JIT) and calibration: enough iterations for ~batchMs per batch on the slower side.
  let iterations = 1;
  for (let spent = 0; spent < 1000;) {
    const x = batch(a, values, iterations).ms;
    const y = batch(b, values, iterations).ms;
    spent += x + y;
    if (Math.max(x, y) < batchMs) iterations *= 2;
  }
  const oursRates: number[] = [];
  const ajvRates: number[] = [];
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['ours', 'ajv'] : ['ajv', 'ours'];
    for (const who of order) {
      const result = batch(who === 'ours' ? a : b, values, iterations);
      sink += result.sink;
      (who === 'ours' ? oursRates : ajvRates).push((iterations * values.length * 1000) / result.ms);
    }
  }
  if (sink < 0) console.log(sink); // keep the results alive
  const o = median(oursRates);
  const j = median(ajvRates);
  return { ours: Math.round(o), ajv: Math.round(j), ratio: Math.round((o / j) * 100) / 100 };
}

export async function benchValidators(
  options: { rounds?: number; batchMs?: number } = {},
): Promise<ValidatorBench> {
  const rounds = options.rounds ?? 15;
  const batchMs = options.batchMs ?? 40;
  const targets = await loadTargets();
  const { valid, invalid, sources } = await payloads(targets);
  // Both sides wrapped alike: one closure per event calling the event's own function.
  const guardOurs =
    (t: Target): Check =>
    (v) =>
      t.is(v);
  const guardAjv =
    (t: Target): Check =>
    (v) =>
      t.ajvFirst(v);
  const validateOurs =
    (t: Target): Check =>
    (v) =>
      t.validate(v).ok;
  const validateAjv =
    (t: Target): Check =>
    (v) =>
      t.ajvAll(v);
  return {
    payloads: { valid: valid.length, invalid: invalid.length, sources },
    rounds,
    guard: {
      valid: compare(valid, guardOurs, guardAjv, rounds, batchMs),
      invalid: compare(invalid, guardOurs, guardAjv, rounds, batchMs),
    },
    validate: {
      valid: compare(valid, validateOurs, validateAjv, rounds, batchMs),
      invalid: compare(invalid, validateOurs, validateAjv, rounds, batchMs),
    },
  };
}
