// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * Published when the user is added as member to a chat thread.
 *
 * Data of the `Microsoft.Communication.ChatMemberAddedToThreadWithUser` event.
 * @deprecated Replaced by Microsoft.Communication.ChatParticipantAddedToThreadWithUser ({@link AcsChatParticipantAddedToThreadWithUserEventData}).
 */
export interface AcsChatMemberAddedToThreadWithUserEventData {
    /**
     * When the member was added.
     */
    time: string;
    /**
     * The raw id of the user who added the member.
     */
    addedBy: string;
    /**
     * The member that was added.
     */
    memberAdded: ChatThreadMember;
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The raw id of the user this event was published for.
     */
    recipientId: string;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when the user is removed from a chat thread.
 *
 * Data of the `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` event.
 * @deprecated Replaced by Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser ({@link AcsChatParticipantRemovedFromThreadWithUserEventData}).
 */
export interface AcsChatMemberRemovedFromThreadWithUserEventData {
    /**
     * When the member was removed.
     */
    time: string;
    /**
     * The raw id of the user who removed the member.
     */
    removedBy: string;
    /**
     * The member that was removed.
     */
    memberRemoved: ChatThreadMember;
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The raw id of the user this event was published for.
     */
    recipientId: string;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a message is deleted in a chat thread that the user is member of.
 *
 * Data of the `Microsoft.Communication.ChatMessageDeleted` event.
 */
export interface AcsChatMessageDeletedEventData {
    /**
     * When the message was deleted.
     */
    deleteTime: string;
    /**
     * The chat message id.
     */
    messageId: string;
    /**
     * The raw id of the message sender.
     */
    senderId: string;
    /**
     * The identifier of the message sender.
     */
    senderCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * The display name of the message sender.
     */
    senderDisplayName: string;
    /**
     * When the message was composed.
     */
    composeTime: string;
    /**
     * The message type, e.g. "Text".
     */
    type: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The raw id of the user this event was published for.
     */
    recipientId: string;
    /**
     * The identifier of the user this event was published for.
     */
    recipientCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a message is deleted in  a chat thread
 *
 * Data of the `Microsoft.Communication.ChatMessageDeletedInThread` event.
 */
export interface AcsChatMessageDeletedInThreadEventData {
    /**
     * When the message was deleted.
     */
    deleteTime: string;
    /**
     * The chat message id.
     */
    messageId: string;
    /**
     * The message type, e.g. "Text".
     */
    type: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The display name of the message sender.
     */
    senderDisplayName: string;
    /**
     * The identifier of the message sender.
     */
    senderCommunicationIdentifier: CommunicationIdentifier;
    /**
     * When the message was composed.
     */
    composeTime: string;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a message is edited in a chat thread that the user is member of.
 *
 * Data of the `Microsoft.Communication.ChatMessageEdited` event.
 */
export interface AcsChatMessageEditedEventData {
    /**
     * When the message was edited.
     */
    editTime: string;
    /**
     * The body of the chat message.
     */
    messageBody: string;
    /**
     * The chat message id.
     */
    messageId: string;
    /**
     * Metadata attached to the message (2021-10 docs onwards).
     */
    metadata?: ChatMessageMetadata;
    /**
     * The raw id of the message sender.
     */
    senderId: string;
    /**
     * The identifier of the message sender.
     */
    senderCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * The display name of the message sender.
     */
    senderDisplayName: string;
    /**
     * When the message was composed.
     */
    composeTime: string;
    /**
     * The message type, e.g. "Text".
     */
    type: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The raw id of the user this event was published for.
     */
    recipientId: string;
    /**
     * The identifier of the user this event was published for.
     */
    recipientCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a message is edited in a chat thread
 *
 * Data of the `Microsoft.Communication.ChatMessageEditedInThread` event.
 */
export interface AcsChatMessageEditedInThreadEventData {
    /**
     * When the message was edited.
     */
    editTime: string;
    /**
     * The body of the chat message.
     */
    messageBody: string;
    /**
     * The chat message id.
     */
    messageId: string;
    /**
     * Metadata attached to the message (2021-10 docs onwards).
     */
    metadata?: ChatMessageMetadata;
    /**
     * The message type, e.g. "Text".
     */
    type: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The display name of the message sender.
     */
    senderDisplayName: string;
    /**
     * The identifier of the message sender.
     */
    senderCommunicationIdentifier: CommunicationIdentifier;
    /**
     * When the message was composed.
     */
    composeTime: string;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a message is received for a user in a chat thread that she is member of.
 *
 * Data of the `Microsoft.Communication.ChatMessageReceived` event.
 */
export interface AcsChatMessageReceivedEventData {
    /**
     * The body of the chat message.
     */
    messageBody: string;
    /**
     * The chat message id.
     */
    messageId: string;
    /**
     * Metadata attached to the message (2021-10 docs onwards).
     */
    metadata?: ChatMessageMetadata;
    /**
     * The raw id of the message sender.
     */
    senderId: string;
    /**
     * The identifier of the message sender.
     */
    senderCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * The display name of the message sender.
     */
    senderDisplayName: string;
    /**
     * When the message was composed.
     */
    composeTime: string;
    /**
     * The message type, e.g. "Text".
     */
    type: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The raw id of the user this event was published for.
     */
    recipientId: string;
    /**
     * The identifier of the user this event was published for.
     */
    recipientCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a message is received in a chat thread
 *
 * Data of the `Microsoft.Communication.ChatMessageReceivedInThread` event.
 */
export interface AcsChatMessageReceivedInThreadEventData {
    /**
     * The body of the chat message.
     */
    messageBody: string;
    /**
     * The chat message id.
     */
    messageId: string;
    /**
     * Metadata attached to the message (2021-10 docs onwards).
     */
    metadata?: ChatMessageMetadata;
    /**
     * The message type, e.g. "Text".
     */
    type: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The display name of the message sender.
     */
    senderDisplayName: string;
    /**
     * The identifier of the message sender.
     */
    senderCommunicationIdentifier: CommunicationIdentifier;
    /**
     * When the message was composed.
     */
    composeTime: string;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published for a user when a new  participant is added to a chat thread, that the user is part of.
 *
 * Data of the `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` event.
 */
export interface AcsChatParticipantAddedToThreadWithUserEventData {
    /**
     * When the participant was added.
     */
    time: string;
    /**
     * The identifier of the user who added the participant.
     */
    addedByCommunicationIdentifier: CommunicationIdentifier;
    /**
     * The participant that was added.
     */
    participantAdded: ChatParticipant;
    /**
     * The identifier of the user this event was published for.
     */
    recipientCommunicationIdentifier: CommunicationIdentifier;
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published for a user when a participant is removed from a chat thread, that the user is part of.
 *
 * Data of the `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` event.
 */
export interface AcsChatParticipantRemovedFromThreadWithUserEventData {
    /**
     * When the participant was removed.
     */
    time: string;
    /**
     * The identifier of the user who removed the participant.
     */
    removedByCommunicationIdentifier: CommunicationIdentifier;
    /**
     * The participant that was removed.
     */
    participantRemoved: ChatParticipant;
    /**
     * The identifier of the user this event was published for.
     */
    recipientCommunicationIdentifier: CommunicationIdentifier;
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a chat thread is created
 *
 * Data of the `Microsoft.Communication.ChatThreadCreated` event.
 */
export interface AcsChatThreadCreatedEventData {
    /**
     * The identifier of the user who created the thread.
     */
    createdByCommunicationIdentifier: CommunicationIdentifier;
    /**
     * The thread's properties.
     */
    properties: ChatThreadProperties;
    /**
     * The thread's participants.
     */
    participants: ChatParticipant[];
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when the user is added as member at the time of creation of a chat thread.
 *
 * Data of the `Microsoft.Communication.ChatThreadCreatedWithUser` event.
 */
export interface AcsChatThreadCreatedWithUserEventData {
    /**
     * The raw id of the user who created the thread.
     */
    createdBy: string;
    /**
     * The identifier of the user who created the thread.
     */
    createdByCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * The thread's properties.
     */
    properties: ChatThreadProperties;
    /**
     * The thread's members (2020 preview shape).
     */
    members: ChatThreadMember[];
    /**
     * The thread's participants.
     */
    participants?: ChatParticipant[];
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The raw id of the user this event was published for.
     */
    recipientId: string;
    /**
     * The identifier of the user this event was published for.
     */
    recipientCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a chat thread is deleted
 *
 * Data of the `Microsoft.Communication.ChatThreadDeleted` event.
 */
export interface AcsChatThreadDeletedEventData {
    /**
     * The identifier of the user who deleted the thread.
     */
    deletedByCommunicationIdentifier: CommunicationIdentifier;
    /**
     * When the thread was deleted.
     */
    deleteTime: string;
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a new participant is added to a chat thread
 *
 * Data of the `Microsoft.Communication.ChatThreadParticipantAdded` event.
 */
export interface AcsChatThreadParticipantAddedEventData {
    /**
     * When the participant was added.
     */
    time: string;
    /**
     * The identifier of the user who added the participant.
     */
    addedByCommunicationIdentifier: CommunicationIdentifier;
    /**
     * The participant that was added.
     */
    participantAdded: ChatParticipant;
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a participant is removed from a chat thread.
 *
 * Data of the `Microsoft.Communication.ChatThreadParticipantRemoved` event.
 */
export interface AcsChatThreadParticipantRemovedEventData {
    /**
     * When the participant was removed.
     */
    time: string;
    /**
     * The identifier of the user who removed the participant.
     */
    removedByCommunicationIdentifier: CommunicationIdentifier;
    /**
     * The participant that was removed.
     */
    participantRemoved: ChatParticipant;
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a chat thread's properties like topic are updated.
 *
 * Data of the `Microsoft.Communication.ChatThreadPropertiesUpdated` event.
 */
export interface AcsChatThreadPropertiesUpdatedEventData {
    /**
     * The identifier of the user who updated the properties.
     */
    editedByCommunicationIdentifier: CommunicationIdentifier;
    /**
     * When the properties were updated.
     */
    editTime: string;
    /**
     * The thread's properties.
     */
    properties: ChatThreadProperties;
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a chat thread's properties are updated that the user is member of.
 *
 * Data of the `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` event.
 */
export interface AcsChatThreadPropertiesUpdatedPerUserEventData {
    /**
     * The raw id of the user who updated the properties.
     */
    editedBy: string;
    /**
     * The identifier of the user who updated the properties.
     */
    editedByCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * When the properties were updated.
     */
    editTime: string;
    /**
     * The thread's properties.
     */
    properties: ChatThreadProperties;
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The raw id of the user this event was published for.
     */
    recipientId: string;
    /**
     * The identifier of the user this event was published for.
     */
    recipientCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a chat thread is deleted which the user is member of.
 *
 * Data of the `Microsoft.Communication.ChatThreadWithUserDeleted` event.
 */
export interface AcsChatThreadWithUserDeletedEventData {
    /**
     * The raw id of the user who deleted the thread.
     */
    deletedBy: string;
    /**
     * The identifier of the user who deleted the thread.
     */
    deletedByCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * When the thread was deleted.
     */
    deleteTime: string;
    /**
     * When the thread was created.
     */
    createTime: string;
    /**
     * The version of the thread or message, in milliseconds since the Unix epoch of its last change.
     */
    version: number;
    /**
     * The raw id of the user this event was published for.
     */
    recipientId: string;
    /**
     * The identifier of the user this event was published for.
     */
    recipientCommunicationIdentifier?: CommunicationIdentifier;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The chat thread id.
     */
    threadId: string;
}
/**
 * Published when a chat instant message is deleted by a Communication Services user.
 *
 * Data of the `Microsoft.Communication.InstantMessageDeleted` event.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageDeleted ({@link AcsChatMessageDeletedEventData}).
 */
export interface AcsInstantMessageDeletedEventData {
    /**
     * The body of the chat message.
     */
    messageBody: string;
    /**
     * The message version (a string such as "1.0" in this preview).
     */
    version: string;
    /**
     * When the message was composed.
     */
    composeTime: string;
    /**
     * When the message was deleted.
     */
    deleteTime: string;
    /**
     * The id of the sender (the 2020-03 preview shows test values).
     */
    senderId: string;
    /**
     * The display name of the message sender.
     */
    senderDisplayName: string;
    /**
     * The id of the recipient.
     */
    recipientId: string;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The id of the conversation group.
     */
    groupId: string;
    /**
     * The collapse id used to coalesce notifications.
     */
    collapseId: string;
    /**
     * The chat message id.
     */
    messageId: string;
    /**
     * The message content type, e.g. "MIME".
     */
    messageType: string;
}
/**
 * Published when a chat instant message is edited by a Communication Services user.
 *
 * Data of the `Microsoft.Communication.InstantMessageEdited` event.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageEdited ({@link AcsChatMessageEditedEventData}).
 */
export interface AcsInstantMessageEditedEventData {
    /**
     * The body of the chat message.
     */
    messageBody: string;
    /**
     * The message version (a string such as "1.0" in this preview).
     */
    version: string;
    /**
     * When the message was composed.
     */
    composeTime: string;
    /**
     * When the message was edited.
     */
    editTime: string;
    /**
     * The id of the sender (the 2020-03 preview shows test values).
     */
    senderId: string;
    /**
     * The display name of the message sender.
     */
    senderDisplayName: string;
    /**
     * The id of the recipient.
     */
    recipientId: string;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The id of the conversation group.
     */
    groupId: string;
    /**
     * The collapse id used to coalesce notifications.
     */
    collapseId: string;
    /**
     * The chat message id.
     */
    messageId: string;
    /**
     * The message content type, e.g. "MIME".
     */
    messageType: string;
}
/**
 * Published when a chat instant message is received by a Communication Services user.
 *
 * Data of the `Microsoft.Communication.InstantMessageReceived` event.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageReceived ({@link AcsChatMessageReceivedEventData}).
 */
export interface AcsInstantMessageReceivedEventData {
    /**
     * The body of the chat message.
     */
    messageBody: string;
    /**
     * The id of the sender (the 2020-03 preview shows test values).
     */
    senderId: string;
    /**
     * The display name of the message sender.
     */
    senderDisplayName: string;
    /**
     * The id of the recipient.
     */
    recipientId: string;
    /**
     * The transaction id; correlates the operations that produced this event.
     */
    transactionId: string;
    /**
     * The id of the conversation group.
     */
    groupId: string;
    /**
     * The collapse id used to coalesce notifications.
     */
    collapseId: string;
    /**
     * The chat message id.
     */
    messageId: string;
    /**
     * The message content type, e.g. "MIME".
     */
    messageType: string;
}
/**
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 *
 * Data of the `Microsoft.Communication.SMSDeliveryReportReceived` event.
 */
export interface AcsSmsDeliveryReportReceivedEventData {
    /**
     * The id of the SMS the report is about.
     */
    messageId: string;
    /**
     * The phone number that sent the SMS, E.164.
     */
    from: string;
    /**
     * The phone number the SMS was sent to, E.164.
     */
    to: string;
    /**
     * The delivery status, e.g. "Delivered".
     */
    deliveryStatus: string;
    /**
     * Details of the delivery status.
     */
    deliveryStatusDetails: string;
    /**
     * The delivery attempts made.
     */
    deliveryAttempts: SmsDeliveryAttempt[];
    /**
     * When the delivery report was received (absent from the 2020-03 sample).
     */
    receivedTimestamp?: string;
}
/**
 * Published when an SMS is received by a phone number associated with the Communication Service.
 *
 * Data of the `Microsoft.Communication.SMSReceived` event.
 */
export interface AcsSmsReceivedEventData {
    /**
     * The id of the received SMS.
     */
    messageId: string;
    /**
     * The phone number that sent the SMS, E.164.
     */
    from: string;
    /**
     * The phone number that received the SMS, E.164.
     */
    to: string;
    /**
     * The SMS content.
     */
    message: string;
    /**
     * When the SMS was received.
     */
    receivedTimestamp: string;
}
/** A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed. */
export interface ChatMessageMetadata {
    [k: string]: string;
}
/** A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it. */
export interface ChatParticipant {
    /**
     * The participant's display name.
     */
    displayName: string;
    participantCommunicationIdentifier: CommunicationIdentifier;
}
/** A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant. */
export interface ChatThreadMember {
    /**
     * The member's display name.
     */
    displayName: string;
    /**
     * The member's raw id.
     */
    memberId: string;
}
/** The chat thread's properties; the docs show `topic`, the service may add others. */
export interface ChatThreadProperties {
    /**
     * The thread's topic.
     */
    topic?: string;
    [k: string]: unknown;
}
/** Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel. */
export interface CommunicationIdentifier {
    /**
     * The identifier's raw string form, e.g. `8:acs:<resource id>_<user id>`.
     */
    rawId: string;
    communicationUser?: CommunicationUserIdentifier;
    phoneNumber?: PhoneNumberIdentifier;
    microsoftTeamsUser?: MicrosoftTeamsUserIdentifier;
}
/** An Azure Communication Services user. */
export interface CommunicationUserIdentifier {
    /**
     * The ACS user id, e.g. `8:acs:<resource id>_<user id>`.
     */
    id: string;
}
/** A Microsoft Teams user (not seen in the docs samples; Azure SDK shape). */
export interface MicrosoftTeamsUserIdentifier {
    /**
     * The Teams user's id.
     */
    userId: string;
    /**
     * Whether the user joined anonymously.
     */
    isAnonymous?: boolean;
    /**
     * The cloud the Teams user belongs to.
     */
    cloud?: 'public' | 'dod' | 'gcch';
}
/** A phone number (not seen in the docs samples; Azure SDK shape). */
export interface PhoneNumberIdentifier {
    /**
     * The phone number in E.164 format.
     */
    value: string;
}
/** One attempt at delivering an SMS. */
export interface SmsDeliveryAttempt {
    /**
     * When the attempt was made.
     */
    timestamp: string;
    /**
     * Number of message segments delivered.
     */
    segmentsSucceeded: number;
    /**
     * Number of message segments that failed.
     */
    segmentsFailed: number;
}
/** Event Grid schema envelope, as delivered on the wire. */
export interface EventGridEvent<TType extends string = string, TData = unknown> {
    /** Unique identifier of the event. */
    id: string;
    /** Full resource path of the event source; Event Grid sets it. */
    topic?: string;
    /** Publisher-defined path to the event subject. */
    subject: string;
    /** One of the registered event types for this event source. */
    eventType: TType;
    /** When the event was generated, as an RFC 3339 date-time string. */
    eventTime: string;
    /** The event data, specific to the event type. */
    data: TData;
    /** Schema version of the data object. */
    dataVersion: string;
    /** Schema version of the event metadata; Event Grid sets it. */
    metadataVersion?: string;
}
/** CloudEvents 1.0 JSON envelope. */
export interface CloudEvent<TType extends string = string, TData = unknown> {
    /** The CloudEvents specification version. */
    specversion: '1.0';
    /** Unique identifier of the event. */
    id: string;
    /** Context in which the event happened (the ACS resource). */
    source: string;
    /** The event type. */
    type: TType;
    /** Publisher-defined path to the event subject. */
    subject?: string;
    /** When the event happened, as an RFC 3339 date-time string. */
    time?: string;
    /** Content type of `data`. */
    datacontenttype?: string;
    /** URI of the schema `data` adheres to. */
    dataschema?: string;
    /** The event data, specific to the event type. */
    data?: TData;
}
/** The `data` type of every ACS event type. */
export interface AcsEventDataMap {
    'Microsoft.Communication.ChatMemberAddedToThreadWithUser': AcsChatMemberAddedToThreadWithUserEventData;
    'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': AcsChatMemberRemovedFromThreadWithUserEventData;
    'Microsoft.Communication.ChatMessageDeleted': AcsChatMessageDeletedEventData;
    'Microsoft.Communication.ChatMessageDeletedInThread': AcsChatMessageDeletedInThreadEventData;
    'Microsoft.Communication.ChatMessageEdited': AcsChatMessageEditedEventData;
    'Microsoft.Communication.ChatMessageEditedInThread': AcsChatMessageEditedInThreadEventData;
    'Microsoft.Communication.ChatMessageReceived': AcsChatMessageReceivedEventData;
    'Microsoft.Communication.ChatMessageReceivedInThread': AcsChatMessageReceivedInThreadEventData;
    'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': AcsChatParticipantAddedToThreadWithUserEventData;
    'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': AcsChatParticipantRemovedFromThreadWithUserEventData;
    'Microsoft.Communication.ChatThreadCreated': AcsChatThreadCreatedEventData;
    'Microsoft.Communication.ChatThreadCreatedWithUser': AcsChatThreadCreatedWithUserEventData;
    'Microsoft.Communication.ChatThreadDeleted': AcsChatThreadDeletedEventData;
    'Microsoft.Communication.ChatThreadParticipantAdded': AcsChatThreadParticipantAddedEventData;
    'Microsoft.Communication.ChatThreadParticipantRemoved': AcsChatThreadParticipantRemovedEventData;
    'Microsoft.Communication.ChatThreadPropertiesUpdated': AcsChatThreadPropertiesUpdatedEventData;
    'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': AcsChatThreadPropertiesUpdatedPerUserEventData;
    'Microsoft.Communication.ChatThreadWithUserDeleted': AcsChatThreadWithUserDeletedEventData;
    'Microsoft.Communication.InstantMessageDeleted': AcsInstantMessageDeletedEventData;
    'Microsoft.Communication.InstantMessageEdited': AcsInstantMessageEditedEventData;
    'Microsoft.Communication.InstantMessageReceived': AcsInstantMessageReceivedEventData;
    'Microsoft.Communication.SMSDeliveryReportReceived': AcsSmsDeliveryReportReceivedEventData;
    'Microsoft.Communication.SMSReceived': AcsSmsReceivedEventData;
}
/** Every ACS event type in the catalog. */
export type AcsEventType = keyof AcsEventDataMap;
/**
 * Published when the user is added as member to a chat thread.
 *
 * `Microsoft.Communication.ChatMemberAddedToThreadWithUser` in the Event Grid schema envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatParticipantAddedToThreadWithUser ({@link AcsChatParticipantAddedToThreadWithUserEvent}).
 */
export type AcsChatMemberAddedToThreadWithUserEvent = EventGridEvent<'Microsoft.Communication.ChatMemberAddedToThreadWithUser', AcsChatMemberAddedToThreadWithUserEventData>;
/**
 * Published when the user is added as member to a chat thread.
 *
 * `Microsoft.Communication.ChatMemberAddedToThreadWithUser` in the CloudEvents 1.0 envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatParticipantAddedToThreadWithUser ({@link AcsChatParticipantAddedToThreadWithUserCloudEvent}).
 */
export type AcsChatMemberAddedToThreadWithUserCloudEvent = CloudEvent<'Microsoft.Communication.ChatMemberAddedToThreadWithUser', AcsChatMemberAddedToThreadWithUserEventData>;
/**
 * Published when the user is removed from a chat thread.
 *
 * `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` in the Event Grid schema envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser ({@link AcsChatParticipantRemovedFromThreadWithUserEvent}).
 */
export type AcsChatMemberRemovedFromThreadWithUserEvent = EventGridEvent<'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser', AcsChatMemberRemovedFromThreadWithUserEventData>;
/**
 * Published when the user is removed from a chat thread.
 *
 * `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` in the CloudEvents 1.0 envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser ({@link AcsChatParticipantRemovedFromThreadWithUserCloudEvent}).
 */
export type AcsChatMemberRemovedFromThreadWithUserCloudEvent = CloudEvent<'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser', AcsChatMemberRemovedFromThreadWithUserEventData>;
/**
 * Published when a message is deleted in a chat thread that the user is member of.
 *
 * `Microsoft.Communication.ChatMessageDeleted` in the Event Grid schema envelope.
 */
export type AcsChatMessageDeletedEvent = EventGridEvent<'Microsoft.Communication.ChatMessageDeleted', AcsChatMessageDeletedEventData>;
/**
 * Published when a message is deleted in a chat thread that the user is member of.
 *
 * `Microsoft.Communication.ChatMessageDeleted` in the CloudEvents 1.0 envelope.
 */
export type AcsChatMessageDeletedCloudEvent = CloudEvent<'Microsoft.Communication.ChatMessageDeleted', AcsChatMessageDeletedEventData>;
/**
 * Published when a message is deleted in  a chat thread
 *
 * `Microsoft.Communication.ChatMessageDeletedInThread` in the Event Grid schema envelope.
 */
export type AcsChatMessageDeletedInThreadEvent = EventGridEvent<'Microsoft.Communication.ChatMessageDeletedInThread', AcsChatMessageDeletedInThreadEventData>;
/**
 * Published when a message is deleted in  a chat thread
 *
 * `Microsoft.Communication.ChatMessageDeletedInThread` in the CloudEvents 1.0 envelope.
 */
export type AcsChatMessageDeletedInThreadCloudEvent = CloudEvent<'Microsoft.Communication.ChatMessageDeletedInThread', AcsChatMessageDeletedInThreadEventData>;
/**
 * Published when a message is edited in a chat thread that the user is member of.
 *
 * `Microsoft.Communication.ChatMessageEdited` in the Event Grid schema envelope.
 */
export type AcsChatMessageEditedEvent = EventGridEvent<'Microsoft.Communication.ChatMessageEdited', AcsChatMessageEditedEventData>;
/**
 * Published when a message is edited in a chat thread that the user is member of.
 *
 * `Microsoft.Communication.ChatMessageEdited` in the CloudEvents 1.0 envelope.
 */
export type AcsChatMessageEditedCloudEvent = CloudEvent<'Microsoft.Communication.ChatMessageEdited', AcsChatMessageEditedEventData>;
/**
 * Published when a message is edited in a chat thread
 *
 * `Microsoft.Communication.ChatMessageEditedInThread` in the Event Grid schema envelope.
 */
export type AcsChatMessageEditedInThreadEvent = EventGridEvent<'Microsoft.Communication.ChatMessageEditedInThread', AcsChatMessageEditedInThreadEventData>;
/**
 * Published when a message is edited in a chat thread
 *
 * `Microsoft.Communication.ChatMessageEditedInThread` in the CloudEvents 1.0 envelope.
 */
export type AcsChatMessageEditedInThreadCloudEvent = CloudEvent<'Microsoft.Communication.ChatMessageEditedInThread', AcsChatMessageEditedInThreadEventData>;
/**
 * Published when a message is received for a user in a chat thread that she is member of.
 *
 * `Microsoft.Communication.ChatMessageReceived` in the Event Grid schema envelope.
 */
export type AcsChatMessageReceivedEvent = EventGridEvent<'Microsoft.Communication.ChatMessageReceived', AcsChatMessageReceivedEventData>;
/**
 * Published when a message is received for a user in a chat thread that she is member of.
 *
 * `Microsoft.Communication.ChatMessageReceived` in the CloudEvents 1.0 envelope.
 */
export type AcsChatMessageReceivedCloudEvent = CloudEvent<'Microsoft.Communication.ChatMessageReceived', AcsChatMessageReceivedEventData>;
/**
 * Published when a message is received in a chat thread
 *
 * `Microsoft.Communication.ChatMessageReceivedInThread` in the Event Grid schema envelope.
 */
export type AcsChatMessageReceivedInThreadEvent = EventGridEvent<'Microsoft.Communication.ChatMessageReceivedInThread', AcsChatMessageReceivedInThreadEventData>;
/**
 * Published when a message is received in a chat thread
 *
 * `Microsoft.Communication.ChatMessageReceivedInThread` in the CloudEvents 1.0 envelope.
 */
export type AcsChatMessageReceivedInThreadCloudEvent = CloudEvent<'Microsoft.Communication.ChatMessageReceivedInThread', AcsChatMessageReceivedInThreadEventData>;
/**
 * Published for a user when a new  participant is added to a chat thread, that the user is part of.
 *
 * `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` in the Event Grid schema envelope.
 */
export type AcsChatParticipantAddedToThreadWithUserEvent = EventGridEvent<'Microsoft.Communication.ChatParticipantAddedToThreadWithUser', AcsChatParticipantAddedToThreadWithUserEventData>;
/**
 * Published for a user when a new  participant is added to a chat thread, that the user is part of.
 *
 * `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` in the CloudEvents 1.0 envelope.
 */
export type AcsChatParticipantAddedToThreadWithUserCloudEvent = CloudEvent<'Microsoft.Communication.ChatParticipantAddedToThreadWithUser', AcsChatParticipantAddedToThreadWithUserEventData>;
/**
 * Published for a user when a participant is removed from a chat thread, that the user is part of.
 *
 * `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` in the Event Grid schema envelope.
 */
export type AcsChatParticipantRemovedFromThreadWithUserEvent = EventGridEvent<'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser', AcsChatParticipantRemovedFromThreadWithUserEventData>;
/**
 * Published for a user when a participant is removed from a chat thread, that the user is part of.
 *
 * `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` in the CloudEvents 1.0 envelope.
 */
export type AcsChatParticipantRemovedFromThreadWithUserCloudEvent = CloudEvent<'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser', AcsChatParticipantRemovedFromThreadWithUserEventData>;
/**
 * Published when a chat thread is created
 *
 * `Microsoft.Communication.ChatThreadCreated` in the Event Grid schema envelope.
 */
export type AcsChatThreadCreatedEvent = EventGridEvent<'Microsoft.Communication.ChatThreadCreated', AcsChatThreadCreatedEventData>;
/**
 * Published when a chat thread is created
 *
 * `Microsoft.Communication.ChatThreadCreated` in the CloudEvents 1.0 envelope.
 */
export type AcsChatThreadCreatedCloudEvent = CloudEvent<'Microsoft.Communication.ChatThreadCreated', AcsChatThreadCreatedEventData>;
/**
 * Published when the user is added as member at the time of creation of a chat thread.
 *
 * `Microsoft.Communication.ChatThreadCreatedWithUser` in the Event Grid schema envelope.
 */
export type AcsChatThreadCreatedWithUserEvent = EventGridEvent<'Microsoft.Communication.ChatThreadCreatedWithUser', AcsChatThreadCreatedWithUserEventData>;
/**
 * Published when the user is added as member at the time of creation of a chat thread.
 *
 * `Microsoft.Communication.ChatThreadCreatedWithUser` in the CloudEvents 1.0 envelope.
 */
export type AcsChatThreadCreatedWithUserCloudEvent = CloudEvent<'Microsoft.Communication.ChatThreadCreatedWithUser', AcsChatThreadCreatedWithUserEventData>;
/**
 * Published when a chat thread is deleted
 *
 * `Microsoft.Communication.ChatThreadDeleted` in the Event Grid schema envelope.
 */
export type AcsChatThreadDeletedEvent = EventGridEvent<'Microsoft.Communication.ChatThreadDeleted', AcsChatThreadDeletedEventData>;
/**
 * Published when a chat thread is deleted
 *
 * `Microsoft.Communication.ChatThreadDeleted` in the CloudEvents 1.0 envelope.
 */
export type AcsChatThreadDeletedCloudEvent = CloudEvent<'Microsoft.Communication.ChatThreadDeleted', AcsChatThreadDeletedEventData>;
/**
 * Published when a new participant is added to a chat thread
 *
 * `Microsoft.Communication.ChatThreadParticipantAdded` in the Event Grid schema envelope.
 */
export type AcsChatThreadParticipantAddedEvent = EventGridEvent<'Microsoft.Communication.ChatThreadParticipantAdded', AcsChatThreadParticipantAddedEventData>;
/**
 * Published when a new participant is added to a chat thread
 *
 * `Microsoft.Communication.ChatThreadParticipantAdded` in the CloudEvents 1.0 envelope.
 */
export type AcsChatThreadParticipantAddedCloudEvent = CloudEvent<'Microsoft.Communication.ChatThreadParticipantAdded', AcsChatThreadParticipantAddedEventData>;
/**
 * Published when a participant is removed from a chat thread.
 *
 * `Microsoft.Communication.ChatThreadParticipantRemoved` in the Event Grid schema envelope.
 */
export type AcsChatThreadParticipantRemovedEvent = EventGridEvent<'Microsoft.Communication.ChatThreadParticipantRemoved', AcsChatThreadParticipantRemovedEventData>;
/**
 * Published when a participant is removed from a chat thread.
 *
 * `Microsoft.Communication.ChatThreadParticipantRemoved` in the CloudEvents 1.0 envelope.
 */
export type AcsChatThreadParticipantRemovedCloudEvent = CloudEvent<'Microsoft.Communication.ChatThreadParticipantRemoved', AcsChatThreadParticipantRemovedEventData>;
/**
 * Published when a chat thread's properties like topic are updated.
 *
 * `Microsoft.Communication.ChatThreadPropertiesUpdated` in the Event Grid schema envelope.
 */
export type AcsChatThreadPropertiesUpdatedEvent = EventGridEvent<'Microsoft.Communication.ChatThreadPropertiesUpdated', AcsChatThreadPropertiesUpdatedEventData>;
/**
 * Published when a chat thread's properties like topic are updated.
 *
 * `Microsoft.Communication.ChatThreadPropertiesUpdated` in the CloudEvents 1.0 envelope.
 */
export type AcsChatThreadPropertiesUpdatedCloudEvent = CloudEvent<'Microsoft.Communication.ChatThreadPropertiesUpdated', AcsChatThreadPropertiesUpdatedEventData>;
/**
 * Published when a chat thread's properties are updated that the user is member of.
 *
 * `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` in the Event Grid schema envelope.
 */
export type AcsChatThreadPropertiesUpdatedPerUserEvent = EventGridEvent<'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser', AcsChatThreadPropertiesUpdatedPerUserEventData>;
/**
 * Published when a chat thread's properties are updated that the user is member of.
 *
 * `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` in the CloudEvents 1.0 envelope.
 */
export type AcsChatThreadPropertiesUpdatedPerUserCloudEvent = CloudEvent<'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser', AcsChatThreadPropertiesUpdatedPerUserEventData>;
/**
 * Published when a chat thread is deleted which the user is member of.
 *
 * `Microsoft.Communication.ChatThreadWithUserDeleted` in the Event Grid schema envelope.
 */
export type AcsChatThreadWithUserDeletedEvent = EventGridEvent<'Microsoft.Communication.ChatThreadWithUserDeleted', AcsChatThreadWithUserDeletedEventData>;
/**
 * Published when a chat thread is deleted which the user is member of.
 *
 * `Microsoft.Communication.ChatThreadWithUserDeleted` in the CloudEvents 1.0 envelope.
 */
export type AcsChatThreadWithUserDeletedCloudEvent = CloudEvent<'Microsoft.Communication.ChatThreadWithUserDeleted', AcsChatThreadWithUserDeletedEventData>;
/**
 * Published when a chat instant message is deleted by a Communication Services user.
 *
 * `Microsoft.Communication.InstantMessageDeleted` in the Event Grid schema envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageDeleted ({@link AcsChatMessageDeletedEvent}).
 */
export type AcsInstantMessageDeletedEvent = EventGridEvent<'Microsoft.Communication.InstantMessageDeleted', AcsInstantMessageDeletedEventData>;
/**
 * Published when a chat instant message is deleted by a Communication Services user.
 *
 * `Microsoft.Communication.InstantMessageDeleted` in the CloudEvents 1.0 envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageDeleted ({@link AcsChatMessageDeletedCloudEvent}).
 */
export type AcsInstantMessageDeletedCloudEvent = CloudEvent<'Microsoft.Communication.InstantMessageDeleted', AcsInstantMessageDeletedEventData>;
/**
 * Published when a chat instant message is edited by a Communication Services user.
 *
 * `Microsoft.Communication.InstantMessageEdited` in the Event Grid schema envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageEdited ({@link AcsChatMessageEditedEvent}).
 */
export type AcsInstantMessageEditedEvent = EventGridEvent<'Microsoft.Communication.InstantMessageEdited', AcsInstantMessageEditedEventData>;
/**
 * Published when a chat instant message is edited by a Communication Services user.
 *
 * `Microsoft.Communication.InstantMessageEdited` in the CloudEvents 1.0 envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageEdited ({@link AcsChatMessageEditedCloudEvent}).
 */
export type AcsInstantMessageEditedCloudEvent = CloudEvent<'Microsoft.Communication.InstantMessageEdited', AcsInstantMessageEditedEventData>;
/**
 * Published when a chat instant message is received by a Communication Services user.
 *
 * `Microsoft.Communication.InstantMessageReceived` in the Event Grid schema envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageReceived ({@link AcsChatMessageReceivedEvent}).
 */
export type AcsInstantMessageReceivedEvent = EventGridEvent<'Microsoft.Communication.InstantMessageReceived', AcsInstantMessageReceivedEventData>;
/**
 * Published when a chat instant message is received by a Communication Services user.
 *
 * `Microsoft.Communication.InstantMessageReceived` in the CloudEvents 1.0 envelope.
 * @deprecated Replaced by Microsoft.Communication.ChatMessageReceived ({@link AcsChatMessageReceivedCloudEvent}).
 */
export type AcsInstantMessageReceivedCloudEvent = CloudEvent<'Microsoft.Communication.InstantMessageReceived', AcsInstantMessageReceivedEventData>;
/**
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 *
 * `Microsoft.Communication.SMSDeliveryReportReceived` in the Event Grid schema envelope.
 */
export type AcsSmsDeliveryReportReceivedEvent = EventGridEvent<'Microsoft.Communication.SMSDeliveryReportReceived', AcsSmsDeliveryReportReceivedEventData>;
/**
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 *
 * `Microsoft.Communication.SMSDeliveryReportReceived` in the CloudEvents 1.0 envelope.
 */
export type AcsSmsDeliveryReportReceivedCloudEvent = CloudEvent<'Microsoft.Communication.SMSDeliveryReportReceived', AcsSmsDeliveryReportReceivedEventData>;
/**
 * Published when an SMS is received by a phone number associated with the Communication Service.
 *
 * `Microsoft.Communication.SMSReceived` in the Event Grid schema envelope.
 */
export type AcsSmsReceivedEvent = EventGridEvent<'Microsoft.Communication.SMSReceived', AcsSmsReceivedEventData>;
/**
 * Published when an SMS is received by a phone number associated with the Communication Service.
 *
 * `Microsoft.Communication.SMSReceived` in the CloudEvents 1.0 envelope.
 */
export type AcsSmsReceivedCloudEvent = CloudEvent<'Microsoft.Communication.SMSReceived', AcsSmsReceivedEventData>;
/** Any ACS event in the Event Grid schema, discriminated by `eventType`. */
export type AcsEvent = AcsChatMemberAddedToThreadWithUserEvent | AcsChatMemberRemovedFromThreadWithUserEvent | AcsChatMessageDeletedEvent | AcsChatMessageDeletedInThreadEvent | AcsChatMessageEditedEvent | AcsChatMessageEditedInThreadEvent | AcsChatMessageReceivedEvent | AcsChatMessageReceivedInThreadEvent | AcsChatParticipantAddedToThreadWithUserEvent | AcsChatParticipantRemovedFromThreadWithUserEvent | AcsChatThreadCreatedEvent | AcsChatThreadCreatedWithUserEvent | AcsChatThreadDeletedEvent | AcsChatThreadParticipantAddedEvent | AcsChatThreadParticipantRemovedEvent | AcsChatThreadPropertiesUpdatedEvent | AcsChatThreadPropertiesUpdatedPerUserEvent | AcsChatThreadWithUserDeletedEvent | AcsInstantMessageDeletedEvent | AcsInstantMessageEditedEvent | AcsInstantMessageReceivedEvent | AcsSmsDeliveryReportReceivedEvent | AcsSmsReceivedEvent;
/** Any ACS event as a CloudEvent, discriminated by `type`. */
export type AcsCloudEvent = AcsChatMemberAddedToThreadWithUserCloudEvent | AcsChatMemberRemovedFromThreadWithUserCloudEvent | AcsChatMessageDeletedCloudEvent | AcsChatMessageDeletedInThreadCloudEvent | AcsChatMessageEditedCloudEvent | AcsChatMessageEditedInThreadCloudEvent | AcsChatMessageReceivedCloudEvent | AcsChatMessageReceivedInThreadCloudEvent | AcsChatParticipantAddedToThreadWithUserCloudEvent | AcsChatParticipantRemovedFromThreadWithUserCloudEvent | AcsChatThreadCreatedCloudEvent | AcsChatThreadCreatedWithUserCloudEvent | AcsChatThreadDeletedCloudEvent | AcsChatThreadParticipantAddedCloudEvent | AcsChatThreadParticipantRemovedCloudEvent | AcsChatThreadPropertiesUpdatedCloudEvent | AcsChatThreadPropertiesUpdatedPerUserCloudEvent | AcsChatThreadWithUserDeletedCloudEvent | AcsInstantMessageDeletedCloudEvent | AcsInstantMessageEditedCloudEvent | AcsInstantMessageReceivedCloudEvent | AcsSmsDeliveryReportReceivedCloudEvent | AcsSmsReceivedCloudEvent;
/** Every ACS event type in the catalog, sorted. */
export declare const acsEventTypes: readonly AcsEventType[];
