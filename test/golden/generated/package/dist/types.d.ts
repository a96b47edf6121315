// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
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
	cloud?: "public" | "dod" | "gcch";
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
	"Microsoft.Communication.ChatMessageReceived": AcsChatMessageReceivedEventData;
	"Microsoft.Communication.InstantMessageReceived": AcsInstantMessageReceivedEventData;
	"Microsoft.Communication.SMSReceived": AcsSmsReceivedEventData;
}
/** Every ACS event type in the catalog. */
export type AcsEventType = keyof AcsEventDataMap;
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
/** Any ACS event in the Event Grid schema, discriminated by `eventType`. */
export type AcsEvent = AcsChatMessageReceivedEvent | AcsInstantMessageReceivedEvent | AcsSmsReceivedEvent;
/** Any ACS event as a CloudEvent, discriminated by `type`. */
export type AcsCloudEvent = AcsChatMessageReceivedCloudEvent | AcsInstantMessageReceivedCloudEvent | AcsSmsReceivedCloudEvent;
/** Every ACS event type in the catalog, sorted. */
export declare const acsEventTypes: readonly AcsEventType[];
