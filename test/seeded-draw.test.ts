import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Draw, mix, mulberry32 } from '../generator/runtime/support/seeded-draw.ts';

test('mulberry32 is deterministic and stays in [0, 1)', () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  const values = Array.from({ length: 1000 }, () => a());
  assert.equal(
    values,
    Array.from({ length: 1000 }, () => b()),
  );
  assert.ok(values.every((value) => value >= 0 && value < 1));
  assert.ok(new Set(values).size > 990);
});

test('mix separates event types and seeds', () => {
  assert.is.not(mix(1, 'A'), mix(1, 'B'));
  assert.is.not(mix(1, 'A'), mix(2, 'A'));
  assert.is(mix(1, 'A'), mix(1, 'A'));
});

const FORMAT_CASES: [name: string, draw: (draw: Draw) => string, format: RegExp][] = [
  ['guid', (draw) => draw.guid(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/],
  ['threadId', (draw) => draw.threadId(), /^19:[0-9a-f]{32}@thread\.v2$/],
  [
    'entityId',
    (draw) => draw.entityId('queue'),
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  ],
  [
    'rawId',
    (draw) => draw.rawId('sender'),
    /^8:acs:[0-9a-f-]{36}_0000000[5-9](-[0-9a-f]{4}){3}-[0-9a-f]{12}$/,
  ],
  ['phone', (draw) => draw.phone('to'), /^\+1\d{3}[2-9]\d{6}$/],
  ['time', (draw) => draw.time('change'), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/],
  [
    'resourceTopic',
    (draw) => draw.resourceTopic(),
    /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[\w-]+\/providers\/Microsoft\.Communication\/communicationServices\/[\w-]+$/,
  ],
];

for (const [name, make, format] of FORMAT_CASES) {
  test(`Draw.${name} has its format for 200 seeds`, () => {
    for (let seed = 0; seed < 200; seed++) assert.match(make(new Draw('T', seed)), format);
  });
}

test('one value per role and rank: consistent inside an event, distinct between roles', () => {
  const draw = new Draw('T', 3);
  assert.is(draw.rawId('sender'), draw.rawId('sender'));
  assert.is.not(draw.rawId('sender'), draw.rawId('recipient'));
  assert.is(draw.phone('from'), draw.phone('from'));
  assert.is.not(draw.phone('from'), draw.phone('to'));
  assert.is(draw.threadId(), draw.threadId());
  assert.is(draw.entityId('queue'), draw.entityId('queue'));
  assert.is.not(draw.entityId('queue'), draw.entityId('job'));
  assert.is(draw.version('change'), Date.parse(draw.time('change')));
});

// compose and attempt are not ordered between themselves (no event carries both: chat composes, SMS attempts).
test('timestamps are ordered: create before compose and attempt, both before change, change before eventTime', () => {
  for (let seed = 0; seed < 200; seed++) {
    const draw = new Draw('T', seed);
    const [create, compose, attempt, change] = (['create', 'compose', 'attempt', 'change'] as const).map(
      (rank) => draw.ms(rank),
    );
    const eventTime = Date.parse(draw.eventTime());
    assert.ok(
      create! < Math.min(compose!, attempt!) && Math.max(compose!, attempt!) < change! && change! < eventTime,
      `seed ${seed}`,
    );
  }
});

test('a seed that is not a finite number is a RangeError', () => {
  for (const seed of [NaN, Infinity]) assert.throws(() => new Draw('T', seed), RangeError);
});

test.run();
