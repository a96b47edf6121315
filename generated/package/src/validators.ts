// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
export type { ValidateOptions, ValidationError, ValidationResult } from './support/validation.js';
export type { WireNormalization } from './support/wire-normalization.js';
export {
  validateAdvancedMessageButtonContent,
  isAdvancedMessageButtonContent,
} from './validators/definitions/AdvancedMessageButtonContent.js';
export {
  validateAdvancedMessageChannelEventError,
  isAdvancedMessageChannelEventError,
} from './validators/definitions/AdvancedMessageChannelEventError.js';
export {
  validateAdvancedMessageContext,
  isAdvancedMessageContext,
} from './validators/definitions/AdvancedMessageContext.js';
export {
  validateAdvancedMessageEventBase,
  isAdvancedMessageEventBase,
} from './validators/definitions/AdvancedMessageEventBase.js';
export {
  validateAdvancedMessageInteractiveButtonReplyContent,
  isAdvancedMessageInteractiveButtonReplyContent,
} from './validators/definitions/AdvancedMessageInteractiveButtonReplyContent.js';
export {
  validateAdvancedMessageInteractiveContent,
  isAdvancedMessageInteractiveContent,
} from './validators/definitions/AdvancedMessageInteractiveContent.js';
export {
  validateAdvancedMessageInteractiveListReplyContent,
  isAdvancedMessageInteractiveListReplyContent,
} from './validators/definitions/AdvancedMessageInteractiveListReplyContent.js';
export {
  validateAdvancedMessageLanguageDetection,
  isAdvancedMessageLanguageDetection,
} from './validators/definitions/AdvancedMessageLanguageDetection.js';
export {
  validateAdvancedMessageMediaContent,
  isAdvancedMessageMediaContent,
} from './validators/definitions/AdvancedMessageMediaContent.js';
export {
  validateAdvancedMessageReactionContent,
  isAdvancedMessageReactionContent,
} from './validators/definitions/AdvancedMessageReactionContent.js';
export { validateCallEndReason, isCallEndReason } from './validators/definitions/CallEndReason.js';
export { validateCallEndedBy, isCallEndedBy } from './validators/definitions/CallEndedBy.js';
export { validateCallGroup, isCallGroup } from './validators/definitions/CallGroup.js';
export { validateCallParticipant, isCallParticipant } from './validators/definitions/CallParticipant.js';
export {
  validateCallParticipantEventBase,
  isCallParticipantEventBase,
} from './validators/definitions/CallParticipantEventBase.js';
export { validateCallRoom, isCallRoom } from './validators/definitions/CallRoom.js';
export { validateCallingEventBase, isCallingEventBase } from './validators/definitions/CallingEventBase.js';
export {
  validateChatInThreadEventBase,
  isChatInThreadEventBase,
} from './validators/definitions/ChatInThreadEventBase.js';
export {
  validateChatMessageInThreadEventBase,
  isChatMessageInThreadEventBase,
} from './validators/definitions/ChatMessageInThreadEventBase.js';
export {
  validateChatMessageMetadata,
  isChatMessageMetadata,
} from './validators/definitions/ChatMessageMetadata.js';
export { validateChatParticipant, isChatParticipant } from './validators/definitions/ChatParticipant.js';
export { validateChatThreadMember, isChatThreadMember } from './validators/definitions/ChatThreadMember.js';
export {
  validateChatThreadMetadata,
  isChatThreadMetadata,
} from './validators/definitions/ChatThreadMetadata.js';
export {
  validateChatThreadProperties,
  isChatThreadProperties,
} from './validators/definitions/ChatThreadProperties.js';
export {
  validateCommunicationIdentifier,
  isCommunicationIdentifier,
} from './validators/definitions/CommunicationIdentifier.js';
export {
  validateCommunicationUserIdentifier,
  isCommunicationUserIdentifier,
} from './validators/definitions/CommunicationUserIdentifier.js';
export {
  validateEmailDeliveryStatusDetails,
  isEmailDeliveryStatusDetails,
} from './validators/definitions/EmailDeliveryStatusDetails.js';
export {
  validateIncomingCallCustomContext,
  isIncomingCallCustomContext,
} from './validators/definitions/IncomingCallCustomContext.js';
export {
  validateMicrosoftTeamsAppIdentifier,
  isMicrosoftTeamsAppIdentifier,
} from './validators/definitions/MicrosoftTeamsAppIdentifier.js';
export {
  validateMicrosoftTeamsUserIdentifier,
  isMicrosoftTeamsUserIdentifier,
} from './validators/definitions/MicrosoftTeamsUserIdentifier.js';
export {
  validatePhoneNumberIdentifier,
  isPhoneNumberIdentifier,
} from './validators/definitions/PhoneNumberIdentifier.js';
export {
  validateRecordingChunkInfo,
  isRecordingChunkInfo,
} from './validators/definitions/RecordingChunkInfo.js';
export {
  validateRecordingStorageInfo,
  isRecordingStorageInfo,
} from './validators/definitions/RecordingStorageInfo.js';
export {
  validateRouterChannelConfiguration,
  isRouterChannelConfiguration,
} from './validators/definitions/RouterChannelConfiguration.js';
export {
  validateRouterCommunicationError,
  isRouterCommunicationError,
} from './validators/definitions/RouterCommunicationError.js';
export { validateRouterEventBase, isRouterEventBase } from './validators/definitions/RouterEventBase.js';
export {
  validateRouterJobEventBase,
  isRouterJobEventBase,
} from './validators/definitions/RouterJobEventBase.js';
export { validateRouterLabels, isRouterLabels } from './validators/definitions/RouterLabels.js';
export {
  validateRouterQueueDetails,
  isRouterQueueDetails,
} from './validators/definitions/RouterQueueDetails.js';
export { validateRouterWorker, isRouterWorker } from './validators/definitions/RouterWorker.js';
export {
  validateRouterWorkerEventBase,
  isRouterWorkerEventBase,
} from './validators/definitions/RouterWorkerEventBase.js';
export {
  validateRouterWorkerSelector,
  isRouterWorkerSelector,
} from './validators/definitions/RouterWorkerSelector.js';
export {
  validateSmsDeliveryAttempt,
  isSmsDeliveryAttempt,
} from './validators/definitions/SmsDeliveryAttempt.js';
export {
  validateAcsAdvancedMessageAnalysisCompletedEventData,
  isAcsAdvancedMessageAnalysisCompletedEventData,
} from './validators/events/advanced-message-analysis-completed.js';
export {
  validateAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  isAcsAdvancedMessageDeliveryStatusUpdatedEventData,
} from './validators/events/advanced-message-delivery-status-updated.js';
export {
  validateAcsAdvancedMessageReceivedEventData,
  isAcsAdvancedMessageReceivedEventData,
} from './validators/events/advanced-message-received.js';
export { validateAcsCallEndedEventData, isAcsCallEndedEventData } from './validators/events/call-ended.js';
export {
  validateAcsCallParticipantAddedEventData,
  isAcsCallParticipantAddedEventData,
} from './validators/events/call-participant-added.js';
export {
  validateAcsCallParticipantRemovedEventData,
  isAcsCallParticipantRemovedEventData,
} from './validators/events/call-participant-removed.js';
export {
  validateAcsCallStartedEventData,
  isAcsCallStartedEventData,
} from './validators/events/call-started.js';
export {
  validateAcsChatAzureBotCommandReceivedInThreadEventData,
  isAcsChatAzureBotCommandReceivedInThreadEventData,
} from './validators/events/chat-azure-bot-command-received-in-thread.js';
export {
  validateAcsChatMemberAddedToThreadWithUserEventData,
  isAcsChatMemberAddedToThreadWithUserEventData,
} from './validators/events/chat-member-added-to-thread-with-user.js';
export {
  validateAcsChatMemberRemovedFromThreadWithUserEventData,
  isAcsChatMemberRemovedFromThreadWithUserEventData,
} from './validators/events/chat-member-removed-from-thread-with-user.js';
export {
  validateAcsChatMessageDeletedEventData,
  isAcsChatMessageDeletedEventData,
} from './validators/events/chat-message-deleted.js';
export {
  validateAcsChatMessageDeletedInThreadEventData,
  isAcsChatMessageDeletedInThreadEventData,
} from './validators/events/chat-message-deleted-in-thread.js';
export {
  validateAcsChatMessageEditedEventData,
  isAcsChatMessageEditedEventData,
} from './validators/events/chat-message-edited.js';
export {
  validateAcsChatMessageEditedInThreadEventData,
  isAcsChatMessageEditedInThreadEventData,
} from './validators/events/chat-message-edited-in-thread.js';
export {
  validateAcsChatMessageReceivedEventData,
  isAcsChatMessageReceivedEventData,
} from './validators/events/chat-message-received.js';
export {
  validateAcsChatMessageReceivedInThreadEventData,
  isAcsChatMessageReceivedInThreadEventData,
} from './validators/events/chat-message-received-in-thread.js';
export {
  validateAcsChatParticipantAddedToThreadWithUserEventData,
  isAcsChatParticipantAddedToThreadWithUserEventData,
} from './validators/events/chat-participant-added-to-thread-with-user.js';
export {
  validateAcsChatParticipantRemovedFromThreadWithUserEventData,
  isAcsChatParticipantRemovedFromThreadWithUserEventData,
} from './validators/events/chat-participant-removed-from-thread-with-user.js';
export {
  validateAcsChatThreadCreatedEventData,
  isAcsChatThreadCreatedEventData,
} from './validators/events/chat-thread-created.js';
export {
  validateAcsChatThreadCreatedWithUserEventData,
  isAcsChatThreadCreatedWithUserEventData,
} from './validators/events/chat-thread-created-with-user.js';
export {
  validateAcsChatThreadDeletedEventData,
  isAcsChatThreadDeletedEventData,
} from './validators/events/chat-thread-deleted.js';
export {
  validateAcsChatThreadParticipantAddedEventData,
  isAcsChatThreadParticipantAddedEventData,
} from './validators/events/chat-thread-participant-added.js';
export {
  validateAcsChatThreadParticipantRemovedEventData,
  isAcsChatThreadParticipantRemovedEventData,
} from './validators/events/chat-thread-participant-removed.js';
export {
  validateAcsChatThreadPropertiesUpdatedEventData,
  isAcsChatThreadPropertiesUpdatedEventData,
} from './validators/events/chat-thread-properties-updated.js';
export {
  validateAcsChatThreadPropertiesUpdatedPerUserEventData,
  isAcsChatThreadPropertiesUpdatedPerUserEventData,
} from './validators/events/chat-thread-properties-updated-per-user.js';
export {
  validateAcsChatThreadWithUserDeletedEventData,
  isAcsChatThreadWithUserDeletedEventData,
} from './validators/events/chat-thread-with-user-deleted.js';
export {
  validateAcsChatTypingIndicatorReceivedInThreadEventData,
  isAcsChatTypingIndicatorReceivedInThreadEventData,
} from './validators/events/chat-typing-indicator-received-in-thread.js';
export {
  validateAcsEmailDeliveryReportReceivedEventData,
  isAcsEmailDeliveryReportReceivedEventData,
} from './validators/events/email-delivery-report-received.js';
export {
  validateAcsEmailEngagementTrackingReportReceivedEventData,
  isAcsEmailEngagementTrackingReportReceivedEventData,
} from './validators/events/email-engagement-tracking-report-received.js';
export {
  validateAcsIncomingCallEventData,
  isAcsIncomingCallEventData,
} from './validators/events/incoming-call.js';
export {
  validateAcsInstantMessageDeletedEventData,
  isAcsInstantMessageDeletedEventData,
} from './validators/events/instant-message-deleted.js';
export {
  validateAcsInstantMessageEditedEventData,
  isAcsInstantMessageEditedEventData,
} from './validators/events/instant-message-edited.js';
export {
  validateAcsInstantMessageReceivedEventData,
  isAcsInstantMessageReceivedEventData,
} from './validators/events/instant-message-received.js';
export {
  validateAcsRecordingFileStatusUpdatedEventData,
  isAcsRecordingFileStatusUpdatedEventData,
} from './validators/events/recording-file-status-updated.js';
export {
  validateAcsRouterJobCancelledEventData,
  isAcsRouterJobCancelledEventData,
} from './validators/events/router-job-cancelled.js';
export {
  validateAcsRouterJobClassificationFailedEventData,
  isAcsRouterJobClassificationFailedEventData,
} from './validators/events/router-job-classification-failed.js';
export {
  validateAcsRouterJobClassifiedEventData,
  isAcsRouterJobClassifiedEventData,
} from './validators/events/router-job-classified.js';
export {
  validateAcsRouterJobClosedEventData,
  isAcsRouterJobClosedEventData,
} from './validators/events/router-job-closed.js';
export {
  validateAcsRouterJobCompletedEventData,
  isAcsRouterJobCompletedEventData,
} from './validators/events/router-job-completed.js';
export {
  validateAcsRouterJobDeletedEventData,
  isAcsRouterJobDeletedEventData,
} from './validators/events/router-job-deleted.js';
export {
  validateAcsRouterJobExceptionTriggeredEventData,
  isAcsRouterJobExceptionTriggeredEventData,
} from './validators/events/router-job-exception-triggered.js';
export {
  validateAcsRouterJobQueuedEventData,
  isAcsRouterJobQueuedEventData,
} from './validators/events/router-job-queued.js';
export {
  validateAcsRouterJobReceivedEventData,
  isAcsRouterJobReceivedEventData,
} from './validators/events/router-job-received.js';
export {
  validateAcsRouterJobSchedulingFailedEventData,
  isAcsRouterJobSchedulingFailedEventData,
} from './validators/events/router-job-scheduling-failed.js';
export {
  validateAcsRouterJobUnassignedEventData,
  isAcsRouterJobUnassignedEventData,
} from './validators/events/router-job-unassigned.js';
export {
  validateAcsRouterJobWaitingForActivationEventData,
  isAcsRouterJobWaitingForActivationEventData,
} from './validators/events/router-job-waiting-for-activation.js';
export {
  validateAcsRouterJobWorkerSelectorsExpiredEventData,
  isAcsRouterJobWorkerSelectorsExpiredEventData,
} from './validators/events/router-job-worker-selectors-expired.js';
export {
  validateAcsRouterWorkerDeletedEventData,
  isAcsRouterWorkerDeletedEventData,
} from './validators/events/router-worker-deleted.js';
export {
  validateAcsRouterWorkerDeregisteredEventData,
  isAcsRouterWorkerDeregisteredEventData,
} from './validators/events/router-worker-deregistered.js';
export {
  validateAcsRouterWorkerOfferAcceptedEventData,
  isAcsRouterWorkerOfferAcceptedEventData,
} from './validators/events/router-worker-offer-accepted.js';
export {
  validateAcsRouterWorkerOfferDeclinedEventData,
  isAcsRouterWorkerOfferDeclinedEventData,
} from './validators/events/router-worker-offer-declined.js';
export {
  validateAcsRouterWorkerOfferExpiredEventData,
  isAcsRouterWorkerOfferExpiredEventData,
} from './validators/events/router-worker-offer-expired.js';
export {
  validateAcsRouterWorkerOfferIssuedEventData,
  isAcsRouterWorkerOfferIssuedEventData,
} from './validators/events/router-worker-offer-issued.js';
export {
  validateAcsRouterWorkerOfferRevokedEventData,
  isAcsRouterWorkerOfferRevokedEventData,
} from './validators/events/router-worker-offer-revoked.js';
export {
  validateAcsRouterWorkerRegisteredEventData,
  isAcsRouterWorkerRegisteredEventData,
} from './validators/events/router-worker-registered.js';
export {
  validateAcsRouterWorkerUpdatedEventData,
  isAcsRouterWorkerUpdatedEventData,
} from './validators/events/router-worker-updated.js';
export {
  validateAcsSmsDeliveryReportReceivedEventData,
  isAcsSmsDeliveryReportReceivedEventData,
} from './validators/events/sms-delivery-report-received.js';
export {
  validateAcsSmsReceivedEventData,
  isAcsSmsReceivedEventData,
} from './validators/events/sms-received.js';
export {
  validateAcsUserDisconnectedEventData,
  isAcsUserDisconnectedEventData,
} from './validators/events/user-disconnected.js';
export {
  validateEventGridEvent,
  isEventGridEvent,
  validateCloudEvent,
  isCloudEvent,
} from './validators/envelopes.js';
export { dataValidators, dataGuards } from './validators/lookup.js';
