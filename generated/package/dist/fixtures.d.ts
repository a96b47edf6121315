// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsAdvancedMessageAnalysisCompletedCloudEvent, AcsAdvancedMessageAnalysisCompletedEvent, AcsAdvancedMessageDeliveryStatusUpdatedCloudEvent, AcsAdvancedMessageDeliveryStatusUpdatedEvent, AcsAdvancedMessageReceivedCloudEvent, AcsAdvancedMessageReceivedEvent, AcsCallEndedCloudEvent, AcsCallEndedEvent, AcsCallParticipantAddedCloudEvent, AcsCallParticipantAddedEvent, AcsCallParticipantRemovedCloudEvent, AcsCallParticipantRemovedEvent, AcsCallStartedCloudEvent, AcsCallStartedEvent, AcsChatAzureBotCommandReceivedInThreadEvent, AcsChatMemberAddedToThreadWithUserCloudEvent, AcsChatMemberAddedToThreadWithUserEvent, AcsChatMemberRemovedFromThreadWithUserCloudEvent, AcsChatMemberRemovedFromThreadWithUserEvent, AcsChatMessageDeletedCloudEvent, AcsChatMessageDeletedEvent, AcsChatMessageDeletedInThreadCloudEvent, AcsChatMessageDeletedInThreadEvent, AcsChatMessageEditedCloudEvent, AcsChatMessageEditedEvent, AcsChatMessageEditedInThreadCloudEvent, AcsChatMessageEditedInThreadEvent, AcsChatMessageReceivedCloudEvent, AcsChatMessageReceivedEvent, AcsChatMessageReceivedInThreadCloudEvent, AcsChatMessageReceivedInThreadEvent, AcsChatParticipantAddedToThreadWithUserCloudEvent, AcsChatParticipantAddedToThreadWithUserEvent, AcsChatParticipantRemovedFromThreadWithUserCloudEvent, AcsChatParticipantRemovedFromThreadWithUserEvent, AcsChatThreadCreatedCloudEvent, AcsChatThreadCreatedEvent, AcsChatThreadCreatedWithUserCloudEvent, AcsChatThreadCreatedWithUserEvent, AcsChatThreadDeletedCloudEvent, AcsChatThreadDeletedEvent, AcsChatThreadParticipantAddedCloudEvent, AcsChatThreadParticipantAddedEvent, AcsChatThreadParticipantRemovedCloudEvent, AcsChatThreadParticipantRemovedEvent, AcsChatThreadPropertiesUpdatedCloudEvent, AcsChatThreadPropertiesUpdatedEvent, AcsChatThreadPropertiesUpdatedPerUserCloudEvent, AcsChatThreadPropertiesUpdatedPerUserEvent, AcsChatThreadWithUserDeletedCloudEvent, AcsChatThreadWithUserDeletedEvent, AcsChatTypingIndicatorReceivedInThreadEvent, AcsCloudEvent, AcsEmailDeliveryReportReceivedCloudEvent, AcsEmailDeliveryReportReceivedEvent, AcsEmailEngagementTrackingReportReceivedCloudEvent, AcsEmailEngagementTrackingReportReceivedEvent, AcsEvent, AcsEventDataMap, AcsEventType, AcsIncomingCallCloudEvent, AcsIncomingCallEvent, AcsInstantMessageDeletedCloudEvent, AcsInstantMessageDeletedEvent, AcsInstantMessageEditedCloudEvent, AcsInstantMessageEditedEvent, AcsInstantMessageReceivedCloudEvent, AcsInstantMessageReceivedEvent, AcsRecordingFileStatusUpdatedCloudEvent, AcsRecordingFileStatusUpdatedEvent, AcsRouterJobCancelledCloudEvent, AcsRouterJobCancelledEvent, AcsRouterJobClassificationFailedCloudEvent, AcsRouterJobClassificationFailedEvent, AcsRouterJobClassifiedCloudEvent, AcsRouterJobClassifiedEvent, AcsRouterJobClosedCloudEvent, AcsRouterJobClosedEvent, AcsRouterJobCompletedCloudEvent, AcsRouterJobCompletedEvent, AcsRouterJobDeletedCloudEvent, AcsRouterJobDeletedEvent, AcsRouterJobExceptionTriggeredCloudEvent, AcsRouterJobExceptionTriggeredEvent, AcsRouterJobQueuedCloudEvent, AcsRouterJobQueuedEvent, AcsRouterJobReceivedCloudEvent, AcsRouterJobReceivedEvent, AcsRouterJobSchedulingFailedCloudEvent, AcsRouterJobSchedulingFailedEvent, AcsRouterJobUnassignedCloudEvent, AcsRouterJobUnassignedEvent, AcsRouterJobWaitingForActivationCloudEvent, AcsRouterJobWaitingForActivationEvent, AcsRouterJobWorkerSelectorsExpiredCloudEvent, AcsRouterJobWorkerSelectorsExpiredEvent, AcsRouterWorkerDeletedCloudEvent, AcsRouterWorkerDeletedEvent, AcsRouterWorkerDeregisteredCloudEvent, AcsRouterWorkerDeregisteredEvent, AcsRouterWorkerOfferAcceptedCloudEvent, AcsRouterWorkerOfferAcceptedEvent, AcsRouterWorkerOfferDeclinedCloudEvent, AcsRouterWorkerOfferDeclinedEvent, AcsRouterWorkerOfferExpiredCloudEvent, AcsRouterWorkerOfferExpiredEvent, AcsRouterWorkerOfferIssuedCloudEvent, AcsRouterWorkerOfferIssuedEvent, AcsRouterWorkerOfferRevokedCloudEvent, AcsRouterWorkerOfferRevokedEvent, AcsRouterWorkerRegisteredCloudEvent, AcsRouterWorkerRegisteredEvent, AcsRouterWorkerUpdatedEvent, AcsSmsDeliveryReportReceivedCloudEvent, AcsSmsDeliveryReportReceivedEvent, AcsSmsReceivedCloudEvent, AcsSmsReceivedEvent, AcsUserDisconnectedCloudEvent, AcsUserDisconnectedEvent, CloudEvent, EventGridEvent } from "./types.js";
import { type DeepPartial, type FactoryOptions, type InvalidVariant } from "./support/fixture-building.js";
import { type DeepReadonly } from "./support/plain-data.js";
export { DEFAULT_SEED, type DeepPartial, type FactoryOptions, type InvalidVariant } from "./support/fixture-building.js";
export type { DeepReadonly } from "./support/plain-data.js";
/**
* The CloudEvents 1.0 form of an Event Grid event: `source` is the topic (or `options.source` when the
* event has none), `type` the event type, `time` the event time; `data` is copied.
*/
export declare function makeCloudEvent<E extends DeepReadonly<AcsEvent>>(event: E, options?: {
	source?: string;
}): Extract<AcsCloudEvent, {
	type: E["eventType"];
}>;
export declare function makeCloudEvent<
	TType extends string,
	TData
