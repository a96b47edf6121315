// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { classifyReadBody } from './support/event-parsing.js';
import { dataValidators, validateCloudEvent, validateEventGridEvent, } from './validators.js';
import { WebhookDispatcher, } from './support/webhook-dispatch.js';
export { DEFAULT_MAX_BODY_BYTES, EVENT_GRID_MAX_DELIVERY_BYTES } from './support/webhook-body.js';
export { SUBSCRIPTION_DELETED_EVENT, SUBSCRIPTION_VALIDATION_EVENT, } from './support/webhook-system-events.js';
export { STATUS } from './support/webhook-status.js';
export { toNodeListener } from './support/webhook-node.js';
export { toExpressMiddleware } from './support/webhook-express.js';
export { toFetchHandler, } from './support/webhook-fetch.js';
export { toAzureFunctionsHandler, } from './support/webhook-azure-functions.js';
const validators = {
    eventGrid: validateEventGridEvent,
    cloudEvent: validateCloudEvent,
    data: dataValidators,
};
/** A webhook receiver for the catalog's events: add handlers with `on`, serve it with an adapter. */
export function createWebhook(options = {}) {
    const { validation, ...webhookOptions } = options;
    const binding = {
        parse: (value, fresh, limits) => classifyReadBody(validators, value, fresh, limits, validation),
        knownTypes: Object.keys(dataValidators),
    };
    return new WebhookDispatcher(binding, webhookOptions);
}
