// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { hasOwn } from './support/plain-data.js';
import { formatPattern, matchSubject } from './support/subject-patterns.js';

/** Named parameters of each event's subject, by event type. */
export interface AcsSubjectParameters {
  /** `thread/{threadId}/memberAdded/{memberId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the member added. */
    memberId: string; /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/memberRemoved/{memberId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the member removed. */
    memberId: string; /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/sender/{senderId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatMessageDeleted': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the message sender. */
    senderId: string; /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/sender/{senderId}` */
  'Microsoft.Communication.ChatMessageDeletedInThread': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the message sender. */
    senderId: string;
  };
  /** `thread/{threadId}/sender/{senderId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatMessageEdited': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the message sender. */
    senderId: string; /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/sender/{senderId}` */
  'Microsoft.Communication.ChatMessageEditedInThread': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the message sender. */
    senderId: string;
  };
  /** `thread/{threadId}/sender/{senderId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatMessageReceived': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the message sender. */
    senderId: string; /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/sender/{senderId}` */
  'Microsoft.Communication.ChatMessageReceivedInThread': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the message sender. */
    senderId: string;
  };
  /** `thread/{threadId}/participantAdded/{participantId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the participant added. */
    participantId: string; /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/participantRemoved/{participantId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the participant removed. */
    participantId: string; /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/createdBy/{createdBy}` */
  'Microsoft.Communication.ChatThreadCreated': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the user who created the thread. */
    createdBy: string;
  };
  /** `thread/{threadId}/createdBy/{createdBy}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatThreadCreatedWithUser': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the user who created the thread. */
    createdBy: string; /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/deletedBy/{deletedBy}` */
  'Microsoft.Communication.ChatThreadDeleted': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the user who deleted the thread. */
    deletedBy: string;
  };
  /** `thread/{threadId}/participantadded/{participantId}` */
  'Microsoft.Communication.ChatThreadParticipantAdded': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the participant added. */
    participantId: string;
  };
  /** `thread/{threadId}/participantremoved/{participantId}` */
  'Microsoft.Communication.ChatThreadParticipantRemoved': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the participant removed. */
    participantId: string;
  };
  /** `thread/{threadId}/editedBy/{editedBy}` */
  'Microsoft.Communication.ChatThreadPropertiesUpdated': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the user who updated the properties. */
    editedBy: string;
  };
  /** `thread/{threadId}/editedBy/{editedBy}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the user who updated the properties. */
    editedBy: string; /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/deletedBy/{deletedBy}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatThreadWithUserDeleted': {
    /** The chat thread id. */
    threadId: string; /** The raw id of the user who deleted the thread. */
    deletedBy: string; /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `/phonenumber/{phoneNumber}` */
  'Microsoft.Communication.SMSDeliveryReportReceived': {
    /** The resource phone number that sent the SMS: E.164 digits without "+". */
    phoneNumber: string;
  };
  /** `/phonenumber/{phoneNumber}` */
  'Microsoft.Communication.SMSReceived': {
    /** The resource phone number that received the SMS: E.164 digits without "+". */
    phoneNumber: string;
  };
}

export type AcsSubjectEventType = keyof AcsSubjectParameters;

/** Each event's subject patterns as the catalog records them (`{name}` marks a parameter). */
export const subjectPatterns: { readonly [K in AcsSubjectEventType]: readonly string[] } = {
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
export function parseSubject<T extends AcsSubjectEventType>(
  eventType: T,
  subject: string,
): AcsSubjectParameters[T] | undefined {
  if (!hasOwn(subjectPatterns, eventType)) return undefined;
  return matchSubject(subjectPatterns[eventType], subject) as AcsSubjectParameters[T] | undefined;
}

/** The subject an event of this type carries for these parameters (its first pattern). */
export function formatSubject<T extends AcsSubjectEventType>(
  eventType: T,
  parameters: AcsSubjectParameters[T],
): string {
  return formatPattern(subjectPatterns[eventType][0]!, parameters);
}
