import * as prettier from 'prettier';
import prettierSettings from '../../.prettierrc.json' with { type: 'json' };

/** The repository's own prettier settings (.prettierrc.json): generated and hand-written code share them. */
export const PRETTIER_OPTIONS = prettierSettings as prettier.Options;

/**
 * Where prettier (with the repository's options) would first change `text`, as
 * `name:line` with both versions of the line; undefined when prettier leaves it as it is.
 */
export async function firstPrettierChange(
  name: string,
  text: string,
  parser: 'json' | 'markdown' | 'typescript' | 'css',
): Promise<string | undefined> {
  const formatted = await prettier.format(text, { ...PRETTIER_OPTIONS, parser });
  if (formatted === text) return undefined;
  const emitted = text.split('\n');
  const expected = formatted.split('\n');
  let at = 0;
  while (emitted[at] === expected[at]) at++;
  return `${name}:${at + 1}\n  emitted:  ${JSON.stringify(emitted[at])}\n  prettier: ${JSON.stringify(expected[at])}`;
}
