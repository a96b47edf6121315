/**
 * Prototypes, accessors and proxies against the validators and guards: only own properties are
 * data, as for Ajv (ownProperties). Guards test a key against the object's prototype and make the
 * own-property test only when the prototype has it; validateX runs the guard first. Each case's
 * verdicts (validate, is) must equal Ajv's (allErrors on and off), and the expected one.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { agree, loadTargets, verdicts, type Target } from '../scripts/fuzz/targets.ts';

type Json = Record<string, unknown>;

let target: Target;
/** ChatMessageReceived data from a docs sample, with a sender identifier (a nested object). */
let DATA: Json;

test.before(async () => {
  target = (await loadTargets()).find((t) => t.type === 'Microsoft.Communication.ChatMessageReceived')!;
  DATA = target.samples.find((data) => (data as Json).senderCommunicationIdentifier !== undefined) as Json;
});

const data = (): Json => structuredClone(DATA);
const without = (key: string): Json => {
  const copy = data();
  delete copy[key];
  return copy;
};
/** An object whose own properties are `own` and whose prototype is `proto`. */
const over = (proto: object | null, own: Json): Json => Object.assign(Object.create(proto) as Json, own);

/** Object.prototype holds `entries` while `run` runs. */
function polluted<T>(entries: Json, run: () => T): T {
  const proto = Object.prototype as Json;
  Object.assign(proto, entries);
  try {
    return run();
  } finally {
    for (const key of Object.keys(entries)) delete proto[key];
  }
}

interface Case {
  name: string;
  value: () => unknown;
  valid: boolean;
  /** Object.prototype's extra entries while the case is judged. */
  pollute?: Json;
}

const CASES: Case[] = [
  { name: 'the sample', value: data, valid: true },
  // Prototypes: what they hold is never data.
  { name: 'every property inherited', value: () => over(data(), {}), valid: false },
  {
    name: 'a required string only inherited',
    value: () => over({ messageId: 'm' }, without('messageId')),
    valid: false,
  },
  {
    name: 'a required date-time only inherited',
    value: () => over({ composeTime: '2021-02-19T00:25:58.927Z' }, without('composeTime')),
    valid: false,
  },
  {
    name: 'a required integer only inherited',
    value: () => over({ version: 1 }, without('version')),
    valid: false,
  },
  {
    name: 'an inherited wrong type under a valid own value',
    value: () => over({ messageId: 5 }, data()),
    valid: true,
  },
  {
    name: 'an optional object inherited with a wrong type (absent, so fine)',
    value: () => over({ metadata: 5, senderCommunicationIdentifier: 'x' }, data()),
    valid: true,
  },
  {
    name: 'an optional object inherited with a wrong type, not shadowed',
    value: () => over({ senderCommunicationIdentifier: 'x' }, without('senderCommunicationIdentifier')),
    valid: true,
  },
  {
    name: 'an own undefined over an inherited value: absent',
    value: () => over({ messageId: 'm' }, { ...data(), messageId: undefined }),
    valid: false,
  },
  {
    name: 'a nested object whose required key is inherited',
    value: () => {
      const value = data();
      const sender = value.senderCommunicationIdentifier as Json;
      value.senderCommunicationIdentifier = over({ rawId: sender.rawId }, { ...sender, rawId: undefined });
      return value;
    },
    valid: false,
  },
  {
    name: 'a two-level prototype chain holding a required key',
    value: () => over(over({ type: 't' }, {}), without('type')),
    valid: false,
  },
  // A polluted Object.prototype.
  {
    name: 'Object.prototype holds a missing required key',
    value: () => without('messageId'),
    pollute: { messageId: 'p' },
    valid: false,
  },
  {
    name: 'Object.prototype holds a required key the value has',
    value: data,
    pollute: { messageId: 'p', composeTime: 'not a date', version: 'x' },
    valid: true,
  },
  {
    name: 'Object.prototype holds a wrong optional object',
    value: () => without('metadata'),
    pollute: { metadata: 5, kind: 5, rawId: 5 },
    valid: true,
  },
  {
    name: "Object.prototype holds a nested object's missing required key",
    value: () => {
      const value = data();
      delete (value.senderCommunicationIdentifier as Json).rawId;
      return value;
    },
    pollute: { rawId: 'p' },
    valid: false,
  },
  // No prototype.
  { name: 'a null-prototype value', value: () => over(null, data()), valid: true },
  {
    name: 'a null-prototype value without a required key',
    value: () => over(null, without('threadId')),
    valid: false,
  },
  {
    name: 'a null-prototype value with a "toString" own key',
    value: () => over(null, { ...data(), toString: 5 }),
    valid: true,
  },
  // Accessors.
  {
    name: 'a class whose getter supplies a required key (inherited)',
    value: () => {
      class Data {
        get messageBody() {
          return 'from the prototype';
        }
      }
      return Object.assign(new Data(), without('messageBody'));
    },
    valid: false,
  },
  {
    name: 'an own getter returning a valid value',
    value: () =>
      Object.defineProperty(without('messageBody'), 'messageBody', { enumerable: true, get: () => 'hi' }),
    valid: true,
  },
  {
    name: 'an own non-enumerable property (own: present, as for Ajv)',
    value: () => Object.defineProperty(without('messageBody'), 'messageBody', { value: 5 }),
    valid: false,
  },
  // Proxies whose traps are an object's.
  { name: 'a transparent proxy', value: () => new Proxy(data(), {}), valid: true },
  {
    name: 'a proxy over a value missing a key its prototype trap supplies',
    value: () => new Proxy(without('messageId'), { getPrototypeOf: () => ({ messageId: 'm' }) }),
    valid: false,
  },
];

for (const item of CASES) {
  test(item.name, () => {
    const judged = () => verdicts(target, item.value());
    const found = item.pollute === undefined ? judged() : polluted(item.pollute, judged);
    assert.ok(agree(found), `ours and Ajv disagree: ${JSON.stringify(found)}`);
    assert.is(found.is, item.valid, `is: ${JSON.stringify(found)}`);
    assert.is(found.validate, item.valid, `validate: ${JSON.stringify(found)}`);
  });
}

test('nothing was left on Object.prototype', () => {
  assert.equal(Object.keys(Object.prototype), []);
});

test.run();
