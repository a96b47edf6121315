// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  classifyEvent,
  classifyEvents
} from "./support/event-parsing.js";
import { eventValidators } from "./event-validators.js";
function parseEvent(value, options) {
  return classifyEvent(eventValidators, value, options);
}
function parseEvents(body, options) {
  return classifyEvents(eventValidators, body, options);
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
