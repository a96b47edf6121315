// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { fetchWebhookRequest } from "./webhook-fetch.js";
function toAzureFunctionsHandler(webhook) {
  return async (request) => {
    const answer = await webhook.handle(fetchWebhookRequest(request));
    return answer.body === "" ? { status: answer.status, headers: answer.headers } : { status: answer.status, headers: answer.headers, body: answer.body };
  };
}
export {
  toAzureFunctionsHandler
};
