// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The handshake Event Grid performs before it delivers to a webhook: for the Event Grid schema, a
 * `SubscriptionValidationEvent` whose `validationCode` must come back as `validationResponse` in a
 * 200 response; for CloudEvents 1.0, an OPTIONS request whose `WebHook-Allowed-Origin` must allow
 * `eventgrid.azure.net` (or `*`).
 */
import { abuseProtectionRequest, validationRequest, WEBHOOK_REQUEST_ORIGIN, } from './delivery-headers.js';
export async function handshake(transport, url, schema, identity, subscriptionName) {
    if (schema === 'cloudevents') {
        const response = await transport(abuseProtectionRequest(url));
        if ('error' in response)
            return { ok: false, detail: `OPTIONS: ${response.message}` };
        const allowed = response.header('webhook-allowed-origin');
        const ok = response.status === 200 &&
            allowed !== undefined &&
            (allowed.trim() === '*' || allowed.trim().toLowerCase() === WEBHOOK_REQUEST_ORIGIN);
        return {
            ok,
            detail: `OPTIONS → ${response.status}, WebHook-Allowed-Origin: ${allowed ?? '(missing)'}${ok ? '' : ` (expected ${WEBHOOK_REQUEST_ORIGIN} or *)`}`,
        };
    }
    const response = await transport(validationRequest(url, identity, subscriptionName));
    if ('error' in response)
        return { ok: false, detail: `SubscriptionValidationEvent: ${response.message}` };
    const echoed = validationResponse(response.body);
    const ok = response.status === 200 && echoed === identity.validationCode;
    const found = echoed === undefined
        ? 'no validationResponse in the body'
        : `validationResponse ${JSON.stringify(echoed)}`;
    return {
        ok,
        detail: `SubscriptionValidationEvent → ${response.status}, ${found}${ok ? '' : ` (expected ${JSON.stringify(identity.validationCode)})`}`,
    };
}
function validationResponse(body) {
    try {
        const parsed = JSON.parse(body);
        return typeof parsed === 'object' && parsed !== null && 'validationResponse' in parsed
            ? parsed.validationResponse
            : undefined;
    }
    catch {
        return undefined;
    }
}
