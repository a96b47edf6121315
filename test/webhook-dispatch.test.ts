/**
 * The webhook core's dispatch and status codes, on the docs samples (generated/package/fixtures/):
 * Event Grid's delivery contract (200; 400 and 413 not retried; 500/503 retried), the body limit,
 * one handler per type with one shape for both envelopes, unknown and invalid events, and
 * remembering handled events across a retried batch.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dataValidators, parseEvents } from '../generated/package/dist/index.js';
import { createWebhook } from '../generated/package/dist/webhook.js';
import { DEFAULT_MAX_BODY_BYTES } from '../generator/runtime/support/webhook-body.ts';
import { WebhookDispatcher, type WebhookOptions } from '../generator/runtime/support/webhook-dispatch.ts';
import type { NormalizedEvent } from '../generator/runtime/support/webhook-event.ts';
import { docsFixtures, docsSample, fakeRequest, type FakeRequest } from './support/webhook-cases.ts';

type AnyEvent = NormalizedEvent<string, unknown, Record<string, unknown>, Record<string, unknown>>;
const webhook = (options: WebhookOptions = {}) =>
  new WebhookDispatcher<Record<string, AnyEvent>, AnyEvent>(
    { parse: (value) => parseEvents(value), knownTypes: Object.keys(dataValidators) },
    options,
  );

const SMS = 'Microsoft.Communication.SMSReceived';
const CHAT = 'Microsoft.Communication.ChatMessageReceived';
const sms = docsSample(SMS, 'eventgrid');
const smsCloud = docsSample(SMS, 'cloudevents');
const chat = docsSample(CHAT, 'eventgrid');
const json = (value: unknown) => JSON.stringify(value);
const invalidSms = { ...sms, id: 'broken', data: { ...(sms.data as object), from: 42 } };
const unknownEvent = { ...sms, id: 'unknown-1', eventType: 'Contoso.Orders.Shipped' };

// [case, request, status]
const STATUS_CASES: [string, FakeRequest, number][] = [
  ['an Event Grid batch', { body: json([sms, chat]) }, 200],
  ['one CloudEvent (structured mode)', { body: json(smsCloud) }, 200],
  ['a CloudEvents batch', { body: json([smsCloud, docsSample(CHAT, 'cloudevents')]) }, 200],
  ['bytes with a UTF-8 byte-order mark', { body: new TextEncoder().encode(`\uFEFF${json([sms])}`) }, 200],
  ['a string with a byte-order mark', { body: `\uFEFF${json([sms])}` }, 200],
  ['a body a parser already read', { body: { parsed: [sms] } }, 200],
  ['an event type the catalog does not know (accepted)', { body: json([unknownEvent]) }, 200],
  ['not JSON', { body: '{"id": ' }, 400],
  ['an empty body', { body: '' }, 400],
  ['an empty array', { body: '[]' }, 400],
  ['a JSON string', { body: '"hello"' }, 400],
  ['JSON null', { body: 'null' }, 400],
  ['an invalid event, no onInvalid', { body: json([sms, invalidSms]) }, 400],
  ['not an event at all', { body: json([{ hello: 'world' }]) }, 400],
  ['a body over the limit', { body: 'x'.repeat(DEFAULT_MAX_BODY_BYTES + 1) }, 413],
  [
    'a Content-Length over the limit (not read)',
    { headers: { 'Content-Length': String(DEFAULT_MAX_BODY_BYTES + 1) }, body: json([sms]) },
    413,
  ],
  ['GET', { method: 'GET' }, 405],
  ['PUT', { method: 'PUT', body: json([sms]) }, 405],
];

for (const [name, request, status] of STATUS_CASES) {
  test(`status: ${name} → ${status}`, async () => {
    const response = await webhook().handle(fakeRequest(request));
    assert.is(response.status, status, response.body);
    if (status !== 200) assert.match(JSON.parse(response.body).error, /\S/);
  });
}

test('405 says which methods are allowed', async () => {
  const response = await webhook().handle(fakeRequest({ method: 'DELETE' }));
  assert.is(response.headers.Allow, 'POST, OPTIONS');
});

test('400 names what is invalid and dispatches nothing of the request', async () => {
  const seen: string[] = [];
  const hook = webhook().onAnyEvent((event) => void seen.push(event.id));
  const response = await hook.handle(fakeRequest({ body: json([sms, invalidSms]) }));
  assert.is(response.status, 400);
  assert.match(JSON.parse(response.body).error, /1 invalid event\(s\): \/1\/data\/from: /);
  assert.equal(seen, []);
});

// [limit, body bytes, status]
const LIMITS: [number, number, number][] = [
  [100, 100, 400], // within the limit (then not JSON: 'x…')
  [100, 101, 413],
  [DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES, 400],
  [DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES + 1, 413],
];

for (const [limit, size, status] of LIMITS) {
  test(`body limit ${limit}: ${size} bytes → ${status}`, async () => {
    const options = limit === DEFAULT_MAX_BODY_BYTES ? {} : { maxBodyBytes: limit };
    const response = await webhook(options).handle(fakeRequest({ body: 'x'.repeat(size) }));
    assert.is(response.status, status);
  });
}

test('a batch over 1 MiB but within the default limit is dispatched whole (the limit is the same for parsing)', async () => {
  let seen = 0;
  const hook = createWebhook().on(SMS, () => void seen++);
  const event = (i: number) => ({ ...sms, id: `big-${String(i).padStart(6, '0')}` });
  const count = Math.floor((DEFAULT_MAX_BODY_BYTES - 2) / (json(event(0)).length + 1));
  const body = json(Array.from({ length: count }, (_, i) => event(i)));
  assert.ok(body.length > 1024 * 1024 && body.length <= DEFAULT_MAX_BODY_BYTES, `${body.length} bytes`);
  const response = await hook.handle(fakeRequest({ body }));
  assert.is(response.status, 200, response.body);
  assert.is(seen, count);
});

test('the default limit is Event Grid’s 1 MB event/batch plus 64 KB', () => {
  assert.is(DEFAULT_MAX_BODY_BYTES, 1024 * 1024 + 64 * 1024);
});

test('every docs sample, in both envelopes, reaches the handler of its type in one shape', async () => {
  const fixtures = docsFixtures();
  assert.ok(fixtures.length >= 200, `${fixtures.length} fixtures`);
  for (const fixture of fixtures) {
    const seen: AnyEvent[] = [];
    const hook = webhook().on(fixture.type, (event) => void seen.push(event));
    const response = await hook.handle(fakeRequest({ body: json([fixture.event]) }));
    assert.is(response.status, 200, `${fixture.name}: ${response.body}`);
    assert.is(seen.length, 1, fixture.name);
    const event = seen[0]!;
    const grid = fixture.schema === 'eventgrid';
    const e = fixture.event;
    assert.equal(
      {
        id: event.id,
        type: event.type,
        source: event.source,
        subject: event.subject,
        time: event.time,
        dataVersion: event.dataVersion,
        data: event.data,
        schema: event.schema,
        envelope: event.envelope,
      },
      {
        id: e.id,
        type: fixture.type,
        source: grid ? e.topic : e.source,
        subject: e.subject,
        time: grid ? e.eventTime : e.time,
        dataVersion: grid ? e.dataVersion : undefined,
        data: e.data,
        schema: fixture.schema,
        envelope: e,
      },
      fixture.name,
    );
  }
});

test('a batch: handlers in order, the fallback for types without one, unknown events to onUnknown', async () => {
  const calls: string[] = [];
  const hook = webhook()
    .on(SMS, (event) => void calls.push(`sms ${event.schema}`))
    .onAnyEvent((event) => void calls.push(`any ${event.type}`))
    .onUnknown((event) => void calls.push(`unknown ${event.type}`));
  const body = json([sms, unknownEvent, chat]);
  assert.is((await hook.handle(fakeRequest({ body }))).status, 200);
  assert.equal(calls, ['sms eventgrid', 'unknown Contoso.Orders.Shipped', `any ${CHAT}`]);
});

test('onInvalid: called with the errors and the raw event; the valid ones are dispatched; 200', async () => {
  const calls: string[] = [];
  const hook = webhook()
    .on(SMS, (event) => void calls.push(`sms ${event.id}`))
    .onInvalid((invalid) => void calls.push(`invalid ${invalid.errors.map((e) => e.path).join()}`));
  const response = await hook.handle(fakeRequest({ body: json([invalidSms, sms]) }));
  assert.is(response.status, 200, response.body);
  assert.equal(calls, ['invalid /0/data/from', `sms ${String(sms.id)}`]);
});

test('a handler that throws: 500 (or the configured 503), onError told, the rest of the batch not run', async () => {
  for (const [options, status] of [
    [{}, 500],
    [{ failureStatus: 503 }, 503],
  ] as const) {
    const errors: string[] = [];
    const calls: string[] = [];
    const hook = webhook({
      ...options,
      onError: (error, event) => void errors.push(`${event?.id}: ${String(error)}`),
    })
      .on(SMS, () => {
        throw new Error('database down');
      })
      .on(CHAT, () => void calls.push('chat'));
    const response = await hook.handle(fakeRequest({ body: json([sms, chat]) }));
    assert.is(response.status, status);
    assert.match(JSON.parse(response.body).error, new RegExp(`event ${String(sms.id)}`));
    assert.not.match(response.body, /database down/, 'the error itself stays with onError');
    assert.equal(errors, [`${String(sms.id)}: Error: database down`]);
    assert.equal(calls, []);
  }
});

test('a retried batch does not run the handlers that already succeeded; 0 turns that off', async () => {
  for (const [remember, expected] of [
    [undefined, ['chat', 'sms fails', 'sms fails', 'sms']],
    [0, ['chat', 'sms fails', 'chat', 'sms fails', 'chat', 'sms']],
  ] as const) {
    const calls: string[] = [];
    let failures = 2;
    const hook = webhook(remember === undefined ? {} : { rememberHandled: remember })
      .on(CHAT, () => void calls.push('chat'))
      .on(SMS, () => {
        if (failures-- > 0) {
          calls.push('sms fails');
          throw new Error('flaky');
        }
        calls.push('sms');
      });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++)
      statuses.push((await hook.handle(fakeRequest({ body: json([chat, sms]) }))).status);
    assert.equal(statuses, [500, 500, 200]);
    assert.equal(calls, expected);
  }
});

test('events with the same id from different sources are different events', async () => {
  const calls: string[] = [];
  const hook = webhook().on(SMS, (event) => void calls.push(String(event.source)));
  const other = { ...sms, topic: '/subscriptions/other' };
  assert.is((await hook.handle(fakeRequest({ body: json([sms, other, sms]) }))).status, 200);
  assert.equal(calls, [String(sms.topic), '/subscriptions/other']);
});

test('on: one handler per type, and only the catalog’s types', () => {
  const hook = webhook().on(SMS, () => undefined);
  assert.throws(() => hook.on(SMS, () => undefined), /already has a handler/);
  assert.throws(() => hook.on('Contoso.Orders.Shipped', () => undefined), /not an event type of the catalog/);
});

test('a handler gets the aeg-* headers of the delivery', async () => {
  const counts: unknown[] = [];
  const hook = webhook().on(SMS, (_event, delivery) => void counts.push(delivery));
  const headers = {
    'aeg-event-type': 'Notification',
    'aeg-delivery-count': '3',
    'aeg-subscription-name': 'S',
  };
  await hook.handle(fakeRequest({ headers, body: json([sms]) }));
  assert.equal(counts, [{ aegEventType: 'Notification', deliveryCount: 3, subscriptionName: 'S' }]);
});

test.run();
