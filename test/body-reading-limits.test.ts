import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readBody, scanText } from '../generator/runtime/support/body-reading.ts';
import { resolveLimits } from '../generator/runtime/support/parse-limits.ts';

/**
 * A valid body is parsed first and its limits checked on the value; the outcome must be the one of
 * scanning the text first (events, then depth, then JSON.parse), which this reference does.
 */
function scanFirst(text: string, maxDepth: number, maxEvents: number): string {
  const { deepAt, events } = scanText(text, maxDepth);
  if (events > maxEvents) return `${events} events`;
  if (deepAt !== -1) return `too deep at ${deepAt}`;
  try {
    JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  return 'ok';
}

function outcome(text: string, maxDepth: number, maxEvents: number): string {
  const read = readBody(text, resolveLimits({ maxDepth, maxEvents }));
  if (read.ok) return 'ok';
  const { message } = read.error;
  const events = /batch holds (\d+) events/.exec(message);
  if (events) return `${events[1]} events`;
  const deep = /at character (\d+)$/.exec(message);
  if (deep) return `too deep at ${deep[1]}`;
  return message.startsWith('body is not JSON') ? 'not JSON' : message;
}

const nested = (levels: number, inner = '1') => '['.repeat(levels) + inner + ']'.repeat(levels);
const objects = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

// [text, maxDepth, maxEvents]
const CASES: [string, number, number][] = [
  ['[{"id":"1","data":{"a":[1,{"b":[]}]}}]', 64, 5000],
  [nested(4), 4, 5000],
  [nested(5), 4, 5000],
  [objects(3), 3, 5000],
  [objects(4), 3, 5000],
  ['[' + objects(3) + ',' + nested(2) + ']', 4, 5000],
  ['[' + objects(3) + ',' + nested(4) + ']', 4, 5000],
  ['{"__proto__":{"__proto__":{"x":[]}}}', 3, 5000],
  ['{"__proto__":{"__proto__":{"x":[]}}}', 4, 5000],
  ['["[[[[[", "{{{{{{", "\\"[[[["]', 2, 5000],
  ['[1,2,3]', 64, 3],
  ['[1,2,3,4]', 64, 3],
  ['[[1,2,3,4]]', 64, 3],
  ['[1,2,3,4,' + nested(9) + ']', 4, 3], // too many events and too deep: the events are reported
  [nested(9, '1,'), 4, 5000], // not JSON and too deep: the depth is reported
  ['[1,2,3,4,', 64, 3], // not JSON, too many events
  ['[1,2', 64, 5000],
  // Past 64 KB of text the scan comes first, as for these hostile bodies.
  [nested(40_000), 64, 5000],
  ['[' + Array.from({ length: 40_000 }, () => '{}').join(',') + ']', 64, 5000],
  ['[]', 1, 1],
  ['"text"', 1, 1],
  ['7', 1, 1],
];

for (const [text, maxDepth, maxEvents] of CASES) {
  test(`${text.length > 60 ? text.slice(0, 57) + '…' : text} (maxDepth ${maxDepth}, maxEvents ${maxEvents})`, () => {
    assert.is(outcome(text, maxDepth, maxEvents), scanFirst(text, maxDepth, maxEvents));
  });
}

test('the outcomes differ across the table (the reference is not trivially "ok")', () => {
  const seen = new Set(CASES.map(([text, depth, events]) => scanFirst(text, depth, events).split(' ')[1]));
  assert.ok(seen.size >= 4, [...seen].join(', '));
});

test.run();
