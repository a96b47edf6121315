// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { limitedBody } from "./webhook-body.js";
import {
  nodeWebhookRequest,
  readNodeBody,
  writeNodeResponse
} from "./webhook-node.js";
function parsedBody(request, limit) {
  if (request._body !== true && !(request.body !== void 0 && request.readableEnded === true))
    return void 0;
  const body = request.body;
  if (typeof body === "string" || body instanceof Uint8Array) return limitedBody(body, limit);
  return { ok: true, parsed: body };
}
function toExpressMiddleware(webhook) {
  return (request, response, next) => {
    const webhookRequest = nodeWebhookRequest(
      request,
      async (limit) => parsedBody(request, limit) ?? readNodeBody(request, limit)
    );
    webhook.handle(webhookRequest).then(
      (answer) => writeNodeResponse(response, answer),
      (error) => next(error)
    );
  };
}
export {
  toExpressMiddleware
};
