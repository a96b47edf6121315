import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { clone, frozen, merge, pointerNames, valueAt } from '../generator/runtime/support/plain-data.ts';

const MERGE_CASES: [name: string, base: unknown, patch: unknown, expected: unknown][] = [
  ['undefined patch keeps the base', { a: 1 }, undefined, { a: 1 }],
  [
    'objects merge property by property',
    { a: 1, b: { c: 2, d: 3 } },
    { b: { c: 9 } },
    { a: 1, b: { c: 9, d: 3 } },
  ],
  ['arrays replace wholesale', { list: [1, 2, 3] }, { list: [4] }, { list: [4] }],
  ['a scalar replaces an object', { a: { b: 1 } }, { a: 'x' }, { a: 'x' }],
  ['undefined members are skipped', { a: 1 }, { a: undefined, b: 2 }, { a: 1, b: 2 }],
  ['null replaces', { a: { b: 1 } }, { a: null }, { a: null }],
];

for (const [name, base, patch, expected] of MERGE_CASES) {
  test(`merge: ${name}`, () => {
    const before = JSON.stringify([base, patch]);
    assert.equal(merge(base, patch), expected);
    assert.is(JSON.stringify([base, patch]), before, 'inputs untouched');
  });
}

test('clone and merge keep a "__proto__" key as an own property, never the prototype', () => {
  const hostile = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
  for (const copy of [clone(hostile), merge({}, hostile) as Record<string, unknown>]) {
    assert.is(Object.getPrototypeOf(copy), Object.prototype);
    assert.ok(Object.prototype.hasOwnProperty.call(copy, '__proto__'));
    assert.is((copy as { polluted?: unknown }).polluted, undefined);
  }
});

test('clone shares nothing with its input', () => {
  const value = { a: [{ b: 1 }] };
  const copy = clone(value);
  copy.a[0]!.b = 2;
  assert.is(value.a[0]!.b, 1);
});

test('frozen freezes every level and returns its argument', () => {
  const value = { a: [{ b: 1 }], c: { d: 'x' } };
  assert.is(frozen(value), value);
  assert.ok(
    Object.isFrozen(value) &&
      Object.isFrozen(value.a) &&
      Object.isFrozen(value.a[0]) &&
      Object.isFrozen(value.c),
  );
});

const POINTER_CASES: [pointer: string, names: string[], value: unknown][] = [
  ['', [], { 'a/b': { '~c': [10, 20] }, own: 1 }],
  ['/a~1b/~0c/1', ['a/b', '~c', '1'], 20],
  ['/own', ['own'], 1],
  ['/missing/deeper', ['missing', 'deeper'], undefined],
  ['/toString', ['toString'], undefined],
];

for (const [pointer, names, expected] of POINTER_CASES) {
  test(`JSON Pointer ${JSON.stringify(pointer)}`, () => {
    assert.equal(pointerNames(pointer), names);
    assert.equal(valueAt({ 'a/b': { '~c': [10, 20] }, own: 1 }, pointer), expected);
  });
}

test.run();
