/**
 * Every value a schema node lists — `enum`, `const`, the `const`s of a documented enum — must be a
 * value of the node's own `type` and `format`: the factories draw from those lists, so a value the
 * type rejects would make them build events their own validators refuse.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonSchema } from '../model/catalog-model.ts';
import { newDataSchemaAjv } from '../model/data-schema-ajv.ts';
import type { PathSegment } from '../model/diagnostic.ts';
import { isConstBranch, typeNames } from '../model/schema-shapes.ts';

type Fail = (path: PathSegment[], message: string) => void;

const ajv = newDataSchemaAjv({ allErrors: false });
const compiled = new Map<string, ValidateFunction>();

function typeCheck(node: JsonSchema): ValidateFunction | undefined {
  const types = typeNames(node);
  if (types.length === 0) return undefined;
  const schema = { type: node.type, ...(node.format === undefined ? {} : { format: node.format }) };
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

export function checkEnumTypes(node: JsonSchema, at: PathSegment[], fail: Fail): void {
  if (node.enum !== undefined && node.enum.length === 0)
    fail([...at, 'enum'], 'expected at least one enum value, found none');
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    if (node[keyword] !== undefined && node[keyword].length === 0)
      fail([...at, keyword], `expected at least one ${keyword} branch, found none`);
  }
  const validate = typeCheck(node);
  if (!validate) return;
  const expected = `${typeNames(node).join(' or ')}${node.format === undefined ? '' : ` in format ${node.format}`}`;
  const listed: [PathSegment[], unknown][] = [
    ...(node.enum ?? []).map((value, i): [PathSegment[], unknown] => [[...at, 'enum', i], value]),
    ...(node.const === undefined ? [] : [[[...at, 'const'], node.const] as [PathSegment[], unknown]]),
  ];
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    node[keyword]?.forEach((branch, i) => {
      if (isConstBranch(branch)) listed.push([[...at, keyword, i, 'const'], branch.const]);
    });
  }
  for (const [path, value] of listed) {
    if (!validate(value))
      fail(path, `expected a value of the property's type (${expected}), found ${JSON.stringify(value)}`);
  }
}
