/**
 * A short, bounded, fixed-seed run of the differential fuzzer (`npm run fuzz` runs 100,000+ cases):
 * generated validators and guards must agree with Ajv on the emitted JSON Schemas. Also checks that
 * the fuzzer itself has teeth: it must catch deliberately broken validators.
 */
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { JsonSchema } from '../generator/model/catalog-model.ts';
import { mapValueSchema, type Definitions } from '../generator/model/schema-refs.ts';
import { discriminated, enumShape, inheritance, splitNullable } from '../generator/model/schema-shapes.ts';
import {
  brokenDateTimeArbitrary,
  dateTimeArbitrary,
  durationArbitrary,
  schemaArbitrary,
} from '../scripts/fuzz/arbitrary.ts';
import { KITCHEN_SINK_TYPE, kitchenSinkTargets } from '../scripts/fuzz/kitchen-sink.ts';
import { applyMutation, clone } from '../scripts/fuzz/mutate.ts';
import { formatDisagreement, runFuzz } from '../scripts/fuzz/run.ts';
import { newDataSchemaAjv } from '../generator/model/data-schema-ajv.ts';
import { loadTargets, type Target } from '../scripts/fuzz/targets.ts';

const SEED = 20240611;
let targets: Target[] = [];

test.before(async () => {
  targets = await loadTargets();
});

test('3,000 cases over every event: validate, is and Ajv (allErrors on and off) agree', () => {
  const report = runFuzz(targets, { runs: 3000, seed: SEED });
  assert.equal(report.disagreements.map(formatDisagreement), []);
  assert.ok(report.runs >= 3000, `ran ${report.runs}`);
  const valid = report.perEvent.reduce((n, e) => n + e.valid, 0);
  const invalid = report.perEvent.reduce((n, e) => n + e.invalid, 0);
  // Both sides of the boundary get exercised.
  assert.ok(valid > 600 && invalid > 600, `valid ${valid}, invalid ${invalid}`);
});

test('kitchen sink: generator output for every schema keyword (const, anyOf, oneOf, number, null, maps, closed objects, and format v2) agrees with Ajv', async () => {
  const sink = await kitchenSinkTargets();
  const report = runFuzz(sink, { runs: 1000, seed: SEED, only: [KITCHEN_SINK_TYPE] });
  assert.equal(report.disagreements.map(formatDisagreement), []);
  assert.is(report.runs, 1000);
});

test('the kitchen sink uses every keyword and idiom of catalog format v2', async () => {
  const sink = (await kitchenSinkTargets()).find((target) => target.type === KITCHEN_SINK_TYPE)!;
  const schema = sink.schema as unknown as JsonSchema;
  const definitions = new Map(
    Object.entries((sink.schema.$defs ?? {}) as Record<string, JsonSchema>),
  ) as Definitions;
  const nodes: JsonSchema[] = [];
  const walk = (node: JsonSchema) => {
    nodes.push(node);
    for (const child of [
      ...Object.values(node.properties ?? {}),
      ...(node.items ? [node.items] : []),
      ...(typeof node.additionalProperties === 'object' ? [node.additionalProperties] : []),
      ...(node.anyOf ?? []),
      ...(node.oneOf ?? []),
      ...(node.allOf ?? []),
    ])
      walk(child);
  };
  walk(schema);
  const uses: Record<string, (node: JsonSchema) => boolean> = {
    'type list (nullable)': (node) => splitNullable(node).nullable && Array.isArray(node.type),
    'nullable $ref': (node) => splitNullable(node).nullable && node.anyOf !== undefined,
    'format date-time': (node) => node.format === 'date-time',
    'format duration': (node) => node.format === 'duration',
    'format int32': (node) => node.format === 'int32',
    'format int64': (node) => node.format === 'int64',
    'format double': (node) => node.format === 'double',
    'closed documented enum': (node) => node.oneOf !== undefined && enumShape(node)?.open === false,
    'open documented enum': (node) => enumShape(node)?.open === true,
    'allOf inheritance': (node) => (inheritance(node)?.bases.length ?? 0) > 0,
    'discriminated union': (node) => discriminated(node, definitions) !== undefined,
    'map of any value': (node) =>
      node.properties === undefined &&
      (node.additionalProperties === true ||
        (typeof node.additionalProperties === 'object' &&
          Object.keys(node.additionalProperties).length === 0)),
    'map of a schema': (node) => mapValueSchema(node) !== undefined,
  };
  for (const [idiom, used] of Object.entries(uses))
    assert.ok(nodes.some(used), `kitchen sink lacks ${idiom}`);
});

