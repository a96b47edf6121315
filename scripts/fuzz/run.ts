/**
 * Differential fuzzing: for each event, values from the schema arbitrary (and the docs samples),
 * mostly mutated, must get the same verdict from our validate/is and from Ajv on the emitted schema.
 * fast-check shrinks a disagreement to a small value and reports the seed and path that replay it.
 */
import fc from 'fast-check';
import { schemaArbitrary } from './arbitrary.ts';
import { clone, mutatedArbitrary } from './mutate.ts';
import { agree, verdicts, type Target, type Verdicts } from './targets.ts';

export interface Disagreement {
  type: string;
  /** The seed fast-check ran this event with (derived from the run's seed and the event's index). */
  seed: number;
  /** fast-check's replay path (with the event's seed, reproduces the shrunk case). */
  path: string;
  /** fc.stringify of the shrunk value (shows -0, NaN and own "__proto__" keys faithfully). */
  value: string;
  verdicts: Verdicts;
  /** What our validate reported, when it rejected the value. */
  errors: unknown;
  /** What Ajv (allErrors) reported, when it rejected the value. */
  ajvErrors: unknown;
  replay: string;
}

export interface FuzzReport {
  runs: number;
  seed: number;
  perEvent: { type: string; runs: number; valid: number; invalid: number; ms: number }[];
  disagreements: Disagreement[];
  ms: number;
}

export interface FuzzOptions {
  /** Total cases, spread evenly over the targets. */
  runs: number;
  seed: number;
  /** Only these event types (all if empty). */
  only?: string[];
  /** Replay one shrunk case: requires a single target in `only`. */
  path?: string;
  onProgress?: (line: string) => void;
}

/** Valid values (generated and the docs samples) and, 3 times out of 4, mutated ones. */
export function caseArbitrary(target: Target): fc.Arbitrary<unknown> {
  // Generated values sometimes hold a format near miss: mutations never break a format's range.
  const generated = schemaArbitrary(target.schema, { nearMisses: true });
  const sources =
    target.samples.length > 0
      ? fc.oneof(
          { weight: 3, arbitrary: generated },
          { weight: 1, arbitrary: fc.constantFrom(...target.samples).map(clone) },
        )
      : generated;
  return fc.oneof(
    { weight: 1, arbitrary: sources.map(clone) },
    { weight: 3, arbitrary: mutatedArbitrary(sources) },
  );
}

export function seedFor(base: number, index: number): number {
  return (base + index * 7919) | 0;
}

export function runFuzz(targets: readonly Target[], options: FuzzOptions): FuzzReport {
  const started = performance.now();
  const selected = options.only?.length
    ? targets.filter((t) => options.only!.includes(t.type))
    : [...targets];
  if (selected.length === 0) throw new Error(`no event type matches ${options.only?.join(', ')}`);
  const perTarget = Math.max(1, Math.ceil(options.runs / selected.length));
  const report: FuzzReport = { runs: 0, seed: options.seed, perEvent: [], disagreements: [], ms: 0 };
  for (const target of selected) {
    const index = targets.indexOf(target);
    const seed = seedFor(options.seed, index);
    let valid = 0;
    let invalid = 0;
    const t0 = performance.now();
    const property = fc.property(caseArbitrary(target), (value) => {
      const v = verdicts(target, value);
      if (v.ajvAll) valid++;
      else invalid++;
      return agree(v, target.wireForms);
    });
    const details = fc.check(property, {
      numRuns: perTarget,
      seed,
      ...(options.path ? { path: options.path, endOnFailure: true } : {}),
    });
    report.runs += details.numRuns;
    report.perEvent.push({
      type: target.type,
      runs: details.numRuns,
      valid,
      invalid,
      ms: performance.now() - t0,
    });
    if (details.failed && details.counterexample) {
      const value = details.counterexample[0];
      const ajvErrors = target.ajvAll(value) ? undefined : target.ajvAll.errors;
      const ours = target.validate(value);
      report.disagreements.push({
        type: target.type,
        seed: details.seed,
        path: details.counterexamplePath ?? '',
        value: fc.stringify(value),
        verdicts: verdicts(target, value),
        errors: ours.ok ? undefined : ours.errors,
        ajvErrors,
        replay: `npm run fuzz -- --event ${target.type} --seed ${options.seed} --path ${details.counterexamplePath ?? ''}`,
      });
    } else if (details.failed) {
      // The property threw rather than returned false: report the error as a disagreement too.
      report.disagreements.push({
        type: target.type,
        seed: details.seed,
        path: details.counterexamplePath ?? '',
        value: String(details.errorInstance),
        verdicts: { validate: false, is: false, ajvAll: false, ajvFirst: false },
        errors: String(details.errorInstance),
        ajvErrors: undefined,
        replay: `npm run fuzz -- --event ${target.type} --seed ${options.seed}`,
      });
    }
    options.onProgress?.(
      `${details.failed ? 'DISAGREE' : 'ok      '} ${target.type.padEnd(62)} ${String(details.numRuns).padStart(7)} cases ` +
        `(${valid} valid, ${invalid} invalid) ${Math.round(performance.now() - t0)}ms`,
    );
  }
  report.ms = performance.now() - started;
  return report;
}

export function formatDisagreement(d: Disagreement): string {
  return [
    `disagreement on ${d.type}:`,
    `  value:    ${d.value}`,
    `  verdicts: validate=${d.verdicts.validate} is=${d.verdicts.is} ajv(allErrors)=${d.verdicts.ajvAll} ajv(first)=${d.verdicts.ajvFirst}`,
    `  ours:     ${JSON.stringify(d.errors)}`,
    `  ajv:      ${JSON.stringify(d.ajvErrors)}`,
    `  seed ${d.seed}, path ${d.path}`,
    `  replay:   ${d.replay}`,
  ].join('\n');
}
