// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  validateAdvancedMessageButtonContent,
  isAdvancedMessageButtonContent
} from "./validators/definitions/AdvancedMessageButtonContent.js";
import {
  validateAdvancedMessageChannelEventError,
  isAdvancedMessageChannelEventError
} from "./validators/definitions/AdvancedMessageChannelEventError.js";
import {
  validateAdvancedMessageContext,
  isAdvancedMessageContext
} from "./validators/definitions/AdvancedMessageContext.js";
import {
  validateAdvancedMessageEventBase,
  isAdvancedMessageEventBase
} from "./validators/definitions/AdvancedMessageEventBase.js";
import {
  validateAdvancedMessageInteractiveButtonReplyContent,
  isAdvancedMessageInteractiveButtonReplyContent
} from "./validators/definitions/AdvancedMessageInteractiveButtonReplyContent.js";
import {
  validateAdvancedMessageInteractiveContent,
  isAdvancedMessageInteractiveContent
} from "./validators/definitions/AdvancedMessageInteractiveContent.js";
import {
  validateAdvancedMessageInteractiveListReplyContent,
  isAdvancedMessageInteractiveListReplyContent
} from "./validators/definitions/AdvancedMessageInteractiveListReplyContent.js";
import {
  validateAdvancedMessageLanguageDetection,
  isAdvancedMessageLanguageDetection
} from "./validators/definitions/AdvancedMessageLanguageDetection.js";
import {
  validateAdvancedMessageMediaContent,
  isAdvancedMessageMediaContent
} from "./validators/definitions/AdvancedMessageMediaContent.js";
import {
  validateAdvancedMessageReactionContent,
  isAdvancedMessageReactionContent
} from "./validators/definitions/AdvancedMessageReactionContent.js";
import { validateCallEndReason, isCallEndReason } from "./validators/definitions/CallEndReason.js";
import { validateCallEndedBy, isCallEndedBy } from "./validators/definitions/CallEndedBy.js";
import { validateCallGroup, isCallGroup } from "./validators/definitions/CallGroup.js";
import { validateCallParticipant, isCallParticipant } from "./validators/definitions/CallParticipant.js";
import {
  validateCallParticipantEventBase,
  isCallParticipantEventBase
} from "./validators/definitions/CallParticipantEventBase.js";
import { validateCallRoom, isCallRoom } from "./validators/definitions/CallRoom.js";
import { validateCallingEventBase, isCallingEventBase } from "./validators/definitions/CallingEventBase.js";
import {
  validateChatInThreadEventBase,
  isChatInThreadEventBase
} from "./validators/definitions/ChatInThreadEventBase.js";
import {
  validateChatMessageInThreadEventBase,
  isChatMessageInThreadEventBase
} from "./validators/definitions/ChatMessageInThreadEventBase.js";
import {
  validateChatMessageMetadata,
  isChatMessageMetadata
} from "./validators/definitions/ChatMessageMetadata.js";
import { validateChatParticipant, isChatParticipant } from "./validators/definitions/ChatParticipant.js";
import { validateChatThreadMember, isChatThreadMember } from "./validators/definitions/ChatThreadMember.js";
import {
  validateChatThreadMetadata,
  isChatThreadMetadata
} from "./validators/definitions/ChatThreadMetadata.js";
import {
  validateChatThreadProperties,
  isChatThreadProperties
} from "./validators/definitions/ChatThreadProperties.js";
import {
  validateCommunicationIdentifier,
  isCommunicationIdentifier
} from "./validators/definitions/CommunicationIdentifier.js";
import {
  validateCommunicationUserIdentifier,
  isCommunicationUserIdentifier
} from "./validators/definitions/CommunicationUserIdentifier.js";
import {
  validateEmailDeliveryStatusDetails,
  isEmailDeliveryStatusDetails
} from "./validators/definitions/EmailDeliveryStatusDetails.js";
import {
  validateIncomingCallCustomContext,
  isIncomingCallCustomContext
} from "./validators/definitions/IncomingCallCustomContext.js";
import {
  validateMicrosoftTeamsAppIdentifier,
  isMicrosoftTeamsAppIdentifier
} from "./validators/definitions/MicrosoftTeamsAppIdentifier.js";
import {
  validateMicrosoftTeamsUserIdentifier,
  isMicrosoftTeamsUserIdentifier
} from "./validators/definitions/MicrosoftTeamsUserIdentifier.js";
import {
  validatePhoneNumberIdentifier,
  isPhoneNumberIdentifier
} from "./validators/definitions/PhoneNumberIdentifier.js";
import {
  validateRecordingChunkInfo,
  isRecordingChunkInfo
} from "./validators/definitions/RecordingChunkInfo.js";
import {
  validateRecordingStorageInfo,
  isRecordingStorageInfo
} from "./validators/definitions/RecordingStorageInfo.js";
import {
  validateRouterChannelConfiguration,
  isRouterChannelConfiguration
} from "./validators/definitions/RouterChannelConfiguration.js";
import {
  validateRouterCommunicationError,
  isRouterCommunicationError
} from "./validators/definitions/RouterCommunicationError.js";
import { validateRouterEventBase, isRouterEventBase } from "./validators/definitions/RouterEventBase.js";
import {
  validateRouterJobEventBase,
  isRouterJobEventBase
} from "./validators/definitions/RouterJobEventBase.js";
import { validateRouterLabels, isRouterLabels } from "./validators/definitions/RouterLabels.js";
import {
  validateRouterQueueDetails,
  isRouterQueueDetails
} from "./validators/definitions/RouterQueueDetails.js";
import { validateRouterWorker, isRouterWorker } from "./validators/definitions/RouterWorker.js";
import {
  validateRouterWorkerEventBase,
  isRouterWorkerEventBase
} from "./validators/definitions/RouterWorkerEventBase.js";
import {
  validateRouterWorkerSelector,
  isRouterWorkerSelector
} from "./validators/definitions/RouterWorkerSelector.js";
import {
  validateSmsDeliveryAttempt,
  isSmsDeliveryAttempt
} from "./validators/definitions/SmsDeliveryAttempt.js";
import {
  validateAcsAdvancedMessageAnalysisCompletedEventData,
  isAcsAdvancedMessageAnalysisCompletedEventData
} from "./validators/events/advanced-message-analysis-completed.js";
import {
  validateAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  isAcsAdvancedMessageDeliveryStatusUpdatedEventData
} from "./validators/events/advanced-message-delivery-status-updated.js";
import {
  validateAcsAdvancedMessageReceivedEventData,
  isAcsAdvancedMessageReceivedEventData
} from "./validators/events/advanced-message-received.js";
import { validateAcsCallEndedEventData, isAcsCallEndedEventData } from "./validators/events/call-ended.js";
import {
  validateAcsCallParticipantAddedEventData,
  isAcsCallParticipantAddedEventData
} from "./validators/events/call-participant-added.js";
import {
  validateAcsCallParticipantRemovedEventData,
  isAcsCallParticipantRemovedEventData
} from "./validators/events/call-participant-removed.js";
import {
  validateAcsCallStartedEventData,
  isAcsCallStartedEventData
} from "./validators/events/call-started.js";
import {
  validateAcsChatAzureBotCommandReceivedInThreadEventData,
  isAcsChatAzureBotCommandReceivedInThreadEventData
} from "./validators/events/chat-azure-bot-command-received-in-thread.js";
import {
  validateAcsChatMemberAddedToThreadWithUserEventData,
  isAcsChatMemberAddedToThreadWithUserEventData
} from "./validators/events/chat-member-added-to-thread-with-user.js";
import {
  validateAcsChatMemberRemovedFromThreadWithUserEventData,
  isAcsChatMemberRemovedFromThreadWithUserEventData
} from "./validators/events/chat-member-removed-from-thread-with-user.js";
import {
  validateAcsChatMessageDeletedEventData,
  isAcsChatMessageDeletedEventData
} from "./validators/events/chat-message-deleted.js";
import {
  validateAcsChatMessageDeletedInThreadEventData,
  isAcsChatMessageDeletedInThreadEventData
} from "./validators/events/chat-message-deleted-in-thread.js";
import {
  validateAcsChatMessageEditedEventData,
  isAcsChatMessageEditedEventData
} from "./validators/events/chat-message-edited.js";
import {
  validateAcsChatMessageEditedInThreadEventData,
  isAcsChatMessageEditedInThreadEventData
} from "./validators/events/chat-message-edited-in-thread.js";
import {
  validateAcsChatMessageReceivedEventData,
  isAcsChatMessageReceivedEventData
} from "./validators/events/chat-message-received.js";
import {
  validateAcsChatMessageReceivedInThreadEventData,
  isAcsChatMessageReceivedInThreadEventData
} from "./validators/events/chat-message-received-in-thread.js";
import {
  validateAcsChatParticipantAddedToThreadWithUserEventData,
  isAcsChatParticipantAddedToThreadWithUserEventData
} from "./validators/events/chat-participant-added-to-thread-with-user.js";
import {
  validateAcsChatParticipantRemovedFromThreadWithUserEventData,
  isAcsChatParticipantRemovedFromThreadWithUserEventData
} from "./validators/events/chat-participant-removed-from-thread-with-user.js";
import {
  validateAcsChatThreadCreatedEventData,
  isAcsChatThreadCreatedEventData
} from "./validators/events/chat-thread-created.js";
import {
  validateAcsChatThreadCreatedWithUserEventData,
  isAcsChatThreadCreatedWithUserEventData
} from "./validators/events/chat-thread-created-with-user.js";
import {
  validateAcsChatThreadDeletedEventData,
  isAcsChatThreadDeletedEventData
} from "./validators/events/chat-thread-deleted.js";
import {
  validateAcsChatThreadParticipantAddedEventData,
  isAcsChatThreadParticipantAddedEventData
} from "./validators/events/chat-thread-participant-added.js";
import {
  validateAcsChatThreadParticipantRemovedEventData,
  isAcsChatThreadParticipantRemovedEventData
} from "./validators/events/chat-thread-participant-removed.js";
import {
  validateAcsChatThreadPropertiesUpdatedEventData,
  isAcsChatThreadPropertiesUpdatedEventData
} from "./validators/events/chat-thread-properties-updated.js";
import {
  validateAcsChatThreadPropertiesUpdatedPerUserEventData,
  isAcsChatThreadPropertiesUpdatedPerUserEventData
} from "./validators/events/chat-thread-properties-updated-per-user.js";
import {
  validateAcsChatThreadWithUserDeletedEventData,
  isAcsChatThreadWithUserDeletedEventData
} from "./validators/events/chat-thread-with-user-deleted.js";
import {
  validateAcsChatTypingIndicatorReceivedInThreadEventData,
  isAcsChatTypingIndicatorReceivedInThreadEventData
} from "./validators/events/chat-typing-indicator-received-in-thread.js";
import {
  validateAcsEmailDeliveryReportReceivedEventData,
  isAcsEmailDeliveryReportReceivedEventData
} from "./validators/events/email-delivery-report-received.js";
import {
  validateAcsEmailEngagementTrackingReportReceivedEventData,
  isAcsEmailEngagementTrackingReportReceivedEventData
} from "./validators/events/email-engagement-tracking-report-received.js";
import {
  validateAcsIncomingCallEventData,
  isAcsIncomingCallEventData
} from "./validators/events/incoming-call.js";
import {
  validateAcsInstantMessageDeletedEventData,
  isAcsInstantMessageDeletedEventData
} from "./validators/events/instant-message-deleted.js";
import {
  validateAcsInstantMessageEditedEventData,
  isAcsInstantMessageEditedEventData
} from "./validators/events/instant-message-edited.js";
import {
  validateAcsInstantMessageReceivedEventData,
  isAcsInstantMessageReceivedEventData
} from "./validators/events/instant-message-received.js";
import {
  validateAcsRecordingFileStatusUpdatedEventData,
  isAcsRecordingFileStatusUpdatedEventData
} from "./validators/events/recording-file-status-updated.js";
import {
  validateAcsRouterJobCancelledEventData,
  isAcsRouterJobCancelledEventData
} from "./validators/events/router-job-cancelled.js";
import {
  validateAcsRouterJobClassificationFailedEventData,
  isAcsRouterJobClassificationFailedEventData
} from "./validators/events/router-job-classification-failed.js";
import {
  validateAcsRouterJobClassifiedEventData,
  isAcsRouterJobClassifiedEventData
} from "./validators/events/router-job-classified.js";
import {
  validateAcsRouterJobClosedEventData,
  isAcsRouterJobClosedEventData
} from "./validators/events/router-job-closed.js";
import {
  validateAcsRouterJobCompletedEventData,
  isAcsRouterJobCompletedEventData
} from "./validators/events/router-job-completed.js";
import {
  validateAcsRouterJobDeletedEventData,
  isAcsRouterJobDeletedEventData
} from "./validators/events/router-job-deleted.js";
import {
  validateAcsRouterJobExceptionTriggeredEventData,
  isAcsRouterJobExceptionTriggeredEventData
} from "./validators/events/router-job-exception-triggered.js";
import {
  validateAcsRouterJobQueuedEventData,
  isAcsRouterJobQueuedEventData
} from "./validators/events/router-job-queued.js";
import {
  validateAcsRouterJobReceivedEventData,
  isAcsRouterJobReceivedEventData
} from "./validators/events/router-job-received.js";
import {
  validateAcsRouterJobSchedulingFailedEventData,
  isAcsRouterJobSchedulingFailedEventData
} from "./validators/events/router-job-scheduling-failed.js";
import {
  validateAcsRouterJobUnassignedEventData,
  isAcsRouterJobUnassignedEventData
} from "./validators/events/router-job-unassigned.js";
import {
  validateAcsRouterJobWaitingForActivationEventData,
  isAcsRouterJobWaitingForActivationEventData
} from "./validators/events/router-job-waiting-for-activation.js";
import {
  validateAcsRouterJobWorkerSelectorsExpiredEventData,
  isAcsRouterJobWorkerSelectorsExpiredEventData
} from "./validators/events/router-job-worker-selectors-expired.js";
import {
  validateAcsRouterWorkerDeletedEventData,
  isAcsRouterWorkerDeletedEventData
} from "./validators/events/router-worker-deleted.js";
import {
  validateAcsRouterWorkerDeregisteredEventData,
  isAcsRouterWorkerDeregisteredEventData
} from "./validators/events/router-worker-deregistered.js";
import {
  validateAcsRouterWorkerOfferAcceptedEventData,
  isAcsRouterWorkerOfferAcceptedEventData
} from "./validators/events/router-worker-offer-accepted.js";
import {
  validateAcsRouterWorkerOfferDeclinedEventData,
  isAcsRouterWorkerOfferDeclinedEventData
} from "./validators/events/router-worker-offer-declined.js";
import {
  validateAcsRouterWorkerOfferExpiredEventData,
  isAcsRouterWorkerOfferExpiredEventData
} from "./validators/events/router-worker-offer-expired.js";
import {
  validateAcsRouterWorkerOfferIssuedEventData,
  isAcsRouterWorkerOfferIssuedEventData
} from "./validators/events/router-worker-offer-issued.js";
import {
  validateAcsRouterWorkerOfferRevokedEventData,
  isAcsRouterWorkerOfferRevokedEventData
} from "./validators/events/router-worker-offer-revoked.js";
import {
  validateAcsRouterWorkerRegisteredEventData,
  isAcsRouterWorkerRegisteredEventData
} from "./validators/events/router-worker-registered.js";
import {
  validateAcsRouterWorkerUpdatedEventData,
  isAcsRouterWorkerUpdatedEventData
} from "./validators/events/router-worker-updated.js";
import {
  validateAcsSmsDeliveryReportReceivedEventData,
  isAcsSmsDeliveryReportReceivedEventData
} from "./validators/events/sms-delivery-report-received.js";
import {
  validateAcsSmsReceivedEventData,
  isAcsSmsReceivedEventData
} from "./validators/events/sms-received.js";
import {
  validateAcsUserDisconnectedEventData,
  isAcsUserDisconnectedEventData
} from "./validators/events/user-disconnected.js";
import {
  validateEventGridEvent,
  isEventGridEvent,
  validateCloudEvent,
  isCloudEvent
} from "./validators/envelopes.js";
import { dataValidators, dataGuards } from "./validators/lookup.js";
export {
  dataGuards,
  dataValidators,
  isAcsAdvancedMessageAnalysisCompletedEventData,
  isAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  isAcsAdvancedMessageReceivedEventData,
  isAcsCallEndedEventData,
  isAcsCallParticipantAddedEventData,
  isAcsCallParticipantRemovedEventData,
  isAcsCallStartedEventData,
  isAcsChatAzureBotCommandReceivedInThreadEventData,
  isAcsChatMemberAddedToThreadWithUserEventData,
  isAcsChatMemberRemovedFromThreadWithUserEventData,
  isAcsChatMessageDeletedEventData,
  isAcsChatMessageDeletedInThreadEventData,
  isAcsChatMessageEditedEventData,
  isAcsChatMessageEditedInThreadEventData,
  isAcsChatMessageReceivedEventData,
  isAcsChatMessageReceivedInThreadEventData,
  isAcsChatParticipantAddedToThreadWithUserEventData,
  isAcsChatParticipantRemovedFromThreadWithUserEventData,
  isAcsChatThreadCreatedEventData,
  isAcsChatThreadCreatedWithUserEventData,
  isAcsChatThreadDeletedEventData,
  isAcsChatThreadParticipantAddedEventData,
  isAcsChatThreadParticipantRemovedEventData,
  isAcsChatThreadPropertiesUpdatedEventData,
  isAcsChatThreadPropertiesUpdatedPerUserEventData,
  isAcsChatThreadWithUserDeletedEventData,
  isAcsChatTypingIndicatorReceivedInThreadEventData,
  isAcsEmailDeliveryReportReceivedEventData,
  isAcsEmailEngagementTrackingReportReceivedEventData,
  isAcsIncomingCallEventData,
  isAcsInstantMessageDeletedEventData,
  isAcsInstantMessageEditedEventData,
  isAcsInstantMessageReceivedEventData,
  isAcsRecordingFileStatusUpdatedEventData,
  isAcsRouterJobCancelledEventData,
  isAcsRouterJobClassificationFailedEventData,
  isAcsRouterJobClassifiedEventData,
  isAcsRouterJobClosedEventData,
  isAcsRouterJobCompletedEventData,
  isAcsRouterJobDeletedEventData,
  isAcsRouterJobExceptionTriggeredEventData,
  isAcsRouterJobQueuedEventData,
  isAcsRouterJobReceivedEventData,
  isAcsRouterJobSchedulingFailedEventData,
  isAcsRouterJobUnassignedEventData,
  isAcsRouterJobWaitingForActivationEventData,
  isAcsRouterJobWorkerSelectorsExpiredEventData,
  isAcsRouterWorkerDeletedEventData,
  isAcsRouterWorkerDeregisteredEventData,
  isAcsRouterWorkerOfferAcceptedEventData,
  isAcsRouterWorkerOfferDeclinedEventData,
  isAcsRouterWorkerOfferExpiredEventData,
  isAcsRouterWorkerOfferIssuedEventData,
  isAcsRouterWorkerOfferRevokedEventData,
  isAcsRouterWorkerRegisteredEventData,
  isAcsRouterWorkerUpdatedEventData,
  isAcsSmsDeliveryReportReceivedEventData,
  isAcsSmsReceivedEventData,
  isAcsUserDisconnectedEventData,
  isAdvancedMessageButtonContent,
  isAdvancedMessageChannelEventError,
  isAdvancedMessageContext,
  isAdvancedMessageEventBase,
  isAdvancedMessageInteractiveButtonReplyContent,
  isAdvancedMessageInteractiveContent,
  isAdvancedMessageInteractiveListReplyContent,
  isAdvancedMessageLanguageDetection,
  isAdvancedMessageMediaContent,
  isAdvancedMessageReactionContent,
  isCallEndReason,
  isCallEndedBy,
  isCallGroup,
  isCallParticipant,
  isCallParticipantEventBase,
  isCallRoom,
  isCallingEventBase,
  isChatInThreadEventBase,
  isChatMessageInThreadEventBase,
  isChatMessageMetadata,
  isChatParticipant,
  isChatThreadMember,
  isChatThreadMetadata,
  isChatThreadProperties,
  isCloudEvent,
  isCommunicationIdentifier,
  isCommunicationUserIdentifier,
  isEmailDeliveryStatusDetails,
  isEventGridEvent,
  isIncomingCallCustomContext,
  isMicrosoftTeamsAppIdentifier,
  isMicrosoftTeamsUserIdentifier,
  isPhoneNumberIdentifier,
  isRecordingChunkInfo,
  isRecordingStorageInfo,
  isRouterChannelConfiguration,
  isRouterCommunicationError,
  isRouterEventBase,
  isRouterJobEventBase,
  isRouterLabels,
  isRouterQueueDetails,
  isRouterWorker,
  isRouterWorkerEventBase,
  isRouterWorkerSelector,
  isSmsDeliveryAttempt,
  validateAcsAdvancedMessageAnalysisCompletedEventData,
  validateAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  validateAcsAdvancedMessageReceivedEventData,
  validateAcsCallEndedEventData,
  validateAcsCallParticipantAddedEventData,
  validateAcsCallParticipantRemovedEventData,
  validateAcsCallStartedEventData,
  validateAcsChatAzureBotCommandReceivedInThreadEventData,
  validateAcsChatMemberAddedToThreadWithUserEventData,
  validateAcsChatMemberRemovedFromThreadWithUserEventData,
  validateAcsChatMessageDeletedEventData,
  validateAcsChatMessageDeletedInThreadEventData,
  validateAcsChatMessageEditedEventData,
  validateAcsChatMessageEditedInThreadEventData,
  validateAcsChatMessageReceivedEventData,
  validateAcsChatMessageReceivedInThreadEventData,
  validateAcsChatParticipantAddedToThreadWithUserEventData,
  validateAcsChatParticipantRemovedFromThreadWithUserEventData,
  validateAcsChatThreadCreatedEventData,
  validateAcsChatThreadCreatedWithUserEventData,
  validateAcsChatThreadDeletedEventData,
  validateAcsChatThreadParticipantAddedEventData,
  validateAcsChatThreadParticipantRemovedEventData,
  validateAcsChatThreadPropertiesUpdatedEventData,
  validateAcsChatThreadPropertiesUpdatedPerUserEventData,
  validateAcsChatThreadWithUserDeletedEventData,
  validateAcsChatTypingIndicatorReceivedInThreadEventData,
  validateAcsEmailDeliveryReportReceivedEventData,
  validateAcsEmailEngagementTrackingReportReceivedEventData,
  validateAcsIncomingCallEventData,
  validateAcsInstantMessageDeletedEventData,
  validateAcsInstantMessageEditedEventData,
  validateAcsInstantMessageReceivedEventData,
  validateAcsRecordingFileStatusUpdatedEventData,
  validateAcsRouterJobCancelledEventData,
  validateAcsRouterJobClassificationFailedEventData,
  validateAcsRouterJobClassifiedEventData,
  validateAcsRouterJobClosedEventData,
  validateAcsRouterJobCompletedEventData,
  validateAcsRouterJobDeletedEventData,
  validateAcsRouterJobExceptionTriggeredEventData,
  validateAcsRouterJobQueuedEventData,
  validateAcsRouterJobReceivedEventData,
  validateAcsRouterJobSchedulingFailedEventData,
  validateAcsRouterJobUnassignedEventData,
  validateAcsRouterJobWaitingForActivationEventData,
  validateAcsRouterJobWorkerSelectorsExpiredEventData,
  validateAcsRouterWorkerDeletedEventData,
  validateAcsRouterWorkerDeregisteredEventData,
  validateAcsRouterWorkerOfferAcceptedEventData,
  validateAcsRouterWorkerOfferDeclinedEventData,
  validateAcsRouterWorkerOfferExpiredEventData,
  validateAcsRouterWorkerOfferIssuedEventData,
  validateAcsRouterWorkerOfferRevokedEventData,
  validateAcsRouterWorkerRegisteredEventData,
  validateAcsRouterWorkerUpdatedEventData,
  validateAcsSmsDeliveryReportReceivedEventData,
  validateAcsSmsReceivedEventData,
  validateAcsUserDisconnectedEventData,
  validateAdvancedMessageButtonContent,
  validateAdvancedMessageChannelEventError,
  validateAdvancedMessageContext,
  validateAdvancedMessageEventBase,
  validateAdvancedMessageInteractiveButtonReplyContent,
  validateAdvancedMessageInteractiveContent,
  validateAdvancedMessageInteractiveListReplyContent,
  validateAdvancedMessageLanguageDetection,
  validateAdvancedMessageMediaContent,
  validateAdvancedMessageReactionContent,
  validateCallEndReason,
  validateCallEndedBy,
  validateCallGroup,
  validateCallParticipant,
  validateCallParticipantEventBase,
  validateCallRoom,
  validateCallingEventBase,
  validateChatInThreadEventBase,
  validateChatMessageInThreadEventBase,
  validateChatMessageMetadata,
  validateChatParticipant,
  validateChatThreadMember,
  validateChatThreadMetadata,
  validateChatThreadProperties,
  validateCloudEvent,
  validateCommunicationIdentifier,
  validateCommunicationUserIdentifier,
  validateEmailDeliveryStatusDetails,
  validateEventGridEvent,
  validateIncomingCallCustomContext,
  validateMicrosoftTeamsAppIdentifier,
  validateMicrosoftTeamsUserIdentifier,
  validatePhoneNumberIdentifier,
  validateRecordingChunkInfo,
  validateRecordingStorageInfo,
  validateRouterChannelConfiguration,
  validateRouterCommunicationError,
  validateRouterEventBase,
  validateRouterJobEventBase,
  validateRouterLabels,
  validateRouterQueueDetails,
  validateRouterWorker,
  validateRouterWorkerEventBase,
  validateRouterWorkerSelector,
  validateSmsDeliveryAttempt
};
