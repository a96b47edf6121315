// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMemberAddedToThreadWithUserCloudEvent, AcsChatMemberAddedToThreadWithUserEvent, AcsChatMemberRemovedFromThreadWithUserCloudEvent, AcsChatMemberRemovedFromThreadWithUserEvent, AcsChatMessageDeletedCloudEvent, AcsChatMessageDeletedEvent, AcsChatMessageDeletedInThreadCloudEvent, AcsChatMessageDeletedInThreadEvent, AcsChatMessageEditedCloudEvent, AcsChatMessageEditedEvent, AcsChatMessageEditedInThreadCloudEvent, AcsChatMessageEditedInThreadEvent, AcsChatMessageReceivedCloudEvent, AcsChatMessageReceivedEvent, AcsChatMessageReceivedInThreadCloudEvent, AcsChatMessageReceivedInThreadEvent, AcsChatParticipantAddedToThreadWithUserCloudEvent, AcsChatParticipantAddedToThreadWithUserEvent, AcsChatParticipantRemovedFromThreadWithUserCloudEvent, AcsChatParticipantRemovedFromThreadWithUserEvent, AcsChatThreadCreatedCloudEvent, AcsChatThreadCreatedEvent, AcsChatThreadCreatedWithUserCloudEvent, AcsChatThreadCreatedWithUserEvent, AcsChatThreadDeletedCloudEvent, AcsChatThreadDeletedEvent, AcsChatThreadParticipantAddedCloudEvent, AcsChatThreadParticipantAddedEvent, AcsChatThreadParticipantRemovedCloudEvent, AcsChatThreadParticipantRemovedEvent, AcsChatThreadPropertiesUpdatedCloudEvent, AcsChatThreadPropertiesUpdatedEvent, AcsChatThreadPropertiesUpdatedPerUserCloudEvent, AcsChatThreadPropertiesUpdatedPerUserEvent, AcsChatThreadWithUserDeletedCloudEvent, AcsChatThreadWithUserDeletedEvent, AcsCloudEvent, AcsEvent, AcsEventDataMap, AcsEventType, AcsInstantMessageDeletedCloudEvent, AcsInstantMessageDeletedEvent, AcsInstantMessageEditedCloudEvent, AcsInstantMessageEditedEvent, AcsInstantMessageReceivedCloudEvent, AcsInstantMessageReceivedEvent, AcsSmsDeliveryReportReceivedCloudEvent, AcsSmsDeliveryReportReceivedEvent, AcsSmsReceivedCloudEvent, AcsSmsReceivedEvent, CloudEvent, EventGridEvent } from './types.js';
import { type DeepPartial, type FactoryOptions, type InvalidVariant } from './support/fixture-building.js';
export { DEFAULT_SEED, type DeepPartial, type FactoryOptions, type InvalidVariant, } from './support/fixture-building.js';
/**
 * The CloudEvents 1.0 form of an Event Grid event: `source` is the topic (or `options.source` when the
 * event has none), `type` the event type, `time` the event time; `data` is copied.
 */
