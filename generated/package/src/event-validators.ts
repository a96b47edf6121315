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
const WITH_WIRE_FORMS: readonly string[] = [
  'Microsoft.Communication.CallEnded',
  'Microsoft.Communication.CallParticipantAdded',
  'Microsoft.Communication.CallParticipantRemoved',
  'Microsoft.Communication.ChatMessageDeletedInThread',
  'Microsoft.Communication.ChatMessageEditedInThread',
  'Microsoft.Communication.ChatMessageReceivedInThread',
  'Microsoft.Communication.EmailDeliveryReportReceived',
  'Microsoft.Communication.EmailEngagementTrackingReportReceived',
  'Microsoft.Communication.InstantMessageDeleted',
  'Microsoft.Communication.InstantMessageEdited',
  'Microsoft.Communication.RouterJobReceived',
  'Microsoft.Communication.SMSDeliveryReportReceived',
  'Microsoft.Communication.SMSReceived',
];

/** The envelope validators, and the data check of each event type, events are classified with. */
export const eventValidators: EventValidators<ValidateOptions> = {
  eventGrid: validateEventGridEvent,
  cloudEvent: validateCloudEvent,
  eventGridGuard: isEventGridEvent,
  cloudEventGuard: isCloudEvent,
  data: dataChecks(dataValidators, dataGuards, WITH_WIRE_FORMS),
};
