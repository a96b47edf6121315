/**
 * Every value a schema node lists — `enum`, `const`, the `const`s of a documented enum — must be a
 * value of the node's own `type` and `format`: the factories draw from those lists, so a value the
 * type rejects would make them build events their own validators refuse.
 */
import type { JsonSchema } from '../model/catalog-model.ts';
import { satisfies } from '../model/data-schema-satisfies.ts';
import type { PathSegment } from '../model/diagnostic.ts';
import { isConstBranch, typeNames } from '../model/schema-shapes.ts';

type Fail = (path: PathSegment[], message: string) => void;

const NO_DEFINITIONS = new Map<string, JsonSchema>();

export function checkEnumTypes(node: JsonSchema, at: PathSegment[], fail: Fail): void {
  if (node.enum !== undefined && node.enum.length === 0)
    fail([...at, 'enum'], 'expected at least one enum value, found none');
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    if (node[keyword] !== undefined && node[keyword].length === 0)
      fail([...at, keyword], `expected at least one ${keyword} branch, found none`);
  }
  if (typeNames(node).length === 0) return;
  const typeAndFormat: JsonSchema = {
    type: node.type,
    ...(node.format === undefined ? {} : { format: node.format }),
  };
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
    if (!satisfies(typeAndFormat, value, NO_DEFINITIONS))
      fail(path, `expected a value of the property's type (${expected}), found ${JSON.stringify(value)}`);
  }
}
