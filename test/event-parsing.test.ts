import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  classifyEvents,
  dataChecks,
  type EventValidators,
  type ParseLimits,
  type ReportedError,
  type Validate,
} from '../generator/runtime/support/event-parsing.ts';

const error = (path: string): ReportedError => ({ path, message: 'bad', expected: 'x', received: 'y' });
/** A validator that accepts objects holding every one of `fields`. */
const requires =
  (...fields: string[]): Validate<ParseLimits> =>
  (value) => {
    const missing = fields.filter(
      (field) => !(value !== null && typeof value === 'object' && field in value),
    );
    return missing.length === 0
      ? { ok: true, value }
      : { ok: false, errors: missing.map((field) => error(`/${field}`)) };
  };

type Options = ParseLimits & { strict?: boolean };
/** `validate`'s verdict as a guard (what a generated guard is: its validator's `ok`, lenient). */
const guardOf = (validate: Validate<Options>) => (value: unknown) => validate(value).ok;
const eventGrid = requires('eventType', 'data');
const cloudEvent = requires('type');
const known = requires('text');
const validators: EventValidators<Options> = {
  eventGrid,
  cloudEvent,
  eventGridGuard: guardOf(eventGrid),
  cloudEventGuard: guardOf(cloudEvent),
  data: dataChecks({ Known: known }, { Known: guardOf(known) }, []),
};

const grid = (eventType: string, data: unknown) => ({ eventType, data });
const summary = (body: unknown) =>
  classifyEvents(validators, body).map((result) =>
    result.status === 'invalid'
      ? `invalid ${result.errors.map((e) => e.path || '(root)').join(',')}`
      : `${result.status} ${result.schema}`,
  );

const CASES: [name: string, body: unknown, expected: string[]][] = [
  ['one valid Event Grid event', grid('Known', { text: 'hi' }), ['valid eventgrid']],
  ['as JSON text', JSON.stringify(grid('Known', { text: 'hi' })), ['valid eventgrid']],
  [
    'as UTF-8 bytes',
    new TextEncoder().encode(JSON.stringify([grid('Known', { text: 'hi' })])),
    ['valid eventgrid'],
  ],
  ['a valid CloudEvent', { specversion: '1.0', type: 'Known', data: { text: 'hi' } }, ['valid cloudevents']],
  ['an unknown type', grid('Other', {}), ['unknown eventgrid']],
  ['an unknown CloudEvent type', { specversion: '1.0', type: 'Other' }, ['unknown cloudevents']],
  ['a broken envelope', { data: {} }, ['invalid /eventType']],
  ['broken data, path under /data', grid('Known', {}), ['invalid /data/text']],
  [
    'a batch prefixes each path with its index',
    [grid('Known', {}), grid('Known', { text: '' }), {}],
    ['invalid /0/data/text', 'valid eventgrid', 'invalid /2/eventType,/2/data'],
  ],
  [
    'a hole in a batch is an event too',
    [, grid('Known', { text: '' })],
    ['invalid /0/eventType,/0/data', 'valid eventgrid'],
  ],
  ['an empty batch', [], []],
  ['text that is not JSON', '{"eventType":', ['invalid (root)']],
  ['"toString" is no known type', grid('toString', {}), ['unknown eventgrid']],
];

for (const [name, body, expected] of CASES) {
  test(`classifyEvents: ${name}`, () => assert.equal(summary(body), expected));
}

// A validator that is lenient unless strict, and (for a type with wire forms) rewrites the data.
const lenient: Validate<Options> = (value, options) =>
  options?.strict === true && typeof value === 'object' && value !== null && 'extra' in value
    ? { ok: false, errors: [error('/extra')] }
    : {
        ok: true,
        value: { text: 'canonical' },
        normalized: [{ erratum: 'e', path: '/text', kind: 'value', from: 1, to: 2 }],
      };
const guarded: EventValidators<Options> = {
  ...validators,
  data: dataChecks({ Lenient: lenient, Rewriting: lenient }, { Lenient: () => true, Rewriting: () => true }, [
    'Rewriting',
  ]),
};

// [case, event type, options, expected: status, normalized paths]
const GUARD_CASES: [string, string, Options | undefined, string][] = [
  ["a type without wire forms: the guard's yes decides", 'Lenient', undefined, 'valid '],
  ['strict: the validator decides, not the guard', 'Lenient', { strict: true }, 'invalid'],
  [
    'a type with wire forms: the validator decides (and normalizes)',
    'Rewriting',
    undefined,
    'valid /data/text',
  ],
  ['a type with wire forms, strict', 'Rewriting', { strict: true }, 'invalid'],
];
for (const [name, type, options, expected] of GUARD_CASES) {
  test(`data checks: ${name}`, () => {
    const [result] = classifyEvents(guarded, grid(type, { text: 'x', extra: 1 }), options);
    const summary =
      result?.status === 'valid'
        ? `valid ${result.normalized.map((change) => change.path).join(',')}`
        : String(result?.status);
    assert.is(summary, expected);
  });
}

test('a value that throws when read is an invalid result, not a throw', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const [single] = classifyEvents(validators, revoked.proxy);
  assert.is(single?.status, 'invalid');
  const throwing = new Proxy([], {
    get: () => {
      throw new Error('trap');
    },
  });
  const [batch] = classifyEvents(validators, throwing);
  assert.ok(batch?.status === 'invalid' && /trap/.test(batch.errors[0]!.message));
});

test('text that is not JSON says why, and keeps the raw body', () => {
  const [result] = classifyEvents(validators, 'nope');
  assert.ok(result?.status === 'invalid');
  if (result?.status !== 'invalid') return;
  assert.is(result.raw, 'nope');
  assert.match(result.errors[0]!.message, /^body is not JSON: /);
  assert.equal([result.errors[0]!.expected, result.errors[0]!.received], ['JSON text', 'string']);
});

test.run();
