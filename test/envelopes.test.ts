import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isCloudEventShaped, toCloudEvent } from '../generator/runtime/support/envelopes.ts';

const EVENT = {
  id: 'e1',
  topic: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Communication/communicationServices/acs',
  subject: 'phonenumber/1555',
  eventType: 'Microsoft.Communication.SMSReceived',
  eventTime: '2021-02-01T00:00:00Z',
  data: { to: '+1555', nested: { a: 1 } },
  dataVersion: '1.0',
};

test('toCloudEvent maps every field the CloudEvents form carries, data copied', () => {
  const cloud = toCloudEvent(EVENT);
  assert.equal(cloud, {
    specversion: '1.0',
    id: 'e1',
    source: EVENT.topic,
    type: EVENT.eventType,
    time: EVENT.eventTime,
    subject: EVENT.subject,
    datacontenttype: 'application/json',
    data: EVENT.data,
  });
  assert.is.not(cloud.data, EVENT.data);
  assert.is.not(cloud.data.nested, EVENT.data.nested);
});

const SOURCE_CASES: [
  name: string,
  topic: string | undefined,
  option: string | undefined,
  expected: string | undefined,
][] = [
  ['the topic by default', 'topic', undefined, 'topic'],
  ['options.source over the topic', 'topic', '/custom', '/custom'],
  ['options.source without a topic', undefined, '/custom', '/custom'],
  ['neither: a RangeError', undefined, undefined, undefined],
  ['an empty topic: a RangeError', '', undefined, undefined],
];

for (const [name, topic, source, expected] of SOURCE_CASES) {
  test(`toCloudEvent source: ${name}`, () => {
    const event = { ...EVENT, topic };
    const options = source === undefined ? undefined : { source };
    if (expected === undefined) assert.throws(() => toCloudEvent(event, options), RangeError);
    else assert.is(toCloudEvent(event, options).source, expected);
  });
}

const SHAPE_CASES: [name: string, value: unknown, cloud: boolean][] = [
  ['an object with specversion', { specversion: '1.0' }, true],
  ['specversion of any value still says CloudEvents', { specversion: 2 }, true],
  ['an Event Grid event', EVENT, false],
  ['an array', [{ specversion: '1.0' }], false],
  ['null', null, false],
  ['a string', 'specversion', false],
  ['an inherited specversion', Object.create({ specversion: '1.0' }), false],
];

for (const [name, value, cloud] of SHAPE_CASES) {
  test(`isCloudEventShaped: ${name}`, () => assert.is(isCloudEventShaped(value), cloud));
}

test.run();
