/**
 * Relative import specifiers between the package's generated modules, which are split into
 * directories (validators/events/…, fixtures/events/…) and import one another by relative path.
 */

/** The specifier `from` imports `to` by (both package paths of .ts sources; the import names the .js). */
export function importPath(from: string, to: string): string {
  const source = from.split('/').slice(0, -1);
  const target = to.replace(/\.ts$/, '.js').split('/');
  let shared = 0;
  while (shared < source.length && shared < target.length - 1 && source[shared] === target[shared]) shared++;
  const up = source.length - shared;
  return [...(up === 0 ? ['.'] : Array<string>(up).fill('..')), ...target.slice(shared)].join('/');
}
