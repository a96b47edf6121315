// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { BodyChunks, tooLarge, unreadable } from "./webhook-body.js";
import { STATUS } from "./webhook-status.js";
function readNodeBody(request, limit) {
  return new Promise((resolve) => {
    const chunks = new BodyChunks(limit);
    const onEnd = () => resolve({ ok: true, body: chunks.bytes() });
    const onData = (chunk) => {
      if (chunks.add(chunk)) return;
      request.removeListener("data", onData);
      request.removeListener("end", onEnd);
      request.on("data", () => void 0);
      resolve(tooLarge(limit));
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", (error) => resolve(unreadable(error)));
  });
}
function nodeWebhookRequest(request, readBody = (limit) => readNodeBody(request, limit)) {
  return {
    method: request.method ?? "GET",
    header(name) {
      const value = request.headers[name];
      return Array.isArray(value) ? value.join(", ") : value;
    },
    readBody
  };
}
function writeNodeResponse(response, answer) {
  response.writeHead(answer.status, answer.headers);
  if (answer.body === "") response.end();
  else response.end(answer.body);
}
function failNodeResponse(response) {
  if (response.headersSent) response.end();
  else writeNodeResponse(response, { status: STATUS.handlerFailed, headers: {}, body: "" });
}
function toNodeListener(webhook) {
  return (request, response) => {
    webhook.handle(nodeWebhookRequest(request)).then(
      (answer) => writeNodeResponse(response, answer),
      () => failNodeResponse(response)
    );
  };
}
export {
  failNodeResponse,
  nodeWebhookRequest,
  readNodeBody,
  toNodeListener,
  writeNodeResponse
};
