// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { dataChecks, type EventValidators } from './support/event-parsing.js';
import {
  dataGuards,
  dataValidators,
  isCloudEvent,
  isEventGridEvent,
  validateCloudEvent,
  validateEventGridEvent,
  type ValidateOptions,
} from './validators.js';

/** The event types with documented wire forms: their validators may rewrite the data they accept. */
const WITH_WIRE_FORMS: readonly string[] = [];

/** The envelope validators, and the data check of each event type, events are classified with. */
export const eventValidators: EventValidators<ValidateOptions> = {
  eventGrid: validateEventGridEvent,
  cloudEvent: validateCloudEvent,
  eventGridGuard: isEventGridEvent,
  cloudEventGuard: isCloudEvent,
  data: dataChecks(dataValidators, dataGuards, WITH_WIRE_FORMS),
};