export declare function makeCloudEvent<E extends AcsEvent>(event: E, options?: {
    source?: string;
}): Extract<AcsCloudEvent, {
    type: E['eventType'];
}>;
export declare function makeCloudEvent<TType extends string, TData>(event: EventGridEvent<TType, TData>, options?: {
    source?: string;
}): CloudEvent<TType, TData>;
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
/** A valid, realistic `Microsoft.Communication.InstantMessageDeleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export declare function makeAcsInstantMessageDeletedEvent(overrides?: DeepPartial<AcsInstantMessageDeletedEvent>, options?: FactoryOptions): AcsInstantMessageDeletedEvent;
/** A valid, realistic `Microsoft.Communication.InstantMessageEdited` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export declare function makeAcsInstantMessageEditedEvent(overrides?: DeepPartial<AcsInstantMessageEditedEvent>, options?: FactoryOptions): AcsInstantMessageEditedEvent;
/** A valid, realistic `Microsoft.Communication.InstantMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export declare function makeAcsInstantMessageReceivedEvent(overrides?: DeepPartial<AcsInstantMessageReceivedEvent>, options?: FactoryOptions): AcsInstantMessageReceivedEvent;
/** A valid, realistic `Microsoft.Communication.SMSDeliveryReportReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`/phonenumber/{phoneNumber}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsSmsDeliveryReportReceivedEvent(overrides?: DeepPartial<AcsSmsDeliveryReportReceivedEvent>, options?: FactoryOptions): AcsSmsDeliveryReportReceivedEvent;
/** A valid, realistic `Microsoft.Communication.SMSReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`/phonenumber/{phoneNumber}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsSmsReceivedEvent(overrides?: DeepPartial<AcsSmsReceivedEvent>, options?: FactoryOptions): AcsSmsReceivedEvent;
/** Every factory by event type. */
export declare const factories: {
    readonly [K in AcsEventType]: (overrides?: DeepPartial<EventGridEvent<K, AcsEventDataMap[K]>>, options?: FactoryOptions) => EventGridEvent<K, AcsEventDataMap[K]>;
};
/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2020-09 docs (line 258), corrected. Frozen. */
export declare const chatMemberAddedToThreadWithUser_2020_09: AcsChatMemberAddedToThreadWithUserEvent;
/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2020-09 docs (line 258), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMemberAddedToThreadWithUserCloudEvent_2020_09: AcsChatMemberAddedToThreadWithUserCloudEvent;
/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2021-02 docs (line 469), corrected. Frozen. */
export declare const chatMemberAddedToThreadWithUser_2021_02: AcsChatMemberAddedToThreadWithUserEvent;
/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2021-02 docs (line 469), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMemberAddedToThreadWithUserCloudEvent_2021_02: AcsChatMemberAddedToThreadWithUserCloudEvent;
/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2020-09 docs (line 283), corrected. Frozen. */
export declare const chatMemberRemovedFromThreadWithUser_2020_09: AcsChatMemberRemovedFromThreadWithUserEvent;
/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2020-09 docs (line 283), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMemberRemovedFromThreadWithUserCloudEvent_2020_09: AcsChatMemberRemovedFromThreadWithUserCloudEvent;
/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2021-02 docs (line 496), corrected. Frozen. */
export declare const chatMemberRemovedFromThreadWithUser_2021_02: AcsChatMemberRemovedFromThreadWithUserEvent;
/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2021-02 docs (line 496), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMemberRemovedFromThreadWithUserCloudEvent_2021_02: AcsChatMemberRemovedFromThreadWithUserCloudEvent;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2020-09 docs (line 156), corrected. Frozen. */
export declare const chatMessageDeleted_2020_09: AcsChatMessageDeletedEvent;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2020-09 docs (line 156), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedCloudEvent_2020_09: AcsChatMessageDeletedCloudEvent;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-02 docs (line 209), corrected. Frozen. */
export declare const chatMessageDeleted_2021_02: AcsChatMessageDeletedEvent;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-02 docs (line 209), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedCloudEvent_2021_02: AcsChatMessageDeletedCloudEvent;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-10 docs (line 132), corrected. Frozen. */
export declare const chatMessageDeleted_2021_10: AcsChatMessageDeletedEvent;
/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-10 docs (line 132), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedCloudEvent_2021_10: AcsChatMessageDeletedCloudEvent;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-02 docs (line 784), corrected. Frozen. */
export declare const chatMessageDeletedInThread_2021_02: AcsChatMessageDeletedInThreadEvent;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-02 docs (line 784), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedInThreadCloudEvent_2021_02: AcsChatMessageDeletedInThreadCloudEvent;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-10 docs (line 661), corrected. Frozen. */
export declare const chatMessageDeletedInThread_2021_10: AcsChatMessageDeletedInThreadEvent;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-10 docs (line 661), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedInThreadCloudEvent_2021_10: AcsChatMessageDeletedInThreadCloudEvent;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2020-09 docs (line 131), corrected. Frozen. */
export declare const chatMessageEdited_2020_09: AcsChatMessageEditedEvent;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2020-09 docs (line 131), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedCloudEvent_2020_09: AcsChatMessageEditedCloudEvent;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-02 docs (line 171), corrected. Frozen. */
export declare const chatMessageEdited_2021_02: AcsChatMessageEditedEvent;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-02 docs (line 171), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedCloudEvent_2021_02: AcsChatMessageEditedCloudEvent;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-10 docs (line 90), corrected. Frozen. */
export declare const chatMessageEdited_2021_10: AcsChatMessageEditedEvent;
/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-10 docs (line 90), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedCloudEvent_2021_10: AcsChatMessageEditedCloudEvent;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-02 docs (line 751), corrected. Frozen. */
export declare const chatMessageEditedInThread_2021_02: AcsChatMessageEditedInThreadEvent;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-02 docs (line 751), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedInThreadCloudEvent_2021_02: AcsChatMessageEditedInThreadCloudEvent;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-10 docs (line 624), corrected. Frozen. */
export declare const chatMessageEditedInThread_2021_10: AcsChatMessageEditedInThreadEvent;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-10 docs (line 624), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedInThreadCloudEvent_2021_10: AcsChatMessageEditedInThreadCloudEvent;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected. Frozen. */
export declare const chatMessageReceived_2020_09: AcsChatMessageReceivedEvent;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2020_09: AcsChatMessageReceivedCloudEvent;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected. Frozen. */
export declare const chatMessageReceived_2021_02: AcsChatMessageReceivedEvent;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2021_02: AcsChatMessageReceivedCloudEvent;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected. Frozen. */
export declare const chatMessageReceived_2021_10: AcsChatMessageReceivedEvent;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2021_10: AcsChatMessageReceivedCloudEvent;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-02 docs (line 720), corrected. Frozen. */
export declare const chatMessageReceivedInThread_2021_02: AcsChatMessageReceivedInThreadEvent;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-02 docs (line 720), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedInThreadCloudEvent_2021_02: AcsChatMessageReceivedInThreadCloudEvent;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-10 docs (line 589), corrected. Frozen. */
export declare const chatMessageReceivedInThread_2021_10: AcsChatMessageReceivedInThreadEvent;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-10 docs (line 589), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedInThreadCloudEvent_2021_10: AcsChatMessageReceivedInThreadCloudEvent;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-02 docs (line 348), corrected. Frozen. */
export declare const chatParticipantAddedToThreadWithUser_2021_02: AcsChatParticipantAddedToThreadWithUserEvent;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-02 docs (line 348), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantAddedToThreadWithUserCloudEvent_2021_02: AcsChatParticipantAddedToThreadWithUserCloudEvent;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-10 docs (line 271), corrected. Frozen. */
export declare const chatParticipantAddedToThreadWithUser_2021_10: AcsChatParticipantAddedToThreadWithUserEvent;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-10 docs (line 271), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantAddedToThreadWithUserCloudEvent_2021_10: AcsChatParticipantAddedToThreadWithUserCloudEvent;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-02 docs (line 389), corrected. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUser_2021_02: AcsChatParticipantRemovedFromThreadWithUserEvent;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-02 docs (line 389), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02: AcsChatParticipantRemovedFromThreadWithUserCloudEvent;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-10 docs (line 312), corrected. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUser_2021_10: AcsChatParticipantRemovedFromThreadWithUserEvent;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-10 docs (line 312), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10: AcsChatParticipantRemovedFromThreadWithUserCloudEvent;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-02 docs (line 523), corrected. Frozen. */
export declare const chatThreadCreated_2021_02: AcsChatThreadCreatedEvent;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-02 docs (line 523), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedCloudEvent_2021_02: AcsChatThreadCreatedCloudEvent;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-10 docs (line 392), corrected. Frozen. */
export declare const chatThreadCreated_2021_10: AcsChatThreadCreatedEvent;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-10 docs (line 392), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedCloudEvent_2021_10: AcsChatThreadCreatedCloudEvent;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2020-09 docs (line 180), corrected. Frozen. */
export declare const chatThreadCreatedWithUser_2020_09: AcsChatThreadCreatedWithUserEvent;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2020-09 docs (line 180), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedWithUserCloudEvent_2020_09: AcsChatThreadCreatedWithUserCloudEvent;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-02 docs (line 247), corrected. Frozen. */
export declare const chatThreadCreatedWithUser_2021_02: AcsChatThreadCreatedWithUserEvent;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-02 docs (line 247), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedWithUserCloudEvent_2021_02: AcsChatThreadCreatedWithUserCloudEvent;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-10 docs (line 170), corrected. Frozen. */
export declare const chatThreadCreatedWithUser_2021_10: AcsChatThreadCreatedWithUserEvent;
/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-10 docs (line 170), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedWithUserCloudEvent_2021_10: AcsChatThreadCreatedWithUserCloudEvent;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-02 docs (line 618), corrected. Frozen. */
export declare const chatThreadDeleted_2021_02: AcsChatThreadDeletedEvent;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-02 docs (line 618), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadDeletedCloudEvent_2021_02: AcsChatThreadDeletedCloudEvent;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-10 docs (line 487), corrected. Frozen. */
export declare const chatThreadDeleted_2021_10: AcsChatThreadDeletedEvent;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-10 docs (line 487), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadDeletedCloudEvent_2021_10: AcsChatThreadDeletedCloudEvent;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-02 docs (line 646), corrected. Frozen. */
export declare const chatThreadParticipantAdded_2021_02: AcsChatThreadParticipantAddedEvent;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-02 docs (line 646), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantAddedCloudEvent_2021_02: AcsChatThreadParticipantAddedCloudEvent;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-10 docs (line 515), corrected. Frozen. */
export declare const chatThreadParticipantAdded_2021_10: AcsChatThreadParticipantAddedEvent;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-10 docs (line 515), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantAddedCloudEvent_2021_10: AcsChatThreadParticipantAddedCloudEvent;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-02 docs (line 683), corrected. Frozen. */
export declare const chatThreadParticipantRemoved_2021_02: AcsChatThreadParticipantRemovedEvent;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-02 docs (line 683), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantRemovedCloudEvent_2021_02: AcsChatThreadParticipantRemovedCloudEvent;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-10 docs (line 552), corrected. Frozen. */
export declare const chatThreadParticipantRemoved_2021_10: AcsChatThreadParticipantRemovedEvent;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-10 docs (line 552), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantRemovedCloudEvent_2021_10: AcsChatThreadParticipantRemovedCloudEvent;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-02 docs (line 589), corrected. Frozen. */
export declare const chatThreadPropertiesUpdated_2021_02: AcsChatThreadPropertiesUpdatedEvent;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-02 docs (line 589), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedCloudEvent_2021_02: AcsChatThreadPropertiesUpdatedCloudEvent;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-10 docs (line 458), corrected. Frozen. */
export declare const chatThreadPropertiesUpdated_2021_10: AcsChatThreadPropertiesUpdatedEvent;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-10 docs (line 458), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedCloudEvent_2021_10: AcsChatThreadPropertiesUpdatedCloudEvent;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2020-09 docs (line 234), corrected. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUser_2020_09: AcsChatThreadPropertiesUpdatedPerUserEvent;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2020-09 docs (line 234), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUserCloudEvent_2020_09: AcsChatThreadPropertiesUpdatedPerUserCloudEvent;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-02 docs (line 431), corrected. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUser_2021_02: AcsChatThreadPropertiesUpdatedPerUserEvent;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-02 docs (line 431), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUserCloudEvent_2021_02: AcsChatThreadPropertiesUpdatedPerUserCloudEvent;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-10 docs (line 354), corrected. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUser_2021_10: AcsChatThreadPropertiesUpdatedPerUserEvent;
/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-10 docs (line 354), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10: AcsChatThreadPropertiesUpdatedPerUserCloudEvent;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2020-09 docs (line 213), corrected. Frozen. */
export declare const chatThreadWithUserDeleted_2020_09: AcsChatThreadWithUserDeletedEvent;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2020-09 docs (line 213), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadWithUserDeletedCloudEvent_2020_09: AcsChatThreadWithUserDeletedCloudEvent;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-02 docs (line 314), corrected. Frozen. */
export declare const chatThreadWithUserDeleted_2021_02: AcsChatThreadWithUserDeletedEvent;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-02 docs (line 314), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadWithUserDeletedCloudEvent_2021_02: AcsChatThreadWithUserDeletedCloudEvent;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-10 docs (line 237), corrected. Frozen. */
export declare const chatThreadWithUserDeleted_2021_10: AcsChatThreadWithUserDeletedEvent;
/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-10 docs (line 237), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadWithUserDeletedCloudEvent_2021_10: AcsChatThreadWithUserDeletedCloudEvent;
/** `Microsoft.Communication.InstantMessageDeleted` as published in the 2020-03 docs (line 198), corrected. Frozen. */
export declare const instantMessageDeleted_2020_03: AcsInstantMessageDeletedEvent;
/** `Microsoft.Communication.InstantMessageDeleted` as published in the 2020-03 docs (line 198), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const instantMessageDeletedCloudEvent_2020_03: AcsInstantMessageDeletedCloudEvent;
/** `Microsoft.Communication.InstantMessageEdited` as published in the 2020-03 docs (line 168), corrected. Frozen. */
export declare const instantMessageEdited_2020_03: AcsInstantMessageEditedEvent;
/** `Microsoft.Communication.InstantMessageEdited` as published in the 2020-03 docs (line 168), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const instantMessageEditedCloudEvent_2020_03: AcsInstantMessageEditedCloudEvent;
/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected. Frozen. */
export declare const instantMessageReceived_2020_03: AcsInstantMessageReceivedEvent;
/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const instantMessageReceivedCloudEvent_2020_03: AcsInstantMessageReceivedCloudEvent;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-03 docs (line 108), corrected. Frozen. */
export declare const smsDeliveryReportReceived_2020_03: AcsSmsDeliveryReportReceivedEvent;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-03 docs (line 108), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsDeliveryReportReceivedCloudEvent_2020_03: AcsSmsDeliveryReportReceivedCloudEvent;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-09 docs (line 60), corrected. Frozen. */
export declare const smsDeliveryReportReceived_2020_09: AcsSmsDeliveryReportReceivedEvent;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-09 docs (line 60), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsDeliveryReportReceivedCloudEvent_2020_09: AcsSmsDeliveryReportReceivedCloudEvent;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2021-02 docs (line 83), corrected. Frozen. */
export declare const smsDeliveryReportReceived_2021_02: AcsSmsDeliveryReportReceivedEvent;
/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2021-02 docs (line 83), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsDeliveryReportReceivedCloudEvent_2021_02: AcsSmsDeliveryReportReceivedCloudEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected. Frozen. */
export declare const smsReceived_2020_03: AcsSmsReceivedEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2020_03: AcsSmsReceivedCloudEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected. Frozen. */
export declare const smsReceived_2020_09: AcsSmsReceivedEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2020_09: AcsSmsReceivedCloudEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected. Frozen. */
export declare const smsReceived_2021_02: AcsSmsReceivedEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2021_02: AcsSmsReceivedCloudEvent;
/** Every docs sample by event type and docs version, in both envelopes. */
export declare const fixtures: {
    eventGrid: {
        'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
            '2020-09': AcsChatMemberAddedToThreadWithUserEvent;
            '2021-02': AcsChatMemberAddedToThreadWithUserEvent;
        };
        'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
            '2020-09': AcsChatMemberRemovedFromThreadWithUserEvent;
            '2021-02': AcsChatMemberRemovedFromThreadWithUserEvent;
        };
        'Microsoft.Communication.ChatMessageDeleted': {
            '2020-09': AcsChatMessageDeletedEvent;
            '2021-02': AcsChatMessageDeletedEvent;
            '2021-10': AcsChatMessageDeletedEvent;
        };
        'Microsoft.Communication.ChatMessageDeletedInThread': {
            '2021-02': AcsChatMessageDeletedInThreadEvent;
            '2021-10': AcsChatMessageDeletedInThreadEvent;
        };
        'Microsoft.Communication.ChatMessageEdited': {
            '2020-09': AcsChatMessageEditedEvent;
            '2021-02': AcsChatMessageEditedEvent;
            '2021-10': AcsChatMessageEditedEvent;
        };
        'Microsoft.Communication.ChatMessageEditedInThread': {
            '2021-02': AcsChatMessageEditedInThreadEvent;
            '2021-10': AcsChatMessageEditedInThreadEvent;
        };
        'Microsoft.Communication.ChatMessageReceived': {
            '2020-09': AcsChatMessageReceivedEvent;
            '2021-02': AcsChatMessageReceivedEvent;
            '2021-10': AcsChatMessageReceivedEvent;
        };
        'Microsoft.Communication.ChatMessageReceivedInThread': {
            '2021-02': AcsChatMessageReceivedInThreadEvent;
            '2021-10': AcsChatMessageReceivedInThreadEvent;
        };
        'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
            '2021-02': AcsChatParticipantAddedToThreadWithUserEvent;
            '2021-10': AcsChatParticipantAddedToThreadWithUserEvent;
        };
        'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
            '2021-02': AcsChatParticipantRemovedFromThreadWithUserEvent;
            '2021-10': AcsChatParticipantRemovedFromThreadWithUserEvent;
        };
        'Microsoft.Communication.ChatThreadCreated': {
            '2021-02': AcsChatThreadCreatedEvent;
            '2021-10': AcsChatThreadCreatedEvent;
        };
        'Microsoft.Communication.ChatThreadCreatedWithUser': {
            '2020-09': AcsChatThreadCreatedWithUserEvent;
            '2021-02': AcsChatThreadCreatedWithUserEvent;
            '2021-10': AcsChatThreadCreatedWithUserEvent;
        };
        'Microsoft.Communication.ChatThreadDeleted': {
            '2021-02': AcsChatThreadDeletedEvent;
            '2021-10': AcsChatThreadDeletedEvent;
        };
        'Microsoft.Communication.ChatThreadParticipantAdded': {
            '2021-02': AcsChatThreadParticipantAddedEvent;
            '2021-10': AcsChatThreadParticipantAddedEvent;
        };
        'Microsoft.Communication.ChatThreadParticipantRemoved': {
            '2021-02': AcsChatThreadParticipantRemovedEvent;
            '2021-10': AcsChatThreadParticipantRemovedEvent;
        };
        'Microsoft.Communication.ChatThreadPropertiesUpdated': {
            '2021-02': AcsChatThreadPropertiesUpdatedEvent;
            '2021-10': AcsChatThreadPropertiesUpdatedEvent;
        };
        'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
            '2020-09': AcsChatThreadPropertiesUpdatedPerUserEvent;
            '2021-02': AcsChatThreadPropertiesUpdatedPerUserEvent;
            '2021-10': AcsChatThreadPropertiesUpdatedPerUserEvent;
        };
        'Microsoft.Communication.ChatThreadWithUserDeleted': {
            '2020-09': AcsChatThreadWithUserDeletedEvent;
            '2021-02': AcsChatThreadWithUserDeletedEvent;
            '2021-10': AcsChatThreadWithUserDeletedEvent;
        };
        'Microsoft.Communication.InstantMessageDeleted': {
            '2020-03': AcsInstantMessageDeletedEvent;
        };
        'Microsoft.Communication.InstantMessageEdited': {
            '2020-03': AcsInstantMessageEditedEvent;
        };
        'Microsoft.Communication.InstantMessageReceived': {
            '2020-03': AcsInstantMessageReceivedEvent;
        };
        'Microsoft.Communication.SMSDeliveryReportReceived': {
            '2020-03': AcsSmsDeliveryReportReceivedEvent;
            '2020-09': AcsSmsDeliveryReportReceivedEvent;
            '2021-02': AcsSmsDeliveryReportReceivedEvent;
        };
        'Microsoft.Communication.SMSReceived': {
            '2020-03': AcsSmsReceivedEvent;
            '2020-09': AcsSmsReceivedEvent;
            '2021-02': AcsSmsReceivedEvent;
        };
    };
    cloudEvents: {
        'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
            '2020-09': AcsChatMemberAddedToThreadWithUserCloudEvent;
            '2021-02': AcsChatMemberAddedToThreadWithUserCloudEvent;
        };
        'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
            '2020-09': AcsChatMemberRemovedFromThreadWithUserCloudEvent;
            '2021-02': AcsChatMemberRemovedFromThreadWithUserCloudEvent;
        };
        'Microsoft.Communication.ChatMessageDeleted': {
            '2020-09': AcsChatMessageDeletedCloudEvent;
            '2021-02': AcsChatMessageDeletedCloudEvent;
            '2021-10': AcsChatMessageDeletedCloudEvent;
        };
        'Microsoft.Communication.ChatMessageDeletedInThread': {
            '2021-02': AcsChatMessageDeletedInThreadCloudEvent;
            '2021-10': AcsChatMessageDeletedInThreadCloudEvent;
        };
        'Microsoft.Communication.ChatMessageEdited': {
            '2020-09': AcsChatMessageEditedCloudEvent;
            '2021-02': AcsChatMessageEditedCloudEvent;
            '2021-10': AcsChatMessageEditedCloudEvent;
        };
        'Microsoft.Communication.ChatMessageEditedInThread': {
            '2021-02': AcsChatMessageEditedInThreadCloudEvent;
            '2021-10': AcsChatMessageEditedInThreadCloudEvent;
        };
        'Microsoft.Communication.ChatMessageReceived': {
            '2020-09': AcsChatMessageReceivedCloudEvent;
            '2021-02': AcsChatMessageReceivedCloudEvent;
            '2021-10': AcsChatMessageReceivedCloudEvent;
        };
        'Microsoft.Communication.ChatMessageReceivedInThread': {
            '2021-02': AcsChatMessageReceivedInThreadCloudEvent;
            '2021-10': AcsChatMessageReceivedInThreadCloudEvent;
        };
        'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
            '2021-02': AcsChatParticipantAddedToThreadWithUserCloudEvent;
            '2021-10': AcsChatParticipantAddedToThreadWithUserCloudEvent;
        };
        'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
            '2021-02': AcsChatParticipantRemovedFromThreadWithUserCloudEvent;
            '2021-10': AcsChatParticipantRemovedFromThreadWithUserCloudEvent;
        };
        'Microsoft.Communication.ChatThreadCreated': {
            '2021-02': AcsChatThreadCreatedCloudEvent;
            '2021-10': AcsChatThreadCreatedCloudEvent;
        };
        'Microsoft.Communication.ChatThreadCreatedWithUser': {
            '2020-09': AcsChatThreadCreatedWithUserCloudEvent;
            '2021-02': AcsChatThreadCreatedWithUserCloudEvent;
            '2021-10': AcsChatThreadCreatedWithUserCloudEvent;
        };
        'Microsoft.Communication.ChatThreadDeleted': {
            '2021-02': AcsChatThreadDeletedCloudEvent;
            '2021-10': AcsChatThreadDeletedCloudEvent;
        };
        'Microsoft.Communication.ChatThreadParticipantAdded': {
            '2021-02': AcsChatThreadParticipantAddedCloudEvent;
            '2021-10': AcsChatThreadParticipantAddedCloudEvent;
        };
        'Microsoft.Communication.ChatThreadParticipantRemoved': {
            '2021-02': AcsChatThreadParticipantRemovedCloudEvent;
            '2021-10': AcsChatThreadParticipantRemovedCloudEvent;
        };
        'Microsoft.Communication.ChatThreadPropertiesUpdated': {
            '2021-02': AcsChatThreadPropertiesUpdatedCloudEvent;
            '2021-10': AcsChatThreadPropertiesUpdatedCloudEvent;
        };
        'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
            '2020-09': AcsChatThreadPropertiesUpdatedPerUserCloudEvent;
            '2021-02': AcsChatThreadPropertiesUpdatedPerUserCloudEvent;
            '2021-10': AcsChatThreadPropertiesUpdatedPerUserCloudEvent;
        };
        'Microsoft.Communication.ChatThreadWithUserDeleted': {
            '2020-09': AcsChatThreadWithUserDeletedCloudEvent;
            '2021-02': AcsChatThreadWithUserDeletedCloudEvent;
            '2021-10': AcsChatThreadWithUserDeletedCloudEvent;
        };
        'Microsoft.Communication.InstantMessageDeleted': {
            '2020-03': AcsInstantMessageDeletedCloudEvent;
        };
        'Microsoft.Communication.InstantMessageEdited': {
            '2020-03': AcsInstantMessageEditedCloudEvent;
        };
        'Microsoft.Communication.InstantMessageReceived': {
            '2020-03': AcsInstantMessageReceivedCloudEvent;
        };
        'Microsoft.Communication.SMSDeliveryReportReceived': {
            '2020-03': AcsSmsDeliveryReportReceivedCloudEvent;
            '2020-09': AcsSmsDeliveryReportReceivedCloudEvent;
            '2021-02': AcsSmsDeliveryReportReceivedCloudEvent;
        };
        'Microsoft.Communication.SMSReceived': {
            '2020-03': AcsSmsReceivedCloudEvent;
            '2020-09': AcsSmsReceivedCloudEvent;
            '2021-02': AcsSmsReceivedCloudEvent;
        };
    };
};
/** One docs sample in both envelopes. */
export interface FixtureEntry {
    readonly eventType: AcsEventType;
    readonly docsVersion: string;
    readonly eventGrid: AcsEvent;
    readonly cloudEvent: AcsCloudEvent;
}
/** Every docs sample as one list, oldest docs version first within each event type. */
export declare const fixtureList: readonly FixtureEntry[];
/** For each event type, events that each break one rule of a valid factory event (default seed). */
export declare const invalidVariants: {
    readonly [K in AcsEventType]: readonly InvalidVariant[];
};
