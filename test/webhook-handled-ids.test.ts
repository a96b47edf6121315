import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { HandledIds } from '../generator/runtime/support/webhook-handled-ids.ts';

// [capacity, keys added in order, keys remembered afterwards, keys forgotten]
const CASES: [number, string[], string[], string[]][] = [
  [3, ['a', 'b', 'c'], ['a', 'b', 'c'], []],
  [3, ['a', 'b', 'c', 'd'], ['b', 'c', 'd'], ['a']],
  [3, ['a', 'b', 'c', 'd', 'e', 'f', 'g'], ['e', 'f', 'g'], ['a', 'b', 'c', 'd']],
  [3, ['a', 'a', 'a', 'b'], ['a', 'b'], []], // a repeat takes no second place
  [1, ['a', 'b'], ['b'], ['a']],
  [0, ['a', 'b'], [], ['a', 'b']], // 0 remembers nothing
];

for (const [capacity, added, remembered, forgotten] of CASES) {
  test(`capacity ${capacity}, added ${added.join('')}`, () => {
    const ids = new HandledIds(capacity);
    for (const key of added) ids.add(key);
    for (const key of remembered) assert.ok(ids.has(key), `${key} remembered`);
    for (const key of forgotten) assert.not.ok(ids.has(key), `${key} forgotten`);
  });
}

// [source, id, expected key]
const KEYS: [string | undefined, string, string][] = [
  ['/subscriptions/x', 'e1', '/subscriptions/x\ne1'],
  [undefined, 'e1', 'e1'],
];

test('the key is the source and the id', () => {
  for (const [source, id, key] of KEYS) assert.is(HandledIds.key(source, id), key);
  assert.is.not(HandledIds.key('/a', 'e1'), HandledIds.key('/b', 'e1'));
});

test.run();
