// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMemberAddedToThreadWithUserCloudEvent, AcsChatMemberAddedToThreadWithUserEvent, AcsChatMemberRemovedFromThreadWithUserCloudEvent, AcsChatMemberRemovedFromThreadWithUserEvent, AcsChatMessageDeletedCloudEvent, AcsChatMessageDeletedEvent, AcsChatMessageDeletedInThreadCloudEvent, AcsChatMessageDeletedInThreadEvent, AcsChatMessageEditedCloudEvent, AcsChatMessageEditedEvent, AcsChatMessageEditedInThreadCloudEvent, AcsChatMessageEditedInThreadEvent, AcsChatMessageReceivedCloudEvent, AcsChatMessageReceivedEvent, AcsChatMessageReceivedInThreadCloudEvent, AcsChatMessageReceivedInThreadEvent, AcsChatParticipantAddedToThreadWithUserCloudEvent, AcsChatParticipantAddedToThreadWithUserEvent, AcsChatParticipantRemovedFromThreadWithUserCloudEvent, AcsChatParticipantRemovedFromThreadWithUserEvent, AcsChatThreadCreatedCloudEvent, AcsChatThreadCreatedEvent, AcsChatThreadCreatedWithUserCloudEvent, AcsChatThreadCreatedWithUserEvent, AcsChatThreadDeletedCloudEvent, AcsChatThreadDeletedEvent, AcsChatThreadParticipantAddedCloudEvent, AcsChatThreadParticipantAddedEvent, AcsChatThreadParticipantRemovedCloudEvent, AcsChatThreadParticipantRemovedEvent, AcsChatThreadPropertiesUpdatedCloudEvent, AcsChatThreadPropertiesUpdatedEvent, AcsChatThreadPropertiesUpdatedPerUserCloudEvent, AcsChatThreadPropertiesUpdatedPerUserEvent, AcsChatThreadWithUserDeletedCloudEvent, AcsChatThreadWithUserDeletedEvent, AcsCloudEvent, AcsEvent, AcsEventDataMap, AcsEventType, AcsInstantMessageDeletedCloudEvent, AcsInstantMessageDeletedEvent, AcsInstantMessageEditedCloudEvent, AcsInstantMessageEditedEvent, AcsInstantMessageReceivedCloudEvent, AcsInstantMessageReceivedEvent, AcsSmsDeliveryReportReceivedCloudEvent, AcsSmsDeliveryReportReceivedEvent, AcsSmsReceivedCloudEvent, AcsSmsReceivedEvent, CloudEvent, EventGridEvent } from './types.js';
import { type DeepPartial, type FactoryOptions, type InvalidVariant } from './support/fixture-building.js';
import { type DeepReadonly } from './support/plain-data.js';
export { DEFAULT_SEED, type DeepPartial, type FactoryOptions, type InvalidVariant, } from './support/fixture-building.js';
export type { DeepReadonly } from './support/plain-data.js';
/**
 * The CloudEvents 1.0 form of an Event Grid event: `source` is the topic (or `options.source` when the
 * event has none), `type` the event type, `time` the event time; `data` is copied.
 */
