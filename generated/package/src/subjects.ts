// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { hasOwn } from './support/plain-data.js';
import { formatPattern, matchSubject, type SubjectTransform } from './support/subject-patterns.js';

/** Named parameters of each event's subject, by event type. */
export interface AcsSubjectParameters {
  /** `advancedMessage/sender/{from}/recipient/{to}` */
  'Microsoft.Communication.AdvancedMessageAnalysisCompleted': {
    /** The sender: the WhatsApp user who sent the message. */
    from: string;
    /** The recipient: the business channel id (a GUID). */
    to: string;
  };
  /** `advancedMessage/{messageId}/status/{status}` */
  'Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated': {
    /** The id of the message the status is about. */
    messageId: string;
    /** The new status of the message. */
    status: string;
  };
  /** `advancedMessage/sender/{from}/recipient/{to}` */
  'Microsoft.Communication.AdvancedMessageReceived': {
    /** The sender: the WhatsApp user who sent the message. */
    from: string;
    /** The recipient: the business channel id (a GUID). */
    to: string;
  };
  /** `call/{serverCallId}` */
  'Microsoft.Communication.CallEnded': {
    /** The server call id. */
    serverCallId: string;
  };
  /** `call/{serverCallId}/participant/{participant}` */
  'Microsoft.Communication.CallParticipantAdded': {
    /** The server call id. */
    serverCallId: string;
    /** The raw id of the participant who joined. */
    participant: string;
  };
  /** `call/{serverCallId}/participant/{participant}` */
  'Microsoft.Communication.CallParticipantRemoved': {
    /** The server call id. */
    serverCallId: string;
    /** The raw id of the participant who left. */
    participant: string;
  };
  /** `call/{serverCallId}/startedBy/{startedBy}` */
  'Microsoft.Communication.CallStarted': {
    /** The server call id. */
    serverCallId: string;
    /** The raw id of the participant who started the call. */
    startedBy: string;
  };
  /** `thread/{threadId}/sender/{senderId}` */
  'Microsoft.Communication.ChatAzureBotCommandReceivedInThread': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the sender. */
    senderId: string;
  };
  /** `thread/{threadId}/memberAdded/{memberId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the member added. */
    memberId: string;
    /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/memberRemoved/{memberId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the member removed. */
    memberId: string;
    /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/sender/{senderId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatMessageDeleted': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the message sender. */
    senderId: string;
    /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/sender/{senderId}` */
  'Microsoft.Communication.ChatMessageDeletedInThread': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the message sender. */
    senderId: string;
  };
  /** `thread/{threadId}/sender/{senderId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatMessageEdited': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the message sender. */
    senderId: string;
    /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/sender/{senderId}` */
  'Microsoft.Communication.ChatMessageEditedInThread': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the message sender. */
    senderId: string;
  };
  /** `thread/{threadId}/sender/{senderId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatMessageReceived': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the message sender. */
    senderId: string;
    /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/sender/{senderId}` */
  'Microsoft.Communication.ChatMessageReceivedInThread': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the message sender. */
    senderId: string;
  };
  /** `thread/{threadId}/participantAdded/{participantId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the participant added. */
    participantId: string;
    /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/participantRemoved/{participantId}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the participant removed. */
    participantId: string;
    /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/createdBy/{createdBy}` */
  'Microsoft.Communication.ChatThreadCreated': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the user who created the thread. */
    createdBy: string;
  };
  /** `thread/{threadId}/createdBy/{createdBy}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatThreadCreatedWithUser': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the user who created the thread. */
    createdBy: string;
    /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/deletedBy/{deletedBy}` */
  'Microsoft.Communication.ChatThreadDeleted': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the user who deleted the thread. */
    deletedBy: string;
  };
  /** `thread/{threadId}/participantadded/{participantId}` */
  'Microsoft.Communication.ChatThreadParticipantAdded': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the participant added. */
    participantId: string;
  };
  /** `thread/{threadId}/participantremoved/{participantId}` */
  'Microsoft.Communication.ChatThreadParticipantRemoved': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the participant removed. */
    participantId: string;
  };
  /** `thread/{threadId}/editedBy/{editedBy}` */
  'Microsoft.Communication.ChatThreadPropertiesUpdated': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the user who updated the properties. */
    editedBy: string;
  };
  /** `thread/{threadId}/editedBy/{editedBy}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the user who updated the properties. */
    editedBy: string;
    /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/deletedBy/{deletedBy}/recipient/{recipientId}` */
  'Microsoft.Communication.ChatThreadWithUserDeleted': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the user who deleted the thread. */
    deletedBy: string;
    /** The raw id of the user the event was published for. */
    recipientId: string;
  };
  /** `thread/{threadId}/sender/{senderId}` */
  'Microsoft.Communication.ChatTypingIndicatorReceivedInThread': {
    /** The chat thread id. */
    threadId: string;
    /** The raw id of the sender. */
    senderId: string;
  };
  /** `sender/{sender}/message/{messageId}` */
  'Microsoft.Communication.EmailDeliveryReportReceived': {
    /** The sender email address. */
    sender: string;
    /** The id of the email. */
    messageId: string;
  };
  /** `sender/{sender}/message/{messageId}` */
  'Microsoft.Communication.EmailEngagementTrackingReportReceived': {
    /** The sender email address. */
    sender: string;
    /** The id of the email. */
    messageId: string;
  };
  /** `/caller/{caller}/recipient/{recipient}` */
  'Microsoft.Communication.IncomingCall': {
    /** The raw id of the caller. */
    caller: string;
    /** The raw id of the called user or number. */
    recipient: string;
  };
  /** `/recording/call/{callId}/serverCallId/{serverCallId}/recordingId/{recordingId}` */
  'Microsoft.Communication.RecordingFileStatusUpdated': {
    /** The call id of the recorded call (not carried in data). */
    callId: string;
    /** The server call id of the recorded call (not carried in data). */
    serverCallId: string;
    /** The recording id (not carried in data). */
    recordingId: string;
  };
  /** `job/{jobId}/channel/{channelId}/disposition/{dispositionCode}` */
  'Microsoft.Communication.RouterJobCancelled': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
    /** The job's disposition code. */
    dispositionCode: string;
  };
  /** `job/{jobId}/channel/{channelId}/classificationpolicy/{classificationPolicyId}` */
  'Microsoft.Communication.RouterJobClassificationFailed': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
    /** The id of the classification policy that failed. */
    classificationPolicyId: string;
  };
  /** `job/{jobId}/channel/{channelId}/queue/{queueId}` */
  'Microsoft.Communication.RouterJobClassified': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
    /** The id of the job's queue. */
    queueId: string;
  };
  /** `job/{jobId}/channel/{channelId}/assignment/{assignmentId}` */
  'Microsoft.Communication.RouterJobClosed': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
    /** The id of the job's assignment to a worker. */
    assignmentId: string;
  };
  /** `job/{jobId}/channel/{channelId}/assignment/{assignmentId}` */
  'Microsoft.Communication.RouterJobCompleted': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
    /** The id of the job's assignment to a worker. */
    assignmentId: string;
  };
  /** `job/{jobId}/channel/{channelId}` */
  'Microsoft.Communication.RouterJobDeleted': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
  };
  /** `job/{jobId}/channel/{channelId}/exceptionrule/{ruleKey}` */
  'Microsoft.Communication.RouterJobExceptionTriggered': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
    /** The key of the exception rule that triggered. */
    ruleKey: string;
  };
  /** `job/{jobId}/channel/{channelId}/queue/{queueId}` */
  'Microsoft.Communication.RouterJobQueued': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
    /** The id of the job's queue. */
    queueId: string;
  };
  /** `job/{jobId}/channel/{channelId}` */
  'Microsoft.Communication.RouterJobReceived': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
  };
  /** `job/{jobId}/channel/{channelId}` */
  'Microsoft.Communication.RouterJobSchedulingFailed': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
  };
  /** `job/{jobId}/channel/{channelId}/assignment/{assignmentId}` */
  'Microsoft.Communication.RouterJobUnassigned': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
    /** The id of the job's assignment to a worker. */
    assignmentId: string;
  };
  /** `job/{jobId}/channel/{channelId}` */
  'Microsoft.Communication.RouterJobWaitingForActivation': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
  };
  /** `job/{jobId}/channel/{channelId}/queue/{queueId}` */
  'Microsoft.Communication.RouterJobWorkerSelectorsExpired': {
    /** The job id. */
    jobId: string;
    /** The id of the job's channel. */
    channelId: string;
    /** The id of the job's queue. */
    queueId: string;
  };
  /** `worker/{workerId}` */
  'Microsoft.Communication.RouterWorkerDeleted': {
    /** The worker id. */
    workerId: string;
  };
  /** `worker/{workerId}` */
  'Microsoft.Communication.RouterWorkerDeregistered': {
    /** The worker id. */
    workerId: string;
  };
  /** `worker/{workerId}/job/{jobId}` */
  'Microsoft.Communication.RouterWorkerOfferAccepted': {
    /** The worker id. */
    workerId: string;
    /** The job id. */
    jobId: string;
  };
  /** `worker/{workerId}/job/{jobId}` */
  'Microsoft.Communication.RouterWorkerOfferDeclined': {
    /** The worker id. */
    workerId: string;
    /** The job id. */
    jobId: string;
  };
  /** `worker/{workerId}/job/{jobId}` */
  'Microsoft.Communication.RouterWorkerOfferExpired': {
    /** The worker id. */
    workerId: string;
    /** The job id. */
    jobId: string;
  };
  /** `worker/{workerId}/job/{jobId}` */
  'Microsoft.Communication.RouterWorkerOfferIssued': {
    /** The worker id. */
    workerId: string;
    /** The job id. */
    jobId: string;
  };
  /** `worker/{workerId}/job/{jobId}` */
  'Microsoft.Communication.RouterWorkerOfferRevoked': {
    /** The worker id. */
    workerId: string;
    /** The job id. */
    jobId: string;
  };
  /** `worker/{workerId}` */
  'Microsoft.Communication.RouterWorkerRegistered': {
    /** The worker id. */
    workerId: string;
  };
  /** `worker/{workerId}` */
  'Microsoft.Communication.RouterWorkerUpdated': {
    /** The worker id. */
    workerId: string;
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
  /** `user/{user}` */
  'Microsoft.Communication.UserDisconnected': {
    /** The raw id of the disconnected user. */
    user: string;
  };
}

export type AcsSubjectEventType = keyof AcsSubjectParameters;

/** Each event's subject patterns as the catalog records them (`{name}` marks a parameter). */
export const subjectPatterns: { readonly [K in AcsSubjectEventType]: readonly string[] } = {
  'Microsoft.Communication.AdvancedMessageAnalysisCompleted': [
    'advancedMessage/sender/{from}/recipient/{to}',
  ],
  'Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated': [
    'advancedMessage/{messageId}/status/{status}',
  ],
  'Microsoft.Communication.AdvancedMessageReceived': ['advancedMessage/sender/{from}/recipient/{to}'],
  'Microsoft.Communication.CallEnded': ['call/{serverCallId}'],
  'Microsoft.Communication.CallParticipantAdded': ['call/{serverCallId}/participant/{participant}'],
  'Microsoft.Communication.CallParticipantRemoved': ['call/{serverCallId}/participant/{participant}'],
  'Microsoft.Communication.CallStarted': ['call/{serverCallId}/startedBy/{startedBy}'],
  'Microsoft.Communication.ChatAzureBotCommandReceivedInThread': ['thread/{threadId}/sender/{senderId}'],
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
  'Microsoft.Communication.ChatTypingIndicatorReceivedInThread': ['thread/{threadId}/sender/{senderId}'],
  'Microsoft.Communication.EmailDeliveryReportReceived': ['sender/{sender}/message/{messageId}'],
  'Microsoft.Communication.EmailEngagementTrackingReportReceived': ['sender/{sender}/message/{messageId}'],
  'Microsoft.Communication.IncomingCall': ['/caller/{caller}/recipient/{recipient}'],
  'Microsoft.Communication.RecordingFileStatusUpdated': [
    '/recording/call/{callId}/serverCallId/{serverCallId}/recordingId/{recordingId}',
  ],
  'Microsoft.Communication.RouterJobCancelled': [
    'job/{jobId}/channel/{channelId}/disposition/{dispositionCode}',
  ],
  'Microsoft.Communication.RouterJobClassificationFailed': [
    'job/{jobId}/channel/{channelId}/classificationpolicy/{classificationPolicyId}',
  ],
  'Microsoft.Communication.RouterJobClassified': ['job/{jobId}/channel/{channelId}/queue/{queueId}'],
  'Microsoft.Communication.RouterJobClosed': ['job/{jobId}/channel/{channelId}/assignment/{assignmentId}'],
  'Microsoft.Communication.RouterJobCompleted': ['job/{jobId}/channel/{channelId}/assignment/{assignmentId}'],
  'Microsoft.Communication.RouterJobDeleted': ['job/{jobId}/channel/{channelId}'],
  'Microsoft.Communication.RouterJobExceptionTriggered': [
    'job/{jobId}/channel/{channelId}/exceptionrule/{ruleKey}',
  ],
  'Microsoft.Communication.RouterJobQueued': ['job/{jobId}/channel/{channelId}/queue/{queueId}'],
  'Microsoft.Communication.RouterJobReceived': ['job/{jobId}/channel/{channelId}'],
  'Microsoft.Communication.RouterJobSchedulingFailed': ['job/{jobId}/channel/{channelId}'],
  'Microsoft.Communication.RouterJobUnassigned': [
    'job/{jobId}/channel/{channelId}/assignment/{assignmentId}',
  ],
  'Microsoft.Communication.RouterJobWaitingForActivation': ['job/{jobId}/channel/{channelId}'],
  'Microsoft.Communication.RouterJobWorkerSelectorsExpired': [
    'job/{jobId}/channel/{channelId}/queue/{queueId}',
  ],
  'Microsoft.Communication.RouterWorkerDeleted': ['worker/{workerId}'],
  'Microsoft.Communication.RouterWorkerDeregistered': ['worker/{workerId}'],
  'Microsoft.Communication.RouterWorkerOfferAccepted': ['worker/{workerId}/job/{jobId}'],
  'Microsoft.Communication.RouterWorkerOfferDeclined': ['worker/{workerId}/job/{jobId}'],
  'Microsoft.Communication.RouterWorkerOfferExpired': ['worker/{workerId}/job/{jobId}'],
  'Microsoft.Communication.RouterWorkerOfferIssued': ['worker/{workerId}/job/{jobId}'],
  'Microsoft.Communication.RouterWorkerOfferRevoked': ['worker/{workerId}/job/{jobId}'],
  'Microsoft.Communication.RouterWorkerRegistered': ['worker/{workerId}'],
  'Microsoft.Communication.RouterWorkerUpdated': ['worker/{workerId}'],
  'Microsoft.Communication.SMSDeliveryReportReceived': ['/phonenumber/{phoneNumber}'],
  'Microsoft.Communication.SMSReceived': ['/phonenumber/{phoneNumber}'],
  'Microsoft.Communication.UserDisconnected': ['user/{user}'],
};

/** The parameters each event's first pattern writes transformed (`digits`: an E.164 number without "+"). */
const subjectTransforms: {
  readonly [K in AcsSubjectEventType]?: Readonly<Record<string, SubjectTransform>>;
} = {
  'Microsoft.Communication.SMSDeliveryReportReceived': { phoneNumber: 'digits' as const },
  'Microsoft.Communication.SMSReceived': { phoneNumber: 'digits' as const },
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

/**
 * The subject an event of this type carries for these parameters (its first pattern), each written as
 * the service writes it: a phone number of an SMS subject as its digits, without "+".
 */
export function formatSubject<T extends AcsSubjectEventType>(
  eventType: T,
  parameters: AcsSubjectParameters[T],
): string {
  return formatPattern(subjectPatterns[eventType][0]!, parameters, subjectTransforms[eventType]);
}
