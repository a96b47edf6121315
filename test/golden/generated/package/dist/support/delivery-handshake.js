// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  abuseProtectionRequest,
  validationRequest,
  WEBHOOK_REQUEST_ORIGIN
} from "./delivery-headers.js";
async function handshake(transport, url, schema, identity, subscriptionName) {
  if (schema === "cloudevents") {
    const response2 = await transport(abuseProtectionRequest(url));
    if ("error" in response2) return { ok: false, detail: `OPTIONS: ${response2.message}` };
    const allowed = response2.header("webhook-allowed-origin");
    const ok2 = response2.status === 200 && allowed !== void 0 && (allowed.trim() === "*" || allowed.trim().toLowerCase() === WEBHOOK_REQUEST_ORIGIN);
    return {
      ok: ok2,
      detail: `OPTIONS → ${response2.status}, WebHook-Allowed-Origin: ${allowed ?? "(missing)"}${ok2 ? "" : ` (expected ${WEBHOOK_REQUEST_ORIGIN} or *)`}`
    };
  }
  const response = await transport(validationRequest(url, identity, subscriptionName));
  if ("error" in response) return { ok: false, detail: `SubscriptionValidationEvent: ${response.message}` };
  const echoed = validationResponse(response.body);
  const ok = response.status === 200 && echoed === identity.validationCode;
  const found = echoed === void 0 ? "no validationResponse in the body" : `validationResponse ${JSON.stringify(echoed)}`;
  return {
    ok,
    detail: `SubscriptionValidationEvent → ${response.status}, ${found}${ok ? "" : ` (expected ${JSON.stringify(identity.validationCode)})`}`
  };
}
function validationResponse(body) {
  try {
    const parsed = JSON.parse(body);
    return typeof parsed === "object" && parsed !== null && "validationResponse" in parsed ? parsed.validationResponse : void 0;
  } catch {
    return void 0;
  }
}
export {
  handshake
};
