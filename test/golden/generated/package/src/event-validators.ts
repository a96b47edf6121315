// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { EventValidators } from './support/event-parsing.js';
import {
  dataValidators,
  validateCloudEvent,
  validateEventGridEvent,
  type ValidateOptions,
} from './validators.js';

/** The envelope validators, and the data validator of each event type, events are classified with. */
export const eventValidators: EventValidators<ValidateOptions> = {
  eventGrid: validateEventGridEvent,
  cloudEvent: validateCloudEvent,
  data: new Map(Object.entries(dataValidators)),
};
