// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { hasOwn } from './support/plain-data.js';
import { formatPattern, matchSubject } from './support/subject-patterns.js';
/** Each event's subject patterns as the catalog records them (`{name}` marks a parameter). */
export const subjectPatterns = {
    'Microsoft.Communication.ChatMemberAddedToThreadWithUser': [
        'thread/{threadId}/memberAdded/{memberId}/recipient/{recipientId}',
    ],
    'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': [
        'thread/{threadId}/memberRemoved/{memberId}/recipient/{recipientId}',
    ],
    'Microsoft.Communication.ChatMessageDeleted': [
        'thread/{threadId}/sender/{senderId}/recipient/{recipientId}',
    ],
    'Microsoft.Communication.ChatMessageDeletedInThread': ['thread/{threadId}/sender/{senderId}'],
    'Microsoft.Communication.ChatMessageEdited': [
        'thread/{threadId}/sender/{senderId}/recipient/{recipientId}',
    ],
    'Microsoft.Communication.ChatMessageEditedInThread': ['thread/{threadId}/sender/{senderId}'],
    'Microsoft.Communication.ChatMessageReceived': [
        'thread/{threadId}/sender/{senderId}/recipient/{recipientId}',
    ],
    'Microsoft.Communication.ChatMessageReceivedInThread': ['thread/{threadId}/sender/{senderId}'],
    'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': [
        'thread/{threadId}/participantAdded/{participantId}/recipient/{recipientId}',
    ],
    'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': [
        'thread/{threadId}/participantRemoved/{participantId}/recipient/{recipientId}',
    ],
    'Microsoft.Communication.ChatThreadCreated': ['thread/{threadId}/createdBy/{createdBy}'],
    'Microsoft.Communication.ChatThreadCreatedWithUser': [
        'thread/{threadId}/createdBy/{createdBy}/recipient/{recipientId}',
    ],
    'Microsoft.Communication.ChatThreadDeleted': ['thread/{threadId}/deletedBy/{deletedBy}'],
    'Microsoft.Communication.ChatThreadParticipantAdded': [
        'thread/{threadId}/participantadded/{participantId}',
    ],
    'Microsoft.Communication.ChatThreadParticipantRemoved': [
        'thread/{threadId}/participantremoved/{participantId}',
    ],
    'Microsoft.Communication.ChatThreadPropertiesUpdated': ['thread/{threadId}/editedBy/{editedBy}'],
    'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': [
        'thread/{threadId}/editedBy/{editedBy}/recipient/{recipientId}',
    ],
    'Microsoft.Communication.ChatThreadWithUserDeleted': [
        'thread/{threadId}/deletedBy/{deletedBy}/recipient/{recipientId}',
    ],
    'Microsoft.Communication.SMSDeliveryReportReceived': ['/phonenumber/{phoneNumber}'],
    'Microsoft.Communication.SMSReceived': ['/phonenumber/{phoneNumber}'],
};
/**
 * The named parameters of `subject` for an event type, or undefined when it does not fit any of the
 * type's patterns. Literal segments compare case-insensitively (as Event Grid filters do) and a
 * leading "/" is optional (the SMS samples carry one, the documented prefixes do not).
 */
export function parseSubject(eventType, subject) {
    if (!hasOwn(subjectPatterns, eventType))
        return undefined;
    return matchSubject(subjectPatterns[eventType], subject);
}
/** The subject an event of this type carries for these parameters (its first pattern). */
export function formatSubject(eventType, parameters) {
    return formatPattern(subjectPatterns[eventType][0], parameters);
}
