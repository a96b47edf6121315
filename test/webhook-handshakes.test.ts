/**
 * The two subscription handshakes (CloudEvents abuse protection, Event Grid validation) and the
 * `aeg-*` delivery headers, through the webhook core (runtime/support/webhook-*.ts).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dataValidators, parseEvents } from '../generated/package/dist/index.js';
import type { AbuseProtectionOptions } from '../generator/runtime/support/webhook-abuse-protection.ts';
import { WebhookDispatcher, type WebhookOptions } from '../generator/runtime/support/webhook-dispatch.ts';
import { readDeliveryHeaders } from '../generator/runtime/support/webhook-delivery-headers.ts';
import { fakeRequest, validationEvent } from './support/webhook-cases.ts';

const webhook = (options: WebhookOptions = {}) =>
  new WebhookDispatcher<Record<string, unknown>, unknown>(
    { parse: (value) => parseEvents(value), knownTypes: Object.keys(dataValidators) },
    options,
  );

// [case, request headers, options, status, response headers expected (undefined: must be absent)]
const ABUSE_PROTECTION: [
  string,
  Record<string, string>,
  AbuseProtectionOptions,
  number,
  Record<string, string | undefined>,
][] = [
  [
    "Event Grid's request: origin only",
    { 'WebHook-Request-Origin': 'eventgrid.azure.net' },
    {},
    200,
    { 'WebHook-Allowed-Origin': 'eventgrid.azure.net', 'WebHook-Allowed-Rate': '*', Allow: 'POST, OPTIONS' },
  ],
  [
    'origin and rate, any rate granted',
    { 'webhook-request-origin': 'eventgrid.azure.net', 'webhook-request-rate': '120' },
    {},
    200,
    { 'WebHook-Allowed-Origin': 'eventgrid.azure.net', 'WebHook-Allowed-Rate': '*' },
  ],
  [
    'a configured rate is granted',
    { 'WebHook-Request-Origin': 'eventgrid.azure.net', 'WebHook-Request-Rate': '120' },
    { allowedRate: 60 },
    200,
    { 'WebHook-Allowed-Rate': '60' },
  ],
  [
    'an allowed origin, other casing',
    { 'WebHook-Request-Origin': 'EventGrid.Azure.NET' },
    { allowedOrigins: ['eventgrid.azure.net'] },
    200,
    { 'WebHook-Allowed-Origin': 'EventGrid.Azure.NET' },
  ],
  [
    'an origin not allowed',
    { 'WebHook-Request-Origin': 'evil.example' },
    { allowedOrigins: ['eventgrid.azure.net'] },
    403,
    { 'WebHook-Allowed-Origin': undefined },
  ],
  ['no origin header', {}, {}, 400, { 'WebHook-Allowed-Origin': undefined }],
  ['an empty origin', { 'WebHook-Request-Origin': '  ' }, {}, 400, { 'WebHook-Allowed-Origin': undefined }],
  [
    'a rate that is not a number',
    { 'WebHook-Request-Origin': 'eventgrid.azure.net', 'WebHook-Request-Rate': 'fast' },
    {},
    400,
    { 'WebHook-Allowed-Rate': undefined },
  ],
  [
    'a zero rate',
    { 'WebHook-Request-Origin': 'eventgrid.azure.net', 'WebHook-Request-Rate': '0' },
    {},
    400,
    { 'WebHook-Allowed-Rate': undefined },
  ],
  [
    'the asynchronous callback header is answered synchronously',
    { 'WebHook-Request-Origin': 'eventgrid.azure.net', 'WebHook-Request-Callback': 'https://x.example/cb' },
    {},
    200,
    { 'WebHook-Allowed-Origin': 'eventgrid.azure.net' },
  ],
];

for (const [name, headers, options, status, expected] of ABUSE_PROTECTION) {
  test(`CloudEvents handshake: ${name}`, async () => {
    const response = await webhook(options).handle(fakeRequest({ method: 'OPTIONS', headers }));
    assert.is(response.status, status, response.body);
    for (const [header, value] of Object.entries(expected))
      assert.is(response.headers[header], value, header);
  });
}

const json = (value: unknown) => JSON.stringify(value);
const withData = (data: unknown) => ({ ...validationEvent(), data });

// [case, aeg-event-type header, body, status, response body]
const VALIDATION: [string, string | undefined, string, number, unknown][] = [
  [
    'the code is echoed',
    'SubscriptionValidation',
    json([validationEvent('A-1')]),
    200,
    { validationResponse: 'A-1' },
  ],
  [
    'without the header, by the event type',
    undefined,
    json([validationEvent('B-2')]),
    200,
    { validationResponse: 'B-2' },
  ],
  [
    'a single event, not an array',
    undefined,
    json(validationEvent('C-3')),
    200,
    { validationResponse: 'C-3' },
  ],
  [
    'without validationUrl',
    'SubscriptionValidation',
    json([withData({ validationCode: 'D-4' })]),
    200,
    { validationResponse: 'D-4' },
  ],
  [
    'the header but another event',
    'SubscriptionValidation',
    json([{ ...validationEvent(), eventType: 'Microsoft.Communication.SMSReceived' }]),
    400,
    undefined,
  ],
  [
    'two validation events',
    'SubscriptionValidation',
    json([validationEvent(), validationEvent()]),
    400,
    undefined,
  ],
  [
    'no validationCode',
    'SubscriptionValidation',
    json([withData({ validationUrl: 'https://x' })]),
    400,
    undefined,
  ],
  ['a numeric validationCode', undefined, json([withData({ validationCode: 42 })]), 400, undefined],
  ['no data', undefined, json([withData(null)]), 400, undefined],
];

for (const [name, aeg, body, status, expected] of VALIDATION) {
  test(`Event Grid validation handshake: ${name}`, async () => {
    const headers: Record<string, string> = aeg ? { 'aeg-event-type': aeg } : {};
    const response = await webhook().handle(fakeRequest({ headers, body }));
    assert.is(response.status, status, response.body);
    if (expected !== undefined) {
      assert.equal(JSON.parse(response.body), expected);
      assert.is(response.headers['Content-Type'], 'application/json');
    } else assert.match(JSON.parse(response.body).error, /\S/);
  });
}

test('Event Grid validation handshake: the handler sees the typed data and can refuse', async () => {
  const seen: unknown[] = [];
  const accepting = webhook().onSubscriptionValidation((data) => void seen.push(data));
  const body = json([validationEvent('E-5')]);
  assert.is((await accepting.handle(fakeRequest({ body }))).status, 200);
  assert.equal(seen, [validationEvent('E-5').data]);
  const refusing = webhook().onSubscriptionValidation(() => false);
  assert.is((await refusing.handle(fakeRequest({ body }))).status, 403);
  const failing = webhook().onSubscriptionValidation(() => {
    throw new Error('store down');
  });
  assert.is((await failing.handle(fakeRequest({ body }))).status, 500);
});

test('subscription deleted: typed data to its handler, 200; malformed data 400', async () => {
  const deleted = {
    ...validationEvent(),
    eventType: 'Microsoft.EventGrid.SubscriptionDeletedEvent',
    data: { eventSubscriptionId: '/subscriptions/xx/providers/Microsoft.EventGrid/eventSubscriptions/sub' },
  };
  const seen: unknown[] = [];
  const hook = webhook().onSubscriptionDeleted((data) => void seen.push(data));
  const headers = { 'aeg-event-type': 'SubscriptionDeletion' };
  assert.is((await hook.handle(fakeRequest({ headers, body: json([deleted]) }))).status, 200);
  assert.equal(seen, [deleted.data]);
  const broken = json([{ ...deleted, id: 'other', data: {} }]);
  assert.is((await hook.handle(fakeRequest({ headers, body: broken }))).status, 400);
});

// [case, headers, expected reading or error message pattern]
const DELIVERY_HEADERS: [string, Record<string, string>, object | RegExp][] = [
  ['none', {}, {}],
  [
    "all of Event Grid's",
    {
      'aeg-event-type': 'Notification',
      'aeg-subscription-name': 'SUB1',
      'aeg-delivery-count': '2',
      'aeg-data-version': '1.0',
      'aeg-metadata-version': '1',
    },
    {
      aegEventType: 'Notification',
      subscriptionName: 'SUB1',
      deliveryCount: 2,
      dataVersion: '1.0',
      metadataVersion: '1',
    },
  ],
  [
    'a type in other casing',
    { 'aeg-event-type': 'subscriptionvalidation' },
    { aegEventType: 'SubscriptionValidation' },
  ],
  [
    'SubscriptionDeletion',
    { 'aeg-event-type': 'SubscriptionDeletion' },
    { aegEventType: 'SubscriptionDeletion' },
  ],
  ['an unknown type', { 'aeg-event-type': 'Heartbeat' }, /aeg-event-type must be one of .*found "Heartbeat"/],
  ['a negative delivery count', { 'aeg-delivery-count': '-1' }, /aeg-delivery-count/],
  ['an empty subscription name is absent', { 'aeg-subscription-name': '' }, {}],
];

for (const [name, headers, expected] of DELIVERY_HEADERS) {
  test(`aeg-* headers: ${name}`, () => {
    const info = readDeliveryHeaders(fakeRequest({ headers }));
    if (expected instanceof RegExp) assert.match(String(info), expected);
    else assert.equal(info, expected);
  });
}

test('an odd aeg-event-type on a delivery is a 400', async () => {
  const response = await webhook().handle(
    fakeRequest({ headers: { 'aeg-event-type': 'Heartbeat' }, body: json([validationEvent()]) }),
  );
  assert.is(response.status, 400);
});

test.run();
