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
const WITH_WIRE_FORMS = [
  "Microsoft.Communication.CallEnded",
  "Microsoft.Communication.CallParticipantAdded",
  "Microsoft.Communication.CallParticipantRemoved",
  "Microsoft.Communication.ChatMessageDeletedInThread",
  "Microsoft.Communication.ChatMessageEditedInThread",
  "Microsoft.Communication.ChatMessageReceivedInThread",
  "Microsoft.Communication.EmailDeliveryReportReceived",
  "Microsoft.Communication.EmailEngagementTrackingReportReceived",
  "Microsoft.Communication.InstantMessageDeleted",
  "Microsoft.Communication.InstantMessageEdited",
  "Microsoft.Communication.RouterJobReceived",
  "Microsoft.Communication.SMSDeliveryReportReceived",
  "Microsoft.Communication.SMSReceived"
];
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
