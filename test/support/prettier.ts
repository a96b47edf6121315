import * as prettier from 'prettier';
import { PRETTIER_OPTIONS } from '../../generator/stages/prettier-format.ts';

/**
 * Where prettier (with the repository's options) would first change `text`, as
 * `name:line` with both versions of the line; undefined when prettier leaves it as it is.
 */
export async function firstPrettierChange(
  name: string,
  text: string,
  parser: 'json' | 'markdown' | 'typescript',
): Promise<string | undefined> {
  const formatted = await prettier.format(text, { ...PRETTIER_OPTIONS, parser });
  if (formatted === text) return undefined;
  const emitted = text.split('\n');
  const expected = formatted.split('\n');
  let at = 0;
  while (emitted[at] === expected[at]) at++;
  return `${name}:${at + 1}\n  emitted:  ${JSON.stringify(emitted[at])}\n  prettier: ${JSON.stringify(expected[at])}`;
}
