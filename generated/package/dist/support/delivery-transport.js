// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const systemClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
};
function fetchTransport(timeoutMs) {
  return async (request) => {
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(timeoutMs)
      });
      const body = await response.text();
      return {
        status: response.status,
        header: (name) => response.headers.get(name) ?? void 0,
        body
      };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === "TimeoutError";
      return timedOut ? { error: "timeout", message: `no response within ${timeoutMs} ms` } : { error: "network", message: networkMessage(error) };
    }
  };
}
function networkMessage(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}
export {
  fetchTransport,
  systemClock
};
