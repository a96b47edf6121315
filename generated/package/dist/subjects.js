// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { hasOwn } from "./support/plain-data.js";
import { formatPattern, matchSubject } from "./support/subject-patterns.js";
const subjectPatterns = {
  "Microsoft.Communication.AdvancedMessageAnalysisCompleted": [
    "advancedMessage/sender/{from}/recipient/{to}"
  ],
  "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": [
    "advancedMessage/{messageId}/status/{status}"
  ],
  "Microsoft.Communication.AdvancedMessageReceived": ["advancedMessage/sender/{from}/recipient/{to}"],
  "Microsoft.Communication.CallEnded": ["call/{serverCallId}"],
  "Microsoft.Communication.CallParticipantAdded": ["call/{serverCallId}/participant/{participant}"],
  "Microsoft.Communication.CallParticipantRemoved": ["call/{serverCallId}/participant/{participant}"],
  "Microsoft.Communication.CallStarted": ["call/{serverCallId}/startedBy/{startedBy}"],
  "Microsoft.Communication.ChatAzureBotCommandReceivedInThread": ["thread/{threadId}/sender/{senderId}"],
  "Microsoft.Communication.ChatMemberAddedToThreadWithUser": [
    "thread/{threadId}/memberAdded/{memberId}/recipient/{recipientId}"
  ],
  "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": [
    "thread/{threadId}/memberRemoved/{memberId}/recipient/{recipientId}"
  ],
  "Microsoft.Communication.ChatMessageDeleted": [
    "thread/{threadId}/sender/{senderId}/recipient/{recipientId}"
  ],
  "Microsoft.Communication.ChatMessageDeletedInThread": ["thread/{threadId}/sender/{senderId}"],
  "Microsoft.Communication.ChatMessageEdited": [
    "thread/{threadId}/sender/{senderId}/recipient/{recipientId}"
  ],
  "Microsoft.Communication.ChatMessageEditedInThread": ["thread/{threadId}/sender/{senderId}"],
  "Microsoft.Communication.ChatMessageReceived": [
    "thread/{threadId}/sender/{senderId}/recipient/{recipientId}"
  ],
  "Microsoft.Communication.ChatMessageReceivedInThread": ["thread/{threadId}/sender/{senderId}"],
  "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": [
    "thread/{threadId}/participantAdded/{participantId}/recipient/{recipientId}"
  ],
  "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": [
    "thread/{threadId}/participantRemoved/{participantId}/recipient/{recipientId}"
  ],
  "Microsoft.Communication.ChatThreadCreated": ["thread/{threadId}/createdBy/{createdBy}"],
  "Microsoft.Communication.ChatThreadCreatedWithUser": [
    "thread/{threadId}/createdBy/{createdBy}/recipient/{recipientId}"
  ],
  "Microsoft.Communication.ChatThreadDeleted": ["thread/{threadId}/deletedBy/{deletedBy}"],
  "Microsoft.Communication.ChatThreadParticipantAdded": [
    "thread/{threadId}/participantadded/{participantId}"
  ],
  "Microsoft.Communication.ChatThreadParticipantRemoved": [
    "thread/{threadId}/participantremoved/{participantId}"
  ],
  "Microsoft.Communication.ChatThreadPropertiesUpdated": ["thread/{threadId}/editedBy/{editedBy}"],
  "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": [
    "thread/{threadId}/editedBy/{editedBy}/recipient/{recipientId}"
  ],
  "Microsoft.Communication.ChatThreadWithUserDeleted": [
    "thread/{threadId}/deletedBy/{deletedBy}/recipient/{recipientId}"
  ],
  "Microsoft.Communication.ChatTypingIndicatorReceivedInThread": ["thread/{threadId}/sender/{senderId}"],
  "Microsoft.Communication.EmailDeliveryReportReceived": ["sender/{sender}/message/{messageId}"],
  "Microsoft.Communication.EmailEngagementTrackingReportReceived": ["sender/{sender}/message/{messageId}"],
  "Microsoft.Communication.IncomingCall": ["/caller/{caller}/recipient/{recipient}"],
  "Microsoft.Communication.RecordingFileStatusUpdated": [
    "/recording/call/{callId}/serverCallId/{serverCallId}/recordingId/{recordingId}"
  ],
  "Microsoft.Communication.RouterJobCancelled": [
    "job/{jobId}/channel/{channelId}/disposition/{dispositionCode}"
  ],
  "Microsoft.Communication.RouterJobClassificationFailed": [
    "job/{jobId}/channel/{channelId}/classificationpolicy/{classificationPolicyId}"
  ],
  "Microsoft.Communication.RouterJobClassified": ["job/{jobId}/channel/{channelId}/queue/{queueId}"],
  "Microsoft.Communication.RouterJobClosed": ["job/{jobId}/channel/{channelId}/assignment/{assignmentId}"],
  "Microsoft.Communication.RouterJobCompleted": ["job/{jobId}/channel/{channelId}/assignment/{assignmentId}"],
  "Microsoft.Communication.RouterJobDeleted": ["job/{jobId}/channel/{channelId}"],
  "Microsoft.Communication.RouterJobExceptionTriggered": [
    "job/{jobId}/channel/{channelId}/exceptionrule/{ruleKey}"
  ],
  "Microsoft.Communication.RouterJobQueued": ["job/{jobId}/channel/{channelId}/queue/{queueId}"],
  "Microsoft.Communication.RouterJobReceived": ["job/{jobId}/channel/{channelId}"],
  "Microsoft.Communication.RouterJobSchedulingFailed": ["job/{jobId}/channel/{channelId}"],
  "Microsoft.Communication.RouterJobUnassigned": [
    "job/{jobId}/channel/{channelId}/assignment/{assignmentId}"
  ],
  "Microsoft.Communication.RouterJobWaitingForActivation": ["job/{jobId}/channel/{channelId}"],
  "Microsoft.Communication.RouterJobWorkerSelectorsExpired": [
    "job/{jobId}/channel/{channelId}/queue/{queueId}"
  ],
  "Microsoft.Communication.RouterWorkerDeleted": ["worker/{workerId}"],
  "Microsoft.Communication.RouterWorkerDeregistered": ["worker/{workerId}"],
  "Microsoft.Communication.RouterWorkerOfferAccepted": ["worker/{workerId}/job/{jobId}"],
  "Microsoft.Communication.RouterWorkerOfferDeclined": ["worker/{workerId}/job/{jobId}"],
  "Microsoft.Communication.RouterWorkerOfferExpired": ["worker/{workerId}/job/{jobId}"],
  "Microsoft.Communication.RouterWorkerOfferIssued": ["worker/{workerId}/job/{jobId}"],
  "Microsoft.Communication.RouterWorkerOfferRevoked": ["worker/{workerId}/job/{jobId}"],
  "Microsoft.Communication.RouterWorkerRegistered": ["worker/{workerId}"],
  "Microsoft.Communication.RouterWorkerUpdated": ["worker/{workerId}"],
  "Microsoft.Communication.SMSDeliveryReportReceived": ["/phonenumber/{phoneNumber}"],
  "Microsoft.Communication.SMSReceived": ["/phonenumber/{phoneNumber}"],
  "Microsoft.Communication.UserDisconnected": ["user/{user}"]
};
const subjectTransforms = {
  "Microsoft.Communication.SMSDeliveryReportReceived": { phoneNumber: "digits" },
  "Microsoft.Communication.SMSReceived": { phoneNumber: "digits" }
};
function parseSubject(eventType, subject) {
  if (!hasOwn(subjectPatterns, eventType)) return void 0;
  return matchSubject(subjectPatterns[eventType], subject);
}
function formatSubject(eventType, parameters) {
  return formatPattern(subjectPatterns[eventType][0], parameters, subjectTransforms[eventType]);
}
export {
  formatSubject,
  parseSubject,
  subjectPatterns
};
