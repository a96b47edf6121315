import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Repair } from '../generator/model/catalog-model.ts';
import { applyRepairs, repairJson } from '../generator/model/repair-json.ts';

const lines = (...l: string[]): string => l.join('\n') + '\n';

// [name, text, firstLine, expected value, expected repairs]
const repairable: [string, string, number, unknown, Repair[]][] = [
  ['valid array', '[{"a": 1}]\n', 10, [{ a: 1 }], []],
  [
    'valid scalars',
    '{"s": "x\\"y\\u00e9", "n": -1.5e2, "t": true, "f": false, "z": null}',
    1,
    { s: 'x"y\u00e9', n: -150, t: true, f: false, z: null },
    [],
  ],
  [
    'trailing comma in object',
    lines('{', '  "a": 1,', '}'),
    5,
    { a: 1 },
    [{ kind: 'trailing-comma', line: 6, column: 9 }],
  ],
  ['trailing comma in array', '[1, 2 ,\n]', 1, [1, 2], [{ kind: 'trailing-comma', line: 1, column: 7 }]],
  [
    'nested trailing commas',
    lines('[{', '  "p": {', '    "topic": "x",', '  },', '}]'),
    180,
    [{ p: { topic: 'x' } }],
    [
      { kind: 'trailing-comma', line: 182, column: 17 },
      { kind: 'trailing-comma', line: 183, column: 4 },
    ],
  ],
  [
    'filter fragment (seed 000)',
    lines(
      '"filter": {',
      '  "includedEventTypes": [',
      '    "Microsoft.Communication.SMSReceived"',
      '  ],',
      '  "subjectBeginsWith": "phonenumber/1555",',
      '}',
    ),
    65,
    {
      filter: {
        includedEventTypes: ['Microsoft.Communication.SMSReceived'],
        subjectBeginsWith: 'phonenumber/1555',
      },
    },
    [
      { kind: 'wrap-object', line: 65, column: 1 },
      { kind: 'trailing-comma', line: 69, column: 42 },
    ],
  ],
  [
    'fragment with two members',
    '"a": 1, "b": [2]',
    3,
    { a: 1, b: [2] },
    [{ kind: 'wrap-object', line: 3, column: 1 }],
  ],
  ['indented fragment', '  "a": 1', 3, { a: 1 }, [{ kind: 'wrap-object', line: 3, column: 3 }]],
  ['a lone string is a value, not a fragment', '"filter"', 1, 'filter', []],
  ['comma inside a string is not a repair', '{"a": ",}"}', 1, { a: ',}' }, []],
  ['__proto__ is an own property', '{"__proto__": 1}', 1, JSON.parse('{"__proto__": 1}'), []],
];

for (const [name, text, firstLine, value, repairs] of repairable) {
  test(`repairJson: ${name}`, () => {
    const result = repairJson(text, firstLine);
    assert.ok(result.ok, JSON.stringify(result));
    if (!result.ok) return;
    assert.equal(result.value, value);
    assert.equal(result.repairs, repairs);
    // the loader's path: replaying the recorded repairs gives strict JSON with the same value
    assert.equal(JSON.parse(applyRepairs(text, firstLine, result.repairs)), value);
  });
}

// [name, text, firstLine, line, column, message fragment]
const unrepairable: [string, string, number, number, number, string][] = [
  ['missing comma', lines('{', '  "a": 1', '  "b": 2', '}'), 10, 12, 3, "expected ',' or '}'"],
  ['single quotes', "{'a': 1}", 1, 1, 2, 'expected a property name'],
  ['unterminated string', lines('[', '  "abc', ']'), 4, 5, 7, 'unterminated string'],
  ['comment', lines('{', '  // note', '  "a": 1', '}'), 1, 2, 3, 'expected a property name'],
  ['trailing comma at the end of a fragment', '"a": 1,', 1, 1, 8, 'expected a property name'],
  ['double comma', '[1,,2]', 7, 7, 4, 'expected a value'],
  ['unclosed array', '[1, 2', 1, 1, 6, "expected ',' or ']'"],
  ['text after the value', '[1] x', 1, 1, 5, 'after the JSON value'],
  ['leading plus', '[+1]', 1, 1, 2, 'expected a value'],
  ['empty text', '\n', 2, 3, 1, 'expected a value'],
];

for (const [name, text, firstLine, line, column, message] of unrepairable) {
  test(`repairJson reports ${name} at ${line}:${column}`, () => {
    const result = repairJson(text, firstLine);
    assert.not.ok(result.ok);
    if (result.ok) return;
    assert.equal([result.line, result.column], [line, column]);
    assert.ok(result.message.includes(message), result.message);
  });
}

// [name, text, firstLine, repairs, error fragment]
const badReplays: [string, string, number, Repair[], string][] = [
  ['comma moved', '[1, 2,\n]', 1, [{ kind: 'trailing-comma', line: 1, column: 2 }], "expected ',' there"],
  [
    'comma not trailing',
    '[1, 2]',
    1,
    [{ kind: 'trailing-comma', line: 1, column: 3 }],
    "not followed by '}' or ']'",
  ],
  ['line outside the text', '[1,]', 1, [{ kind: 'trailing-comma', line: 9, column: 3 }], 'outside the text'],
  [
    'column past the line',
    '[1,]\n',
    1,
    [{ kind: 'trailing-comma', line: 1, column: 40 }],
    'past the end of the line',
  ],
  [
    'wrap not at the start',
    ' "a": 1',
    1,
    [{ kind: 'wrap-object', line: 1, column: 1 }],
    'not the first character',
  ],
  ['wrap on a non-member', '[1]', 1, [{ kind: 'wrap-object', line: 1, column: 1 }], 'expected a member name'],
];

for (const [name, text, firstLine, repairs, message] of badReplays) {
  test(`applyRepairs fails clearly: ${name}`, () => {
    assert.throws(
      () => applyRepairs(text, firstLine, repairs),
      (e: Error) => e.message.includes(message),
    );
  });
}

test('applyRepairs without repairs returns the text unchanged', () => {
  assert.is(applyRepairs('[1]\n', 1, []), '[1]\n');
});

test.run();
