/**
 * The validators' support module (generator/runtime/support/validation.ts and formats.ts), on its
 * own: each helper's behaviour as a table of cases, and its agreement with what the emitter states
 * (the helper names it may import, the messages it writes inline).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { typeMessage, type LeafKind } from '../generator/emit/validators/validator-conditions.ts';
import { DATE_TIME_MESSAGE } from '../generator/emit/validators/validator-formats.ts';
import { LEAF_CHECKS, RUNTIME_HELPERS } from '../generator/emit/validators/validator-scope.ts';
import * as formats from '../generator/runtime/support/formats.ts';
import * as validation from '../generator/runtime/support/validation.ts';
import { newDataSchemaAjv } from '../generator/model/data-schema-ajv.ts';
import type { ValidationError } from '../generator/runtime/support/validation.ts';

const SUPPORT = path.resolve('generator', 'runtime', 'support');
const helpers = validation as unknown as Record<string, unknown>;

test('every helper the emitter may import is exported, and nothing else but the API types', () => {
  for (const name of RUNTIME_HELPERS) assert.type(helpers[name], 'function', name);
  const exported = Object.keys(validation).filter((name) => name !== '$hasOwn');
  assert.equal(exported.sort(), [...RUNTIME_HELPERS].filter((name) => name !== '$hasOwn').sort());
  assert.is(validation.$hasOwn, Object.prototype.hasOwnProperty);
});

const errorsOf = (run: (e: ValidationError[]) => unknown): ValidationError[] => {
  const e: ValidationError[] = [];
  run(e);
  return e;
};

test('$type and $show: the JSON type, and a short rendering of scalars', () => {
  const cases: [unknown, string, string][] = [
    [null, 'null', 'null'],
    [[1], 'array', 'array'],
    [{}, 'object', 'object'],
    ['x', 'string', '"x"'],
    [1.5, 'number', '1.5'],
    [NaN, 'NaN', 'NaN'],
    [-Infinity, '-Infinity', '-Infinity'],
    [true, 'boolean', 'true'],
    [undefined, 'undefined', 'undefined'],
    ['a'.repeat(70), 'string', JSON.stringify('a'.repeat(64) + '…')],
  ];
  for (const [value, type, shown] of cases) {
    assert.is(validation.$type(value), type, String(value));
    assert.is(validation.$show(value), shown, String(value));
  }
});

test('$esc and $at: JSON Pointer segments (RFC 6901)', () => {
  const cases: [string, string, string][] = [
    ['', 'a', '/a'],
    ['/x', 'a/b', '/x/a~1b'],
    ['', 'a~b', '/a~0b'],
    ['', '~/', '/~0~1'],
  ];
  for (const [p, k, pointer] of cases) assert.is(validation.$at(p, k), pointer);
});

test('$has: present means own and not undefined; a missing required property is reported', () => {
  const inherited = Object.create({ a: 1 }) as object;
  const cases: [object, string, boolean][] = [
    [{ a: 1 }, 'a', true],
    [{ a: undefined }, 'a', false],
    [{ a: null }, 'a', true],
    [inherited, 'a', false],
    [{}, 'toString', false],
  ];
  for (const [o, k, present] of cases) {
    const v = (o as Record<string, unknown>)[k];
    assert.equal(
      errorsOf((e) => validation.$has(e, '/d', o, k, v, 'string')),
      present ? [] : [{ path: `/d/${k}`, message: 'is required', expected: 'string', received: 'missing' }],
    );
    assert.equal(
      errorsOf((e) => validation.$has(e, '/d', o, k, v)),
      [],
      'optional: never reported',
    );
  }
  // false: the prototype lacks the key, so a value found is own (no own-property test).
  assert.equal(
    errorsOf((e) => assert.ok(validation.$has(e, '/d', false, 'a', 1, 'string'))),
    [],
  );
  assert.equal(
    errorsOf((e) => validation.$has(e, '/d', false, 'a', undefined, 'string')),
    [{ path: '/d/a', message: 'is required', expected: 'string', received: 'missing' }],
  );
});

test('$isObject, $checkObject: objects only (not null, not arrays)', () => {
  const cases: [unknown, boolean][] = [
    [{}, true],
    [Object.create(null), true],
    [null, false],
    [[], false],
    ['{}', false],
  ];
  for (const [value, ok] of cases) {
    assert.is(validation.$isObject(value), ok);
    const errors = errorsOf((e) => validation.$checkObject(e, '/x', value));
    assert.equal(
      errors,
      ok
        ? []
        : [
            {
              path: '/x',
              message: typeMessage('object'),
              expected: 'object',
              received: validation.$type(value),
            },
          ],
    );
  }
});

test('$onlyKeys and $extraKeys: own keys outside the known list', () => {
  const o = Object.assign(Object.create({ inherited: 1 }) as object, { a: 1, b: 'x', 'c/d': null });
  assert.ok(validation.$onlyKeys(o, ['a', 'b', 'c/d']));
  assert.not.ok(validation.$onlyKeys(o, ['a', 'b']));
  assert.equal(
    errorsOf((e) => validation.$extraKeys(e, '', o, ['a'])),
    [
      {
        path: '/b',
        message: 'is not a declared property (strict mode)',
        expected: 'no such property',
        received: 'string',
      },
      {
        path: '/c~1d',
        message: 'is not a declared property (strict mode)',
        expected: 'no such property',
        received: 'null',
      },
    ],
  );
  assert.equal(
    errorsOf((e) => validation.$extraKeys(e, '/p', { z: 1 }, [], 'custom')).map((error) => error.message),
    ['custom'],
  );
});

test('$crash, $fail, $nullProto', () => {
  assert.equal(validation.$crash(), {
    path: '',
    message: 'could not be validated: reading it threw an exception or it nests too deeply',
    expected: 'JSON data',
    received: 'exception',
  });
  assert.equal(
    errorsOf((e) => validation.$fail(e, '/a', 'm', 'x', 'y')),
    [{ path: '/a', message: 'm', expected: 'x', received: 'y' }],
  );
  const table = validation.$nullProto({ a: 1, ['__proto__']: 2 });
  assert.is(Object.getPrototypeOf(table), null);
  assert.ok(Object.isFrozen(table));
  assert.is((table as Record<string, number>)['__proto__'], 2);
});

test('$errors, $fail, $caught, $reported: the error cap keeps maxErrors, counts the rest, stops at 10,000 more', () => {
  const fill = (max: number | undefined, count: number) => {
    const e = validation.$errors(max);
    try {
      for (let i = 0; i < count; i++) validation.$fail(e, `/${i}`, 'm', 'x', 'y');
    } catch (thrown) {
      validation.$caught(e, thrown);
    }
    return validation.$reported(e);
  };
  const cases: [max: number | undefined, count: number, kept: number, last: string | undefined][] = [
    [undefined, 100, 100, undefined],
    [undefined, 101, 100, '… and 1 more error (only the first 100 are reported: the maxErrors option)'],
    [3, 5, 3, '… and 2 more errors (only the first 3 are reported: the maxErrors option)'],
    [
      1,
      5_000_000,
      1,
      '… and at least 10000 more errors (only the first 1 are reported: the maxErrors option; validation stopped there)',
    ],
    [Infinity, 20_000, 20_000, undefined],
    // Not a positive number: the default.
    [0, 150, 100, '… and 50 more errors (only the first 100 are reported: the maxErrors option)'],
    [-1, 101, 100, '… and 1 more error (only the first 100 are reported: the maxErrors option)'],
    [Number.NaN, 101, 100, '… and 1 more error (only the first 100 are reported: the maxErrors option)'],
    [2.9, 3, 2, '… and 1 more error (only the first 2 are reported: the maxErrors option)'],
  ];
  for (const [max, count, kept, last] of cases) {
    const reported = fill(max, count);
    const label = `max ${max}, ${count} errors`;
    assert.is(reported.length, kept + (last === undefined ? 0 : 1), label);
    assert.equal(reported[0], { path: '/0', message: 'm', expected: 'x', received: 'y' }, label);
    if (last !== undefined) assert.is(reported.at(-1)!.message, last, label);
    assert.equal(Object.keys(reported), Object.keys([...reported]), `${label}: a plain array`);
  }
  // A throw that is not the cap's is a crash.
  const e = validation.$errors(undefined);
  validation.$caught(e, new Error('getter'));
  assert.equal(validation.$reported(e), [validation.$crash()]);
});

// ── Leaf property helpers ───────────────────────────────────────────────────────────────────────

const LEAF_CASES: Record<LeafKind, { good: unknown[]; bad: [unknown, string][] }> = {
  string: {
    good: ['', 'x'],
    bad: [
      [1, 'number'],
      [null, 'null'],
    ],
  },
  integer: {
    good: [0, -3, 1e20],
    bad: [
      [1.5, 'number'],
      ['1', 'string'],
      [NaN, 'NaN'],
    ],
  },
  number: {
    good: [0, 1.5, -1e300],
    bad: [
      [Infinity, 'Infinity'],
      ['1', 'string'],
      [NaN, 'NaN'],
    ],
  },
  boolean: {
    good: [true, false],
    bad: [
      [0, 'number'],
      ['true', 'string'],
    ],
  },
  'date-time': {
    good: ['2021-02-25T21:38:03.5Z'],
    bad: [
      [1, 'number'],
      ['2021-02-30T00:00:00Z', '"2021-02-30T00:00:00Z"'],
    ],
  },
};

test('leaf checks: missing, optional, wrong type and (date-time) bad format', () => {
  for (const kind of Object.keys(LEAF_CASES) as LeafKind[]) {
    const check = helpers[LEAF_CHECKS[kind]] as (
      e: ValidationError[],
      p: string,
      o: object,
      k: string,
      v: unknown,
      optional?: boolean,
    ) => void;
    const run = (o: Record<string, unknown>, optional?: boolean) =>
      errorsOf((e) => check(e, '/d', o, 'k', o.k, optional));
    for (const value of LEAF_CASES[kind].good)
      assert.equal(run({ k: value }), [], `${kind} ${String(value)}`);
    assert.equal(run({}, true), [], `${kind}: optional and missing`);
    assert.equal(run({}), [{ path: '/d/k', message: 'is required', expected: kind, received: 'missing' }]);
    assert.equal(run(Object.create({ k: LEAF_CASES[kind].good[0] }) as Record<string, unknown>), [
      { path: '/d/k', message: 'is required', expected: kind, received: 'missing' },
    ]);
    for (const [value, received] of LEAF_CASES[kind].bad) {
      const wrongType = kind === 'date-time' ? typeof value !== 'string' : true;
      const type = kind === 'date-time' ? 'string' : kind;
      assert.equal(
        run({ k: value }, true),
        [
          wrongType
            ? { path: '/d/k', message: typeMessage(type), expected: type, received }
            : { path: '/d/k', message: DATE_TIME_MESSAGE, expected: 'date-time', received },
        ],
        `${kind} ${String(value)}`,
      );
    }
  }
});

// ── Formats, against ajv-formats ────────────────────────────────────────────────────────────────

const FORMAT_CASES: {
  format: 'date-time' | 'duration' | 'int32' | 'int64';
  test: (v: never) => boolean;
  values: unknown[];
}[] = [
  {
    format: 'date-time',
    test: formats.$dateTime,
    values: [
      '2021-02-25T21:38:03.5Z',
      '2020-02-29T00:00:00z',
      '2021-02-29T00:00:00Z',
      '2016-12-31T23:59:60Z',
      '2016-12-31T22:59:60-01:00',
      '2021-01-01 00:00:00+0100',
      '2021-01-01T00:00:00',
      '2021-13-01T00:00:00Z',
      '2021-01-01T24:00:00Z',
    ],
  },
  {
    format: 'duration',
    test: formats.$duration,
    values: [
      'P1Y2M3DT4H5M6S',
      'PT0S',
      'P3W',
      'P1D',
      'PT36H',
      'P',
      'PT',
      'P1DT',
      'P1.5D',
      'PT1.5S',
      'P1W2D',
      'p1d',
      'P1M1Y',
      '1D',
      'P0D',
      'P1Y1W',
    ],
  },
  {
    format: 'int32',
    test: formats.$int32,
    values: [0, -1, 2147483647, 2147483648, -2147483648, -2147483649, 1.5, 1e10],
  },
  {
    format: 'int64',
    test: formats.$int64,
    values: [0, 2 ** 53, 2 ** 63, 2 ** 64, -(2 ** 70), 1.5, 1e308],
  },
];

test('formats agree with ajv-formats (the data-schema Ajv) value by value', () => {
  const ajv = newDataSchemaAjv({ allErrors: false });
  for (const { format, test: holds, values } of FORMAT_CASES) {
    const type = format === 'date-time' || format === 'duration' ? 'string' : 'number';
    const reference = ajv.compile({ type, format });
    for (const value of values)
      assert.is(holds(value as never), reference(value), `${format} ${JSON.stringify(value)}`);
  }
});

// ── Bundling ────────────────────────────────────────────────────────────────────────────────────

async function bundled(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: SUPPORT, loader: 'ts' },
    bundle: true,
    minifySyntax: true,
    format: 'esm',
    treeShaking: true,
    write: false,
    platform: 'neutral',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

test('tree shaking: a bundle keeps only the helpers it uses (the module has no side effects)', async () => {
  const none = await bundled(`import './validation.ts';`);
  assert.is(none.trim(), '', 'importing for side effects leaves nothing');
  const object = await bundled(`export { $isObject } from './validation.ts';`);
  assert.not.match(object, /\$dateTime|DATE_TIME|\$fail|\$duration/);
  const dateTime = await bundled(`export { $checkDateTimeProperty } from './validation.ts';`);
  assert.match(dateTime, /\$dateTime/);
  assert.not.match(dateTime, /\$duration|\$int32|\$nullProto/);
});

test('the support sources carry no imports beyond each other', async () => {
  for (const name of ['validation.ts', 'formats.ts']) {
    const text = await readFile(path.join(SUPPORT, name), 'utf8');
    for (const [, from] of text.matchAll(/from '([^']+)'/g))
      assert.match(from!, /^\.\/[\w-]+\.js$/, `${name}: ${from}`);
  }
});

test.run();
