// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
export const STATUS = {
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
    unavailable: 503,
};
/** A JSON response. */
export function jsonResponse(status, value, headers = {}) {
    return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(value) };
}
/** A response without a body. */
export function emptyResponse(status, headers = {}) {
    return { status, headers, body: '' };
}
/** An error response: `{ "error": message }`, which Event Grid records with a failed delivery. */
export function errorResponse(status, message) {
    return jsonResponse(status, { error: message });
}
