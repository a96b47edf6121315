// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  classifyEvent,
  classifyEvents
} from "./support/event-parsing.js";
import {
  dataValidators,
  validateCloudEvent,
  validateEventGridEvent
} from "./validators.js";
const validators = {
  eventGrid: validateEventGridEvent,
  cloudEvent: validateCloudEvent,
  data: dataValidators
};
function parseEvent(value, options) {
  return classifyEvent(validators, value, options);
}
function parseEvents(body, options) {
  return classifyEvents(validators, body, options);
}
function isEventType(event, type) {
  return event.eventType === type;
}
function isCloudEventType(event, type) {
  return event.type === type;
}
export {
  isCloudEventType,
  isEventType,
  parseEvent,
  parseEvents
};
