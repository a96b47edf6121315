// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { emptyResponse, errorResponse, STATUS } from "./webhook-status.js";
const POSITIVE_INTEGER = /^[1-9]\d*$/;
function answerAbuseProtection(request, options) {
  const origin = request.header("webhook-request-origin")?.trim();
  if (origin === void 0 || origin === "")
    return errorResponse(STATUS.badRequest, "OPTIONS without a WebHook-Request-Origin header");
  const rate = request.header("webhook-request-rate")?.trim();
  if (rate !== void 0 && !POSITIVE_INTEGER.test(rate))
    return errorResponse(
      STATUS.badRequest,
      `WebHook-Request-Rate must be a positive integer, found "${rate}"`
    );
  const allowed = options.allowedOrigins;
  if (allowed !== void 0 && !allowed.some((name) => name.toLowerCase() === origin.toLowerCase()))
    return errorResponse(STATUS.forbidden, `origin "${origin}" is not allowed`);
  const granted = options.allowedRate ?? "*";
  return emptyResponse(STATUS.ok, {
    Allow: "POST, OPTIONS",
    "WebHook-Allowed-Origin": origin,
    "WebHook-Allowed-Rate": String(granted)
  });
}
export {
  answerAbuseProtection
};
