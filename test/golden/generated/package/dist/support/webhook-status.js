// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const STATUS = {
  ok: 200,
  /** A malformed request: Event Grid does not retry it. */
  badRequest: 400,
  /** The CloudEvents handshake was refused (origin not allowed), or the subscription validation was. */
  forbidden: 403,
  methodNotAllowed: 405,
  /** The body exceeds the limit: Event Grid does not retry it. */
  tooLarge: 413,
  /** A handler failed: Event Grid retries. */
  handlerFailed: 500,
  /** The alternative for a handler failure (`failureStatus: 503`): Event Grid retries too. */
  unavailable: 503
};
function jsonResponse(status, value, headers = {}) {
  return { status, headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(value) };
}
function emptyResponse(status, headers = {}) {
  return { status, headers, body: "" };
}
function errorResponse(status, message) {
  return jsonResponse(status, { error: message });
}
export {
  STATUS,
  emptyResponse,
  errorResponse,
  jsonResponse
};
