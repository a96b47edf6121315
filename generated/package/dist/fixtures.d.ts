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
            readonly '2020-09': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMemberAddedToThreadWithUser";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly addedBy: string;
                    readonly memberAdded: {
                        readonly displayName: string;
                        readonly memberId: string;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMemberAddedToThreadWithUser";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly addedBy: string;
                    readonly memberAdded: {
                        readonly displayName: string;
                        readonly memberId: string;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
            readonly '2020-09': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly removedBy: string;
                    readonly memberRemoved: {
                        readonly displayName: string;
                        readonly memberId: string;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly removedBy: string;
                    readonly memberRemoved: {
                        readonly displayName: string;
                        readonly memberId: string;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageDeleted': {
            readonly '2020-09': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageDeleted";
                readonly eventTime: string;
                readonly data: {
                    readonly deleteTime: string;
                    readonly messageId: string;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageDeleted";
                readonly eventTime: string;
                readonly data: {
                    readonly deleteTime: string;
                    readonly messageId: string;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageDeleted";
                readonly eventTime: string;
                readonly data: {
                    readonly deleteTime: string;
                    readonly messageId: string;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageDeletedInThread': {
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageDeletedInThread";
                readonly eventTime: string;
                readonly data: {
                    readonly deleteTime: string;
                    readonly messageId: string;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageDeletedInThread";
                readonly eventTime: string;
                readonly data: {
                    readonly deleteTime: string;
                    readonly messageId: string;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageEdited': {
            readonly '2020-09': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageEdited";
                readonly eventTime: string;
                readonly data: {
                    readonly editTime: string;
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageEdited";
                readonly eventTime: string;
                readonly data: {
                    readonly editTime: string;
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageEdited";
                readonly eventTime: string;
                readonly data: {
                    readonly editTime: string;
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageEditedInThread': {
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageEditedInThread";
                readonly eventTime: string;
                readonly data: {
                    readonly editTime: string;
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageEditedInThread";
                readonly eventTime: string;
                readonly data: {
                    readonly editTime: string;
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageReceived': {
            readonly '2020-09': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageReceived";
                readonly eventTime: string;
                readonly data: {
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageReceived";
                readonly eventTime: string;
                readonly data: {
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageReceived";
                readonly eventTime: string;
                readonly data: {
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageReceivedInThread': {
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageReceivedInThread";
                readonly eventTime: string;
                readonly data: {
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatMessageReceivedInThread";
                readonly eventTime: string;
                readonly data: {
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatParticipantAddedToThreadWithUser";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly addedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantAdded: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly recipientCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatParticipantAddedToThreadWithUser";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly addedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantAdded: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly recipientCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly removedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantRemoved: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly recipientCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly removedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantRemoved: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly recipientCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadCreated': {
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadCreated";
                readonly eventTime: string;
                readonly data: {
                    readonly createdByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly participants: readonly {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    }[];
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadCreated";
                readonly eventTime: string;
                readonly data: {
                    readonly createdByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly participants: readonly {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    }[];
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadCreatedWithUser': {
            readonly '2020-09': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadCreatedWithUser";
                readonly eventTime: string;
                readonly data: {
                    readonly createdBy: string;
                    readonly createdByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly members: readonly {
                        readonly displayName: string;
                        readonly memberId: string;
                    }[];
                    readonly participants?: readonly {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    }[] | undefined;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadCreatedWithUser";
                readonly eventTime: string;
                readonly data: {
                    readonly createdBy: string;
                    readonly createdByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly members: readonly {
                        readonly displayName: string;
                        readonly memberId: string;
                    }[];
                    readonly participants?: readonly {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    }[] | undefined;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadCreatedWithUser";
                readonly eventTime: string;
                readonly data: {
                    readonly createdBy: string;
                    readonly createdByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly members: readonly {
                        readonly displayName: string;
                        readonly memberId: string;
                    }[];
                    readonly participants?: readonly {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    }[] | undefined;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadDeleted': {
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadDeleted";
                readonly eventTime: string;
                readonly data: {
                    readonly deletedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly deleteTime: string;
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadDeleted";
                readonly eventTime: string;
                readonly data: {
                    readonly deletedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly deleteTime: string;
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadParticipantAdded': {
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadParticipantAdded";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly addedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantAdded: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadParticipantAdded";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly addedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantAdded: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadParticipantRemoved': {
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadParticipantRemoved";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly removedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantRemoved: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadParticipantRemoved";
                readonly eventTime: string;
                readonly data: {
                    readonly time: string;
                    readonly removedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantRemoved: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadPropertiesUpdated': {
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadPropertiesUpdated";
                readonly eventTime: string;
                readonly data: {
                    readonly editedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly editTime: string;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadPropertiesUpdated";
                readonly eventTime: string;
                readonly data: {
                    readonly editedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly editTime: string;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
            readonly '2020-09': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser";
                readonly eventTime: string;
                readonly data: {
                    readonly editedBy: string;
                    readonly editedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly editTime: string;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser";
                readonly eventTime: string;
                readonly data: {
                    readonly editedBy: string;
                    readonly editedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly editTime: string;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser";
                readonly eventTime: string;
                readonly data: {
                    readonly editedBy: string;
                    readonly editedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly editTime: string;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadWithUserDeleted': {
            readonly '2020-09': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadWithUserDeleted";
                readonly eventTime: string;
                readonly data: {
                    readonly deletedBy: string;
                    readonly deletedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly deleteTime: string;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadWithUserDeleted";
                readonly eventTime: string;
                readonly data: {
                    readonly deletedBy: string;
                    readonly deletedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly deleteTime: string;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-10': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.ChatThreadWithUserDeleted";
                readonly eventTime: string;
                readonly data: {
                    readonly deletedBy: string;
                    readonly deletedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly deleteTime: string;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.InstantMessageDeleted': {
            readonly '2020-03': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.InstantMessageDeleted";
                readonly eventTime: string;
                readonly data: {
                    readonly messageBody: string;
                    readonly version: string;
                    readonly composeTime: string;
                    readonly deleteTime: string;
                    readonly senderId: string;
                    readonly senderDisplayName: string;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly groupId: string;
                    readonly collapseId: string;
                    readonly messageId: string;
                    readonly messageType: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.InstantMessageEdited': {
            readonly '2020-03': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.InstantMessageEdited";
                readonly eventTime: string;
                readonly data: {
                    readonly messageBody: string;
                    readonly version: string;
                    readonly composeTime: string;
                    readonly editTime: string;
                    readonly senderId: string;
                    readonly senderDisplayName: string;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly groupId: string;
                    readonly collapseId: string;
                    readonly messageId: string;
                    readonly messageType: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.InstantMessageReceived': {
            readonly '2020-03': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.InstantMessageReceived";
                readonly eventTime: string;
                readonly data: {
                    readonly messageBody: string;
                    readonly senderId: string;
                    readonly senderDisplayName: string;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly groupId: string;
                    readonly collapseId: string;
                    readonly messageId: string;
                    readonly messageType: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.SMSDeliveryReportReceived': {
            readonly '2020-03': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.SMSDeliveryReportReceived";
                readonly eventTime: string;
                readonly data: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly deliveryStatus: string;
                    readonly deliveryStatusDetails: string;
                    readonly deliveryAttempts: readonly {
                        readonly timestamp: string;
                        readonly segmentsSucceeded: number;
                        readonly segmentsFailed: number;
                    }[];
                    readonly receivedTimestamp?: string | undefined;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2020-09': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.SMSDeliveryReportReceived";
                readonly eventTime: string;
                readonly data: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly deliveryStatus: string;
                    readonly deliveryStatusDetails: string;
                    readonly deliveryAttempts: readonly {
                        readonly timestamp: string;
                        readonly segmentsSucceeded: number;
                        readonly segmentsFailed: number;
                    }[];
                    readonly receivedTimestamp?: string | undefined;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.SMSDeliveryReportReceived";
                readonly eventTime: string;
                readonly data: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly deliveryStatus: string;
                    readonly deliveryStatusDetails: string;
                    readonly deliveryAttempts: readonly {
                        readonly timestamp: string;
                        readonly segmentsSucceeded: number;
                        readonly segmentsFailed: number;
                    }[];
                    readonly receivedTimestamp?: string | undefined;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
        readonly 'Microsoft.Communication.SMSReceived': {
            readonly '2020-03': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.SMSReceived";
                readonly eventTime: string;
                readonly data: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly message: string;
                    readonly receivedTimestamp: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2020-09': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.SMSReceived";
                readonly eventTime: string;
                readonly data: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly message: string;
                    readonly receivedTimestamp: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
            readonly '2021-02': {
                readonly id: string;
                readonly topic?: string | undefined;
                readonly subject: string;
                readonly eventType: "Microsoft.Communication.SMSReceived";
                readonly eventTime: string;
                readonly data: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly message: string;
                    readonly receivedTimestamp: string;
                };
                readonly dataVersion: string;
                readonly metadataVersion?: string | undefined;
            };
        };
    };
    readonly cloudEvents: {
        readonly 'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
            readonly '2020-09': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMemberAddedToThreadWithUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly addedBy: string;
                    readonly memberAdded: {
                        readonly displayName: string;
                        readonly memberId: string;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMemberAddedToThreadWithUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly addedBy: string;
                    readonly memberAdded: {
                        readonly displayName: string;
                        readonly memberId: string;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
            readonly '2020-09': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly removedBy: string;
                    readonly memberRemoved: {
                        readonly displayName: string;
                        readonly memberId: string;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly removedBy: string;
                    readonly memberRemoved: {
                        readonly displayName: string;
                        readonly memberId: string;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageDeleted': {
            readonly '2020-09': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageDeleted";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly deleteTime: string;
                    readonly messageId: string;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageDeleted";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly deleteTime: string;
                    readonly messageId: string;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageDeleted";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly deleteTime: string;
                    readonly messageId: string;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageDeletedInThread': {
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageDeletedInThread";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly deleteTime: string;
                    readonly messageId: string;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageDeletedInThread";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly deleteTime: string;
                    readonly messageId: string;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageEdited': {
            readonly '2020-09': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageEdited";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly editTime: string;
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageEdited";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly editTime: string;
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageEdited";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly editTime: string;
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageEditedInThread': {
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageEditedInThread";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly editTime: string;
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageEditedInThread";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly editTime: string;
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageReceived': {
            readonly '2020-09': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageReceived";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageReceived";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageReceived";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly senderId: string;
                    readonly senderCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly senderDisplayName: string;
                    readonly composeTime: string;
                    readonly type: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatMessageReceivedInThread': {
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageReceivedInThread";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatMessageReceivedInThread";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageBody: string;
                    readonly messageId: string;
                    readonly metadata?: {
                        readonly [x: string]: string;
                    } | undefined;
                    readonly type: string;
                    readonly version: number;
                    readonly senderDisplayName: string;
                    readonly senderCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly composeTime: string;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatParticipantAddedToThreadWithUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly addedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantAdded: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly recipientCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatParticipantAddedToThreadWithUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly addedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantAdded: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly recipientCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly removedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantRemoved: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly recipientCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly removedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantRemoved: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly recipientCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadCreated': {
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadCreated";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly createdByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly participants: readonly {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    }[];
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadCreated";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly createdByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly participants: readonly {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    }[];
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadCreatedWithUser': {
            readonly '2020-09': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadCreatedWithUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly createdBy: string;
                    readonly createdByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly members: readonly {
                        readonly displayName: string;
                        readonly memberId: string;
                    }[];
                    readonly participants?: readonly {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    }[] | undefined;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadCreatedWithUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly createdBy: string;
                    readonly createdByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly members: readonly {
                        readonly displayName: string;
                        readonly memberId: string;
                    }[];
                    readonly participants?: readonly {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    }[] | undefined;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadCreatedWithUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly createdBy: string;
                    readonly createdByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly members: readonly {
                        readonly displayName: string;
                        readonly memberId: string;
                    }[];
                    readonly participants?: readonly {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    }[] | undefined;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadDeleted': {
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadDeleted";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly deletedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly deleteTime: string;
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadDeleted";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly deletedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly deleteTime: string;
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadParticipantAdded': {
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadParticipantAdded";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly addedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantAdded: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadParticipantAdded";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly addedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantAdded: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadParticipantRemoved': {
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadParticipantRemoved";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly removedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantRemoved: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadParticipantRemoved";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly time: string;
                    readonly removedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly participantRemoved: {
                        readonly displayName: string;
                        readonly participantCommunicationIdentifier: {
                            readonly rawId: string;
                            readonly communicationUser?: {
                                readonly id: string;
                            } | undefined;
                            readonly phoneNumber?: {
                                readonly value: string;
                            } | undefined;
                            readonly microsoftTeamsUser?: {
                                readonly userId: string;
                                readonly isAnonymous?: boolean | undefined;
                                readonly cloud?: "public" | "dod" | "gcch" | undefined;
                            } | undefined;
                        };
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadPropertiesUpdated': {
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadPropertiesUpdated";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly editedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly editTime: string;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadPropertiesUpdated";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly editedByCommunicationIdentifier: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    };
                    readonly editTime: string;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
            readonly '2020-09': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly editedBy: string;
                    readonly editedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly editTime: string;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly editedBy: string;
                    readonly editedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly editTime: string;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly editedBy: string;
                    readonly editedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly editTime: string;
                    readonly properties: {
                        readonly [x: string]: unknown;
                        readonly topic?: string | undefined;
                    };
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.ChatThreadWithUserDeleted': {
            readonly '2020-09': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadWithUserDeleted";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly deletedBy: string;
                    readonly deletedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly deleteTime: string;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadWithUserDeleted";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly deletedBy: string;
                    readonly deletedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly deleteTime: string;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
            readonly '2021-10': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.ChatThreadWithUserDeleted";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly deletedBy: string;
                    readonly deletedByCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly deleteTime: string;
                    readonly createTime: string;
                    readonly version: number;
                    readonly recipientId: string;
                    readonly recipientCommunicationIdentifier?: {
                        readonly rawId: string;
                        readonly communicationUser?: {
                            readonly id: string;
                        } | undefined;
                        readonly phoneNumber?: {
                            readonly value: string;
                        } | undefined;
                        readonly microsoftTeamsUser?: {
                            readonly userId: string;
                            readonly isAnonymous?: boolean | undefined;
                            readonly cloud?: "public" | "dod" | "gcch" | undefined;
                        } | undefined;
                    } | undefined;
                    readonly transactionId: string;
                    readonly threadId: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.InstantMessageDeleted': {
            readonly '2020-03': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.InstantMessageDeleted";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageBody: string;
                    readonly version: string;
                    readonly composeTime: string;
                    readonly deleteTime: string;
                    readonly senderId: string;
                    readonly senderDisplayName: string;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly groupId: string;
                    readonly collapseId: string;
                    readonly messageId: string;
                    readonly messageType: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.InstantMessageEdited': {
            readonly '2020-03': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.InstantMessageEdited";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageBody: string;
                    readonly version: string;
                    readonly composeTime: string;
                    readonly editTime: string;
                    readonly senderId: string;
                    readonly senderDisplayName: string;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly groupId: string;
                    readonly collapseId: string;
                    readonly messageId: string;
                    readonly messageType: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.InstantMessageReceived': {
            readonly '2020-03': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.InstantMessageReceived";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageBody: string;
                    readonly senderId: string;
                    readonly senderDisplayName: string;
                    readonly recipientId: string;
                    readonly transactionId: string;
                    readonly groupId: string;
                    readonly collapseId: string;
                    readonly messageId: string;
                    readonly messageType: string;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.SMSDeliveryReportReceived': {
            readonly '2020-03': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.SMSDeliveryReportReceived";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly deliveryStatus: string;
                    readonly deliveryStatusDetails: string;
                    readonly deliveryAttempts: readonly {
                        readonly timestamp: string;
                        readonly segmentsSucceeded: number;
                        readonly segmentsFailed: number;
                    }[];
                    readonly receivedTimestamp?: string | undefined;
                } | undefined;
            };
            readonly '2020-09': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.SMSDeliveryReportReceived";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly deliveryStatus: string;
                    readonly deliveryStatusDetails: string;
                    readonly deliveryAttempts: readonly {
                        readonly timestamp: string;
                        readonly segmentsSucceeded: number;
                        readonly segmentsFailed: number;
                    }[];
                    readonly receivedTimestamp?: string | undefined;
                } | undefined;
            };
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.SMSDeliveryReportReceived";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly deliveryStatus: string;
                    readonly deliveryStatusDetails: string;
                    readonly deliveryAttempts: readonly {
                        readonly timestamp: string;
                        readonly segmentsSucceeded: number;
                        readonly segmentsFailed: number;
                    }[];
                    readonly receivedTimestamp?: string | undefined;
                } | undefined;
            };
        };
        readonly 'Microsoft.Communication.SMSReceived': {
            readonly '2020-03': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.SMSReceived";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly message: string;
                    readonly receivedTimestamp: string;
                } | undefined;
            };
            readonly '2020-09': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.SMSReceived";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly message: string;
                    readonly receivedTimestamp: string;
                } | undefined;
            };
            readonly '2021-02': {
                readonly specversion: "1.0";
                readonly id: string;
                readonly source: string;
                readonly type: "Microsoft.Communication.SMSReceived";
                readonly subject?: string | undefined;
                readonly time?: string | undefined;
                readonly datacontenttype?: string | undefined;
                readonly dataschema?: string | undefined;
                readonly data?: {
                    readonly messageId: string;
                    readonly from: string;
                    readonly to: string;
                    readonly message: string;
                    readonly receivedTimestamp: string;
                } | undefined;
            };
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
