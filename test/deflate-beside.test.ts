/**
 * The unit memo's deflating beside the main thread (generator/stages/deflate-beside.ts): whether a
 * batch goes to the worker or stays on the main thread, every text comes back deflated, in order.
 */
import { inflateRawSync } from 'node:zlib';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Deflater } from '../generator/stages/deflate-beside.ts';

/** `count` texts of `size` characters each, all different. */
const texts = (count: number, size: number, seed: string): string[] =>
  Array.from({ length: count }, (_, i) => `${seed} ${i} ${'é—x'.repeat(size / 3)}`.slice(0, size));

const CASES: [what: string, calls: string[][], beside: boolean][] = [
  ['no text', [[]], false],
  ['a few small texts (the main thread deflates them)', [texts(3, 10, 'a'), texts(2, 500, 'b')], false],
  // 5 MB: past the worker's threshold, in batches of 256 KB and more.
  ['texts enough for the worker', Array.from({ length: 50 }, (_, i) => texts(5, 20_000, `c${i}`)), true],
  ['one text larger than a batch', [texts(1, 3_000_000, 'd'), texts(2, 100, 'e')], true],
  // 20 MB at once, without yielding: more than the worker is sent at a time.
  [
    'more at once than the worker takes',
    Array.from({ length: 20 }, (_, i) => texts(1, 1_000_000, `f${i}`)),
    true,
  ],
];

for (const [what, calls, beside] of CASES) {
  test(`${what}: each text deflated, in order`, async () => {
    const deflater = new Deflater();
    const results = await Promise.all(calls.map((call) => deflater.deflate(call)));
    await deflater.close();
    assert.is(deflater.besideCount > 0, beside);
    assert.equal(
      results.map((deflated) => deflated.map((bytes) => inflateRawSync(bytes).toString('utf8'))),
      calls,
    );
  });
}

test('after close, texts are deflated again (by a new worker)', async () => {
  const deflater = new Deflater();
  for (const round of ['one', 'two']) {
    const call = texts(200, 20_000, round);
    const before = deflater.besideCount;
    const deflated = await deflater.deflate(call);
    await deflater.close();
    assert.ok(deflater.besideCount > before);
    assert.equal(
      deflated.map((bytes) => inflateRawSync(bytes).toString('utf8')),
      call,
    );
  }
});

test.run();
