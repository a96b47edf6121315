import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chosen, walkData, type DataNode } from '../generator/model/factory-data-walk.ts';
import type { JsonSchema } from '../generator/model/catalog-model.ts';
import { definitionsOf } from '../generator/model/schema-refs.ts';
import { ref } from './support/small-catalog.ts';

const defs = definitionsOf({
  definitions: [
    { name: 'Base', schema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
    {
      name: 'Derived',
      schema: {
        allOf: [ref('Base'), { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] }],
      },
    },
  ],
});

const CHOSEN_CASES: [name: string, schema: JsonSchema, expected: JsonSchema][] = [
  [
    'a type list loses null',
    { type: ['string', 'null'], format: 'duration' },
    { type: 'string', format: 'duration' },
  ],
  [
    'a nullable $ref is the definition',
    { anyOf: [ref('Base'), { type: 'null' }] },
    { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
  ],
  [
    'allOf inheritance is flattened, bases first',
    ref('Derived'),
    { type: 'object', properties: { id: { type: 'string' }, n: { type: 'integer' } }, required: ['id', 'n'] },
  ],
  [
    'a closed documented enum stays whole',
    { oneOf: [{ const: 'A' }, { const: 'B' }] },
    { oneOf: [{ const: 'A' }, { const: 'B' }] },
  ],
  [
    'an open enum stays whole',
    { anyOf: [{ const: 'A' }, { type: 'string' }] },
    { anyOf: [{ const: 'A' }, { type: 'string' }] },
  ],
  [
    'any other anyOf: its first alternative',
    { anyOf: [{ type: 'integer' }, { type: 'string' }] },
    { type: 'integer' },
  ],
];

for (const [name, schema, expected] of CHOSEN_CASES) {
  test(`chosen: ${name}`, () => assert.equal(chosen(schema, defs), expected));
}

const visited = (
  schema: JsonSchema,
): Pick<DataNode, 'pointer' | 'required' | 'nullable' | 'inAlternative' | 'enclosedInAlternative'>[] => {
  const nodes: DataNode[] = [];
  walkData(schema, defs, (node) => nodes.push(node));
  return nodes.map(({ pointer, required, nullable, inAlternative, enclosedInAlternative }) => ({
    pointer,
    required,
    nullable,
    inAlternative,
    enclosedInAlternative,
  }));
};

test('walkData: nullable and inherited values are walked as plain ones; union branches as alternatives', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      maybe: { anyOf: [ref('Derived'), { type: 'null' }] },
      union: { oneOf: [ref('Base'), { type: 'object', properties: { k: { type: 'string' } } }] },
    },
    required: ['maybe'],
  };
  const plain = { inAlternative: false, enclosedInAlternative: false };
  assert.equal(visited(schema), [
    { pointer: '/maybe', required: true, nullable: true, ...plain },
    { pointer: '/maybe/id', required: true, nullable: false, ...plain },
    { pointer: '/maybe/n', required: true, nullable: false, ...plain },
    {
      pointer: '/union',
      required: false,
      nullable: false,
      inAlternative: true,
      enclosedInAlternative: false,
    },
    {
      pointer: '/union/id',
      required: true,
      nullable: false,
      inAlternative: true,
      enclosedInAlternative: true,
    },
  ]);
});

test.run();