>(event: EventGridEvent<TType, TData>, options?: {
	source?: string;
}): CloudEvent<TType, TData>;
/** A valid, realistic `Microsoft.Communication.AdvancedMessageAnalysisCompleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`advancedMessage/sender/{from}/recipient/{to}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsAdvancedMessageAnalysisCompletedEvent(overrides?: DeepPartial<AcsAdvancedMessageAnalysisCompletedEvent>, options?: FactoryOptions): AcsAdvancedMessageAnalysisCompletedEvent;
/** A valid, realistic `Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`advancedMessage/{messageId}/status/{status}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsAdvancedMessageDeliveryStatusUpdatedEvent(overrides?: DeepPartial<AcsAdvancedMessageDeliveryStatusUpdatedEvent>, options?: FactoryOptions): AcsAdvancedMessageDeliveryStatusUpdatedEvent;
/** A valid, realistic `Microsoft.Communication.AdvancedMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`advancedMessage/sender/{from}/recipient/{to}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsAdvancedMessageReceivedEvent(overrides?: DeepPartial<AcsAdvancedMessageReceivedEvent>, options?: FactoryOptions): AcsAdvancedMessageReceivedEvent;
/** A valid, realistic `Microsoft.Communication.CallEnded` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`call/{serverCallId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsCallEndedEvent(overrides?: DeepPartial<AcsCallEndedEvent>, options?: FactoryOptions): AcsCallEndedEvent;
/** A valid, realistic `Microsoft.Communication.CallParticipantAdded` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`call/{serverCallId}/participant/{participant}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsCallParticipantAddedEvent(overrides?: DeepPartial<AcsCallParticipantAddedEvent>, options?: FactoryOptions): AcsCallParticipantAddedEvent;
/** A valid, realistic `Microsoft.Communication.CallParticipantRemoved` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`call/{serverCallId}/participant/{participant}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsCallParticipantRemovedEvent(overrides?: DeepPartial<AcsCallParticipantRemovedEvent>, options?: FactoryOptions): AcsCallParticipantRemovedEvent;
/** A valid, realistic `Microsoft.Communication.CallStarted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`call/{serverCallId}/startedBy/{startedBy}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsCallStartedEvent(overrides?: DeepPartial<AcsCallStartedEvent>, options?: FactoryOptions): AcsCallStartedEvent;
/** A valid, realistic `Microsoft.Communication.ChatAzureBotCommandReceivedInThread` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatAzureBotCommandReceivedInThreadEvent(overrides?: DeepPartial<AcsChatAzureBotCommandReceivedInThreadEvent>, options?: FactoryOptions): AcsChatAzureBotCommandReceivedInThreadEvent;
/** A valid, realistic `Microsoft.Communication.ChatMemberAddedToThreadWithUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/memberAdded/{memberId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatMemberAddedToThreadWithUserEvent(overrides?: DeepPartial<AcsChatMemberAddedToThreadWithUserEvent>, options?: FactoryOptions): AcsChatMemberAddedToThreadWithUserEvent;
/** A valid, realistic `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/memberRemoved/{memberId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatMemberRemovedFromThreadWithUserEvent(overrides?: DeepPartial<AcsChatMemberRemovedFromThreadWithUserEvent>, options?: FactoryOptions): AcsChatMemberRemovedFromThreadWithUserEvent;
/** A valid, realistic `Microsoft.Communication.ChatMessageDeleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatMessageDeletedEvent(overrides?: DeepPartial<AcsChatMessageDeletedEvent>, options?: FactoryOptions): AcsChatMessageDeletedEvent;
/** A valid, realistic `Microsoft.Communication.ChatMessageDeletedInThread` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatMessageDeletedInThreadEvent(overrides?: DeepPartial<AcsChatMessageDeletedInThreadEvent>, options?: FactoryOptions): AcsChatMessageDeletedInThreadEvent;
/** A valid, realistic `Microsoft.Communication.ChatMessageEdited` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatMessageEditedEvent(overrides?: DeepPartial<AcsChatMessageEditedEvent>, options?: FactoryOptions): AcsChatMessageEditedEvent;
/** A valid, realistic `Microsoft.Communication.ChatMessageEditedInThread` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatMessageEditedInThreadEvent(overrides?: DeepPartial<AcsChatMessageEditedInThreadEvent>, options?: FactoryOptions): AcsChatMessageEditedInThreadEvent;
/** A valid, realistic `Microsoft.Communication.ChatMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatMessageReceivedEvent(overrides?: DeepPartial<AcsChatMessageReceivedEvent>, options?: FactoryOptions): AcsChatMessageReceivedEvent;
/** A valid, realistic `Microsoft.Communication.ChatMessageReceivedInThread` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatMessageReceivedInThreadEvent(overrides?: DeepPartial<AcsChatMessageReceivedInThreadEvent>, options?: FactoryOptions): AcsChatMessageReceivedInThreadEvent;
/** A valid, realistic `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/participantAdded/{participantId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatParticipantAddedToThreadWithUserEvent(overrides?: DeepPartial<AcsChatParticipantAddedToThreadWithUserEvent>, options?: FactoryOptions): AcsChatParticipantAddedToThreadWithUserEvent;
/** A valid, realistic `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/participantRemoved/{participantId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatParticipantRemovedFromThreadWithUserEvent(overrides?: DeepPartial<AcsChatParticipantRemovedFromThreadWithUserEvent>, options?: FactoryOptions): AcsChatParticipantRemovedFromThreadWithUserEvent;
/** A valid, realistic `Microsoft.Communication.ChatThreadCreated` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/createdBy/{createdBy}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatThreadCreatedEvent(overrides?: DeepPartial<AcsChatThreadCreatedEvent>, options?: FactoryOptions): AcsChatThreadCreatedEvent;
/** A valid, realistic `Microsoft.Communication.ChatThreadCreatedWithUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/createdBy/{createdBy}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatThreadCreatedWithUserEvent(overrides?: DeepPartial<AcsChatThreadCreatedWithUserEvent>, options?: FactoryOptions): AcsChatThreadCreatedWithUserEvent;
/** A valid, realistic `Microsoft.Communication.ChatThreadDeleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/deletedBy/{deletedBy}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatThreadDeletedEvent(overrides?: DeepPartial<AcsChatThreadDeletedEvent>, options?: FactoryOptions): AcsChatThreadDeletedEvent;
/** A valid, realistic `Microsoft.Communication.ChatThreadParticipantAdded` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/participantadded/{participantId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatThreadParticipantAddedEvent(overrides?: DeepPartial<AcsChatThreadParticipantAddedEvent>, options?: FactoryOptions): AcsChatThreadParticipantAddedEvent;
/** A valid, realistic `Microsoft.Communication.ChatThreadParticipantRemoved` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/participantremoved/{participantId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatThreadParticipantRemovedEvent(overrides?: DeepPartial<AcsChatThreadParticipantRemovedEvent>, options?: FactoryOptions): AcsChatThreadParticipantRemovedEvent;
/** A valid, realistic `Microsoft.Communication.ChatThreadPropertiesUpdated` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/editedBy/{editedBy}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatThreadPropertiesUpdatedEvent(overrides?: DeepPartial<AcsChatThreadPropertiesUpdatedEvent>, options?: FactoryOptions): AcsChatThreadPropertiesUpdatedEvent;
/** A valid, realistic `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/editedBy/{editedBy}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatThreadPropertiesUpdatedPerUserEvent(overrides?: DeepPartial<AcsChatThreadPropertiesUpdatedPerUserEvent>, options?: FactoryOptions): AcsChatThreadPropertiesUpdatedPerUserEvent;
/** A valid, realistic `Microsoft.Communication.ChatThreadWithUserDeleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/deletedBy/{deletedBy}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatThreadWithUserDeletedEvent(overrides?: DeepPartial<AcsChatThreadWithUserDeletedEvent>, options?: FactoryOptions): AcsChatThreadWithUserDeletedEvent;
/** A valid, realistic `Microsoft.Communication.ChatTypingIndicatorReceivedInThread` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatTypingIndicatorReceivedInThreadEvent(overrides?: DeepPartial<AcsChatTypingIndicatorReceivedInThreadEvent>, options?: FactoryOptions): AcsChatTypingIndicatorReceivedInThreadEvent;
/** A valid, realistic `Microsoft.Communication.EmailDeliveryReportReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`sender/{sender}/message/{messageId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsEmailDeliveryReportReceivedEvent(overrides?: DeepPartial<AcsEmailDeliveryReportReceivedEvent>, options?: FactoryOptions): AcsEmailDeliveryReportReceivedEvent;
/** A valid, realistic `Microsoft.Communication.EmailEngagementTrackingReportReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`sender/{sender}/message/{messageId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsEmailEngagementTrackingReportReceivedEvent(overrides?: DeepPartial<AcsEmailEngagementTrackingReportReceivedEvent>, options?: FactoryOptions): AcsEmailEngagementTrackingReportReceivedEvent;
/** A valid, realistic `Microsoft.Communication.IncomingCall` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`/caller/{caller}/recipient/{recipient}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsIncomingCallEvent(overrides?: DeepPartial<AcsIncomingCallEvent>, options?: FactoryOptions): AcsIncomingCallEvent;
/** A valid, realistic `Microsoft.Communication.InstantMessageDeleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export declare function makeAcsInstantMessageDeletedEvent(overrides?: DeepPartial<AcsInstantMessageDeletedEvent>, options?: FactoryOptions): AcsInstantMessageDeletedEvent;
/** A valid, realistic `Microsoft.Communication.InstantMessageEdited` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export declare function makeAcsInstantMessageEditedEvent(overrides?: DeepPartial<AcsInstantMessageEditedEvent>, options?: FactoryOptions): AcsInstantMessageEditedEvent;
/** A valid, realistic `Microsoft.Communication.InstantMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export declare function makeAcsInstantMessageReceivedEvent(overrides?: DeepPartial<AcsInstantMessageReceivedEvent>, options?: FactoryOptions): AcsInstantMessageReceivedEvent;
/** A valid, realistic `Microsoft.Communication.RecordingFileStatusUpdated` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`/recording/call/{callId}/serverCallId/{serverCallId}/recordingId/{recordingId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRecordingFileStatusUpdatedEvent(overrides?: DeepPartial<AcsRecordingFileStatusUpdatedEvent>, options?: FactoryOptions): AcsRecordingFileStatusUpdatedEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobCancelled` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}/disposition/{dispositionCode}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobCancelledEvent(overrides?: DeepPartial<AcsRouterJobCancelledEvent>, options?: FactoryOptions): AcsRouterJobCancelledEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobClassificationFailed` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}/classificationpolicy/{classificationPolicyId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobClassificationFailedEvent(overrides?: DeepPartial<AcsRouterJobClassificationFailedEvent>, options?: FactoryOptions): AcsRouterJobClassificationFailedEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobClassified` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}/queue/{queueId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobClassifiedEvent(overrides?: DeepPartial<AcsRouterJobClassifiedEvent>, options?: FactoryOptions): AcsRouterJobClassifiedEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobClosed` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}/assignment/{assignmentId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobClosedEvent(overrides?: DeepPartial<AcsRouterJobClosedEvent>, options?: FactoryOptions): AcsRouterJobClosedEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobCompleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}/assignment/{assignmentId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobCompletedEvent(overrides?: DeepPartial<AcsRouterJobCompletedEvent>, options?: FactoryOptions): AcsRouterJobCompletedEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobDeleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobDeletedEvent(overrides?: DeepPartial<AcsRouterJobDeletedEvent>, options?: FactoryOptions): AcsRouterJobDeletedEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobExceptionTriggered` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}/exceptionrule/{ruleKey}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobExceptionTriggeredEvent(overrides?: DeepPartial<AcsRouterJobExceptionTriggeredEvent>, options?: FactoryOptions): AcsRouterJobExceptionTriggeredEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobQueued` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}/queue/{queueId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobQueuedEvent(overrides?: DeepPartial<AcsRouterJobQueuedEvent>, options?: FactoryOptions): AcsRouterJobQueuedEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobReceivedEvent(overrides?: DeepPartial<AcsRouterJobReceivedEvent>, options?: FactoryOptions): AcsRouterJobReceivedEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobSchedulingFailed` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobSchedulingFailedEvent(overrides?: DeepPartial<AcsRouterJobSchedulingFailedEvent>, options?: FactoryOptions): AcsRouterJobSchedulingFailedEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobUnassigned` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}/assignment/{assignmentId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobUnassignedEvent(overrides?: DeepPartial<AcsRouterJobUnassignedEvent>, options?: FactoryOptions): AcsRouterJobUnassignedEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobWaitingForActivation` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobWaitingForActivationEvent(overrides?: DeepPartial<AcsRouterJobWaitingForActivationEvent>, options?: FactoryOptions): AcsRouterJobWaitingForActivationEvent;
/** A valid, realistic `Microsoft.Communication.RouterJobWorkerSelectorsExpired` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`job/{jobId}/channel/{channelId}/queue/{queueId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterJobWorkerSelectorsExpiredEvent(overrides?: DeepPartial<AcsRouterJobWorkerSelectorsExpiredEvent>, options?: FactoryOptions): AcsRouterJobWorkerSelectorsExpiredEvent;
/** A valid, realistic `Microsoft.Communication.RouterWorkerDeleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`worker/{workerId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterWorkerDeletedEvent(overrides?: DeepPartial<AcsRouterWorkerDeletedEvent>, options?: FactoryOptions): AcsRouterWorkerDeletedEvent;
/** A valid, realistic `Microsoft.Communication.RouterWorkerDeregistered` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`worker/{workerId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterWorkerDeregisteredEvent(overrides?: DeepPartial<AcsRouterWorkerDeregisteredEvent>, options?: FactoryOptions): AcsRouterWorkerDeregisteredEvent;
/** A valid, realistic `Microsoft.Communication.RouterWorkerOfferAccepted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`worker/{workerId}/job/{jobId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterWorkerOfferAcceptedEvent(overrides?: DeepPartial<AcsRouterWorkerOfferAcceptedEvent>, options?: FactoryOptions): AcsRouterWorkerOfferAcceptedEvent;
/** A valid, realistic `Microsoft.Communication.RouterWorkerOfferDeclined` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`worker/{workerId}/job/{jobId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterWorkerOfferDeclinedEvent(overrides?: DeepPartial<AcsRouterWorkerOfferDeclinedEvent>, options?: FactoryOptions): AcsRouterWorkerOfferDeclinedEvent;
/** A valid, realistic `Microsoft.Communication.RouterWorkerOfferExpired` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`worker/{workerId}/job/{jobId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterWorkerOfferExpiredEvent(overrides?: DeepPartial<AcsRouterWorkerOfferExpiredEvent>, options?: FactoryOptions): AcsRouterWorkerOfferExpiredEvent;
/** A valid, realistic `Microsoft.Communication.RouterWorkerOfferIssued` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`worker/{workerId}/job/{jobId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterWorkerOfferIssuedEvent(overrides?: DeepPartial<AcsRouterWorkerOfferIssuedEvent>, options?: FactoryOptions): AcsRouterWorkerOfferIssuedEvent;
/** A valid, realistic `Microsoft.Communication.RouterWorkerOfferRevoked` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`worker/{workerId}/job/{jobId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterWorkerOfferRevokedEvent(overrides?: DeepPartial<AcsRouterWorkerOfferRevokedEvent>, options?: FactoryOptions): AcsRouterWorkerOfferRevokedEvent;
/** A valid, realistic `Microsoft.Communication.RouterWorkerRegistered` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`worker/{workerId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterWorkerRegisteredEvent(overrides?: DeepPartial<AcsRouterWorkerRegisteredEvent>, options?: FactoryOptions): AcsRouterWorkerRegisteredEvent;
/** A valid, realistic `Microsoft.Communication.RouterWorkerUpdated` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`worker/{workerId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsRouterWorkerUpdatedEvent(overrides?: DeepPartial<AcsRouterWorkerUpdatedEvent>, options?: FactoryOptions): AcsRouterWorkerUpdatedEvent;
/** A valid, realistic `Microsoft.Communication.SMSDeliveryReportReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`/phonenumber/{phoneNumber}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsSmsDeliveryReportReceivedEvent(overrides?: DeepPartial<AcsSmsDeliveryReportReceivedEvent>, options?: FactoryOptions): AcsSmsDeliveryReportReceivedEvent;
/** A valid, realistic `Microsoft.Communication.SMSReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`/phonenumber/{phoneNumber}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsSmsReceivedEvent(overrides?: DeepPartial<AcsSmsReceivedEvent>, options?: FactoryOptions): AcsSmsReceivedEvent;
/** A valid, realistic `Microsoft.Communication.UserDisconnected` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`user/{user}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsUserDisconnectedEvent(overrides?: DeepPartial<AcsUserDisconnectedEvent>, options?: FactoryOptions): AcsUserDisconnectedEvent;
/** Every factory by event type. */
export declare const factories: { readonly [K in AcsEventType]: (overrides?: DeepPartial<EventGridEvent<K, AcsEventDataMap[K]>>, options?: FactoryOptions) => EventGridEvent<K, AcsEventDataMap[K]> };
/** `Microsoft.Communication.AdvancedMessageAnalysisCompleted` as published in the 2024-07-advanced-messaging docs (line 462), corrected. Frozen. */
export declare const advancedMessageAnalysisCompleted_2024_07_advanced_messaging: DeepReadonly<AcsAdvancedMessageAnalysisCompletedEvent>;
/** `Microsoft.Communication.AdvancedMessageAnalysisCompleted` as published in the 2024-07-advanced-messaging docs (line 462), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const advancedMessageAnalysisCompletedCloudEvent_2024_07_advanced_messaging: DeepReadonly<AcsAdvancedMessageAnalysisCompletedCloudEvent>;
/** `Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated` as published in the 2024-07-advanced-messaging docs (line 382), corrected. Frozen. */
export declare const advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging: DeepReadonly<AcsAdvancedMessageDeliveryStatusUpdatedEvent>;
/** `Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated` as published in the 2024-07-advanced-messaging docs (line 382), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging: DeepReadonly<AcsAdvancedMessageDeliveryStatusUpdatedCloudEvent>;
/** `Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated` as published in the 2024-07-advanced-messaging-2 docs (line 404), corrected. Frozen. */
export declare const advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging_2: DeepReadonly<AcsAdvancedMessageDeliveryStatusUpdatedEvent>;
/** `Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated` as published in the 2024-07-advanced-messaging-2 docs (line 404), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging_2: DeepReadonly<AcsAdvancedMessageDeliveryStatusUpdatedCloudEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging docs (line 125), corrected. Frozen. */
export declare const advancedMessageReceived_2024_07_advanced_messaging: DeepReadonly<AcsAdvancedMessageReceivedEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging docs (line 125), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging: DeepReadonly<AcsAdvancedMessageReceivedCloudEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-2 docs (line 147), corrected. Frozen. */
export declare const advancedMessageReceived_2024_07_advanced_messaging_2: DeepReadonly<AcsAdvancedMessageReceivedEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-2 docs (line 147), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_2: DeepReadonly<AcsAdvancedMessageReceivedCloudEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-3 docs (line 173), corrected. Frozen. */
export declare const advancedMessageReceived_2024_07_advanced_messaging_3: DeepReadonly<AcsAdvancedMessageReceivedEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-3 docs (line 173), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_3: DeepReadonly<AcsAdvancedMessageReceivedCloudEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-4 docs (line 199), corrected. Frozen. */
export declare const advancedMessageReceived_2024_07_advanced_messaging_4: DeepReadonly<AcsAdvancedMessageReceivedEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-4 docs (line 199), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_4: DeepReadonly<AcsAdvancedMessageReceivedCloudEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-5 docs (line 232), corrected. Frozen. */
export declare const advancedMessageReceived_2024_07_advanced_messaging_5: DeepReadonly<AcsAdvancedMessageReceivedEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-5 docs (line 232), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_5: DeepReadonly<AcsAdvancedMessageReceivedCloudEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-6 docs (line 264), corrected. Frozen. */
export declare const advancedMessageReceived_2024_07_advanced_messaging_6: DeepReadonly<AcsAdvancedMessageReceivedEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-6 docs (line 264), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_6: DeepReadonly<AcsAdvancedMessageReceivedCloudEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-7 docs (line 290), corrected. Frozen. */
export declare const advancedMessageReceived_2024_07_advanced_messaging_7: DeepReadonly<AcsAdvancedMessageReceivedEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-7 docs (line 290), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_7: DeepReadonly<AcsAdvancedMessageReceivedCloudEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-8 docs (line 315), corrected. Frozen. */
export declare const advancedMessageReceived_2024_07_advanced_messaging_8: DeepReadonly<AcsAdvancedMessageReceivedEvent>;
/** `Microsoft.Communication.AdvancedMessageReceived` as published in the 2024-07-advanced-messaging-8 docs (line 315), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_8: DeepReadonly<AcsAdvancedMessageReceivedCloudEvent>;
/** `Microsoft.Communication.CallEnded` as published in the 2022-12-voice-video docs (line 108), corrected. Frozen. */
export declare const callEnded_2022_12_voice_video: DeepReadonly<AcsCallEndedEvent>;
/** `Microsoft.Communication.CallEnded` as published in the 2022-12-voice-video docs (line 108), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const callEndedCloudEvent_2022_12_voice_video: DeepReadonly<AcsCallEndedCloudEvent>;
/** `Microsoft.Communication.CallParticipantAdded` as published in the 2022-12-voice-video docs (line 147), corrected. Frozen. */
export declare const callParticipantAdded_2022_12_voice_video: DeepReadonly<AcsCallParticipantAddedEvent>;
/** `Microsoft.Communication.CallParticipantAdded` as published in the 2022-12-voice-video docs (line 147), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const callParticipantAddedCloudEvent_2022_12_voice_video: DeepReadonly<AcsCallParticipantAddedCloudEvent>;
/** `Microsoft.Communication.CallParticipantRemoved` as published in the 2022-12-voice-video docs (line 195), corrected. Frozen. */
export declare const callParticipantRemoved_2022_12_voice_video: DeepReadonly<AcsCallParticipantRemovedEvent>;
/** `Microsoft.Communication.CallParticipantRemoved` as published in the 2022-12-voice-video docs (line 195), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const callParticipantRemovedCloudEvent_2022_12_voice_video: DeepReadonly<AcsCallParticipantRemovedCloudEvent>;
/** `Microsoft.Communication.CallStarted` as published in the 2022-12-voice-video docs (line 71), corrected. Frozen. */
export declare const callStarted_2022_12_voice_video: DeepReadonly<AcsCallStartedEvent>;
/** `Microsoft.Communication.CallStarted` as published in the 2022-12-voice-video docs (line 71), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const callStartedCloudEvent_2022_12_voice_video: DeepReadonly<AcsCallStartedCloudEvent>;
/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2020-09 docs (line 258), corrected. Frozen. */
export declare const chatMemberAddedToThreadWithUser_2020_09: DeepReadonly<AcsChatMemberAddedToThreadWithUserEvent>;
/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2020-09 docs (line 258), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMemberAddedToThreadWithUserCloudEvent_2020_09: DeepReadonly<AcsChatMemberAddedToThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2021-02 docs (line 469), corrected. Frozen. */
export declare const chatMemberAddedToThreadWithUser_2021_02: DeepReadonly<AcsChatMemberAddedToThreadWithUserEvent>;
/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2021-02 docs (line 469), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMemberAddedToThreadWithUserCloudEvent_2021_02: DeepReadonly<AcsChatMemberAddedToThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2020-09 docs (line 283), corrected. Frozen. */
export declare const chatMemberRemovedFromThreadWithUser_2020_09: DeepReadonly<AcsChatMemberRemovedFromThreadWithUserEvent>;
/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2020-09 docs (line 283), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMemberRemovedFromThreadWithUserCloudEvent_2020_09: DeepReadonly<AcsChatMemberRemovedFromThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2021-02 docs (line 496), corrected. Frozen. */
export declare const chatMemberRemovedFromThreadWithUser_2021_02: DeepReadonly<AcsChatMemberRemovedFromThreadWithUserEvent>;
/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2021-02 docs (line 496), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMemberRemovedFromThreadWithUserCloudEvent_2021_02: DeepReadonly<AcsChatMemberRemovedFromThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2020-09 docs (line 156), corrected. Frozen. */
export declare const chatMessageDeleted_2020_09: DeepReadonly<AcsChatMessageDeletedEvent>;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2020-09 docs (line 156), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedCloudEvent_2020_09: DeepReadonly<AcsChatMessageDeletedCloudEvent>;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-02 docs (line 209), corrected. Frozen. */
export declare const chatMessageDeleted_2021_02: DeepReadonly<AcsChatMessageDeletedEvent>;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-02 docs (line 209), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedCloudEvent_2021_02: DeepReadonly<AcsChatMessageDeletedCloudEvent>;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-10 docs (line 132), corrected. Frozen. */
export declare const chatMessageDeleted_2021_10: DeepReadonly<AcsChatMessageDeletedEvent>;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-10 docs (line 132), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedCloudEvent_2021_10: DeepReadonly<AcsChatMessageDeletedCloudEvent>;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-10-chat docs (line 134), corrected. Frozen. */
export declare const chatMessageDeleted_2021_10_chat: DeepReadonly<AcsChatMessageDeletedEvent>;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-10-chat docs (line 134), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedCloudEvent_2021_10_chat: DeepReadonly<AcsChatMessageDeletedCloudEvent>;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-02 docs (line 784), corrected. Frozen. */
export declare const chatMessageDeletedInThread_2021_02: DeepReadonly<AcsChatMessageDeletedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-02 docs (line 784), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedInThreadCloudEvent_2021_02: DeepReadonly<AcsChatMessageDeletedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-10 docs (line 661), corrected. Frozen. */
export declare const chatMessageDeletedInThread_2021_10: DeepReadonly<AcsChatMessageDeletedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-10 docs (line 661), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedInThreadCloudEvent_2021_10: DeepReadonly<AcsChatMessageDeletedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-10-chat docs (line 663), corrected. Frozen. */
export declare const chatMessageDeletedInThread_2021_10_chat: DeepReadonly<AcsChatMessageDeletedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-10-chat docs (line 663), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedInThreadCloudEvent_2021_10_chat: DeepReadonly<AcsChatMessageDeletedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2020-09 docs (line 131), corrected. Frozen. */
export declare const chatMessageEdited_2020_09: DeepReadonly<AcsChatMessageEditedEvent>;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2020-09 docs (line 131), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedCloudEvent_2020_09: DeepReadonly<AcsChatMessageEditedCloudEvent>;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-02 docs (line 171), corrected. Frozen. */
export declare const chatMessageEdited_2021_02: DeepReadonly<AcsChatMessageEditedEvent>;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-02 docs (line 171), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedCloudEvent_2021_02: DeepReadonly<AcsChatMessageEditedCloudEvent>;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-10 docs (line 90), corrected. Frozen. */
export declare const chatMessageEdited_2021_10: DeepReadonly<AcsChatMessageEditedEvent>;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-10 docs (line 90), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedCloudEvent_2021_10: DeepReadonly<AcsChatMessageEditedCloudEvent>;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-10-chat docs (line 92), corrected. Frozen. */
export declare const chatMessageEdited_2021_10_chat: DeepReadonly<AcsChatMessageEditedEvent>;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-10-chat docs (line 92), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedCloudEvent_2021_10_chat: DeepReadonly<AcsChatMessageEditedCloudEvent>;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-02 docs (line 751), corrected. Frozen. */
export declare const chatMessageEditedInThread_2021_02: DeepReadonly<AcsChatMessageEditedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-02 docs (line 751), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedInThreadCloudEvent_2021_02: DeepReadonly<AcsChatMessageEditedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-10 docs (line 624), corrected. Frozen. */
export declare const chatMessageEditedInThread_2021_10: DeepReadonly<AcsChatMessageEditedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-10 docs (line 624), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedInThreadCloudEvent_2021_10: DeepReadonly<AcsChatMessageEditedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-10-chat docs (line 626), corrected. Frozen. */
export declare const chatMessageEditedInThread_2021_10_chat: DeepReadonly<AcsChatMessageEditedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-10-chat docs (line 626), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedInThreadCloudEvent_2021_10_chat: DeepReadonly<AcsChatMessageEditedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected. Frozen. */
export declare const chatMessageReceived_2020_09: DeepReadonly<AcsChatMessageReceivedEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2020_09: DeepReadonly<AcsChatMessageReceivedCloudEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected. Frozen. */
export declare const chatMessageReceived_2021_02: DeepReadonly<AcsChatMessageReceivedEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2021_02: DeepReadonly<AcsChatMessageReceivedCloudEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected. Frozen. */
export declare const chatMessageReceived_2021_10: DeepReadonly<AcsChatMessageReceivedEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2021_10: DeepReadonly<AcsChatMessageReceivedCloudEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10-chat docs (line 49), corrected. Frozen. */
export declare const chatMessageReceived_2021_10_chat: DeepReadonly<AcsChatMessageReceivedEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10-chat docs (line 49), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2021_10_chat: DeepReadonly<AcsChatMessageReceivedCloudEvent>;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-02 docs (line 720), corrected. Frozen. */
export declare const chatMessageReceivedInThread_2021_02: DeepReadonly<AcsChatMessageReceivedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-02 docs (line 720), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedInThreadCloudEvent_2021_02: DeepReadonly<AcsChatMessageReceivedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-10 docs (line 589), corrected. Frozen. */
export declare const chatMessageReceivedInThread_2021_10: DeepReadonly<AcsChatMessageReceivedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-10 docs (line 589), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedInThreadCloudEvent_2021_10: DeepReadonly<AcsChatMessageReceivedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-10-chat docs (line 591), corrected. Frozen. */
export declare const chatMessageReceivedInThread_2021_10_chat: DeepReadonly<AcsChatMessageReceivedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-10-chat docs (line 591), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedInThreadCloudEvent_2021_10_chat: DeepReadonly<AcsChatMessageReceivedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-02 docs (line 348), corrected. Frozen. */
export declare const chatParticipantAddedToThreadWithUser_2021_02: DeepReadonly<AcsChatParticipantAddedToThreadWithUserEvent>;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-02 docs (line 348), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantAddedToThreadWithUserCloudEvent_2021_02: DeepReadonly<AcsChatParticipantAddedToThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-10 docs (line 271), corrected. Frozen. */
export declare const chatParticipantAddedToThreadWithUser_2021_10: DeepReadonly<AcsChatParticipantAddedToThreadWithUserEvent>;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-10 docs (line 271), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantAddedToThreadWithUserCloudEvent_2021_10: DeepReadonly<AcsChatParticipantAddedToThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-10-chat docs (line 273), corrected. Frozen. */
export declare const chatParticipantAddedToThreadWithUser_2021_10_chat: DeepReadonly<AcsChatParticipantAddedToThreadWithUserEvent>;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-10-chat docs (line 273), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantAddedToThreadWithUserCloudEvent_2021_10_chat: DeepReadonly<AcsChatParticipantAddedToThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-02 docs (line 389), corrected. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUser_2021_02: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserEvent>;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-02 docs (line 389), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-10 docs (line 312), corrected. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUser_2021_10: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserEvent>;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-10 docs (line 312), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-10-chat docs (line 314), corrected. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUser_2021_10_chat: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserEvent>;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-10-chat docs (line 314), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10_chat: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-02 docs (line 523), corrected. Frozen. */
export declare const chatThreadCreated_2021_02: DeepReadonly<AcsChatThreadCreatedEvent>;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-02 docs (line 523), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedCloudEvent_2021_02: DeepReadonly<AcsChatThreadCreatedCloudEvent>;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-10 docs (line 392), corrected. Frozen. */
export declare const chatThreadCreated_2021_10: DeepReadonly<AcsChatThreadCreatedEvent>;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-10 docs (line 392), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedCloudEvent_2021_10: DeepReadonly<AcsChatThreadCreatedCloudEvent>;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-10-chat docs (line 394), corrected. Frozen. */
export declare const chatThreadCreated_2021_10_chat: DeepReadonly<AcsChatThreadCreatedEvent>;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-10-chat docs (line 394), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedCloudEvent_2021_10_chat: DeepReadonly<AcsChatThreadCreatedCloudEvent>;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2020-09 docs (line 180), corrected. Frozen. */
export declare const chatThreadCreatedWithUser_2020_09: DeepReadonly<AcsChatThreadCreatedWithUserEvent>;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2020-09 docs (line 180), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedWithUserCloudEvent_2020_09: DeepReadonly<AcsChatThreadCreatedWithUserCloudEvent>;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-02 docs (line 247), corrected. Frozen. */
export declare const chatThreadCreatedWithUser_2021_02: DeepReadonly<AcsChatThreadCreatedWithUserEvent>;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-02 docs (line 247), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedWithUserCloudEvent_2021_02: DeepReadonly<AcsChatThreadCreatedWithUserCloudEvent>;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-10 docs (line 170), corrected. Frozen. */
export declare const chatThreadCreatedWithUser_2021_10: DeepReadonly<AcsChatThreadCreatedWithUserEvent>;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-10 docs (line 170), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedWithUserCloudEvent_2021_10: DeepReadonly<AcsChatThreadCreatedWithUserCloudEvent>;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-10-chat docs (line 172), corrected. Frozen. */
export declare const chatThreadCreatedWithUser_2021_10_chat: DeepReadonly<AcsChatThreadCreatedWithUserEvent>;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-10-chat docs (line 172), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedWithUserCloudEvent_2021_10_chat: DeepReadonly<AcsChatThreadCreatedWithUserCloudEvent>;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-02 docs (line 618), corrected. Frozen. */
export declare const chatThreadDeleted_2021_02: DeepReadonly<AcsChatThreadDeletedEvent>;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-02 docs (line 618), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadDeletedCloudEvent_2021_02: DeepReadonly<AcsChatThreadDeletedCloudEvent>;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-10 docs (line 487), corrected. Frozen. */
export declare const chatThreadDeleted_2021_10: DeepReadonly<AcsChatThreadDeletedEvent>;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-10 docs (line 487), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadDeletedCloudEvent_2021_10: DeepReadonly<AcsChatThreadDeletedCloudEvent>;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-10-chat docs (line 489), corrected. Frozen. */
export declare const chatThreadDeleted_2021_10_chat: DeepReadonly<AcsChatThreadDeletedEvent>;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-10-chat docs (line 489), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadDeletedCloudEvent_2021_10_chat: DeepReadonly<AcsChatThreadDeletedCloudEvent>;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-02 docs (line 646), corrected. Frozen. */
export declare const chatThreadParticipantAdded_2021_02: DeepReadonly<AcsChatThreadParticipantAddedEvent>;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-02 docs (line 646), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantAddedCloudEvent_2021_02: DeepReadonly<AcsChatThreadParticipantAddedCloudEvent>;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-10 docs (line 515), corrected. Frozen. */
export declare const chatThreadParticipantAdded_2021_10: DeepReadonly<AcsChatThreadParticipantAddedEvent>;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-10 docs (line 515), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantAddedCloudEvent_2021_10: DeepReadonly<AcsChatThreadParticipantAddedCloudEvent>;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-10-chat docs (line 517), corrected. Frozen. */
export declare const chatThreadParticipantAdded_2021_10_chat: DeepReadonly<AcsChatThreadParticipantAddedEvent>;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-10-chat docs (line 517), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantAddedCloudEvent_2021_10_chat: DeepReadonly<AcsChatThreadParticipantAddedCloudEvent>;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-02 docs (line 683), corrected. Frozen. */
export declare const chatThreadParticipantRemoved_2021_02: DeepReadonly<AcsChatThreadParticipantRemovedEvent>;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-02 docs (line 683), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantRemovedCloudEvent_2021_02: DeepReadonly<AcsChatThreadParticipantRemovedCloudEvent>;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-10 docs (line 552), corrected. Frozen. */
export declare const chatThreadParticipantRemoved_2021_10: DeepReadonly<AcsChatThreadParticipantRemovedEvent>;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-10 docs (line 552), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantRemovedCloudEvent_2021_10: DeepReadonly<AcsChatThreadParticipantRemovedCloudEvent>;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-10-chat docs (line 554), corrected. Frozen. */
export declare const chatThreadParticipantRemoved_2021_10_chat: DeepReadonly<AcsChatThreadParticipantRemovedEvent>;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-10-chat docs (line 554), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantRemovedCloudEvent_2021_10_chat: DeepReadonly<AcsChatThreadParticipantRemovedCloudEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-02 docs (line 589), corrected. Frozen. */
export declare const chatThreadPropertiesUpdated_2021_02: DeepReadonly<AcsChatThreadPropertiesUpdatedEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-02 docs (line 589), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedCloudEvent_2021_02: DeepReadonly<AcsChatThreadPropertiesUpdatedCloudEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-10 docs (line 458), corrected. Frozen. */
export declare const chatThreadPropertiesUpdated_2021_10: DeepReadonly<AcsChatThreadPropertiesUpdatedEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-10 docs (line 458), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedCloudEvent_2021_10: DeepReadonly<AcsChatThreadPropertiesUpdatedCloudEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-10-chat docs (line 460), corrected. Frozen. */
export declare const chatThreadPropertiesUpdated_2021_10_chat: DeepReadonly<AcsChatThreadPropertiesUpdatedEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-10-chat docs (line 460), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedCloudEvent_2021_10_chat: DeepReadonly<AcsChatThreadPropertiesUpdatedCloudEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2020-09 docs (line 234), corrected. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUser_2020_09: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2020-09 docs (line 234), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUserCloudEvent_2020_09: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserCloudEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-02 docs (line 431), corrected. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUser_2021_02: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-02 docs (line 431), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUserCloudEvent_2021_02: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserCloudEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-10 docs (line 354), corrected. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUser_2021_10: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-10 docs (line 354), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserCloudEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-10-chat docs (line 356), corrected. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUser_2021_10_chat: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-10-chat docs (line 356), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10_chat: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserCloudEvent>;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2020-09 docs (line 213), corrected. Frozen. */
export declare const chatThreadWithUserDeleted_2020_09: DeepReadonly<AcsChatThreadWithUserDeletedEvent>;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2020-09 docs (line 213), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadWithUserDeletedCloudEvent_2020_09: DeepReadonly<AcsChatThreadWithUserDeletedCloudEvent>;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-02 docs (line 314), corrected. Frozen. */
export declare const chatThreadWithUserDeleted_2021_02: DeepReadonly<AcsChatThreadWithUserDeletedEvent>;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-02 docs (line 314), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadWithUserDeletedCloudEvent_2021_02: DeepReadonly<AcsChatThreadWithUserDeletedCloudEvent>;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-10 docs (line 237), corrected. Frozen. */
export declare const chatThreadWithUserDeleted_2021_10: DeepReadonly<AcsChatThreadWithUserDeletedEvent>;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-10 docs (line 237), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadWithUserDeletedCloudEvent_2021_10: DeepReadonly<AcsChatThreadWithUserDeletedCloudEvent>;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-10-chat docs (line 239), corrected. Frozen. */
export declare const chatThreadWithUserDeleted_2021_10_chat: DeepReadonly<AcsChatThreadWithUserDeletedEvent>;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-10-chat docs (line 239), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadWithUserDeletedCloudEvent_2021_10_chat: DeepReadonly<AcsChatThreadWithUserDeletedCloudEvent>;
/** `Microsoft.Communication.EmailDeliveryReportReceived` as published in the 2022-09-email docs (line 32), corrected. Frozen. */
export declare const emailDeliveryReportReceived_2022_09_email: DeepReadonly<AcsEmailDeliveryReportReceivedEvent>;
/** `Microsoft.Communication.EmailDeliveryReportReceived` as published in the 2022-09-email docs (line 32), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const emailDeliveryReportReceivedCloudEvent_2022_09_email: DeepReadonly<AcsEmailDeliveryReportReceivedCloudEvent>;
/** `Microsoft.Communication.EmailEngagementTrackingReportReceived` as published in the 2022-09-email docs (line 66), corrected. Frozen. */
export declare const emailEngagementTrackingReportReceived_2022_09_email: DeepReadonly<AcsEmailEngagementTrackingReportReceivedEvent>;
/** `Microsoft.Communication.EmailEngagementTrackingReportReceived` as published in the 2022-09-email docs (line 66), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const emailEngagementTrackingReportReceivedCloudEvent_2022_09_email: DeepReadonly<AcsEmailEngagementTrackingReportReceivedCloudEvent>;
/** `Microsoft.Communication.IncomingCall` as published in the 2022-12-voice-video docs (line 244), corrected. Frozen. */
export declare const incomingCall_2022_12_voice_video: DeepReadonly<AcsIncomingCallEvent>;
/** `Microsoft.Communication.IncomingCall` as published in the 2022-12-voice-video docs (line 244), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const incomingCallCloudEvent_2022_12_voice_video: DeepReadonly<AcsIncomingCallCloudEvent>;
/** `Microsoft.Communication.InstantMessageDeleted` as published in the 2020-03 docs (line 198), corrected. Frozen. */
export declare const instantMessageDeleted_2020_03: DeepReadonly<AcsInstantMessageDeletedEvent>;
/** `Microsoft.Communication.InstantMessageDeleted` as published in the 2020-03 docs (line 198), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const instantMessageDeletedCloudEvent_2020_03: DeepReadonly<AcsInstantMessageDeletedCloudEvent>;
/** `Microsoft.Communication.InstantMessageEdited` as published in the 2020-03 docs (line 168), corrected. Frozen. */
export declare const instantMessageEdited_2020_03: DeepReadonly<AcsInstantMessageEditedEvent>;
/** `Microsoft.Communication.InstantMessageEdited` as published in the 2020-03 docs (line 168), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const instantMessageEditedCloudEvent_2020_03: DeepReadonly<AcsInstantMessageEditedCloudEvent>;
/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected. Frozen. */
export declare const instantMessageReceived_2020_03: DeepReadonly<AcsInstantMessageReceivedEvent>;
/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const instantMessageReceivedCloudEvent_2020_03: DeepReadonly<AcsInstantMessageReceivedCloudEvent>;
/** `Microsoft.Communication.RecordingFileStatusUpdated` as published in the 2022-12-voice-video docs (line 36), corrected. Frozen. */
export declare const recordingFileStatusUpdated_2022_12_voice_video: DeepReadonly<AcsRecordingFileStatusUpdatedEvent>;
/** `Microsoft.Communication.RecordingFileStatusUpdated` as published in the 2022-12-voice-video docs (line 36), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const recordingFileStatusUpdatedCloudEvent_2022_12_voice_video: DeepReadonly<AcsRecordingFileStatusUpdatedCloudEvent>;
/** `Microsoft.Communication.RouterJobCancelled` as published in the 2023-07-router docs (line 395), corrected. Frozen. */
export declare const routerJobCancelled_2023_07_router: DeepReadonly<AcsRouterJobCancelledEvent>;
/** `Microsoft.Communication.RouterJobCancelled` as published in the 2023-07-router docs (line 395), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobCancelledCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobCancelledCloudEvent>;
/** `Microsoft.Communication.RouterJobClassificationFailed` as published in the 2023-07-router docs (line 246), corrected. Frozen. */
export declare const routerJobClassificationFailed_2023_07_router: DeepReadonly<AcsRouterJobClassificationFailedEvent>;
/** `Microsoft.Communication.RouterJobClassificationFailed` as published in the 2023-07-router docs (line 246), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobClassificationFailedCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobClassificationFailedCloudEvent>;
/** `Microsoft.Communication.RouterJobClassified` as published in the 2023-07-router docs (line 117), corrected. Frozen. */
export declare const routerJobClassified_2023_07_router: DeepReadonly<AcsRouterJobClassifiedEvent>;
/** `Microsoft.Communication.RouterJobClassified` as published in the 2023-07-router docs (line 117), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobClassifiedCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobClassifiedCloudEvent>;
/** `Microsoft.Communication.RouterJobClosed` as published in the 2023-07-router docs (line 346), corrected. Frozen. */
export declare const routerJobClosed_2023_07_router: DeepReadonly<AcsRouterJobClosedEvent>;
/** `Microsoft.Communication.RouterJobClosed` as published in the 2023-07-router docs (line 346), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobClosedCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobClosedCloudEvent>;
/** `Microsoft.Communication.RouterJobCompleted` as published in the 2023-07-router docs (line 299), corrected. Frozen. */
export declare const routerJobCompleted_2023_07_router: DeepReadonly<AcsRouterJobCompletedEvent>;
/** `Microsoft.Communication.RouterJobCompleted` as published in the 2023-07-router docs (line 299), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobCompletedCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobCompletedCloudEvent>;
/** `Microsoft.Communication.RouterJobDeleted` as published in the 2023-07-router docs (line 729), corrected. Frozen. */
export declare const routerJobDeleted_2023_07_router: DeepReadonly<AcsRouterJobDeletedEvent>;
/** `Microsoft.Communication.RouterJobDeleted` as published in the 2023-07-router docs (line 729), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobDeletedCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobDeletedCloudEvent>;
/** `Microsoft.Communication.RouterJobExceptionTriggered` as published in the 2023-07-router docs (line 442), corrected. Frozen. */
export declare const routerJobExceptionTriggered_2023_07_router: DeepReadonly<AcsRouterJobExceptionTriggeredEvent>;
/** `Microsoft.Communication.RouterJobExceptionTriggered` as published in the 2023-07-router docs (line 442), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobExceptionTriggeredCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobExceptionTriggeredCloudEvent>;
/** `Microsoft.Communication.RouterJobQueued` as published in the 2023-07-router docs (line 183), corrected. Frozen. */
export declare const routerJobQueued_2023_07_router: DeepReadonly<AcsRouterJobQueuedEvent>;
/** `Microsoft.Communication.RouterJobQueued` as published in the 2023-07-router docs (line 183), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobQueuedCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobQueuedCloudEvent>;
/** `Microsoft.Communication.RouterJobReceived` as published in the 2023-07-router docs (line 54), corrected. Frozen. */
export declare const routerJobReceived_2023_07_router: DeepReadonly<AcsRouterJobReceivedEvent>;
/** `Microsoft.Communication.RouterJobReceived` as published in the 2023-07-router docs (line 54), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobReceivedCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobReceivedCloudEvent>;
/** `Microsoft.Communication.RouterJobSchedulingFailed` as published in the 2023-07-router docs (line 662), corrected. Frozen. */
export declare const routerJobSchedulingFailed_2023_07_router: DeepReadonly<AcsRouterJobSchedulingFailedEvent>;
/** `Microsoft.Communication.RouterJobSchedulingFailed` as published in the 2023-07-router docs (line 662), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobSchedulingFailedCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobSchedulingFailedCloudEvent>;
/** `Microsoft.Communication.RouterJobUnassigned` as published in the 2023-07-router docs (line 548), corrected. Frozen. */
export declare const routerJobUnassigned_2023_07_router: DeepReadonly<AcsRouterJobUnassignedEvent>;
/** `Microsoft.Communication.RouterJobUnassigned` as published in the 2023-07-router docs (line 548), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobUnassignedCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobUnassignedCloudEvent>;
/** `Microsoft.Communication.RouterJobWaitingForActivation` as published in the 2023-07-router docs (line 595), corrected. Frozen. */
export declare const routerJobWaitingForActivation_2023_07_router: DeepReadonly<AcsRouterJobWaitingForActivationEvent>;
/** `Microsoft.Communication.RouterJobWaitingForActivation` as published in the 2023-07-router docs (line 595), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobWaitingForActivationCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobWaitingForActivationCloudEvent>;
/** `Microsoft.Communication.RouterJobWorkerSelectorsExpired` as published in the 2023-07-router docs (line 487), corrected. Frozen. */
export declare const routerJobWorkerSelectorsExpired_2023_07_router: DeepReadonly<AcsRouterJobWorkerSelectorsExpiredEvent>;
/** `Microsoft.Communication.RouterJobWorkerSelectorsExpired` as published in the 2023-07-router docs (line 487), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerJobWorkerSelectorsExpiredCloudEvent_2023_07_router: DeepReadonly<AcsRouterJobWorkerSelectorsExpiredCloudEvent>;
/** `Microsoft.Communication.RouterWorkerDeleted` as published in the 2023-07-router docs (line 1061), corrected. Frozen. */
export declare const routerWorkerDeleted_2023_07_router: DeepReadonly<AcsRouterWorkerDeletedEvent>;
/** `Microsoft.Communication.RouterWorkerDeleted` as published in the 2023-07-router docs (line 1061), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerWorkerDeletedCloudEvent_2023_07_router: DeepReadonly<AcsRouterWorkerDeletedCloudEvent>;
/** `Microsoft.Communication.RouterWorkerDeregistered` as published in the 2023-07-router docs (line 1036), corrected. Frozen. */
export declare const routerWorkerDeregistered_2023_07_router: DeepReadonly<AcsRouterWorkerDeregisteredEvent>;
/** `Microsoft.Communication.RouterWorkerDeregistered` as published in the 2023-07-router docs (line 1036), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerWorkerDeregisteredCloudEvent_2023_07_router: DeepReadonly<AcsRouterWorkerDeregisteredCloudEvent>;
/** `Microsoft.Communication.RouterWorkerOfferAccepted` as published in the 2023-07-router docs (line 822), corrected. Frozen. */
export declare const routerWorkerOfferAccepted_2023_07_router: DeepReadonly<AcsRouterWorkerOfferAcceptedEvent>;
/** `Microsoft.Communication.RouterWorkerOfferAccepted` as published in the 2023-07-router docs (line 822), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerWorkerOfferAcceptedCloudEvent_2023_07_router: DeepReadonly<AcsRouterWorkerOfferAcceptedCloudEvent>;
/** `Microsoft.Communication.RouterWorkerOfferDeclined` as published in the 2023-07-router docs (line 873), corrected. Frozen. */
export declare const routerWorkerOfferDeclined_2023_07_router: DeepReadonly<AcsRouterWorkerOfferDeclinedEvent>;
/** `Microsoft.Communication.RouterWorkerOfferDeclined` as published in the 2023-07-router docs (line 873), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerWorkerOfferDeclinedCloudEvent_2023_07_router: DeepReadonly<AcsRouterWorkerOfferDeclinedCloudEvent>;
/** `Microsoft.Communication.RouterWorkerOfferExpired` as published in the 2023-07-router docs (line 943), corrected. Frozen. */
export declare const routerWorkerOfferExpired_2023_07_router: DeepReadonly<AcsRouterWorkerOfferExpiredEvent>;
/** `Microsoft.Communication.RouterWorkerOfferExpired` as published in the 2023-07-router docs (line 943), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerWorkerOfferExpiredCloudEvent_2023_07_router: DeepReadonly<AcsRouterWorkerOfferExpiredCloudEvent>;
/** `Microsoft.Communication.RouterWorkerOfferIssued` as published in the 2023-07-router docs (line 769), corrected. Frozen. */
export declare const routerWorkerOfferIssued_2023_07_router: DeepReadonly<AcsRouterWorkerOfferIssuedEvent>;
/** `Microsoft.Communication.RouterWorkerOfferIssued` as published in the 2023-07-router docs (line 769), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerWorkerOfferIssuedCloudEvent_2023_07_router: DeepReadonly<AcsRouterWorkerOfferIssuedCloudEvent>;
/** `Microsoft.Communication.RouterWorkerOfferRevoked` as published in the 2023-07-router docs (line 908), corrected. Frozen. */
export declare const routerWorkerOfferRevoked_2023_07_router: DeepReadonly<AcsRouterWorkerOfferRevokedEvent>;
/** `Microsoft.Communication.RouterWorkerOfferRevoked` as published in the 2023-07-router docs (line 908), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerWorkerOfferRevokedCloudEvent_2023_07_router: DeepReadonly<AcsRouterWorkerOfferRevokedCloudEvent>;
/** `Microsoft.Communication.RouterWorkerRegistered` as published in the 2023-07-router docs (line 978), corrected. Frozen. */
export declare const routerWorkerRegistered_2023_07_router: DeepReadonly<AcsRouterWorkerRegisteredEvent>;
/** `Microsoft.Communication.RouterWorkerRegistered` as published in the 2023-07-router docs (line 978), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const routerWorkerRegisteredCloudEvent_2023_07_router: DeepReadonly<AcsRouterWorkerRegisteredCloudEvent>;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-03 docs (line 108), corrected. Frozen. */
export declare const smsDeliveryReportReceived_2020_03: DeepReadonly<AcsSmsDeliveryReportReceivedEvent>;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-03 docs (line 108), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsDeliveryReportReceivedCloudEvent_2020_03: DeepReadonly<AcsSmsDeliveryReportReceivedCloudEvent>;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-09 docs (line 60), corrected. Frozen. */
export declare const smsDeliveryReportReceived_2020_09: DeepReadonly<AcsSmsDeliveryReportReceivedEvent>;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-09 docs (line 60), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsDeliveryReportReceivedCloudEvent_2020_09: DeepReadonly<AcsSmsDeliveryReportReceivedCloudEvent>;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2021-02 docs (line 83), corrected. Frozen. */
export declare const smsDeliveryReportReceived_2021_02: DeepReadonly<AcsSmsDeliveryReportReceivedEvent>;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2021-02 docs (line 83), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsDeliveryReportReceivedCloudEvent_2021_02: DeepReadonly<AcsSmsDeliveryReportReceivedCloudEvent>;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2025-01-sms docs (line 32), corrected. Frozen. */
export declare const smsDeliveryReportReceived_2025_01_sms: DeepReadonly<AcsSmsDeliveryReportReceivedEvent>;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2025-01-sms docs (line 32), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsDeliveryReportReceivedCloudEvent_2025_01_sms: DeepReadonly<AcsSmsDeliveryReportReceivedCloudEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected. Frozen. */
export declare const smsReceived_2020_03: DeepReadonly<AcsSmsReceivedEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2020_03: DeepReadonly<AcsSmsReceivedCloudEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected. Frozen. */
export declare const smsReceived_2020_09: DeepReadonly<AcsSmsReceivedEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2020_09: DeepReadonly<AcsSmsReceivedCloudEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected. Frozen. */
export declare const smsReceived_2021_02: DeepReadonly<AcsSmsReceivedEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2021_02: DeepReadonly<AcsSmsReceivedCloudEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2025-01-sms docs (line 65), corrected. Frozen. */
export declare const smsReceived_2025_01_sms: DeepReadonly<AcsSmsReceivedEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2025-01-sms docs (line 65), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2025_01_sms: DeepReadonly<AcsSmsReceivedCloudEvent>;
/** `Microsoft.Communication.UserDisconnected` as published in the 2021-10-presence docs (line 37), corrected. Frozen. */
export declare const userDisconnected_2021_10_presence: DeepReadonly<AcsUserDisconnectedEvent>;
/** `Microsoft.Communication.UserDisconnected` as published in the 2021-10-presence docs (line 37), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const userDisconnectedCloudEvent_2021_10_presence: DeepReadonly<AcsUserDisconnectedCloudEvent>;
/** Every docs sample by event type and docs version, in both envelopes. */
export declare const fixtures: {
	readonly eventGrid: {
		readonly "Microsoft.Communication.AdvancedMessageAnalysisCompleted": {
			readonly "2024-07-advanced-messaging": typeof advancedMessageAnalysisCompleted_2024_07_advanced_messaging;
		};
		readonly "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": {
			readonly "2024-07-advanced-messaging": typeof advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging;
			readonly "2024-07-advanced-messaging-2": typeof advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging_2;
		};
		readonly "Microsoft.Communication.AdvancedMessageReceived": {
			readonly "2024-07-advanced-messaging": typeof advancedMessageReceived_2024_07_advanced_messaging;
			readonly "2024-07-advanced-messaging-2": typeof advancedMessageReceived_2024_07_advanced_messaging_2;
			readonly "2024-07-advanced-messaging-3": typeof advancedMessageReceived_2024_07_advanced_messaging_3;
			readonly "2024-07-advanced-messaging-4": typeof advancedMessageReceived_2024_07_advanced_messaging_4;
			readonly "2024-07-advanced-messaging-5": typeof advancedMessageReceived_2024_07_advanced_messaging_5;
			readonly "2024-07-advanced-messaging-6": typeof advancedMessageReceived_2024_07_advanced_messaging_6;
			readonly "2024-07-advanced-messaging-7": typeof advancedMessageReceived_2024_07_advanced_messaging_7;
			readonly "2024-07-advanced-messaging-8": typeof advancedMessageReceived_2024_07_advanced_messaging_8;
		};
		readonly "Microsoft.Communication.CallEnded": {
			readonly "2022-12-voice-video": typeof callEnded_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.CallParticipantAdded": {
			readonly "2022-12-voice-video": typeof callParticipantAdded_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.CallParticipantRemoved": {
			readonly "2022-12-voice-video": typeof callParticipantRemoved_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.CallStarted": {
			readonly "2022-12-voice-video": typeof callStarted_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.ChatMemberAddedToThreadWithUser": {
			readonly "2020-09": typeof chatMemberAddedToThreadWithUser_2020_09;
			readonly "2021-02": typeof chatMemberAddedToThreadWithUser_2021_02;
		};
		readonly "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": {
			readonly "2020-09": typeof chatMemberRemovedFromThreadWithUser_2020_09;
			readonly "2021-02": typeof chatMemberRemovedFromThreadWithUser_2021_02;
		};
		readonly "Microsoft.Communication.ChatMessageDeleted": {
			readonly "2020-09": typeof chatMessageDeleted_2020_09;
			readonly "2021-02": typeof chatMessageDeleted_2021_02;
			readonly "2021-10": typeof chatMessageDeleted_2021_10;
			readonly "2021-10-chat": typeof chatMessageDeleted_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatMessageDeletedInThread": {
			readonly "2021-02": typeof chatMessageDeletedInThread_2021_02;
			readonly "2021-10": typeof chatMessageDeletedInThread_2021_10;
			readonly "2021-10-chat": typeof chatMessageDeletedInThread_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatMessageEdited": {
			readonly "2020-09": typeof chatMessageEdited_2020_09;
			readonly "2021-02": typeof chatMessageEdited_2021_02;
			readonly "2021-10": typeof chatMessageEdited_2021_10;
			readonly "2021-10-chat": typeof chatMessageEdited_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatMessageEditedInThread": {
			readonly "2021-02": typeof chatMessageEditedInThread_2021_02;
			readonly "2021-10": typeof chatMessageEditedInThread_2021_10;
			readonly "2021-10-chat": typeof chatMessageEditedInThread_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatMessageReceived": {
			readonly "2020-09": typeof chatMessageReceived_2020_09;
			readonly "2021-02": typeof chatMessageReceived_2021_02;
			readonly "2021-10": typeof chatMessageReceived_2021_10;
			readonly "2021-10-chat": typeof chatMessageReceived_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatMessageReceivedInThread": {
			readonly "2021-02": typeof chatMessageReceivedInThread_2021_02;
			readonly "2021-10": typeof chatMessageReceivedInThread_2021_10;
			readonly "2021-10-chat": typeof chatMessageReceivedInThread_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": {
			readonly "2021-02": typeof chatParticipantAddedToThreadWithUser_2021_02;
			readonly "2021-10": typeof chatParticipantAddedToThreadWithUser_2021_10;
			readonly "2021-10-chat": typeof chatParticipantAddedToThreadWithUser_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": {
			readonly "2021-02": typeof chatParticipantRemovedFromThreadWithUser_2021_02;
			readonly "2021-10": typeof chatParticipantRemovedFromThreadWithUser_2021_10;
			readonly "2021-10-chat": typeof chatParticipantRemovedFromThreadWithUser_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadCreated": {
			readonly "2021-02": typeof chatThreadCreated_2021_02;
			readonly "2021-10": typeof chatThreadCreated_2021_10;
			readonly "2021-10-chat": typeof chatThreadCreated_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadCreatedWithUser": {
			readonly "2020-09": typeof chatThreadCreatedWithUser_2020_09;
			readonly "2021-02": typeof chatThreadCreatedWithUser_2021_02;
			readonly "2021-10": typeof chatThreadCreatedWithUser_2021_10;
			readonly "2021-10-chat": typeof chatThreadCreatedWithUser_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadDeleted": {
			readonly "2021-02": typeof chatThreadDeleted_2021_02;
			readonly "2021-10": typeof chatThreadDeleted_2021_10;
			readonly "2021-10-chat": typeof chatThreadDeleted_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadParticipantAdded": {
			readonly "2021-02": typeof chatThreadParticipantAdded_2021_02;
			readonly "2021-10": typeof chatThreadParticipantAdded_2021_10;
			readonly "2021-10-chat": typeof chatThreadParticipantAdded_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadParticipantRemoved": {
			readonly "2021-02": typeof chatThreadParticipantRemoved_2021_02;
			readonly "2021-10": typeof chatThreadParticipantRemoved_2021_10;
			readonly "2021-10-chat": typeof chatThreadParticipantRemoved_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadPropertiesUpdated": {
			readonly "2021-02": typeof chatThreadPropertiesUpdated_2021_02;
			readonly "2021-10": typeof chatThreadPropertiesUpdated_2021_10;
			readonly "2021-10-chat": typeof chatThreadPropertiesUpdated_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": {
			readonly "2020-09": typeof chatThreadPropertiesUpdatedPerUser_2020_09;
			readonly "2021-02": typeof chatThreadPropertiesUpdatedPerUser_2021_02;
			readonly "2021-10": typeof chatThreadPropertiesUpdatedPerUser_2021_10;
			readonly "2021-10-chat": typeof chatThreadPropertiesUpdatedPerUser_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadWithUserDeleted": {
			readonly "2020-09": typeof chatThreadWithUserDeleted_2020_09;
			readonly "2021-02": typeof chatThreadWithUserDeleted_2021_02;
			readonly "2021-10": typeof chatThreadWithUserDeleted_2021_10;
			readonly "2021-10-chat": typeof chatThreadWithUserDeleted_2021_10_chat;
		};
		readonly "Microsoft.Communication.EmailDeliveryReportReceived": {
			readonly "2022-09-email": typeof emailDeliveryReportReceived_2022_09_email;
		};
		readonly "Microsoft.Communication.EmailEngagementTrackingReportReceived": {
			readonly "2022-09-email": typeof emailEngagementTrackingReportReceived_2022_09_email;
		};
		readonly "Microsoft.Communication.IncomingCall": {
			readonly "2022-12-voice-video": typeof incomingCall_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.InstantMessageDeleted": {
			readonly "2020-03": typeof instantMessageDeleted_2020_03;
		};
		readonly "Microsoft.Communication.InstantMessageEdited": {
			readonly "2020-03": typeof instantMessageEdited_2020_03;
		};
		readonly "Microsoft.Communication.InstantMessageReceived": {
			readonly "2020-03": typeof instantMessageReceived_2020_03;
		};
		readonly "Microsoft.Communication.RecordingFileStatusUpdated": {
			readonly "2022-12-voice-video": typeof recordingFileStatusUpdated_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.RouterJobCancelled": {
			readonly "2023-07-router": typeof routerJobCancelled_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobClassificationFailed": {
			readonly "2023-07-router": typeof routerJobClassificationFailed_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobClassified": {
			readonly "2023-07-router": typeof routerJobClassified_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobClosed": {
			readonly "2023-07-router": typeof routerJobClosed_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobCompleted": {
			readonly "2023-07-router": typeof routerJobCompleted_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobDeleted": {
			readonly "2023-07-router": typeof routerJobDeleted_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobExceptionTriggered": {
			readonly "2023-07-router": typeof routerJobExceptionTriggered_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobQueued": {
			readonly "2023-07-router": typeof routerJobQueued_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobReceived": {
			readonly "2023-07-router": typeof routerJobReceived_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobSchedulingFailed": {
			readonly "2023-07-router": typeof routerJobSchedulingFailed_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobUnassigned": {
			readonly "2023-07-router": typeof routerJobUnassigned_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobWaitingForActivation": {
			readonly "2023-07-router": typeof routerJobWaitingForActivation_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobWorkerSelectorsExpired": {
			readonly "2023-07-router": typeof routerJobWorkerSelectorsExpired_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerDeleted": {
			readonly "2023-07-router": typeof routerWorkerDeleted_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerDeregistered": {
			readonly "2023-07-router": typeof routerWorkerDeregistered_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerOfferAccepted": {
			readonly "2023-07-router": typeof routerWorkerOfferAccepted_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerOfferDeclined": {
			readonly "2023-07-router": typeof routerWorkerOfferDeclined_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerOfferExpired": {
			readonly "2023-07-router": typeof routerWorkerOfferExpired_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerOfferIssued": {
			readonly "2023-07-router": typeof routerWorkerOfferIssued_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerOfferRevoked": {
			readonly "2023-07-router": typeof routerWorkerOfferRevoked_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerRegistered": {
			readonly "2023-07-router": typeof routerWorkerRegistered_2023_07_router;
		};
		readonly "Microsoft.Communication.SMSDeliveryReportReceived": {
			readonly "2020-03": typeof smsDeliveryReportReceived_2020_03;
			readonly "2020-09": typeof smsDeliveryReportReceived_2020_09;
			readonly "2021-02": typeof smsDeliveryReportReceived_2021_02;
			readonly "2025-01-sms": typeof smsDeliveryReportReceived_2025_01_sms;
		};
		readonly "Microsoft.Communication.SMSReceived": {
			readonly "2020-03": typeof smsReceived_2020_03;
			readonly "2020-09": typeof smsReceived_2020_09;
			readonly "2021-02": typeof smsReceived_2021_02;
			readonly "2025-01-sms": typeof smsReceived_2025_01_sms;
		};
		readonly "Microsoft.Communication.UserDisconnected": {
			readonly "2021-10-presence": typeof userDisconnected_2021_10_presence;
		};
	};
	readonly cloudEvents: {
		readonly "Microsoft.Communication.AdvancedMessageAnalysisCompleted": {
			readonly "2024-07-advanced-messaging": typeof advancedMessageAnalysisCompletedCloudEvent_2024_07_advanced_messaging;
		};
		readonly "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": {
			readonly "2024-07-advanced-messaging": typeof advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging;
			readonly "2024-07-advanced-messaging-2": typeof advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging_2;
		};
		readonly "Microsoft.Communication.AdvancedMessageReceived": {
			readonly "2024-07-advanced-messaging": typeof advancedMessageReceivedCloudEvent_2024_07_advanced_messaging;
			readonly "2024-07-advanced-messaging-2": typeof advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_2;
			readonly "2024-07-advanced-messaging-3": typeof advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_3;
			readonly "2024-07-advanced-messaging-4": typeof advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_4;
			readonly "2024-07-advanced-messaging-5": typeof advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_5;
			readonly "2024-07-advanced-messaging-6": typeof advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_6;
			readonly "2024-07-advanced-messaging-7": typeof advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_7;
			readonly "2024-07-advanced-messaging-8": typeof advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_8;
		};
		readonly "Microsoft.Communication.CallEnded": {
			readonly "2022-12-voice-video": typeof callEndedCloudEvent_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.CallParticipantAdded": {
			readonly "2022-12-voice-video": typeof callParticipantAddedCloudEvent_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.CallParticipantRemoved": {
			readonly "2022-12-voice-video": typeof callParticipantRemovedCloudEvent_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.CallStarted": {
			readonly "2022-12-voice-video": typeof callStartedCloudEvent_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.ChatMemberAddedToThreadWithUser": {
			readonly "2020-09": typeof chatMemberAddedToThreadWithUserCloudEvent_2020_09;
			readonly "2021-02": typeof chatMemberAddedToThreadWithUserCloudEvent_2021_02;
		};
		readonly "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": {
			readonly "2020-09": typeof chatMemberRemovedFromThreadWithUserCloudEvent_2020_09;
			readonly "2021-02": typeof chatMemberRemovedFromThreadWithUserCloudEvent_2021_02;
		};
		readonly "Microsoft.Communication.ChatMessageDeleted": {
			readonly "2020-09": typeof chatMessageDeletedCloudEvent_2020_09;
			readonly "2021-02": typeof chatMessageDeletedCloudEvent_2021_02;
			readonly "2021-10": typeof chatMessageDeletedCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatMessageDeletedCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatMessageDeletedInThread": {
			readonly "2021-02": typeof chatMessageDeletedInThreadCloudEvent_2021_02;
			readonly "2021-10": typeof chatMessageDeletedInThreadCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatMessageDeletedInThreadCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatMessageEdited": {
			readonly "2020-09": typeof chatMessageEditedCloudEvent_2020_09;
			readonly "2021-02": typeof chatMessageEditedCloudEvent_2021_02;
			readonly "2021-10": typeof chatMessageEditedCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatMessageEditedCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatMessageEditedInThread": {
			readonly "2021-02": typeof chatMessageEditedInThreadCloudEvent_2021_02;
			readonly "2021-10": typeof chatMessageEditedInThreadCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatMessageEditedInThreadCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatMessageReceived": {
			readonly "2020-09": typeof chatMessageReceivedCloudEvent_2020_09;
			readonly "2021-02": typeof chatMessageReceivedCloudEvent_2021_02;
			readonly "2021-10": typeof chatMessageReceivedCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatMessageReceivedCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatMessageReceivedInThread": {
			readonly "2021-02": typeof chatMessageReceivedInThreadCloudEvent_2021_02;
			readonly "2021-10": typeof chatMessageReceivedInThreadCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatMessageReceivedInThreadCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": {
			readonly "2021-02": typeof chatParticipantAddedToThreadWithUserCloudEvent_2021_02;
			readonly "2021-10": typeof chatParticipantAddedToThreadWithUserCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatParticipantAddedToThreadWithUserCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": {
			readonly "2021-02": typeof chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02;
			readonly "2021-10": typeof chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadCreated": {
			readonly "2021-02": typeof chatThreadCreatedCloudEvent_2021_02;
			readonly "2021-10": typeof chatThreadCreatedCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatThreadCreatedCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadCreatedWithUser": {
			readonly "2020-09": typeof chatThreadCreatedWithUserCloudEvent_2020_09;
			readonly "2021-02": typeof chatThreadCreatedWithUserCloudEvent_2021_02;
			readonly "2021-10": typeof chatThreadCreatedWithUserCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatThreadCreatedWithUserCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadDeleted": {
			readonly "2021-02": typeof chatThreadDeletedCloudEvent_2021_02;
			readonly "2021-10": typeof chatThreadDeletedCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatThreadDeletedCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadParticipantAdded": {
			readonly "2021-02": typeof chatThreadParticipantAddedCloudEvent_2021_02;
			readonly "2021-10": typeof chatThreadParticipantAddedCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatThreadParticipantAddedCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadParticipantRemoved": {
			readonly "2021-02": typeof chatThreadParticipantRemovedCloudEvent_2021_02;
			readonly "2021-10": typeof chatThreadParticipantRemovedCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatThreadParticipantRemovedCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadPropertiesUpdated": {
			readonly "2021-02": typeof chatThreadPropertiesUpdatedCloudEvent_2021_02;
			readonly "2021-10": typeof chatThreadPropertiesUpdatedCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatThreadPropertiesUpdatedCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": {
			readonly "2020-09": typeof chatThreadPropertiesUpdatedPerUserCloudEvent_2020_09;
			readonly "2021-02": typeof chatThreadPropertiesUpdatedPerUserCloudEvent_2021_02;
			readonly "2021-10": typeof chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.ChatThreadWithUserDeleted": {
			readonly "2020-09": typeof chatThreadWithUserDeletedCloudEvent_2020_09;
			readonly "2021-02": typeof chatThreadWithUserDeletedCloudEvent_2021_02;
			readonly "2021-10": typeof chatThreadWithUserDeletedCloudEvent_2021_10;
			readonly "2021-10-chat": typeof chatThreadWithUserDeletedCloudEvent_2021_10_chat;
		};
		readonly "Microsoft.Communication.EmailDeliveryReportReceived": {
			readonly "2022-09-email": typeof emailDeliveryReportReceivedCloudEvent_2022_09_email;
		};
		readonly "Microsoft.Communication.EmailEngagementTrackingReportReceived": {
			readonly "2022-09-email": typeof emailEngagementTrackingReportReceivedCloudEvent_2022_09_email;
		};
		readonly "Microsoft.Communication.IncomingCall": {
			readonly "2022-12-voice-video": typeof incomingCallCloudEvent_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.InstantMessageDeleted": {
			readonly "2020-03": typeof instantMessageDeletedCloudEvent_2020_03;
		};
		readonly "Microsoft.Communication.InstantMessageEdited": {
			readonly "2020-03": typeof instantMessageEditedCloudEvent_2020_03;
		};
		readonly "Microsoft.Communication.InstantMessageReceived": {
			readonly "2020-03": typeof instantMessageReceivedCloudEvent_2020_03;
		};
		readonly "Microsoft.Communication.RecordingFileStatusUpdated": {
			readonly "2022-12-voice-video": typeof recordingFileStatusUpdatedCloudEvent_2022_12_voice_video;
		};
		readonly "Microsoft.Communication.RouterJobCancelled": {
			readonly "2023-07-router": typeof routerJobCancelledCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobClassificationFailed": {
			readonly "2023-07-router": typeof routerJobClassificationFailedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobClassified": {
			readonly "2023-07-router": typeof routerJobClassifiedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobClosed": {
			readonly "2023-07-router": typeof routerJobClosedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobCompleted": {
			readonly "2023-07-router": typeof routerJobCompletedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobDeleted": {
			readonly "2023-07-router": typeof routerJobDeletedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobExceptionTriggered": {
			readonly "2023-07-router": typeof routerJobExceptionTriggeredCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobQueued": {
			readonly "2023-07-router": typeof routerJobQueuedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobReceived": {
			readonly "2023-07-router": typeof routerJobReceivedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobSchedulingFailed": {
			readonly "2023-07-router": typeof routerJobSchedulingFailedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobUnassigned": {
			readonly "2023-07-router": typeof routerJobUnassignedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobWaitingForActivation": {
			readonly "2023-07-router": typeof routerJobWaitingForActivationCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterJobWorkerSelectorsExpired": {
			readonly "2023-07-router": typeof routerJobWorkerSelectorsExpiredCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerDeleted": {
			readonly "2023-07-router": typeof routerWorkerDeletedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerDeregistered": {
			readonly "2023-07-router": typeof routerWorkerDeregisteredCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerOfferAccepted": {
			readonly "2023-07-router": typeof routerWorkerOfferAcceptedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerOfferDeclined": {
			readonly "2023-07-router": typeof routerWorkerOfferDeclinedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerOfferExpired": {
			readonly "2023-07-router": typeof routerWorkerOfferExpiredCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerOfferIssued": {
			readonly "2023-07-router": typeof routerWorkerOfferIssuedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerOfferRevoked": {
			readonly "2023-07-router": typeof routerWorkerOfferRevokedCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.RouterWorkerRegistered": {
			readonly "2023-07-router": typeof routerWorkerRegisteredCloudEvent_2023_07_router;
		};
		readonly "Microsoft.Communication.SMSDeliveryReportReceived": {
			readonly "2020-03": typeof smsDeliveryReportReceivedCloudEvent_2020_03;
			readonly "2020-09": typeof smsDeliveryReportReceivedCloudEvent_2020_09;
			readonly "2021-02": typeof smsDeliveryReportReceivedCloudEvent_2021_02;
			readonly "2025-01-sms": typeof smsDeliveryReportReceivedCloudEvent_2025_01_sms;
		};
		readonly "Microsoft.Communication.SMSReceived": {
			readonly "2020-03": typeof smsReceivedCloudEvent_2020_03;
			readonly "2020-09": typeof smsReceivedCloudEvent_2020_09;
			readonly "2021-02": typeof smsReceivedCloudEvent_2021_02;
			readonly "2025-01-sms": typeof smsReceivedCloudEvent_2025_01_sms;
		};
		readonly "Microsoft.Communication.UserDisconnected": {
			readonly "2021-10-presence": typeof userDisconnectedCloudEvent_2021_10_presence;
		};
	};
};
/** One docs sample in both envelopes. */
export interface FixtureEntry {
	readonly eventType: AcsEventType;
	readonly docsVersion: string;
	readonly eventGrid: DeepReadonly<AcsEvent>;
	readonly cloudEvent: DeepReadonly<AcsCloudEvent>;
}
/** Every docs sample as one list, oldest docs version first within each event type. */
export declare const fixtureList: readonly FixtureEntry[];
/** For each event type, events that each break one rule of a valid factory event (default seed). */
export declare const invalidVariants: { readonly [K in AcsEventType]: readonly InvalidVariant[] };