test('the fuzzer catches a validator that skips the int32 range on the kitchen sink', async () => {
  const sink = (await kitchenSinkTargets()).find((target) => target.type === KITCHEN_SINK_TYPE)!;
  const weak = mutant(sink, (schema) => {
    delete (schema.properties as Record<string, Record<string, unknown>>).small!.format;
  });
  const report = runFuzz([weak], { runs: 2000, seed: SEED, only: [KITCHEN_SINK_TYPE] });
  assert.is(report.disagreements.length, 1);
});

test('unmutated values from the schema arbitrary are valid for every real event', () => {
  for (const target of targets) {
    fc.assert(
      fc.property(schemaArbitrary(target.schema), (value) => target.ajvAll(value) === true),
      { numRuns: 30, seed: SEED },
    );
  }
});

test('date-time arbitraries: valid ones pass Ajv, broken ones mostly fail it', () => {
  const ajv = newDataSchemaAjv({ allErrors: false }).compile({ type: 'string', format: 'date-time' });
  fc.assert(
    fc.property(dateTimeArbitrary(), (s) => ajv(s) === true),
    { numRuns: 500, seed: SEED },
  );
  const broken = fc.sample(brokenDateTimeArbitrary(), { numRuns: 500, seed: SEED });
  const rejected = broken.filter((s) => !ajv(s)).length;
  assert.ok(rejected > 400, `only ${rejected} of 500 broken timestamps rejected`);
});

test('duration arbitrary: durations Ajv accepts; with near misses, some it rejects', () => {
  const ajv = newDataSchemaAjv({ allErrors: false }).compile({ type: 'string', format: 'duration' });
  fc.assert(
    fc.property(durationArbitrary(), (value) => ajv(value) === true),
    { numRuns: 600, seed: SEED },
  );
  const values = fc.sample(durationArbitrary({ nearMisses: true }), { numRuns: 600, seed: SEED });
  const accepted = values.filter((value) => ajv(value)).length;
  assert.ok(accepted > 400 && accepted < 600, `${accepted} of 600 accepted`);
});

test('mutations never modify their input and keep "__proto__" an own key', () => {
  const original = { a: { b: [1, 2] }, c: 'x' };
  const frozen = JSON.stringify(original);
  for (let at = 0; at < 8; at++) {
    for (const kind of [
      'drop-property',
      'rename-property',
      'swap-type',
      'nest-deeper',
      'unknown-key',
      'array-item',
    ] as const) {
      applyMutation(clone(original), { kind, at, pick: at * 3, payload: { p: 1 }, timestamp: 'x' });
    }
  }
  assert.is(JSON.stringify(original), frozen);
  const mutated = applyMutation(clone(original), {
    kind: 'unknown-key',
    at: 0,
    pick: 0,
    payload: 1,
    timestamp: '',
  }) as object;
  assert.ok(Object.hasOwn(mutated, '__proto__'));
  assert.is(Object.getPrototypeOf(mutated), Object.prototype);
  assert.is(({} as Record<string, unknown>).p, undefined);
});

/** A target whose validator and guard are Ajv on a weakened schema: the fuzzer must notice. */
function mutant(target: Target, weaken: (schema: Record<string, unknown>) => void): Target {
  const schema = structuredClone(target.schema) as Record<string, unknown>;
  weaken(schema);
  const wrong = newDataSchemaAjv({ allErrors: true }).compile(schema);
  return {
    ...target,
    validate: (value) => ({ ok: wrong(value) }),
    is: (value) => wrong(value),
  };
}

test('the fuzzer catches a validator that skips date-time checks, and shrinks the case', () => {
  const target = targets.find((t) => t.type === 'Microsoft.Communication.ChatMessageReceived')!;
  const weak = mutant(target, (schema) => {
    delete (schema.properties as Record<string, Record<string, unknown>>).composeTime!.format;
  });
  const report = runFuzz([weak], { runs: 3000, seed: SEED });
  assert.is(report.disagreements.length, 1);
  const found = report.disagreements[0]!;
  assert.ok(found.verdicts.validate && !found.verdicts.ajvAll, formatDisagreement(found));
  assert.match(
    found.replay,
    /npm run fuzz -- --event Microsoft\.Communication\.ChatMessageReceived --seed \d+ --path [\d:]+/,
  );
});

test('the fuzzer catches a validator that forgets a required property', () => {
  const target = targets.find((t) => t.type === 'Microsoft.Communication.SMSReceived')!;
  const weak = mutant(target, (schema) => {
    schema.required = (schema.required as string[]).filter((name) => name !== 'to');
  });
  const report = runFuzz([weak], { runs: 3000, seed: SEED });
  assert.is(report.disagreements.length, 1);
});

test.run();
