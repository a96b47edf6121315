/**
 * `compute`, remembering each result by its key for the life of the process: for pure functions of
 * a few distinct strings asked for over and over (a key's label, a heading's slug, a link's path).
 */
export function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    let result = results.get(key);
    if (result === undefined) {
      result = compute(key);
      results.set(key, result);
    }
    return result;
  };
}
