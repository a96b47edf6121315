// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageReceivedEventData, AcsEventDataMap, AcsEventType, AcsInstantMessageReceivedEventData, AcsSmsReceivedEventData, ChatMessageMetadata, ChatParticipant, ChatThreadMember, ChatThreadProperties, CloudEvent, CommunicationIdentifier, CommunicationUserIdentifier, EventGridEvent, MicrosoftTeamsUserIdentifier, PhoneNumberIdentifier, SmsDeliveryAttempt } from "./types.js";
import { type ValidateOptions, type ValidationResult } from "./support/validation.js";
export type { ValidateOptions, ValidationError, ValidationResult } from "./support/validation.js";
export type { WireNormalization } from "./support/wire-normalization.js";
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
* Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
*/
export declare function validateCommunicationIdentifier(value: unknown, options?: ValidateOptions): ValidationResult<CommunicationIdentifier>;
/**
* Whether a value is a valid CommunicationIdentifier.
*
* Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
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
* Validates the data of a Microsoft.Communication.SMSReceived event, reporting every error.
*
* Published when an SMS is received by a phone number associated with the Communication Service.
*/
export declare function validateAcsSmsReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsSmsReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.SMSReceived event.
*
* Published when an SMS is received by a phone number associated with the Communication Service.
*/
export declare function isAcsSmsReceivedEventData(value: unknown): value is AcsSmsReceivedEventData;
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
