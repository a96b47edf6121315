import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { HandledIds } from '../generator/runtime/support/webhook-handled-ids.ts';

/** An event as `source id` ('-' for no source). */
type Event = string;
const parts = (event: Event): [string | undefined, string] => {
  const [source, id] = event.split(' ') as [string, string];
  return [source === '-' ? undefined : source, id];
};

// [capacity, events added in order, events remembered afterwards, events forgotten]
const CASES: [number, Event[], Event[], Event[]][] = [
  [3, ['/s a', '/s b', '/s c'], ['/s a', '/s b', '/s c'], []],
  [3, ['/s a', '/s b', '/s c', '/s d'], ['/s b', '/s c', '/s d'], ['/s a']],
  [
    3,
    ['/s a', '/s b', '/s c', '/s d', '/s e', '/s f', '/s g'],
    ['/s e', '/s f', '/s g'],
    ['/s a', '/s b', '/s c', '/s d'],
  ],
  [3, ['/s a', '/s a', '/s a', '/s b'], ['/s a', '/s b'], []], // a repeat takes no second place
  [1, ['/s a', '/s b'], ['/s b'], ['/s a']],
  [0, ['/s a', '/s b'], [], ['/s a', '/s b']], // 0 remembers nothing
  // The same id from another source is another event; no source is a source of its own.
  [4, ['/x e1', '/y e1', '- e1'], ['/x e1', '/y e1', '- e1'], ['/z e1', '/x e2']],
  [2, ['/x e1', '/y e1', '/x e2'], ['/y e1', '/x e2'], ['/x e1']],
  // A source whose every id was forgotten is remembered afresh, also right after it was the last seen.
  [1, ['/x e1', '/y e1', '/x e2'], ['/x e2'], ['/x e1', '/y e1']],
  [2, ['/x e1', '/y e1', '/y e2', '/x e1'], ['/y e2', '/x e1'], ['/y e1']],
  [1, ['/x e1', '/y e1', '/x e1', '/y e2'], ['/y e2'], ['/x e1', '/y e1']],
];

for (const [capacity, added, remembered, forgotten] of CASES) {
  test(`capacity ${capacity}, added ${added.join(', ')}`, () => {
    const ids = new HandledIds(capacity);
    for (const event of added) ids.add(...parts(event));
    for (const event of remembered) assert.ok(ids.has(...parts(event)), `${event} remembered`);
    for (const event of forgotten) assert.not.ok(ids.has(...parts(event)), `${event} forgotten`);
  });
}

test('what is remembered is checked after every add, against a plain list of the last events', () => {
  const sources = ['/x', '/y', undefined];
  for (const capacity of [1, 2, 5]) {
    const ids = new HandledIds(capacity);
    const kept: string[] = [];
    for (let i = 0; i < 200; i++) {
      const source = sources[(i * 7) % 3];
      const id = `e${(i * 13) % 11}`;
      const key = `${source} ${id}`;
      ids.add(source, id);
      if (!kept.includes(key)) {
        kept.push(key);
        if (kept.length > capacity) kept.shift();
      }
      for (const s of sources)
        for (let n = 0; n < 11; n++)
          assert.is(ids.has(s, `e${n}`), kept.includes(`${s} e${n}`), `${capacity}: ${s} e${n} after ${i}`);
    }
  }
});

test('thousands of events, repeats and evictions: the same as a plain list of the last events', () => {
  // Enough events to grow the table several times and to move entries back on every eviction.
  for (const capacity of [64, 1000]) {
    const ids = new HandledIds(capacity);
    const kept: string[] = [];
    let seed = capacity;
    const draw = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const sources = ['/x', '/y', undefined, '/x'.repeat(40)];
    for (let i = 0; i < 20 * capacity; i++) {
      const source = sources[draw(sources.length)];
      const id = draw(7) === 0 ? '' : `id-${draw(3 * capacity)}`;
      const key = `${source} ${id}`;
      assert.is(ids.has(source, id), kept.includes(key), `${capacity}: has ${key} before add ${i}`);
      ids.add(source, id);
      if (!kept.includes(key)) {
        kept.push(key);
        if (kept.length > capacity) kept.shift();
      }
    }
    for (const source of sources)
      for (let n = 0; n < 3 * capacity; n++)
        assert.is(
          ids.has(source, `id-${n}`),
          kept.includes(`${source} id-${n}`),
          `${capacity}: ${source} id-${n}`,
        );
  }
});

test.run();
