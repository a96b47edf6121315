/**
 * Generated validators vs the fastest peers, in one process, interleaved: each round times every
 * side over the same payloads (the order rotating from round to round), after a warm-up that sizes
 * each side's batch; reports the median ops/s over the rounds. Time is the main thread's CPU time
 * (see threadClock), and each side calls its own exported functions from a batch function of its
 * own (see newBatch). The sides:
 * - ours: generated/package/dist/validators.js (isX, validateX);
 * - typia: `is` / `validate` compiled by typia from our own types.ts (scripts/bench/peer-typia.ts);
 * - Ajv: compiled from the emitted JSON Schemas, set up as generator/model/data-schema-ajv.ts says
 *   (through the fuzz targets);
 * - Ajv standalone: the same Ajv's code as ES modules, without Ajv (scripts/bench/peer-ajv-standalone.ts).
 *
 * Payloads: the docs samples' corrected data and factory-made data (generated/package/dist/fixtures.js)
 * as valid payloads; the factories' invalid variants that break `data` as invalid ones. Every
 * payload's validity is checked against Ajv before timing; each peer's verdicts are compared with
 * ours and the differences reported (typia checks types only, so it accepts, e.g., a bad date-time).
 *
 * Modes: guard (isX, typia `is`, Ajv allErrors: false) and validate (validateX, typia `validate`,
 * Ajv allErrors: true).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTargets, ROOT, type Target } from '../fuzz/targets.ts';
import { newDataSchemaAjv } from '../../generator/model/data-schema-ajv.ts';
import { ABLATIONS, freshValidators, type ValidatorsModule } from './ours-ablations.ts';
import { buildAjvStandalone, standaloneExport, type Check } from './peer-ajv-standalone.ts';
import { buildTypia } from './peer-typia.ts';
import { median } from './median.ts';

export const SIDES = ['ours', 'typia', 'ajv', 'ajvStandalone'] as const;
export type Side = (typeof SIDES)[number];
export type Mode = 'guard' | 'validate';
export type Kind = 'valid' | 'invalid';

/**
 * Median ops/s per side (a side that could not be built is absent), and ours/peer: the median over
 * the rounds of ours' rate over the peer's in the same round (the machine's load, which moves every
 * side's rate, cancels out within a round).
 */
export type Rates = Partial<Record<Side, number>> & { vsOurs?: Partial<Record<Side, number>> };

export interface Disagreement {
  peer: Exclude<Side, 'ours'>;
  mode: Mode;
  kind: Kind;
  /** How many payloads of that kind the peer judged otherwise than ours. */
  count: number;
  total: number;
  /** The first few, e.g. "ChatMessageReceived: /data/composeTime is not a date-time". */
  examples: string[];
}

export interface ValidatorBench {
  payloads: { valid: number; invalid: number; sources: string };
  rounds: number;
  peers: { typia: string; ajvStandalone: string };
  guard: Record<Kind, Rates>;
  validate: Record<Kind, Rates>;
  /** Per event (with --per-event): rates on its valid and invalid payloads together, guard and validate. */
  perEvent: { event: string; payloads: number; guard: Rates; validate: Rates }[];
  /**
   * Where our time goes against typia, on the valid payloads: ours, ours with a kind of check
   * switched off (scripts/bench/ours-ablations.ts), typia, and typia checking the date-time formats
   * too (types.ts with typia's date-time tags: its regular expression, which checks the shape but not
   * the days of the month); ops/s per mode. A variant that could not be built is listed in `notBuilt`.
   */
  ablations: { guard: Record<string, number>; validate: Record<string, number>; notBuilt: string[] };
  disagreements: Disagreement[];
}

interface Payload {
  target: Target;
  value: unknown;
  label: string;
}

interface FixturesModule {
  factories: Record<string, (overrides?: unknown, options?: { seed?: number }) => { data: unknown }>;
  invalidVariants: Record<
    string,
    readonly { name: string; path: string; status: string; event: { data?: unknown } }[]
  >;
}

/** The generated fixtures: the pipeline emits them beside the validators, so they are always there. */
async function loadFixtures(): Promise<FixturesModule> {
  return (await import(
    pathToFileURL(path.join(ROOT, 'generated/package/dist/fixtures.js')).href
  )) as FixturesModule;
}

