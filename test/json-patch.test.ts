import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { applyPatch } from '../generator/model/json-patch.ts';
import type { PatchOperation } from '../generator/model/catalog-model.ts';

const event = () => ({
  subject: 'thread/{thread-id}/sender/{rawId}',
  data: { From: '1555', to: '+1555', list: [1, 2, 3], 'a/b': 1, 'm~n': 2 },
});

// [name, ops, expected]
const cases: [string, PatchOperation[], unknown][] = [
  [
    'replace a property',
    [{ op: 'replace', path: '/subject', value: 'thread/x' }],
    { ...event(), subject: 'thread/x' },
  ],
  [
    'add a property',
    [{ op: 'add', path: '/data/new', value: { x: 1 } }],
    { ...event(), data: { ...event().data, new: { x: 1 } } },
  ],
  [
    'add replaces an existing property',
    [{ op: 'add', path: '/data/to', value: 'x' }],
    { ...event(), data: { ...event().data, to: 'x' } },
  ],
  [
    'add inserts into an array',
    [{ op: 'add', path: '/data/list/1', value: 9 }],
    { ...event(), data: { ...event().data, list: [1, 9, 2, 3] } },
  ],
  [
    'add appends with -',
    [{ op: 'add', path: '/data/list/-', value: 4 }],
    { ...event(), data: { ...event().data, list: [1, 2, 3, 4] } },
  ],
  [
    'replace an array element',
    [{ op: 'replace', path: '/data/list/0', value: 0 }],
    { ...event(), data: { ...event().data, list: [0, 2, 3] } },
  ],
  [
    'remove a property',
    [{ op: 'remove', path: '/data/to' }],
    { subject: event().subject, data: { From: '1555', list: [1, 2, 3], 'a/b': 1, 'm~n': 2 } },
  ],
  [
    'remove an array element',
    [{ op: 'remove', path: '/data/list/2' }],
    { ...event(), data: { ...event().data, list: [1, 2] } },
  ],
  [
    'move renames (casing fix)',
    [{ op: 'move', from: '/data/From', path: '/data/from' }],
    { subject: event().subject, data: { to: '+1555', list: [1, 2, 3], 'a/b': 1, 'm~n': 2, from: '1555' } },
  ],
  [
    'escaped pointers ~1 and ~0',
    [
      { op: 'replace', path: '/data/a~1b', value: 5 },
      { op: 'remove', path: '/data/m~0n' },
    ],
    { ...event(), data: { From: '1555', to: '+1555', list: [1, 2, 3], 'a/b': 5 } },
  ],
  ['replace the whole document', [{ op: 'replace', path: '', value: [1] }], [1]],
  [
    'operations apply in order',
    [
      { op: 'add', path: '/x', value: 1 },
      { op: 'move', from: '/x', path: '/y' },
    ],
    { ...event(), y: 1 },
  ],
];

for (const [name, ops, expected] of cases) {
  test(`applyPatch: ${name}`, () => {
    const input = event();
    const before = structuredClone(input);
    assert.equal(applyPatch(input, ops), expected);
    assert.equal(input, before, 'input must not be mutated');
  });
}

// [name, ops, message fragment]
const failures: [string, PatchOperation[], string][] = [
  [
    'replace a missing property',
    [{ op: 'replace', path: '/data/nope', value: 1 }],
    'patch operation 1 (replace /data/nope): path not found: /data/nope',
  ],
  ['remove a missing property', [{ op: 'remove', path: '/data/nope' }], 'no property "nope"'],
  ['missing parent', [{ op: 'add', path: '/nope/x', value: 1 }], 'path not found: /nope'],
  ['through a scalar', [{ op: 'add', path: '/subject/x', value: 1 }], 'not an object or array'],
  ['array index out of range', [{ op: 'replace', path: '/data/list/3', value: 1 }], 'index 3 out of range'],
  ['insert past the end', [{ op: 'add', path: '/data/list/5', value: 1 }], 'index 5 out of range'],
  ['not an array index', [{ op: 'remove', path: '/data/list/01' }], 'is not an array index'],
  ['pointer without slash', [{ op: 'remove', path: 'data' }], 'must be empty or start with'],
  ['bad ~ escape', [{ op: 'remove', path: '/data/a~2' }], "bad '~' escape"],
  ['move into own child', [{ op: 'move', from: '/data', path: '/data/x' }], 'into its own child'],
  ['move from missing', [{ op: 'move', from: '/nope', path: '/x' }], 'path not found: /nope'],
  [
    'second op fails',
    [
      { op: 'remove', path: '/subject' },
      { op: 'remove', path: '/subject' },
    ],
    'patch operation 2',
  ],
];

for (const [name, ops, message] of failures) {
  test(`applyPatch throws: ${name}`, () => {
    const input = event();
    assert.throws(
      () => applyPatch(input, ops),
      (e: Error) => e.message.includes(message),
    );
    assert.equal(input, event(), 'input must not be mutated');
  });
}

test.run();
