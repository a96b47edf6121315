/**
 * The validators on catalog format v2's keywords (type lists, allOf inheritance, the duration/int32/
 * int64/double formats, documented open and closed enums, discriminated unions, maps): for each, a
 * table of values with the expected verdict, which validate, is and Ajv (the data-schema set-up)
 * must all give; then the errors and strict mode where v2 changes them.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { JsonSchema } from '../generator/model/catalog-model.ts';
import { newDataSchemaAjv } from '../generator/model/data-schema-ajv.ts';
import { EVENT, FORMAT_V2_CATALOG, SCHEMAS } from './support/format-v2-catalog.ts';
import { catalogOf, definitionsOf, ref } from './support/small-catalog.ts';
import { validatorsModule, type Guard, type Validate } from './support/validators-module.ts';

const string: JsonSchema = { type: 'string' };

const module = validatorsModule(FORMAT_V2_CATALOG);
const validate = module.validateAcsFormatV2EventData as Validate;
const is = module.isAcsFormatV2EventData as Guard;
const $defs = Object.fromEntries(Object.entries(SCHEMAS));
const ajvAll = newDataSchemaAjv({ allErrors: true }).compile({ ...EVENT, $defs });
const ajvFirst = newDataSchemaAjv({ allErrors: false }).compile({ ...EVENT, $defs });

type Case = [property: string, value: unknown, valid: boolean];

const TABLES: Record<string, Case[]> = {
  'type lists (nullable)': [
    ['nullableText', 'x', true],
    ['nullableText', null, true],
    ['nullableText', 1, false],
    ['nullableWhen', null, true],
    ['nullableWhen', '2021-02-25T21:38:03Z', true],
    ['nullableWhen', '2021-02-30T21:38:03Z', false],
    ['nullableWhen', 3, false],
    ['nullableCount', null, true],
    ['nullableCount', 2147483647, true],
    ['nullableCount', 2147483648, false],
    ['nullableCount', 1.5, false],
    ['nullableBase', null, true],
    ['nullableBase', { id: 'a' }, true],
    ['nullableBase', {}, false],
    ['nullableBase', 'a', false],
    ['anyOfTypes', 'a', true],
    ['anyOfTypes', 7, true],
    ['anyOfTypes', { x: true }, true],
    ['anyOfTypes', { x: 1 }, false],
    ['anyOfTypes', 1.5, false],
    ['anyOfTypes', null, false],
    ['anyOfTypes', [], false],
  ],
  formats: [
    ['duration', 'P1Y2M3DT4H5M6S', true],
    ['duration', 'PT0S', true],
    ['duration', 'P3W', true],
    ['duration', 'P', false],
    ['duration', 'PT', false],
    ['duration', 'PT1.5S', false],
    ['duration', 'P1W2D', false],
    ['duration', 5, false],
    ['small', -2147483648, true],
    ['small', -2147483649, false],
    ['big', 2 ** 63, true],
    ['big', 2 ** 80, true],
    ['big', 0.5, false],
    ['real', 0.5, true],
    ['real', -1e300, true],
    ['real', 'x', false],
    ['untypedInt32', 'not a number: the format ignores it', true],
    ['untypedInt32', 3, true],
    ['untypedInt32', 3.5, false],
    ['untypedInt32', 2 ** 31, false],
    ['untypedDuration', 42, true],
    ['untypedDuration', 'P1D', true],
    ['untypedDuration', '1D', false],
  ],
  'documented enums': [
    ['status', 'Active', true],
    ['status', 'Retired', true],
    ['status', 'active', false],
    ['status', null, false],
    ['reason', 'Timeout', true],
    ['reason', 'SomethingNew', true],
    ['reason', '', true],
    ['reason', 404, true],
    ['reason', 405, false],
    ['reason', null, false],
    ['reason', true, false],
  ],
  'allOf inheritance': [
    ['named', { id: 'a', name: 'n' }, true],
    ['named', { id: 'a', name: 'n', note: 'x', extra: 1 }, true],
    ['named', { name: 'n' }, false],
    ['named', { id: 'a' }, false],
    ['named', { id: 'a', name: 1 }, false],
    ['named', { id: 'a', name: 'n', note: 2 }, false],
    ['named', 'a', false],
  ],
  'discriminated unions': [
    ['content', { kind: 'text', id: 'a', text: 't' }, true],
    ['content', { kind: 'image', url: 'u' }, true],
    ['content', { kind: 'image', url: 'u', size: 1.5 }, false],
    ['content', { kind: 'text', url: 'u' }, false],
    ['content', { kind: 'video', url: 'u' }, false],
    ['content', { url: 'u' }, false],
    ['content', [], false],
    ['content', null, false],
    [
      'contents',
      [
        { kind: 'text', id: 'a', text: 't' },
        { kind: 'image', url: 'u' },
      ],
      true,
    ],
    ['contents', [{ kind: 'image', url: 'u' }, { kind: 'text' }], false],
  ],
  maps: [
    ['bag', {}, true],
    ['bag', { a: [1, { b: null }], c: 'x' }, true],
    ['bag', [], false],
    ['bag', 'x', false],
    ['counts', { a: 1, b: -5 }, true],
    ['counts', { a: 1.5 }, false],
    ['counts', { a: 2 ** 40 }, false],
    ['counts', { a: null }, false],
  ],
};

for (const [keyword, cases] of Object.entries(TABLES)) {
  test(`${keyword}: validate, is and Ajv give the expected verdict`, () => {
    for (const [property, value, valid] of cases) {
      const data = { [property]: value };
      const label = `${property}: ${JSON.stringify(value)}`;
      assert.is(validate(data).ok, valid, `validate ${label}`);
      assert.is(is(data), valid, `is ${label}`);
      assert.is(ajvAll(data), valid, `Ajv (allErrors) ${label}`);
      assert.is(ajvFirst(data), valid, `Ajv ${label}`);
    }
  });
}

const errors = (data: unknown, strict = false) =>
  (validate(data, { strict }).errors ?? []).map(({ path, message, expected, received }) => ({
    path,
    message,
    expected,
    received,
  }));

test('errors: type lists, formats and open enums say what they expect', () => {
  assert.equal(errors({ nullableText: 1, small: 2 ** 31, reason: null, duration: 'P1.5D' }), [
    {
      path: '/nullableText',
      message: 'must be a string or null',
      expected: 'string | null',
      received: 'number',
    },
    {
      path: '/duration',
      message: 'must be an ISO 8601 duration such as "PT1H30M" or "P3W" (whole numbers, no fractions)',
      expected: 'duration',
      received: '"P1.5D"',
    },
    {
      path: '/small',
      message: 'must be an integer in [-2147483648, 2147483647] (int32)',
      expected: 'int32',
      received: '2147483648',
    },
    {
      path: '/reason',
      message: 'must be one of "Timeout" | 404 | string',
      expected: '"Timeout" | 404 | string',
      received: 'null',
    },
  ]);
});

test('errors: a discriminated union names the branch the discriminator picks, or the discriminator', () => {
  assert.equal(errors({ content: { kind: 'image', url: 1 } }), [
    {
      path: '/content',
      message: `does not match the union's branch for kind "image"`,
      expected: 'Image',
      received: 'object',
    },
    { path: '/content/url', message: 'must be a string', expected: 'string', received: 'number' },
  ]);
  assert.equal(errors({ content: { kind: 'video' } }), [
    {
      path: '/content/kind',
      message: `must be one of "text" | "image" (the union's discriminator)`,
      expected: '"text" | "image"',
      received: '"video"',
    },
  ]);
  assert.equal(errors({ content: {} }), [
    { path: '/content/kind', message: 'is required', expected: '"text" | "image"', received: 'missing' },
  ]);
  assert.equal(errors({ content: 'x' }), [
    { path: '/content', message: 'must be an object', expected: 'object', received: 'string' },
  ]);
});

test('errors: an allOf object that is not an object is reported once, and every branch reports its own errors', () => {
  assert.equal(errors({ named: 'x' }), [
    { path: '/named', message: 'must be an object', expected: 'object', received: 'string' },
  ]);
  assert.equal(
    errors({ named: { note: 1 } }).map((error) => `${error.path} ${error.message}`),
    ['/named/id is required', '/named/note must be a string', '/named/name is required'],
  );
});

test('strict mode: an allOf object knows the properties of every branch, and still flags others', () => {
  const named = { id: 'a', name: 'n', note: 'x' };
  assert.equal(errors({ named }, true), []);
  assert.ok(is({ named }));
  assert.equal(errors({ named: { ...named, extra: 1 } }, true), [
    {
      path: '/named/extra',
      message: 'is not a declared property (strict mode)',
      expected: 'no such property',
      received: 'number',
    },
  ]);
  // A union branch that extends a base: the base's properties are the branch's too.
  assert.equal(errors({ content: { kind: 'text', id: 'a', text: 't', note: 'n' } }, true), []);
  assert.equal(errors({ content: { kind: 'text', id: 'a', text: 't', url: 'u' } }, true).length, 2);
  // Maps declare no properties: strict mode leaves their keys alone.
  assert.equal(errors({ bag: { any: 1 }, counts: { any: 1 } }, true), []);
});

test('an allOf definition that extends itself compiles, and its validators return instead of throwing', () => {
  const schemas: Record<string, JsonSchema> = {
    Loop: { allOf: [ref('Loop'), { type: 'object', properties: { a: string } }] },
  };
  const looped = validatorsModule(catalogOf(definitionsOf(schemas), []));
  // Every check of a Loop needs a check of a Loop first: the recursion ends in the stack limit, caught.
  assert.is((looped.isLoop as Guard)({ a: 'x' }), false);
  assert.equal(
    ((looped.validateLoop as Validate)({ a: 'x' }).errors ?? []).map((error) => error.received),
    ['exception'],
  );
});

test('values are never mutated and nothing throws on hostile input', () => {
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
      ownKeys() {
        throw new Error('boom');
      },
    },
  );
  const data = { content: hostile, named: hostile };
  assert.not.ok(is(data));
  assert.equal(validate(data).ok, false);
  const frozen = Object.freeze({
    named: Object.freeze({ id: 'a', name: 'n' }),
    content: Object.freeze({ kind: 'image', url: 'u' }),
  });
  assert.ok(validate(frozen, { strict: true }).ok);
});

test.run();