export async function payloads(
  targets: Target[],
): Promise<{ valid: Payload[]; invalid: Payload[]; sources: string }> {
  const fixtures = await loadFixtures();
  const valid: Payload[] = [];
  const invalid: Payload[] = [];
  for (const target of targets) {
    for (const [i, data] of target.samples.entries())
      valid.push({ target, value: data, label: `docs sample ${i + 1}` });
    const factory = fixtures.factories[target.type];
    for (let seed = 1; seed <= 3 && factory; seed++)
      valid.push({ target, value: factory({}, { seed }).data, label: `factory seed ${seed}` });
    for (const variant of fixtures.invalidVariants[target.type] ?? []) {
      if (variant.status === 'invalid' && variant.path.startsWith('/data'))
        invalid.push({ target, value: variant.event.data, label: variant.name });
    }
  }
  // As a webhook receives them: fresh from JSON.parse (the factories' objects are frozen and some
  // had properties deleted, which changes their in-memory shape). Keep only payloads Ajv classifies
  // as labelled (a mislabelled payload would skew the comparison).
  const keep = (list: Payload[], ok: boolean) =>
    list
      .map((p) => ({
        ...p,
        value: p.value === undefined ? undefined : (JSON.parse(JSON.stringify(p.value)) as unknown),
      }))
      .filter(({ target, value }) => target.ajvAll(value) === ok);
  const sources = 'docs samples + factories (seeds 1-3) / factory invalid variants of data';
  return { valid: keep(valid, true), invalid: keep(invalid, false), sources };
}

type Batch = (
  checks: ((value: unknown) => unknown)[],
  values: unknown[],
  iterations: number,
) => { ms: number; sink: number };

/**
 * CPU ms of this thread: on Linux, /proc/thread-self/schedstat (nanoseconds the main thread ran).
 * Not the process's CPU time (process.cpuUsage): that counts V8's worker threads too (concurrent
 * marking and compilation, driven by whatever ran before), which added a median 50-70 % and up to
 * 7x to a batch's time, charged to whichever side happened to be running. Nor wall time: the
 * machine is shared, and a batch preempted for a while would count that while.
 *
 * The kernel brings a running thread's figure up to date only at a scheduler tick (every 4 ms here)
 * or a context switch, so a bare read is up to a tick stale: ±10 % on a 40 ms batch, and medians
 * that snap to ratios of small whole numbers. Sleeping 10 µs first (Atomics.wait) switches context,
 * which brings it up to date: measured, a 10 ms busy loop reads 10.07-10.20 ms, against 7-12 bare.
 */
export function threadClock(): () => number {
  const file = '/proc/thread-self/schedstat';
  const cell = new Int32Array(new SharedArrayBuffer(4));
  try {
    const read = () => {
      Atomics.wait(cell, 0, 0, 0.01);
      return Number(readFileSync(file, 'latin1').split(' ', 1)[0]) / 1e6;
    };
    if (Number.isFinite(read())) return read;
  } catch {
    // not Linux: the process's CPU time
  }
  return () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
}

/**
 * Runs the checks over all payloads `iterations` times; returns the thread's CPU ms and a sink.
 * A fresh function (own bytecode, own type feedback) per side and comparison, which calls the
 * side's exported functions directly and reads their verdict (`verdict`, over `r`, the result):
 * no wrapper shared by the events of a side or by the sides, whose call site would see them all.
 */
function newBatch(verdict: string, clock: () => number): Batch {
  return (
    new Function(
      'clock',
      `return function batch(checks, values, iterations) {
         let sink = 0;
         const n = values.length;
         const start = clock();
         for (let round = 0; round < iterations; round++) {
           for (let i = 0; i < n; i++) {
             const r = checks[i](values[i]);
             if (${verdict}) sink++;
           }
         }
         return { ms: clock() - start, sink };
       };`,
    ) as (clock: () => number) => Batch
  )(clock);
}

/**
 * A side: its exported function for an event, called directly, and how its result `r` reads as a
 * verdict (a JavaScript expression: `r`, `r.ok`, `r.success`).
 */
interface SideCheck {
  of: (t: Target) => (value: unknown) => unknown;
  verdict: 'r' | 'r.ok' | 'r.success';
}
type Sides = Record<Mode, Partial<Record<Side, SideCheck>>>;

/** A side's verdict on one payload (outside the timed batches). */
function judge(side: SideCheck): (p: Payload) => boolean {
  const read = new Function('r', `return Boolean(${side.verdict});`) as (r: unknown) => boolean;
  return (p) => read(side.of(p.target)(p.value));
}

interface Budget {
  rounds: number;
  batchMs: number;
  warmupMs: number;
}

