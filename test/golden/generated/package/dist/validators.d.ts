// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
export type { ValidateOptions, ValidationError, ValidationResult } from "./support/validation.js";
export type { WireNormalization } from "./support/wire-normalization.js";
export { validateChatMessageMetadata, isChatMessageMetadata } from "./validators/definitions/ChatMessageMetadata.js";
export { validateChatParticipant, isChatParticipant } from "./validators/definitions/ChatParticipant.js";
export { validateChatThreadMember, isChatThreadMember } from "./validators/definitions/ChatThreadMember.js";
export { validateChatThreadProperties, isChatThreadProperties } from "./validators/definitions/ChatThreadProperties.js";
export { validateCommunicationIdentifier, isCommunicationIdentifier } from "./validators/definitions/CommunicationIdentifier.js";
export { validateCommunicationUserIdentifier, isCommunicationUserIdentifier } from "./validators/definitions/CommunicationUserIdentifier.js";
export { validateMicrosoftTeamsUserIdentifier, isMicrosoftTeamsUserIdentifier } from "./validators/definitions/MicrosoftTeamsUserIdentifier.js";
export { validatePhoneNumberIdentifier, isPhoneNumberIdentifier } from "./validators/definitions/PhoneNumberIdentifier.js";
export { validateSmsDeliveryAttempt, isSmsDeliveryAttempt } from "./validators/definitions/SmsDeliveryAttempt.js";
export { validateAcsChatMessageReceivedEventData, isAcsChatMessageReceivedEventData } from "./validators/events/chat-message-received.js";
export { validateAcsInstantMessageReceivedEventData, isAcsInstantMessageReceivedEventData } from "./validators/events/instant-message-received.js";
export { validateAcsSmsReceivedEventData, isAcsSmsReceivedEventData } from "./validators/events/sms-received.js";
export { validateEventGridEvent, isEventGridEvent, validateCloudEvent, isCloudEvent } from "./validators/envelopes.js";
export { dataValidators, dataGuards } from "./validators/lookup.js";