export declare function makeCloudEvent<E extends DeepReadonly<AcsEvent>>(event: E, options?: {
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
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-02 docs (line 784), corrected. Frozen. */
export declare const chatMessageDeletedInThread_2021_02: DeepReadonly<AcsChatMessageDeletedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-02 docs (line 784), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedInThreadCloudEvent_2021_02: DeepReadonly<AcsChatMessageDeletedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-10 docs (line 661), corrected. Frozen. */
export declare const chatMessageDeletedInThread_2021_10: DeepReadonly<AcsChatMessageDeletedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-10 docs (line 661), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageDeletedInThreadCloudEvent_2021_10: DeepReadonly<AcsChatMessageDeletedInThreadCloudEvent>;
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
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-02 docs (line 751), corrected. Frozen. */
export declare const chatMessageEditedInThread_2021_02: DeepReadonly<AcsChatMessageEditedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-02 docs (line 751), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedInThreadCloudEvent_2021_02: DeepReadonly<AcsChatMessageEditedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-10 docs (line 624), corrected. Frozen. */
export declare const chatMessageEditedInThread_2021_10: DeepReadonly<AcsChatMessageEditedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-10 docs (line 624), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageEditedInThreadCloudEvent_2021_10: DeepReadonly<AcsChatMessageEditedInThreadCloudEvent>;
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
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-02 docs (line 720), corrected. Frozen. */
export declare const chatMessageReceivedInThread_2021_02: DeepReadonly<AcsChatMessageReceivedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-02 docs (line 720), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedInThreadCloudEvent_2021_02: DeepReadonly<AcsChatMessageReceivedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-10 docs (line 589), corrected. Frozen. */
export declare const chatMessageReceivedInThread_2021_10: DeepReadonly<AcsChatMessageReceivedInThreadEvent>;
/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-10 docs (line 589), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedInThreadCloudEvent_2021_10: DeepReadonly<AcsChatMessageReceivedInThreadCloudEvent>;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-02 docs (line 348), corrected. Frozen. */
export declare const chatParticipantAddedToThreadWithUser_2021_02: DeepReadonly<AcsChatParticipantAddedToThreadWithUserEvent>;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-02 docs (line 348), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantAddedToThreadWithUserCloudEvent_2021_02: DeepReadonly<AcsChatParticipantAddedToThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-10 docs (line 271), corrected. Frozen. */
export declare const chatParticipantAddedToThreadWithUser_2021_10: DeepReadonly<AcsChatParticipantAddedToThreadWithUserEvent>;
/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-10 docs (line 271), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantAddedToThreadWithUserCloudEvent_2021_10: DeepReadonly<AcsChatParticipantAddedToThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-02 docs (line 389), corrected. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUser_2021_02: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserEvent>;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-02 docs (line 389), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-10 docs (line 312), corrected. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUser_2021_10: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserEvent>;
/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-10 docs (line 312), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserCloudEvent>;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-02 docs (line 523), corrected. Frozen. */
export declare const chatThreadCreated_2021_02: DeepReadonly<AcsChatThreadCreatedEvent>;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-02 docs (line 523), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedCloudEvent_2021_02: DeepReadonly<AcsChatThreadCreatedCloudEvent>;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-10 docs (line 392), corrected. Frozen. */
export declare const chatThreadCreated_2021_10: DeepReadonly<AcsChatThreadCreatedEvent>;
/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-10 docs (line 392), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadCreatedCloudEvent_2021_10: DeepReadonly<AcsChatThreadCreatedCloudEvent>;
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
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-02 docs (line 618), corrected. Frozen. */
export declare const chatThreadDeleted_2021_02: DeepReadonly<AcsChatThreadDeletedEvent>;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-02 docs (line 618), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadDeletedCloudEvent_2021_02: DeepReadonly<AcsChatThreadDeletedCloudEvent>;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-10 docs (line 487), corrected. Frozen. */
export declare const chatThreadDeleted_2021_10: DeepReadonly<AcsChatThreadDeletedEvent>;
/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-10 docs (line 487), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadDeletedCloudEvent_2021_10: DeepReadonly<AcsChatThreadDeletedCloudEvent>;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-02 docs (line 646), corrected. Frozen. */
export declare const chatThreadParticipantAdded_2021_02: DeepReadonly<AcsChatThreadParticipantAddedEvent>;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-02 docs (line 646), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantAddedCloudEvent_2021_02: DeepReadonly<AcsChatThreadParticipantAddedCloudEvent>;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-10 docs (line 515), corrected. Frozen. */
export declare const chatThreadParticipantAdded_2021_10: DeepReadonly<AcsChatThreadParticipantAddedEvent>;
/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-10 docs (line 515), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantAddedCloudEvent_2021_10: DeepReadonly<AcsChatThreadParticipantAddedCloudEvent>;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-02 docs (line 683), corrected. Frozen. */
export declare const chatThreadParticipantRemoved_2021_02: DeepReadonly<AcsChatThreadParticipantRemovedEvent>;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-02 docs (line 683), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantRemovedCloudEvent_2021_02: DeepReadonly<AcsChatThreadParticipantRemovedCloudEvent>;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-10 docs (line 552), corrected. Frozen. */
export declare const chatThreadParticipantRemoved_2021_10: DeepReadonly<AcsChatThreadParticipantRemovedEvent>;
/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-10 docs (line 552), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadParticipantRemovedCloudEvent_2021_10: DeepReadonly<AcsChatThreadParticipantRemovedCloudEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-02 docs (line 589), corrected. Frozen. */
export declare const chatThreadPropertiesUpdated_2021_02: DeepReadonly<AcsChatThreadPropertiesUpdatedEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-02 docs (line 589), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedCloudEvent_2021_02: DeepReadonly<AcsChatThreadPropertiesUpdatedCloudEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-10 docs (line 458), corrected. Frozen. */
export declare const chatThreadPropertiesUpdated_2021_10: DeepReadonly<AcsChatThreadPropertiesUpdatedEvent>;
/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-10 docs (line 458), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatThreadPropertiesUpdatedCloudEvent_2021_10: DeepReadonly<AcsChatThreadPropertiesUpdatedCloudEvent>;
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
/** Every docs sample by event type and docs version, in both envelopes. */
export declare const fixtures: {
    readonly eventGrid: {
        readonly 'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
            readonly '2020-09': typeof chatMemberAddedToThreadWithUser_2020_09;
            readonly '2021-02': typeof chatMemberAddedToThreadWithUser_2021_02;
        };
        readonly 'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
            readonly '2020-09': typeof chatMemberRemovedFromThreadWithUser_2020_09;
            readonly '2021-02': typeof chatMemberRemovedFromThreadWithUser_2021_02;
        };
        readonly 'Microsoft.Communication.ChatMessageDeleted': {
            readonly '2020-09': typeof chatMessageDeleted_2020_09;
            readonly '2021-02': typeof chatMessageDeleted_2021_02;
            readonly '2021-10': typeof chatMessageDeleted_2021_10;
        };
        readonly 'Microsoft.Communication.ChatMessageDeletedInThread': {
            readonly '2021-02': typeof chatMessageDeletedInThread_2021_02;
            readonly '2021-10': typeof chatMessageDeletedInThread_2021_10;
        };
        readonly 'Microsoft.Communication.ChatMessageEdited': {
            readonly '2020-09': typeof chatMessageEdited_2020_09;
            readonly '2021-02': typeof chatMessageEdited_2021_02;
            readonly '2021-10': typeof chatMessageEdited_2021_10;
        };
        readonly 'Microsoft.Communication.ChatMessageEditedInThread': {
            readonly '2021-02': typeof chatMessageEditedInThread_2021_02;
            readonly '2021-10': typeof chatMessageEditedInThread_2021_10;
        };
        readonly 'Microsoft.Communication.ChatMessageReceived': {
            readonly '2020-09': typeof chatMessageReceived_2020_09;
            readonly '2021-02': typeof chatMessageReceived_2021_02;
            readonly '2021-10': typeof chatMessageReceived_2021_10;
        };
        readonly 'Microsoft.Communication.ChatMessageReceivedInThread': {
            readonly '2021-02': typeof chatMessageReceivedInThread_2021_02;
            readonly '2021-10': typeof chatMessageReceivedInThread_2021_10;
        };
        readonly 'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
            readonly '2021-02': typeof chatParticipantAddedToThreadWithUser_2021_02;
            readonly '2021-10': typeof chatParticipantAddedToThreadWithUser_2021_10;
        };
        readonly 'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
            readonly '2021-02': typeof chatParticipantRemovedFromThreadWithUser_2021_02;
            readonly '2021-10': typeof chatParticipantRemovedFromThreadWithUser_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadCreated': {
            readonly '2021-02': typeof chatThreadCreated_2021_02;
            readonly '2021-10': typeof chatThreadCreated_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadCreatedWithUser': {
            readonly '2020-09': typeof chatThreadCreatedWithUser_2020_09;
            readonly '2021-02': typeof chatThreadCreatedWithUser_2021_02;
            readonly '2021-10': typeof chatThreadCreatedWithUser_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadDeleted': {
            readonly '2021-02': typeof chatThreadDeleted_2021_02;
            readonly '2021-10': typeof chatThreadDeleted_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadParticipantAdded': {
            readonly '2021-02': typeof chatThreadParticipantAdded_2021_02;
            readonly '2021-10': typeof chatThreadParticipantAdded_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadParticipantRemoved': {
            readonly '2021-02': typeof chatThreadParticipantRemoved_2021_02;
            readonly '2021-10': typeof chatThreadParticipantRemoved_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadPropertiesUpdated': {
            readonly '2021-02': typeof chatThreadPropertiesUpdated_2021_02;
            readonly '2021-10': typeof chatThreadPropertiesUpdated_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
            readonly '2020-09': typeof chatThreadPropertiesUpdatedPerUser_2020_09;
            readonly '2021-02': typeof chatThreadPropertiesUpdatedPerUser_2021_02;
            readonly '2021-10': typeof chatThreadPropertiesUpdatedPerUser_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadWithUserDeleted': {
            readonly '2020-09': typeof chatThreadWithUserDeleted_2020_09;
            readonly '2021-02': typeof chatThreadWithUserDeleted_2021_02;
            readonly '2021-10': typeof chatThreadWithUserDeleted_2021_10;
        };
        readonly 'Microsoft.Communication.InstantMessageDeleted': {
            readonly '2020-03': typeof instantMessageDeleted_2020_03;
        };
        readonly 'Microsoft.Communication.InstantMessageEdited': {
            readonly '2020-03': typeof instantMessageEdited_2020_03;
        };
        readonly 'Microsoft.Communication.InstantMessageReceived': {
            readonly '2020-03': typeof instantMessageReceived_2020_03;
        };
        readonly 'Microsoft.Communication.SMSDeliveryReportReceived': {
            readonly '2020-03': typeof smsDeliveryReportReceived_2020_03;
            readonly '2020-09': typeof smsDeliveryReportReceived_2020_09;
            readonly '2021-02': typeof smsDeliveryReportReceived_2021_02;
        };
        readonly 'Microsoft.Communication.SMSReceived': {
            readonly '2020-03': typeof smsReceived_2020_03;
            readonly '2020-09': typeof smsReceived_2020_09;
            readonly '2021-02': typeof smsReceived_2021_02;
        };
    };
    readonly cloudEvents: {
        readonly 'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
            readonly '2020-09': typeof chatMemberAddedToThreadWithUserCloudEvent_2020_09;
            readonly '2021-02': typeof chatMemberAddedToThreadWithUserCloudEvent_2021_02;
        };
        readonly 'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
            readonly '2020-09': typeof chatMemberRemovedFromThreadWithUserCloudEvent_2020_09;
            readonly '2021-02': typeof chatMemberRemovedFromThreadWithUserCloudEvent_2021_02;
        };
        readonly 'Microsoft.Communication.ChatMessageDeleted': {
            readonly '2020-09': typeof chatMessageDeletedCloudEvent_2020_09;
            readonly '2021-02': typeof chatMessageDeletedCloudEvent_2021_02;
            readonly '2021-10': typeof chatMessageDeletedCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatMessageDeletedInThread': {
            readonly '2021-02': typeof chatMessageDeletedInThreadCloudEvent_2021_02;
            readonly '2021-10': typeof chatMessageDeletedInThreadCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatMessageEdited': {
            readonly '2020-09': typeof chatMessageEditedCloudEvent_2020_09;
            readonly '2021-02': typeof chatMessageEditedCloudEvent_2021_02;
            readonly '2021-10': typeof chatMessageEditedCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatMessageEditedInThread': {
            readonly '2021-02': typeof chatMessageEditedInThreadCloudEvent_2021_02;
            readonly '2021-10': typeof chatMessageEditedInThreadCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatMessageReceived': {
            readonly '2020-09': typeof chatMessageReceivedCloudEvent_2020_09;
            readonly '2021-02': typeof chatMessageReceivedCloudEvent_2021_02;
            readonly '2021-10': typeof chatMessageReceivedCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatMessageReceivedInThread': {
            readonly '2021-02': typeof chatMessageReceivedInThreadCloudEvent_2021_02;
            readonly '2021-10': typeof chatMessageReceivedInThreadCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
            readonly '2021-02': typeof chatParticipantAddedToThreadWithUserCloudEvent_2021_02;
            readonly '2021-10': typeof chatParticipantAddedToThreadWithUserCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
            readonly '2021-02': typeof chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02;
            readonly '2021-10': typeof chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadCreated': {
            readonly '2021-02': typeof chatThreadCreatedCloudEvent_2021_02;
            readonly '2021-10': typeof chatThreadCreatedCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadCreatedWithUser': {
            readonly '2020-09': typeof chatThreadCreatedWithUserCloudEvent_2020_09;
            readonly '2021-02': typeof chatThreadCreatedWithUserCloudEvent_2021_02;
            readonly '2021-10': typeof chatThreadCreatedWithUserCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadDeleted': {
            readonly '2021-02': typeof chatThreadDeletedCloudEvent_2021_02;
            readonly '2021-10': typeof chatThreadDeletedCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadParticipantAdded': {
            readonly '2021-02': typeof chatThreadParticipantAddedCloudEvent_2021_02;
            readonly '2021-10': typeof chatThreadParticipantAddedCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadParticipantRemoved': {
            readonly '2021-02': typeof chatThreadParticipantRemovedCloudEvent_2021_02;
            readonly '2021-10': typeof chatThreadParticipantRemovedCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadPropertiesUpdated': {
            readonly '2021-02': typeof chatThreadPropertiesUpdatedCloudEvent_2021_02;
            readonly '2021-10': typeof chatThreadPropertiesUpdatedCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
            readonly '2020-09': typeof chatThreadPropertiesUpdatedPerUserCloudEvent_2020_09;
            readonly '2021-02': typeof chatThreadPropertiesUpdatedPerUserCloudEvent_2021_02;
            readonly '2021-10': typeof chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.ChatThreadWithUserDeleted': {
            readonly '2020-09': typeof chatThreadWithUserDeletedCloudEvent_2020_09;
            readonly '2021-02': typeof chatThreadWithUserDeletedCloudEvent_2021_02;
            readonly '2021-10': typeof chatThreadWithUserDeletedCloudEvent_2021_10;
        };
        readonly 'Microsoft.Communication.InstantMessageDeleted': {
            readonly '2020-03': typeof instantMessageDeletedCloudEvent_2020_03;
        };
        readonly 'Microsoft.Communication.InstantMessageEdited': {
            readonly '2020-03': typeof instantMessageEditedCloudEvent_2020_03;
        };
        readonly 'Microsoft.Communication.InstantMessageReceived': {
            readonly '2020-03': typeof instantMessageReceivedCloudEvent_2020_03;
        };
        readonly 'Microsoft.Communication.SMSDeliveryReportReceived': {
            readonly '2020-03': typeof smsDeliveryReportReceivedCloudEvent_2020_03;
            readonly '2020-09': typeof smsDeliveryReportReceivedCloudEvent_2020_09;
            readonly '2021-02': typeof smsDeliveryReportReceivedCloudEvent_2021_02;
        };
        readonly 'Microsoft.Communication.SMSReceived': {
            readonly '2020-03': typeof smsReceivedCloudEvent_2020_03;
            readonly '2020-09': typeof smsReceivedCloudEvent_2020_09;
            readonly '2021-02': typeof smsReceivedCloudEvent_2021_02;
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
export declare const invalidVariants: {
    readonly [K in AcsEventType]: readonly InvalidVariant[];
};