function compare<K extends string>(
  list: Payload[],
  sides: Partial<Record<K, SideCheck>>,
  budget: Budget,
): { rates: Partial<Record<K, number>>; vsOurs: Partial<Record<K, number>> } {
  const values = list.map((p) => p.value);
  const clock = threadClock();
  const runs = (Object.entries(sides) as [K, SideCheck][]).map(([side, check]) => ({
    side,
    checks: list.map((p) => check.of(p.target)),
    batch: newBatch(check.verdict, clock),
    iterations: 1,
    rates: [] as number[],
  }));
  // Warm-up (JIT) and calibration: enough iterations for ~batchMs per batch on each side. (With one
  // count for all, sized on the slowest side, a fast side's batch lasted 1-3 ms.)
  for (let spent = 0; spent < budget.warmupMs;) {
    for (const run of runs) {
      const { ms } = run.batch(run.checks, values, run.iterations);
      spent += ms;
      if (ms < budget.batchMs) run.iterations *= 2;
    }
  }
  let sink = 0;
  for (let round = 0; round < budget.rounds; round++) {
    for (let k = 0; k < runs.length; k++) {
      const run = runs[(round + k) % runs.length]!;
      const result = run.batch(run.checks, values, run.iterations);
      sink += result.sink;
      run.rates.push((run.iterations * values.length * 1000) / result.ms);
    }
  }
  if (sink < 0) console.log(sink); // keep the results alive
  const rates = Object.fromEntries(runs.map((run) => [run.side, Math.round(median(run.rates))]));
  const ours = runs.find((run) => run.side === 'ours');
  const vsOurs = Object.fromEntries(
    runs
      .filter((run) => ours !== undefined && run !== ours)
      .map((run) => [run.side, median(run.rates.map((rate, round) => ours!.rates[round]! / rate))]),
  );
  return { rates: rates as Partial<Record<K, number>>, vsOurs: vsOurs as Partial<Record<K, number>> };
}

/** ours / peer, two decimals: above 1, ours is faster. */
export function ratio(rates: Rates, peer: Side): number | undefined {
  const r = rates.vsOurs?.[peer] ?? (rates.ours && rates[peer] ? rates.ours / rates[peer] : undefined);
  return r === undefined ? undefined : Math.round(r * 100) / 100;
}

function disagreements(lists: Record<Kind, Payload[]>, sides: Sides): Disagreement[] {
  const found: Disagreement[] = [];
  for (const mode of ['guard', 'validate'] as const) {
    const ours = sides[mode].ours!;
    for (const [peer, check] of Object.entries(sides[mode])) {
      if (peer === 'ours') continue;
      for (const kind of ['valid', 'invalid'] as const) {
        const [peerCheck, oursCheck] = [judge(check), judge(ours)];
        const differing = lists[kind].filter((p) => peerCheck(p) !== oursCheck(p));
        if (differing.length === 0) continue;
        found.push({
          peer: peer as Disagreement['peer'],
          mode,
          kind,
          count: differing.length,
          total: lists[kind].length,
          examples: differing
            .slice(0, 4)
            .map((p) => `${p.target.type.replace(/^Microsoft\.Communication\./, '')}: ${p.label}`),
        });
      }
    }
  }
  return found;
}

const typeName = (t: Target) => t.validatorName.replace(/^validate/, '');

/** Our validators as sides (from a module validators.js's exports). */
function oursFrom(module: ValidatorsModule): Record<Mode, SideCheck> {
  return {
    guard: { of: (t) => module[t.guardName]!, verdict: 'r' },
    validate: { of: (t) => module[t.validatorName]!, verdict: 'r.ok' },
  };
}

type BuiltTypia = { file: string; version: string } | { unavailable: string };

interface Built {
  work: string;
  typia: BuiltTypia;
  /** typia from types.ts with date-time tags (peer-typia.ts withDateTimeTags). */
  typiaDateTimes: BuiltTypia;
  standalone: string;
}

let instances = 0;

/** `make` once per event. */
function perTarget(make: (t: Target) => Check): (t: Target) => Check {
  const made = new Map<Target, Check>();
  return (t) => {
    let found = made.get(t);
    if (found === undefined) made.set(t, (found = make(t)));
    return found;
  };
}

/**
 * Every side, freshly loaded: new module instances (and a new Ajv compilation), so that each
 * comparison starts from code that has seen only its own payloads; each event's own exported
 * function, called directly.
 */
