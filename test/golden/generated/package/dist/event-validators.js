// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { dataChecks } from "./support/event-parsing.js";
import {
  dataGuards,
  dataValidators,
  isCloudEvent,
  isEventGridEvent,
  validateCloudEvent,
  validateEventGridEvent
} from "./validators.js";
const WITH_WIRE_FORMS = [];
const eventValidators = {
  eventGrid: validateEventGridEvent,
  cloudEvent: validateCloudEvent,
  eventGridGuard: isEventGridEvent,
  cloudEventGuard: isCloudEvent,
  data: dataChecks(dataValidators, dataGuards, WITH_WIRE_FORMS)
};
export {
  eventValidators
};
