// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { classifyReadBody } from "./support/event-parsing.js";
import { eventValidators } from "./event-validators.js";
import { dataValidators } from "./validators.js";
import {
  WebhookDispatcher
} from "./support/webhook-dispatch.js";
import { DEFAULT_MAX_BODY_BYTES, EVENT_GRID_MAX_DELIVERY_BYTES } from "./support/webhook-body.js";
import {
  SUBSCRIPTION_DELETED_EVENT,
  SUBSCRIPTION_VALIDATION_EVENT
} from "./support/webhook-system-events.js";
import { STATUS } from "./support/webhook-status.js";
import { toNodeListener } from "./support/webhook-node.js";
import { toExpressMiddleware } from "./support/webhook-express.js";
import {
  toFetchHandler
} from "./support/webhook-fetch.js";
import {
  toAzureFunctionsHandler
} from "./support/webhook-azure-functions.js";
function createWebhook(options = {}) {
  const { validation, ...webhookOptions } = options;
  const binding = {
    parse: (value, fresh, limits) => classifyReadBody(eventValidators, value, fresh, limits, validation),
    knownTypes: Object.keys(dataValidators)
  };
  return new WebhookDispatcher(binding, webhookOptions);
}
export {
  DEFAULT_MAX_BODY_BYTES,
  EVENT_GRID_MAX_DELIVERY_BYTES,
  STATUS,
  SUBSCRIPTION_DELETED_EVENT,
  SUBSCRIPTION_VALIDATION_EVENT,
  createWebhook,
  toAzureFunctionsHandler,
  toExpressMiddleware,
  toFetchHandler,
  toNodeListener
};