async function freshSides(built: Built): Promise<Sides> {
  const instance = ++instances;
  const ours = await freshValidators(built.work);
  if (typeof ours === 'string') throw new Error(ours);
  const load = async (file: string) =>
    (await import(`${pathToFileURL(file).href}?instance=${instance}`)) as Record<string, Check>;
  const standalone = await load(built.standalone);
  const ajvFirst = newDataSchemaAjv({ allErrors: false });
  const ajvAll = newDataSchemaAjv({ allErrors: true });
  const sides: Sides = {
    guard: {
      ours: oursFrom(ours).guard,
      ajv: { of: perTarget((t) => ajvFirst.compile(t.ajvFirst.schema) as Check), verdict: 'r' },
      ajvStandalone: { of: (t) => standalone[standaloneExport(t, false)]!, verdict: 'r' },
    },
    validate: {
      ours: oursFrom(ours).validate,
      ajv: { of: perTarget((t) => ajvAll.compile(t.ajvAll.schema) as Check), verdict: 'r' },
      ajvStandalone: { of: (t) => standalone[standaloneExport(t, true)]!, verdict: 'r' },
    },
  };
  if ('file' in built.typia) {
    const typia = await load(built.typia.file);
    sides.guard.typia = { of: (t) => typia[`is${typeName(t)}`]!, verdict: 'r' };
    sides.validate.typia = { of: (t) => typia[`validate${typeName(t)}`]!, verdict: 'r.success' };
  }
  return sides;
}

async function measureAblations(
  valid: Payload[],
  built: Built,
  budget: Budget,
): Promise<ValidatorBench['ablations']> {
  const notBuilt: string[] = [];
  const result = { guard: {} as Record<string, number>, validate: {} as Record<string, number>, notBuilt };
  for (const mode of ['guard', 'validate'] as const) {
    const fresh = await freshSides(built);
    const sides: Record<string, SideCheck> = { ours: fresh[mode].ours! };
    for (const [name, patches] of Object.entries(ABLATIONS)) {
      const loaded = await freshValidators(built.work, patches);
      if (typeof loaded === 'string') {
        if (mode === 'guard') notBuilt.push(`${name}: ${loaded}`);
      } else sides[`ours ${name}`] = oursFrom(loaded)[mode];
    }
    if (fresh[mode].typia) sides.typia = fresh[mode].typia;
    if ('file' in built.typiaDateTimes) {
      const typia = (await import(
        `${pathToFileURL(built.typiaDateTimes.file).href}?instance=${++instances}`
      )) as Record<string, Check>;
      sides['typia checking date-times'] =
        mode === 'guard'
          ? { of: (t) => typia[`is${typeName(t)}`]!, verdict: 'r' }
          : { of: (t) => typia[`validate${typeName(t)}`]!, verdict: 'r.success' };
    } else if (mode === 'guard')
      notBuilt.push(`typia checking date-times: ${built.typiaDateTimes.unavailable}`);
    result[mode] = compare(valid, sides, budget).rates as Record<string, number>;
  }
  return result;
}

export async function benchValidators(
  options: { rounds?: number; batchMs?: number; perEvent?: boolean } = {},
): Promise<ValidatorBench> {
  const budget = { rounds: options.rounds ?? 15, batchMs: options.batchMs ?? 40, warmupMs: 1000 };
  const targets = await loadTargets();
  const { valid, invalid, sources } = await payloads(targets);
  const work = await mkdtemp(path.join(os.tmpdir(), 'acs-bench-peers-'));
  try {
    const built: Built = {
      work,
      typia: await buildTypia(targets.map(typeName), work),
      typiaDateTimes: await buildTypia(targets.map(typeName), work, { dateTimes: true }),
      standalone: await buildAjvStandalone(targets, work),
    };
    const measure = async (mode: Mode, list: Payload[], b: Budget): Promise<Rates> => {
      const { rates, vsOurs } = compare(list, (await freshSides(built))[mode], b);
      return { ...rates, vsOurs };
    };
    const aggregate = {
      guard: {
        valid: await measure('guard', valid, budget),
        invalid: await measure('guard', invalid, budget),
      },
      validate: {
        valid: await measure('validate', valid, budget),
        invalid: await measure('validate', invalid, budget),
      },
    };
    const ablations = await measureAblations(valid, built, budget);
    const perEvent: ValidatorBench['perEvent'] = [];
    if (options.perEvent === true) {
      // Smaller batches than the aggregate's: 59 events x 2 modes x 4 sides.
      const small = { rounds: 7, batchMs: 20, warmupMs: 300 };
      for (const target of targets) {
        const list = [...valid, ...invalid].filter((p) => p.target === target);
        if (list.length === 0) continue;
        perEvent.push({
          event: target.type,
          payloads: list.length,
          guard: await measure('guard', list, small),
          validate: await measure('validate', list, small),
        });
      }
    }
    return {
      payloads: { valid: valid.length, invalid: invalid.length, sources },
      rounds: budget.rounds,
      peers: {
        typia:
          'unavailable' in built.typia
            ? `not measured: ${built.typia.unavailable}`
            : `typia ${built.typia.version}`,
        ajvStandalone: 'ajv/dist/standalone, ES modules bundled by esbuild',
      },
      ...aggregate,
      perEvent,
      ablations,
      disagreements: disagreements({ valid, invalid }, await freshSides(built)),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
