// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { $nullProto } from "../support/validation.js";
import {
  validateAcsAdvancedMessageAnalysisCompletedEventData,
  isAcsAdvancedMessageAnalysisCompletedEventData
} from "./events/advanced-message-analysis-completed.js";
import {
  validateAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  isAcsAdvancedMessageDeliveryStatusUpdatedEventData
} from "./events/advanced-message-delivery-status-updated.js";
import {
  validateAcsAdvancedMessageReceivedEventData,
  isAcsAdvancedMessageReceivedEventData
} from "./events/advanced-message-received.js";
import { validateAcsCallEndedEventData, isAcsCallEndedEventData } from "./events/call-ended.js";
import {
  validateAcsCallParticipantAddedEventData,
  isAcsCallParticipantAddedEventData
} from "./events/call-participant-added.js";
import {
  validateAcsCallParticipantRemovedEventData,
  isAcsCallParticipantRemovedEventData
} from "./events/call-participant-removed.js";
import { validateAcsCallStartedEventData, isAcsCallStartedEventData } from "./events/call-started.js";
import {
  validateAcsChatAzureBotCommandReceivedInThreadEventData,
  isAcsChatAzureBotCommandReceivedInThreadEventData
} from "./events/chat-azure-bot-command-received-in-thread.js";
import {
  validateAcsChatMemberAddedToThreadWithUserEventData,
  isAcsChatMemberAddedToThreadWithUserEventData
} from "./events/chat-member-added-to-thread-with-user.js";
import {
  validateAcsChatMemberRemovedFromThreadWithUserEventData,
  isAcsChatMemberRemovedFromThreadWithUserEventData
} from "./events/chat-member-removed-from-thread-with-user.js";
import {
  validateAcsChatMessageDeletedInThreadEventData,
  isAcsChatMessageDeletedInThreadEventData
} from "./events/chat-message-deleted-in-thread.js";
import {
  validateAcsChatMessageDeletedEventData,
  isAcsChatMessageDeletedEventData
} from "./events/chat-message-deleted.js";
import {
  validateAcsChatMessageEditedInThreadEventData,
  isAcsChatMessageEditedInThreadEventData
} from "./events/chat-message-edited-in-thread.js";
import {
  validateAcsChatMessageEditedEventData,
  isAcsChatMessageEditedEventData
} from "./events/chat-message-edited.js";
import {
  validateAcsChatMessageReceivedInThreadEventData,
  isAcsChatMessageReceivedInThreadEventData
} from "./events/chat-message-received-in-thread.js";
import {
  validateAcsChatMessageReceivedEventData,
  isAcsChatMessageReceivedEventData
} from "./events/chat-message-received.js";
import {
  validateAcsChatParticipantAddedToThreadWithUserEventData,
  isAcsChatParticipantAddedToThreadWithUserEventData
} from "./events/chat-participant-added-to-thread-with-user.js";
import {
  validateAcsChatParticipantRemovedFromThreadWithUserEventData,
  isAcsChatParticipantRemovedFromThreadWithUserEventData
} from "./events/chat-participant-removed-from-thread-with-user.js";
import {
  validateAcsChatThreadCreatedWithUserEventData,
  isAcsChatThreadCreatedWithUserEventData
} from "./events/chat-thread-created-with-user.js";
import {
  validateAcsChatThreadCreatedEventData,
  isAcsChatThreadCreatedEventData
} from "./events/chat-thread-created.js";
import {
  validateAcsChatThreadDeletedEventData,
  isAcsChatThreadDeletedEventData
} from "./events/chat-thread-deleted.js";
import {
  validateAcsChatThreadParticipantAddedEventData,
  isAcsChatThreadParticipantAddedEventData
} from "./events/chat-thread-participant-added.js";
import {
  validateAcsChatThreadParticipantRemovedEventData,
  isAcsChatThreadParticipantRemovedEventData
} from "./events/chat-thread-participant-removed.js";
import {
  validateAcsChatThreadPropertiesUpdatedPerUserEventData,
  isAcsChatThreadPropertiesUpdatedPerUserEventData
} from "./events/chat-thread-properties-updated-per-user.js";
import {
  validateAcsChatThreadPropertiesUpdatedEventData,
  isAcsChatThreadPropertiesUpdatedEventData
} from "./events/chat-thread-properties-updated.js";
import {
  validateAcsChatThreadWithUserDeletedEventData,
  isAcsChatThreadWithUserDeletedEventData
} from "./events/chat-thread-with-user-deleted.js";
import {
  validateAcsChatTypingIndicatorReceivedInThreadEventData,
  isAcsChatTypingIndicatorReceivedInThreadEventData
} from "./events/chat-typing-indicator-received-in-thread.js";
import {
  validateAcsEmailDeliveryReportReceivedEventData,
  isAcsEmailDeliveryReportReceivedEventData
} from "./events/email-delivery-report-received.js";
import {
  validateAcsEmailEngagementTrackingReportReceivedEventData,
  isAcsEmailEngagementTrackingReportReceivedEventData
} from "./events/email-engagement-tracking-report-received.js";
import { validateAcsIncomingCallEventData, isAcsIncomingCallEventData } from "./events/incoming-call.js";
import {
  validateAcsInstantMessageDeletedEventData,
  isAcsInstantMessageDeletedEventData
} from "./events/instant-message-deleted.js";
import {
  validateAcsInstantMessageEditedEventData,
  isAcsInstantMessageEditedEventData
} from "./events/instant-message-edited.js";
import {
  validateAcsInstantMessageReceivedEventData,
  isAcsInstantMessageReceivedEventData
} from "./events/instant-message-received.js";
import {
  validateAcsRecordingFileStatusUpdatedEventData,
  isAcsRecordingFileStatusUpdatedEventData
} from "./events/recording-file-status-updated.js";
import {
  validateAcsRouterJobCancelledEventData,
  isAcsRouterJobCancelledEventData
} from "./events/router-job-cancelled.js";
import {
  validateAcsRouterJobClassificationFailedEventData,
  isAcsRouterJobClassificationFailedEventData
} from "./events/router-job-classification-failed.js";
import {
  validateAcsRouterJobClassifiedEventData,
  isAcsRouterJobClassifiedEventData
} from "./events/router-job-classified.js";
import {
  validateAcsRouterJobClosedEventData,
  isAcsRouterJobClosedEventData
} from "./events/router-job-closed.js";
import {
  validateAcsRouterJobCompletedEventData,
  isAcsRouterJobCompletedEventData
} from "./events/router-job-completed.js";
import {
  validateAcsRouterJobDeletedEventData,
  isAcsRouterJobDeletedEventData
} from "./events/router-job-deleted.js";
import {
  validateAcsRouterJobExceptionTriggeredEventData,
  isAcsRouterJobExceptionTriggeredEventData
} from "./events/router-job-exception-triggered.js";
import {
  validateAcsRouterJobQueuedEventData,
  isAcsRouterJobQueuedEventData
} from "./events/router-job-queued.js";
import {
  validateAcsRouterJobReceivedEventData,
  isAcsRouterJobReceivedEventData
} from "./events/router-job-received.js";
import {
  validateAcsRouterJobSchedulingFailedEventData,
  isAcsRouterJobSchedulingFailedEventData
} from "./events/router-job-scheduling-failed.js";
import {
  validateAcsRouterJobUnassignedEventData,
  isAcsRouterJobUnassignedEventData
} from "./events/router-job-unassigned.js";
import {
  validateAcsRouterJobWaitingForActivationEventData,
  isAcsRouterJobWaitingForActivationEventData
} from "./events/router-job-waiting-for-activation.js";
import {
  validateAcsRouterJobWorkerSelectorsExpiredEventData,
  isAcsRouterJobWorkerSelectorsExpiredEventData
} from "./events/router-job-worker-selectors-expired.js";
import {
  validateAcsRouterWorkerDeletedEventData,
  isAcsRouterWorkerDeletedEventData
} from "./events/router-worker-deleted.js";
import {
  validateAcsRouterWorkerDeregisteredEventData,
  isAcsRouterWorkerDeregisteredEventData
} from "./events/router-worker-deregistered.js";
import {
  validateAcsRouterWorkerOfferAcceptedEventData,
  isAcsRouterWorkerOfferAcceptedEventData
} from "./events/router-worker-offer-accepted.js";
import {
  validateAcsRouterWorkerOfferDeclinedEventData,
  isAcsRouterWorkerOfferDeclinedEventData
} from "./events/router-worker-offer-declined.js";
import {
  validateAcsRouterWorkerOfferExpiredEventData,
  isAcsRouterWorkerOfferExpiredEventData
} from "./events/router-worker-offer-expired.js";
import {
  validateAcsRouterWorkerOfferIssuedEventData,
  isAcsRouterWorkerOfferIssuedEventData
} from "./events/router-worker-offer-issued.js";
import {
  validateAcsRouterWorkerOfferRevokedEventData,
  isAcsRouterWorkerOfferRevokedEventData
} from "./events/router-worker-offer-revoked.js";
import {
  validateAcsRouterWorkerRegisteredEventData,
  isAcsRouterWorkerRegisteredEventData
} from "./events/router-worker-registered.js";
import {
  validateAcsRouterWorkerUpdatedEventData,
  isAcsRouterWorkerUpdatedEventData
} from "./events/router-worker-updated.js";
import {
  validateAcsSmsDeliveryReportReceivedEventData,
  isAcsSmsDeliveryReportReceivedEventData
} from "./events/sms-delivery-report-received.js";
import { validateAcsSmsReceivedEventData, isAcsSmsReceivedEventData } from "./events/sms-received.js";
import {
  validateAcsUserDisconnectedEventData,
  isAcsUserDisconnectedEventData
} from "./events/user-disconnected.js";
const dataValidators = /* @__PURE__ */ $nullProto({
  "Microsoft.Communication.AdvancedMessageAnalysisCompleted": validateAcsAdvancedMessageAnalysisCompletedEventData,
  "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": validateAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  "Microsoft.Communication.AdvancedMessageReceived": validateAcsAdvancedMessageReceivedEventData,
  "Microsoft.Communication.CallEnded": validateAcsCallEndedEventData,
  "Microsoft.Communication.CallParticipantAdded": validateAcsCallParticipantAddedEventData,
  "Microsoft.Communication.CallParticipantRemoved": validateAcsCallParticipantRemovedEventData,
  "Microsoft.Communication.CallStarted": validateAcsCallStartedEventData,
  "Microsoft.Communication.ChatAzureBotCommandReceivedInThread": validateAcsChatAzureBotCommandReceivedInThreadEventData,
  "Microsoft.Communication.ChatMemberAddedToThreadWithUser": validateAcsChatMemberAddedToThreadWithUserEventData,
  "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": validateAcsChatMemberRemovedFromThreadWithUserEventData,
  "Microsoft.Communication.ChatMessageDeleted": validateAcsChatMessageDeletedEventData,
  "Microsoft.Communication.ChatMessageDeletedInThread": validateAcsChatMessageDeletedInThreadEventData,
  "Microsoft.Communication.ChatMessageEdited": validateAcsChatMessageEditedEventData,
  "Microsoft.Communication.ChatMessageEditedInThread": validateAcsChatMessageEditedInThreadEventData,
  "Microsoft.Communication.ChatMessageReceived": validateAcsChatMessageReceivedEventData,
  "Microsoft.Communication.ChatMessageReceivedInThread": validateAcsChatMessageReceivedInThreadEventData,
  "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": validateAcsChatParticipantAddedToThreadWithUserEventData,
  "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": validateAcsChatParticipantRemovedFromThreadWithUserEventData,
  "Microsoft.Communication.ChatThreadCreated": validateAcsChatThreadCreatedEventData,
  "Microsoft.Communication.ChatThreadCreatedWithUser": validateAcsChatThreadCreatedWithUserEventData,
  "Microsoft.Communication.ChatThreadDeleted": validateAcsChatThreadDeletedEventData,
  "Microsoft.Communication.ChatThreadParticipantAdded": validateAcsChatThreadParticipantAddedEventData,
  "Microsoft.Communication.ChatThreadParticipantRemoved": validateAcsChatThreadParticipantRemovedEventData,
  "Microsoft.Communication.ChatThreadPropertiesUpdated": validateAcsChatThreadPropertiesUpdatedEventData,
  "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": validateAcsChatThreadPropertiesUpdatedPerUserEventData,
  "Microsoft.Communication.ChatThreadWithUserDeleted": validateAcsChatThreadWithUserDeletedEventData,
  "Microsoft.Communication.ChatTypingIndicatorReceivedInThread": validateAcsChatTypingIndicatorReceivedInThreadEventData,
  "Microsoft.Communication.EmailDeliveryReportReceived": validateAcsEmailDeliveryReportReceivedEventData,
  "Microsoft.Communication.EmailEngagementTrackingReportReceived": validateAcsEmailEngagementTrackingReportReceivedEventData,
  "Microsoft.Communication.IncomingCall": validateAcsIncomingCallEventData,
  "Microsoft.Communication.InstantMessageDeleted": validateAcsInstantMessageDeletedEventData,
  "Microsoft.Communication.InstantMessageEdited": validateAcsInstantMessageEditedEventData,
  "Microsoft.Communication.InstantMessageReceived": validateAcsInstantMessageReceivedEventData,
  "Microsoft.Communication.RecordingFileStatusUpdated": validateAcsRecordingFileStatusUpdatedEventData,
  "Microsoft.Communication.RouterJobCancelled": validateAcsRouterJobCancelledEventData,
  "Microsoft.Communication.RouterJobClassificationFailed": validateAcsRouterJobClassificationFailedEventData,
  "Microsoft.Communication.RouterJobClassified": validateAcsRouterJobClassifiedEventData,
  "Microsoft.Communication.RouterJobClosed": validateAcsRouterJobClosedEventData,
  "Microsoft.Communication.RouterJobCompleted": validateAcsRouterJobCompletedEventData,
  "Microsoft.Communication.RouterJobDeleted": validateAcsRouterJobDeletedEventData,
  "Microsoft.Communication.RouterJobExceptionTriggered": validateAcsRouterJobExceptionTriggeredEventData,
  "Microsoft.Communication.RouterJobQueued": validateAcsRouterJobQueuedEventData,
  "Microsoft.Communication.RouterJobReceived": validateAcsRouterJobReceivedEventData,
  "Microsoft.Communication.RouterJobSchedulingFailed": validateAcsRouterJobSchedulingFailedEventData,
  "Microsoft.Communication.RouterJobUnassigned": validateAcsRouterJobUnassignedEventData,
  "Microsoft.Communication.RouterJobWaitingForActivation": validateAcsRouterJobWaitingForActivationEventData,
  "Microsoft.Communication.RouterJobWorkerSelectorsExpired": validateAcsRouterJobWorkerSelectorsExpiredEventData,
  "Microsoft.Communication.RouterWorkerDeleted": validateAcsRouterWorkerDeletedEventData,
  "Microsoft.Communication.RouterWorkerDeregistered": validateAcsRouterWorkerDeregisteredEventData,
  "Microsoft.Communication.RouterWorkerOfferAccepted": validateAcsRouterWorkerOfferAcceptedEventData,
  "Microsoft.Communication.RouterWorkerOfferDeclined": validateAcsRouterWorkerOfferDeclinedEventData,
  "Microsoft.Communication.RouterWorkerOfferExpired": validateAcsRouterWorkerOfferExpiredEventData,
  "Microsoft.Communication.RouterWorkerOfferIssued": validateAcsRouterWorkerOfferIssuedEventData,
  "Microsoft.Communication.RouterWorkerOfferRevoked": validateAcsRouterWorkerOfferRevokedEventData,
  "Microsoft.Communication.RouterWorkerRegistered": validateAcsRouterWorkerRegisteredEventData,
  "Microsoft.Communication.RouterWorkerUpdated": validateAcsRouterWorkerUpdatedEventData,
  "Microsoft.Communication.SMSDeliveryReportReceived": validateAcsSmsDeliveryReportReceivedEventData,
  "Microsoft.Communication.SMSReceived": validateAcsSmsReceivedEventData,
  "Microsoft.Communication.UserDisconnected": validateAcsUserDisconnectedEventData
});
const dataGuards = /* @__PURE__ */ $nullProto({
  "Microsoft.Communication.AdvancedMessageAnalysisCompleted": isAcsAdvancedMessageAnalysisCompletedEventData,
  "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": isAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  "Microsoft.Communication.AdvancedMessageReceived": isAcsAdvancedMessageReceivedEventData,
  "Microsoft.Communication.CallEnded": isAcsCallEndedEventData,
  "Microsoft.Communication.CallParticipantAdded": isAcsCallParticipantAddedEventData,
  "Microsoft.Communication.CallParticipantRemoved": isAcsCallParticipantRemovedEventData,
  "Microsoft.Communication.CallStarted": isAcsCallStartedEventData,
  "Microsoft.Communication.ChatAzureBotCommandReceivedInThread": isAcsChatAzureBotCommandReceivedInThreadEventData,
  "Microsoft.Communication.ChatMemberAddedToThreadWithUser": isAcsChatMemberAddedToThreadWithUserEventData,
  "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": isAcsChatMemberRemovedFromThreadWithUserEventData,
  "Microsoft.Communication.ChatMessageDeleted": isAcsChatMessageDeletedEventData,
  "Microsoft.Communication.ChatMessageDeletedInThread": isAcsChatMessageDeletedInThreadEventData,
  "Microsoft.Communication.ChatMessageEdited": isAcsChatMessageEditedEventData,
  "Microsoft.Communication.ChatMessageEditedInThread": isAcsChatMessageEditedInThreadEventData,
  "Microsoft.Communication.ChatMessageReceived": isAcsChatMessageReceivedEventData,
  "Microsoft.Communication.ChatMessageReceivedInThread": isAcsChatMessageReceivedInThreadEventData,
  "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": isAcsChatParticipantAddedToThreadWithUserEventData,
  "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": isAcsChatParticipantRemovedFromThreadWithUserEventData,
  "Microsoft.Communication.ChatThreadCreated": isAcsChatThreadCreatedEventData,
  "Microsoft.Communication.ChatThreadCreatedWithUser": isAcsChatThreadCreatedWithUserEventData,
  "Microsoft.Communication.ChatThreadDeleted": isAcsChatThreadDeletedEventData,
  "Microsoft.Communication.ChatThreadParticipantAdded": isAcsChatThreadParticipantAddedEventData,
  "Microsoft.Communication.ChatThreadParticipantRemoved": isAcsChatThreadParticipantRemovedEventData,
  "Microsoft.Communication.ChatThreadPropertiesUpdated": isAcsChatThreadPropertiesUpdatedEventData,
  "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": isAcsChatThreadPropertiesUpdatedPerUserEventData,
  "Microsoft.Communication.ChatThreadWithUserDeleted": isAcsChatThreadWithUserDeletedEventData,
  "Microsoft.Communication.ChatTypingIndicatorReceivedInThread": isAcsChatTypingIndicatorReceivedInThreadEventData,
  "Microsoft.Communication.EmailDeliveryReportReceived": isAcsEmailDeliveryReportReceivedEventData,
  "Microsoft.Communication.EmailEngagementTrackingReportReceived": isAcsEmailEngagementTrackingReportReceivedEventData,
  "Microsoft.Communication.IncomingCall": isAcsIncomingCallEventData,
  "Microsoft.Communication.InstantMessageDeleted": isAcsInstantMessageDeletedEventData,
  "Microsoft.Communication.InstantMessageEdited": isAcsInstantMessageEditedEventData,
  "Microsoft.Communication.InstantMessageReceived": isAcsInstantMessageReceivedEventData,
  "Microsoft.Communication.RecordingFileStatusUpdated": isAcsRecordingFileStatusUpdatedEventData,
  "Microsoft.Communication.RouterJobCancelled": isAcsRouterJobCancelledEventData,
  "Microsoft.Communication.RouterJobClassificationFailed": isAcsRouterJobClassificationFailedEventData,
  "Microsoft.Communication.RouterJobClassified": isAcsRouterJobClassifiedEventData,
  "Microsoft.Communication.RouterJobClosed": isAcsRouterJobClosedEventData,
  "Microsoft.Communication.RouterJobCompleted": isAcsRouterJobCompletedEventData,
  "Microsoft.Communication.RouterJobDeleted": isAcsRouterJobDeletedEventData,
  "Microsoft.Communication.RouterJobExceptionTriggered": isAcsRouterJobExceptionTriggeredEventData,
  "Microsoft.Communication.RouterJobQueued": isAcsRouterJobQueuedEventData,
  "Microsoft.Communication.RouterJobReceived": isAcsRouterJobReceivedEventData,
  "Microsoft.Communication.RouterJobSchedulingFailed": isAcsRouterJobSchedulingFailedEventData,
  "Microsoft.Communication.RouterJobUnassigned": isAcsRouterJobUnassignedEventData,
  "Microsoft.Communication.RouterJobWaitingForActivation": isAcsRouterJobWaitingForActivationEventData,
  "Microsoft.Communication.RouterJobWorkerSelectorsExpired": isAcsRouterJobWorkerSelectorsExpiredEventData,
  "Microsoft.Communication.RouterWorkerDeleted": isAcsRouterWorkerDeletedEventData,
  "Microsoft.Communication.RouterWorkerDeregistered": isAcsRouterWorkerDeregisteredEventData,
  "Microsoft.Communication.RouterWorkerOfferAccepted": isAcsRouterWorkerOfferAcceptedEventData,
  "Microsoft.Communication.RouterWorkerOfferDeclined": isAcsRouterWorkerOfferDeclinedEventData,
  "Microsoft.Communication.RouterWorkerOfferExpired": isAcsRouterWorkerOfferExpiredEventData,
  "Microsoft.Communication.RouterWorkerOfferIssued": isAcsRouterWorkerOfferIssuedEventData,
  "Microsoft.Communication.RouterWorkerOfferRevoked": isAcsRouterWorkerOfferRevokedEventData,
  "Microsoft.Communication.RouterWorkerRegistered": isAcsRouterWorkerRegisteredEventData,
  "Microsoft.Communication.RouterWorkerUpdated": isAcsRouterWorkerUpdatedEventData,
  "Microsoft.Communication.SMSDeliveryReportReceived": isAcsSmsDeliveryReportReceivedEventData,
  "Microsoft.Communication.SMSReceived": isAcsSmsReceivedEventData,
  "Microsoft.Communication.UserDisconnected": isAcsUserDisconnectedEventData
});
export {
  dataGuards,
  dataValidators
};
