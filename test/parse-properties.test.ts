/**
 * Properties of parseEvents over generated input (fast-check, fixed seeds): it never throws, never
 * writes to its input, always returns a list of results whose events are snapshots (plain data, not
 * the caller's objects), and a valid event equals its input read as JSON. Runs the built package.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseEvents, type ParsedEvent } from '../generated/package/dist/index.js';

type Json = Record<string, unknown>;
const catalog = JSON.parse(readFileSync(new URL('../generated/catalog.json', import.meta.url), 'utf8')) as {
  events: { type: string; samples: { corrected: Json }[] }[];
};
const SAMPLES = catalog.events.flatMap((event) => event.samples.map((sample) => sample.corrected));
const RUNS = { numRuns: 300, seed: 20261202 };

/**
 * Any value fast-check makes: objects with odd prototypes, boxed values, typed arrays, sparse arrays,
 * bigints … (not Maps and Sets: a structured clone of one keyed by objects never equals it).
 */
const anything = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A docs sample with a generated value put at a random path (or a random key removed). */
const altered = (values: fc.Arbitrary<unknown>) =>
  fc
    .tuple(fc.constantFrom(...SAMPLES), fc.nat(), fc.option(values, { nil: undefined }), fc.string())
    .map(([sample, pick, value, key]) => {
      const event = structuredClone(sample);
      const containers: Json[] = [];
      const walk = (node: unknown) => {
        if (node !== null && typeof node === 'object') {
          containers.push(node as Json);
          for (const child of Object.values(node)) walk(child);
        }
      };
      walk(event);
      const target = containers[pick % containers.length]!;
      const keys = Object.keys(target);
      const name = keys.length > 0 && pick % 3 !== 0 ? keys[pick % keys.length]! : key;
      if (value === undefined) delete target[name];
      else target[name] = value;
      return event;
    });
const alteredSample = altered(anything);
/** Altered with JSON values only: what JSON text can carry. */
const alteredJson = altered(fc.jsonValue({ maxDepth: 4 }));

const asBody = fc.oneof(
  alteredSample,
  alteredSample.map((event) => [event, event]),
  alteredJson.map((event) => JSON.stringify(event)),
  alteredJson.map((event) => new TextEncoder().encode(JSON.stringify(event))),
  anything,
  fc.string(),
  fc.uint8Array(),
);

function checkResults(results: ParsedEvent[], body: unknown): void {
  assert.ok(Array.isArray(results));
  for (const result of results) {
    if (result.status === 'invalid') {
      assert.ok(result.errors.length > 0, 'an invalid result names an error');
      continue;
    }
    assert.is.not(result.event, body, 'the event is a snapshot, not the body');
    if (Array.isArray(body)) assert.not.ok(body.includes(result.event), 'not an event of the body');
  }
}

test('never throws, and every result is well-formed', () => {
  fc.assert(
    fc.property(asBody, fc.boolean(), (body, strict) => {
      checkResults(parseEvents(body, { strict }), body);
    }),
    RUNS,
  );
});

test('never writes to its input', () => {
  fc.assert(
    fc.property(alteredSample, (event) => {
      const before = structuredClone(event);
      parseEvents([event, event]);
      assert.equal(structuredClone(event), before);
    }),
    RUNS,
  );
});

test('a valid or unknown event equals its input read as JSON', () => {
  fc.assert(
    fc.property(alteredJson, (event) => {
      const [result] = parseEvents(event);
      if (result === undefined || result.status === 'invalid') return;
      assert.equal(result.event, JSON.parse(JSON.stringify(event)));
    }),
    RUNS,
  );
});

test('text, bytes and parsed JSON of the same event give the same results', () => {
  fc.assert(
    fc.property(alteredJson, (event) => {
      const text = JSON.stringify(event);
      const parsed = JSON.parse(text) as unknown;
      const outcomes = [
        text,
        new TextEncoder().encode(text),
        new TextEncoder().encode(text).buffer,
        parsed,
      ].map((body) =>
        parseEvents(body).map((result) => (result.status === 'invalid' ? result.errors : result.event)),
      );
      for (const other of outcomes.slice(1)) assert.equal(other, outcomes[0]);
    }),
    RUNS,
  );
});

test.run();
