// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  validateChatMessageMetadata,
  isChatMessageMetadata
} from "./validators/definitions/ChatMessageMetadata.js";
import { validateChatParticipant, isChatParticipant } from "./validators/definitions/ChatParticipant.js";
import { validateChatThreadMember, isChatThreadMember } from "./validators/definitions/ChatThreadMember.js";
import {
  validateChatThreadProperties,
  isChatThreadProperties
} from "./validators/definitions/ChatThreadProperties.js";
import {
  validateCommunicationIdentifier,
  isCommunicationIdentifier
} from "./validators/definitions/CommunicationIdentifier.js";
import {
  validateCommunicationUserIdentifier,
  isCommunicationUserIdentifier
} from "./validators/definitions/CommunicationUserIdentifier.js";
import {
  validateMicrosoftTeamsUserIdentifier,
  isMicrosoftTeamsUserIdentifier
} from "./validators/definitions/MicrosoftTeamsUserIdentifier.js";
import {
  validatePhoneNumberIdentifier,
  isPhoneNumberIdentifier
} from "./validators/definitions/PhoneNumberIdentifier.js";
import {
  validateSmsDeliveryAttempt,
  isSmsDeliveryAttempt
} from "./validators/definitions/SmsDeliveryAttempt.js";
import {
  validateAcsChatMessageReceivedEventData,
  isAcsChatMessageReceivedEventData
} from "./validators/events/chat-message-received.js";
import {
  validateAcsInstantMessageReceivedEventData,
  isAcsInstantMessageReceivedEventData
} from "./validators/events/instant-message-received.js";
import {
  validateAcsSmsReceivedEventData,
  isAcsSmsReceivedEventData
} from "./validators/events/sms-received.js";
import {
  validateEventGridEvent,
  isEventGridEvent,
  validateCloudEvent,
  isCloudEvent
} from "./validators/envelopes.js";
import { dataValidators, dataGuards } from "./validators/lookup.js";
export {
  dataGuards,
  dataValidators,
  isAcsChatMessageReceivedEventData,
  isAcsInstantMessageReceivedEventData,
  isAcsSmsReceivedEventData,
  isChatMessageMetadata,
  isChatParticipant,
  isChatThreadMember,
  isChatThreadProperties,
  isCloudEvent,
  isCommunicationIdentifier,
  isCommunicationUserIdentifier,
  isEventGridEvent,
  isMicrosoftTeamsUserIdentifier,
  isPhoneNumberIdentifier,
  isSmsDeliveryAttempt,
  validateAcsChatMessageReceivedEventData,
  validateAcsInstantMessageReceivedEventData,
  validateAcsSmsReceivedEventData,
  validateChatMessageMetadata,
  validateChatParticipant,
  validateChatThreadMember,
  validateChatThreadProperties,
  validateCloudEvent,
  validateCommunicationIdentifier,
  validateCommunicationUserIdentifier,
  validateEventGridEvent,
  validateMicrosoftTeamsUserIdentifier,
  validatePhoneNumberIdentifier,
  validateSmsDeliveryAttempt
};
