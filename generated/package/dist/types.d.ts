// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* Published when Communication Services completes an AI analysis (intent, language, key phrases) of a customer's message, for resources that opted in to message analysis. Preview; the REST API spec has no definition for it.
*
* Data of the `Microsoft.Communication.AdvancedMessageAnalysisCompleted` event.
*/
export interface AcsAdvancedMessageAnalysisCompletedEventData extends AdvancedMessageEventBase {
	/**
	* The customer's message that was analysed.
	*/
	originalMessage?: string;
	/**
	* The intent the analysis found in the message, as text.
	*/
	intentAnalysis?: string;
	/**
	* The language detected in the message.
	*/
	languageDetection?: AdvancedMessageLanguageDetection;
	/**
	* The key phrases extracted from the message.
	*/
	extractedKeyPhrases?: string[];
}
/** The properties every Advanced Messaging event carries (the spec's AcsMessageEventData, whose description "Schema of common properties of all chat thread events" is pasted from chat): who sent the message, who received it, when, on which channel, and the channel's error if any. `channelType` is declared by each of the spec's event definitions rather than by its base; every docs table and sample gives it, so it is stated once here. */
export interface AdvancedMessageEventBase {
	/**
	* The kind of channel the message was sent on.
	*
	* Known values (the service may send others):
	* - `whatsapp`: WhatsApp.
	*/
	channelType: "whatsapp" | (string & {});
	/**
	* The sender: the WhatsApp user's id for a received message, the business channel's id for a delivery status update.
	*/
	from: string;
	/**
	* The recipient: the business channel's id (a GUID) for a received message, the WhatsApp user's id for a delivery status update.
	*/
	to: string;
	/**
	* When the message (or the status update) was received.
	*/
	receivedTimestamp: string;
	/**
	* The channel's error, when the channel reported one.
	*/
	error?: AdvancedMessageChannelEventError;
}
/**
* Published when Communication Services Advanced Messaging receives a status update (sent, delivered, read, failed …) for a message the business sent.
*
* Data of the `Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated` event.
*/
export interface AcsAdvancedMessageDeliveryStatusUpdatedEventData extends AdvancedMessageEventBase {
	/**
	* The id of the message the business sent, a GUID.
	*/
	messageId: string;
	/**
	* The new status of the message.
	*
	* Known values (the service may send others):
	* - `Sent`: The messaging service sent the message to the recipient.
	* - `Delivered`: The message recipient received the message.
	* - `Read`: The message recipient read the message.
	* - `Failed`: The message failed to send correctly (error gives the channel's reason).
	* - `Warning`: A warning status (REST API spec only; the docs do not list it).
	* - `Unknown`: An unknown status (REST API spec only; the docs do not list it).
	*/
	status: "Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | (string & {});
}
/**
* Published when Communication Services Advanced Messaging receives a message (e.g. a WhatsApp user writes to a WhatsApp Business number connected to an Advanced Messaging channel).
*
* Data of the `Microsoft.Communication.AdvancedMessageReceived` event.
*/
export interface AcsAdvancedMessageReceivedEventData extends AdvancedMessageEventBase {
	/**
	* The id of the received message, a GUID (docs table and spec; no sample carries it).
	*/
	messageId?: string;
	/**
	* The kind of message received. Samples show text, image, document, interactive, sticker, reaction and button; the spec types it as a plain string.
	*/
	messageType: string;
	/**
	* The text content of the message, for a text message.
	*/
	content?: string;
	/**
	* The received media, for image, document, sticker … messages.
	*/
	media?: AdvancedMessageMediaContent;
	/**
	* The business message the customer replied to, when the message is a reply.
	*/
	context?: AdvancedMessageContext;
	/**
	* The template button the customer selected, for a button message.
	*/
	button?: AdvancedMessageButtonContent;
	/**
	* The customer's button or list selection, for an interactive message.
	*/
	interactive?: AdvancedMessageInteractiveContent;
	/**
	* The customer's emoji reaction to a business message, for a reaction message.
	*/
	reaction?: AdvancedMessageReactionContent;
}
/**
* Published when a call is ended.
*
* Data of the `Microsoft.Communication.CallEnded` event.
*/
export interface AcsCallEndedEventData extends CallingEventBase {
	/**
	* Who ended the call.
	*/
	endedBy?: CallEndedBy;
	/**
	* Why the call ended.
	*/
	reason?: CallEndReason;
	/**
	* Duration of the call in seconds (the spec's name).
	*/
	callDurationInSeconds?: number;
}
/** The properties every calling event carries (the spec's AcsCallingEventProperties): the server call, who started it, and its group or room. */
export interface CallingEventBase {
	/**
	* The call participant who initiated the call.
	*/
	startedBy: CallParticipant;
	/**
	* The server call id (Call Automation's handle on the call).
	*/
	serverCallId: string;
	/**
	* The group call the event belongs to, for group calls.
	*/
	group?: CallGroup;
	/**
	* The room the call takes place in, for rooms calls.
	*/
	room?: CallRoom;
	/**
	* Whether the call has exactly two parties.
	*/
	isTwoParty?: boolean;
	/**
	* The correlation id (call id) of the call.
	*/
	correlationId: string;
	/**
	* Whether the call is a rooms call.
	*/
	isRoomsCall?: boolean;
}
/**
* Published when a participant is added to a call.
*
* Data of the `Microsoft.Communication.CallParticipantAdded` event.
*/
export interface AcsCallParticipantAddedEventData extends CallParticipantEventBase {}
/** The properties of the CallParticipantAdded and CallParticipantRemoved events (the spec's AcsCallParticipantEventData): the calling event's properties and the participant. */
export interface CallParticipantEventBase extends CallingEventBase {
	/**
	* The participant who joined or left.
	*/
	user?: CallParticipant;
	/**
	* The display name of the participant.
	*/
	displayName?: string;
	/**
	* The id of the participant.
	*/
	participantId?: string;
	/**
	* The user agent of the participant (the spec's name; the 2022 docs samples write endpointType).
	*/
	userAgent?: string;
}
/**
* Published when a participant is removed from a call.
*
* Data of the `Microsoft.Communication.CallParticipantRemoved` event.
*/
export interface AcsCallParticipantRemovedEventData extends CallParticipantEventBase {}
/**
* Published when a call is started.
*
* Data of the `Microsoft.Communication.CallStarted` event.
*/
export interface AcsCallStartedEventData extends CallingEventBase {}
/**
* Published when an Azure bot command is received in a chat thread (REST API spec only: no docs page lists it).
*
* Data of the `Microsoft.Communication.ChatAzureBotCommandReceivedInThread` event.
*/
export interface AcsChatAzureBotCommandReceivedInThreadEventData extends ChatMessageInThreadEventBase {
	/**
	* The body of the bot command message.
	*/
	messageBody: string;
	/**
	* Metadata attached to the bot command message.
	*/
	metadata?: ChatMessageMetadata;
}
/** The properties every thread-level chat message event carries (the spec's AcsChatMessageEventInThreadBaseProperties): the thread, the message and its sender. Used by the spec-only ChatAzureBotCommandReceivedInThread and ChatTypingIndicatorReceivedInThread; ChatMessageReceivedInThread, ChatMessageEditedInThread and ChatMessageDeletedInThread (curated from the 2021 docs) write the same properties out, with the stricter requiredness their samples show. */
export interface ChatMessageInThreadEventBase extends ChatInThreadEventBase {
	/**
	* The chat message id.
	*/
	messageId: string;
	/**
	* The identifier of the message sender.
	*/
	senderCommunicationIdentifier: CommunicationIdentifier;
	/**
	* The display name of the message sender.
	*/
	senderDisplayName?: string;
	/**
	* When the message was composed.
	*/
	composeTime?: string;
	/**
	* The message type, e.g. "Text".
	*/
	type: string;
	/**
	* The version of the message, in milliseconds since the Unix epoch of its last change.
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
	*/
	version?: number;
}
/** The properties every thread-level chat event carries (the spec's AcsChatEventInThreadBaseProperties): the thread and the transaction. The thread-level events curated from the 2021 docs write these properties out instead of extending this base. */
export interface ChatInThreadEventBase {
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	/**
	* The thread's metadata (REST API spec; no docs sample shows it).
	*/
	metadata?: ChatThreadMetadata;
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	/**
	* The thread's metadata (REST API spec; no docs sample shows it).
	*/
	metadata?: ChatThreadMetadata;
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	/**
	* The thread's metadata (REST API spec; no docs sample shows it).
	*/
	metadata?: ChatThreadMetadata;
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
	/**
	* The thread's metadata (REST API spec; no docs sample shows it).
	*/
	metadata?: ChatThreadMetadata;
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
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
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
* Published when a typing indicator is received in a chat thread (REST API spec only: no docs page lists it).
*
* Data of the `Microsoft.Communication.ChatTypingIndicatorReceivedInThread` event.
*/
export interface AcsChatTypingIndicatorReceivedInThreadEventData extends ChatMessageInThreadEventBase {
	/**
	* The body of the typing indicator message.
	*/
	messageBody: string;
	/**
	* Metadata attached to the typing indicator message.
	*/
	metadata?: ChatMessageMetadata;
}
/**
* Published when a delivery report is received for an email sent by the Communication Service.
*
* Data of the `Microsoft.Communication.EmailDeliveryReportReceived` event.
*/
export interface AcsEmailDeliveryReportReceivedEventData {
	/**
	* The sender email address.
	*/
	sender: string;
	/**
	* The recipient email address.
	*/
	recipient: string;
	/**
	* The Internet Message-ID of the email.
	*/
	internetMessageId?: string;
	/**
	* The id of the email.
	*/
	messageId?: string;
	/**
	* The delivery status. Any value other than Delivered is considered failed.
	*
	* Known values (the service may send others):
	* - `Bounced`: Hard bounce detected while sending the email (the address does not exist or the domain is invalid).
	* - `Delivered`: The email was handed over to the recipient's mail transfer agent.
	* - `Expanded`: A distribution group recipient was expanded before delivery to its members (docs only).
	* - `Failed`: The email was not delivered.
	* - `FilteredSpam`: The email was identified as spam and rejected or blocked (not quarantined).
	* - `Quarantined`: The email was quarantined (as spam, bulk mail, or phishing).
	* - `Suppressed`: The recipient had hard bounced before; emails to it are temporarily suppressed.
	*/
	status?: "Bounced" | "Delivered" | "Expanded" | "Failed" | "FilteredSpam" | "Quarantined" | "Suppressed" | (string & {});
	/**
	* Details of the delivery status, if any.
	*/
	deliveryStatusDetails: EmailDeliveryStatusDetails;
	/**
	* When the delivery was attempted, as the REST API spec spells it.
	*/
	deliveryAttemptTimestamp?: string;
}
/**
* Published when an email sent is opened, or a link in it is clicked (when engagement tracking is on).
*
* Data of the `Microsoft.Communication.EmailEngagementTrackingReportReceived` event.
*/
export interface AcsEmailEngagementTrackingReportReceivedEventData {
	/**
	* The sender email address.
	*/
	sender?: string;
	/**
	* The recipient email address.
	*/
	recipient?: string;
	/**
	* The id of the email.
	*/
	messageId?: string;
	/**
	* When the user acted on the email, as the REST API spec spells it.
	*/
	userActionTimestamp?: string;
	/**
	* For a click, the link that was clicked; empty for a view.
	*/
	engagementContext?: string;
	/**
	* The user agent that acted on the email.
	*/
	userAgent?: string;
	/**
	* How the user engaged with the email.
	*
	* Known values (the service may send others):
	* - `view`: The email was opened.
	* - `click`: A link in the email was clicked.
	*/
	engagementType?: "view" | "click" | (string & {});
}
/**
* Published when there is an incoming call to a Communication Services user or phone number (Call Automation answers it with incomingCallContext).
*
* Data of the `Microsoft.Communication.IncomingCall` event.
*/
export interface AcsIncomingCallEventData {
	/**
	* The called user or phone number.
	*/
	to?: CommunicationIdentifier;
	/**
	* The caller.
	*/
	from?: CommunicationIdentifier;
	/**
	* The server call id.
	*/
	serverCallId?: string;
	/**
	* The display name of the caller.
	*/
	callerDisplayName?: string;
	/**
	* SIP and VoIP headers of the incoming call.
	*/
	customContext?: IncomingCallCustomContext;
	/**
	* The signed incoming call context (a JWT) that answers, redirects or rejects the call.
	*/
	incomingCallContext?: string;
	/**
	* The user on whose behalf the call is made.
	*/
	onBehalfOfCallee?: CommunicationIdentifier;
	/**
	* The correlation id (call id) of the call.
	*/
	correlationId?: string;
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
* Published when a call recording file is available.
*
* Data of the `Microsoft.Communication.RecordingFileStatusUpdated` event.
*/
export interface AcsRecordingFileStatusUpdatedEventData {
	/**
	* Where the recording is stored.
	*/
	recordingStorageInfo: RecordingStorageInfo;
	/**
	* When the recording started.
	*/
	recordingStartTime?: string;
	/**
	* The recording duration in milliseconds.
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
	*/
	recordingDurationMs?: number;
	/**
	* The recording content type.
	*
	* Known values (the service may send others):
	* - `AudioVideo`
	* - `Audio`
	*/
	recordingContentType?: "AudioVideo" | "Audio" | (string & {});
	/**
	* The recording channel type.
	*
	* Known values (the service may send others):
	* - `Mixed`
	* - `Unmixed`
	*/
	recordingChannelType?: "Mixed" | "Unmixed" | (string & {});
	/**
	* The recording format type.
	*
	* Known values (the service may send others):
	* - `Wav`
	* - `Mp3`
	* - `Mp4`
	*/
	recordingFormatType?: "Wav" | "Mp3" | "Mp4" | (string & {});
	/**
	* Why the recording session ended (the docs sample shows CallEnded).
	*/
	sessionEndReason?: string;
}
/**
* Published when a job was canceled.
*
* Data of the `Microsoft.Communication.RouterJobCancelled` event.
*/
export interface AcsRouterJobCancelledEventData extends RouterJobEventBase {
	/**
	* The note given when the job was canceled.
	*/
	note?: string | null;
	/**
	* The disposition code given when the job was canceled.
	*/
	dispositionCode: string;
}
/** What every RouterJob* event carries: the job, its channel and queue, labels and tags. */
export interface RouterJobEventBase extends RouterEventBase {
	/**
	* The id of the job's queue; null (or absent) before a queue is chosen.
	*/
	queueId?: string | null;
	/**
	* The job's labels.
	*/
	labels: RouterLabels;
	/**
	* The job's tags.
	*/
	tags: RouterLabels;
}
/** What every Job Router job and offer event carries: the job and its channel. */
export interface RouterEventBase {
	/**
	* The job id.
	*/
	jobId: string;
	/**
	* The caller's reference for the job on its channel, as given when the job was created.
	*/
	channelReference?: string | null;
	/**
	* The id of the job's channel (e.g. a voice channel).
	*/
	channelId: string;
}
/**
* Published when Job Router failed to classify a job using its classification policy.
*
* Data of the `Microsoft.Communication.RouterJobClassificationFailed` event.
*/
export interface AcsRouterJobClassificationFailedEventData extends RouterJobEventBase {
	/**
	* The id of the classification policy that failed.
	*/
	classificationPolicyId: string;
	/**
	* Why classification failed.
	*/
	errors: RouterCommunicationError[];
}
/**
* Published when the classification policy was applied to a job.
*
* Data of the `Microsoft.Communication.RouterJobClassified` event.
*/
export interface AcsRouterJobClassifiedEventData extends RouterJobEventBase {
	/**
	* The queue the job is in; never null here, since the subject names it.
	*/
	queueId: string;
	/**
	* The queue the classification policy chose.
	*/
	queueDetails: RouterQueueDetails;
	/**
	* The id of the classification policy applied.
	*/
	classificationPolicyId: string;
	/**
	* The job priority the classification policy set; null when it does not set priority.
	*
	* Format int32: a 32-bit integer, from -2147483648 to 2147483647.
	*/
	priority?: number | null;
	/**
	* The worker selectors the classification policy attached.
	*/
	attachedWorkerSelectors?: RouterWorkerSelector[] | null;
}
/**
* Published when a job was closed and wrap-up is finished.
*
* Data of the `Microsoft.Communication.RouterJobClosed` event.
*/
export interface AcsRouterJobClosedEventData extends RouterJobEventBase {
	/**
	* The id of the job's assignment to the worker.
	*/
	assignmentId: string;
	/**
	* The id of the worker who closed the job.
	*/
	workerId: string;
	/**
	* The disposition code given when the job was closed.
	*/
	dispositionCode?: string | null;
}
/**
* Published when a job was completed and enters wrap-up.
*
* Data of the `Microsoft.Communication.RouterJobCompleted` event.
*/
export interface AcsRouterJobCompletedEventData extends RouterJobEventBase {
	/**
	* The id of the job's assignment to the worker.
	*/
	assignmentId: string;
	/**
	* The id of the worker who completed the job.
	*/
	workerId: string;
}
/**
* Published when a job has been deleted.
*
* Data of the `Microsoft.Communication.RouterJobDeleted` event.
*/
export interface AcsRouterJobDeletedEventData extends RouterJobEventBase {}
/**
* Published when a job exception rule has been triggered.
*
* Data of the `Microsoft.Communication.RouterJobExceptionTriggered` event.
*/
export interface AcsRouterJobExceptionTriggeredEventData extends RouterJobEventBase {
	/**
	* The key of the exception rule that triggered.
	*/
	ruleKey: string;
	/**
	* The id of the exception policy the rule belongs to.
	*/
	exceptionRuleId: string;
}
/**
* Published when a job has been successfully enqueued.
*
* Data of the `Microsoft.Communication.RouterJobQueued` event.
*/
export interface AcsRouterJobQueuedEventData extends RouterJobEventBase {
	/**
	* The queue the job is in; never null here, since the subject names it.
	*/
	queueId: string;
	/**
	* The job priority.
	*
	* Format int32: a 32-bit integer, from -2147483648 to 2147483647.
	*/
	priority: number;
	/**
	* The worker selectors given when the job was created.
	*/
	requestedWorkerSelectors?: RouterWorkerSelector[] | null;
	/**
	* The worker selectors a classification policy attached.
	*/
	attachedWorkerSelectors?: RouterWorkerSelector[] | null;
}
/**
* Published when a new job was created for routing.
*
* Data of the `Microsoft.Communication.RouterJobReceived` event.
*/
export interface AcsRouterJobReceivedEventData extends RouterJobEventBase {
	/**
	* The job status when the job was received: PendingClassification (a classification policy is yet to run) or Queued (the job was created with a queueId), per the docs; the spec lists every job status.
	*
	* Known values (the service may send others):
	* - `PendingClassification`
	* - `Queued`
	* - `Assigned`
	* - `Completed`
	* - `Closed`
	* - `Cancelled`
	* - `ClassificationFailed`
	* - `Created`
	* - `PendingSchedule`
	* - `Scheduled`
	* - `ScheduleFailed`
	* - `WaitingForActivation`
	*/
	jobStatus: "PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | (string & {});
	/**
	* The id of the classification policy that classifies the job; null when the job was created with a queueId.
	*/
	classificationPolicyId?: string | null;
	/**
	* The job priority; null when a classification policy sets it, set on direct queue assignment.
	*
	* Format int32: a 32-bit integer, from -2147483648 to 2147483647.
	*/
	priority?: number | null;
	/**
	* The worker selectors given when the job was created.
	*/
	requestedWorkerSelectors?: RouterWorkerSelector[] | null;
	/**
	* When a scheduled job is to be activated, as given when the job was created.
	*/
	scheduledOn?: string | null;
	/**
	* Whether the job is kept out of matching (as given when the job was created).
	*/
	unavailableForMatching: boolean;
}
/**
* Published when a scheduled job was requested but Job Router failed to schedule it.
*
* Data of the `Microsoft.Communication.RouterJobSchedulingFailed` event.
*/
export interface AcsRouterJobSchedulingFailedEventData extends RouterJobEventBase {
	/**
	* The job priority.
	*
	* Format int32: a 32-bit integer, from -2147483648 to 2147483647.
	*/
	priority: number;
	/**
	* The worker selectors given when the job was created.
	*/
	requestedWorkerSelectors?: RouterWorkerSelector[] | null;
	/**
	* The worker selectors a classification policy attached.
	*/
	attachedWorkerSelectors?: RouterWorkerSelector[] | null;
	/**
	* When the job was to be activated.
	*/
	scheduledOn?: string | null;
	/**
	* Why scheduling failed.
	*/
	failureReason?: string | null;
}
/**
* Published when an already assigned job has been unassigned from a worker.
*
* Data of the `Microsoft.Communication.RouterJobUnassigned` event.
*/
export interface AcsRouterJobUnassignedEventData extends RouterJobEventBase {
	/**
	* The id of the assignment that was removed.
	*/
	assignmentId: string;
	/**
	* The id of the worker the job was unassigned from.
	*/
	workerId: string;
}
/**
* Published when a scheduled job's requested time has arrived and Job Router waits for the application to act on the job.
*
* Data of the `Microsoft.Communication.RouterJobWaitingForActivation` event.
*/
export interface AcsRouterJobWaitingForActivationEventData extends RouterJobEventBase {
	/**
	* The job priority.
	*
	* Format int32: a 32-bit integer, from -2147483648 to 2147483647.
	*/
	priority: number;
	/**
	* The worker selectors given when the job was created.
	*/
	requestedWorkerSelectors?: RouterWorkerSelector[] | null;
	/**
	* The worker selectors a classification policy attached.
	*/
	attachedWorkerSelectors?: RouterWorkerSelector[] | null;
	/**
	* When the job was scheduled to be activated.
	*/
	scheduledOn?: string | null;
	/**
	* Whether the job is kept out of matching.
	*/
	unavailableForMatching: boolean;
}
/**
* Published when one or more worker selectors on a job have expired.
*
* Data of the `Microsoft.Communication.RouterJobWorkerSelectorsExpired` event.
*/
export interface AcsRouterJobWorkerSelectorsExpiredEventData extends RouterJobEventBase {
	/**
	* The queue the job is in; never null here, since the subject names it.
	*/
	queueId: string;
	/**
	* The expired worker selectors among those given when the job was created.
	*/
	requestedWorkerSelectorsExpired?: RouterWorkerSelector[] | null;
	/**
	* The expired worker selectors among those a classification policy attached.
	*/
	attachedWorkerSelectorsExpired?: RouterWorkerSelector[] | null;
}
/**
* Published when a worker has been deleted.
*
* Data of the `Microsoft.Communication.RouterWorkerDeleted` event.
*/
export interface AcsRouterWorkerDeletedEventData extends RouterWorker {}
/** A Job Router worker's state: capacity, queues, channels, labels and tags, as RouterWorkerRegistered, RouterWorkerDeleted and RouterWorkerUpdated give it. */
export interface RouterWorker {
	/**
	* The worker id.
	*/
	workerId: string;
	/**
	* The worker's total capacity, shared by its jobs by their channels' capacityCostPerJob.
	*
	* Format int32: a 32-bit integer, from -2147483648 to 2147483647.
	*/
	totalCapacity: number;
	/**
	* The queues the worker takes jobs from.
	*/
	queueAssignments: RouterQueueDetails[];
	/**
	* The worker's capacity per channel.
	*/
	channelConfigurations: RouterChannelConfiguration[];
	/**
	* The worker's labels.
	*/
	labels?: RouterLabels | null;
	/**
	* The worker's tags.
	*/
	tags?: RouterLabels | null;
}
/**
* Published when a worker has been deregistered (its status changed from active to inactive or draining).
*
* Data of the `Microsoft.Communication.RouterWorkerDeregistered` event.
*/
export interface AcsRouterWorkerDeregisteredEventData {
	/**
	* The worker id.
	*/
	workerId: string;
}
/**
* Published when an offer to a worker was accepted.
*
* Data of the `Microsoft.Communication.RouterWorkerOfferAccepted` event.
*/
export interface AcsRouterWorkerOfferAcceptedEventData extends RouterWorkerEventBase {
	/**
	* The id of the queue the job was offered from.
	*/
	queueId: string;
	/**
	* The offer id.
	*/
	offerId: string;
	/**
	* The id of the job's assignment to the worker.
	*/
	assignmentId: string;
	/**
	* The priority of the accepted job.
	*
	* Format int32: a 32-bit integer, from -2147483648 to 2147483647.
	*/
	jobPriority: number;
	/**
	* The accepted job's labels.
	*/
	jobLabels?: RouterLabels | null;
	/**
	* The accepted job's tags.
	*/
	jobTags?: RouterLabels | null;
	/**
	* The worker's labels; in the REST API spec only; no docs sample or table row shows it.
	*/
	workerLabels?: RouterLabels;
	/**
	* The worker's tags; in the REST API spec only; no docs sample or table row shows it.
	*/
	workerTags?: RouterLabels;
}
/** What every RouterWorkerOffer* event carries: the job, its channel and the worker. */
export interface RouterWorkerEventBase extends RouterEventBase {
	/**
	* The worker id.
	*/
	workerId: string;
}
/**
* Published when an offer to a worker was declined.
*
* Data of the `Microsoft.Communication.RouterWorkerOfferDeclined` event.
*/
export interface AcsRouterWorkerOfferDeclinedEventData extends RouterWorkerEventBase {
	/**
	* The id of the queue the job was offered from.
	*/
	queueId: string;
	/**
	* The offer id.
	*/
	offerId: string;
}
/**
* Published when an offer to a worker has expired.
*
* Data of the `Microsoft.Communication.RouterWorkerOfferExpired` event.
*/
export interface AcsRouterWorkerOfferExpiredEventData extends RouterWorkerEventBase {
	/**
	* The id of the queue the job was offered from.
	*/
	queueId: string;
	/**
	* The offer id.
	*/
	offerId: string;
}
/**
* Published when a job was offered to a worker.
*
* Data of the `Microsoft.Communication.RouterWorkerOfferIssued` event.
*/
export interface AcsRouterWorkerOfferIssuedEventData extends RouterWorkerEventBase {
	/**
	* The id of the queue the job was offered from.
	*/
	queueId: string;
	/**
	* The offer id.
	*/
	offerId: string;
	/**
	* When the offer was made.
	*/
	offeredOn: string;
	/**
	* When the offer expires.
	*/
	expiresOn: string;
	/**
	* The priority of the offered job.
	*
	* Format int32: a 32-bit integer, from -2147483648 to 2147483647.
	*/
	jobPriority: number;
	/**
	* The offered job's labels.
	*/
	jobLabels?: RouterLabels | null;
	/**
	* The offered job's tags.
	*/
	jobTags?: RouterLabels | null;
	/**
	* The worker's labels; in the REST API spec only; no docs sample or table row shows it.
	*/
	workerLabels?: RouterLabels;
	/**
	* The worker's tags; in the REST API spec only; no docs sample or table row shows it.
	*/
	workerTags?: RouterLabels;
}
/**
* Published when an offer to a worker was revoked.
*
* Data of the `Microsoft.Communication.RouterWorkerOfferRevoked` event.
*/
export interface AcsRouterWorkerOfferRevokedEventData extends RouterWorkerEventBase {
	/**
	* The id of the queue the job was offered from.
	*/
	queueId: string;
	/**
	* The offer id.
	*/
	offerId: string;
}
/**
* Published when a worker has been registered (its status changed from inactive or draining to active).
*
* Data of the `Microsoft.Communication.RouterWorkerRegistered` event.
*/
export interface AcsRouterWorkerRegisteredEventData extends RouterWorker {}
/**
* Published when a worker's properties were updated (defined by the REST API spec only; the docs page does not list it).
*
* Data of the `Microsoft.Communication.RouterWorkerUpdated` event.
*/
export interface AcsRouterWorkerUpdatedEventData extends RouterWorker {
	/**
	* The worker properties the update changed.
	*
	* Items: A worker property that changed.
	*
	* Known values (the service may send others):
	* - `AvailableForOffers`
	* - `TotalCapacity`
	* - `QueueAssignments`
	* - `Labels`
	* - `Tags`
	* - `ChannelConfigurations`
	*/
	updatedWorkerProperties?: ("AvailableForOffers" | "TotalCapacity" | "QueueAssignments" | "Labels" | "Tags" | "ChannelConfigurations" | (string & {}))[];
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
	/**
	* The customer tag set on the original message, if any (the REST API spec's name; the 2025 docs sample writes Tag).
	*/
	tag?: string;
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
	/**
	* The number of segments the SMS was received in (2025 docs and the REST API spec; absent from the 2020–2021 samples).
	*
	* Format int32: a 32-bit integer, from -2147483648 to 2147483647.
	*/
	segmentCount?: number;
}
/**
* Published when a Communication Services user is designated as having disconnected from Communication Services (chat only).
*
* Data of the `Microsoft.Communication.UserDisconnected` event.
*/
export interface AcsUserDisconnectedEventData {
	/**
	* The user who disconnected.
	*/
	userCommunicationIdentifier?: CommunicationIdentifier;
}
/** The template button a customer selected (the spec's AcsMessageButtonContent; the docs' ButtonContent). */
export interface AdvancedMessageButtonContent {
	/**
	* The text of the button.
	*/
	text?: string;
	/**
	* The payload of the button, set up by the business.
	*/
	payload?: string;
}
/** An error reported by the messaging channel (the spec's AcsMessageChannelEventError; the docs' ChannelEventError). */
export interface AdvancedMessageChannelEventError {
	/**
	* The error code received on this channel (a string, e.g. "131026").
	*/
	channelCode?: string;
	/**
	* The error message received on this channel.
	*/
	channelMessage?: string;
}
/** The message a received message replies to (the spec's AcsMessageContext; the docs' MessageContext). */
export interface AdvancedMessageContext {
	/**
	* The WhatsApp id of the customer who replied to an inbound message.
	*/
	from?: string;
	/**
	* The id of the business message the customer replied to.
	*/
	id?: string;
}
/** The button a customer selected in an interactive message (the spec's AcsMessageInteractiveButtonReplyContent). */
export interface AdvancedMessageInteractiveButtonReplyContent {
	/**
	* The id of the button.
	*/
	id?: string;
	/**
	* The title of the button.
	*/
	title?: string;
}
/** A customer's response to an interactive message: a button or a list item (the spec's AcsMessageInteractiveContent; the docs' InteractiveContent). */
export interface AdvancedMessageInteractiveContent {
	/**
	* The kind of interactive reply (the docs' InteractiveReplyType).
	*
	* Known values (the service may send others):
	* - `buttonReply`: The interactive content is a button.
	* - `listReply`: The interactive content is a list.
	* - `unknown`: The interactive content is unknown.
	*/
	type?: "buttonReply" | "listReply" | "unknown" | (string & {});
	/**
	* The button the customer selected, for a buttonReply.
	*/
	buttonReply?: AdvancedMessageInteractiveButtonReplyContent;
	/**
	* The list item the customer selected, for a listReply.
	*/
	listReply?: AdvancedMessageInteractiveListReplyContent;
}
/** The list item a customer selected in an interactive message (the spec's AcsMessageInteractiveListReplyContent). */
export interface AdvancedMessageInteractiveListReplyContent {
	/**
	* The id of the selected list item.
	*/
	id?: string;
	/**
	* The title of the selected list item.
	*/
	title?: string;
	/**
	* The description of the selected list item.
	*/
	description?: string;
}
/** The language detected in a customer's message, by the (preview) message analysis (the docs' LanguageDetection; the REST API spec has no definition for it). */
export interface AdvancedMessageLanguageDetection {
	/**
	* The language detected, by name (e.g. English).
	*/
	language?: string;
	/**
	* The confidence score of the detected language, e.g. 0.99 (the docs type it float).
	*/
	confidenceScore?: number;
	/**
	* The message translation (in the docs table, never in a sample).
	*/
	translation?: string;
}
/** Media (image, document, sticker …) in a received message (the spec's AcsMessageMediaContent; the docs' MediaContent). */
export interface AdvancedMessageMediaContent {
	/**
	* The MIME type of the media, e.g. image/jpeg; determines the file type of the download.
	*/
	mimeType: string;
	/**
	* The media id (a GUID) that retrieves the media for download.
	*/
	id: string;
	/**
	* The filename of the underlying media file as specified when uploaded.
	*/
	fileName?: string;
	/**
	* The caption of the media, if supported and provided.
	*/
	caption?: string;
	/**
	* For a sticker, whether it is animated.
	*/
	animated?: boolean;
}
/** An emoji reaction to a business message (the spec's AcsMessageReactionContent; the docs' ReactionContent). */
export interface AdvancedMessageReactionContent {
	/**
	* The id of the message the reaction applies to.
	*/
	messageId: string;
	/**
	* The emoji, as its unicode character(s).
	*/
	emoji?: string;
}
/** Why a call ended (the spec's AcsCallEndReasonProperties; no docs sample shows it). */
export interface CallEndReason {
	/**
	* Reason code for ending the call.
	*/
	code?: number;
	/**
	* Reason subcode for ending the call.
	*/
	subCode?: number;
	/**
	* Reason for ending the call, as text.
	*/
	phrase?: string;
}
/** Who ended a call (the spec's AcsCallEndedByProperties; no docs sample shows it). */
export interface CallEndedBy {
	/**
	* The communication identifier of the participant who ended the call.
	*/
	communicationIdentifier?: CommunicationIdentifier;
	/**
	* The kind of initiator that ended the call.
	*
	* Known values (the service may send others):
	* - `Participant`: Call end initiator is a participant.
	* - `MicrosoftInternal`: Call end initiator is the local participant.
	*/
	type?: "Participant" | "MicrosoftInternal" | (string & {});
	/**
	* The name of the participant who ended the call.
	*/
	name?: string;
}
/** The group of a group call (the spec's AcsCallGroupProperties). */
export interface CallGroup {
	/**
	* The group id, a GUID as a string.
	*/
	id?: string;
}
/** A participant of a call and its role (the spec's AcsCallParticipantProperties). */
export interface CallParticipant {
	/**
	* The participant's communication identifier.
	*/
	communicationIdentifier?: CommunicationIdentifier;
	/**
	* The participant's role in the call (every docs sample shows the placeholder "{role}").
	*/
	role?: string;
}
/** The room of a rooms call (the spec's AcsCallRoomProperties). */
export interface CallRoom {
	/**
	* The room id.
	*/
	id?: string;
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
	/**
	* The participant's metadata, a map of strings (the REST API spec's AcsChatThreadParticipantProperties.metadata; no docs sample shows it).
	*/
	metadata?: {
		[k: string]: string;
	};
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
/** A chat thread's metadata, a map of strings (the REST API spec gives it to ChatThreadCreated(WithUser) and ChatThreadPropertiesUpdated(PerUser); no docs sample shows it). */
export interface ChatThreadMetadata {
	[k: string]: string;
}
/** The chat thread's properties; the docs show `topic`, the service may add others. */
export interface ChatThreadProperties {
	/**
	* The thread's topic.
	*/
	topic?: string;
	[k: string]: unknown;
}
/** Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel. `kind` and `microsoftTeamsApp` follow the same model (the REST API spec refers to it as ../../../../../communication/data-plane/Common/stable/2023-11-15/common.json#/definitions/CommunicationIdentifierModel, a file that is not among the catalog's sources, so these shapes are unverified here); of the docs samples only IncomingCall's carry `kind` ("communicationUser"). */
export interface CommunicationIdentifier {
	/**
	* The identifier's raw string form, e.g. `8:acs:<resource id>_<user id>`.
	*/
	rawId: string;
	/**
	* Which kind-specific property accompanies rawId (newer events only; the 2021 samples lack it).
	*
	* Known values (the service may send others):
	* - `unknown`: An identifier of a kind this version does not know; only rawId is set.
	* - `communicationUser`: An Azure Communication Services user (communicationUser).
	* - `phoneNumber`: A phone number (phoneNumber).
	* - `microsoftTeamsUser`: A Microsoft Teams user (microsoftTeamsUser).
	* - `microsoftTeamsApp`: A Microsoft Teams application, e.g. a Teams Voice App (microsoftTeamsApp).
	*/
	kind?: "unknown" | "communicationUser" | "phoneNumber" | "microsoftTeamsUser" | "microsoftTeamsApp" | (string & {});
	communicationUser?: CommunicationUserIdentifier;
	phoneNumber?: PhoneNumberIdentifier;
	microsoftTeamsUser?: MicrosoftTeamsUserIdentifier;
	microsoftTeamsApp?: MicrosoftTeamsAppIdentifier;
}
/** An Azure Communication Services user. */
export interface CommunicationUserIdentifier {
	/**
	* The ACS user id, e.g. `8:acs:<resource id>_<user id>`.
	*/
	id: string;
}
/** Details of an email delivery status (the spec's AcsEmailDeliveryReportStatusDetails). */
export interface EmailDeliveryStatusDetails {
	/**
	* The host name of the recipient's mail server.
	*/
	recipientMailServerHostName?: string;
	/**
	* The detailed status message.
	*/
	statusMessage?: string;
}
/** Custom context of an incoming call (the spec's AcsIncomingCallCustomContext). */
export interface IncomingCallCustomContext {
	/**
	* SIP headers of the incoming call.
	*/
	sipHeaders?: {
		[k: string]: string;
	};
	/**
	* VoIP headers of the incoming call.
	*/
	voipHeaders?: {
		[k: string]: string;
	};
}
/** A Microsoft Teams application, e.g. a Teams Voice App (not seen in the docs samples; the Azure SDK's MicrosoftTeamsAppIdentifierModel, from the external common.json the REST API spec refers to). */
export interface MicrosoftTeamsAppIdentifier {
	/**
	* The Teams application's id.
	*/
	appId: string;
	/**
	* The cloud the Teams application belongs to.
	*
	* Known values (the service may send others):
	* - `public`: The public cloud.
	* - `dod`: The US Department of Defense cloud.
	* - `gcch`: The US Government Community Cloud High.
	*/
	cloud?: "public" | "dod" | "gcch" | (string & {});
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
	cloud?: "public" | "dod" | "gcch";
}
/** A phone number (not seen in the docs samples; Azure SDK shape). */
export interface PhoneNumberIdentifier {
	/**
	* The phone number in E.164 format.
	*/
	value: string;
}
/** One stored chunk of a call recording (the spec's AcsRecordingChunkInfoProperties). */
export interface RecordingChunkInfo {
	/**
	* The document id of the recording chunk.
	*/
	documentId?: string;
	/**
	* The index of the recording chunk.
	*
	* Format int64: a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values.
	*/
	index?: number;
	/**
	* Why the recording chunk ended (the docs sample shows SessionEnded).
	*/
	endReason?: string;
	/**
	* The URL of the chunk's metadata.
	*/
	metadataLocation?: string;
	/**
	* The URL of the chunk's content.
	*/
	contentLocation?: string;
	/**
	* The URL that deletes all of the chunk's storage.
	*/
	deleteLocation?: string;
}
/** Where a call recording is stored (the spec's AcsRecordingStorageInfoProperties). */
export interface RecordingStorageInfo {
	/**
	* The chunks the recording is stored in.
	*/
	recordingChunks?: RecordingChunkInfo[];
}
/** A worker's capacity on one channel. */
export interface RouterChannelConfiguration {
	/**
	* The channel id.
	*/
	channelId: string;
	/**
	* The share of the worker's total capacity one job on this channel uses.
	*
	* Format int32: a 32-bit integer, from -2147483648 to 2147483647.
	*/
	capacityCostPerJob: number;
	/**
	* The most jobs the worker takes on this channel; null when unlimited.
	*
	* Format int32: a 32-bit integer, from -2147483648 to 2147483647.
	*/
	maxNumberOfJobs?: number | null;
}
/** An error Job Router reports, with optional nested detail (OData error shape). */
export interface RouterCommunicationError {
	/**
	* The error code.
	*/
	code?: string | null;
	/**
	* The error message.
	*/
	message: string;
	/**
	* What the error refers to.
	*/
	target?: string | null;
	/**
	* The error that caused this one: itself a RouterCommunicationError (the spec's AcsRouterCommunicationError nests itself). Declared as an open object because the catalog format does not allow a definition to refer to itself.
	*/
	innerError?: {
		[k: string]: unknown;
	} | null;
	/**
	* Further errors behind this one, each itself a RouterCommunicationError (open objects, as innerError).
	*/
	details?: {
		[k: string]: unknown;
	}[] | null;
}
/** Labels or tags of a Job Router job, worker or queue: a map from a key to a scalar value. The docs type them Dictionary<string, object> and the Job Router API accepts string, number and boolean values; the REST API spec narrows the values to strings (every docs sample shows strings). */
export interface RouterLabels {
	/**
	* A label value: string, number or boolean.
	*/
	[k: string]: string | number | boolean;
}
/** A Job Router queue: its id, name and labels. */
export interface RouterQueueDetails {
	/**
	* The queue id.
	*/
	id: string;
	/**
	* The queue name.
	*/
	name: string;
	/**
	* The queue's labels.
	*/
	labels?: RouterLabels;
}
/** A condition a worker must meet to be offered a job: the worker label `key` compared with `value` by `labelOperator`, optionally limited in time (`ttlSeconds`, `expirationTime`). */
export interface RouterWorkerSelector {
	/**
	* The worker label key the selector tests.
	*/
	key: string;
	/**
	* How the worker label is compared with `value`. Known values as the REST API spec lists them; every docs sample writes camelCase "equal", so compare case-insensitively.
	*
	* Known values (the service may send others):
	* - `Equal`: =
	* - `NotEqual`: !=
	* - `Greater`: >
	* - `Less`: <
	* - `GreaterThanOrEqual`: >=
	* - `LessThanOrEqual`: <=
	*/
	labelOperator: "Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | (string & {});
	/**
	* The value the worker label is compared with (any JSON scalar).
	*/
	value?: string | number | boolean;
	/**
	* How long the selector applies, in seconds.
	*/
	ttlSeconds?: number;
	/**
	* Whether the selector is still active (no docs sample shows it).
	*
	* Known values (the service may send others):
	* - `active`: The selector is active.
	* - `expired`: The selector has expired.
	*/
	state?: "active" | "expired" | (string & {});
	/**
	* When the selector expires.
	*/
	expirationTime?: string;
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
export interface EventGridEvent<
	TType extends string = string,
	TData = unknown
> {
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
export interface CloudEvent<
	TType extends string = string,
	TData = unknown
> {
	/** The CloudEvents specification version. */
	specversion: "1.0";
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
	"Microsoft.Communication.AdvancedMessageAnalysisCompleted": AcsAdvancedMessageAnalysisCompletedEventData;
	"Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": AcsAdvancedMessageDeliveryStatusUpdatedEventData;
	"Microsoft.Communication.AdvancedMessageReceived": AcsAdvancedMessageReceivedEventData;
	"Microsoft.Communication.CallEnded": AcsCallEndedEventData;
	"Microsoft.Communication.CallParticipantAdded": AcsCallParticipantAddedEventData;
	"Microsoft.Communication.CallParticipantRemoved": AcsCallParticipantRemovedEventData;
	"Microsoft.Communication.CallStarted": AcsCallStartedEventData;
	"Microsoft.Communication.ChatAzureBotCommandReceivedInThread": AcsChatAzureBotCommandReceivedInThreadEventData;
	"Microsoft.Communication.ChatMemberAddedToThreadWithUser": AcsChatMemberAddedToThreadWithUserEventData;
	"Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": AcsChatMemberRemovedFromThreadWithUserEventData;
	"Microsoft.Communication.ChatMessageDeleted": AcsChatMessageDeletedEventData;
	"Microsoft.Communication.ChatMessageDeletedInThread": AcsChatMessageDeletedInThreadEventData;
	"Microsoft.Communication.ChatMessageEdited": AcsChatMessageEditedEventData;
	"Microsoft.Communication.ChatMessageEditedInThread": AcsChatMessageEditedInThreadEventData;
	"Microsoft.Communication.ChatMessageReceived": AcsChatMessageReceivedEventData;
	"Microsoft.Communication.ChatMessageReceivedInThread": AcsChatMessageReceivedInThreadEventData;
	"Microsoft.Communication.ChatParticipantAddedToThreadWithUser": AcsChatParticipantAddedToThreadWithUserEventData;
	"Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": AcsChatParticipantRemovedFromThreadWithUserEventData;
	"Microsoft.Communication.ChatThreadCreated": AcsChatThreadCreatedEventData;
	"Microsoft.Communication.ChatThreadCreatedWithUser": AcsChatThreadCreatedWithUserEventData;
	"Microsoft.Communication.ChatThreadDeleted": AcsChatThreadDeletedEventData;
	"Microsoft.Communication.ChatThreadParticipantAdded": AcsChatThreadParticipantAddedEventData;
	"Microsoft.Communication.ChatThreadParticipantRemoved": AcsChatThreadParticipantRemovedEventData;
	"Microsoft.Communication.ChatThreadPropertiesUpdated": AcsChatThreadPropertiesUpdatedEventData;
	"Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": AcsChatThreadPropertiesUpdatedPerUserEventData;
	"Microsoft.Communication.ChatThreadWithUserDeleted": AcsChatThreadWithUserDeletedEventData;
	"Microsoft.Communication.ChatTypingIndicatorReceivedInThread": AcsChatTypingIndicatorReceivedInThreadEventData;
	"Microsoft.Communication.EmailDeliveryReportReceived": AcsEmailDeliveryReportReceivedEventData;
	"Microsoft.Communication.EmailEngagementTrackingReportReceived": AcsEmailEngagementTrackingReportReceivedEventData;
	"Microsoft.Communication.IncomingCall": AcsIncomingCallEventData;
	"Microsoft.Communication.InstantMessageDeleted": AcsInstantMessageDeletedEventData;
	"Microsoft.Communication.InstantMessageEdited": AcsInstantMessageEditedEventData;
	"Microsoft.Communication.InstantMessageReceived": AcsInstantMessageReceivedEventData;
	"Microsoft.Communication.RecordingFileStatusUpdated": AcsRecordingFileStatusUpdatedEventData;
	"Microsoft.Communication.RouterJobCancelled": AcsRouterJobCancelledEventData;
	"Microsoft.Communication.RouterJobClassificationFailed": AcsRouterJobClassificationFailedEventData;
	"Microsoft.Communication.RouterJobClassified": AcsRouterJobClassifiedEventData;
	"Microsoft.Communication.RouterJobClosed": AcsRouterJobClosedEventData;
	"Microsoft.Communication.RouterJobCompleted": AcsRouterJobCompletedEventData;
	"Microsoft.Communication.RouterJobDeleted": AcsRouterJobDeletedEventData;
	"Microsoft.Communication.RouterJobExceptionTriggered": AcsRouterJobExceptionTriggeredEventData;
	"Microsoft.Communication.RouterJobQueued": AcsRouterJobQueuedEventData;
	"Microsoft.Communication.RouterJobReceived": AcsRouterJobReceivedEventData;
	"Microsoft.Communication.RouterJobSchedulingFailed": AcsRouterJobSchedulingFailedEventData;
	"Microsoft.Communication.RouterJobUnassigned": AcsRouterJobUnassignedEventData;
	"Microsoft.Communication.RouterJobWaitingForActivation": AcsRouterJobWaitingForActivationEventData;
	"Microsoft.Communication.RouterJobWorkerSelectorsExpired": AcsRouterJobWorkerSelectorsExpiredEventData;
	"Microsoft.Communication.RouterWorkerDeleted": AcsRouterWorkerDeletedEventData;
	"Microsoft.Communication.RouterWorkerDeregistered": AcsRouterWorkerDeregisteredEventData;
	"Microsoft.Communication.RouterWorkerOfferAccepted": AcsRouterWorkerOfferAcceptedEventData;
	"Microsoft.Communication.RouterWorkerOfferDeclined": AcsRouterWorkerOfferDeclinedEventData;
	"Microsoft.Communication.RouterWorkerOfferExpired": AcsRouterWorkerOfferExpiredEventData;
	"Microsoft.Communication.RouterWorkerOfferIssued": AcsRouterWorkerOfferIssuedEventData;
	"Microsoft.Communication.RouterWorkerOfferRevoked": AcsRouterWorkerOfferRevokedEventData;
	"Microsoft.Communication.RouterWorkerRegistered": AcsRouterWorkerRegisteredEventData;
	"Microsoft.Communication.RouterWorkerUpdated": AcsRouterWorkerUpdatedEventData;
	"Microsoft.Communication.SMSDeliveryReportReceived": AcsSmsDeliveryReportReceivedEventData;
	"Microsoft.Communication.SMSReceived": AcsSmsReceivedEventData;
	"Microsoft.Communication.UserDisconnected": AcsUserDisconnectedEventData;
}
/** Every ACS event type in the catalog. */
export type AcsEventType = keyof AcsEventDataMap;
/**
* Published when Communication Services completes an AI analysis (intent, language, key phrases) of a customer's message, for resources that opted in to message analysis. Preview; the REST API spec has no definition for it.
*
* `Microsoft.Communication.AdvancedMessageAnalysisCompleted` in the Event Grid schema envelope.
*/
export type AcsAdvancedMessageAnalysisCompletedEvent = EventGridEvent<"Microsoft.Communication.AdvancedMessageAnalysisCompleted", AcsAdvancedMessageAnalysisCompletedEventData>;
/**
* Published when Communication Services completes an AI analysis (intent, language, key phrases) of a customer's message, for resources that opted in to message analysis. Preview; the REST API spec has no definition for it.
*
* `Microsoft.Communication.AdvancedMessageAnalysisCompleted` in the CloudEvents 1.0 envelope.
*/
export type AcsAdvancedMessageAnalysisCompletedCloudEvent = CloudEvent<"Microsoft.Communication.AdvancedMessageAnalysisCompleted", AcsAdvancedMessageAnalysisCompletedEventData> & {
	data: AcsAdvancedMessageAnalysisCompletedEventData;
};
/**
* Published when Communication Services Advanced Messaging receives a status update (sent, delivered, read, failed …) for a message the business sent.
*
* `Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated` in the Event Grid schema envelope.
*/
export type AcsAdvancedMessageDeliveryStatusUpdatedEvent = EventGridEvent<"Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated", AcsAdvancedMessageDeliveryStatusUpdatedEventData>;
/**
* Published when Communication Services Advanced Messaging receives a status update (sent, delivered, read, failed …) for a message the business sent.
*
* `Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated` in the CloudEvents 1.0 envelope.
*/
export type AcsAdvancedMessageDeliveryStatusUpdatedCloudEvent = CloudEvent<"Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated", AcsAdvancedMessageDeliveryStatusUpdatedEventData> & {
	data: AcsAdvancedMessageDeliveryStatusUpdatedEventData;
};
/**
* Published when Communication Services Advanced Messaging receives a message (e.g. a WhatsApp user writes to a WhatsApp Business number connected to an Advanced Messaging channel).
*
* `Microsoft.Communication.AdvancedMessageReceived` in the Event Grid schema envelope.
*/
export type AcsAdvancedMessageReceivedEvent = EventGridEvent<"Microsoft.Communication.AdvancedMessageReceived", AcsAdvancedMessageReceivedEventData>;
/**
* Published when Communication Services Advanced Messaging receives a message (e.g. a WhatsApp user writes to a WhatsApp Business number connected to an Advanced Messaging channel).
*
* `Microsoft.Communication.AdvancedMessageReceived` in the CloudEvents 1.0 envelope.
*/
export type AcsAdvancedMessageReceivedCloudEvent = CloudEvent<"Microsoft.Communication.AdvancedMessageReceived", AcsAdvancedMessageReceivedEventData> & {
	data: AcsAdvancedMessageReceivedEventData;
};
/**
* Published when a call is ended.
*
* `Microsoft.Communication.CallEnded` in the Event Grid schema envelope.
*/
export type AcsCallEndedEvent = EventGridEvent<"Microsoft.Communication.CallEnded", AcsCallEndedEventData>;
/**
* Published when a call is ended.
*
* `Microsoft.Communication.CallEnded` in the CloudEvents 1.0 envelope.
*/
export type AcsCallEndedCloudEvent = CloudEvent<"Microsoft.Communication.CallEnded", AcsCallEndedEventData> & {
	data: AcsCallEndedEventData;
};
/**
* Published when a participant is added to a call.
*
* `Microsoft.Communication.CallParticipantAdded` in the Event Grid schema envelope.
*/
export type AcsCallParticipantAddedEvent = EventGridEvent<"Microsoft.Communication.CallParticipantAdded", AcsCallParticipantAddedEventData>;
/**
* Published when a participant is added to a call.
*
* `Microsoft.Communication.CallParticipantAdded` in the CloudEvents 1.0 envelope.
*/
export type AcsCallParticipantAddedCloudEvent = CloudEvent<"Microsoft.Communication.CallParticipantAdded", AcsCallParticipantAddedEventData> & {
	data: AcsCallParticipantAddedEventData;
};
/**
* Published when a participant is removed from a call.
*
* `Microsoft.Communication.CallParticipantRemoved` in the Event Grid schema envelope.
*/
export type AcsCallParticipantRemovedEvent = EventGridEvent<"Microsoft.Communication.CallParticipantRemoved", AcsCallParticipantRemovedEventData>;
/**
* Published when a participant is removed from a call.
*
* `Microsoft.Communication.CallParticipantRemoved` in the CloudEvents 1.0 envelope.
*/
export type AcsCallParticipantRemovedCloudEvent = CloudEvent<"Microsoft.Communication.CallParticipantRemoved", AcsCallParticipantRemovedEventData> & {
	data: AcsCallParticipantRemovedEventData;
};
/**
* Published when a call is started.
*
* `Microsoft.Communication.CallStarted` in the Event Grid schema envelope.
*/
export type AcsCallStartedEvent = EventGridEvent<"Microsoft.Communication.CallStarted", AcsCallStartedEventData>;
/**
* Published when a call is started.
*
* `Microsoft.Communication.CallStarted` in the CloudEvents 1.0 envelope.
*/
export type AcsCallStartedCloudEvent = CloudEvent<"Microsoft.Communication.CallStarted", AcsCallStartedEventData> & {
	data: AcsCallStartedEventData;
};
/**
* Published when an Azure bot command is received in a chat thread (REST API spec only: no docs page lists it).
*
* `Microsoft.Communication.ChatAzureBotCommandReceivedInThread` in the Event Grid schema envelope.
*/
export type AcsChatAzureBotCommandReceivedInThreadEvent = EventGridEvent<"Microsoft.Communication.ChatAzureBotCommandReceivedInThread", AcsChatAzureBotCommandReceivedInThreadEventData>;
/**
* Published when an Azure bot command is received in a chat thread (REST API spec only: no docs page lists it).
*
* `Microsoft.Communication.ChatAzureBotCommandReceivedInThread` in the CloudEvents 1.0 envelope.
*/
export type AcsChatAzureBotCommandReceivedInThreadCloudEvent = CloudEvent<"Microsoft.Communication.ChatAzureBotCommandReceivedInThread", AcsChatAzureBotCommandReceivedInThreadEventData> & {
	data: AcsChatAzureBotCommandReceivedInThreadEventData;
};
/**
* Published when the user is added as member to a chat thread.
*
* `Microsoft.Communication.ChatMemberAddedToThreadWithUser` in the Event Grid schema envelope.
* @deprecated Replaced by Microsoft.Communication.ChatParticipantAddedToThreadWithUser ({@link AcsChatParticipantAddedToThreadWithUserEvent}).
*/
export type AcsChatMemberAddedToThreadWithUserEvent = EventGridEvent<"Microsoft.Communication.ChatMemberAddedToThreadWithUser", AcsChatMemberAddedToThreadWithUserEventData>;
/**
* Published when the user is added as member to a chat thread.
*
* `Microsoft.Communication.ChatMemberAddedToThreadWithUser` in the CloudEvents 1.0 envelope.
* @deprecated Replaced by Microsoft.Communication.ChatParticipantAddedToThreadWithUser ({@link AcsChatParticipantAddedToThreadWithUserCloudEvent}).
*/
export type AcsChatMemberAddedToThreadWithUserCloudEvent = CloudEvent<"Microsoft.Communication.ChatMemberAddedToThreadWithUser", AcsChatMemberAddedToThreadWithUserEventData> & {
	data: AcsChatMemberAddedToThreadWithUserEventData;
};
/**
* Published when the user is removed from a chat thread.
*
* `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` in the Event Grid schema envelope.
* @deprecated Replaced by Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser ({@link AcsChatParticipantRemovedFromThreadWithUserEvent}).
*/
export type AcsChatMemberRemovedFromThreadWithUserEvent = EventGridEvent<"Microsoft.Communication.ChatMemberRemovedFromThreadWithUser", AcsChatMemberRemovedFromThreadWithUserEventData>;
/**
* Published when the user is removed from a chat thread.
*
* `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` in the CloudEvents 1.0 envelope.
* @deprecated Replaced by Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser ({@link AcsChatParticipantRemovedFromThreadWithUserCloudEvent}).
*/
export type AcsChatMemberRemovedFromThreadWithUserCloudEvent = CloudEvent<"Microsoft.Communication.ChatMemberRemovedFromThreadWithUser", AcsChatMemberRemovedFromThreadWithUserEventData> & {
	data: AcsChatMemberRemovedFromThreadWithUserEventData;
};
/**
* Published when a message is deleted in a chat thread that the user is member of.
*
* `Microsoft.Communication.ChatMessageDeleted` in the Event Grid schema envelope.
*/
export type AcsChatMessageDeletedEvent = EventGridEvent<"Microsoft.Communication.ChatMessageDeleted", AcsChatMessageDeletedEventData>;
/**
* Published when a message is deleted in a chat thread that the user is member of.
*
* `Microsoft.Communication.ChatMessageDeleted` in the CloudEvents 1.0 envelope.
*/
export type AcsChatMessageDeletedCloudEvent = CloudEvent<"Microsoft.Communication.ChatMessageDeleted", AcsChatMessageDeletedEventData> & {
	data: AcsChatMessageDeletedEventData;
};
/**
* Published when a message is deleted in  a chat thread
*
* `Microsoft.Communication.ChatMessageDeletedInThread` in the Event Grid schema envelope.
*/
export type AcsChatMessageDeletedInThreadEvent = EventGridEvent<"Microsoft.Communication.ChatMessageDeletedInThread", AcsChatMessageDeletedInThreadEventData>;
/**
* Published when a message is deleted in  a chat thread
*
* `Microsoft.Communication.ChatMessageDeletedInThread` in the CloudEvents 1.0 envelope.
*/
export type AcsChatMessageDeletedInThreadCloudEvent = CloudEvent<"Microsoft.Communication.ChatMessageDeletedInThread", AcsChatMessageDeletedInThreadEventData> & {
	data: AcsChatMessageDeletedInThreadEventData;
};
/**
* Published when a message is edited in a chat thread that the user is member of.
*
* `Microsoft.Communication.ChatMessageEdited` in the Event Grid schema envelope.
*/
export type AcsChatMessageEditedEvent = EventGridEvent<"Microsoft.Communication.ChatMessageEdited", AcsChatMessageEditedEventData>;
/**
* Published when a message is edited in a chat thread that the user is member of.
*
* `Microsoft.Communication.ChatMessageEdited` in the CloudEvents 1.0 envelope.
*/
export type AcsChatMessageEditedCloudEvent = CloudEvent<"Microsoft.Communication.ChatMessageEdited", AcsChatMessageEditedEventData> & {
	data: AcsChatMessageEditedEventData;
};
/**
* Published when a message is edited in a chat thread
*
* `Microsoft.Communication.ChatMessageEditedInThread` in the Event Grid schema envelope.
*/
export type AcsChatMessageEditedInThreadEvent = EventGridEvent<"Microsoft.Communication.ChatMessageEditedInThread", AcsChatMessageEditedInThreadEventData>;
/**
* Published when a message is edited in a chat thread
*
* `Microsoft.Communication.ChatMessageEditedInThread` in the CloudEvents 1.0 envelope.
*/
export type AcsChatMessageEditedInThreadCloudEvent = CloudEvent<"Microsoft.Communication.ChatMessageEditedInThread", AcsChatMessageEditedInThreadEventData> & {
	data: AcsChatMessageEditedInThreadEventData;
};
/**
* Published when a message is received for a user in a chat thread that she is member of.
*
* `Microsoft.Communication.ChatMessageReceived` in the Event Grid schema envelope.
*/
export type AcsChatMessageReceivedEvent = EventGridEvent<"Microsoft.Communication.ChatMessageReceived", AcsChatMessageReceivedEventData>;
/**
* Published when a message is received for a user in a chat thread that she is member of.
*
* `Microsoft.Communication.ChatMessageReceived` in the CloudEvents 1.0 envelope.
*/
export type AcsChatMessageReceivedCloudEvent = CloudEvent<"Microsoft.Communication.ChatMessageReceived", AcsChatMessageReceivedEventData> & {
	data: AcsChatMessageReceivedEventData;
};
/**
* Published when a message is received in a chat thread
*
* `Microsoft.Communication.ChatMessageReceivedInThread` in the Event Grid schema envelope.
*/
export type AcsChatMessageReceivedInThreadEvent = EventGridEvent<"Microsoft.Communication.ChatMessageReceivedInThread", AcsChatMessageReceivedInThreadEventData>;
/**
* Published when a message is received in a chat thread
*
* `Microsoft.Communication.ChatMessageReceivedInThread` in the CloudEvents 1.0 envelope.
*/
export type AcsChatMessageReceivedInThreadCloudEvent = CloudEvent<"Microsoft.Communication.ChatMessageReceivedInThread", AcsChatMessageReceivedInThreadEventData> & {
	data: AcsChatMessageReceivedInThreadEventData;
};
/**
* Published for a user when a new  participant is added to a chat thread, that the user is part of.
*
* `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` in the Event Grid schema envelope.
*/
export type AcsChatParticipantAddedToThreadWithUserEvent = EventGridEvent<"Microsoft.Communication.ChatParticipantAddedToThreadWithUser", AcsChatParticipantAddedToThreadWithUserEventData>;
/**
* Published for a user when a new  participant is added to a chat thread, that the user is part of.
*
* `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` in the CloudEvents 1.0 envelope.
*/
export type AcsChatParticipantAddedToThreadWithUserCloudEvent = CloudEvent<"Microsoft.Communication.ChatParticipantAddedToThreadWithUser", AcsChatParticipantAddedToThreadWithUserEventData> & {
	data: AcsChatParticipantAddedToThreadWithUserEventData;
};
/**
* Published for a user when a participant is removed from a chat thread, that the user is part of.
*
* `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` in the Event Grid schema envelope.
*/
export type AcsChatParticipantRemovedFromThreadWithUserEvent = EventGridEvent<"Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser", AcsChatParticipantRemovedFromThreadWithUserEventData>;
/**
* Published for a user when a participant is removed from a chat thread, that the user is part of.
*
* `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` in the CloudEvents 1.0 envelope.
*/
export type AcsChatParticipantRemovedFromThreadWithUserCloudEvent = CloudEvent<"Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser", AcsChatParticipantRemovedFromThreadWithUserEventData> & {
	data: AcsChatParticipantRemovedFromThreadWithUserEventData;
};
/**
* Published when a chat thread is created
*
* `Microsoft.Communication.ChatThreadCreated` in the Event Grid schema envelope.
*/
export type AcsChatThreadCreatedEvent = EventGridEvent<"Microsoft.Communication.ChatThreadCreated", AcsChatThreadCreatedEventData>;
/**
* Published when a chat thread is created
*
* `Microsoft.Communication.ChatThreadCreated` in the CloudEvents 1.0 envelope.
*/
export type AcsChatThreadCreatedCloudEvent = CloudEvent<"Microsoft.Communication.ChatThreadCreated", AcsChatThreadCreatedEventData> & {
	data: AcsChatThreadCreatedEventData;
};
/**
* Published when the user is added as member at the time of creation of a chat thread.
*
* `Microsoft.Communication.ChatThreadCreatedWithUser` in the Event Grid schema envelope.
*/
export type AcsChatThreadCreatedWithUserEvent = EventGridEvent<"Microsoft.Communication.ChatThreadCreatedWithUser", AcsChatThreadCreatedWithUserEventData>;
/**
* Published when the user is added as member at the time of creation of a chat thread.
*
* `Microsoft.Communication.ChatThreadCreatedWithUser` in the CloudEvents 1.0 envelope.
*/
export type AcsChatThreadCreatedWithUserCloudEvent = CloudEvent<"Microsoft.Communication.ChatThreadCreatedWithUser", AcsChatThreadCreatedWithUserEventData> & {
	data: AcsChatThreadCreatedWithUserEventData;
};
/**
* Published when a chat thread is deleted
*
* `Microsoft.Communication.ChatThreadDeleted` in the Event Grid schema envelope.
*/
export type AcsChatThreadDeletedEvent = EventGridEvent<"Microsoft.Communication.ChatThreadDeleted", AcsChatThreadDeletedEventData>;
/**
* Published when a chat thread is deleted
*
* `Microsoft.Communication.ChatThreadDeleted` in the CloudEvents 1.0 envelope.
*/
export type AcsChatThreadDeletedCloudEvent = CloudEvent<"Microsoft.Communication.ChatThreadDeleted", AcsChatThreadDeletedEventData> & {
	data: AcsChatThreadDeletedEventData;
};
/**
* Published when a new participant is added to a chat thread
*
* `Microsoft.Communication.ChatThreadParticipantAdded` in the Event Grid schema envelope.
*/
export type AcsChatThreadParticipantAddedEvent = EventGridEvent<"Microsoft.Communication.ChatThreadParticipantAdded", AcsChatThreadParticipantAddedEventData>;
/**
* Published when a new participant is added to a chat thread
*
* `Microsoft.Communication.ChatThreadParticipantAdded` in the CloudEvents 1.0 envelope.
*/
export type AcsChatThreadParticipantAddedCloudEvent = CloudEvent<"Microsoft.Communication.ChatThreadParticipantAdded", AcsChatThreadParticipantAddedEventData> & {
	data: AcsChatThreadParticipantAddedEventData;
};
/**
* Published when a participant is removed from a chat thread.
*
* `Microsoft.Communication.ChatThreadParticipantRemoved` in the Event Grid schema envelope.
*/
export type AcsChatThreadParticipantRemovedEvent = EventGridEvent<"Microsoft.Communication.ChatThreadParticipantRemoved", AcsChatThreadParticipantRemovedEventData>;
/**
* Published when a participant is removed from a chat thread.
*
* `Microsoft.Communication.ChatThreadParticipantRemoved` in the CloudEvents 1.0 envelope.
*/
export type AcsChatThreadParticipantRemovedCloudEvent = CloudEvent<"Microsoft.Communication.ChatThreadParticipantRemoved", AcsChatThreadParticipantRemovedEventData> & {
	data: AcsChatThreadParticipantRemovedEventData;
};
/**
* Published when a chat thread's properties like topic are updated.
*
* `Microsoft.Communication.ChatThreadPropertiesUpdated` in the Event Grid schema envelope.
*/
export type AcsChatThreadPropertiesUpdatedEvent = EventGridEvent<"Microsoft.Communication.ChatThreadPropertiesUpdated", AcsChatThreadPropertiesUpdatedEventData>;
/**
* Published when a chat thread's properties like topic are updated.
*
* `Microsoft.Communication.ChatThreadPropertiesUpdated` in the CloudEvents 1.0 envelope.
*/
export type AcsChatThreadPropertiesUpdatedCloudEvent = CloudEvent<"Microsoft.Communication.ChatThreadPropertiesUpdated", AcsChatThreadPropertiesUpdatedEventData> & {
	data: AcsChatThreadPropertiesUpdatedEventData;
};
/**
* Published when a chat thread's properties are updated that the user is member of.
*
* `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` in the Event Grid schema envelope.
*/
export type AcsChatThreadPropertiesUpdatedPerUserEvent = EventGridEvent<"Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser", AcsChatThreadPropertiesUpdatedPerUserEventData>;
/**
* Published when a chat thread's properties are updated that the user is member of.
*
* `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` in the CloudEvents 1.0 envelope.
*/
export type AcsChatThreadPropertiesUpdatedPerUserCloudEvent = CloudEvent<"Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser", AcsChatThreadPropertiesUpdatedPerUserEventData> & {
	data: AcsChatThreadPropertiesUpdatedPerUserEventData;
};
/**
* Published when a chat thread is deleted which the user is member of.
*
* `Microsoft.Communication.ChatThreadWithUserDeleted` in the Event Grid schema envelope.
*/
export type AcsChatThreadWithUserDeletedEvent = EventGridEvent<"Microsoft.Communication.ChatThreadWithUserDeleted", AcsChatThreadWithUserDeletedEventData>;
/**
* Published when a chat thread is deleted which the user is member of.
*
* `Microsoft.Communication.ChatThreadWithUserDeleted` in the CloudEvents 1.0 envelope.
*/
export type AcsChatThreadWithUserDeletedCloudEvent = CloudEvent<"Microsoft.Communication.ChatThreadWithUserDeleted", AcsChatThreadWithUserDeletedEventData> & {
	data: AcsChatThreadWithUserDeletedEventData;
};
/**
* Published when a typing indicator is received in a chat thread (REST API spec only: no docs page lists it).
*
* `Microsoft.Communication.ChatTypingIndicatorReceivedInThread` in the Event Grid schema envelope.
*/
export type AcsChatTypingIndicatorReceivedInThreadEvent = EventGridEvent<"Microsoft.Communication.ChatTypingIndicatorReceivedInThread", AcsChatTypingIndicatorReceivedInThreadEventData>;
/**
* Published when a typing indicator is received in a chat thread (REST API spec only: no docs page lists it).
*
* `Microsoft.Communication.ChatTypingIndicatorReceivedInThread` in the CloudEvents 1.0 envelope.
*/
export type AcsChatTypingIndicatorReceivedInThreadCloudEvent = CloudEvent<"Microsoft.Communication.ChatTypingIndicatorReceivedInThread", AcsChatTypingIndicatorReceivedInThreadEventData> & {
	data: AcsChatTypingIndicatorReceivedInThreadEventData;
};
/**
* Published when a delivery report is received for an email sent by the Communication Service.
*
* `Microsoft.Communication.EmailDeliveryReportReceived` in the Event Grid schema envelope.
*/
export type AcsEmailDeliveryReportReceivedEvent = EventGridEvent<"Microsoft.Communication.EmailDeliveryReportReceived", AcsEmailDeliveryReportReceivedEventData>;
/**
* Published when a delivery report is received for an email sent by the Communication Service.
*
* `Microsoft.Communication.EmailDeliveryReportReceived` in the CloudEvents 1.0 envelope.
*/
export type AcsEmailDeliveryReportReceivedCloudEvent = CloudEvent<"Microsoft.Communication.EmailDeliveryReportReceived", AcsEmailDeliveryReportReceivedEventData> & {
	data: AcsEmailDeliveryReportReceivedEventData;
};
/**
* Published when an email sent is opened, or a link in it is clicked (when engagement tracking is on).
*
* `Microsoft.Communication.EmailEngagementTrackingReportReceived` in the Event Grid schema envelope.
*/
export type AcsEmailEngagementTrackingReportReceivedEvent = EventGridEvent<"Microsoft.Communication.EmailEngagementTrackingReportReceived", AcsEmailEngagementTrackingReportReceivedEventData>;
/**
* Published when an email sent is opened, or a link in it is clicked (when engagement tracking is on).
*
* `Microsoft.Communication.EmailEngagementTrackingReportReceived` in the CloudEvents 1.0 envelope.
*/
export type AcsEmailEngagementTrackingReportReceivedCloudEvent = CloudEvent<"Microsoft.Communication.EmailEngagementTrackingReportReceived", AcsEmailEngagementTrackingReportReceivedEventData> & {
	data: AcsEmailEngagementTrackingReportReceivedEventData;
};
/**
* Published when there is an incoming call to a Communication Services user or phone number (Call Automation answers it with incomingCallContext).
*
* `Microsoft.Communication.IncomingCall` in the Event Grid schema envelope.
*/
export type AcsIncomingCallEvent = EventGridEvent<"Microsoft.Communication.IncomingCall", AcsIncomingCallEventData>;
/**
* Published when there is an incoming call to a Communication Services user or phone number (Call Automation answers it with incomingCallContext).
*
* `Microsoft.Communication.IncomingCall` in the CloudEvents 1.0 envelope.
*/
export type AcsIncomingCallCloudEvent = CloudEvent<"Microsoft.Communication.IncomingCall", AcsIncomingCallEventData> & {
	data: AcsIncomingCallEventData;
};
/**
* Published when a chat instant message is deleted by a Communication Services user.
*
* `Microsoft.Communication.InstantMessageDeleted` in the Event Grid schema envelope.
* @deprecated Replaced by Microsoft.Communication.ChatMessageDeleted ({@link AcsChatMessageDeletedEvent}).
*/
export type AcsInstantMessageDeletedEvent = EventGridEvent<"Microsoft.Communication.InstantMessageDeleted", AcsInstantMessageDeletedEventData>;
/**
* Published when a chat instant message is deleted by a Communication Services user.
*
* `Microsoft.Communication.InstantMessageDeleted` in the CloudEvents 1.0 envelope.
* @deprecated Replaced by Microsoft.Communication.ChatMessageDeleted ({@link AcsChatMessageDeletedCloudEvent}).
*/
export type AcsInstantMessageDeletedCloudEvent = CloudEvent<"Microsoft.Communication.InstantMessageDeleted", AcsInstantMessageDeletedEventData> & {
	data: AcsInstantMessageDeletedEventData;
};
/**
* Published when a chat instant message is edited by a Communication Services user.
*
* `Microsoft.Communication.InstantMessageEdited` in the Event Grid schema envelope.
* @deprecated Replaced by Microsoft.Communication.ChatMessageEdited ({@link AcsChatMessageEditedEvent}).
*/
export type AcsInstantMessageEditedEvent = EventGridEvent<"Microsoft.Communication.InstantMessageEdited", AcsInstantMessageEditedEventData>;
/**
* Published when a chat instant message is edited by a Communication Services user.
*
* `Microsoft.Communication.InstantMessageEdited` in the CloudEvents 1.0 envelope.
* @deprecated Replaced by Microsoft.Communication.ChatMessageEdited ({@link AcsChatMessageEditedCloudEvent}).
*/
export type AcsInstantMessageEditedCloudEvent = CloudEvent<"Microsoft.Communication.InstantMessageEdited", AcsInstantMessageEditedEventData> & {
	data: AcsInstantMessageEditedEventData;
};
/**
* Published when a chat instant message is received by a Communication Services user.
*
* `Microsoft.Communication.InstantMessageReceived` in the Event Grid schema envelope.
* @deprecated Replaced by Microsoft.Communication.ChatMessageReceived ({@link AcsChatMessageReceivedEvent}).
*/
export type AcsInstantMessageReceivedEvent = EventGridEvent<"Microsoft.Communication.InstantMessageReceived", AcsInstantMessageReceivedEventData>;
/**
* Published when a chat instant message is received by a Communication Services user.
*
* `Microsoft.Communication.InstantMessageReceived` in the CloudEvents 1.0 envelope.
* @deprecated Replaced by Microsoft.Communication.ChatMessageReceived ({@link AcsChatMessageReceivedCloudEvent}).
*/
export type AcsInstantMessageReceivedCloudEvent = CloudEvent<"Microsoft.Communication.InstantMessageReceived", AcsInstantMessageReceivedEventData> & {
	data: AcsInstantMessageReceivedEventData;
};
/**
* Published when a call recording file is available.
*
* `Microsoft.Communication.RecordingFileStatusUpdated` in the Event Grid schema envelope.
*/
export type AcsRecordingFileStatusUpdatedEvent = EventGridEvent<"Microsoft.Communication.RecordingFileStatusUpdated", AcsRecordingFileStatusUpdatedEventData>;
/**
* Published when a call recording file is available.
*
* `Microsoft.Communication.RecordingFileStatusUpdated` in the CloudEvents 1.0 envelope.
*/
export type AcsRecordingFileStatusUpdatedCloudEvent = CloudEvent<"Microsoft.Communication.RecordingFileStatusUpdated", AcsRecordingFileStatusUpdatedEventData> & {
	data: AcsRecordingFileStatusUpdatedEventData;
};
/**
* Published when a job was canceled.
*
* `Microsoft.Communication.RouterJobCancelled` in the Event Grid schema envelope.
*/
export type AcsRouterJobCancelledEvent = EventGridEvent<"Microsoft.Communication.RouterJobCancelled", AcsRouterJobCancelledEventData>;
/**
* Published when a job was canceled.
*
* `Microsoft.Communication.RouterJobCancelled` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobCancelledCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobCancelled", AcsRouterJobCancelledEventData> & {
	data: AcsRouterJobCancelledEventData;
};
/**
* Published when Job Router failed to classify a job using its classification policy.
*
* `Microsoft.Communication.RouterJobClassificationFailed` in the Event Grid schema envelope.
*/
export type AcsRouterJobClassificationFailedEvent = EventGridEvent<"Microsoft.Communication.RouterJobClassificationFailed", AcsRouterJobClassificationFailedEventData>;
/**
* Published when Job Router failed to classify a job using its classification policy.
*
* `Microsoft.Communication.RouterJobClassificationFailed` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobClassificationFailedCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobClassificationFailed", AcsRouterJobClassificationFailedEventData> & {
	data: AcsRouterJobClassificationFailedEventData;
};
/**
* Published when the classification policy was applied to a job.
*
* `Microsoft.Communication.RouterJobClassified` in the Event Grid schema envelope.
*/
export type AcsRouterJobClassifiedEvent = EventGridEvent<"Microsoft.Communication.RouterJobClassified", AcsRouterJobClassifiedEventData>;
/**
* Published when the classification policy was applied to a job.
*
* `Microsoft.Communication.RouterJobClassified` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobClassifiedCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobClassified", AcsRouterJobClassifiedEventData> & {
	data: AcsRouterJobClassifiedEventData;
};
/**
* Published when a job was closed and wrap-up is finished.
*
* `Microsoft.Communication.RouterJobClosed` in the Event Grid schema envelope.
*/
export type AcsRouterJobClosedEvent = EventGridEvent<"Microsoft.Communication.RouterJobClosed", AcsRouterJobClosedEventData>;
/**
* Published when a job was closed and wrap-up is finished.
*
* `Microsoft.Communication.RouterJobClosed` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobClosedCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobClosed", AcsRouterJobClosedEventData> & {
	data: AcsRouterJobClosedEventData;
};
/**
* Published when a job was completed and enters wrap-up.
*
* `Microsoft.Communication.RouterJobCompleted` in the Event Grid schema envelope.
*/
export type AcsRouterJobCompletedEvent = EventGridEvent<"Microsoft.Communication.RouterJobCompleted", AcsRouterJobCompletedEventData>;
/**
* Published when a job was completed and enters wrap-up.
*
* `Microsoft.Communication.RouterJobCompleted` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobCompletedCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobCompleted", AcsRouterJobCompletedEventData> & {
	data: AcsRouterJobCompletedEventData;
};
/**
* Published when a job has been deleted.
*
* `Microsoft.Communication.RouterJobDeleted` in the Event Grid schema envelope.
*/
export type AcsRouterJobDeletedEvent = EventGridEvent<"Microsoft.Communication.RouterJobDeleted", AcsRouterJobDeletedEventData>;
/**
* Published when a job has been deleted.
*
* `Microsoft.Communication.RouterJobDeleted` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobDeletedCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobDeleted", AcsRouterJobDeletedEventData> & {
	data: AcsRouterJobDeletedEventData;
};
/**
* Published when a job exception rule has been triggered.
*
* `Microsoft.Communication.RouterJobExceptionTriggered` in the Event Grid schema envelope.
*/
export type AcsRouterJobExceptionTriggeredEvent = EventGridEvent<"Microsoft.Communication.RouterJobExceptionTriggered", AcsRouterJobExceptionTriggeredEventData>;
/**
* Published when a job exception rule has been triggered.
*
* `Microsoft.Communication.RouterJobExceptionTriggered` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobExceptionTriggeredCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobExceptionTriggered", AcsRouterJobExceptionTriggeredEventData> & {
	data: AcsRouterJobExceptionTriggeredEventData;
};
/**
* Published when a job has been successfully enqueued.
*
* `Microsoft.Communication.RouterJobQueued` in the Event Grid schema envelope.
*/
export type AcsRouterJobQueuedEvent = EventGridEvent<"Microsoft.Communication.RouterJobQueued", AcsRouterJobQueuedEventData>;
/**
* Published when a job has been successfully enqueued.
*
* `Microsoft.Communication.RouterJobQueued` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobQueuedCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobQueued", AcsRouterJobQueuedEventData> & {
	data: AcsRouterJobQueuedEventData;
};
/**
* Published when a new job was created for routing.
*
* `Microsoft.Communication.RouterJobReceived` in the Event Grid schema envelope.
*/
export type AcsRouterJobReceivedEvent = EventGridEvent<"Microsoft.Communication.RouterJobReceived", AcsRouterJobReceivedEventData>;
/**
* Published when a new job was created for routing.
*
* `Microsoft.Communication.RouterJobReceived` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobReceivedCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobReceived", AcsRouterJobReceivedEventData> & {
	data: AcsRouterJobReceivedEventData;
};
/**
* Published when a scheduled job was requested but Job Router failed to schedule it.
*
* `Microsoft.Communication.RouterJobSchedulingFailed` in the Event Grid schema envelope.
*/
export type AcsRouterJobSchedulingFailedEvent = EventGridEvent<"Microsoft.Communication.RouterJobSchedulingFailed", AcsRouterJobSchedulingFailedEventData>;
/**
* Published when a scheduled job was requested but Job Router failed to schedule it.
*
* `Microsoft.Communication.RouterJobSchedulingFailed` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobSchedulingFailedCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobSchedulingFailed", AcsRouterJobSchedulingFailedEventData> & {
	data: AcsRouterJobSchedulingFailedEventData;
};
/**
* Published when an already assigned job has been unassigned from a worker.
*
* `Microsoft.Communication.RouterJobUnassigned` in the Event Grid schema envelope.
*/
export type AcsRouterJobUnassignedEvent = EventGridEvent<"Microsoft.Communication.RouterJobUnassigned", AcsRouterJobUnassignedEventData>;
/**
* Published when an already assigned job has been unassigned from a worker.
*
* `Microsoft.Communication.RouterJobUnassigned` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobUnassignedCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobUnassigned", AcsRouterJobUnassignedEventData> & {
	data: AcsRouterJobUnassignedEventData;
};
/**
* Published when a scheduled job's requested time has arrived and Job Router waits for the application to act on the job.
*
* `Microsoft.Communication.RouterJobWaitingForActivation` in the Event Grid schema envelope.
*/
export type AcsRouterJobWaitingForActivationEvent = EventGridEvent<"Microsoft.Communication.RouterJobWaitingForActivation", AcsRouterJobWaitingForActivationEventData>;
/**
* Published when a scheduled job's requested time has arrived and Job Router waits for the application to act on the job.
*
* `Microsoft.Communication.RouterJobWaitingForActivation` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobWaitingForActivationCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobWaitingForActivation", AcsRouterJobWaitingForActivationEventData> & {
	data: AcsRouterJobWaitingForActivationEventData;
};
/**
* Published when one or more worker selectors on a job have expired.
*
* `Microsoft.Communication.RouterJobWorkerSelectorsExpired` in the Event Grid schema envelope.
*/
export type AcsRouterJobWorkerSelectorsExpiredEvent = EventGridEvent<"Microsoft.Communication.RouterJobWorkerSelectorsExpired", AcsRouterJobWorkerSelectorsExpiredEventData>;
/**
* Published when one or more worker selectors on a job have expired.
*
* `Microsoft.Communication.RouterJobWorkerSelectorsExpired` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterJobWorkerSelectorsExpiredCloudEvent = CloudEvent<"Microsoft.Communication.RouterJobWorkerSelectorsExpired", AcsRouterJobWorkerSelectorsExpiredEventData> & {
	data: AcsRouterJobWorkerSelectorsExpiredEventData;
};
/**
* Published when a worker has been deleted.
*
* `Microsoft.Communication.RouterWorkerDeleted` in the Event Grid schema envelope.
*/
export type AcsRouterWorkerDeletedEvent = EventGridEvent<"Microsoft.Communication.RouterWorkerDeleted", AcsRouterWorkerDeletedEventData>;
/**
* Published when a worker has been deleted.
*
* `Microsoft.Communication.RouterWorkerDeleted` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterWorkerDeletedCloudEvent = CloudEvent<"Microsoft.Communication.RouterWorkerDeleted", AcsRouterWorkerDeletedEventData> & {
	data: AcsRouterWorkerDeletedEventData;
};
/**
* Published when a worker has been deregistered (its status changed from active to inactive or draining).
*
* `Microsoft.Communication.RouterWorkerDeregistered` in the Event Grid schema envelope.
*/
export type AcsRouterWorkerDeregisteredEvent = EventGridEvent<"Microsoft.Communication.RouterWorkerDeregistered", AcsRouterWorkerDeregisteredEventData>;
/**
* Published when a worker has been deregistered (its status changed from active to inactive or draining).
*
* `Microsoft.Communication.RouterWorkerDeregistered` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterWorkerDeregisteredCloudEvent = CloudEvent<"Microsoft.Communication.RouterWorkerDeregistered", AcsRouterWorkerDeregisteredEventData> & {
	data: AcsRouterWorkerDeregisteredEventData;
};
/**
* Published when an offer to a worker was accepted.
*
* `Microsoft.Communication.RouterWorkerOfferAccepted` in the Event Grid schema envelope.
*/
export type AcsRouterWorkerOfferAcceptedEvent = EventGridEvent<"Microsoft.Communication.RouterWorkerOfferAccepted", AcsRouterWorkerOfferAcceptedEventData>;
/**
* Published when an offer to a worker was accepted.
*
* `Microsoft.Communication.RouterWorkerOfferAccepted` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterWorkerOfferAcceptedCloudEvent = CloudEvent<"Microsoft.Communication.RouterWorkerOfferAccepted", AcsRouterWorkerOfferAcceptedEventData> & {
	data: AcsRouterWorkerOfferAcceptedEventData;
};
/**
* Published when an offer to a worker was declined.
*
* `Microsoft.Communication.RouterWorkerOfferDeclined` in the Event Grid schema envelope.
*/
export type AcsRouterWorkerOfferDeclinedEvent = EventGridEvent<"Microsoft.Communication.RouterWorkerOfferDeclined", AcsRouterWorkerOfferDeclinedEventData>;
/**
* Published when an offer to a worker was declined.
*
* `Microsoft.Communication.RouterWorkerOfferDeclined` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterWorkerOfferDeclinedCloudEvent = CloudEvent<"Microsoft.Communication.RouterWorkerOfferDeclined", AcsRouterWorkerOfferDeclinedEventData> & {
	data: AcsRouterWorkerOfferDeclinedEventData;
};
/**
* Published when an offer to a worker has expired.
*
* `Microsoft.Communication.RouterWorkerOfferExpired` in the Event Grid schema envelope.
*/
export type AcsRouterWorkerOfferExpiredEvent = EventGridEvent<"Microsoft.Communication.RouterWorkerOfferExpired", AcsRouterWorkerOfferExpiredEventData>;
/**
* Published when an offer to a worker has expired.
*
* `Microsoft.Communication.RouterWorkerOfferExpired` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterWorkerOfferExpiredCloudEvent = CloudEvent<"Microsoft.Communication.RouterWorkerOfferExpired", AcsRouterWorkerOfferExpiredEventData> & {
	data: AcsRouterWorkerOfferExpiredEventData;
};
/**
* Published when a job was offered to a worker.
*
* `Microsoft.Communication.RouterWorkerOfferIssued` in the Event Grid schema envelope.
*/
export type AcsRouterWorkerOfferIssuedEvent = EventGridEvent<"Microsoft.Communication.RouterWorkerOfferIssued", AcsRouterWorkerOfferIssuedEventData>;
/**
* Published when a job was offered to a worker.
*
* `Microsoft.Communication.RouterWorkerOfferIssued` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterWorkerOfferIssuedCloudEvent = CloudEvent<"Microsoft.Communication.RouterWorkerOfferIssued", AcsRouterWorkerOfferIssuedEventData> & {
	data: AcsRouterWorkerOfferIssuedEventData;
};
/**
* Published when an offer to a worker was revoked.
*
* `Microsoft.Communication.RouterWorkerOfferRevoked` in the Event Grid schema envelope.
*/
export type AcsRouterWorkerOfferRevokedEvent = EventGridEvent<"Microsoft.Communication.RouterWorkerOfferRevoked", AcsRouterWorkerOfferRevokedEventData>;
/**
* Published when an offer to a worker was revoked.
*
* `Microsoft.Communication.RouterWorkerOfferRevoked` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterWorkerOfferRevokedCloudEvent = CloudEvent<"Microsoft.Communication.RouterWorkerOfferRevoked", AcsRouterWorkerOfferRevokedEventData> & {
	data: AcsRouterWorkerOfferRevokedEventData;
};
/**
* Published when a worker has been registered (its status changed from inactive or draining to active).
*
* `Microsoft.Communication.RouterWorkerRegistered` in the Event Grid schema envelope.
*/
export type AcsRouterWorkerRegisteredEvent = EventGridEvent<"Microsoft.Communication.RouterWorkerRegistered", AcsRouterWorkerRegisteredEventData>;
/**
* Published when a worker has been registered (its status changed from inactive or draining to active).
*
* `Microsoft.Communication.RouterWorkerRegistered` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterWorkerRegisteredCloudEvent = CloudEvent<"Microsoft.Communication.RouterWorkerRegistered", AcsRouterWorkerRegisteredEventData> & {
	data: AcsRouterWorkerRegisteredEventData;
};
/**
* Published when a worker's properties were updated (defined by the REST API spec only; the docs page does not list it).
*
* `Microsoft.Communication.RouterWorkerUpdated` in the Event Grid schema envelope.
*/
export type AcsRouterWorkerUpdatedEvent = EventGridEvent<"Microsoft.Communication.RouterWorkerUpdated", AcsRouterWorkerUpdatedEventData>;
/**
* Published when a worker's properties were updated (defined by the REST API spec only; the docs page does not list it).
*
* `Microsoft.Communication.RouterWorkerUpdated` in the CloudEvents 1.0 envelope.
*/
export type AcsRouterWorkerUpdatedCloudEvent = CloudEvent<"Microsoft.Communication.RouterWorkerUpdated", AcsRouterWorkerUpdatedEventData> & {
	data: AcsRouterWorkerUpdatedEventData;
};
/**
* Published when a delivery report is received for an SMS sent by the Communication Service.
*
* `Microsoft.Communication.SMSDeliveryReportReceived` in the Event Grid schema envelope.
*/
export type AcsSmsDeliveryReportReceivedEvent = EventGridEvent<"Microsoft.Communication.SMSDeliveryReportReceived", AcsSmsDeliveryReportReceivedEventData>;
/**
* Published when a delivery report is received for an SMS sent by the Communication Service.
*
* `Microsoft.Communication.SMSDeliveryReportReceived` in the CloudEvents 1.0 envelope.
*/
export type AcsSmsDeliveryReportReceivedCloudEvent = CloudEvent<"Microsoft.Communication.SMSDeliveryReportReceived", AcsSmsDeliveryReportReceivedEventData> & {
	data: AcsSmsDeliveryReportReceivedEventData;
};
/**
* Published when an SMS is received by a phone number associated with the Communication Service.
*
* `Microsoft.Communication.SMSReceived` in the Event Grid schema envelope.
*/
export type AcsSmsReceivedEvent = EventGridEvent<"Microsoft.Communication.SMSReceived", AcsSmsReceivedEventData>;
/**
* Published when an SMS is received by a phone number associated with the Communication Service.
*
* `Microsoft.Communication.SMSReceived` in the CloudEvents 1.0 envelope.
*/
export type AcsSmsReceivedCloudEvent = CloudEvent<"Microsoft.Communication.SMSReceived", AcsSmsReceivedEventData> & {
	data: AcsSmsReceivedEventData;
};
/**
* Published when a Communication Services user is designated as having disconnected from Communication Services (chat only).
*
* `Microsoft.Communication.UserDisconnected` in the Event Grid schema envelope.
*/
export type AcsUserDisconnectedEvent = EventGridEvent<"Microsoft.Communication.UserDisconnected", AcsUserDisconnectedEventData>;
/**
* Published when a Communication Services user is designated as having disconnected from Communication Services (chat only).
*
* `Microsoft.Communication.UserDisconnected` in the CloudEvents 1.0 envelope.
*/
export type AcsUserDisconnectedCloudEvent = CloudEvent<"Microsoft.Communication.UserDisconnected", AcsUserDisconnectedEventData> & {
	data: AcsUserDisconnectedEventData;
};
/** Any ACS event in the Event Grid schema, discriminated by `eventType`. */
export type AcsEvent = AcsAdvancedMessageAnalysisCompletedEvent | AcsAdvancedMessageDeliveryStatusUpdatedEvent | AcsAdvancedMessageReceivedEvent | AcsCallEndedEvent | AcsCallParticipantAddedEvent | AcsCallParticipantRemovedEvent | AcsCallStartedEvent | AcsChatAzureBotCommandReceivedInThreadEvent | AcsChatMemberAddedToThreadWithUserEvent | AcsChatMemberRemovedFromThreadWithUserEvent | AcsChatMessageDeletedEvent | AcsChatMessageDeletedInThreadEvent | AcsChatMessageEditedEvent | AcsChatMessageEditedInThreadEvent | AcsChatMessageReceivedEvent | AcsChatMessageReceivedInThreadEvent | AcsChatParticipantAddedToThreadWithUserEvent | AcsChatParticipantRemovedFromThreadWithUserEvent | AcsChatThreadCreatedEvent | AcsChatThreadCreatedWithUserEvent | AcsChatThreadDeletedEvent | AcsChatThreadParticipantAddedEvent | AcsChatThreadParticipantRemovedEvent | AcsChatThreadPropertiesUpdatedEvent | AcsChatThreadPropertiesUpdatedPerUserEvent | AcsChatThreadWithUserDeletedEvent | AcsChatTypingIndicatorReceivedInThreadEvent | AcsEmailDeliveryReportReceivedEvent | AcsEmailEngagementTrackingReportReceivedEvent | AcsIncomingCallEvent | AcsInstantMessageDeletedEvent | AcsInstantMessageEditedEvent | AcsInstantMessageReceivedEvent | AcsRecordingFileStatusUpdatedEvent | AcsRouterJobCancelledEvent | AcsRouterJobClassificationFailedEvent | AcsRouterJobClassifiedEvent | AcsRouterJobClosedEvent | AcsRouterJobCompletedEvent | AcsRouterJobDeletedEvent | AcsRouterJobExceptionTriggeredEvent | AcsRouterJobQueuedEvent | AcsRouterJobReceivedEvent | AcsRouterJobSchedulingFailedEvent | AcsRouterJobUnassignedEvent | AcsRouterJobWaitingForActivationEvent | AcsRouterJobWorkerSelectorsExpiredEvent | AcsRouterWorkerDeletedEvent | AcsRouterWorkerDeregisteredEvent | AcsRouterWorkerOfferAcceptedEvent | AcsRouterWorkerOfferDeclinedEvent | AcsRouterWorkerOfferExpiredEvent | AcsRouterWorkerOfferIssuedEvent | AcsRouterWorkerOfferRevokedEvent | AcsRouterWorkerRegisteredEvent | AcsRouterWorkerUpdatedEvent | AcsSmsDeliveryReportReceivedEvent | AcsSmsReceivedEvent | AcsUserDisconnectedEvent;
/** Any ACS event as a CloudEvent, discriminated by `type`. */
export type AcsCloudEvent = AcsAdvancedMessageAnalysisCompletedCloudEvent | AcsAdvancedMessageDeliveryStatusUpdatedCloudEvent | AcsAdvancedMessageReceivedCloudEvent | AcsCallEndedCloudEvent | AcsCallParticipantAddedCloudEvent | AcsCallParticipantRemovedCloudEvent | AcsCallStartedCloudEvent | AcsChatAzureBotCommandReceivedInThreadCloudEvent | AcsChatMemberAddedToThreadWithUserCloudEvent | AcsChatMemberRemovedFromThreadWithUserCloudEvent | AcsChatMessageDeletedCloudEvent | AcsChatMessageDeletedInThreadCloudEvent | AcsChatMessageEditedCloudEvent | AcsChatMessageEditedInThreadCloudEvent | AcsChatMessageReceivedCloudEvent | AcsChatMessageReceivedInThreadCloudEvent | AcsChatParticipantAddedToThreadWithUserCloudEvent | AcsChatParticipantRemovedFromThreadWithUserCloudEvent | AcsChatThreadCreatedCloudEvent | AcsChatThreadCreatedWithUserCloudEvent | AcsChatThreadDeletedCloudEvent | AcsChatThreadParticipantAddedCloudEvent | AcsChatThreadParticipantRemovedCloudEvent | AcsChatThreadPropertiesUpdatedCloudEvent | AcsChatThreadPropertiesUpdatedPerUserCloudEvent | AcsChatThreadWithUserDeletedCloudEvent | AcsChatTypingIndicatorReceivedInThreadCloudEvent | AcsEmailDeliveryReportReceivedCloudEvent | AcsEmailEngagementTrackingReportReceivedCloudEvent | AcsIncomingCallCloudEvent | AcsInstantMessageDeletedCloudEvent | AcsInstantMessageEditedCloudEvent | AcsInstantMessageReceivedCloudEvent | AcsRecordingFileStatusUpdatedCloudEvent | AcsRouterJobCancelledCloudEvent | AcsRouterJobClassificationFailedCloudEvent | AcsRouterJobClassifiedCloudEvent | AcsRouterJobClosedCloudEvent | AcsRouterJobCompletedCloudEvent | AcsRouterJobDeletedCloudEvent | AcsRouterJobExceptionTriggeredCloudEvent | AcsRouterJobQueuedCloudEvent | AcsRouterJobReceivedCloudEvent | AcsRouterJobSchedulingFailedCloudEvent | AcsRouterJobUnassignedCloudEvent | AcsRouterJobWaitingForActivationCloudEvent | AcsRouterJobWorkerSelectorsExpiredCloudEvent | AcsRouterWorkerDeletedCloudEvent | AcsRouterWorkerDeregisteredCloudEvent | AcsRouterWorkerOfferAcceptedCloudEvent | AcsRouterWorkerOfferDeclinedCloudEvent | AcsRouterWorkerOfferExpiredCloudEvent | AcsRouterWorkerOfferIssuedCloudEvent | AcsRouterWorkerOfferRevokedCloudEvent | AcsRouterWorkerRegisteredCloudEvent | AcsRouterWorkerUpdatedCloudEvent | AcsSmsDeliveryReportReceivedCloudEvent | AcsSmsReceivedCloudEvent | AcsUserDisconnectedCloudEvent;
/** Every ACS event type in the catalog, sorted. */
export declare const acsEventTypes: readonly AcsEventType[];
