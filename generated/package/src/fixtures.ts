// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCloudEvent, AcsEvent, CloudEvent, EventGridEvent } from './types.js';
import { toCloudEvent } from './support/envelopes.js';
import type { DeepReadonly } from './support/plain-data.js';

export {
  DEFAULT_SEED,
  type DeepPartial,
  type FactoryOptions,
  type InvalidVariant,
} from './support/fixture-building.js';
export type { DeepReadonly } from './support/plain-data.js';

/**
 * The CloudEvents 1.0 form of an Event Grid event: `source` is the topic (or `options.source` when the
 * event has none), `type` the event type, `time` the event time; `data` is copied.
 */
export function makeCloudEvent<E extends DeepReadonly<AcsEvent>>(
  event: E,
  options?: { source?: string },
): Extract<AcsCloudEvent, { type: E['eventType'] }>;
export function makeCloudEvent<TType extends string, TData>(
  event: EventGridEvent<TType, TData>,
  options?: { source?: string },
): CloudEvent<TType, TData>;
export function makeCloudEvent<TType extends string, TData>(
  event: EventGridEvent<TType, TData>,
  options?: { source?: string },
): CloudEvent<TType, TData> {
  return toCloudEvent(event, options);
}

export {
  makeAcsAdvancedMessageAnalysisCompletedEvent,
  advancedMessageAnalysisCompleted_2024_07_advanced_messaging,
  advancedMessageAnalysisCompletedCloudEvent_2024_07_advanced_messaging,
} from './fixtures/events/advanced-message-analysis-completed.js';
export {
  makeAcsAdvancedMessageDeliveryStatusUpdatedEvent,
  advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging,
  advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging,
  advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging_2,
  advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging_2,
} from './fixtures/events/advanced-message-delivery-status-updated.js';
export {
  makeAcsAdvancedMessageReceivedEvent,
  advancedMessageReceived_2024_07_advanced_messaging,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging,
  advancedMessageReceived_2024_07_advanced_messaging_2,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_2,
  advancedMessageReceived_2024_07_advanced_messaging_3,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_3,
  advancedMessageReceived_2024_07_advanced_messaging_4,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_4,
  advancedMessageReceived_2024_07_advanced_messaging_5,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_5,
  advancedMessageReceived_2024_07_advanced_messaging_6,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_6,
  advancedMessageReceived_2024_07_advanced_messaging_7,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_7,
  advancedMessageReceived_2024_07_advanced_messaging_8,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_8,
} from './fixtures/events/advanced-message-received.js';
export {
  makeAcsCallEndedEvent,
  callEnded_2022_12_voice_video,
  callEndedCloudEvent_2022_12_voice_video,
} from './fixtures/events/call-ended.js';
export {
  makeAcsCallParticipantAddedEvent,
  callParticipantAdded_2022_12_voice_video,
  callParticipantAddedCloudEvent_2022_12_voice_video,
} from './fixtures/events/call-participant-added.js';
export {
  makeAcsCallParticipantRemovedEvent,
  callParticipantRemoved_2022_12_voice_video,
  callParticipantRemovedCloudEvent_2022_12_voice_video,
} from './fixtures/events/call-participant-removed.js';
export {
  makeAcsCallStartedEvent,
  callStarted_2022_12_voice_video,
  callStartedCloudEvent_2022_12_voice_video,
} from './fixtures/events/call-started.js';
export { makeAcsChatAzureBotCommandReceivedInThreadEvent } from './fixtures/events/chat-azure-bot-command-received-in-thread.js';
export {
  makeAcsChatMemberAddedToThreadWithUserEvent,
  chatMemberAddedToThreadWithUser_2020_09,
  chatMemberAddedToThreadWithUserCloudEvent_2020_09,
  chatMemberAddedToThreadWithUser_2021_02,
  chatMemberAddedToThreadWithUserCloudEvent_2021_02,
} from './fixtures/events/chat-member-added-to-thread-with-user.js';
export {
  makeAcsChatMemberRemovedFromThreadWithUserEvent,
  chatMemberRemovedFromThreadWithUser_2020_09,
  chatMemberRemovedFromThreadWithUserCloudEvent_2020_09,
  chatMemberRemovedFromThreadWithUser_2021_02,
  chatMemberRemovedFromThreadWithUserCloudEvent_2021_02,
} from './fixtures/events/chat-member-removed-from-thread-with-user.js';
export {
  makeAcsChatMessageDeletedEvent,
  chatMessageDeleted_2020_09,
  chatMessageDeletedCloudEvent_2020_09,
  chatMessageDeleted_2021_02,
  chatMessageDeletedCloudEvent_2021_02,
  chatMessageDeleted_2021_10,
  chatMessageDeletedCloudEvent_2021_10,
  chatMessageDeleted_2021_10_chat,
  chatMessageDeletedCloudEvent_2021_10_chat,
} from './fixtures/events/chat-message-deleted.js';
export {
  makeAcsChatMessageDeletedInThreadEvent,
  chatMessageDeletedInThread_2021_02,
  chatMessageDeletedInThreadCloudEvent_2021_02,
  chatMessageDeletedInThread_2021_10,
  chatMessageDeletedInThreadCloudEvent_2021_10,
  chatMessageDeletedInThread_2021_10_chat,
  chatMessageDeletedInThreadCloudEvent_2021_10_chat,
} from './fixtures/events/chat-message-deleted-in-thread.js';
export {
  makeAcsChatMessageEditedEvent,
  chatMessageEdited_2020_09,
  chatMessageEditedCloudEvent_2020_09,
  chatMessageEdited_2021_02,
  chatMessageEditedCloudEvent_2021_02,
  chatMessageEdited_2021_10,
  chatMessageEditedCloudEvent_2021_10,
  chatMessageEdited_2021_10_chat,
  chatMessageEditedCloudEvent_2021_10_chat,
} from './fixtures/events/chat-message-edited.js';
export {
  makeAcsChatMessageEditedInThreadEvent,
  chatMessageEditedInThread_2021_02,
  chatMessageEditedInThreadCloudEvent_2021_02,
  chatMessageEditedInThread_2021_10,
  chatMessageEditedInThreadCloudEvent_2021_10,
  chatMessageEditedInThread_2021_10_chat,
  chatMessageEditedInThreadCloudEvent_2021_10_chat,
} from './fixtures/events/chat-message-edited-in-thread.js';
export {
  makeAcsChatMessageReceivedEvent,
  chatMessageReceived_2020_09,
  chatMessageReceivedCloudEvent_2020_09,
  chatMessageReceived_2021_02,
  chatMessageReceivedCloudEvent_2021_02,
  chatMessageReceived_2021_10,
  chatMessageReceivedCloudEvent_2021_10,
  chatMessageReceived_2021_10_chat,
  chatMessageReceivedCloudEvent_2021_10_chat,
} from './fixtures/events/chat-message-received.js';
export {
  makeAcsChatMessageReceivedInThreadEvent,
  chatMessageReceivedInThread_2021_02,
  chatMessageReceivedInThreadCloudEvent_2021_02,
  chatMessageReceivedInThread_2021_10,
  chatMessageReceivedInThreadCloudEvent_2021_10,
  chatMessageReceivedInThread_2021_10_chat,
  chatMessageReceivedInThreadCloudEvent_2021_10_chat,
} from './fixtures/events/chat-message-received-in-thread.js';
export {
  makeAcsChatParticipantAddedToThreadWithUserEvent,
  chatParticipantAddedToThreadWithUser_2021_02,
  chatParticipantAddedToThreadWithUserCloudEvent_2021_02,
  chatParticipantAddedToThreadWithUser_2021_10,
  chatParticipantAddedToThreadWithUserCloudEvent_2021_10,
  chatParticipantAddedToThreadWithUser_2021_10_chat,
  chatParticipantAddedToThreadWithUserCloudEvent_2021_10_chat,
} from './fixtures/events/chat-participant-added-to-thread-with-user.js';
export {
  makeAcsChatParticipantRemovedFromThreadWithUserEvent,
  chatParticipantRemovedFromThreadWithUser_2021_02,
  chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02,
  chatParticipantRemovedFromThreadWithUser_2021_10,
  chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10,
  chatParticipantRemovedFromThreadWithUser_2021_10_chat,
  chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10_chat,
} from './fixtures/events/chat-participant-removed-from-thread-with-user.js';
export {
  makeAcsChatThreadCreatedEvent,
  chatThreadCreated_2021_02,
  chatThreadCreatedCloudEvent_2021_02,
  chatThreadCreated_2021_10,
  chatThreadCreatedCloudEvent_2021_10,
  chatThreadCreated_2021_10_chat,
  chatThreadCreatedCloudEvent_2021_10_chat,
} from './fixtures/events/chat-thread-created.js';
export {
  makeAcsChatThreadCreatedWithUserEvent,
  chatThreadCreatedWithUser_2020_09,
  chatThreadCreatedWithUserCloudEvent_2020_09,
  chatThreadCreatedWithUser_2021_02,
  chatThreadCreatedWithUserCloudEvent_2021_02,
  chatThreadCreatedWithUser_2021_10,
  chatThreadCreatedWithUserCloudEvent_2021_10,
  chatThreadCreatedWithUser_2021_10_chat,
  chatThreadCreatedWithUserCloudEvent_2021_10_chat,
} from './fixtures/events/chat-thread-created-with-user.js';
export {
  makeAcsChatThreadDeletedEvent,
  chatThreadDeleted_2021_02,
  chatThreadDeletedCloudEvent_2021_02,
  chatThreadDeleted_2021_10,
  chatThreadDeletedCloudEvent_2021_10,
  chatThreadDeleted_2021_10_chat,
  chatThreadDeletedCloudEvent_2021_10_chat,
} from './fixtures/events/chat-thread-deleted.js';
export {
  makeAcsChatThreadParticipantAddedEvent,
  chatThreadParticipantAdded_2021_02,
  chatThreadParticipantAddedCloudEvent_2021_02,
  chatThreadParticipantAdded_2021_10,
  chatThreadParticipantAddedCloudEvent_2021_10,
  chatThreadParticipantAdded_2021_10_chat,
  chatThreadParticipantAddedCloudEvent_2021_10_chat,
} from './fixtures/events/chat-thread-participant-added.js';
export {
  makeAcsChatThreadParticipantRemovedEvent,
  chatThreadParticipantRemoved_2021_02,
  chatThreadParticipantRemovedCloudEvent_2021_02,
  chatThreadParticipantRemoved_2021_10,
  chatThreadParticipantRemovedCloudEvent_2021_10,
  chatThreadParticipantRemoved_2021_10_chat,
  chatThreadParticipantRemovedCloudEvent_2021_10_chat,
} from './fixtures/events/chat-thread-participant-removed.js';
export {
  makeAcsChatThreadPropertiesUpdatedEvent,
  chatThreadPropertiesUpdated_2021_02,
  chatThreadPropertiesUpdatedCloudEvent_2021_02,
  chatThreadPropertiesUpdated_2021_10,
  chatThreadPropertiesUpdatedCloudEvent_2021_10,
  chatThreadPropertiesUpdated_2021_10_chat,
  chatThreadPropertiesUpdatedCloudEvent_2021_10_chat,
} from './fixtures/events/chat-thread-properties-updated.js';
export {
  makeAcsChatThreadPropertiesUpdatedPerUserEvent,
  chatThreadPropertiesUpdatedPerUser_2020_09,
  chatThreadPropertiesUpdatedPerUserCloudEvent_2020_09,
  chatThreadPropertiesUpdatedPerUser_2021_02,
  chatThreadPropertiesUpdatedPerUserCloudEvent_2021_02,
  chatThreadPropertiesUpdatedPerUser_2021_10,
  chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10,
  chatThreadPropertiesUpdatedPerUser_2021_10_chat,
  chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10_chat,
} from './fixtures/events/chat-thread-properties-updated-per-user.js';
export {
  makeAcsChatThreadWithUserDeletedEvent,
  chatThreadWithUserDeleted_2020_09,
  chatThreadWithUserDeletedCloudEvent_2020_09,
  chatThreadWithUserDeleted_2021_02,
  chatThreadWithUserDeletedCloudEvent_2021_02,
  chatThreadWithUserDeleted_2021_10,
  chatThreadWithUserDeletedCloudEvent_2021_10,
  chatThreadWithUserDeleted_2021_10_chat,
  chatThreadWithUserDeletedCloudEvent_2021_10_chat,
} from './fixtures/events/chat-thread-with-user-deleted.js';
export { makeAcsChatTypingIndicatorReceivedInThreadEvent } from './fixtures/events/chat-typing-indicator-received-in-thread.js';
export {
  makeAcsEmailDeliveryReportReceivedEvent,
  emailDeliveryReportReceived_2022_09_email,
  emailDeliveryReportReceivedCloudEvent_2022_09_email,
} from './fixtures/events/email-delivery-report-received.js';
export {
  makeAcsEmailEngagementTrackingReportReceivedEvent,
  emailEngagementTrackingReportReceived_2022_09_email,
  emailEngagementTrackingReportReceivedCloudEvent_2022_09_email,
} from './fixtures/events/email-engagement-tracking-report-received.js';
export {
  makeAcsIncomingCallEvent,
  incomingCall_2022_12_voice_video,
  incomingCallCloudEvent_2022_12_voice_video,
} from './fixtures/events/incoming-call.js';
export {
  makeAcsInstantMessageDeletedEvent,
  instantMessageDeleted_2020_03,
  instantMessageDeletedCloudEvent_2020_03,
} from './fixtures/events/instant-message-deleted.js';
export {
  makeAcsInstantMessageEditedEvent,
  instantMessageEdited_2020_03,
  instantMessageEditedCloudEvent_2020_03,
} from './fixtures/events/instant-message-edited.js';
export {
  makeAcsInstantMessageReceivedEvent,
  instantMessageReceived_2020_03,
  instantMessageReceivedCloudEvent_2020_03,
} from './fixtures/events/instant-message-received.js';
export {
  makeAcsRecordingFileStatusUpdatedEvent,
  recordingFileStatusUpdated_2022_12_voice_video,
  recordingFileStatusUpdatedCloudEvent_2022_12_voice_video,
} from './fixtures/events/recording-file-status-updated.js';
export {
  makeAcsRouterJobCancelledEvent,
  routerJobCancelled_2023_07_router,
  routerJobCancelledCloudEvent_2023_07_router,
} from './fixtures/events/router-job-cancelled.js';
export {
  makeAcsRouterJobClassificationFailedEvent,
  routerJobClassificationFailed_2023_07_router,
  routerJobClassificationFailedCloudEvent_2023_07_router,
} from './fixtures/events/router-job-classification-failed.js';
export {
  makeAcsRouterJobClassifiedEvent,
  routerJobClassified_2023_07_router,
  routerJobClassifiedCloudEvent_2023_07_router,
} from './fixtures/events/router-job-classified.js';
export {
  makeAcsRouterJobClosedEvent,
  routerJobClosed_2023_07_router,
  routerJobClosedCloudEvent_2023_07_router,
} from './fixtures/events/router-job-closed.js';
export {
  makeAcsRouterJobCompletedEvent,
  routerJobCompleted_2023_07_router,
  routerJobCompletedCloudEvent_2023_07_router,
} from './fixtures/events/router-job-completed.js';
export {
  makeAcsRouterJobDeletedEvent,
  routerJobDeleted_2023_07_router,
  routerJobDeletedCloudEvent_2023_07_router,
} from './fixtures/events/router-job-deleted.js';
export {
  makeAcsRouterJobExceptionTriggeredEvent,
  routerJobExceptionTriggered_2023_07_router,
  routerJobExceptionTriggeredCloudEvent_2023_07_router,
} from './fixtures/events/router-job-exception-triggered.js';
export {
  makeAcsRouterJobQueuedEvent,
  routerJobQueued_2023_07_router,
  routerJobQueuedCloudEvent_2023_07_router,
} from './fixtures/events/router-job-queued.js';
export {
  makeAcsRouterJobReceivedEvent,
  routerJobReceived_2023_07_router,
  routerJobReceivedCloudEvent_2023_07_router,
} from './fixtures/events/router-job-received.js';
export {
  makeAcsRouterJobSchedulingFailedEvent,
  routerJobSchedulingFailed_2023_07_router,
  routerJobSchedulingFailedCloudEvent_2023_07_router,
} from './fixtures/events/router-job-scheduling-failed.js';
export {
  makeAcsRouterJobUnassignedEvent,
  routerJobUnassigned_2023_07_router,
  routerJobUnassignedCloudEvent_2023_07_router,
} from './fixtures/events/router-job-unassigned.js';
export {
  makeAcsRouterJobWaitingForActivationEvent,
  routerJobWaitingForActivation_2023_07_router,
  routerJobWaitingForActivationCloudEvent_2023_07_router,
} from './fixtures/events/router-job-waiting-for-activation.js';
export {
  makeAcsRouterJobWorkerSelectorsExpiredEvent,
  routerJobWorkerSelectorsExpired_2023_07_router,
  routerJobWorkerSelectorsExpiredCloudEvent_2023_07_router,
} from './fixtures/events/router-job-worker-selectors-expired.js';
export {
  makeAcsRouterWorkerDeletedEvent,
  routerWorkerDeleted_2023_07_router,
  routerWorkerDeletedCloudEvent_2023_07_router,
} from './fixtures/events/router-worker-deleted.js';
export {
  makeAcsRouterWorkerDeregisteredEvent,
  routerWorkerDeregistered_2023_07_router,
  routerWorkerDeregisteredCloudEvent_2023_07_router,
} from './fixtures/events/router-worker-deregistered.js';
export {
  makeAcsRouterWorkerOfferAcceptedEvent,
  routerWorkerOfferAccepted_2023_07_router,
  routerWorkerOfferAcceptedCloudEvent_2023_07_router,
} from './fixtures/events/router-worker-offer-accepted.js';
export {
  makeAcsRouterWorkerOfferDeclinedEvent,
  routerWorkerOfferDeclined_2023_07_router,
  routerWorkerOfferDeclinedCloudEvent_2023_07_router,
} from './fixtures/events/router-worker-offer-declined.js';
export {
  makeAcsRouterWorkerOfferExpiredEvent,
  routerWorkerOfferExpired_2023_07_router,
  routerWorkerOfferExpiredCloudEvent_2023_07_router,
} from './fixtures/events/router-worker-offer-expired.js';
export {
  makeAcsRouterWorkerOfferIssuedEvent,
  routerWorkerOfferIssued_2023_07_router,
  routerWorkerOfferIssuedCloudEvent_2023_07_router,
} from './fixtures/events/router-worker-offer-issued.js';
export {
  makeAcsRouterWorkerOfferRevokedEvent,
  routerWorkerOfferRevoked_2023_07_router,
  routerWorkerOfferRevokedCloudEvent_2023_07_router,
} from './fixtures/events/router-worker-offer-revoked.js';
export {
  makeAcsRouterWorkerRegisteredEvent,
  routerWorkerRegistered_2023_07_router,
  routerWorkerRegisteredCloudEvent_2023_07_router,
} from './fixtures/events/router-worker-registered.js';
export { makeAcsRouterWorkerUpdatedEvent } from './fixtures/events/router-worker-updated.js';
export {
  makeAcsSmsDeliveryReportReceivedEvent,
  smsDeliveryReportReceived_2020_03,
  smsDeliveryReportReceivedCloudEvent_2020_03,
  smsDeliveryReportReceived_2020_09,
  smsDeliveryReportReceivedCloudEvent_2020_09,
  smsDeliveryReportReceived_2021_02,
  smsDeliveryReportReceivedCloudEvent_2021_02,
  smsDeliveryReportReceived_2025_01_sms,
  smsDeliveryReportReceivedCloudEvent_2025_01_sms,
} from './fixtures/events/sms-delivery-report-received.js';
export {
  makeAcsSmsReceivedEvent,
  smsReceived_2020_03,
  smsReceivedCloudEvent_2020_03,
  smsReceived_2020_09,
  smsReceivedCloudEvent_2020_09,
  smsReceived_2021_02,
  smsReceivedCloudEvent_2021_02,
  smsReceived_2025_01_sms,
  smsReceivedCloudEvent_2025_01_sms,
} from './fixtures/events/sms-received.js';
export {
  makeAcsUserDisconnectedEvent,
  userDisconnected_2021_10_presence,
  userDisconnectedCloudEvent_2021_10_presence,
} from './fixtures/events/user-disconnected.js';
export { factories, fixtureList, fixtures, invalidVariants, type FixtureEntry } from './fixtures/lookup.js';
