// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { readStream } from "./webhook-body.js";
function fetchWebhookRequest(request) {
  return {
    method: request.method,
    header: (name) => request.headers.get(name) ?? void 0,
    readBody: async (limit) => request.body === null ? { ok: true, body: "" } : readStream(request.body, limit)
  };
}
function toFetchHandler(webhook, options = {}) {
  const ResponseClass = options.Response ?? Response;
  return async (request) => {
    const answer = await webhook.handle(fetchWebhookRequest(request));
    return new ResponseClass(answer.body === "" ? null : answer.body, {
      status: answer.status,
      headers: answer.headers
    });
  };
}
export {
  fetchWebhookRequest,
  toFetchHandler
};
