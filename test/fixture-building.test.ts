import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  buildEvent,
  digits,
  subjectSource,
  variants,
  type EventRecipe,
} from '../generator/runtime/support/fixture-building.ts';

interface Data {
  to: string;
  body: { text: string };
}
const recipe: EventRecipe<'Test.Sent', Data> = {
  type: 'Test.Sent',
  dataVersion: '2.0',
  data: (draw) => ({ to: draw.phone('to'), body: { text: draw.sentence() } }),
  subject: (data) => `phonenumber/${digits(subjectSource(data, '/to'))}`,
};

test('buildEvent: the same seed gives the same event, the subject made from the data', () => {
  const event = buildEvent(recipe, undefined, { seed: 4 });
  assert.equal(event, buildEvent(recipe, undefined, { seed: 4 }));
  assert.not.equal(event, buildEvent(recipe, undefined, { seed: 5 }));
  assert.equal(buildEvent(recipe, undefined, undefined), buildEvent(recipe, undefined, { seed: 1 }));
  assert.equal(
    [event.eventType, event.dataVersion, event.metadataVersion, event.subject],
    ['Test.Sent', '2.0', '1', `phonenumber/${event.data.to.slice(1)}`],
  );
});

const OVERRIDE_CASES: [
  name: string,
  overrides: object,
  check: (event: ReturnType<typeof buildEvent<'Test.Sent', Data>>) => boolean,
][] = [
  [
    'data merges deeply',
    { data: { body: { text: 'hi' } } },
    (event) => event.data.body.text === 'hi' && event.data.to.startsWith('+1'),
  ],
  [
    'the subject follows overridden data',
    { data: { to: '+12065550100' } },
    (event) => event.subject === 'phonenumber/12065550100',
  ],
  [
    'an overridden subject stays',
    { subject: 'x', data: { to: '+12065550100' } },
    (event) => event.subject === 'x',
  ],
  ['envelope fields replace', { id: 'fixed' }, (event) => event.id === 'fixed'],
];

for (const [name, overrides, check] of OVERRIDE_CASES) {
  test(`buildEvent overrides: ${name}`, () => assert.ok(check(buildEvent(recipe, overrides, { seed: 2 }))));
}

const SOURCE_CASES: [data: object, pointer: string, expected: string | undefined][] = [
  [{ to: '+1555' }, '/to', '+1555'],
  [{ who: { rawId: '8:acs:x' } }, '/who/rawId', '8:acs:x'],
  [{ to: 5 }, '/to', undefined],
  [{}, '/to', undefined],
];

for (const [data, pointer, expected] of SOURCE_CASES) {
  test(`subjectSource ${pointer} of ${JSON.stringify(data)}`, () => {
    if (expected === undefined) assert.throws(() => subjectSource(data, pointer), RangeError);
    else assert.is(subjectSource(data, pointer), expected);
  });
}

test('digits keeps only digits', () => assert.is(digits('+1 (425) 555-0100'), '14255550100'));

test('variants: each recipe changes its own copy at one pointer', () => {
  const valid = { data: { 'a/b': 1, list: [{ c: 2 }] }, id: 'x' };
  const made = variants(valid, [
    { name: 'removed', status: 'invalid', path: '/data/a~1b', remove: true },
    { name: 'set deep', status: 'invalid', path: '/data/list/0/c', value: null },
    { name: 'set proto key', status: 'invalid', path: '/data/__proto__', value: { x: 1 } },
    { name: 'unknown', status: 'unknown', path: '/id', value: 'y' },
  ]);
  assert.equal(
    made.map((variant) => variant.event),
    [
      { data: { list: [{ c: 2 }] }, id: 'x' },
      { data: { 'a/b': 1, list: [{ c: null }] }, id: 'x' },
      JSON.parse('{"data":{"a/b":1,"list":[{"c":2}],"__proto__":{"x":1}},"id":"x"}'),
      { data: { 'a/b': 1, list: [{ c: 2 }] }, id: 'y' },
    ],
  );
  assert.equal(valid, { data: { 'a/b': 1, list: [{ c: 2 }] }, id: 'x' });
  assert.equal(
    made.map((variant) => [variant.name, variant.status, variant.path]),
    [
      ['removed', 'invalid', '/data/a~1b'],
      ['set deep', 'invalid', '/data/list/0/c'],
      ['set proto key', 'invalid', '/data/__proto__'],
      ['unknown', 'unknown', '/id'],
    ],
  );
});

test.run();
