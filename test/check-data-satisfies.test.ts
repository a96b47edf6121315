/**
 * generator/model/data-schema-satisfies.ts decides a value's validity as the checker's Ajv does
 * (the checker then asks Ajv for errors only when it says invalid): hand-picked edges of every
 * keyword and of Ajv's options, then generated and mutated values (the fuzzer's arbitraries) over
 * every event of the golden catalog and the fuzzer's kitchen sink.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { JsonSchema, RawDefinitionsFile, RawEvent } from '../generator/model/catalog-model.ts';
import { newDataSchemaAjv } from '../generator/model/data-schema-ajv.ts';
import { refsResolve, satisfies } from '../generator/model/data-schema-satisfies.ts';
import { load, parseCatalogFile } from '../generator/stages/load.ts';
import { schemaArbitrary } from '../scripts/fuzz/arbitrary.ts';
import { clone, mutatedArbitrary } from '../scripts/fuzz/mutate.ts';
import { ROOT } from '../scripts/fuzz/targets.ts';

const ajv = newDataSchemaAjv({ allErrors: true });

/** Ajv's verdict on `value` against `schema` with `definitions` as its $defs. */
function ajvSays(schema: JsonSchema, definitions: ReadonlyMap<string, JsonSchema>, value: unknown): boolean {
  return ajv.compile({ ...schema, $defs: Object.fromEntries(definitions) })(value);
}

const inherited = Object.create({ id: 'from the prototype' }) as object;
const protoKey = JSON.parse('{"__proto__": 1}') as object;
const definitions = new Map<string, JsonSchema>([
  ['Id', { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] }],
  ['Kind', { type: 'string', enum: ['a', 'b'] }],
]);

