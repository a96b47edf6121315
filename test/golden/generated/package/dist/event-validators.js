// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  dataValidators,
  validateCloudEvent,
  validateEventGridEvent
} from "./validators.js";
const eventValidators = {
  eventGrid: validateEventGridEvent,
  cloudEvent: validateCloudEvent,
  data: new Map(Object.entries(dataValidators))
};
export {
  eventValidators
};
