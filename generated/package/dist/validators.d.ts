// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsAdvancedMessageAnalysisCompletedEventData, AcsAdvancedMessageDeliveryStatusUpdatedEventData, AcsAdvancedMessageReceivedEventData, AcsCallEndedEventData, AcsCallParticipantAddedEventData, AcsCallParticipantRemovedEventData, AcsCallStartedEventData, AcsChatAzureBotCommandReceivedInThreadEventData, AcsChatMemberAddedToThreadWithUserEventData, AcsChatMemberRemovedFromThreadWithUserEventData, AcsChatMessageDeletedEventData, AcsChatMessageDeletedInThreadEventData, AcsChatMessageEditedEventData, AcsChatMessageEditedInThreadEventData, AcsChatMessageReceivedEventData, AcsChatMessageReceivedInThreadEventData, AcsChatParticipantAddedToThreadWithUserEventData, AcsChatParticipantRemovedFromThreadWithUserEventData, AcsChatThreadCreatedEventData, AcsChatThreadCreatedWithUserEventData, AcsChatThreadDeletedEventData, AcsChatThreadParticipantAddedEventData, AcsChatThreadParticipantRemovedEventData, AcsChatThreadPropertiesUpdatedEventData, AcsChatThreadPropertiesUpdatedPerUserEventData, AcsChatThreadWithUserDeletedEventData, AcsChatTypingIndicatorReceivedInThreadEventData, AcsEmailDeliveryReportReceivedEventData, AcsEmailEngagementTrackingReportReceivedEventData, AcsEventDataMap, AcsEventType, AcsIncomingCallEventData, AcsInstantMessageDeletedEventData, AcsInstantMessageEditedEventData, AcsInstantMessageReceivedEventData, AcsRecordingFileStatusUpdatedEventData, AcsRouterJobCancelledEventData, AcsRouterJobClassificationFailedEventData, AcsRouterJobClassifiedEventData, AcsRouterJobClosedEventData, AcsRouterJobCompletedEventData, AcsRouterJobDeletedEventData, AcsRouterJobExceptionTriggeredEventData, AcsRouterJobQueuedEventData, AcsRouterJobReceivedEventData, AcsRouterJobSchedulingFailedEventData, AcsRouterJobUnassignedEventData, AcsRouterJobWaitingForActivationEventData, AcsRouterJobWorkerSelectorsExpiredEventData, AcsRouterWorkerDeletedEventData, AcsRouterWorkerDeregisteredEventData, AcsRouterWorkerOfferAcceptedEventData, AcsRouterWorkerOfferDeclinedEventData, AcsRouterWorkerOfferExpiredEventData, AcsRouterWorkerOfferIssuedEventData, AcsRouterWorkerOfferRevokedEventData, AcsRouterWorkerRegisteredEventData, AcsRouterWorkerUpdatedEventData, AcsSmsDeliveryReportReceivedEventData, AcsSmsReceivedEventData, AcsUserDisconnectedEventData, AdvancedMessageButtonContent, AdvancedMessageChannelEventError, AdvancedMessageContext, AdvancedMessageEventBase, AdvancedMessageInteractiveButtonReplyContent, AdvancedMessageInteractiveContent, AdvancedMessageInteractiveListReplyContent, AdvancedMessageLanguageDetection, AdvancedMessageMediaContent, AdvancedMessageReactionContent, CallEndReason, CallEndedBy, CallGroup, CallParticipant, CallParticipantEventBase, CallRoom, CallingEventBase, ChatInThreadEventBase, ChatMessageInThreadEventBase, ChatMessageMetadata, ChatParticipant, ChatThreadMember, ChatThreadMetadata, ChatThreadProperties, CloudEvent, CommunicationIdentifier, CommunicationUserIdentifier, EmailDeliveryStatusDetails, EventGridEvent, IncomingCallCustomContext, MicrosoftTeamsAppIdentifier, MicrosoftTeamsUserIdentifier, PhoneNumberIdentifier, RecordingChunkInfo, RecordingStorageInfo, RouterChannelConfiguration, RouterCommunicationError, RouterEventBase, RouterJobEventBase, RouterLabels, RouterQueueDetails, RouterWorker, RouterWorkerEventBase, RouterWorkerSelector, SmsDeliveryAttempt } from "./types.js";
import { type ValidateOptions, type ValidationResult } from "./support/validation.js";
export type { ValidateOptions, ValidationError, ValidationResult } from "./support/validation.js";
export type { WireNormalization } from "./support/wire-normalization.js";
/**
* Validates a AdvancedMessageButtonContent, reporting every error.
*
* The template button a customer selected (the spec's AcsMessageButtonContent; the docs' ButtonContent).
*/
export declare function validateAdvancedMessageButtonContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageButtonContent>;
/**
* Whether a value is a valid AdvancedMessageButtonContent.
*
* The template button a customer selected (the spec's AcsMessageButtonContent; the docs' ButtonContent).
*/
export declare function isAdvancedMessageButtonContent(value: unknown): value is AdvancedMessageButtonContent;
/**
* Validates a AdvancedMessageChannelEventError, reporting every error.
*
* An error reported by the messaging channel (the spec's AcsMessageChannelEventError; the docs' ChannelEventError).
*/
export declare function validateAdvancedMessageChannelEventError(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageChannelEventError>;
/**
* Whether a value is a valid AdvancedMessageChannelEventError.
*
* An error reported by the messaging channel (the spec's AcsMessageChannelEventError; the docs' ChannelEventError).
*/
export declare function isAdvancedMessageChannelEventError(value: unknown): value is AdvancedMessageChannelEventError;
/**
* Validates a AdvancedMessageContext, reporting every error.
*
* The message a received message replies to (the spec's AcsMessageContext; the docs' MessageContext).
*/
export declare function validateAdvancedMessageContext(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageContext>;
/**
* Whether a value is a valid AdvancedMessageContext.
*
* The message a received message replies to (the spec's AcsMessageContext; the docs' MessageContext).
*/
export declare function isAdvancedMessageContext(value: unknown): value is AdvancedMessageContext;
/**
* Validates a AdvancedMessageEventBase, reporting every error.
*
* The properties every Advanced Messaging event carries (the spec's AcsMessageEventData, whose description "Schema of common properties of all chat thread events" is pasted from chat): who sent the message, who received it, when, on which channel, and the channel's error if any. `channelType` is declared by each of the spec's event definitions rather than by its base; every docs table and sample gives it, so it is stated once here.
*/
export declare function validateAdvancedMessageEventBase(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageEventBase>;
/**
* Whether a value is a valid AdvancedMessageEventBase.
*
* The properties every Advanced Messaging event carries (the spec's AcsMessageEventData, whose description "Schema of common properties of all chat thread events" is pasted from chat): who sent the message, who received it, when, on which channel, and the channel's error if any. `channelType` is declared by each of the spec's event definitions rather than by its base; every docs table and sample gives it, so it is stated once here.
*/
export declare function isAdvancedMessageEventBase(value: unknown): value is AdvancedMessageEventBase;
/**
* Validates a AdvancedMessageInteractiveButtonReplyContent, reporting every error.
*
* The button a customer selected in an interactive message (the spec's AcsMessageInteractiveButtonReplyContent).
*/
export declare function validateAdvancedMessageInteractiveButtonReplyContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageInteractiveButtonReplyContent>;
/**
* Whether a value is a valid AdvancedMessageInteractiveButtonReplyContent.
*
* The button a customer selected in an interactive message (the spec's AcsMessageInteractiveButtonReplyContent).
*/
export declare function isAdvancedMessageInteractiveButtonReplyContent(value: unknown): value is AdvancedMessageInteractiveButtonReplyContent;
/**
* Validates a AdvancedMessageInteractiveContent, reporting every error.
*
* A customer's response to an interactive message: a button or a list item (the spec's AcsMessageInteractiveContent; the docs' InteractiveContent).
*/
export declare function validateAdvancedMessageInteractiveContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageInteractiveContent>;
/**
* Whether a value is a valid AdvancedMessageInteractiveContent.
*
* A customer's response to an interactive message: a button or a list item (the spec's AcsMessageInteractiveContent; the docs' InteractiveContent).
*/
export declare function isAdvancedMessageInteractiveContent(value: unknown): value is AdvancedMessageInteractiveContent;
/**
* Validates a AdvancedMessageInteractiveListReplyContent, reporting every error.
*
* The list item a customer selected in an interactive message (the spec's AcsMessageInteractiveListReplyContent).
*/
export declare function validateAdvancedMessageInteractiveListReplyContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageInteractiveListReplyContent>;
/**
* Whether a value is a valid AdvancedMessageInteractiveListReplyContent.
*
* The list item a customer selected in an interactive message (the spec's AcsMessageInteractiveListReplyContent).
*/
export declare function isAdvancedMessageInteractiveListReplyContent(value: unknown): value is AdvancedMessageInteractiveListReplyContent;
/**
* Validates a AdvancedMessageLanguageDetection, reporting every error.
*
* The language detected in a customer's message, by the (preview) message analysis (the docs' LanguageDetection; the REST API spec has no definition for it).
*/
export declare function validateAdvancedMessageLanguageDetection(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageLanguageDetection>;
/**
* Whether a value is a valid AdvancedMessageLanguageDetection.
*
* The language detected in a customer's message, by the (preview) message analysis (the docs' LanguageDetection; the REST API spec has no definition for it).
*/
export declare function isAdvancedMessageLanguageDetection(value: unknown): value is AdvancedMessageLanguageDetection;
/**
* Validates a AdvancedMessageMediaContent, reporting every error.
*
* Media (image, document, sticker …) in a received message (the spec's AcsMessageMediaContent; the docs' MediaContent).
*/
export declare function validateAdvancedMessageMediaContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageMediaContent>;
/**
* Whether a value is a valid AdvancedMessageMediaContent.
*
* Media (image, document, sticker …) in a received message (the spec's AcsMessageMediaContent; the docs' MediaContent).
*/
export declare function isAdvancedMessageMediaContent(value: unknown): value is AdvancedMessageMediaContent;
/**
* Validates a AdvancedMessageReactionContent, reporting every error.
*
* An emoji reaction to a business message (the spec's AcsMessageReactionContent; the docs' ReactionContent).
*/
export declare function validateAdvancedMessageReactionContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageReactionContent>;
/**
* Whether a value is a valid AdvancedMessageReactionContent.
*
* An emoji reaction to a business message (the spec's AcsMessageReactionContent; the docs' ReactionContent).
*/
export declare function isAdvancedMessageReactionContent(value: unknown): value is AdvancedMessageReactionContent;
/**
* Validates a CallEndReason, reporting every error.
*
* Why a call ended (the spec's AcsCallEndReasonProperties; no docs sample shows it).
*/
export declare function validateCallEndReason(value: unknown, options?: ValidateOptions): ValidationResult<CallEndReason>;
/**
* Whether a value is a valid CallEndReason.
*
* Why a call ended (the spec's AcsCallEndReasonProperties; no docs sample shows it).
*/
export declare function isCallEndReason(value: unknown): value is CallEndReason;
/**
* Validates a CallEndedBy, reporting every error.
*
* Who ended a call (the spec's AcsCallEndedByProperties; no docs sample shows it).
*/
export declare function validateCallEndedBy(value: unknown, options?: ValidateOptions): ValidationResult<CallEndedBy>;
/**
* Whether a value is a valid CallEndedBy.
*
* Who ended a call (the spec's AcsCallEndedByProperties; no docs sample shows it).
*/
export declare function isCallEndedBy(value: unknown): value is CallEndedBy;
/**
* Validates a CallGroup, reporting every error.
*
* The group of a group call (the spec's AcsCallGroupProperties).
*/
export declare function validateCallGroup(value: unknown, options?: ValidateOptions): ValidationResult<CallGroup>;
/**
* Whether a value is a valid CallGroup.
*
* The group of a group call (the spec's AcsCallGroupProperties).
*/
export declare function isCallGroup(value: unknown): value is CallGroup;
/**
* Validates a CallParticipant, reporting every error.
*
* A participant of a call and its role (the spec's AcsCallParticipantProperties).
*/
export declare function validateCallParticipant(value: unknown, options?: ValidateOptions): ValidationResult<CallParticipant>;
/**
* Whether a value is a valid CallParticipant.
*
* A participant of a call and its role (the spec's AcsCallParticipantProperties).
*/
export declare function isCallParticipant(value: unknown): value is CallParticipant;
/**
* Validates a CallParticipantEventBase, reporting every error.
*
* The properties of the CallParticipantAdded and CallParticipantRemoved events (the spec's AcsCallParticipantEventData): the calling event's properties and the participant.
*/
export declare function validateCallParticipantEventBase(value: unknown, options?: ValidateOptions): ValidationResult<CallParticipantEventBase>;
/**
* Whether a value is a valid CallParticipantEventBase.
*
* The properties of the CallParticipantAdded and CallParticipantRemoved events (the spec's AcsCallParticipantEventData): the calling event's properties and the participant.
*/
export declare function isCallParticipantEventBase(value: unknown): value is CallParticipantEventBase;
/**
* Validates a CallRoom, reporting every error.
*
* The room of a rooms call (the spec's AcsCallRoomProperties).
*/
export declare function validateCallRoom(value: unknown, options?: ValidateOptions): ValidationResult<CallRoom>;
/**
* Whether a value is a valid CallRoom.
*
* The room of a rooms call (the spec's AcsCallRoomProperties).
*/
export declare function isCallRoom(value: unknown): value is CallRoom;
/**
* Validates a CallingEventBase, reporting every error.
*
* The properties every calling event carries (the spec's AcsCallingEventProperties): the server call, who started it, and its group or room.
*/
export declare function validateCallingEventBase(value: unknown, options?: ValidateOptions): ValidationResult<CallingEventBase>;
/**
* Whether a value is a valid CallingEventBase.
*
* The properties every calling event carries (the spec's AcsCallingEventProperties): the server call, who started it, and its group or room.
*/
export declare function isCallingEventBase(value: unknown): value is CallingEventBase;
/**
* Validates a ChatInThreadEventBase, reporting every error.
*
* The properties every thread-level chat event carries (the spec's AcsChatEventInThreadBaseProperties): the thread and the transaction. The thread-level events curated from the 2021 docs write these properties out instead of extending this base.
*/
export declare function validateChatInThreadEventBase(value: unknown, options?: ValidateOptions): ValidationResult<ChatInThreadEventBase>;
/**
* Whether a value is a valid ChatInThreadEventBase.
*
* The properties every thread-level chat event carries (the spec's AcsChatEventInThreadBaseProperties): the thread and the transaction. The thread-level events curated from the 2021 docs write these properties out instead of extending this base.
*/
export declare function isChatInThreadEventBase(value: unknown): value is ChatInThreadEventBase;
/**
* Validates a ChatMessageInThreadEventBase, reporting every error.
*
* The properties every thread-level chat message event carries (the spec's AcsChatMessageEventInThreadBaseProperties): the thread, the message and its sender. Used by the spec-only ChatAzureBotCommandReceivedInThread and ChatTypingIndicatorReceivedInThread; ChatMessageReceivedInThread, ChatMessageEditedInThread and ChatMessageDeletedInThread (curated from the 2021 docs) write the same properties out, with the stricter requiredness their samples show.
*/
export declare function validateChatMessageInThreadEventBase(value: unknown, options?: ValidateOptions): ValidationResult<ChatMessageInThreadEventBase>;
/**
* Whether a value is a valid ChatMessageInThreadEventBase.
*
* The properties every thread-level chat message event carries (the spec's AcsChatMessageEventInThreadBaseProperties): the thread, the message and its sender. Used by the spec-only ChatAzureBotCommandReceivedInThread and ChatTypingIndicatorReceivedInThread; ChatMessageReceivedInThread, ChatMessageEditedInThread and ChatMessageDeletedInThread (curated from the 2021 docs) write the same properties out, with the stricter requiredness their samples show.
*/
export declare function isChatMessageInThreadEventBase(value: unknown): value is ChatMessageInThreadEventBase;
/**
* Validates a ChatMessageMetadata, reporting every error.
*
* A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
*/
export declare function validateChatMessageMetadata(value: unknown, options?: ValidateOptions): ValidationResult<ChatMessageMetadata>;
/**
* Whether a value is a valid ChatMessageMetadata.
*
* A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
*/
export declare function isChatMessageMetadata(value: unknown): value is ChatMessageMetadata;
/**
* Validates a ChatParticipant, reporting every error.
*
* A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it.
*/
export declare function validateChatParticipant(value: unknown, options?: ValidateOptions): ValidationResult<ChatParticipant>;
/**
* Whether a value is a valid ChatParticipant.
*
* A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it.
*/
export declare function isChatParticipant(value: unknown): value is ChatParticipant;
/**
* Validates a ChatThreadMember, reporting every error.
*
* A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
*/
export declare function validateChatThreadMember(value: unknown, options?: ValidateOptions): ValidationResult<ChatThreadMember>;
/**
* Whether a value is a valid ChatThreadMember.
*
* A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
*/
export declare function isChatThreadMember(value: unknown): value is ChatThreadMember;
/**
* Validates a ChatThreadMetadata, reporting every error.
*
* A chat thread's metadata, a map of strings (the REST API spec gives it to ChatThreadCreated(WithUser) and ChatThreadPropertiesUpdated(PerUser); no docs sample shows it).
*/
export declare function validateChatThreadMetadata(value: unknown, options?: ValidateOptions): ValidationResult<ChatThreadMetadata>;
/**
* Whether a value is a valid ChatThreadMetadata.
*
* A chat thread's metadata, a map of strings (the REST API spec gives it to ChatThreadCreated(WithUser) and ChatThreadPropertiesUpdated(PerUser); no docs sample shows it).
*/
export declare function isChatThreadMetadata(value: unknown): value is ChatThreadMetadata;
/**
* Validates a ChatThreadProperties, reporting every error.
*
* The chat thread's properties; the docs show `topic`, the service may add others.
*/
export declare function validateChatThreadProperties(value: unknown, options?: ValidateOptions): ValidationResult<ChatThreadProperties>;
/**
* Whether a value is a valid ChatThreadProperties.
*
* The chat thread's properties; the docs show `topic`, the service may add others.
*/
export declare function isChatThreadProperties(value: unknown): value is ChatThreadProperties;
/**
* Validates a CommunicationIdentifier, reporting every error.
*
* Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel. `kind` and `microsoftTeamsApp` follow the same model (the REST API spec refers to it as ../../../../../communication/data-plane/Common/stable/2023-11-15/common.json#/definitions/CommunicationIdentifierModel, a file that is not among the catalog's sources, so these shapes are unverified here); of the docs samples only IncomingCall's carry `kind` ("communicationUser").
*/
export declare function validateCommunicationIdentifier(value: unknown, options?: ValidateOptions): ValidationResult<CommunicationIdentifier>;
/**
* Whether a value is a valid CommunicationIdentifier.
*
* Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel. `kind` and `microsoftTeamsApp` follow the same model (the REST API spec refers to it as ../../../../../communication/data-plane/Common/stable/2023-11-15/common.json#/definitions/CommunicationIdentifierModel, a file that is not among the catalog's sources, so these shapes are unverified here); of the docs samples only IncomingCall's carry `kind` ("communicationUser").
*/
export declare function isCommunicationIdentifier(value: unknown): value is CommunicationIdentifier;
/**
* Validates a CommunicationUserIdentifier, reporting every error.
*
* An Azure Communication Services user.
*/
export declare function validateCommunicationUserIdentifier(value: unknown, options?: ValidateOptions): ValidationResult<CommunicationUserIdentifier>;
/**
* Whether a value is a valid CommunicationUserIdentifier.
*
* An Azure Communication Services user.
*/
export declare function isCommunicationUserIdentifier(value: unknown): value is CommunicationUserIdentifier;
/**
* Validates a EmailDeliveryStatusDetails, reporting every error.
*
* Details of an email delivery status (the spec's AcsEmailDeliveryReportStatusDetails).
*/
export declare function validateEmailDeliveryStatusDetails(value: unknown, options?: ValidateOptions): ValidationResult<EmailDeliveryStatusDetails>;
/**
* Whether a value is a valid EmailDeliveryStatusDetails.
*
* Details of an email delivery status (the spec's AcsEmailDeliveryReportStatusDetails).
*/
export declare function isEmailDeliveryStatusDetails(value: unknown): value is EmailDeliveryStatusDetails;
/**
* Validates a IncomingCallCustomContext, reporting every error.
*
* Custom context of an incoming call (the spec's AcsIncomingCallCustomContext).
*/
export declare function validateIncomingCallCustomContext(value: unknown, options?: ValidateOptions): ValidationResult<IncomingCallCustomContext>;
/**
* Whether a value is a valid IncomingCallCustomContext.
*
* Custom context of an incoming call (the spec's AcsIncomingCallCustomContext).
*/
export declare function isIncomingCallCustomContext(value: unknown): value is IncomingCallCustomContext;
/**
* Validates a MicrosoftTeamsAppIdentifier, reporting every error.
*
* A Microsoft Teams application, e.g. a Teams Voice App (not seen in the docs samples; the Azure SDK's MicrosoftTeamsAppIdentifierModel, from the external common.json the REST API spec refers to).
*/
export declare function validateMicrosoftTeamsAppIdentifier(value: unknown, options?: ValidateOptions): ValidationResult<MicrosoftTeamsAppIdentifier>;
/**
* Whether a value is a valid MicrosoftTeamsAppIdentifier.
*
* A Microsoft Teams application, e.g. a Teams Voice App (not seen in the docs samples; the Azure SDK's MicrosoftTeamsAppIdentifierModel, from the external common.json the REST API spec refers to).
*/
export declare function isMicrosoftTeamsAppIdentifier(value: unknown): value is MicrosoftTeamsAppIdentifier;
/**
* Validates a MicrosoftTeamsUserIdentifier, reporting every error.
*
* A Microsoft Teams user (not seen in the docs samples; Azure SDK shape).
*/
export declare function validateMicrosoftTeamsUserIdentifier(value: unknown, options?: ValidateOptions): ValidationResult<MicrosoftTeamsUserIdentifier>;
/**
* Whether a value is a valid MicrosoftTeamsUserIdentifier.
*
* A Microsoft Teams user (not seen in the docs samples; Azure SDK shape).
*/
export declare function isMicrosoftTeamsUserIdentifier(value: unknown): value is MicrosoftTeamsUserIdentifier;
/**
* Validates a PhoneNumberIdentifier, reporting every error.
*
* A phone number (not seen in the docs samples; Azure SDK shape).
*/
export declare function validatePhoneNumberIdentifier(value: unknown, options?: ValidateOptions): ValidationResult<PhoneNumberIdentifier>;
/**
* Whether a value is a valid PhoneNumberIdentifier.
*
* A phone number (not seen in the docs samples; Azure SDK shape).
*/
export declare function isPhoneNumberIdentifier(value: unknown): value is PhoneNumberIdentifier;
/**
* Validates a RecordingChunkInfo, reporting every error.
*
* One stored chunk of a call recording (the spec's AcsRecordingChunkInfoProperties).
*/
export declare function validateRecordingChunkInfo(value: unknown, options?: ValidateOptions): ValidationResult<RecordingChunkInfo>;
/**
* Whether a value is a valid RecordingChunkInfo.
*
* One stored chunk of a call recording (the spec's AcsRecordingChunkInfoProperties).
*/
export declare function isRecordingChunkInfo(value: unknown): value is RecordingChunkInfo;
/**
* Validates a RecordingStorageInfo, reporting every error.
*
* Where a call recording is stored (the spec's AcsRecordingStorageInfoProperties).
*/
export declare function validateRecordingStorageInfo(value: unknown, options?: ValidateOptions): ValidationResult<RecordingStorageInfo>;
/**
* Whether a value is a valid RecordingStorageInfo.
*
* Where a call recording is stored (the spec's AcsRecordingStorageInfoProperties).
*/
export declare function isRecordingStorageInfo(value: unknown): value is RecordingStorageInfo;
/**
* Validates a RouterChannelConfiguration, reporting every error.
*
* A worker's capacity on one channel.
*/
export declare function validateRouterChannelConfiguration(value: unknown, options?: ValidateOptions): ValidationResult<RouterChannelConfiguration>;
/**
* Whether a value is a valid RouterChannelConfiguration.
*
* A worker's capacity on one channel.
*/
export declare function isRouterChannelConfiguration(value: unknown): value is RouterChannelConfiguration;
/**
* Validates a RouterCommunicationError, reporting every error.
*
* An error Job Router reports, with optional nested detail (OData error shape).
*/
export declare function validateRouterCommunicationError(value: unknown, options?: ValidateOptions): ValidationResult<RouterCommunicationError>;
/**
* Whether a value is a valid RouterCommunicationError.
*
* An error Job Router reports, with optional nested detail (OData error shape).
*/
export declare function isRouterCommunicationError(value: unknown): value is RouterCommunicationError;
/**
* Validates a RouterEventBase, reporting every error.
*
* What every Job Router job and offer event carries: the job and its channel.
*/
export declare function validateRouterEventBase(value: unknown, options?: ValidateOptions): ValidationResult<RouterEventBase>;
/**
* Whether a value is a valid RouterEventBase.
*
* What every Job Router job and offer event carries: the job and its channel.
*/
export declare function isRouterEventBase(value: unknown): value is RouterEventBase;
/**
* Validates a RouterJobEventBase, reporting every error.
*
* What every RouterJob* event carries: the job, its channel and queue, labels and tags.
*/
export declare function validateRouterJobEventBase(value: unknown, options?: ValidateOptions): ValidationResult<RouterJobEventBase>;
/**
* Whether a value is a valid RouterJobEventBase.
*
* What every RouterJob* event carries: the job, its channel and queue, labels and tags.
*/
export declare function isRouterJobEventBase(value: unknown): value is RouterJobEventBase;
/**
* Validates a RouterLabels, reporting every error.
*
* Labels or tags of a Job Router job, worker or queue: a map from a key to a scalar value. The docs type them Dictionary<string, object> and the Job Router API accepts string, number and boolean values; the REST API spec narrows the values to strings (every docs sample shows strings).
*/
export declare function validateRouterLabels(value: unknown, options?: ValidateOptions): ValidationResult<RouterLabels>;
/**
* Whether a value is a valid RouterLabels.
*
* Labels or tags of a Job Router job, worker or queue: a map from a key to a scalar value. The docs type them Dictionary<string, object> and the Job Router API accepts string, number and boolean values; the REST API spec narrows the values to strings (every docs sample shows strings).
*/
export declare function isRouterLabels(value: unknown): value is RouterLabels;
/**
* Validates a RouterQueueDetails, reporting every error.
*
* A Job Router queue: its id, name and labels.
*/
export declare function validateRouterQueueDetails(value: unknown, options?: ValidateOptions): ValidationResult<RouterQueueDetails>;
/**
* Whether a value is a valid RouterQueueDetails.
*
* A Job Router queue: its id, name and labels.
*/
export declare function isRouterQueueDetails(value: unknown): value is RouterQueueDetails;
/**
* Validates a RouterWorker, reporting every error.
*
* A Job Router worker's state: capacity, queues, channels, labels and tags, as RouterWorkerRegistered, RouterWorkerDeleted and RouterWorkerUpdated give it.
*/
export declare function validateRouterWorker(value: unknown, options?: ValidateOptions): ValidationResult<RouterWorker>;
/**
* Whether a value is a valid RouterWorker.
*
* A Job Router worker's state: capacity, queues, channels, labels and tags, as RouterWorkerRegistered, RouterWorkerDeleted and RouterWorkerUpdated give it.
*/
export declare function isRouterWorker(value: unknown): value is RouterWorker;
/**
* Validates a RouterWorkerEventBase, reporting every error.
*
* What every RouterWorkerOffer* event carries: the job, its channel and the worker.
*/
export declare function validateRouterWorkerEventBase(value: unknown, options?: ValidateOptions): ValidationResult<RouterWorkerEventBase>;
/**
* Whether a value is a valid RouterWorkerEventBase.
*
* What every RouterWorkerOffer* event carries: the job, its channel and the worker.
*/
export declare function isRouterWorkerEventBase(value: unknown): value is RouterWorkerEventBase;
/**
* Validates a RouterWorkerSelector, reporting every error.
*
* A condition a worker must meet to be offered a job: the worker label `key` compared with `value` by `labelOperator`, optionally limited in time (`ttlSeconds`, `expirationTime`).
*/
export declare function validateRouterWorkerSelector(value: unknown, options?: ValidateOptions): ValidationResult<RouterWorkerSelector>;
/**
* Whether a value is a valid RouterWorkerSelector.
*
* A condition a worker must meet to be offered a job: the worker label `key` compared with `value` by `labelOperator`, optionally limited in time (`ttlSeconds`, `expirationTime`).
*/
export declare function isRouterWorkerSelector(value: unknown): value is RouterWorkerSelector;
/**
* Validates a SmsDeliveryAttempt, reporting every error.
*
* One attempt at delivering an SMS.
*/
export declare function validateSmsDeliveryAttempt(value: unknown, options?: ValidateOptions): ValidationResult<SmsDeliveryAttempt>;
/**
* Whether a value is a valid SmsDeliveryAttempt.
*
* One attempt at delivering an SMS.
*/
export declare function isSmsDeliveryAttempt(value: unknown): value is SmsDeliveryAttempt;
/**
* Validates the data of a Microsoft.Communication.AdvancedMessageAnalysisCompleted event, reporting every error.
*
* Published when Communication Services completes an AI analysis (intent, language, key phrases) of a customer's message, for resources that opted in to message analysis. Preview; the REST API spec has no definition for it.
*/
export declare function validateAcsAdvancedMessageAnalysisCompletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsAdvancedMessageAnalysisCompletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.AdvancedMessageAnalysisCompleted event.
*
* Published when Communication Services completes an AI analysis (intent, language, key phrases) of a customer's message, for resources that opted in to message analysis. Preview; the REST API spec has no definition for it.
*/
export declare function isAcsAdvancedMessageAnalysisCompletedEventData(value: unknown): value is AcsAdvancedMessageAnalysisCompletedEventData;
/**
* Validates the data of a Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated event, reporting every error.
*
* Published when Communication Services Advanced Messaging receives a status update (sent, delivered, read, failed …) for a message the business sent.
*/
export declare function validateAcsAdvancedMessageDeliveryStatusUpdatedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsAdvancedMessageDeliveryStatusUpdatedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated event.
*
* Published when Communication Services Advanced Messaging receives a status update (sent, delivered, read, failed …) for a message the business sent.
*/
export declare function isAcsAdvancedMessageDeliveryStatusUpdatedEventData(value: unknown): value is AcsAdvancedMessageDeliveryStatusUpdatedEventData;
/**
* Validates the data of a Microsoft.Communication.AdvancedMessageReceived event, reporting every error.
*
* Published when Communication Services Advanced Messaging receives a message (e.g. a WhatsApp user writes to a WhatsApp Business number connected to an Advanced Messaging channel).
*/
export declare function validateAcsAdvancedMessageReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsAdvancedMessageReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.AdvancedMessageReceived event.
*
* Published when Communication Services Advanced Messaging receives a message (e.g. a WhatsApp user writes to a WhatsApp Business number connected to an Advanced Messaging channel).
*/
export declare function isAcsAdvancedMessageReceivedEventData(value: unknown): value is AcsAdvancedMessageReceivedEventData;
/**
* Validates the data of a Microsoft.Communication.CallEnded event, reporting every error.
*
* Published when a call is ended.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsCallEndedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsCallEndedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.CallEnded event.
*
* Published when a call is ended.
*/
export declare function isAcsCallEndedEventData(value: unknown): value is AcsCallEndedEventData;
/**
* Validates the data of a Microsoft.Communication.CallParticipantAdded event, reporting every error.
*
* Published when a participant is added to a call.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsCallParticipantAddedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsCallParticipantAddedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.CallParticipantAdded event.
*
* Published when a participant is added to a call.
*/
export declare function isAcsCallParticipantAddedEventData(value: unknown): value is AcsCallParticipantAddedEventData;
/**
* Validates the data of a Microsoft.Communication.CallParticipantRemoved event, reporting every error.
*
* Published when a participant is removed from a call.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsCallParticipantRemovedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsCallParticipantRemovedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.CallParticipantRemoved event.
*
* Published when a participant is removed from a call.
*/
export declare function isAcsCallParticipantRemovedEventData(value: unknown): value is AcsCallParticipantRemovedEventData;
/**
* Validates the data of a Microsoft.Communication.CallStarted event, reporting every error.
*
* Published when a call is started.
*/
export declare function validateAcsCallStartedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsCallStartedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.CallStarted event.
*
* Published when a call is started.
*/
export declare function isAcsCallStartedEventData(value: unknown): value is AcsCallStartedEventData;
/**
* Validates the data of a Microsoft.Communication.ChatAzureBotCommandReceivedInThread event, reporting every error.
*
* Published when an Azure bot command is received in a chat thread (REST API spec only: no docs page lists it).
*/
export declare function validateAcsChatAzureBotCommandReceivedInThreadEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatAzureBotCommandReceivedInThreadEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatAzureBotCommandReceivedInThread event.
*
* Published when an Azure bot command is received in a chat thread (REST API spec only: no docs page lists it).
*/
export declare function isAcsChatAzureBotCommandReceivedInThreadEventData(value: unknown): value is AcsChatAzureBotCommandReceivedInThreadEventData;
/**
* Validates the data of a Microsoft.Communication.ChatMemberAddedToThreadWithUser event, reporting every error.
*
* Published when the user is added as member to a chat thread.
*
* @deprecated The service no longer sends Microsoft.Communication.ChatMemberAddedToThreadWithUser; see Microsoft.Communication.ChatParticipantAddedToThreadWithUser.
*/
export declare function validateAcsChatMemberAddedToThreadWithUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMemberAddedToThreadWithUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMemberAddedToThreadWithUser event.
*
* Published when the user is added as member to a chat thread.
*
* @deprecated The service no longer sends Microsoft.Communication.ChatMemberAddedToThreadWithUser; see Microsoft.Communication.ChatParticipantAddedToThreadWithUser.
*/
export declare function isAcsChatMemberAddedToThreadWithUserEventData(value: unknown): value is AcsChatMemberAddedToThreadWithUserEventData;
/**
* Validates the data of a Microsoft.Communication.ChatMemberRemovedFromThreadWithUser event, reporting every error.
*
* Published when the user is removed from a chat thread.
*
* @deprecated The service no longer sends Microsoft.Communication.ChatMemberRemovedFromThreadWithUser; see Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser.
*/
export declare function validateAcsChatMemberRemovedFromThreadWithUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMemberRemovedFromThreadWithUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMemberRemovedFromThreadWithUser event.
*
* Published when the user is removed from a chat thread.
*
* @deprecated The service no longer sends Microsoft.Communication.ChatMemberRemovedFromThreadWithUser; see Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser.
*/
export declare function isAcsChatMemberRemovedFromThreadWithUserEventData(value: unknown): value is AcsChatMemberRemovedFromThreadWithUserEventData;
/**
* Validates the data of a Microsoft.Communication.ChatMessageDeleted event, reporting every error.
*
* Published when a message is deleted in a chat thread that the user is member of.
*/
export declare function validateAcsChatMessageDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageDeleted event.
*
* Published when a message is deleted in a chat thread that the user is member of.
*/
export declare function isAcsChatMessageDeletedEventData(value: unknown): value is AcsChatMessageDeletedEventData;
/**
* Validates the data of a Microsoft.Communication.ChatMessageDeletedInThread event, reporting every error.
*
* Published when a message is deleted in  a chat thread
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsChatMessageDeletedInThreadEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageDeletedInThreadEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageDeletedInThread event.
*
* Published when a message is deleted in  a chat thread
*/
export declare function isAcsChatMessageDeletedInThreadEventData(value: unknown): value is AcsChatMessageDeletedInThreadEventData;
/**
* Validates the data of a Microsoft.Communication.ChatMessageEdited event, reporting every error.
*
* Published when a message is edited in a chat thread that the user is member of.
*/
export declare function validateAcsChatMessageEditedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageEditedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageEdited event.
*
* Published when a message is edited in a chat thread that the user is member of.
*/
export declare function isAcsChatMessageEditedEventData(value: unknown): value is AcsChatMessageEditedEventData;
/**
* Validates the data of a Microsoft.Communication.ChatMessageEditedInThread event, reporting every error.
*
* Published when a message is edited in a chat thread
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsChatMessageEditedInThreadEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageEditedInThreadEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageEditedInThread event.
*
* Published when a message is edited in a chat thread
*/
export declare function isAcsChatMessageEditedInThreadEventData(value: unknown): value is AcsChatMessageEditedInThreadEventData;
/**
* Validates the data of a Microsoft.Communication.ChatMessageReceived event, reporting every error.
*
* Published when a message is received for a user in a chat thread that she is member of.
*/
export declare function validateAcsChatMessageReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageReceived event.
*
* Published when a message is received for a user in a chat thread that she is member of.
*/
export declare function isAcsChatMessageReceivedEventData(value: unknown): value is AcsChatMessageReceivedEventData;
/**
* Validates the data of a Microsoft.Communication.ChatMessageReceivedInThread event, reporting every error.
*
* Published when a message is received in a chat thread
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsChatMessageReceivedInThreadEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageReceivedInThreadEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageReceivedInThread event.
*
* Published when a message is received in a chat thread
*/
export declare function isAcsChatMessageReceivedInThreadEventData(value: unknown): value is AcsChatMessageReceivedInThreadEventData;
/**
* Validates the data of a Microsoft.Communication.ChatParticipantAddedToThreadWithUser event, reporting every error.
*
* Published for a user when a new  participant is added to a chat thread, that the user is part of.
*/
export declare function validateAcsChatParticipantAddedToThreadWithUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatParticipantAddedToThreadWithUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatParticipantAddedToThreadWithUser event.
*
* Published for a user when a new  participant is added to a chat thread, that the user is part of.
*/
export declare function isAcsChatParticipantAddedToThreadWithUserEventData(value: unknown): value is AcsChatParticipantAddedToThreadWithUserEventData;
/**
* Validates the data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event, reporting every error.
*
* Published for a user when a participant is removed from a chat thread, that the user is part of.
*/
export declare function validateAcsChatParticipantRemovedFromThreadWithUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatParticipantRemovedFromThreadWithUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event.
*
* Published for a user when a participant is removed from a chat thread, that the user is part of.
*/
export declare function isAcsChatParticipantRemovedFromThreadWithUserEventData(value: unknown): value is AcsChatParticipantRemovedFromThreadWithUserEventData;
/**
* Validates the data of a Microsoft.Communication.ChatThreadCreated event, reporting every error.
*
* Published when a chat thread is created
*/
export declare function validateAcsChatThreadCreatedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadCreatedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadCreated event.
*
* Published when a chat thread is created
*/
export declare function isAcsChatThreadCreatedEventData(value: unknown): value is AcsChatThreadCreatedEventData;
/**
* Validates the data of a Microsoft.Communication.ChatThreadCreatedWithUser event, reporting every error.
*
* Published when the user is added as member at the time of creation of a chat thread.
*/
export declare function validateAcsChatThreadCreatedWithUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadCreatedWithUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadCreatedWithUser event.
*
* Published when the user is added as member at the time of creation of a chat thread.
*/
export declare function isAcsChatThreadCreatedWithUserEventData(value: unknown): value is AcsChatThreadCreatedWithUserEventData;
/**
* Validates the data of a Microsoft.Communication.ChatThreadDeleted event, reporting every error.
*
* Published when a chat thread is deleted
*/
export declare function validateAcsChatThreadDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadDeleted event.
*
* Published when a chat thread is deleted
*/
export declare function isAcsChatThreadDeletedEventData(value: unknown): value is AcsChatThreadDeletedEventData;
/**
* Validates the data of a Microsoft.Communication.ChatThreadParticipantAdded event, reporting every error.
*
* Published when a new participant is added to a chat thread
*/
export declare function validateAcsChatThreadParticipantAddedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadParticipantAddedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantAdded event.
*
* Published when a new participant is added to a chat thread
*/
export declare function isAcsChatThreadParticipantAddedEventData(value: unknown): value is AcsChatThreadParticipantAddedEventData;
/**
* Validates the data of a Microsoft.Communication.ChatThreadParticipantRemoved event, reporting every error.
*
* Published when a participant is removed from a chat thread.
*/
export declare function validateAcsChatThreadParticipantRemovedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadParticipantRemovedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantRemoved event.
*
* Published when a participant is removed from a chat thread.
*/
export declare function isAcsChatThreadParticipantRemovedEventData(value: unknown): value is AcsChatThreadParticipantRemovedEventData;
/**
* Validates the data of a Microsoft.Communication.ChatThreadPropertiesUpdated event, reporting every error.
*
* Published when a chat thread's properties like topic are updated.
*/
export declare function validateAcsChatThreadPropertiesUpdatedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadPropertiesUpdatedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadPropertiesUpdated event.
*
* Published when a chat thread's properties like topic are updated.
*/
export declare function isAcsChatThreadPropertiesUpdatedEventData(value: unknown): value is AcsChatThreadPropertiesUpdatedEventData;
/**
* Validates the data of a Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser event, reporting every error.
*
* Published when a chat thread's properties are updated that the user is member of.
*/
export declare function validateAcsChatThreadPropertiesUpdatedPerUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadPropertiesUpdatedPerUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser event.
*
* Published when a chat thread's properties are updated that the user is member of.
*/
export declare function isAcsChatThreadPropertiesUpdatedPerUserEventData(value: unknown): value is AcsChatThreadPropertiesUpdatedPerUserEventData;
/**
* Validates the data of a Microsoft.Communication.ChatThreadWithUserDeleted event, reporting every error.
*
* Published when a chat thread is deleted which the user is member of.
*/
export declare function validateAcsChatThreadWithUserDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadWithUserDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadWithUserDeleted event.
*
* Published when a chat thread is deleted which the user is member of.
*/
export declare function isAcsChatThreadWithUserDeletedEventData(value: unknown): value is AcsChatThreadWithUserDeletedEventData;
/**
* Validates the data of a Microsoft.Communication.ChatTypingIndicatorReceivedInThread event, reporting every error.
*
* Published when a typing indicator is received in a chat thread (REST API spec only: no docs page lists it).
*/
export declare function validateAcsChatTypingIndicatorReceivedInThreadEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatTypingIndicatorReceivedInThreadEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatTypingIndicatorReceivedInThread event.
*
* Published when a typing indicator is received in a chat thread (REST API spec only: no docs page lists it).
*/
export declare function isAcsChatTypingIndicatorReceivedInThreadEventData(value: unknown): value is AcsChatTypingIndicatorReceivedInThreadEventData;
/**
* Validates the data of a Microsoft.Communication.EmailDeliveryReportReceived event, reporting every error.
*
* Published when a delivery report is received for an email sent by the Communication Service.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsEmailDeliveryReportReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsEmailDeliveryReportReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.EmailDeliveryReportReceived event.
*
* Published when a delivery report is received for an email sent by the Communication Service.
*/
export declare function isAcsEmailDeliveryReportReceivedEventData(value: unknown): value is AcsEmailDeliveryReportReceivedEventData;
/**
* Validates the data of a Microsoft.Communication.EmailEngagementTrackingReportReceived event, reporting every error.
*
* Published when an email sent is opened, or a link in it is clicked (when engagement tracking is on).
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsEmailEngagementTrackingReportReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsEmailEngagementTrackingReportReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.EmailEngagementTrackingReportReceived event.
*
* Published when an email sent is opened, or a link in it is clicked (when engagement tracking is on).
*/
export declare function isAcsEmailEngagementTrackingReportReceivedEventData(value: unknown): value is AcsEmailEngagementTrackingReportReceivedEventData;
/**
* Validates the data of a Microsoft.Communication.IncomingCall event, reporting every error.
*
* Published when there is an incoming call to a Communication Services user or phone number (Call Automation answers it with incomingCallContext).
*/
export declare function validateAcsIncomingCallEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsIncomingCallEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.IncomingCall event.
*
* Published when there is an incoming call to a Communication Services user or phone number (Call Automation answers it with incomingCallContext).
*/
export declare function isAcsIncomingCallEventData(value: unknown): value is AcsIncomingCallEventData;
/**
* Validates the data of a Microsoft.Communication.InstantMessageDeleted event, reporting every error.
*
* Published when a chat instant message is deleted by a Communication Services user.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageDeleted; see Microsoft.Communication.ChatMessageDeleted.
*/
export declare function validateAcsInstantMessageDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsInstantMessageDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.InstantMessageDeleted event.
*
* Published when a chat instant message is deleted by a Communication Services user.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageDeleted; see Microsoft.Communication.ChatMessageDeleted.
*/
export declare function isAcsInstantMessageDeletedEventData(value: unknown): value is AcsInstantMessageDeletedEventData;
/**
* Validates the data of a Microsoft.Communication.InstantMessageEdited event, reporting every error.
*
* Published when a chat instant message is edited by a Communication Services user.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
*/
export declare function validateAcsInstantMessageEditedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsInstantMessageEditedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.InstantMessageEdited event.
*
* Published when a chat instant message is edited by a Communication Services user.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
*/
export declare function isAcsInstantMessageEditedEventData(value: unknown): value is AcsInstantMessageEditedEventData;
/**
* Validates the data of a Microsoft.Communication.InstantMessageReceived event, reporting every error.
*
* Published when a chat instant message is received by a Communication Services user.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageReceived; see Microsoft.Communication.ChatMessageReceived.
*/
export declare function validateAcsInstantMessageReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsInstantMessageReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.InstantMessageReceived event.
*
* Published when a chat instant message is received by a Communication Services user.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageReceived; see Microsoft.Communication.ChatMessageReceived.
*/
export declare function isAcsInstantMessageReceivedEventData(value: unknown): value is AcsInstantMessageReceivedEventData;
/**
* Validates the data of a Microsoft.Communication.RecordingFileStatusUpdated event, reporting every error.
*
* Published when a call recording file is available.
*/
export declare function validateAcsRecordingFileStatusUpdatedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRecordingFileStatusUpdatedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RecordingFileStatusUpdated event.
*
* Published when a call recording file is available.
*/
export declare function isAcsRecordingFileStatusUpdatedEventData(value: unknown): value is AcsRecordingFileStatusUpdatedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobCancelled event, reporting every error.
*
* Published when a job was canceled.
*/
export declare function validateAcsRouterJobCancelledEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobCancelledEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobCancelled event.
*
* Published when a job was canceled.
*/
export declare function isAcsRouterJobCancelledEventData(value: unknown): value is AcsRouterJobCancelledEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobClassificationFailed event, reporting every error.
*
* Published when Job Router failed to classify a job using its classification policy.
*/
export declare function validateAcsRouterJobClassificationFailedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobClassificationFailedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobClassificationFailed event.
*
* Published when Job Router failed to classify a job using its classification policy.
*/
export declare function isAcsRouterJobClassificationFailedEventData(value: unknown): value is AcsRouterJobClassificationFailedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobClassified event, reporting every error.
*
* Published when the classification policy was applied to a job.
*/
export declare function validateAcsRouterJobClassifiedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobClassifiedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobClassified event.
*
* Published when the classification policy was applied to a job.
*/
export declare function isAcsRouterJobClassifiedEventData(value: unknown): value is AcsRouterJobClassifiedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobClosed event, reporting every error.
*
* Published when a job was closed and wrap-up is finished.
*/
export declare function validateAcsRouterJobClosedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobClosedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobClosed event.
*
* Published when a job was closed and wrap-up is finished.
*/
export declare function isAcsRouterJobClosedEventData(value: unknown): value is AcsRouterJobClosedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobCompleted event, reporting every error.
*
* Published when a job was completed and enters wrap-up.
*/
export declare function validateAcsRouterJobCompletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobCompletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobCompleted event.
*
* Published when a job was completed and enters wrap-up.
*/
export declare function isAcsRouterJobCompletedEventData(value: unknown): value is AcsRouterJobCompletedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobDeleted event, reporting every error.
*
* Published when a job has been deleted.
*/
export declare function validateAcsRouterJobDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobDeleted event.
*
* Published when a job has been deleted.
*/
export declare function isAcsRouterJobDeletedEventData(value: unknown): value is AcsRouterJobDeletedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobExceptionTriggered event, reporting every error.
*
* Published when a job exception rule has been triggered.
*/
export declare function validateAcsRouterJobExceptionTriggeredEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobExceptionTriggeredEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobExceptionTriggered event.
*
* Published when a job exception rule has been triggered.
*/
export declare function isAcsRouterJobExceptionTriggeredEventData(value: unknown): value is AcsRouterJobExceptionTriggeredEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobQueued event, reporting every error.
*
* Published when a job has been successfully enqueued.
*/
export declare function validateAcsRouterJobQueuedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobQueuedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobQueued event.
*
* Published when a job has been successfully enqueued.
*/
export declare function isAcsRouterJobQueuedEventData(value: unknown): value is AcsRouterJobQueuedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobReceived event, reporting every error.
*
* Published when a new job was created for routing.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsRouterJobReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobReceived event.
*
* Published when a new job was created for routing.
*/
export declare function isAcsRouterJobReceivedEventData(value: unknown): value is AcsRouterJobReceivedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobSchedulingFailed event, reporting every error.
*
* Published when a scheduled job was requested but Job Router failed to schedule it.
*/
export declare function validateAcsRouterJobSchedulingFailedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobSchedulingFailedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobSchedulingFailed event.
*
* Published when a scheduled job was requested but Job Router failed to schedule it.
*/
export declare function isAcsRouterJobSchedulingFailedEventData(value: unknown): value is AcsRouterJobSchedulingFailedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobUnassigned event, reporting every error.
*
* Published when an already assigned job has been unassigned from a worker.
*/
export declare function validateAcsRouterJobUnassignedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobUnassignedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobUnassigned event.
*
* Published when an already assigned job has been unassigned from a worker.
*/
export declare function isAcsRouterJobUnassignedEventData(value: unknown): value is AcsRouterJobUnassignedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobWaitingForActivation event, reporting every error.
*
* Published when a scheduled job's requested time has arrived and Job Router waits for the application to act on the job.
*/
export declare function validateAcsRouterJobWaitingForActivationEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobWaitingForActivationEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobWaitingForActivation event.
*
* Published when a scheduled job's requested time has arrived and Job Router waits for the application to act on the job.
*/
export declare function isAcsRouterJobWaitingForActivationEventData(value: unknown): value is AcsRouterJobWaitingForActivationEventData;
/**
* Validates the data of a Microsoft.Communication.RouterJobWorkerSelectorsExpired event, reporting every error.
*
* Published when one or more worker selectors on a job have expired.
*/
export declare function validateAcsRouterJobWorkerSelectorsExpiredEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobWorkerSelectorsExpiredEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobWorkerSelectorsExpired event.
*
* Published when one or more worker selectors on a job have expired.
*/
export declare function isAcsRouterJobWorkerSelectorsExpiredEventData(value: unknown): value is AcsRouterJobWorkerSelectorsExpiredEventData;
/**
* Validates the data of a Microsoft.Communication.RouterWorkerDeleted event, reporting every error.
*
* Published when a worker has been deleted.
*/
export declare function validateAcsRouterWorkerDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerDeleted event.
*
* Published when a worker has been deleted.
*/
export declare function isAcsRouterWorkerDeletedEventData(value: unknown): value is AcsRouterWorkerDeletedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterWorkerDeregistered event, reporting every error.
*
* Published when a worker has been deregistered (its status changed from active to inactive or draining).
*/
export declare function validateAcsRouterWorkerDeregisteredEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerDeregisteredEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerDeregistered event.
*
* Published when a worker has been deregistered (its status changed from active to inactive or draining).
*/
export declare function isAcsRouterWorkerDeregisteredEventData(value: unknown): value is AcsRouterWorkerDeregisteredEventData;
/**
* Validates the data of a Microsoft.Communication.RouterWorkerOfferAccepted event, reporting every error.
*
* Published when an offer to a worker was accepted.
*/
export declare function validateAcsRouterWorkerOfferAcceptedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerOfferAcceptedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferAccepted event.
*
* Published when an offer to a worker was accepted.
*/
export declare function isAcsRouterWorkerOfferAcceptedEventData(value: unknown): value is AcsRouterWorkerOfferAcceptedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterWorkerOfferDeclined event, reporting every error.
*
* Published when an offer to a worker was declined.
*/
export declare function validateAcsRouterWorkerOfferDeclinedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerOfferDeclinedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferDeclined event.
*
* Published when an offer to a worker was declined.
*/
export declare function isAcsRouterWorkerOfferDeclinedEventData(value: unknown): value is AcsRouterWorkerOfferDeclinedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterWorkerOfferExpired event, reporting every error.
*
* Published when an offer to a worker has expired.
*/
export declare function validateAcsRouterWorkerOfferExpiredEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerOfferExpiredEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferExpired event.
*
* Published when an offer to a worker has expired.
*/
export declare function isAcsRouterWorkerOfferExpiredEventData(value: unknown): value is AcsRouterWorkerOfferExpiredEventData;
/**
* Validates the data of a Microsoft.Communication.RouterWorkerOfferIssued event, reporting every error.
*
* Published when a job was offered to a worker.
*/
export declare function validateAcsRouterWorkerOfferIssuedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerOfferIssuedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferIssued event.
*
* Published when a job was offered to a worker.
*/
export declare function isAcsRouterWorkerOfferIssuedEventData(value: unknown): value is AcsRouterWorkerOfferIssuedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterWorkerOfferRevoked event, reporting every error.
*
* Published when an offer to a worker was revoked.
*/
export declare function validateAcsRouterWorkerOfferRevokedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerOfferRevokedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferRevoked event.
*
* Published when an offer to a worker was revoked.
*/
export declare function isAcsRouterWorkerOfferRevokedEventData(value: unknown): value is AcsRouterWorkerOfferRevokedEventData;
/**
* Validates the data of a Microsoft.Communication.RouterWorkerRegistered event, reporting every error.
*
* Published when a worker has been registered (its status changed from inactive or draining to active).
*/
export declare function validateAcsRouterWorkerRegisteredEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerRegisteredEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerRegistered event.
*
* Published when a worker has been registered (its status changed from inactive or draining to active).
*/
export declare function isAcsRouterWorkerRegisteredEventData(value: unknown): value is AcsRouterWorkerRegisteredEventData;
/**
* Validates the data of a Microsoft.Communication.RouterWorkerUpdated event, reporting every error.
*
* Published when a worker's properties were updated (defined by the REST API spec only; the docs page does not list it).
*/
export declare function validateAcsRouterWorkerUpdatedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerUpdatedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerUpdated event.
*
* Published when a worker's properties were updated (defined by the REST API spec only; the docs page does not list it).
*/
export declare function isAcsRouterWorkerUpdatedEventData(value: unknown): value is AcsRouterWorkerUpdatedEventData;
/**
* Validates the data of a Microsoft.Communication.SMSDeliveryReportReceived event, reporting every error.
*
* Published when a delivery report is received for an SMS sent by the Communication Service.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsSmsDeliveryReportReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsSmsDeliveryReportReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.SMSDeliveryReportReceived event.
*
* Published when a delivery report is received for an SMS sent by the Communication Service.
*/
export declare function isAcsSmsDeliveryReportReceivedEventData(value: unknown): value is AcsSmsDeliveryReportReceivedEventData;
/**
* Validates the data of a Microsoft.Communication.SMSReceived event, reporting every error.
*
* Published when an SMS is received by a phone number associated with the Communication Service.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsSmsReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsSmsReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.SMSReceived event.
*
* Published when an SMS is received by a phone number associated with the Communication Service.
*/
export declare function isAcsSmsReceivedEventData(value: unknown): value is AcsSmsReceivedEventData;
/**
* Validates the data of a Microsoft.Communication.UserDisconnected event, reporting every error.
*
* Published when a Communication Services user is designated as having disconnected from Communication Services (chat only).
*/
export declare function validateAcsUserDisconnectedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsUserDisconnectedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.UserDisconnected event.
*
* Published when a Communication Services user is designated as having disconnected from Communication Services (chat only).
*/
export declare function isAcsUserDisconnectedEventData(value: unknown): value is AcsUserDisconnectedEventData;
/**
* Validates an Event Grid envelope, reporting every error.
*
* An event in the Event Grid schema: id, subject, eventType, eventTime (RFC 3339), data and dataVersion are required; topic and metadataVersion are optional strings. `data` is not checked here: use dataValidators[eventType].
*/
export declare function validateEventGridEvent(value: unknown, options?: ValidateOptions): ValidationResult<EventGridEvent>;
/**
* Whether a value is a valid Event Grid envelope.
*
* An event in the Event Grid schema: id, subject, eventType, eventTime (RFC 3339), data and dataVersion are required; topic and metadataVersion are optional strings. `data` is not checked here: use dataValidators[eventType].
*/
export declare function isEventGridEvent(value: unknown): value is EventGridEvent;
/**
* Validates a CloudEvents 1.0 envelope, reporting every error.
*
* An event in the CloudEvents 1.0 JSON format: specversion "1.0", id, source and type are required; subject, datacontenttype and dataschema are optional strings, time an optional RFC 3339 date-time, data anything. `data` is not checked here: use dataValidators[type].
*/
export declare function validateCloudEvent(value: unknown, options?: ValidateOptions): ValidationResult<CloudEvent>;
/**
* Whether a value is a valid CloudEvents 1.0 envelope.
*
* An event in the CloudEvents 1.0 JSON format: specversion "1.0", id, source and type are required; subject, datacontenttype and dataschema are optional strings, time an optional RFC 3339 date-time, data anything. `data` is not checked here: use dataValidators[type].
*/
export declare function isCloudEvent(value: unknown): value is CloudEvent;
/** The data validator of every event type. */
export declare const dataValidators: { readonly [K in AcsEventType]: (value: unknown, options?: ValidateOptions) => ValidationResult<AcsEventDataMap[K]> };
/** The data type guard of every event type. */
export declare const dataGuards: { readonly [K in AcsEventType]: (value: unknown) => value is AcsEventDataMap[K] };