// [schema, values] — each value's verdict must be Ajv's (both verdicts occur for each schema).
const cases: [JsonSchema, unknown[]][] = [
  [{ type: 'number' }, [1, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1', null]],
  [{ type: 'integer' }, [1, 1.0, -0, 1.5, 2 ** 64, Number.NaN, Number.NEGATIVE_INFINITY, '1']],
  [{ type: ['string', 'null'] }, ['', null, 0, false, [], {}]],
  [{ type: 'object' }, [{}, [], null, 'x']],
  [{ type: 'array', items: { type: 'boolean' } }, [[], [true, false], [true, 1], {}, 'x']],
  [{ type: 'boolean' }, [true, false, 0, 'true', null]],
  [{ enum: ['a', 1, true, null] }, ['a', 1, true, null, 'b', 0, false, ['a'], { a: 1 }]],
  [{ const: null }, [null, 0, '', false, {}]],
  [{ const: 0 }, [0, -0, '0', false, null]],
  [{ format: 'int32' }, [0, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 1.5, 'x', null]],
  [{ format: 'int64' }, [2 ** 53, 2 ** 63, 2 ** 64, 1.5, 'x']],
  [{ type: 'number', format: 'double' }, [1.5, 'x', null]],
  [
    { type: 'string', format: 'date-time' },
    ['2021-02-11T10:00:00Z', '2016-12-31T23:59:60Z', '2021-02-30T10:00:00Z', '2021-02-11', 'x', 1],
  ],
  [{ format: 'date-time' }, [1, null, {}, '2021-02-11T10:00:00+01:00', '2021-02-11T10:00:00']],
  [{ format: 'duration' }, ['PT1H', 'P1W', 'P', 'PT', 'P1DT', 1, null]],
  [
    { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
    [{ a: 'x' }, {}, { a: 1 }, { a: undefined }, inherited, { a: 'x', b: 1 }, [], null],
  ],
  [{ type: 'object', required: ['id'] }, [inherited, { id: 1 }, {}]],
  [
    { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
    [{}, { a: 'x' }, { b: 1 }, protoKey, { constructor: 1 }, { toString: 'x' }],
  ],
  [
    { properties: { a: { type: 'string' } }, additionalProperties: { type: 'integer' } },
    [{ a: 'x', b: 1 }, { a: 'x', b: 'y' }, { b: 1.5 }, 'not an object'],
  ],
  [{ anyOf: [{ type: 'string' }, { type: 'null' }] }, ['x', null, 1]],
  [{ oneOf: [{ type: 'integer' }, { type: 'number' }] }, [1, 1.5, 'x']],
  [{ oneOf: [{ const: 'a' }, { const: 'b' }] }, ['a', 'b', 'c']],
  [
    { allOf: [{ $ref: '#/$defs/Id' }, { type: 'object', properties: { n: { type: 'integer' } } }] },
    [{ id: 'x' }, { id: 'x', n: 1 }, { id: 'x', n: 'y' }, { n: 1 }, 'x'],
  ],
  [
    { $ref: '#/$defs/Kind', description: 'a documented kind', examples: ['a'], deprecated: true },
    ['a', 'b', 'c', 1],
  ],
  [
    { type: 'array', items: { anyOf: [{ $ref: '#/$defs/Id' }, { type: 'null' }] } },
    [[], [null, { id: 'x' }], [{ id: 1 }], [{}]],
  ],
];

test('hand-picked edges: the verdict is Ajv’s', () => {
  for (const [schema, values] of cases) {
    assert.ok(refsResolve(schema, definitions), JSON.stringify(schema));
    const verdicts = values.map((value) => ajvSays(schema, definitions, value));
    assert.ok(
      verdicts.includes(true) && verdicts.includes(false),
      `${JSON.stringify(schema)} has both verdicts`,
    );
    values.forEach((value, i) =>
      assert.is(
        satisfies(schema, value, definitions),
        verdicts[i],
        `${JSON.stringify(schema)} on ${fc.stringify(value)}`,
      ),
    );
  }
});

test('refsResolve: every $ref reachable, through definitions, names one (else Ajv cannot compile)', () => {
  const withMissing = new Map<string, JsonSchema>([
    ['Outer', { type: 'object', properties: { inner: { $ref: '#/$defs/Missing' } } }],
    ['Loop', { type: 'object', properties: { next: { $ref: '#/$defs/Loop' } } }],
  ]);
  const table: [JsonSchema, boolean][] = [
    [{ type: 'string' }, true],
    [{ $ref: '#/$defs/Loop' }, true],
    [{ $ref: '#/$defs/Missing' }, false],
    [{ type: 'array', items: { anyOf: [{ $ref: '#/$defs/Outer' }] } }, false],
    [{ properties: { a: { oneOf: [{ type: 'null' }, { $ref: '#/$defs/Nowhere' }] } } }, false],
  ];
  for (const [schema, resolves] of table) {
    assert.is(refsResolve(schema, withMissing), resolves, JSON.stringify(schema));
    let compiles = true;
    try {
      ajv.compile({ ...schema, $defs: Object.fromEntries(withMissing) });
    } catch {
      compiles = false;
    }
    assert.is(compiles, resolves, `Ajv compiles ${JSON.stringify(schema)}`);
  }
});

/** Every event of a catalog (and more event files), with the catalog's definitions. */
async function catalogSchemas(
  dir: string,
  more: string[] = [],
): Promise<{ events: [string, JsonSchema][]; definitions: Map<string, JsonSchema> }> {
  const loaded = await load(dir, 'catalog');
  for (const file of more)
    loaded.files.push(parseCatalogFile(file, 'event', await readFile(path.join(ROOT, file), 'utf8')).file!);
  const events: [string, JsonSchema][] = [];
  let definitions = new Map<string, JsonSchema>();
  for (const file of loaded.files) {
    if (file.kind === 'event') events.push([file.path, (file.value as RawEvent).schema]);
    if (file.kind === 'definitions')
      definitions = new Map(
        Object.entries((file.value as RawDefinitionsFile).definitions).map(([name, d]) => [name, d.schema]),
      );
  }
  return { events, definitions };
}

test('generated and mutated values over every event of the catalog, the golden one and the kitchen sink: the verdict is Ajv’s', async () => {
  const catalogs = [
    await catalogSchemas(path.join(ROOT, 'catalog')),
    await catalogSchemas(path.join(ROOT, 'test', 'golden', 'catalog'), ['scripts/fuzz/kitchen-sink.yaml']),
  ];
  let valid = 0;
  let invalid = 0;
  let index = 0;
  for (const { events, definitions } of catalogs) {
    const $defs = Object.fromEntries(definitions);
    for (const [file, schema] of events) {
      const validate = ajv.compile({ ...schema, $defs });
      const generated = schemaArbitrary({ ...schema, $defs }, { nearMisses: true });
      const values = fc.sample(
        fc.oneof(
          { weight: 1, arbitrary: generated.map(clone) },
          { weight: 3, arbitrary: mutatedArbitrary(generated) },
        ),
        { numRuns: 60, seed: 20261203 + index++ },
      );
      for (const value of values) {
        const verdict = validate(value);
        if (verdict) valid++;
        else invalid++;
        assert.is(satisfies(schema, value, definitions), verdict, `${file} on ${fc.stringify(value)}`);
      }
    }
  }
  assert.ok(index > 55, `${index} events`);
  assert.ok(valid > 500 && invalid > 1500, `valid ${valid}, invalid ${invalid}`);
});

test.run();
