/**
 * File I/O a few operations at a time: enough to keep libuv's threads busy (one at a time left them
 * idle between a file's open, read or write and close), few enough to hold open descriptors low.
 */
const IN_FLIGHT = 16;

/**
 * `run` on every item, in order of start, at most IN_FLIGHT at once; the results in the items' order.
 * After a failure no more start; those under way are awaited, then the first failure is thrown.
 */
export async function mapInFlight<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const i = next++;
      try {
        results[i] = await run(items[i]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
