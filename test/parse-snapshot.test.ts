/**
 * What parseEvents validates is what it returns: a snapshot of plain data, each property read once;
 * getters, proxies, cycles and holes as exact results. Envelope near-misses (a field in the wrong
 * casing, a field of the other envelope) are named as such, and an invalid result says which event
 * type it was. Runs the built package.
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseEvent, parseEvents, type ParsedEvent } from '../generated/package/dist/index.js';

type Json = Record<string, unknown>;
const catalog = JSON.parse(readFileSync(new URL('../generated/catalog.json', import.meta.url), 'utf8')) as {
  events: { type: string; samples: { corrected: Json }[] }[];
};
const CHAT = 'Microsoft.Communication.ChatMessageReceived';
const SMS = 'Microsoft.Communication.SMSReceived';
const SAMPLE = catalog.events.find((event) => event.type === CHAT)!.samples[0]!.corrected;
const sample = (): Json => structuredClone(SAMPLE);
const data = (): Json => structuredClone(SAMPLE.data) as Json;

type Outcome = string | { eventType?: string; errors: string[] };
function outcome(result: ParsedEvent): Outcome {
  if (result.status !== 'invalid') return result.status;
  const errors = result.errors.map((error) => `${error.path}: ${error.message}`);
  return result.eventType === undefined ? { errors } : { eventType: result.eventType, errors };
}
const getter = (target: Json, key: string, get: () => unknown): Json =>
  Object.defineProperty(target, key, { enumerable: true, configurable: true, get });

const SNAPSHOT_CASES: [name: string, body: () => unknown, expected: Outcome[]][] = [
  [
    'a getter that throws',
    () =>
      getter(sample(), 'eventType', () => {
        throw new Error('boom');
      }),
    [{ errors: ['/eventType: could not be read (a getter or proxy threw: boom)'] }],
  ],
  [
    'a getter that throws inside data',
    () => {
      const event = sample();
      getter(event.data as Json, 'messageBody', () => {
        throw new TypeError('no body');
      });
      return event;
    },
    [{ errors: ['/data/messageBody: could not be read (a getter or proxy threw: no body)'] }],
  ],
  [
    'a proxy whose get trap throws',
    () =>
      new Proxy(sample(), {
        get() {
          throw new Error('get trap');
        },
      }),
    [{ errors: [': value could not be inspected: get trap'] }],
  ],
  [
    'a proxy whose get trap throws, in data',
    () => ({
      ...sample(),
      data: new Proxy(data(), {
        get() {
          throw new Error('get trap');
        },
      }),
    }),
    [{ errors: ['/data: could not be read (a getter or proxy threw: get trap)'] }],
  ],
  [
    'a proxy whose ownKeys trap throws',
    () =>
      new Proxy(sample(), {
        ownKeys() {
          throw new Error('ownKeys trap');
        },
      }),
    [{ errors: [': could not be read (a getter or proxy threw: ownKeys trap)'] }],
  ],
  [
    'a proxy that only forwards: valid, and the snapshot is returned',
    () => new Proxy(sample(), {}),
    ['valid'],
  ],
  [
    'a revoked proxy as the body',
    () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
    [
      {
        errors: [": value could not be inspected: Cannot perform 'IsArray' on a proxy that has been revoked"],
      },
    ],
  ],
  [
    'a revoked proxy as data',
    () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return { ...sample(), data: proxy };
    },
    [
      {
        errors: [
          "/data: could not be read (a getter or proxy threw: Cannot perform 'IsArray' on a proxy that has been revoked)",
        ],
      },
    ],
  ],
  [
    'a cycle',
    () => {
      const event = sample();
      (event.data as Json).self = event.data;
      return event;
    },
    [{ errors: ['/data/self: is a cycle: it contains itself'] }],
  ],
  [
    'a cycle through an array',
    () => {
      const event = sample();
      const list: unknown[] = [];
      list.push({ list });
      event.extra = list;
      return event;
    },
    [{ errors: ['/extra/0/list: is a cycle: it contains itself'] }],
  ],
  [
    'the same object twice (not a cycle)',
    () => {
      const event = sample();
      const shared = { a: 1 };
      event.extra = [shared, shared];
      return event;
    },
    ['valid'],
  ],
  ['a batch with a hole', () => [, sample()], [{ errors: ['/0: must be an object'] }, 'valid']],
  [
    'an event of a batch whose read throws',
    () =>
      new Proxy([sample(), sample()], {
        get(target, key, receiver) {
          if (key === '1') throw new Error('second');
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
    ['valid', { errors: ['/1: value could not be inspected: second'] }],
  ],
  [
    'a bigint in data',
    () => ({ ...sample(), data: { ...data(), version: 10n } }),
    [{ errors: ['/data/version: is a bigint, which JSON cannot hold'] }],
  ],
  [
    'a function in data',
    () => ({ ...sample(), data: { ...data(), messageBody: () => 'hi' } }),
    [{ errors: ['/data/messageBody: is a function, which JSON cannot hold'] }],
  ],
  [
    'an undefined property is absent, as in JSON',
    () => ({ ...sample(), data: { ...data(), messageBody: undefined } }),
    [{ eventType: CHAT, errors: ['/data/messageBody: is required'] }],
  ],
  [
    'symbol keys and non-enumerable properties are not data',
    () => {
      const event = sample();
      Object.defineProperty(event, 'hidden', { value: 1, enumerable: false });
      (event as Record<symbol, unknown>)[Symbol('s')] = 1;
      return event;
    },
    ['valid'],
  ],
  [
    'a "__proto__" key stays a key',
    () =>
      JSON.parse(
        JSON.stringify(sample()).replace('"data":', '"__proto__":{"polluted":true},"data":'),
      ) as unknown,
    ['valid'],
  ],
];

for (const [name, body, expected] of SNAPSHOT_CASES) {
  test(`snapshot: ${name}`, () => assert.equal(parseEvents(body()).map(outcome), expected));
}

test('an eventType getter is read once: the type validated is the type returned', () => {
  let reads = 0;
  const event = getter(sample(), 'eventType', () => (reads++ === 0 ? CHAT : SMS));
  const [result] = parseEvents(event);
  assert.is(reads, 1);
  assert.ok(result?.status === 'valid');
  if (result?.status !== 'valid') return;
  assert.is.not(result.event, event);
  assert.is((result.event as unknown as Json).eventType, CHAT);
  assert.equal(result.event, SAMPLE);
});

test('a data getter that changes after validation cannot change what was returned', () => {
  let reads = 0;
  const event = getter(sample(), 'data', () => (reads++ === 0 ? data() : { messageBody: 5 }));
  const [result] = parseEvents(event);
  assert.ok(result?.status === 'valid');
  assert.equal((result as unknown as { event: Json }).event.data, SAMPLE.data);
  assert.is(reads, 1);
});

test('the event returned is a copy: changing the input afterwards does not change it', () => {
  const event = sample();
  const [result] = parseEvents([event]);
  (event.data as Json).messageBody = 'changed';
  assert.ok(result?.status === 'valid');
  assert.is(
    ((result as unknown as { event: Json }).event.data as Json).messageBody,
    (SAMPLE.data as Json).messageBody,
  );
  assert.is.not((result as unknown as { event: Json }).event.data, event.data);
});

test('parseEvent takes the snapshot too', () => {
  let reads = 0;
  const event = getter(sample(), 'eventType', () => (reads++ === 0 ? CHAT : SMS));
  const result = parseEvent(event);
  assert.equal([result.status, reads], ['valid', 1]);
  assert.is.not((result as { event: unknown }).event, event);
});

// ── Envelope near-misses ────────────────────────────────────────────────────────────────────────

const cloud = (): Json => ({
  specversion: '1.0',
  id: 'e1',
  source: '/acs',
  type: CHAT,
  time: '2021-02-19T00:25:58Z',
  data: data(),
});
const rename = (event: Json, from: string, to: string): Json => {
  const renamed: Json = {};
  for (const [key, value] of Object.entries(event)) renamed[key === from ? to : key] = value;
  return renamed;
};

const ENVELOPE_CASES: [name: string, event: () => Json, expected: Outcome][] = [
  [
    'a CloudEvent with specVersion',
    () => rename(cloud(), 'specversion', 'specVersion'),
    {
      eventType: CHAT,
      errors: ['/specVersion: is spelled `specversion` in a CloudEvent: names are case-sensitive'],
    },
  ],
  [
    'a CloudEvent with spec_version',
    () => rename(cloud(), 'specversion', 'spec_version'),
    {
      eventType: CHAT,
      errors: ['/spec_version: is spelled `specversion` in a CloudEvent: names are case-sensitive'],
    },
  ],
  [
    'a CloudEvent with SpecVersion and Type',
    () => rename(rename(cloud(), 'specversion', 'SpecVersion'), 'type', 'Type'),
    {
      eventType: CHAT,
      errors: [
        '/SpecVersion: is spelled `specversion` in a CloudEvent: names are case-sensitive',
        '/Type: is spelled `type` in a CloudEvent: names are case-sensitive',
      ],
    },
  ],
  [
    'a CloudEvent without specversion',
    () => {
      const event = cloud();
      delete event.specversion;
      return event;
    },
    {
      eventType: CHAT,
      errors: [
        '/specversion: is required: the event has CloudEvents attributes (`source`, `type`, `time`) but no `specversion`; add "specversion": "1.0"',
      ],
    },
  ],
  [
    'a CloudEvent with eventType instead of type',
    () => rename(cloud(), 'type', 'eventType'),
    {
      eventType: CHAT,
      errors: ['/eventType: is the Event Grid name of `type`: a CloudEvent names it `type`'],
    },
  ],
  [
    'an Event Grid event with EventType',
    () => rename(sample(), 'eventType', 'EventType'),
    {
      eventType: CHAT,
      errors: ['/EventType: is spelled `eventType` in an Event Grid event: names are case-sensitive'],
    },
  ],
  [
    'an Event Grid event with dataversion and Data',
    () => rename(rename(sample(), 'dataVersion', 'dataversion'), 'data', 'Data'),
    {
      eventType: CHAT,
      errors: [
        '/Data: is spelled `data` in an Event Grid event: names are case-sensitive',
        '/dataversion: is spelled `dataVersion` in an Event Grid event: names are case-sensitive',
      ],
    },
  ],
  [
    'an Event Grid event with type and time instead of eventType and eventTime',
    () => rename(rename(sample(), 'eventType', 'type'), 'eventTime', 'time'),
    {
      eventType: CHAT,
      errors: [
        '/type: is the CloudEvents name of `eventType`: an Event Grid event names it `eventType`',
        '/time: is the CloudEvents name of `eventTime`: an Event Grid event names it `eventTime`',
      ],
    },
  ],
  [
    'an Event Grid event that also has an unrelated source (optional topic: no error)',
    () => ({ ...sample(), source: 'x' }),
    'valid',
  ],
  [
    'a near-miss and a real error: both reported',
    () => ({ ...rename(sample(), 'eventType', 'eventtype'), id: 5 }),
    {
      eventType: CHAT,
      errors: [
        '/eventtype: is spelled `eventType` in an Event Grid event: names are case-sensitive',
        '/id: must be a string',
      ],
    },
  ],
  ['both spellings present: the right one counts', () => ({ ...sample(), EventType: 'whatever' }), 'valid'],
  [
    'an invalid event says its type',
    () => ({ ...sample(), data: {} }),
    {
      eventType: CHAT,
      errors: [
        '/data/messageBody: is required',
        '/data/messageId: is required',
        '/data/senderId: is required',
        '/data/senderDisplayName: is required',
        '/data/composeTime: is required',
        '/data/type: is required',
        '/data/version: is required',
        '/data/recipientId: is required',
        '/data/transactionId: is required',
        '/data/threadId: is required',
      ],
    },
  ],
  [
    'an invalid envelope says its type',
    () => ({ ...sample(), id: undefined }),
    { eventType: CHAT, errors: ['/id: is required'] },
  ],
  [
    'no type: no eventType',
    () => ({ data: {} }),
    {
      errors: [
        '/id: is required',
        '/subject: is required',
        '/eventType: is required',
        '/eventTime: is required',
        '/dataVersion: is required',
      ],
    },
  ],
];

for (const [name, event, expected] of ENVELOPE_CASES) {
  test(`envelope: ${name}`, () => {
    assert.equal(parseEvents(event()).map(outcome), [expected]);
    assert.equal(parseEvents(JSON.stringify(event())).map(outcome), [expected], 'as text');
  });
}

test.run();
