import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  diagnoseEnvelope,
  everydayEnvelope,
  nearMisses,
} from '../generator/runtime/support/envelope-diagnosis.ts';

const grid = {
  id: '1',
  topic: '/t',
  subject: 's',
  eventType: 'Microsoft.Communication.ChatMessageReceived',
  eventTime: '2024-01-01T00:00:00Z',
  data: {},
  dataVersion: '1.0',
  metadataVersion: '1',
};
const cloud = {
  specversion: '1.0',
  id: '1',
  source: '/s',
  type: 'Microsoft.Communication.ChatMessageReceived',
  time: '2024-01-01T00:00:00Z',
  data: {},
};
const without = (event: Record<string, unknown>, ...fields: string[]) =>
  Object.fromEntries(Object.entries(event).filter(([key]) => !fields.includes(key)));

// [case, envelope, whether the fast path takes it]
const CASES: [string, Record<string, unknown>, boolean][] = [
  ['an Event Grid event', grid, true],
  ['a CloudEvent', cloud, true],
  ['a minimal Event Grid event', { eventType: 'X', eventTime: 't' }, true],
  ['a CloudEvent without time', without(cloud, 'time'), true],
  ['an extra unrelated key', { ...grid, extension: 1 }, true],
  ['an event type that is not a string', { ...grid, eventType: 7 }, true],
  ['no event type: Event Grid names it', without(grid, 'eventType'), false],
  ['a CloudEvent without specversion', without(cloud, 'specversion'), false],
  ['a CloudEvent without source', without(cloud, 'source'), false],
  ['Event Grid with `type` for eventType', { ...without(grid, 'eventType'), type: 'X' }, false],
  ['CloudEvent with `eventType` for type', { ...without(cloud, 'type'), eventType: 'X' }, false],
  ['a misspelled key', { ...without(cloud, 'specversion'), specVersion: '1.0' }, false],
  ['a misspelled key beside the right one', { ...grid, EventType: 'Y' }, false],
  ['snake case', { ...without(grid, 'dataVersion'), data_version: '1' }, false],
  ['an empty object', {}, false],
  ['more CloudEvents fields than Event Grid ones', { source: '/s', type: 'X', eventTime: 't' }, false],
];

for (const [name, envelope, fast] of CASES) {
  test(`${name}: the fast path ${fast ? 'agrees with' : 'leaves it to'} the near-miss search`, () => {
    const everyday = everydayEnvelope(envelope);
    assert.is(everyday !== undefined, fast);
    const slow = nearMisses(envelope);
    assert.equal(diagnoseEnvelope(envelope), slow);
    if (everyday !== undefined) {
      assert.equal(everyday, slow);
      assert.is(slow.errors.length, 0);
    }
  });
}

test.run();
