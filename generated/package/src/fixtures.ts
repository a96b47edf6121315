// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type {
  AcsChatMemberAddedToThreadWithUserCloudEvent,
  AcsChatMemberAddedToThreadWithUserEvent,
  AcsChatMemberRemovedFromThreadWithUserCloudEvent,
  AcsChatMemberRemovedFromThreadWithUserEvent,
  AcsChatMessageDeletedCloudEvent,
  AcsChatMessageDeletedEvent,
  AcsChatMessageDeletedInThreadCloudEvent,
  AcsChatMessageDeletedInThreadEvent,
  AcsChatMessageEditedCloudEvent,
  AcsChatMessageEditedEvent,
  AcsChatMessageEditedInThreadCloudEvent,
  AcsChatMessageEditedInThreadEvent,
  AcsChatMessageReceivedCloudEvent,
  AcsChatMessageReceivedEvent,
  AcsChatMessageReceivedInThreadCloudEvent,
  AcsChatMessageReceivedInThreadEvent,
  AcsChatParticipantAddedToThreadWithUserCloudEvent,
  AcsChatParticipantAddedToThreadWithUserEvent,
  AcsChatParticipantRemovedFromThreadWithUserCloudEvent,
  AcsChatParticipantRemovedFromThreadWithUserEvent,
  AcsChatThreadCreatedCloudEvent,
  AcsChatThreadCreatedEvent,
  AcsChatThreadCreatedWithUserCloudEvent,
  AcsChatThreadCreatedWithUserEvent,
  AcsChatThreadDeletedCloudEvent,
  AcsChatThreadDeletedEvent,
  AcsChatThreadParticipantAddedCloudEvent,
  AcsChatThreadParticipantAddedEvent,
  AcsChatThreadParticipantRemovedCloudEvent,
  AcsChatThreadParticipantRemovedEvent,
  AcsChatThreadPropertiesUpdatedCloudEvent,
  AcsChatThreadPropertiesUpdatedEvent,
  AcsChatThreadPropertiesUpdatedPerUserCloudEvent,
  AcsChatThreadPropertiesUpdatedPerUserEvent,
  AcsChatThreadWithUserDeletedCloudEvent,
  AcsChatThreadWithUserDeletedEvent,
  AcsCloudEvent,
  AcsEvent,
  AcsEventDataMap,
  AcsEventType,
  AcsInstantMessageDeletedCloudEvent,
  AcsInstantMessageDeletedEvent,
  AcsInstantMessageEditedCloudEvent,
  AcsInstantMessageEditedEvent,
  AcsInstantMessageReceivedCloudEvent,
  AcsInstantMessageReceivedEvent,
  AcsSmsDeliveryReportReceivedCloudEvent,
  AcsSmsDeliveryReportReceivedEvent,
  AcsSmsReceivedCloudEvent,
  AcsSmsReceivedEvent,
  CloudEvent,
  EventGridEvent,
} from './types.js';

import { formatSubject } from './subjects.js';
import { toCloudEvent } from './support/envelopes.js';
import {
  buildEvent,
  digits,
  subjectSource,
  variants,
  type DeepPartial,
  type EventRecipe,
  type FactoryOptions,
  type InvalidVariant,
} from './support/fixture-building.js';
import { frozen, type DeepReadonly } from './support/plain-data.js';

export {
  DEFAULT_SEED,
  type DeepPartial,
  type FactoryOptions,
  type InvalidVariant,
} from './support/fixture-building.js';
export type { DeepReadonly } from './support/plain-data.js';

/**
 * The CloudEvents 1.0 form of an Event Grid event: `source` is the topic (or `options.source` when the
 * event has none), `type` the event type, `time` the event time; `data` is copied.
 */
export function makeCloudEvent<E extends DeepReadonly<AcsEvent>>(
  event: E,
  options?: { source?: string },
): Extract<AcsCloudEvent, { type: E['eventType'] }>;
export function makeCloudEvent<TType extends string, TData>(
  event: EventGridEvent<TType, TData>,
  options?: { source?: string },
): CloudEvent<TType, TData>;
export function makeCloudEvent<TType extends string, TData>(
  event: EventGridEvent<TType, TData>,
  options?: { source?: string },
): CloudEvent<TType, TData> {
  return toCloudEvent(event, options);
}

// ── Factories ────────────────────────────────────────────────────────────────────────────────

const recipes: { readonly [K in AcsEventType]: EventRecipe<K, AcsEventDataMap[K]> } = {
  'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
    type: 'Microsoft.Communication.ChatMemberAddedToThreadWithUser',
    dataVersion: '1.0',
    data: (draw) => ({
      time: draw.time('change'),
      addedBy: draw.rawId('addedBy'),
      memberAdded: { displayName: draw.displayName('memberAdded'), memberId: draw.rawId('memberAdded') },
      createTime: draw.time('create'),
      version: draw.version('change'),
      recipientId: draw.rawId('recipient'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatMemberAddedToThreadWithUser', {
        threadId: subjectSource(data, '/threadId'),
        memberId: subjectSource(data, '/memberAdded/memberId'),
        recipientId: subjectSource(data, '/recipientId'),
      }),
  },
  'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
    type: 'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser',
    dataVersion: '1.0',
    data: (draw) => ({
      time: draw.time('change'),
      removedBy: draw.rawId('removedBy'),
      memberRemoved: {
        displayName: draw.displayName('memberRemoved'),
        memberId: draw.rawId('memberRemoved'),
      },
      createTime: draw.time('create'),
      version: draw.version('change'),
      recipientId: draw.rawId('recipient'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatMemberRemovedFromThreadWithUser', {
        threadId: subjectSource(data, '/threadId'),
        memberId: subjectSource(data, '/memberRemoved/memberId'),
        recipientId: subjectSource(data, '/recipientId'),
      }),
  },
  'Microsoft.Communication.ChatMessageDeleted': {
    type: 'Microsoft.Communication.ChatMessageDeleted',
    dataVersion: '1.0',
    data: (draw) => ({
      deleteTime: draw.time('change'),
      messageId: String(draw.ms('compose')),
      senderId: draw.rawId('sender'),
      senderCommunicationIdentifier: {
        rawId: draw.rawId('sender'),
        communicationUser: { id: draw.rawId('sender') },
      },
      senderDisplayName: draw.displayName('sender'),
      composeTime: draw.time('compose'),
      type: 'Text',
      version: draw.version('change'),
      recipientId: draw.rawId('recipient'),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId('recipient'),
        communicationUser: { id: draw.rawId('recipient') },
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatMessageDeleted', {
        threadId: subjectSource(data, '/threadId'),
        senderId: subjectSource(data, '/senderId'),
        recipientId: subjectSource(data, '/recipientId'),
      }),
  },
  'Microsoft.Communication.ChatMessageDeletedInThread': {
    type: 'Microsoft.Communication.ChatMessageDeletedInThread',
    dataVersion: '1.0',
    data: (draw) => ({
      deleteTime: draw.time('change'),
      messageId: String(draw.ms('compose')),
      type: 'Text',
      version: draw.version('change'),
      senderDisplayName: draw.displayName('sender'),
      senderCommunicationIdentifier: {
        rawId: draw.rawId('sender'),
        communicationUser: { id: draw.rawId('sender') },
      },
      composeTime: draw.time('compose'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatMessageDeletedInThread', {
        threadId: subjectSource(data, '/threadId'),
        senderId: subjectSource(data, '/senderCommunicationIdentifier/rawId'),
      }),
  },
  'Microsoft.Communication.ChatMessageEdited': {
    type: 'Microsoft.Communication.ChatMessageEdited',
    dataVersion: '1.0',
    data: (draw) => ({
      editTime: draw.time('change'),
      messageBody: draw.sentence(),
      messageId: String(draw.ms('compose')),
      metadata: { [draw.mapKey()]: draw.word() },
      senderId: draw.rawId('sender'),
      senderCommunicationIdentifier: {
        rawId: draw.rawId('sender'),
        communicationUser: { id: draw.rawId('sender') },
      },
      senderDisplayName: draw.displayName('sender'),
      composeTime: draw.time('compose'),
      type: 'Text',
      version: draw.version('change'),
      recipientId: draw.rawId('recipient'),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId('recipient'),
        communicationUser: { id: draw.rawId('recipient') },
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatMessageEdited', {
        threadId: subjectSource(data, '/threadId'),
        senderId: subjectSource(data, '/senderId'),
        recipientId: subjectSource(data, '/recipientId'),
      }),
  },
  'Microsoft.Communication.ChatMessageEditedInThread': {
    type: 'Microsoft.Communication.ChatMessageEditedInThread',
    dataVersion: '1.0',
    data: (draw) => ({
      editTime: draw.time('change'),
      messageBody: draw.sentence(),
      messageId: String(draw.ms('compose')),
      metadata: { [draw.mapKey()]: draw.word() },
      type: 'Text',
      version: draw.version('change'),
      senderDisplayName: draw.displayName('sender'),
      senderCommunicationIdentifier: {
        rawId: draw.rawId('sender'),
        communicationUser: { id: draw.rawId('sender') },
      },
      composeTime: draw.time('compose'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatMessageEditedInThread', {
        threadId: subjectSource(data, '/threadId'),
        senderId: subjectSource(data, '/senderCommunicationIdentifier/rawId'),
      }),
  },
  'Microsoft.Communication.ChatMessageReceived': {
    type: 'Microsoft.Communication.ChatMessageReceived',
    dataVersion: '1.0',
    data: (draw) => ({
      messageBody: draw.sentence(),
      messageId: String(draw.ms('compose')),
      metadata: { [draw.mapKey()]: draw.word() },
      senderId: draw.rawId('sender'),
      senderCommunicationIdentifier: {
        rawId: draw.rawId('sender'),
        communicationUser: { id: draw.rawId('sender') },
      },
      senderDisplayName: draw.displayName('sender'),
      composeTime: draw.time('compose'),
      type: 'Text',
      version: draw.version('compose'),
      recipientId: draw.rawId('recipient'),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId('recipient'),
        communicationUser: { id: draw.rawId('recipient') },
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatMessageReceived', {
        threadId: subjectSource(data, '/threadId'),
        senderId: subjectSource(data, '/senderId'),
        recipientId: subjectSource(data, '/recipientId'),
      }),
  },
  'Microsoft.Communication.ChatMessageReceivedInThread': {
    type: 'Microsoft.Communication.ChatMessageReceivedInThread',
    dataVersion: '1.0',
    data: (draw) => ({
      messageBody: draw.sentence(),
      messageId: String(draw.ms('compose')),
      metadata: { [draw.mapKey()]: draw.word() },
      type: 'Text',
      version: draw.version('compose'),
      senderDisplayName: draw.displayName('sender'),
      senderCommunicationIdentifier: {
        rawId: draw.rawId('sender'),
        communicationUser: { id: draw.rawId('sender') },
      },
      composeTime: draw.time('compose'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatMessageReceivedInThread', {
        threadId: subjectSource(data, '/threadId'),
        senderId: subjectSource(data, '/senderCommunicationIdentifier/rawId'),
      }),
  },
  'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
    type: 'Microsoft.Communication.ChatParticipantAddedToThreadWithUser',
    dataVersion: '1.0',
    data: (draw) => ({
      time: draw.time('change'),
      addedByCommunicationIdentifier: {
        rawId: draw.rawId('addedBy'),
        communicationUser: { id: draw.rawId('addedBy') },
      },
      participantAdded: {
        displayName: draw.displayName('participantAdded'),
        participantCommunicationIdentifier: {
          rawId: draw.rawId('participantAdded'),
          communicationUser: { id: draw.rawId('participantAdded') },
        },
      },
      recipientCommunicationIdentifier: {
        rawId: draw.rawId('recipient'),
        communicationUser: { id: draw.rawId('recipient') },
      },
      createTime: draw.time('create'),
      version: draw.version('change'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatParticipantAddedToThreadWithUser', {
        threadId: subjectSource(data, '/threadId'),
        participantId: subjectSource(data, '/participantAdded/participantCommunicationIdentifier/rawId'),
        recipientId: subjectSource(data, '/recipientCommunicationIdentifier/rawId'),
      }),
  },
  'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
    type: 'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser',
    dataVersion: '1.0',
    data: (draw) => ({
      time: draw.time('change'),
      removedByCommunicationIdentifier: {
        rawId: draw.rawId('removedBy'),
        communicationUser: { id: draw.rawId('removedBy') },
      },
      participantRemoved: {
        displayName: draw.displayName('participantRemoved'),
        participantCommunicationIdentifier: {
          rawId: draw.rawId('participantRemoved'),
          communicationUser: { id: draw.rawId('participantRemoved') },
        },
      },
      recipientCommunicationIdentifier: {
        rawId: draw.rawId('recipient'),
        communicationUser: { id: draw.rawId('recipient') },
      },
      createTime: draw.time('create'),
      version: draw.version('change'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser', {
        threadId: subjectSource(data, '/threadId'),
        participantId: subjectSource(data, '/participantRemoved/participantCommunicationIdentifier/rawId'),
        recipientId: subjectSource(data, '/recipientCommunicationIdentifier/rawId'),
      }),
  },
  'Microsoft.Communication.ChatThreadCreated': {
    type: 'Microsoft.Communication.ChatThreadCreated',
    dataVersion: '1.0',
    data: (draw) => ({
      createdByCommunicationIdentifier: {
        rawId: draw.rawId('createdBy'),
        communicationUser: { id: draw.rawId('createdBy') },
      },
      properties: { topic: draw.topic() },
      participants: [
        {
          displayName: draw.displayName('participants'),
          participantCommunicationIdentifier: {
            rawId: draw.rawId('participants'),
            communicationUser: { id: draw.rawId('participants') },
          },
        },
      ],
      createTime: draw.time('create'),
      version: draw.version('create'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatThreadCreated', {
        threadId: subjectSource(data, '/threadId'),
        createdBy: subjectSource(data, '/createdByCommunicationIdentifier/rawId'),
      }),
  },
  'Microsoft.Communication.ChatThreadCreatedWithUser': {
    type: 'Microsoft.Communication.ChatThreadCreatedWithUser',
    dataVersion: '1.0',
    data: (draw) => ({
      createdBy: draw.rawId('createdBy'),
      createdByCommunicationIdentifier: {
        rawId: draw.rawId('createdBy'),
        communicationUser: { id: draw.rawId('createdBy') },
      },
      properties: { topic: draw.topic() },
      members: [{ displayName: draw.displayName('members'), memberId: draw.rawId('members') }],
      participants: [
        {
          displayName: draw.displayName('participants'),
          participantCommunicationIdentifier: {
            rawId: draw.rawId('participants'),
            communicationUser: { id: draw.rawId('participants') },
          },
        },
      ],
      createTime: draw.time('create'),
      version: draw.version('create'),
      recipientId: draw.rawId('recipient'),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId('recipient'),
        communicationUser: { id: draw.rawId('recipient') },
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatThreadCreatedWithUser', {
        threadId: subjectSource(data, '/threadId'),
        createdBy: subjectSource(data, '/createdBy'),
        recipientId: subjectSource(data, '/recipientId'),
      }),
  },
  'Microsoft.Communication.ChatThreadDeleted': {
    type: 'Microsoft.Communication.ChatThreadDeleted',
    dataVersion: '1.0',
    data: (draw) => ({
      deletedByCommunicationIdentifier: {
        rawId: draw.rawId('deletedBy'),
        communicationUser: { id: draw.rawId('deletedBy') },
      },
      deleteTime: draw.time('change'),
      createTime: draw.time('create'),
      version: draw.version('change'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatThreadDeleted', {
        threadId: subjectSource(data, '/threadId'),
        deletedBy: subjectSource(data, '/deletedByCommunicationIdentifier/rawId'),
      }),
  },
  'Microsoft.Communication.ChatThreadParticipantAdded': {
    type: 'Microsoft.Communication.ChatThreadParticipantAdded',
    dataVersion: '1.0',
    data: (draw) => ({
      time: draw.time('change'),
      addedByCommunicationIdentifier: {
        rawId: draw.rawId('addedBy'),
        communicationUser: { id: draw.rawId('addedBy') },
      },
      participantAdded: {
        displayName: draw.displayName('participantAdded'),
        participantCommunicationIdentifier: {
          rawId: draw.rawId('participantAdded'),
          communicationUser: { id: draw.rawId('participantAdded') },
        },
      },
      createTime: draw.time('create'),
      version: draw.version('change'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatThreadParticipantAdded', {
        threadId: subjectSource(data, '/threadId'),
        participantId: subjectSource(data, '/participantAdded/participantCommunicationIdentifier/rawId'),
      }),
  },
  'Microsoft.Communication.ChatThreadParticipantRemoved': {
    type: 'Microsoft.Communication.ChatThreadParticipantRemoved',
    dataVersion: '1.0',
    data: (draw) => ({
      time: draw.time('change'),
      removedByCommunicationIdentifier: {
        rawId: draw.rawId('removedBy'),
        communicationUser: { id: draw.rawId('removedBy') },
      },
      participantRemoved: {
        displayName: draw.displayName('participantRemoved'),
        participantCommunicationIdentifier: {
          rawId: draw.rawId('participantRemoved'),
          communicationUser: { id: draw.rawId('participantRemoved') },
        },
      },
      createTime: draw.time('create'),
      version: draw.version('change'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatThreadParticipantRemoved', {
        threadId: subjectSource(data, '/threadId'),
        participantId: subjectSource(data, '/participantRemoved/participantCommunicationIdentifier/rawId'),
      }),
  },
  'Microsoft.Communication.ChatThreadPropertiesUpdated': {
    type: 'Microsoft.Communication.ChatThreadPropertiesUpdated',
    dataVersion: '1.0',
    data: (draw) => ({
      editedByCommunicationIdentifier: {
        rawId: draw.rawId('editedBy'),
        communicationUser: { id: draw.rawId('editedBy') },
      },
      editTime: draw.time('change'),
      properties: { topic: draw.topic() },
      createTime: draw.time('create'),
      version: draw.version('change'),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatThreadPropertiesUpdated', {
        threadId: subjectSource(data, '/threadId'),
        editedBy: subjectSource(data, '/editedByCommunicationIdentifier/rawId'),
      }),
  },
  'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
    type: 'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser',
    dataVersion: '1.0',
    data: (draw) => ({
      editedBy: draw.rawId('editedBy'),
      editedByCommunicationIdentifier: {
        rawId: draw.rawId('editedBy'),
        communicationUser: { id: draw.rawId('editedBy') },
      },
      editTime: draw.time('change'),
      properties: { topic: draw.topic() },
      createTime: draw.time('create'),
      version: draw.version('change'),
      recipientId: draw.rawId('recipient'),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId('recipient'),
        communicationUser: { id: draw.rawId('recipient') },
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser', {
        threadId: subjectSource(data, '/threadId'),
        editedBy: subjectSource(data, '/editedBy'),
        recipientId: subjectSource(data, '/recipientId'),
      }),
  },
  'Microsoft.Communication.ChatThreadWithUserDeleted': {
    type: 'Microsoft.Communication.ChatThreadWithUserDeleted',
    dataVersion: '1.0',
    data: (draw) => ({
      deletedBy: draw.rawId('deletedBy'),
      deletedByCommunicationIdentifier: {
        rawId: draw.rawId('deletedBy'),
        communicationUser: { id: draw.rawId('deletedBy') },
      },
      deleteTime: draw.time('change'),
      createTime: draw.time('create'),
      version: draw.version('change'),
      recipientId: draw.rawId('recipient'),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId('recipient'),
        communicationUser: { id: draw.rawId('recipient') },
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatThreadWithUserDeleted', {
        threadId: subjectSource(data, '/threadId'),
        deletedBy: subjectSource(data, '/deletedBy'),
        recipientId: subjectSource(data, '/recipientId'),
      }),
  },
  'Microsoft.Communication.InstantMessageDeleted': {
    type: 'Microsoft.Communication.InstantMessageDeleted',
    dataVersion: '1.0',
    data: (draw) => ({
      messageBody: draw.sentence(),
      version: String(draw.version('change')),
      composeTime: draw.time('compose'),
      deleteTime: draw.time('change'),
      senderId: draw.rawId('sender'),
      senderDisplayName: draw.displayName('sender'),
      recipientId: draw.rawId('recipient'),
      transactionId: draw.transactionId(),
      groupId: draw.guid(),
      collapseId: draw.guid(),
      messageId: String(draw.ms('compose')),
      messageType: 'Text',
    }),
    subject: () => 'IM Event Test',
  },
  'Microsoft.Communication.InstantMessageEdited': {
    type: 'Microsoft.Communication.InstantMessageEdited',
    dataVersion: '1.0',
    data: (draw) => ({
      messageBody: draw.sentence(),
      version: String(draw.version('change')),
      composeTime: draw.time('compose'),
      editTime: draw.time('change'),
      senderId: draw.rawId('sender'),
      senderDisplayName: draw.displayName('sender'),
      recipientId: draw.rawId('recipient'),
      transactionId: draw.transactionId(),
      groupId: draw.guid(),
      collapseId: draw.guid(),
      messageId: String(draw.ms('compose')),
      messageType: 'Text',
    }),
    subject: () => 'IM Event Test',
  },
  'Microsoft.Communication.InstantMessageReceived': {
    type: 'Microsoft.Communication.InstantMessageReceived',
    dataVersion: '1.0',
    data: (draw) => ({
      messageBody: draw.sentence(),
      senderId: draw.rawId('sender'),
      senderDisplayName: draw.displayName('sender'),
      recipientId: draw.rawId('recipient'),
      transactionId: draw.transactionId(),
      groupId: draw.guid(),
      collapseId: draw.guid(),
      messageId: draw.guid(),
      messageType: 'Text',
    }),
    subject: () => 'IM Event Test',
  },
  'Microsoft.Communication.SMSDeliveryReportReceived': {
    type: 'Microsoft.Communication.SMSDeliveryReportReceived',
    dataVersion: '1.0',
    data: (draw) => ({
      messageId: draw.guid(),
      from: draw.phone('from'),
      to: draw.phone('to'),
      deliveryStatus: 'Delivered',
      deliveryStatusDetails: 'No error.',
      deliveryAttempts: [
        { timestamp: draw.time('attempt'), segmentsSucceeded: draw.int(1, 3), segmentsFailed: 0 },
      ],
      receivedTimestamp: draw.time('change'),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.SMSDeliveryReportReceived', {
        phoneNumber: digits(subjectSource(data, '/from')),
      }),
  },
  'Microsoft.Communication.SMSReceived': {
    type: 'Microsoft.Communication.SMSReceived',
    dataVersion: '1.0',
    data: (draw) => ({
      messageId: draw.guid(),
      from: draw.phone('from'),
      to: draw.phone('to'),
      message: draw.sentence(),
      receivedTimestamp: draw.time('change'),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.SMSReceived', {
        phoneNumber: digits(subjectSource(data, '/to')),
      }),
  },
};

/** A valid, realistic `Microsoft.Communication.ChatMemberAddedToThreadWithUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/memberAdded/{memberId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatMemberAddedToThreadWithUserEvent(
  overrides?: DeepPartial<AcsChatMemberAddedToThreadWithUserEvent>,
  options?: FactoryOptions,
): AcsChatMemberAddedToThreadWithUserEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatMemberAddedToThreadWithUser'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/memberRemoved/{memberId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatMemberRemovedFromThreadWithUserEvent(
  overrides?: DeepPartial<AcsChatMemberRemovedFromThreadWithUserEvent>,
  options?: FactoryOptions,
): AcsChatMemberRemovedFromThreadWithUserEvent {
  return buildEvent(
    recipes['Microsoft.Communication.ChatMemberRemovedFromThreadWithUser'],
    overrides,
    options,
  );
}

/** A valid, realistic `Microsoft.Communication.ChatMessageDeleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatMessageDeletedEvent(
  overrides?: DeepPartial<AcsChatMessageDeletedEvent>,
  options?: FactoryOptions,
): AcsChatMessageDeletedEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatMessageDeleted'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatMessageDeletedInThread` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatMessageDeletedInThreadEvent(
  overrides?: DeepPartial<AcsChatMessageDeletedInThreadEvent>,
  options?: FactoryOptions,
): AcsChatMessageDeletedInThreadEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatMessageDeletedInThread'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatMessageEdited` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatMessageEditedEvent(
  overrides?: DeepPartial<AcsChatMessageEditedEvent>,
  options?: FactoryOptions,
): AcsChatMessageEditedEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatMessageEdited'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatMessageEditedInThread` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatMessageEditedInThreadEvent(
  overrides?: DeepPartial<AcsChatMessageEditedInThreadEvent>,
  options?: FactoryOptions,
): AcsChatMessageEditedInThreadEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatMessageEditedInThread'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatMessageReceivedEvent(
  overrides?: DeepPartial<AcsChatMessageReceivedEvent>,
  options?: FactoryOptions,
): AcsChatMessageReceivedEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatMessageReceived'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatMessageReceivedInThread` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatMessageReceivedInThreadEvent(
  overrides?: DeepPartial<AcsChatMessageReceivedInThreadEvent>,
  options?: FactoryOptions,
): AcsChatMessageReceivedInThreadEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatMessageReceivedInThread'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/participantAdded/{participantId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatParticipantAddedToThreadWithUserEvent(
  overrides?: DeepPartial<AcsChatParticipantAddedToThreadWithUserEvent>,
  options?: FactoryOptions,
): AcsChatParticipantAddedToThreadWithUserEvent {
  return buildEvent(
    recipes['Microsoft.Communication.ChatParticipantAddedToThreadWithUser'],
    overrides,
    options,
  );
}

/** A valid, realistic `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/participantRemoved/{participantId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatParticipantRemovedFromThreadWithUserEvent(
  overrides?: DeepPartial<AcsChatParticipantRemovedFromThreadWithUserEvent>,
  options?: FactoryOptions,
): AcsChatParticipantRemovedFromThreadWithUserEvent {
  return buildEvent(
    recipes['Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser'],
    overrides,
    options,
  );
}

/** A valid, realistic `Microsoft.Communication.ChatThreadCreated` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/createdBy/{createdBy}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatThreadCreatedEvent(
  overrides?: DeepPartial<AcsChatThreadCreatedEvent>,
  options?: FactoryOptions,
): AcsChatThreadCreatedEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatThreadCreated'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatThreadCreatedWithUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/createdBy/{createdBy}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatThreadCreatedWithUserEvent(
  overrides?: DeepPartial<AcsChatThreadCreatedWithUserEvent>,
  options?: FactoryOptions,
): AcsChatThreadCreatedWithUserEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatThreadCreatedWithUser'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatThreadDeleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/deletedBy/{deletedBy}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatThreadDeletedEvent(
  overrides?: DeepPartial<AcsChatThreadDeletedEvent>,
  options?: FactoryOptions,
): AcsChatThreadDeletedEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatThreadDeleted'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatThreadParticipantAdded` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/participantadded/{participantId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatThreadParticipantAddedEvent(
  overrides?: DeepPartial<AcsChatThreadParticipantAddedEvent>,
  options?: FactoryOptions,
): AcsChatThreadParticipantAddedEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatThreadParticipantAdded'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatThreadParticipantRemoved` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/participantremoved/{participantId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatThreadParticipantRemovedEvent(
  overrides?: DeepPartial<AcsChatThreadParticipantRemovedEvent>,
  options?: FactoryOptions,
): AcsChatThreadParticipantRemovedEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatThreadParticipantRemoved'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatThreadPropertiesUpdated` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/editedBy/{editedBy}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatThreadPropertiesUpdatedEvent(
  overrides?: DeepPartial<AcsChatThreadPropertiesUpdatedEvent>,
  options?: FactoryOptions,
): AcsChatThreadPropertiesUpdatedEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatThreadPropertiesUpdated'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/editedBy/{editedBy}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatThreadPropertiesUpdatedPerUserEvent(
  overrides?: DeepPartial<AcsChatThreadPropertiesUpdatedPerUserEvent>,
  options?: FactoryOptions,
): AcsChatThreadPropertiesUpdatedPerUserEvent {
  return buildEvent(
    recipes['Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser'],
    overrides,
    options,
  );
}

/** A valid, realistic `Microsoft.Communication.ChatThreadWithUserDeleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/deletedBy/{deletedBy}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatThreadWithUserDeletedEvent(
  overrides?: DeepPartial<AcsChatThreadWithUserDeletedEvent>,
  options?: FactoryOptions,
): AcsChatThreadWithUserDeletedEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatThreadWithUserDeleted'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.InstantMessageDeleted` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export function makeAcsInstantMessageDeletedEvent(
  overrides?: DeepPartial<AcsInstantMessageDeletedEvent>,
  options?: FactoryOptions,
): AcsInstantMessageDeletedEvent {
  return buildEvent(recipes['Microsoft.Communication.InstantMessageDeleted'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.InstantMessageEdited` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export function makeAcsInstantMessageEditedEvent(
  overrides?: DeepPartial<AcsInstantMessageEditedEvent>,
  options?: FactoryOptions,
): AcsInstantMessageEditedEvent {
  return buildEvent(recipes['Microsoft.Communication.InstantMessageEdited'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.InstantMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export function makeAcsInstantMessageReceivedEvent(
  overrides?: DeepPartial<AcsInstantMessageReceivedEvent>,
  options?: FactoryOptions,
): AcsInstantMessageReceivedEvent {
  return buildEvent(recipes['Microsoft.Communication.InstantMessageReceived'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.SMSDeliveryReportReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`/phonenumber/{phoneNumber}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsSmsDeliveryReportReceivedEvent(
  overrides?: DeepPartial<AcsSmsDeliveryReportReceivedEvent>,
  options?: FactoryOptions,
): AcsSmsDeliveryReportReceivedEvent {
  return buildEvent(recipes['Microsoft.Communication.SMSDeliveryReportReceived'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.SMSReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`/phonenumber/{phoneNumber}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsSmsReceivedEvent(
  overrides?: DeepPartial<AcsSmsReceivedEvent>,
  options?: FactoryOptions,
): AcsSmsReceivedEvent {
  return buildEvent(recipes['Microsoft.Communication.SMSReceived'], overrides, options);
}

/** Every factory by event type. */
export const factories: {
  readonly [K in AcsEventType]: (
    overrides?: DeepPartial<EventGridEvent<K, AcsEventDataMap[K]>>,
    options?: FactoryOptions,
  ) => EventGridEvent<K, AcsEventDataMap[K]>;
} = {
  'Microsoft.Communication.ChatMemberAddedToThreadWithUser': makeAcsChatMemberAddedToThreadWithUserEvent,
  'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser':
    makeAcsChatMemberRemovedFromThreadWithUserEvent,
  'Microsoft.Communication.ChatMessageDeleted': makeAcsChatMessageDeletedEvent,
  'Microsoft.Communication.ChatMessageDeletedInThread': makeAcsChatMessageDeletedInThreadEvent,
  'Microsoft.Communication.ChatMessageEdited': makeAcsChatMessageEditedEvent,
  'Microsoft.Communication.ChatMessageEditedInThread': makeAcsChatMessageEditedInThreadEvent,
  'Microsoft.Communication.ChatMessageReceived': makeAcsChatMessageReceivedEvent,
  'Microsoft.Communication.ChatMessageReceivedInThread': makeAcsChatMessageReceivedInThreadEvent,
  'Microsoft.Communication.ChatParticipantAddedToThreadWithUser':
    makeAcsChatParticipantAddedToThreadWithUserEvent,
  'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser':
    makeAcsChatParticipantRemovedFromThreadWithUserEvent,
  'Microsoft.Communication.ChatThreadCreated': makeAcsChatThreadCreatedEvent,
  'Microsoft.Communication.ChatThreadCreatedWithUser': makeAcsChatThreadCreatedWithUserEvent,
  'Microsoft.Communication.ChatThreadDeleted': makeAcsChatThreadDeletedEvent,
  'Microsoft.Communication.ChatThreadParticipantAdded': makeAcsChatThreadParticipantAddedEvent,
  'Microsoft.Communication.ChatThreadParticipantRemoved': makeAcsChatThreadParticipantRemovedEvent,
  'Microsoft.Communication.ChatThreadPropertiesUpdated': makeAcsChatThreadPropertiesUpdatedEvent,
  'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser':
    makeAcsChatThreadPropertiesUpdatedPerUserEvent,
  'Microsoft.Communication.ChatThreadWithUserDeleted': makeAcsChatThreadWithUserDeletedEvent,
  'Microsoft.Communication.InstantMessageDeleted': makeAcsInstantMessageDeletedEvent,
  'Microsoft.Communication.InstantMessageEdited': makeAcsInstantMessageEditedEvent,
  'Microsoft.Communication.InstantMessageReceived': makeAcsInstantMessageReceivedEvent,
  'Microsoft.Communication.SMSDeliveryReportReceived': makeAcsSmsDeliveryReportReceivedEvent,
  'Microsoft.Communication.SMSReceived': makeAcsSmsReceivedEvent,
};

// ── Docs samples ─────────────────────────────────────────────────────────────────────────────

/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2020-09 docs (line 258), corrected. Frozen. */
export const chatMemberAddedToThreadWithUser_2020_09: DeepReadonly<AcsChatMemberAddedToThreadWithUserEvent> =
  frozen<AcsChatMemberAddedToThreadWithUserEvent>({
    id: '4abd2b49-d1a9-4fcc-9cd7-170fa5d96443',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject:
      'thread/19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2/memberAdded/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
    data: {
      time: '2020-09-18T00:47:13.1867087Z',
      addedBy: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f1',
      memberAdded: {
        displayName: 'John Smith',
        memberId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe',
      },
      createTime: '2020-09-18T00:46:41.559Z',
      version: 1600390033176,
      recipientId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
      transactionId: 'pVIjw/pHEEKUOUJ2DAAl5A.1.1.1.1.1818361951.1.1',
      threadId: '19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMemberAddedToThreadWithUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-18T00:47:13.2342692Z',
  });

/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2020-09 docs (line 258), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMemberAddedToThreadWithUserCloudEvent_2020_09: DeepReadonly<AcsChatMemberAddedToThreadWithUserCloudEvent> =
  frozen(toCloudEvent(chatMemberAddedToThreadWithUser_2020_09));

/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2021-02 docs (line 469), corrected. Frozen. */
export const chatMemberAddedToThreadWithUser_2021_02: DeepReadonly<AcsChatMemberAddedToThreadWithUserEvent> =
  frozen<AcsChatMemberAddedToThreadWithUserEvent>({
    id: '4abd2b49-d1a9-4fcc-9cd7-170fa5d96443',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/memberAdded/{rawId}/recipient/{rawId}',
    data: {
      time: '2020-09-18T00:47:13.1867087Z',
      addedBy: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f1',
      memberAdded: {
        displayName: 'John Smith',
        memberId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe',
      },
      createTime: '2020-09-18T00:46:41.559Z',
      version: 1600390033176,
      recipientId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
      transactionId: 'pVIjw/pHEEKUOUJ2DAAl5A.1.1.1.1.1818361951.1.1',
      threadId: '19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMemberAddedToThreadWithUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-18T00:47:13.2342692Z',
  });

/** `Microsoft.Communication.ChatMemberAddedToThreadWithUser` as published in the 2021-02 docs (line 469), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMemberAddedToThreadWithUserCloudEvent_2021_02: DeepReadonly<AcsChatMemberAddedToThreadWithUserCloudEvent> =
  frozen(toCloudEvent(chatMemberAddedToThreadWithUser_2021_02));

/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2020-09 docs (line 283), corrected. Frozen. */
export const chatMemberRemovedFromThreadWithUser_2020_09: DeepReadonly<AcsChatMemberRemovedFromThreadWithUserEvent> =
  frozen<AcsChatMemberRemovedFromThreadWithUserEvent>({
    id: 'b3701976-1ea2-4d66-be68-4ec4fc1b4b96',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject:
      'thread/19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2/memberRemoved/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
    data: {
      time: '2020-09-18T00:47:51.1461742Z',
      removedBy: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f1',
      memberRemoved: {
        displayName: 'John',
        memberId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe',
      },
      createTime: '2020-09-18T00:46:41.559Z',
      version: 1600390071131,
      recipientId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
      transactionId: 'G9Y+UbjVmEuxAG3O4bEyvw.1.1.1.1.1819803816.1.1',
      threadId: '19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-18T00:47:51.2244511Z',
  });

/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2020-09 docs (line 283), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMemberRemovedFromThreadWithUserCloudEvent_2020_09: DeepReadonly<AcsChatMemberRemovedFromThreadWithUserCloudEvent> =
  frozen(toCloudEvent(chatMemberRemovedFromThreadWithUser_2020_09));

/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2021-02 docs (line 496), corrected. Frozen. */
export const chatMemberRemovedFromThreadWithUser_2021_02: DeepReadonly<AcsChatMemberRemovedFromThreadWithUserEvent> =
  frozen<AcsChatMemberRemovedFromThreadWithUserEvent>({
    id: 'b3701976-1ea2-4d66-be68-4ec4fc1b4b96',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/memberRemoved/{rawId}/recipient/{rawId}',
    data: {
      time: '2020-09-18T00:47:51.1461742Z',
      removedBy: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f1',
      memberRemoved: {
        displayName: 'John',
        memberId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe',
      },
      createTime: '2020-09-18T00:46:41.559Z',
      version: 1600390071131,
      recipientId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
      transactionId: 'G9Y+UbjVmEuxAG3O4bEyvw.1.1.1.1.1819803816.1.1',
      threadId: '19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-18T00:47:51.2244511Z',
  });

/** `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser` as published in the 2021-02 docs (line 496), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMemberRemovedFromThreadWithUserCloudEvent_2021_02: DeepReadonly<AcsChatMemberRemovedFromThreadWithUserCloudEvent> =
  frozen(toCloudEvent(chatMemberRemovedFromThreadWithUser_2021_02));

/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2020-09 docs (line 156), corrected. Frozen. */
export const chatMessageDeleted_2020_09: DeepReadonly<AcsChatMessageDeletedEvent> =
  frozen<AcsChatMessageDeletedEvent>({
    id: '08034616-cf11-4fc2-b402-88963b93d083',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject:
      'thread/19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2/sender/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
    data: {
      deleteTime: '2020-09-18T00:49:12.154Z',
      messageId: '1600390099195',
      senderId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe',
      senderDisplayName: 'Bob(Admin)',
      composeTime: '2020-09-18T00:48:19.195Z',
      type: 'Text',
      version: 1600390152154,
      recipientId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
      transactionId: 'mAxUjeTsG06NpObXkFcjVQ.1.1.2.1.1823015063.1.5',
      threadId: '19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMessageDeleted',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-18T00:49:12.6698791Z',
  });

/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2020-09 docs (line 156), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageDeletedCloudEvent_2020_09: DeepReadonly<AcsChatMessageDeletedCloudEvent> = frozen(
  toCloudEvent(chatMessageDeleted_2020_09),
);

/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-02 docs (line 209), corrected. Frozen. */
export const chatMessageDeleted_2021_02: DeepReadonly<AcsChatMessageDeletedEvent> =
  frozen<AcsChatMessageDeletedEvent>({
    id: '23cfcc13-33f2-4ae1-8d23-b5015b05302b',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}/recipient/{rawId}',
    data: {
      deleteTime: '2021-02-19T00:43:10.14Z',
      messageId: '1613695388152',
      senderId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
        },
      },
      senderDisplayName: 'Bob(Admin)',
      composeTime: '2021-02-19T00:43:08.152Z',
      type: 'Text',
      version: 1613695390361,
      recipientId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
        },
      },
      transactionId: 'fFs4InlBn0O/0WyhfQZVSQ.1.1.2.1.1867776045.1.4',
      threadId: '19:48899258eec941e7a281e03edc8f4964@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMessageDeleted',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-19T00:43:10.9982947Z',
  });

/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-02 docs (line 209), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageDeletedCloudEvent_2021_02: DeepReadonly<AcsChatMessageDeletedCloudEvent> = frozen(
  toCloudEvent(chatMessageDeleted_2021_02),
);

/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-10 docs (line 132), corrected. Frozen. */
export const chatMessageDeleted_2021_10: DeepReadonly<AcsChatMessageDeletedEvent> =
  frozen<AcsChatMessageDeletedEvent>({
    id: '23cfcc13-33f2-4ae1-8d23-b5015b05302b',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}/recipient/{rawId}',
    data: {
      deleteTime: '2021-02-19T00:43:10.14Z',
      messageId: '1613695388152',
      senderId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
        },
      },
      senderDisplayName: 'Bob(Admin)',
      composeTime: '2021-02-19T00:43:08.152Z',
      type: 'Text',
      version: 1613695390361,
      recipientId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
        },
      },
      transactionId: 'fFs4InlBn0O/0WyhfQZVSQ.1.1.2.1.1867776045.1.4',
      threadId: '19:48899258eec941e7a281e03edc8f4964@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMessageDeleted',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-19T00:43:10.9982947Z',
  });

/** `Microsoft.Communication.ChatMessageDeleted` as published in the 2021-10 docs (line 132), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageDeletedCloudEvent_2021_10: DeepReadonly<AcsChatMessageDeletedCloudEvent> = frozen(
  toCloudEvent(chatMessageDeleted_2021_10),
);

/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-02 docs (line 784), corrected. Frozen. */
export const chatMessageDeletedInThread_2021_02: DeepReadonly<AcsChatMessageDeletedInThreadEvent> =
  frozen<AcsChatMessageDeletedInThreadEvent>({
    id: '17d9c39d-0c58-4ed8-947d-c55959f57f75',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}',
    data: {
      deleteTime: '2021-02-20T01:00:14.333+00:00',
      messageId: '1613782685440',
      type: 'Text',
      version: 1613782814333,
      senderDisplayName: 'Scott',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        },
      },
      composeTime: '2021-02-20T00:58:05.44+00:00',
      threadId: '19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2',
      transactionId: 'HqU6PeK5AkCRSpW8eAbL0A.1.1.2.1.987824181.1',
    },
    eventType: 'Microsoft.Communication.ChatMessageDeletedInThread',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T01:00:14.8518034Z',
  });

/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-02 docs (line 784), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageDeletedInThreadCloudEvent_2021_02: DeepReadonly<AcsChatMessageDeletedInThreadCloudEvent> =
  frozen(toCloudEvent(chatMessageDeletedInThread_2021_02));

/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-10 docs (line 661), corrected. Frozen. */
export const chatMessageDeletedInThread_2021_10: DeepReadonly<AcsChatMessageDeletedInThreadEvent> =
  frozen<AcsChatMessageDeletedInThreadEvent>({
    id: '17d9c39d-0c58-4ed8-947d-c55959f57f75',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}',
    data: {
      deleteTime: '2021-02-20T01:00:14.333+00:00',
      messageId: '1613782685440',
      type: 'Text',
      version: 1613782814333,
      senderDisplayName: 'Scott',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        },
      },
      composeTime: '2021-02-20T00:58:05.44+00:00',
      threadId: '19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2',
      transactionId: 'HqU6PeK5AkCRSpW8eAbL0A.1.1.2.1.987824181.1',
    },
    eventType: 'Microsoft.Communication.ChatMessageDeletedInThread',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T01:00:14.8518034Z',
  });

/** `Microsoft.Communication.ChatMessageDeletedInThread` as published in the 2021-10 docs (line 661), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageDeletedInThreadCloudEvent_2021_10: DeepReadonly<AcsChatMessageDeletedInThreadCloudEvent> =
  frozen(toCloudEvent(chatMessageDeletedInThread_2021_10));

/** `Microsoft.Communication.ChatMessageEdited` as published in the 2020-09 docs (line 131), corrected. Frozen. */
export const chatMessageEdited_2020_09: DeepReadonly<AcsChatMessageEditedEvent> =
  frozen<AcsChatMessageEditedEvent>({
    id: '18247662-e94a-40cc-8d2f-f7357365309e',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject:
      'thread/19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2/sender/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
    data: {
      editTime: '2020-09-18T00:48:47.361Z',
      messageBody: "Let's Chat about new communication services.",
      messageId: '1600390097873',
      senderId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe',
      senderDisplayName: 'Bob(Admin)',
      composeTime: '2020-09-18T00:48:17.873Z',
      type: 'Text',
      version: 1600390127361,
      recipientId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
      transactionId: 'bbopOa1JZEW5NDDFLgH1ZQ.2.1.2.1.1822032097.1.5',
      threadId: '19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMessageEdited',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-18T00:48:48.037823Z',
  });

/** `Microsoft.Communication.ChatMessageEdited` as published in the 2020-09 docs (line 131), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageEditedCloudEvent_2020_09: DeepReadonly<AcsChatMessageEditedCloudEvent> = frozen(
  toCloudEvent(chatMessageEdited_2020_09),
);

/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-02 docs (line 171), corrected. Frozen. */
export const chatMessageEdited_2021_02: DeepReadonly<AcsChatMessageEditedEvent> =
  frozen<AcsChatMessageEditedEvent>({
    id: '93fc1037-b645-4eb0-a0f2-d7bb3ba6e060',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}/recipient/{rawId}',
    data: {
      editTime: '2021-02-19T00:28:20.784Z',
      messageBody: "Let's Chat about new communication services.",
      messageId: '1613694357917',
      senderId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        },
      },
      senderDisplayName: 'Bob(Admin)',
      composeTime: '2021-02-19T00:25:57.917Z',
      type: 'Text',
      version: 1613694500784,
      recipientId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
        },
      },
      transactionId: '1mL4XZH2gEecu/alk9tOtw.2.1.2.1.1833042153.1.7',
      threadId: '19:6e5d6ca1d75044a49a36a7965ec4a906@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMessageEdited',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-19T00:28:21.7456718Z',
  });

/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-02 docs (line 171), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageEditedCloudEvent_2021_02: DeepReadonly<AcsChatMessageEditedCloudEvent> = frozen(
  toCloudEvent(chatMessageEdited_2021_02),
);

/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-10 docs (line 90), corrected. Frozen. */
export const chatMessageEdited_2021_10: DeepReadonly<AcsChatMessageEditedEvent> =
  frozen<AcsChatMessageEditedEvent>({
    id: '93fc1037-b645-4eb0-a0f2-d7bb3ba6e060',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}/recipient/{rawId}',
    data: {
      editTime: '2021-02-19T00:28:20.784Z',
      messageBody: "Let's Chat about new communication services.",
      messageId: '1613694357917',
      metadata: {
        key: 'value',
        description: 'A map of data associated with the message',
      },
      senderId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        },
      },
      senderDisplayName: 'Bob(Admin)',
      composeTime: '2021-02-19T00:25:57.917Z',
      type: 'Text',
      version: 1613694500784,
      recipientId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f',
        },
      },
      transactionId: '1mL4XZH2gEecu/alk9tOtw.2.1.2.1.1833042153.1.7',
      threadId: '19:6e5d6ca1d75044a49a36a7965ec4a906@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMessageEdited',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-19T00:28:21.7456718Z',
  });

/** `Microsoft.Communication.ChatMessageEdited` as published in the 2021-10 docs (line 90), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageEditedCloudEvent_2021_10: DeepReadonly<AcsChatMessageEditedCloudEvent> = frozen(
  toCloudEvent(chatMessageEdited_2021_10),
);

/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-02 docs (line 751), corrected. Frozen. */
export const chatMessageEditedInThread_2021_02: DeepReadonly<AcsChatMessageEditedInThreadEvent> =
  frozen<AcsChatMessageEditedInThreadEvent>({
    id: '7b8dc01e-2659-41fa-bc8c-88a967714510',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}',
    data: {
      editTime: '2021-02-20T00:59:10.464+00:00',
      messageBody: '8effb181-1eb2-4a58-9d03-ed48a461b19b',
      messageId: '1613782685964',
      type: 'Text',
      version: 1613782750464,
      senderDisplayName: 'Scott',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        },
      },
      composeTime: '2021-02-20T00:58:05.964+00:00',
      threadId: '19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2',
      transactionId: 'H8Gpj3NkIU6bXlWw8WPvhQ.2.1.2.1.985333801.1',
    },
    eventType: 'Microsoft.Communication.ChatMessageEditedInThread',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:59:10.7600061Z',
  });

/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-02 docs (line 751), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageEditedInThreadCloudEvent_2021_02: DeepReadonly<AcsChatMessageEditedInThreadCloudEvent> =
  frozen(toCloudEvent(chatMessageEditedInThread_2021_02));

/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-10 docs (line 624), corrected. Frozen. */
export const chatMessageEditedInThread_2021_10: DeepReadonly<AcsChatMessageEditedInThreadEvent> =
  frozen<AcsChatMessageEditedInThreadEvent>({
    id: '7b8dc01e-2659-41fa-bc8c-88a967714510',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}',
    data: {
      editTime: '2021-02-20T00:59:10.464+00:00',
      messageBody: '8effb181-1eb2-4a58-9d03-ed48a461b19b',
      messageId: '1613782685964',
      metadata: {
        key: 'value',
        description: 'A map of data associated with the message',
      },
      type: 'Text',
      version: 1613782750464,
      senderDisplayName: 'Scott',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        },
      },
      composeTime: '2021-02-20T00:58:05.964+00:00',
      threadId: '19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2',
      transactionId: 'H8Gpj3NkIU6bXlWw8WPvhQ.2.1.2.1.985333801.1',
    },
    eventType: 'Microsoft.Communication.ChatMessageEditedInThread',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:59:10.7600061Z',
  });

/** `Microsoft.Communication.ChatMessageEditedInThread` as published in the 2021-10 docs (line 624), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageEditedInThreadCloudEvent_2021_10: DeepReadonly<AcsChatMessageEditedInThreadCloudEvent> =
  frozen(toCloudEvent(chatMessageEditedInThread_2021_10));

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected. Frozen. */
export const chatMessageReceived_2020_09: DeepReadonly<AcsChatMessageReceivedEvent> =
  frozen<AcsChatMessageReceivedEvent>({
    id: 'c13afb5f-d975-4296-a8ef-348c8fc496ee',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}/recipient/{rawId}',
    data: {
      messageBody: 'Welcome to Azure Communication Services',
      messageId: '1600389507167',
      senderId: '8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e0d-e5aa-0e04-343a0d00037c',
      senderDisplayName: 'John',
      composeTime: '2020-09-18T00:38:27.167Z',
      type: 'Text',
      version: 1600389507167,
      recipientId: '8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e1a-3090-6a0b-343a0d000409',
      transactionId: 'WGW1YmwRzkupk0UI0QA9ZA.1.1.1.1.1797783722.1.9',
      threadId: '19:46df844a4c064bfaa2b3b30e385d1018@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMessageReceived',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-18T00:38:28.0946757Z',
  });

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageReceivedCloudEvent_2020_09: DeepReadonly<AcsChatMessageReceivedCloudEvent> = frozen(
  toCloudEvent(chatMessageReceived_2020_09),
);

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected. Frozen. */
export const chatMessageReceived_2021_02: DeepReadonly<AcsChatMessageReceivedEvent> =
  frozen<AcsChatMessageReceivedEvent>({
    id: '02272459-badb-4e2e-b538-4cb8a2f71da6',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}/recipient/{rawId}',
    data: {
      messageBody: 'Welcome to Azure Communication Services',
      messageId: '1613694358927',
      senderId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        },
      },
      senderDisplayName: 'John',
      composeTime: '2021-02-19T00:25:58.927Z',
      type: 'Text',
      version: 1613694358927,
      recipientId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
        },
      },
      transactionId: 'oh+LGB2dUUadMcTAdRWQxQ.1.1.1.1.1827536918.1.7',
      threadId: '19:6e5d6ca1d75044a49a36a7965ec4a906@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMessageReceived',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-19T00:25:59.9436666Z',
  });

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageReceivedCloudEvent_2021_02: DeepReadonly<AcsChatMessageReceivedCloudEvent> = frozen(
  toCloudEvent(chatMessageReceived_2021_02),
);

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected. Frozen. */
export const chatMessageReceived_2021_10: DeepReadonly<AcsChatMessageReceivedEvent> =
  frozen<AcsChatMessageReceivedEvent>({
    id: '02272459-badb-4e2e-b538-4cb8a2f71da6',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}/recipient/{rawId}',
    data: {
      messageBody: 'Welcome to Azure Communication Services',
      messageId: '1613694358927',
      metadata: {
        key: 'value',
        description: 'A map of data associated with the message',
      },
      senderId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        },
      },
      senderDisplayName: 'Bob(Admin)',
      composeTime: '2021-02-19T00:25:58.927Z',
      type: 'Text',
      version: 1613694358927,
      recipientId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
        },
      },
      transactionId: 'oh+LGB2dUUadMcTAdRWQxQ.1.1.1.1.1827536918.1.7',
      threadId: '19:6e5d6ca1d75044a49a36a7965ec4a906@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatMessageReceived',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-19T00:25:59.9436666Z',
  });

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageReceivedCloudEvent_2021_10: DeepReadonly<AcsChatMessageReceivedCloudEvent> = frozen(
  toCloudEvent(chatMessageReceived_2021_10),
);

/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-02 docs (line 720), corrected. Frozen. */
export const chatMessageReceivedInThread_2021_02: DeepReadonly<AcsChatMessageReceivedInThreadEvent> =
  frozen<AcsChatMessageReceivedInThreadEvent>({
    id: '4f614f97-c451-4b82-a8c9-1e30c3bfcda1',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}',
    data: {
      messageBody: 'Talk about new Thread Events in communication services',
      messageId: '1613783230064',
      type: 'Text',
      version: 1613783230064,
      senderDisplayName: 'Bob',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cdb-4916-07fd-084822002624',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cdb-4916-07fd-084822002624',
        },
      },
      composeTime: '2021-02-20T01:07:10.064+00:00',
      threadId: '19:5b3809e80e4a439d92c3316e273f4a2b@thread.v2',
      transactionId: 'foMkntkKS0O/MhMlIE5Aag.1.1.1.1.1004077250.1',
    },
    eventType: 'Microsoft.Communication.ChatMessageReceivedInThread',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T01:07:10.5704596Z',
  });

/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-02 docs (line 720), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageReceivedInThreadCloudEvent_2021_02: DeepReadonly<AcsChatMessageReceivedInThreadCloudEvent> =
  frozen(toCloudEvent(chatMessageReceivedInThread_2021_02));

/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-10 docs (line 589), corrected. Frozen. */
export const chatMessageReceivedInThread_2021_10: DeepReadonly<AcsChatMessageReceivedInThreadEvent> =
  frozen<AcsChatMessageReceivedInThreadEvent>({
    id: '4f614f97-c451-4b82-a8c9-1e30c3bfcda1',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/sender/{rawId}',
    data: {
      messageBody: 'Talk about new Thread Events in communication services',
      messageId: '1613783230064',
      metadata: {
        key: 'value',
        description: 'A map of data associated with the message',
      },
      type: 'Text',
      version: 1613783230064,
      senderDisplayName: 'Bob',
      senderCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cdb-4916-07fd-084822002624',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cdb-4916-07fd-084822002624',
        },
      },
      composeTime: '2021-02-20T01:07:10.064+00:00',
      threadId: '19:5b3809e80e4a439d92c3316e273f4a2b@thread.v2',
      transactionId: 'foMkntkKS0O/MhMlIE5Aag.1.1.1.1.1004077250.1',
    },
    eventType: 'Microsoft.Communication.ChatMessageReceivedInThread',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T01:07:10.5704596Z',
  });

/** `Microsoft.Communication.ChatMessageReceivedInThread` as published in the 2021-10 docs (line 589), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageReceivedInThreadCloudEvent_2021_10: DeepReadonly<AcsChatMessageReceivedInThreadCloudEvent> =
  frozen(toCloudEvent(chatMessageReceivedInThread_2021_10));

/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-02 docs (line 348), corrected. Frozen. */
export const chatParticipantAddedToThreadWithUser_2021_02: DeepReadonly<AcsChatParticipantAddedToThreadWithUserEvent> =
  frozen<AcsChatParticipantAddedToThreadWithUserEvent>({
    id: '049a5a7f-6cd7-43c1-b352-df9e9e6146d1',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/participantAdded/{rawId}/recipient/{rawId}',
    data: {
      time: '2021-02-25T06:37:29.9232485Z',
      addedByCommunicationIdentifier: {
        rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d',
        communicationUser: {
          id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d',
        },
      },
      participantAdded: {
        displayName: 'John Smith',
        participantCommunicationIdentifier: {
          rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f',
          communicationUser: {
            id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f',
          },
        },
      },
      recipientCommunicationIdentifier: {
        rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e',
        communicationUser: {
          id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e',
        },
      },
      createTime: '2021-02-25T06:37:17.371Z',
      version: 1614235049907,
      transactionId: 'q7rr9by6m0CiGiQxKdSO1w.1.1.1.1.1473446055.1.6',
      threadId: '19:f1400e1c542f4086a606b52ad20cd0bd@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatParticipantAddedToThreadWithUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-25T06:37:31.4880091Z',
  });

/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-02 docs (line 348), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatParticipantAddedToThreadWithUserCloudEvent_2021_02: DeepReadonly<AcsChatParticipantAddedToThreadWithUserCloudEvent> =
  frozen(toCloudEvent(chatParticipantAddedToThreadWithUser_2021_02));

/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-10 docs (line 271), corrected. Frozen. */
export const chatParticipantAddedToThreadWithUser_2021_10: DeepReadonly<AcsChatParticipantAddedToThreadWithUserEvent> =
  frozen<AcsChatParticipantAddedToThreadWithUserEvent>({
    id: '049a5a7f-6cd7-43c1-b352-df9e9e6146d1',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/participantAdded/{rawId}/recipient/{rawId}',
    data: {
      time: '2021-02-25T06:37:29.9232485Z',
      addedByCommunicationIdentifier: {
        rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d',
        communicationUser: {
          id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d',
        },
      },
      participantAdded: {
        displayName: 'John Smith',
        participantCommunicationIdentifier: {
          rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f',
          communicationUser: {
            id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f',
          },
        },
      },
      recipientCommunicationIdentifier: {
        rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e',
        communicationUser: {
          id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e',
        },
      },
      createTime: '2021-02-25T06:37:17.371Z',
      version: 1614235049907,
      transactionId: 'q7rr9by6m0CiGiQxKdSO1w.1.1.1.1.1473446055.1.6',
      threadId: '19:f1400e1c542f4086a606b52ad20cd0bd@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatParticipantAddedToThreadWithUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-25T06:37:31.4880091Z',
  });

/** `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` as published in the 2021-10 docs (line 271), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatParticipantAddedToThreadWithUserCloudEvent_2021_10: DeepReadonly<AcsChatParticipantAddedToThreadWithUserCloudEvent> =
  frozen(toCloudEvent(chatParticipantAddedToThreadWithUser_2021_10));

/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-02 docs (line 389), corrected. Frozen. */
export const chatParticipantRemovedFromThreadWithUser_2021_02: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserEvent> =
  frozen<AcsChatParticipantRemovedFromThreadWithUserEvent>({
    id: 'e8a4df24-799d-4c53-94fd-1e05703a4549',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/participantRemoved/{rawId}/recipient/{rawId}',
    data: {
      time: '2021-02-25T06:40:20.3564556Z',
      removedByCommunicationIdentifier: {
        rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d',
        communicationUser: {
          id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d',
        },
      },
      participantRemoved: {
        displayName: 'Bob',
        participantCommunicationIdentifier: {
          rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f',
          communicationUser: {
            id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f',
          },
        },
      },
      recipientCommunicationIdentifier: {
        rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e',
        communicationUser: {
          id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e',
        },
      },
      createTime: '2021-02-25T06:37:17.371Z',
      version: 1614235220325,
      transactionId: 'usv74GQ5zU+JmWv/bQ+qfg.1.1.1.1.1480065078.1.5',
      threadId: '19:f1400e1c542f4086a606b52ad20cd0bd@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-25T06:40:24.2244945Z',
  });

/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-02 docs (line 389), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserCloudEvent> =
  frozen(toCloudEvent(chatParticipantRemovedFromThreadWithUser_2021_02));

/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-10 docs (line 312), corrected. Frozen. */
export const chatParticipantRemovedFromThreadWithUser_2021_10: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserEvent> =
  frozen<AcsChatParticipantRemovedFromThreadWithUserEvent>({
    id: 'e8a4df24-799d-4c53-94fd-1e05703a4549',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/participantRemoved/{rawId}/recipient/{rawId}',
    data: {
      time: '2021-02-25T06:40:20.3564556Z',
      removedByCommunicationIdentifier: {
        rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d',
        communicationUser: {
          id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d',
        },
      },
      participantRemoved: {
        displayName: 'Bob',
        participantCommunicationIdentifier: {
          rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f',
          communicationUser: {
            id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f',
          },
        },
      },
      recipientCommunicationIdentifier: {
        rawId: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e',
        communicationUser: {
          id: '8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e',
        },
      },
      createTime: '2021-02-25T06:37:17.371Z',
      version: 1614235220325,
      transactionId: 'usv74GQ5zU+JmWv/bQ+qfg.1.1.1.1.1480065078.1.5',
      threadId: '19:f1400e1c542f4086a606b52ad20cd0bd@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-25T06:40:24.2244945Z',
  });

/** `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` as published in the 2021-10 docs (line 312), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10: DeepReadonly<AcsChatParticipantRemovedFromThreadWithUserCloudEvent> =
  frozen(toCloudEvent(chatParticipantRemovedFromThreadWithUser_2021_10));

/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-02 docs (line 523), corrected. Frozen. */
export const chatThreadCreated_2021_02: DeepReadonly<AcsChatThreadCreatedEvent> =
  frozen<AcsChatThreadCreatedEvent>({
    id: 'a607ac52-0974-4d3c-bfd8-6f708a26f509',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/createdBy/{rawId}',
    data: {
      createdByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        },
      },
      properties: {
        topic: 'Talk about new Thread Events in communication services',
      },
      participants: [
        {
          displayName: 'Bob',
          participantCommunicationIdentifier: {
            rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
            communicationUser: {
              id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
            },
          },
        },
        {
          displayName: 'Scott',
          participantCommunicationIdentifier: {
            rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467',
            communicationUser: {
              id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467',
            },
          },
        },
        {
          displayName: 'Shawn',
          participantCommunicationIdentifier: {
            rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f6-83fe-084822002337',
            communicationUser: {
              id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f6-83fe-084822002337',
            },
          },
        },
        {
          displayName: 'Anthony',
          participantCommunicationIdentifier: {
            rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e3-e1fe-084822002c35',
            communicationUser: {
              id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e3-e1fe-084822002c35',
            },
          },
        },
      ],
      createTime: '2021-02-20T00:31:54.365+00:00',
      version: 1613781114365,
      threadId: '19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2',
      transactionId: 'gK6+kgANy0O1wchlVKVTJg.1.1.1.1.921436178.1',
    },
    eventType: 'Microsoft.Communication.ChatThreadCreated',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:31:54.5369967Z',
  });

/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-02 docs (line 523), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadCreatedCloudEvent_2021_02: DeepReadonly<AcsChatThreadCreatedCloudEvent> = frozen(
  toCloudEvent(chatThreadCreated_2021_02),
);

/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-10 docs (line 392), corrected. Frozen. */
export const chatThreadCreated_2021_10: DeepReadonly<AcsChatThreadCreatedEvent> =
  frozen<AcsChatThreadCreatedEvent>({
    id: 'a607ac52-0974-4d3c-bfd8-6f708a26f509',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/createdBy/{rawId}',
    data: {
      createdByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        },
      },
      properties: {
        topic: 'Talk about new Thread Events in communication services',
      },
      participants: [
        {
          displayName: 'Bob',
          participantCommunicationIdentifier: {
            rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
            communicationUser: {
              id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
            },
          },
        },
        {
          displayName: 'Scott',
          participantCommunicationIdentifier: {
            rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467',
            communicationUser: {
              id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467',
            },
          },
        },
        {
          displayName: 'Shawn',
          participantCommunicationIdentifier: {
            rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f6-83fe-084822002337',
            communicationUser: {
              id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f6-83fe-084822002337',
            },
          },
        },
        {
          displayName: 'Anthony',
          participantCommunicationIdentifier: {
            rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e3-e1fe-084822002c35',
            communicationUser: {
              id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e3-e1fe-084822002c35',
            },
          },
        },
      ],
      createTime: '2021-02-20T00:31:54.365+00:00',
      version: 1613781114365,
      threadId: '19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2',
      transactionId: 'gK6+kgANy0O1wchlVKVTJg.1.1.1.1.921436178.1',
    },
    eventType: 'Microsoft.Communication.ChatThreadCreated',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:31:54.5369967Z',
  });

/** `Microsoft.Communication.ChatThreadCreated` as published in the 2021-10 docs (line 392), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadCreatedCloudEvent_2021_10: DeepReadonly<AcsChatThreadCreatedCloudEvent> = frozen(
  toCloudEvent(chatThreadCreated_2021_10),
);

/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2020-09 docs (line 180), corrected. Frozen. */
export const chatThreadCreatedWithUser_2020_09: DeepReadonly<AcsChatThreadCreatedWithUserEvent> =
  frozen<AcsChatThreadCreatedWithUserEvent>({
    id: '06c7c381-bb0a-4fff-aedd-919df1d52137',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject:
      'thread/19:7bdf5504a23f41a79d1bd472dd40044a@thread.v2/createdBy/8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003f0',
    data: {
      createdBy: '8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003fe',
      properties: {
        topic: 'Chat about new communication services',
      },
      members: [
        {
          displayName: 'Bob',
          memberId: '8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003f0',
        },
        {
          displayName: 'John',
          memberId: '8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003f1',
        },
      ],
      createTime: '2020-09-17T22:06:09.988Z',
      version: 1600380369988,
      recipientId: '8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003f0',
      transactionId: '9ZxrGXVXCkOTygd5iwsvAQ.1.1.1.1.1440874720.1.1',
      threadId: '19:7bdf5504a23f41a79d1bd472dd40044a@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatThreadCreatedWithUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-17T22:06:10.3235137Z',
  });

/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2020-09 docs (line 180), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadCreatedWithUserCloudEvent_2020_09: DeepReadonly<AcsChatThreadCreatedWithUserCloudEvent> =
  frozen(toCloudEvent(chatThreadCreatedWithUser_2020_09));

/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-02 docs (line 247), corrected. Frozen. */
export const chatThreadCreatedWithUser_2021_02: DeepReadonly<AcsChatThreadCreatedWithUserEvent> =
  frozen<AcsChatThreadCreatedWithUserEvent>({
    id: 'eba02b2d-37bf-420e-8656-3a42ef74c435',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/createdBy/{rawId}/recipient/{rawId}',
    data: {
      createdBy: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
      createdByCommunicationIdentifier: {
        rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
        communicationUser: {
          id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
        },
      },
      properties: {
        topic: 'Chat about new communication services',
      },
      members: [
        {
          displayName: 'Bob',
          memberId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
        },
        {
          displayName: 'John',
          memberId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea',
        },
      ],
      participants: [
        {
          displayName: 'Bob',
          participantCommunicationIdentifier: {
            rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
            communicationUser: {
              id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
            },
          },
        },
        {
          displayName: 'John',
          participantCommunicationIdentifier: {
            rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea',
            communicationUser: {
              id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea',
            },
          },
        },
      ],
      createTime: '2021-02-18T23:47:26.91Z',
      version: 1613692046910,
      recipientId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c',
        communicationUser: {
          id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c',
        },
      },
      transactionId: 'zbZt+9h/N0em+XCW2QvyIA.1.1.1.1.1737228330.0.1737490483.1.6',
      threadId: '19:1d594fb1eeb14566903cbc5decb5bf5b@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatThreadCreatedWithUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-18T23:47:34.7437103Z',
  });

/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-02 docs (line 247), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadCreatedWithUserCloudEvent_2021_02: DeepReadonly<AcsChatThreadCreatedWithUserCloudEvent> =
  frozen(toCloudEvent(chatThreadCreatedWithUser_2021_02));

/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-10 docs (line 170), corrected. Frozen. */
export const chatThreadCreatedWithUser_2021_10: DeepReadonly<AcsChatThreadCreatedWithUserEvent> =
  frozen<AcsChatThreadCreatedWithUserEvent>({
    id: 'eba02b2d-37bf-420e-8656-3a42ef74c435',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/createdBy/{rawId}/recipient/{rawId}',
    data: {
      createdBy: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
      createdByCommunicationIdentifier: {
        rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
        communicationUser: {
          id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
        },
      },
      properties: {
        topic: 'Chat about new communication services',
      },
      members: [
        {
          displayName: 'Bob',
          memberId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
        },
        {
          displayName: 'John',
          memberId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea',
        },
      ],
      participants: [
        {
          displayName: 'Bob',
          participantCommunicationIdentifier: {
            rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
            communicationUser: {
              id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9',
            },
          },
        },
        {
          displayName: 'John',
          participantCommunicationIdentifier: {
            rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea',
            communicationUser: {
              id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea',
            },
          },
        },
      ],
      createTime: '2021-02-18T23:47:26.91Z',
      version: 1613692046910,
      recipientId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c',
        communicationUser: {
          id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c',
        },
      },
      transactionId: 'zbZt+9h/N0em+XCW2QvyIA.1.1.1.1.1737228330.0.1737490483.1.6',
      threadId: '19:1d594fb1eeb14566903cbc5decb5bf5b@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatThreadCreatedWithUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-18T23:47:34.7437103Z',
  });

/** `Microsoft.Communication.ChatThreadCreatedWithUser` as published in the 2021-10 docs (line 170), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadCreatedWithUserCloudEvent_2021_10: DeepReadonly<AcsChatThreadCreatedWithUserCloudEvent> =
  frozen(toCloudEvent(chatThreadCreatedWithUser_2021_10));

/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-02 docs (line 618), corrected. Frozen. */
export const chatThreadDeleted_2021_02: DeepReadonly<AcsChatThreadDeletedEvent> =
  frozen<AcsChatThreadDeletedEvent>({
    id: '1dbd5237-4823-4fed-980c-8d27c17cf5b0',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/deletedBy/{rawId}',
    data: {
      deletedByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-a300-07fd-084822002266',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-a300-07fd-084822002266',
        },
      },
      deleteTime: '2021-02-20T00:00:42.109802+00:00',
      createTime: '2021-02-20T00:00:39.947+00:00',
      version: 1613779241389,
      threadId: '19:c9e9f3060b884e448671391882066ac3@thread.v2',
      transactionId: 'KibptDpcLEeEFnlR7cI3QA.1.1.2.1.848298005.1',
    },
    eventType: 'Microsoft.Communication.ChatThreadDeleted',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:00:42.5428002Z',
  });

/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-02 docs (line 618), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadDeletedCloudEvent_2021_02: DeepReadonly<AcsChatThreadDeletedCloudEvent> = frozen(
  toCloudEvent(chatThreadDeleted_2021_02),
);

/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-10 docs (line 487), corrected. Frozen. */
export const chatThreadDeleted_2021_10: DeepReadonly<AcsChatThreadDeletedEvent> =
  frozen<AcsChatThreadDeletedEvent>({
    id: '1dbd5237-4823-4fed-980c-8d27c17cf5b0',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/deletedBy/{rawId}',
    data: {
      deletedByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-a300-07fd-084822002266',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-a300-07fd-084822002266',
        },
      },
      deleteTime: '2021-02-20T00:00:42.109802+00:00',
      createTime: '2021-02-20T00:00:39.947+00:00',
      version: 1613779241389,
      threadId: '19:c9e9f3060b884e448671391882066ac3@thread.v2',
      transactionId: 'KibptDpcLEeEFnlR7cI3QA.1.1.2.1.848298005.1',
    },
    eventType: 'Microsoft.Communication.ChatThreadDeleted',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:00:42.5428002Z',
  });

/** `Microsoft.Communication.ChatThreadDeleted` as published in the 2021-10 docs (line 487), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadDeletedCloudEvent_2021_10: DeepReadonly<AcsChatThreadDeletedCloudEvent> = frozen(
  toCloudEvent(chatThreadDeleted_2021_10),
);

/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-02 docs (line 646), corrected. Frozen. */
export const chatThreadParticipantAdded_2021_02: DeepReadonly<AcsChatThreadParticipantAddedEvent> =
  frozen<AcsChatThreadParticipantAddedEvent>({
    id: '3024eb5d-1d71-49d1-878c-7dc3165433d9',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/participantadded/{rawId}',
    data: {
      time: '2021-02-20T00:54:42.8622646+00:00',
      addedByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        },
      },
      participantAdded: {
        displayName: 'Bob',
        participantCommunicationIdentifier: {
          rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f3-88f7-084822002454',
          communicationUser: {
            id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f3-88f7-084822002454',
          },
        },
      },
      createTime: '2021-02-20T00:31:54.365+00:00',
      version: 1613782482822,
      threadId: '19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2',
      transactionId: '9q6cO7i4FkaZ+5RRVzshVw.1.1.1.1.974913783.1',
    },
    eventType: 'Microsoft.Communication.ChatThreadParticipantAdded',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:54:43.9866454Z',
  });

/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-02 docs (line 646), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadParticipantAddedCloudEvent_2021_02: DeepReadonly<AcsChatThreadParticipantAddedCloudEvent> =
  frozen(toCloudEvent(chatThreadParticipantAdded_2021_02));

/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-10 docs (line 515), corrected. Frozen. */
export const chatThreadParticipantAdded_2021_10: DeepReadonly<AcsChatThreadParticipantAddedEvent> =
  frozen<AcsChatThreadParticipantAddedEvent>({
    id: '3024eb5d-1d71-49d1-878c-7dc3165433d9',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/participantadded/{rawId}',
    data: {
      time: '2021-02-20T00:54:42.8622646+00:00',
      addedByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        },
      },
      participantAdded: {
        displayName: 'Bob',
        participantCommunicationIdentifier: {
          rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f3-88f7-084822002454',
          communicationUser: {
            id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f3-88f7-084822002454',
          },
        },
      },
      createTime: '2021-02-20T00:31:54.365+00:00',
      version: 1613782482822,
      threadId: '19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2',
      transactionId: '9q6cO7i4FkaZ+5RRVzshVw.1.1.1.1.974913783.1',
    },
    eventType: 'Microsoft.Communication.ChatThreadParticipantAdded',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:54:43.9866454Z',
  });

/** `Microsoft.Communication.ChatThreadParticipantAdded` as published in the 2021-10 docs (line 515), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadParticipantAddedCloudEvent_2021_10: DeepReadonly<AcsChatThreadParticipantAddedCloudEvent> =
  frozen(toCloudEvent(chatThreadParticipantAdded_2021_10));

/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-02 docs (line 683), corrected. Frozen. */
export const chatThreadParticipantRemoved_2021_02: DeepReadonly<AcsChatThreadParticipantRemovedEvent> =
  frozen<AcsChatThreadParticipantRemovedEvent>({
    id: '6ed810fd-8776-4b13-81c2-1a0c4f791a07',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/participantremoved/{rawId}',
    data: {
      time: '2021-02-20T00:56:18.1118825+00:00',
      removedByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        },
      },
      participantRemoved: {
        displayName: 'Shawn',
        participantCommunicationIdentifier: {
          rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467',
          communicationUser: {
            id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467',
          },
        },
      },
      createTime: '2021-02-20T00:31:54.365+00:00',
      version: 1613782578096,
      threadId: '19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2',
      transactionId: 'zGCq8IGRr0aEF6COuy7wSA.1.1.1.1.978649284.1',
    },
    eventType: 'Microsoft.Communication.ChatThreadParticipantRemoved',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:56:18.856721Z',
  });

/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-02 docs (line 683), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadParticipantRemovedCloudEvent_2021_02: DeepReadonly<AcsChatThreadParticipantRemovedCloudEvent> =
  frozen(toCloudEvent(chatThreadParticipantRemoved_2021_02));

/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-10 docs (line 552), corrected. Frozen. */
export const chatThreadParticipantRemoved_2021_10: DeepReadonly<AcsChatThreadParticipantRemovedEvent> =
  frozen<AcsChatThreadParticipantRemovedEvent>({
    id: '6ed810fd-8776-4b13-81c2-1a0c4f791a07',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/participantremoved/{rawId}',
    data: {
      time: '2021-02-20T00:56:18.1118825+00:00',
      removedByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453',
        },
      },
      participantRemoved: {
        displayName: 'Shawn',
        participantCommunicationIdentifier: {
          rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467',
          communicationUser: {
            id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467',
          },
        },
      },
      createTime: '2021-02-20T00:31:54.365+00:00',
      version: 1613782578096,
      threadId: '19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2',
      transactionId: 'zGCq8IGRr0aEF6COuy7wSA.1.1.1.1.978649284.1',
    },
    eventType: 'Microsoft.Communication.ChatThreadParticipantRemoved',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:56:18.856721Z',
  });

/** `Microsoft.Communication.ChatThreadParticipantRemoved` as published in the 2021-10 docs (line 552), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadParticipantRemovedCloudEvent_2021_10: DeepReadonly<AcsChatThreadParticipantRemovedCloudEvent> =
  frozen(toCloudEvent(chatThreadParticipantRemoved_2021_10));

/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-02 docs (line 589), corrected. Frozen. */
export const chatThreadPropertiesUpdated_2021_02: DeepReadonly<AcsChatThreadPropertiesUpdatedEvent> =
  frozen<AcsChatThreadPropertiesUpdatedEvent>({
    id: 'cf867580-9caf-45be-b49f-ab1cbfcaa59f',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/editedBy/{rawId}',
    data: {
      editedByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-9e35-07fd-084822002264',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-9e35-07fd-084822002264',
        },
      },
      editTime: '2021-02-20T00:04:07.7152073+00:00',
      properties: {
        topic: 'Talk about new Thread Events in communication services',
      },
      createTime: '2021-02-20T00:00:40.126+00:00',
      version: 1613779447695,
      threadId: '19:9e8eefe67b3c470a8187b4c2b00240bc@thread.v2',
      transactionId: 'GBE9MB2a40KEWzexIg0D3A.1.1.1.1.856359041.1',
    },
    eventType: 'Microsoft.Communication.ChatThreadPropertiesUpdated',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:04:07.8410277Z',
  });

/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-02 docs (line 589), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadPropertiesUpdatedCloudEvent_2021_02: DeepReadonly<AcsChatThreadPropertiesUpdatedCloudEvent> =
  frozen(toCloudEvent(chatThreadPropertiesUpdated_2021_02));

/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-10 docs (line 458), corrected. Frozen. */
export const chatThreadPropertiesUpdated_2021_10: DeepReadonly<AcsChatThreadPropertiesUpdatedEvent> =
  frozen<AcsChatThreadPropertiesUpdatedEvent>({
    id: 'cf867580-9caf-45be-b49f-ab1cbfcaa59f',
    topic:
      '/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/editedBy/{rawId}',
    data: {
      editedByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-9e35-07fd-084822002264',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-9e35-07fd-084822002264',
        },
      },
      editTime: '2021-02-20T00:04:07.7152073+00:00',
      properties: {
        topic: 'Talk about new Thread Events in communication services',
      },
      createTime: '2021-02-20T00:00:40.126+00:00',
      version: 1613779447695,
      threadId: '19:9e8eefe67b3c470a8187b4c2b00240bc@thread.v2',
      transactionId: 'GBE9MB2a40KEWzexIg0D3A.1.1.1.1.856359041.1',
    },
    eventType: 'Microsoft.Communication.ChatThreadPropertiesUpdated',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-20T00:04:07.8410277Z',
  });

/** `Microsoft.Communication.ChatThreadPropertiesUpdated` as published in the 2021-10 docs (line 458), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadPropertiesUpdatedCloudEvent_2021_10: DeepReadonly<AcsChatThreadPropertiesUpdatedCloudEvent> =
  frozen(toCloudEvent(chatThreadPropertiesUpdated_2021_10));

/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2020-09 docs (line 234), corrected. Frozen. */
export const chatThreadPropertiesUpdatedPerUser_2020_09: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserEvent> =
  frozen<AcsChatThreadPropertiesUpdatedPerUserEvent>({
    id: '47a66834-57d7-4f77-9c7d-676d45524982',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject:
      'thread/19:a33a128babf04431b7fe8cbca82f4238@thread.v2/editedBy/8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e88-2b7f-ac00-343a0d0005a8/recipient/8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e88-15fa-ac00-343a0d0005a7',
    data: {
      editedBy: '8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e88-2b7f-ac00-343a0d0005a8',
      editTime: '2020-09-18T00:40:38.4914428Z',
      properties: {
        topic: 'Communication in Azure',
      },
      createTime: '2020-09-18T00:39:02.541Z',
      version: 1600389638481,
      recipientId: '8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e88-15fa-ac00-343a0d0005a7',
      transactionId: '+ah9tVwqNkCT6nUGCKIvAg.1.1.1.1.1802895561.1.1',
      threadId: '19:a33a128babf04431b7fe8cbca82f4238@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-18T00:40:38.5804349Z',
  });

/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2020-09 docs (line 234), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadPropertiesUpdatedPerUserCloudEvent_2020_09: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserCloudEvent> =
  frozen(toCloudEvent(chatThreadPropertiesUpdatedPerUser_2020_09));

/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-02 docs (line 431), corrected. Frozen. */
export const chatThreadPropertiesUpdatedPerUser_2021_02: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserEvent> =
  frozen<AcsChatThreadPropertiesUpdatedPerUserEvent>({
    id: 'd57342ff-264e-4a5e-9c54-ef05b7d50082',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/editedBy/{rawId}/recipient/{rawId}',
    data: {
      editedBy: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
      editedByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
        },
      },
      editTime: '2021-02-19T00:28:28.7390282Z',
      properties: {
        topic: 'Communication in Azure',
      },
      createTime: '2021-02-19T00:28:25.864Z',
      version: 1613694508719,
      recipientId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        },
      },
      transactionId: 'WLXPrnJ/I0+LTj2cwMrNMQ.1.1.1.1.1833369763.1.4',
      threadId: '19:2cc3504c41244d7483208a4f58a1f188@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-19T00:28:29.559726Z',
  });

/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-02 docs (line 431), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadPropertiesUpdatedPerUserCloudEvent_2021_02: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserCloudEvent> =
  frozen(toCloudEvent(chatThreadPropertiesUpdatedPerUser_2021_02));

/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-10 docs (line 354), corrected. Frozen. */
export const chatThreadPropertiesUpdatedPerUser_2021_10: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserEvent> =
  frozen<AcsChatThreadPropertiesUpdatedPerUserEvent>({
    id: 'd57342ff-264e-4a5e-9c54-ef05b7d50082',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/editedBy/{rawId}/recipient/{rawId}',
    data: {
      editedBy: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
      editedByCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e',
        },
      },
      editTime: '2021-02-19T00:28:28.7390282Z',
      properties: {
        topic: 'Communication in Azure',
      },
      createTime: '2021-02-19T00:28:25.864Z',
      version: 1613694508719,
      recipientId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        communicationUser: {
          id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
        },
      },
      transactionId: 'WLXPrnJ/I0+LTj2cwMrNMQ.1.1.1.1.1833369763.1.4',
      threadId: '19:2cc3504c41244d7483208a4f58a1f188@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-19T00:28:29.559726Z',
  });

/** `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` as published in the 2021-10 docs (line 354), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10: DeepReadonly<AcsChatThreadPropertiesUpdatedPerUserCloudEvent> =
  frozen(toCloudEvent(chatThreadPropertiesUpdatedPerUser_2021_10));

/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2020-09 docs (line 213), corrected. Frozen. */
export const chatThreadWithUserDeleted_2020_09: DeepReadonly<AcsChatThreadWithUserDeletedEvent> =
  frozen<AcsChatThreadWithUserDeletedEvent>({
    id: '7f4fa31b-e95e-428b-a6e8-53e2553620ad',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject:
      'thread/19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2/deletedBy/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
    data: {
      deletedBy: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe',
      deleteTime: '2020-09-18T00:49:26.3694459Z',
      createTime: '2020-09-18T00:46:41.559Z',
      version: 1600390071625,
      recipientId: '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0',
      transactionId: 'MoZlSM2j7kSD2b5X8bjH7Q.1.1.2.1.1823539230.1.1',
      threadId: '19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatThreadWithUserDeleted',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-18T00:49:26.4269056Z',
  });

/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2020-09 docs (line 213), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadWithUserDeletedCloudEvent_2020_09: DeepReadonly<AcsChatThreadWithUserDeletedCloudEvent> =
  frozen(toCloudEvent(chatThreadWithUserDeleted_2020_09));

/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-02 docs (line 314), corrected. Frozen. */
export const chatThreadWithUserDeleted_2021_02: DeepReadonly<AcsChatThreadWithUserDeletedEvent> =
  frozen<AcsChatThreadWithUserDeletedEvent>({
    id: 'f5d6750c-c6d7-4da8-bb05-6f3fca6c7295',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/deletedBy/{rawId}/recipient/{rawId}',
    data: {
      deletedBy: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21',
      deletedByCommunicationIdentifier: {
        rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21',
        communicationUser: {
          id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21',
        },
      },
      deleteTime: '2021-02-18T23:57:51.5987591Z',
      createTime: '2021-02-18T23:54:15.683Z',
      version: 1613692578672,
      recipientId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416',
        communicationUser: {
          id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416',
        },
      },
      transactionId: 'mrliWVUndEmLwkZbeS5KoA.1.1.2.1.1761607918.1.6',
      threadId: '19:5870b8f021d74fd786bf5aeb095da291@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatThreadWithUserDeleted',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-18T23:57:52.1597234Z',
  });

/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-02 docs (line 314), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadWithUserDeletedCloudEvent_2021_02: DeepReadonly<AcsChatThreadWithUserDeletedCloudEvent> =
  frozen(toCloudEvent(chatThreadWithUserDeleted_2021_02));

/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-10 docs (line 237), corrected. Frozen. */
export const chatThreadWithUserDeleted_2021_10: DeepReadonly<AcsChatThreadWithUserDeletedEvent> =
  frozen<AcsChatThreadWithUserDeletedEvent>({
    id: 'f5d6750c-c6d7-4da8-bb05-6f3fca6c7295',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
    subject: 'thread/{thread-id}/deletedBy/{rawId}/recipient/{rawId}',
    data: {
      deletedBy: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21',
      deletedByCommunicationIdentifier: {
        rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21',
        communicationUser: {
          id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21',
        },
      },
      deleteTime: '2021-02-18T23:57:51.5987591Z',
      createTime: '2021-02-18T23:54:15.683Z',
      version: 1613692578672,
      recipientId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416',
      recipientCommunicationIdentifier: {
        rawId: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416',
        communicationUser: {
          id: '8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416',
        },
      },
      transactionId: 'mrliWVUndEmLwkZbeS5KoA.1.1.2.1.1761607918.1.6',
      threadId: '19:5870b8f021d74fd786bf5aeb095da291@thread.v2',
    },
    eventType: 'Microsoft.Communication.ChatThreadWithUserDeleted',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2021-02-18T23:57:52.1597234Z',
  });

/** `Microsoft.Communication.ChatThreadWithUserDeleted` as published in the 2021-10 docs (line 237), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatThreadWithUserDeletedCloudEvent_2021_10: DeepReadonly<AcsChatThreadWithUserDeletedCloudEvent> =
  frozen(toCloudEvent(chatThreadWithUserDeleted_2021_10));

/** `Microsoft.Communication.InstantMessageDeleted` as published in the 2020-03 docs (line 198), corrected. Frozen. */
export const instantMessageDeleted_2020_03: DeepReadonly<AcsInstantMessageDeletedEvent> =
  frozen<AcsInstantMessageDeletedEvent>({
    id: '4cedf460-a578-4e49-870c-2323a4e98ed9',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}',
    subject: 'IM Event Test',
    data: {
      messageBody: 'Instant Message Deleted',
      version: '1.0',
      deleteTime: '2020-07-16T22:11:25.3947649Z',
      senderId: 'testSenderId',
      senderDisplayName: 'TestClient',
      recipientId: 'testRecipientId',
      transactionId: 'transaction id',
      groupId: 'test group',
      collapseId: 'collapseId',
      messageId: 'ebe7ab09-c741-42fb-946f-447f9d3adb3b',
      messageType: 'MIME',
      composeTime: '2020-07-16T22:11:25.3945866Z',
    },
    eventType: 'Microsoft.Communication.InstantMessageDeleted',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-07-16T22:11:25.3948833Z',
  });

/** `Microsoft.Communication.InstantMessageDeleted` as published in the 2020-03 docs (line 198), corrected, as a CloudEvents 1.0 event. Frozen. */
export const instantMessageDeletedCloudEvent_2020_03: DeepReadonly<AcsInstantMessageDeletedCloudEvent> =
  frozen(toCloudEvent(instantMessageDeleted_2020_03));

/** `Microsoft.Communication.InstantMessageEdited` as published in the 2020-03 docs (line 168), corrected. Frozen. */
export const instantMessageEdited_2020_03: DeepReadonly<AcsInstantMessageEditedEvent> =
  frozen<AcsInstantMessageEditedEvent>({
    id: '961d310d-75ec-4bfd-a021-367a0d104ed1',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}',
    subject: 'IM Event Test',
    data: {
      messageBody: 'Instant Message Edited',
      version: '1.0',
      editTime: '2020-07-16T22:11:04.017254Z',
      senderId: 'testSenderId',
      senderDisplayName: 'TestClient',
      recipientId: 'testRecipientId',
      transactionId: 'transaction id',
      groupId: 'test group',
      collapseId: 'collapseId',
      messageId: '3a6f523c-bb65-49ee-a4fb-4a125b653a0f',
      messageType: 'MIME',
      composeTime: '2020-07-16T22:11:04.0172485Z',
    },
    eventType: 'Microsoft.Communication.InstantMessageEdited',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-07-16T22:11:04.0172575Z',
  });

/** `Microsoft.Communication.InstantMessageEdited` as published in the 2020-03 docs (line 168), corrected, as a CloudEvents 1.0 event. Frozen. */
export const instantMessageEditedCloudEvent_2020_03: DeepReadonly<AcsInstantMessageEditedCloudEvent> = frozen(
  toCloudEvent(instantMessageEdited_2020_03),
);

/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected. Frozen. */
export const instantMessageReceived_2020_03: DeepReadonly<AcsInstantMessageReceivedEvent> =
  frozen<AcsInstantMessageReceivedEvent>({
    id: 'c89b02d1-f78d-430d-8db2-8e4de1876d4c',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}',
    subject: 'IM Event Test',
    data: {
      messageBody: 'Instant Message Received',
      senderId: 'testSenderId',
      senderDisplayName: 'TestClient',
      recipientId: 'testRecipientId',
      transactionId: 'transaction id',
      groupId: 'test group',
      collapseId: 'collapseId',
      messageId: '08ecddc3-d441-4fec-a347-24780cc731e1',
      messageType: 'MIME',
    },
    eventType: 'Microsoft.Communication.InstantMessageReceived',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-07-16T22:10:43.09717Z',
  });

/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected, as a CloudEvents 1.0 event. Frozen. */
export const instantMessageReceivedCloudEvent_2020_03: DeepReadonly<AcsInstantMessageReceivedCloudEvent> =
  frozen(toCloudEvent(instantMessageReceived_2020_03));

/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-03 docs (line 108), corrected. Frozen. */
export const smsDeliveryReportReceived_2020_03: DeepReadonly<AcsSmsDeliveryReportReceivedEvent> =
  frozen<AcsSmsDeliveryReportReceivedEvent>({
    id: '9b1768b4-1c90-4766-9491-c75a4592b34e',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}',
    subject: 'SMS Event Test',
    data: {
      messageId: '1021620f-7174-4ef7-b9b8-f55cd3a945b1',
      from: '+19991234567',
      to: '+14259991234',
      deliveryStatus: 'Success',
      deliveryStatusDetails: 'Message sent successfully',
      deliveryAttempts: [
        {
          timestamp: '2020-07-16T22:10:22.224789Z',
          segmentsSucceeded: 1,
          segmentsFailed: 2,
        },
        {
          timestamp: '2020-07-16T22:10:22.2250078Z',
          segmentsSucceeded: 1,
          segmentsFailed: 0,
        },
      ],
    },
    eventType: 'Microsoft.Communication.SMSDeliveryReportReceived',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-07-16T22:10:22.2250704Z',
  });

/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-03 docs (line 108), corrected, as a CloudEvents 1.0 event. Frozen. */
export const smsDeliveryReportReceivedCloudEvent_2020_03: DeepReadonly<AcsSmsDeliveryReportReceivedCloudEvent> =
  frozen(toCloudEvent(smsDeliveryReportReceived_2020_03));

/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-09 docs (line 60), corrected. Frozen. */
export const smsDeliveryReportReceived_2020_09: DeepReadonly<AcsSmsDeliveryReportReceivedEvent> =
  frozen<AcsSmsDeliveryReportReceivedEvent>({
    id: 'Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: '/phonenumber/15555555555',
    data: {
      messageId: 'Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910',
      from: '+15555555555',
      to: '+15555555555',
      deliveryStatus: 'Delivered',
      deliveryStatusDetails: 'No error.',
      receivedTimestamp: '2020-09-18T00:22:20.2855749Z',
      deliveryAttempts: [
        {
          timestamp: '2020-09-18T00:22:14.9315918Z',
          segmentsSucceeded: 1,
          segmentsFailed: 0,
        },
      ],
    },
    eventType: 'Microsoft.Communication.SMSDeliveryReportReceived',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-18T00:22:20Z',
  });

/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2020-09 docs (line 60), corrected, as a CloudEvents 1.0 event. Frozen. */
export const smsDeliveryReportReceivedCloudEvent_2020_09: DeepReadonly<AcsSmsDeliveryReportReceivedCloudEvent> =
  frozen(toCloudEvent(smsDeliveryReportReceived_2020_09));

/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2021-02 docs (line 83), corrected. Frozen. */
export const smsDeliveryReportReceived_2021_02: DeepReadonly<AcsSmsDeliveryReportReceivedEvent> =
  frozen<AcsSmsDeliveryReportReceivedEvent>({
    id: 'Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910',
    topic:
      '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
    subject: '/phonenumber/15555555555',
    data: {
      messageId: 'Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910',
      from: '+15555555555',
      to: '+15555555555',
      deliveryStatus: 'Delivered',
      deliveryStatusDetails: 'No error.',
      receivedTimestamp: '2020-09-18T00:22:20.2855749Z',
      deliveryAttempts: [
        {
          timestamp: '2020-09-18T00:22:14.9315918Z',
          segmentsSucceeded: 1,
          segmentsFailed: 0,
        },
      ],
    },
    eventType: 'Microsoft.Communication.SMSDeliveryReportReceived',
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: '2020-09-18T00:22:20Z',
  });

/** `Microsoft.Communication.SMSDeliveryReportReceived` as published in the 2021-02 docs (line 83), corrected, as a CloudEvents 1.0 event. Frozen. */
export const smsDeliveryReportReceivedCloudEvent_2021_02: DeepReadonly<AcsSmsDeliveryReportReceivedCloudEvent> =
  frozen(toCloudEvent(smsDeliveryReportReceived_2021_02));

/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected. Frozen. */
export const smsReceived_2020_03: DeepReadonly<AcsSmsReceivedEvent> = frozen<AcsSmsReceivedEvent>({
  id: '6a49a9bf-418f-44b6-81e7-e503686b4a74',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}',
  subject: 'SMS Event Test',
  data: {
    from: '+19991234567',
    to: '+14259991234',
    messageId: '917c9ec0-a50a-4515-a626-16825d8318e1',
    message: 'SMS Message',
    receivedTimestamp: '2020-07-16T22:10:00.048727Z',
  },
  eventType: 'Microsoft.Communication.SMSReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2020-07-16T22:10:00.0490828Z',
});

/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected, as a CloudEvents 1.0 event. Frozen. */
export const smsReceivedCloudEvent_2020_03: DeepReadonly<AcsSmsReceivedCloudEvent> = frozen(
  toCloudEvent(smsReceived_2020_03),
);

/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected. Frozen. */
export const smsReceived_2020_09: DeepReadonly<AcsSmsReceivedEvent> = frozen<AcsSmsReceivedEvent>({
  id: 'Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
  subject: '/phonenumber/15555555555',
  data: {
    messageId: 'Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e',
    from: '+15555555555',
    to: '+15555555555',
    message: 'Great to connect with ACS events ',
    receivedTimestamp: '2020-09-18T00:27:45.32Z',
  },
  eventType: 'Microsoft.Communication.SMSReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2020-09-18T00:27:47Z',
});

/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected, as a CloudEvents 1.0 event. Frozen. */
export const smsReceivedCloudEvent_2020_09: DeepReadonly<AcsSmsReceivedCloudEvent> = frozen(
  toCloudEvent(smsReceived_2020_09),
);

/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected. Frozen. */
export const smsReceived_2021_02: DeepReadonly<AcsSmsReceivedEvent> = frozen<AcsSmsReceivedEvent>({
  id: 'Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
  subject: '/phonenumber/15555555555',
  data: {
    messageId: 'Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e',
    from: '+15555555555',
    to: '+15555555555',
    message: 'Great to connect with ACS events ',
    receivedTimestamp: '2020-09-18T00:27:45.32Z',
  },
  eventType: 'Microsoft.Communication.SMSReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2020-09-18T00:27:47Z',
});

/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected, as a CloudEvents 1.0 event. Frozen. */
export const smsReceivedCloudEvent_2021_02: DeepReadonly<AcsSmsReceivedCloudEvent> = frozen(
  toCloudEvent(smsReceived_2021_02),
);

/** Every docs sample by event type and docs version, in both envelopes. */
export const fixtures: {
  readonly eventGrid: {
    readonly 'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
      readonly '2020-09': typeof chatMemberAddedToThreadWithUser_2020_09;
      readonly '2021-02': typeof chatMemberAddedToThreadWithUser_2021_02;
    };
    readonly 'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
      readonly '2020-09': typeof chatMemberRemovedFromThreadWithUser_2020_09;
      readonly '2021-02': typeof chatMemberRemovedFromThreadWithUser_2021_02;
    };
    readonly 'Microsoft.Communication.ChatMessageDeleted': {
      readonly '2020-09': typeof chatMessageDeleted_2020_09;
      readonly '2021-02': typeof chatMessageDeleted_2021_02;
      readonly '2021-10': typeof chatMessageDeleted_2021_10;
    };
    readonly 'Microsoft.Communication.ChatMessageDeletedInThread': {
      readonly '2021-02': typeof chatMessageDeletedInThread_2021_02;
      readonly '2021-10': typeof chatMessageDeletedInThread_2021_10;
    };
    readonly 'Microsoft.Communication.ChatMessageEdited': {
      readonly '2020-09': typeof chatMessageEdited_2020_09;
      readonly '2021-02': typeof chatMessageEdited_2021_02;
      readonly '2021-10': typeof chatMessageEdited_2021_10;
    };
    readonly 'Microsoft.Communication.ChatMessageEditedInThread': {
      readonly '2021-02': typeof chatMessageEditedInThread_2021_02;
      readonly '2021-10': typeof chatMessageEditedInThread_2021_10;
    };
    readonly 'Microsoft.Communication.ChatMessageReceived': {
      readonly '2020-09': typeof chatMessageReceived_2020_09;
      readonly '2021-02': typeof chatMessageReceived_2021_02;
      readonly '2021-10': typeof chatMessageReceived_2021_10;
    };
    readonly 'Microsoft.Communication.ChatMessageReceivedInThread': {
      readonly '2021-02': typeof chatMessageReceivedInThread_2021_02;
      readonly '2021-10': typeof chatMessageReceivedInThread_2021_10;
    };
    readonly 'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
      readonly '2021-02': typeof chatParticipantAddedToThreadWithUser_2021_02;
      readonly '2021-10': typeof chatParticipantAddedToThreadWithUser_2021_10;
    };
    readonly 'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
      readonly '2021-02': typeof chatParticipantRemovedFromThreadWithUser_2021_02;
      readonly '2021-10': typeof chatParticipantRemovedFromThreadWithUser_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadCreated': {
      readonly '2021-02': typeof chatThreadCreated_2021_02;
      readonly '2021-10': typeof chatThreadCreated_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadCreatedWithUser': {
      readonly '2020-09': typeof chatThreadCreatedWithUser_2020_09;
      readonly '2021-02': typeof chatThreadCreatedWithUser_2021_02;
      readonly '2021-10': typeof chatThreadCreatedWithUser_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadDeleted': {
      readonly '2021-02': typeof chatThreadDeleted_2021_02;
      readonly '2021-10': typeof chatThreadDeleted_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadParticipantAdded': {
      readonly '2021-02': typeof chatThreadParticipantAdded_2021_02;
      readonly '2021-10': typeof chatThreadParticipantAdded_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadParticipantRemoved': {
      readonly '2021-02': typeof chatThreadParticipantRemoved_2021_02;
      readonly '2021-10': typeof chatThreadParticipantRemoved_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadPropertiesUpdated': {
      readonly '2021-02': typeof chatThreadPropertiesUpdated_2021_02;
      readonly '2021-10': typeof chatThreadPropertiesUpdated_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
      readonly '2020-09': typeof chatThreadPropertiesUpdatedPerUser_2020_09;
      readonly '2021-02': typeof chatThreadPropertiesUpdatedPerUser_2021_02;
      readonly '2021-10': typeof chatThreadPropertiesUpdatedPerUser_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadWithUserDeleted': {
      readonly '2020-09': typeof chatThreadWithUserDeleted_2020_09;
      readonly '2021-02': typeof chatThreadWithUserDeleted_2021_02;
      readonly '2021-10': typeof chatThreadWithUserDeleted_2021_10;
    };
    readonly 'Microsoft.Communication.InstantMessageDeleted': {
      readonly '2020-03': typeof instantMessageDeleted_2020_03;
    };
    readonly 'Microsoft.Communication.InstantMessageEdited': {
      readonly '2020-03': typeof instantMessageEdited_2020_03;
    };
    readonly 'Microsoft.Communication.InstantMessageReceived': {
      readonly '2020-03': typeof instantMessageReceived_2020_03;
    };
    readonly 'Microsoft.Communication.SMSDeliveryReportReceived': {
      readonly '2020-03': typeof smsDeliveryReportReceived_2020_03;
      readonly '2020-09': typeof smsDeliveryReportReceived_2020_09;
      readonly '2021-02': typeof smsDeliveryReportReceived_2021_02;
    };
    readonly 'Microsoft.Communication.SMSReceived': {
      readonly '2020-03': typeof smsReceived_2020_03;
      readonly '2020-09': typeof smsReceived_2020_09;
      readonly '2021-02': typeof smsReceived_2021_02;
    };
  };
  readonly cloudEvents: {
    readonly 'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
      readonly '2020-09': typeof chatMemberAddedToThreadWithUserCloudEvent_2020_09;
      readonly '2021-02': typeof chatMemberAddedToThreadWithUserCloudEvent_2021_02;
    };
    readonly 'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
      readonly '2020-09': typeof chatMemberRemovedFromThreadWithUserCloudEvent_2020_09;
      readonly '2021-02': typeof chatMemberRemovedFromThreadWithUserCloudEvent_2021_02;
    };
    readonly 'Microsoft.Communication.ChatMessageDeleted': {
      readonly '2020-09': typeof chatMessageDeletedCloudEvent_2020_09;
      readonly '2021-02': typeof chatMessageDeletedCloudEvent_2021_02;
      readonly '2021-10': typeof chatMessageDeletedCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatMessageDeletedInThread': {
      readonly '2021-02': typeof chatMessageDeletedInThreadCloudEvent_2021_02;
      readonly '2021-10': typeof chatMessageDeletedInThreadCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatMessageEdited': {
      readonly '2020-09': typeof chatMessageEditedCloudEvent_2020_09;
      readonly '2021-02': typeof chatMessageEditedCloudEvent_2021_02;
      readonly '2021-10': typeof chatMessageEditedCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatMessageEditedInThread': {
      readonly '2021-02': typeof chatMessageEditedInThreadCloudEvent_2021_02;
      readonly '2021-10': typeof chatMessageEditedInThreadCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatMessageReceived': {
      readonly '2020-09': typeof chatMessageReceivedCloudEvent_2020_09;
      readonly '2021-02': typeof chatMessageReceivedCloudEvent_2021_02;
      readonly '2021-10': typeof chatMessageReceivedCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatMessageReceivedInThread': {
      readonly '2021-02': typeof chatMessageReceivedInThreadCloudEvent_2021_02;
      readonly '2021-10': typeof chatMessageReceivedInThreadCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
      readonly '2021-02': typeof chatParticipantAddedToThreadWithUserCloudEvent_2021_02;
      readonly '2021-10': typeof chatParticipantAddedToThreadWithUserCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
      readonly '2021-02': typeof chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02;
      readonly '2021-10': typeof chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadCreated': {
      readonly '2021-02': typeof chatThreadCreatedCloudEvent_2021_02;
      readonly '2021-10': typeof chatThreadCreatedCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadCreatedWithUser': {
      readonly '2020-09': typeof chatThreadCreatedWithUserCloudEvent_2020_09;
      readonly '2021-02': typeof chatThreadCreatedWithUserCloudEvent_2021_02;
      readonly '2021-10': typeof chatThreadCreatedWithUserCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadDeleted': {
      readonly '2021-02': typeof chatThreadDeletedCloudEvent_2021_02;
      readonly '2021-10': typeof chatThreadDeletedCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadParticipantAdded': {
      readonly '2021-02': typeof chatThreadParticipantAddedCloudEvent_2021_02;
      readonly '2021-10': typeof chatThreadParticipantAddedCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadParticipantRemoved': {
      readonly '2021-02': typeof chatThreadParticipantRemovedCloudEvent_2021_02;
      readonly '2021-10': typeof chatThreadParticipantRemovedCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadPropertiesUpdated': {
      readonly '2021-02': typeof chatThreadPropertiesUpdatedCloudEvent_2021_02;
      readonly '2021-10': typeof chatThreadPropertiesUpdatedCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
      readonly '2020-09': typeof chatThreadPropertiesUpdatedPerUserCloudEvent_2020_09;
      readonly '2021-02': typeof chatThreadPropertiesUpdatedPerUserCloudEvent_2021_02;
      readonly '2021-10': typeof chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.ChatThreadWithUserDeleted': {
      readonly '2020-09': typeof chatThreadWithUserDeletedCloudEvent_2020_09;
      readonly '2021-02': typeof chatThreadWithUserDeletedCloudEvent_2021_02;
      readonly '2021-10': typeof chatThreadWithUserDeletedCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.InstantMessageDeleted': {
      readonly '2020-03': typeof instantMessageDeletedCloudEvent_2020_03;
    };
    readonly 'Microsoft.Communication.InstantMessageEdited': {
      readonly '2020-03': typeof instantMessageEditedCloudEvent_2020_03;
    };
    readonly 'Microsoft.Communication.InstantMessageReceived': {
      readonly '2020-03': typeof instantMessageReceivedCloudEvent_2020_03;
    };
    readonly 'Microsoft.Communication.SMSDeliveryReportReceived': {
      readonly '2020-03': typeof smsDeliveryReportReceivedCloudEvent_2020_03;
      readonly '2020-09': typeof smsDeliveryReportReceivedCloudEvent_2020_09;
      readonly '2021-02': typeof smsDeliveryReportReceivedCloudEvent_2021_02;
    };
    readonly 'Microsoft.Communication.SMSReceived': {
      readonly '2020-03': typeof smsReceivedCloudEvent_2020_03;
      readonly '2020-09': typeof smsReceivedCloudEvent_2020_09;
      readonly '2021-02': typeof smsReceivedCloudEvent_2021_02;
    };
  };
} = frozen({
  eventGrid: {
    'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
      '2020-09': chatMemberAddedToThreadWithUser_2020_09,
      '2021-02': chatMemberAddedToThreadWithUser_2021_02,
    },
    'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
      '2020-09': chatMemberRemovedFromThreadWithUser_2020_09,
      '2021-02': chatMemberRemovedFromThreadWithUser_2021_02,
    },
    'Microsoft.Communication.ChatMessageDeleted': {
      '2020-09': chatMessageDeleted_2020_09,
      '2021-02': chatMessageDeleted_2021_02,
      '2021-10': chatMessageDeleted_2021_10,
    },
    'Microsoft.Communication.ChatMessageDeletedInThread': {
      '2021-02': chatMessageDeletedInThread_2021_02,
      '2021-10': chatMessageDeletedInThread_2021_10,
    },
    'Microsoft.Communication.ChatMessageEdited': {
      '2020-09': chatMessageEdited_2020_09,
      '2021-02': chatMessageEdited_2021_02,
      '2021-10': chatMessageEdited_2021_10,
    },
    'Microsoft.Communication.ChatMessageEditedInThread': {
      '2021-02': chatMessageEditedInThread_2021_02,
      '2021-10': chatMessageEditedInThread_2021_10,
    },
    'Microsoft.Communication.ChatMessageReceived': {
      '2020-09': chatMessageReceived_2020_09,
      '2021-02': chatMessageReceived_2021_02,
      '2021-10': chatMessageReceived_2021_10,
    },
    'Microsoft.Communication.ChatMessageReceivedInThread': {
      '2021-02': chatMessageReceivedInThread_2021_02,
      '2021-10': chatMessageReceivedInThread_2021_10,
    },
    'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
      '2021-02': chatParticipantAddedToThreadWithUser_2021_02,
      '2021-10': chatParticipantAddedToThreadWithUser_2021_10,
    },
    'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
      '2021-02': chatParticipantRemovedFromThreadWithUser_2021_02,
      '2021-10': chatParticipantRemovedFromThreadWithUser_2021_10,
    },
    'Microsoft.Communication.ChatThreadCreated': {
      '2021-02': chatThreadCreated_2021_02,
      '2021-10': chatThreadCreated_2021_10,
    },
    'Microsoft.Communication.ChatThreadCreatedWithUser': {
      '2020-09': chatThreadCreatedWithUser_2020_09,
      '2021-02': chatThreadCreatedWithUser_2021_02,
      '2021-10': chatThreadCreatedWithUser_2021_10,
    },
    'Microsoft.Communication.ChatThreadDeleted': {
      '2021-02': chatThreadDeleted_2021_02,
      '2021-10': chatThreadDeleted_2021_10,
    },
    'Microsoft.Communication.ChatThreadParticipantAdded': {
      '2021-02': chatThreadParticipantAdded_2021_02,
      '2021-10': chatThreadParticipantAdded_2021_10,
    },
    'Microsoft.Communication.ChatThreadParticipantRemoved': {
      '2021-02': chatThreadParticipantRemoved_2021_02,
      '2021-10': chatThreadParticipantRemoved_2021_10,
    },
    'Microsoft.Communication.ChatThreadPropertiesUpdated': {
      '2021-02': chatThreadPropertiesUpdated_2021_02,
      '2021-10': chatThreadPropertiesUpdated_2021_10,
    },
    'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
      '2020-09': chatThreadPropertiesUpdatedPerUser_2020_09,
      '2021-02': chatThreadPropertiesUpdatedPerUser_2021_02,
      '2021-10': chatThreadPropertiesUpdatedPerUser_2021_10,
    },
    'Microsoft.Communication.ChatThreadWithUserDeleted': {
      '2020-09': chatThreadWithUserDeleted_2020_09,
      '2021-02': chatThreadWithUserDeleted_2021_02,
      '2021-10': chatThreadWithUserDeleted_2021_10,
    },
    'Microsoft.Communication.InstantMessageDeleted': { '2020-03': instantMessageDeleted_2020_03 },
    'Microsoft.Communication.InstantMessageEdited': { '2020-03': instantMessageEdited_2020_03 },
    'Microsoft.Communication.InstantMessageReceived': { '2020-03': instantMessageReceived_2020_03 },
    'Microsoft.Communication.SMSDeliveryReportReceived': {
      '2020-03': smsDeliveryReportReceived_2020_03,
      '2020-09': smsDeliveryReportReceived_2020_09,
      '2021-02': smsDeliveryReportReceived_2021_02,
    },
    'Microsoft.Communication.SMSReceived': {
      '2020-03': smsReceived_2020_03,
      '2020-09': smsReceived_2020_09,
      '2021-02': smsReceived_2021_02,
    },
  },
  cloudEvents: {
    'Microsoft.Communication.ChatMemberAddedToThreadWithUser': {
      '2020-09': chatMemberAddedToThreadWithUserCloudEvent_2020_09,
      '2021-02': chatMemberAddedToThreadWithUserCloudEvent_2021_02,
    },
    'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': {
      '2020-09': chatMemberRemovedFromThreadWithUserCloudEvent_2020_09,
      '2021-02': chatMemberRemovedFromThreadWithUserCloudEvent_2021_02,
    },
    'Microsoft.Communication.ChatMessageDeleted': {
      '2020-09': chatMessageDeletedCloudEvent_2020_09,
      '2021-02': chatMessageDeletedCloudEvent_2021_02,
      '2021-10': chatMessageDeletedCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatMessageDeletedInThread': {
      '2021-02': chatMessageDeletedInThreadCloudEvent_2021_02,
      '2021-10': chatMessageDeletedInThreadCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatMessageEdited': {
      '2020-09': chatMessageEditedCloudEvent_2020_09,
      '2021-02': chatMessageEditedCloudEvent_2021_02,
      '2021-10': chatMessageEditedCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatMessageEditedInThread': {
      '2021-02': chatMessageEditedInThreadCloudEvent_2021_02,
      '2021-10': chatMessageEditedInThreadCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatMessageReceived': {
      '2020-09': chatMessageReceivedCloudEvent_2020_09,
      '2021-02': chatMessageReceivedCloudEvent_2021_02,
      '2021-10': chatMessageReceivedCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatMessageReceivedInThread': {
      '2021-02': chatMessageReceivedInThreadCloudEvent_2021_02,
      '2021-10': chatMessageReceivedInThreadCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': {
      '2021-02': chatParticipantAddedToThreadWithUserCloudEvent_2021_02,
      '2021-10': chatParticipantAddedToThreadWithUserCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': {
      '2021-02': chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02,
      '2021-10': chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatThreadCreated': {
      '2021-02': chatThreadCreatedCloudEvent_2021_02,
      '2021-10': chatThreadCreatedCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatThreadCreatedWithUser': {
      '2020-09': chatThreadCreatedWithUserCloudEvent_2020_09,
      '2021-02': chatThreadCreatedWithUserCloudEvent_2021_02,
      '2021-10': chatThreadCreatedWithUserCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatThreadDeleted': {
      '2021-02': chatThreadDeletedCloudEvent_2021_02,
      '2021-10': chatThreadDeletedCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatThreadParticipantAdded': {
      '2021-02': chatThreadParticipantAddedCloudEvent_2021_02,
      '2021-10': chatThreadParticipantAddedCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatThreadParticipantRemoved': {
      '2021-02': chatThreadParticipantRemovedCloudEvent_2021_02,
      '2021-10': chatThreadParticipantRemovedCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatThreadPropertiesUpdated': {
      '2021-02': chatThreadPropertiesUpdatedCloudEvent_2021_02,
      '2021-10': chatThreadPropertiesUpdatedCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': {
      '2020-09': chatThreadPropertiesUpdatedPerUserCloudEvent_2020_09,
      '2021-02': chatThreadPropertiesUpdatedPerUserCloudEvent_2021_02,
      '2021-10': chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10,
    },
    'Microsoft.Communication.ChatThreadWithUserDeleted': {
      '2020-09': chatThreadWithUserDeletedCloudEvent_2020_09,
      '2021-02': chatThreadWithUserDeletedCloudEvent_2021_02,
      '2021-10': chatThreadWithUserDeletedCloudEvent_2021_10,
    },
    'Microsoft.Communication.InstantMessageDeleted': { '2020-03': instantMessageDeletedCloudEvent_2020_03 },
    'Microsoft.Communication.InstantMessageEdited': { '2020-03': instantMessageEditedCloudEvent_2020_03 },
    'Microsoft.Communication.InstantMessageReceived': { '2020-03': instantMessageReceivedCloudEvent_2020_03 },
    'Microsoft.Communication.SMSDeliveryReportReceived': {
      '2020-03': smsDeliveryReportReceivedCloudEvent_2020_03,
      '2020-09': smsDeliveryReportReceivedCloudEvent_2020_09,
      '2021-02': smsDeliveryReportReceivedCloudEvent_2021_02,
    },
    'Microsoft.Communication.SMSReceived': {
      '2020-03': smsReceivedCloudEvent_2020_03,
      '2020-09': smsReceivedCloudEvent_2020_09,
      '2021-02': smsReceivedCloudEvent_2021_02,
    },
  },
});

/** One docs sample in both envelopes. */
export interface FixtureEntry {
  readonly eventType: AcsEventType;
  readonly docsVersion: string;
  readonly eventGrid: DeepReadonly<AcsEvent>;
  readonly cloudEvent: DeepReadonly<AcsCloudEvent>;
}

type FixtureTable<T> = Readonly<Record<string, Readonly<Record<string, T>>>>;

/** Every docs sample as one list, oldest docs version first within each event type. */
export const fixtureList: readonly FixtureEntry[] = frozen(
  Object.entries(fixtures.eventGrid as FixtureTable<DeepReadonly<AcsEvent>>).flatMap(
    ([eventType, byVersion]) =>
      Object.entries(byVersion).map(([docsVersion, eventGrid]) => ({
        eventType: eventType as AcsEventType,
        docsVersion,
        eventGrid,
        cloudEvent: (fixtures.cloudEvents as FixtureTable<DeepReadonly<AcsCloudEvent>>)[eventType]![
          docsVersion
        ]!,
      })),
  ),
);

// ── Invalid variants ─────────────────────────────────────────────────────────────────────────

/** For each event type, events that each break one rule of a valid factory event (default seed). */
export const invalidVariants: { readonly [K in AcsEventType]: readonly InvalidVariant[] } = frozen({
  'Microsoft.Communication.ChatMemberAddedToThreadWithUser': variants(
    makeAcsChatMemberAddedToThreadWithUserEvent(),
    [
      { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
      { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
      { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
      { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
      { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
      { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
      { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
      {
        name: '/eventTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/eventTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data is null', status: 'invalid', path: '/data', value: null },
      {
        name: '/eventType is not a catalogued event type',
        status: 'unknown',
        path: '/eventType',
        value: 'Microsoft.Communications.ChatMemberAddedToThreadWithUser',
      },
      { name: '/data/time is missing', status: 'invalid', path: '/data/time', remove: true },
      {
        name: '/data/time has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/time',
        value: 42,
      },
      { name: '/data/time is null, which it may not be', status: 'invalid', path: '/data/time', value: null },
      {
        name: '/data/time is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/time',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data/addedBy is missing', status: 'invalid', path: '/data/addedBy', remove: true },
      {
        name: '/data/addedBy has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/addedBy',
        value: 42,
      },
      {
        name: '/data/addedBy is null, which it may not be',
        status: 'invalid',
        path: '/data/addedBy',
        value: null,
      },
      { name: '/data/memberAdded is missing', status: 'invalid', path: '/data/memberAdded', remove: true },
      {
        name: '/data/memberAdded is null, which it may not be',
        status: 'invalid',
        path: '/data/memberAdded',
        value: null,
      },
      {
        name: '/data/memberAdded/displayName is missing',
        status: 'invalid',
        path: '/data/memberAdded/displayName',
        remove: true,
      },
      {
        name: '/data/memberAdded/memberId is missing',
        status: 'invalid',
        path: '/data/memberAdded/memberId',
        remove: true,
      },
      { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
      {
        name: '/data/createTime has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/createTime',
        value: 42,
      },
      {
        name: '/data/createTime is null, which it may not be',
        status: 'invalid',
        path: '/data/createTime',
        value: null,
      },
      {
        name: '/data/createTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/createTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
      {
        name: '/data/version has the wrong type (string instead of integer)',
        status: 'invalid',
        path: '/data/version',
        value: '42',
      },
      {
        name: '/data/version is null, which it may not be',
        status: 'invalid',
        path: '/data/version',
        value: null,
      },
      { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
      {
        name: '/data/recipientId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/recipientId',
        value: 42,
      },
      {
        name: '/data/recipientId is null, which it may not be',
        status: 'invalid',
        path: '/data/recipientId',
        value: null,
      },
      {
        name: '/data/transactionId is missing',
        status: 'invalid',
        path: '/data/transactionId',
        remove: true,
      },
      {
        name: '/data/transactionId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/transactionId',
        value: 42,
      },
      {
        name: '/data/transactionId is null, which it may not be',
        status: 'invalid',
        path: '/data/transactionId',
        value: null,
      },
      { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
      {
        name: '/data/threadId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/threadId',
        value: 42,
      },
      {
        name: '/data/threadId is null, which it may not be',
        status: 'invalid',
        path: '/data/threadId',
        value: null,
      },
    ],
  ),
  'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': variants(
    makeAcsChatMemberRemovedFromThreadWithUserEvent(),
    [
      { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
      { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
      { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
      { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
      { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
      { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
      { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
      {
        name: '/eventTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/eventTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data is null', status: 'invalid', path: '/data', value: null },
      {
        name: '/eventType is not a catalogued event type',
        status: 'unknown',
        path: '/eventType',
        value: 'Microsoft.Communications.ChatMemberRemovedFromThreadWithUser',
      },
      { name: '/data/time is missing', status: 'invalid', path: '/data/time', remove: true },
      {
        name: '/data/time has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/time',
        value: 42,
      },
      { name: '/data/time is null, which it may not be', status: 'invalid', path: '/data/time', value: null },
      {
        name: '/data/time is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/time',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data/removedBy is missing', status: 'invalid', path: '/data/removedBy', remove: true },
      {
        name: '/data/removedBy has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/removedBy',
        value: 42,
      },
      {
        name: '/data/removedBy is null, which it may not be',
        status: 'invalid',
        path: '/data/removedBy',
        value: null,
      },
      {
        name: '/data/memberRemoved is missing',
        status: 'invalid',
        path: '/data/memberRemoved',
        remove: true,
      },
      {
        name: '/data/memberRemoved is null, which it may not be',
        status: 'invalid',
        path: '/data/memberRemoved',
        value: null,
      },
      {
        name: '/data/memberRemoved/displayName is missing',
        status: 'invalid',
        path: '/data/memberRemoved/displayName',
        remove: true,
      },
      {
        name: '/data/memberRemoved/memberId is missing',
        status: 'invalid',
        path: '/data/memberRemoved/memberId',
        remove: true,
      },
      { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
      {
        name: '/data/createTime has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/createTime',
        value: 42,
      },
      {
        name: '/data/createTime is null, which it may not be',
        status: 'invalid',
        path: '/data/createTime',
        value: null,
      },
      {
        name: '/data/createTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/createTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
      {
        name: '/data/version has the wrong type (string instead of integer)',
        status: 'invalid',
        path: '/data/version',
        value: '42',
      },
      {
        name: '/data/version is null, which it may not be',
        status: 'invalid',
        path: '/data/version',
        value: null,
      },
      { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
      {
        name: '/data/recipientId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/recipientId',
        value: 42,
      },
      {
        name: '/data/recipientId is null, which it may not be',
        status: 'invalid',
        path: '/data/recipientId',
        value: null,
      },
      {
        name: '/data/transactionId is missing',
        status: 'invalid',
        path: '/data/transactionId',
        remove: true,
      },
      {
        name: '/data/transactionId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/transactionId',
        value: 42,
      },
      {
        name: '/data/transactionId is null, which it may not be',
        status: 'invalid',
        path: '/data/transactionId',
        value: null,
      },
      { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
      {
        name: '/data/threadId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/threadId',
        value: 42,
      },
      {
        name: '/data/threadId is null, which it may not be',
        status: 'invalid',
        path: '/data/threadId',
        value: null,
      },
    ],
  ),
  'Microsoft.Communication.ChatMessageDeleted': variants(makeAcsChatMessageDeletedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatMessageDeleted',
    },
    { name: '/data/deleteTime is missing', status: 'invalid', path: '/data/deleteTime', remove: true },
    {
      name: '/data/deleteTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/deleteTime',
      value: 42,
    },
    {
      name: '/data/deleteTime is null, which it may not be',
      status: 'invalid',
      path: '/data/deleteTime',
      value: null,
    },
    {
      name: '/data/deleteTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/deleteTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    {
      name: '/data/messageId is null, which it may not be',
      status: 'invalid',
      path: '/data/messageId',
      value: null,
    },
    { name: '/data/senderId is missing', status: 'invalid', path: '/data/senderId', remove: true },
    {
      name: '/data/senderId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderId',
      value: 42,
    },
    {
      name: '/data/senderId is null, which it may not be',
      status: 'invalid',
      path: '/data/senderId',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/senderCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    {
      name: '/data/senderDisplayName is missing',
      status: 'invalid',
      path: '/data/senderDisplayName',
      remove: true,
    },
    {
      name: '/data/senderDisplayName has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: 42,
    },
    {
      name: '/data/senderDisplayName is null, which it may not be',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: null,
    },
    { name: '/data/composeTime is missing', status: 'invalid', path: '/data/composeTime', remove: true },
    {
      name: '/data/composeTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/composeTime',
      value: 42,
    },
    {
      name: '/data/composeTime is null, which it may not be',
      status: 'invalid',
      path: '/data/composeTime',
      value: null,
    },
    {
      name: '/data/composeTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/composeTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/type is missing', status: 'invalid', path: '/data/type', remove: true },
    {
      name: '/data/type has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/type',
      value: 42,
    },
    { name: '/data/type is null, which it may not be', status: 'invalid', path: '/data/type', value: null },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
    {
      name: '/data/recipientId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/recipientId',
      value: 42,
    },
    {
      name: '/data/recipientId is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientId',
      value: null,
    },
    {
      name: '/data/recipientCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/recipientCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/recipientCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.ChatMessageDeletedInThread': variants(makeAcsChatMessageDeletedInThreadEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatMessageDeletedInThread',
    },
    { name: '/data/deleteTime is missing', status: 'invalid', path: '/data/deleteTime', remove: true },
    {
      name: '/data/deleteTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/deleteTime',
      value: 42,
    },
    {
      name: '/data/deleteTime is null, which it may not be',
      status: 'invalid',
      path: '/data/deleteTime',
      value: null,
    },
    {
      name: '/data/deleteTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/deleteTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    {
      name: '/data/messageId is null, which it may not be',
      status: 'invalid',
      path: '/data/messageId',
      value: null,
    },
    { name: '/data/type is missing', status: 'invalid', path: '/data/type', remove: true },
    {
      name: '/data/type has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/type',
      value: 42,
    },
    { name: '/data/type is null, which it may not be', status: 'invalid', path: '/data/type', value: null },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    {
      name: '/data/senderDisplayName is missing',
      status: 'invalid',
      path: '/data/senderDisplayName',
      remove: true,
    },
    {
      name: '/data/senderDisplayName has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: 42,
    },
    {
      name: '/data/senderDisplayName is null, which it may not be',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier',
      remove: true,
    },
    {
      name: '/data/senderCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/senderCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/composeTime is missing', status: 'invalid', path: '/data/composeTime', remove: true },
    {
      name: '/data/composeTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/composeTime',
      value: 42,
    },
    {
      name: '/data/composeTime is null, which it may not be',
      status: 'invalid',
      path: '/data/composeTime',
      value: null,
    },
    {
      name: '/data/composeTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/composeTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.ChatMessageEdited': variants(makeAcsChatMessageEditedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatMessageEdited',
    },
    { name: '/data/editTime is missing', status: 'invalid', path: '/data/editTime', remove: true },
    {
      name: '/data/editTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/editTime',
      value: 42,
    },
    {
      name: '/data/editTime is null, which it may not be',
      status: 'invalid',
      path: '/data/editTime',
      value: null,
    },
    {
      name: '/data/editTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/editTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/messageBody is missing', status: 'invalid', path: '/data/messageBody', remove: true },
    {
      name: '/data/messageBody has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageBody',
      value: 42,
    },
    {
      name: '/data/messageBody is null, which it may not be',
      status: 'invalid',
      path: '/data/messageBody',
      value: null,
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    {
      name: '/data/messageId is null, which it may not be',
      status: 'invalid',
      path: '/data/messageId',
      value: null,
    },
    {
      name: '/data/metadata is null, which it may not be',
      status: 'invalid',
      path: '/data/metadata',
      value: null,
    },
    { name: '/data/senderId is missing', status: 'invalid', path: '/data/senderId', remove: true },
    {
      name: '/data/senderId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderId',
      value: 42,
    },
    {
      name: '/data/senderId is null, which it may not be',
      status: 'invalid',
      path: '/data/senderId',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/senderCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    {
      name: '/data/senderDisplayName is missing',
      status: 'invalid',
      path: '/data/senderDisplayName',
      remove: true,
    },
    {
      name: '/data/senderDisplayName has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: 42,
    },
    {
      name: '/data/senderDisplayName is null, which it may not be',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: null,
    },
    { name: '/data/composeTime is missing', status: 'invalid', path: '/data/composeTime', remove: true },
    {
      name: '/data/composeTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/composeTime',
      value: 42,
    },
    {
      name: '/data/composeTime is null, which it may not be',
      status: 'invalid',
      path: '/data/composeTime',
      value: null,
    },
    {
      name: '/data/composeTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/composeTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/type is missing', status: 'invalid', path: '/data/type', remove: true },
    {
      name: '/data/type has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/type',
      value: 42,
    },
    { name: '/data/type is null, which it may not be', status: 'invalid', path: '/data/type', value: null },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
    {
      name: '/data/recipientId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/recipientId',
      value: 42,
    },
    {
      name: '/data/recipientId is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientId',
      value: null,
    },
    {
      name: '/data/recipientCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/recipientCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/recipientCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.ChatMessageEditedInThread': variants(makeAcsChatMessageEditedInThreadEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatMessageEditedInThread',
    },
    { name: '/data/editTime is missing', status: 'invalid', path: '/data/editTime', remove: true },
    {
      name: '/data/editTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/editTime',
      value: 42,
    },
    {
      name: '/data/editTime is null, which it may not be',
      status: 'invalid',
      path: '/data/editTime',
      value: null,
    },
    {
      name: '/data/editTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/editTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/messageBody is missing', status: 'invalid', path: '/data/messageBody', remove: true },
    {
      name: '/data/messageBody has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageBody',
      value: 42,
    },
    {
      name: '/data/messageBody is null, which it may not be',
      status: 'invalid',
      path: '/data/messageBody',
      value: null,
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    {
      name: '/data/messageId is null, which it may not be',
      status: 'invalid',
      path: '/data/messageId',
      value: null,
    },
    {
      name: '/data/metadata is null, which it may not be',
      status: 'invalid',
      path: '/data/metadata',
      value: null,
    },
    { name: '/data/type is missing', status: 'invalid', path: '/data/type', remove: true },
    {
      name: '/data/type has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/type',
      value: 42,
    },
    { name: '/data/type is null, which it may not be', status: 'invalid', path: '/data/type', value: null },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    {
      name: '/data/senderDisplayName is missing',
      status: 'invalid',
      path: '/data/senderDisplayName',
      remove: true,
    },
    {
      name: '/data/senderDisplayName has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: 42,
    },
    {
      name: '/data/senderDisplayName is null, which it may not be',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier',
      remove: true,
    },
    {
      name: '/data/senderCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/senderCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/composeTime is missing', status: 'invalid', path: '/data/composeTime', remove: true },
    {
      name: '/data/composeTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/composeTime',
      value: 42,
    },
    {
      name: '/data/composeTime is null, which it may not be',
      status: 'invalid',
      path: '/data/composeTime',
      value: null,
    },
    {
      name: '/data/composeTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/composeTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.ChatMessageReceived': variants(makeAcsChatMessageReceivedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatMessageReceived',
    },
    { name: '/data/messageBody is missing', status: 'invalid', path: '/data/messageBody', remove: true },
    {
      name: '/data/messageBody has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageBody',
      value: 42,
    },
    {
      name: '/data/messageBody is null, which it may not be',
      status: 'invalid',
      path: '/data/messageBody',
      value: null,
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    {
      name: '/data/messageId is null, which it may not be',
      status: 'invalid',
      path: '/data/messageId',
      value: null,
    },
    {
      name: '/data/metadata is null, which it may not be',
      status: 'invalid',
      path: '/data/metadata',
      value: null,
    },
    { name: '/data/senderId is missing', status: 'invalid', path: '/data/senderId', remove: true },
    {
      name: '/data/senderId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderId',
      value: 42,
    },
    {
      name: '/data/senderId is null, which it may not be',
      status: 'invalid',
      path: '/data/senderId',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/senderCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    {
      name: '/data/senderDisplayName is missing',
      status: 'invalid',
      path: '/data/senderDisplayName',
      remove: true,
    },
    {
      name: '/data/senderDisplayName has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: 42,
    },
    {
      name: '/data/senderDisplayName is null, which it may not be',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: null,
    },
    { name: '/data/composeTime is missing', status: 'invalid', path: '/data/composeTime', remove: true },
    {
      name: '/data/composeTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/composeTime',
      value: 42,
    },
    {
      name: '/data/composeTime is null, which it may not be',
      status: 'invalid',
      path: '/data/composeTime',
      value: null,
    },
    {
      name: '/data/composeTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/composeTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/type is missing', status: 'invalid', path: '/data/type', remove: true },
    {
      name: '/data/type has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/type',
      value: 42,
    },
    { name: '/data/type is null, which it may not be', status: 'invalid', path: '/data/type', value: null },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
    {
      name: '/data/recipientId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/recipientId',
      value: 42,
    },
    {
      name: '/data/recipientId is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientId',
      value: null,
    },
    {
      name: '/data/recipientCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/recipientCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/recipientCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.ChatMessageReceivedInThread': variants(makeAcsChatMessageReceivedInThreadEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatMessageReceivedInThread',
    },
    { name: '/data/messageBody is missing', status: 'invalid', path: '/data/messageBody', remove: true },
    {
      name: '/data/messageBody has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageBody',
      value: 42,
    },
    {
      name: '/data/messageBody is null, which it may not be',
      status: 'invalid',
      path: '/data/messageBody',
      value: null,
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    {
      name: '/data/messageId is null, which it may not be',
      status: 'invalid',
      path: '/data/messageId',
      value: null,
    },
    {
      name: '/data/metadata is null, which it may not be',
      status: 'invalid',
      path: '/data/metadata',
      value: null,
    },
    { name: '/data/type is missing', status: 'invalid', path: '/data/type', remove: true },
    {
      name: '/data/type has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/type',
      value: 42,
    },
    { name: '/data/type is null, which it may not be', status: 'invalid', path: '/data/type', value: null },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    {
      name: '/data/senderDisplayName is missing',
      status: 'invalid',
      path: '/data/senderDisplayName',
      remove: true,
    },
    {
      name: '/data/senderDisplayName has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: 42,
    },
    {
      name: '/data/senderDisplayName is null, which it may not be',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier',
      remove: true,
    },
    {
      name: '/data/senderCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/senderCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/senderCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/composeTime is missing', status: 'invalid', path: '/data/composeTime', remove: true },
    {
      name: '/data/composeTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/composeTime',
      value: 42,
    },
    {
      name: '/data/composeTime is null, which it may not be',
      status: 'invalid',
      path: '/data/composeTime',
      value: null,
    },
    {
      name: '/data/composeTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/composeTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': variants(
    makeAcsChatParticipantAddedToThreadWithUserEvent(),
    [
      { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
      { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
      { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
      { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
      { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
      { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
      { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
      {
        name: '/eventTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/eventTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data is null', status: 'invalid', path: '/data', value: null },
      {
        name: '/eventType is not a catalogued event type',
        status: 'unknown',
        path: '/eventType',
        value: 'Microsoft.Communications.ChatParticipantAddedToThreadWithUser',
      },
      { name: '/data/time is missing', status: 'invalid', path: '/data/time', remove: true },
      {
        name: '/data/time has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/time',
        value: 42,
      },
      { name: '/data/time is null, which it may not be', status: 'invalid', path: '/data/time', value: null },
      {
        name: '/data/time is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/time',
        value: '2021-02-30T12:00:00Z',
      },
      {
        name: '/data/addedByCommunicationIdentifier is missing',
        status: 'invalid',
        path: '/data/addedByCommunicationIdentifier',
        remove: true,
      },
      {
        name: '/data/addedByCommunicationIdentifier is null, which it may not be',
        status: 'invalid',
        path: '/data/addedByCommunicationIdentifier',
        value: null,
      },
      {
        name: '/data/addedByCommunicationIdentifier/rawId is missing',
        status: 'invalid',
        path: '/data/addedByCommunicationIdentifier/rawId',
        remove: true,
      },
      {
        name: '/data/addedByCommunicationIdentifier/communicationUser/id is missing',
        status: 'invalid',
        path: '/data/addedByCommunicationIdentifier/communicationUser/id',
        remove: true,
      },
      {
        name: '/data/participantAdded is missing',
        status: 'invalid',
        path: '/data/participantAdded',
        remove: true,
      },
      {
        name: '/data/participantAdded is null, which it may not be',
        status: 'invalid',
        path: '/data/participantAdded',
        value: null,
      },
      {
        name: '/data/participantAdded/displayName is missing',
        status: 'invalid',
        path: '/data/participantAdded/displayName',
        remove: true,
      },
      {
        name: '/data/participantAdded/participantCommunicationIdentifier is missing',
        status: 'invalid',
        path: '/data/participantAdded/participantCommunicationIdentifier',
        remove: true,
      },
      {
        name: '/data/participantAdded/participantCommunicationIdentifier/rawId is missing',
        status: 'invalid',
        path: '/data/participantAdded/participantCommunicationIdentifier/rawId',
        remove: true,
      },
      {
        name: '/data/participantAdded/participantCommunicationIdentifier/communicationUser/id is missing',
        status: 'invalid',
        path: '/data/participantAdded/participantCommunicationIdentifier/communicationUser/id',
        remove: true,
      },
      {
        name: '/data/recipientCommunicationIdentifier is missing',
        status: 'invalid',
        path: '/data/recipientCommunicationIdentifier',
        remove: true,
      },
      {
        name: '/data/recipientCommunicationIdentifier is null, which it may not be',
        status: 'invalid',
        path: '/data/recipientCommunicationIdentifier',
        value: null,
      },
      {
        name: '/data/recipientCommunicationIdentifier/rawId is missing',
        status: 'invalid',
        path: '/data/recipientCommunicationIdentifier/rawId',
        remove: true,
      },
      {
        name: '/data/recipientCommunicationIdentifier/communicationUser/id is missing',
        status: 'invalid',
        path: '/data/recipientCommunicationIdentifier/communicationUser/id',
        remove: true,
      },
      { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
      {
        name: '/data/createTime has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/createTime',
        value: 42,
      },
      {
        name: '/data/createTime is null, which it may not be',
        status: 'invalid',
        path: '/data/createTime',
        value: null,
      },
      {
        name: '/data/createTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/createTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
      {
        name: '/data/version has the wrong type (string instead of integer)',
        status: 'invalid',
        path: '/data/version',
        value: '42',
      },
      {
        name: '/data/version is null, which it may not be',
        status: 'invalid',
        path: '/data/version',
        value: null,
      },
      {
        name: '/data/transactionId is missing',
        status: 'invalid',
        path: '/data/transactionId',
        remove: true,
      },
      {
        name: '/data/transactionId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/transactionId',
        value: 42,
      },
      {
        name: '/data/transactionId is null, which it may not be',
        status: 'invalid',
        path: '/data/transactionId',
        value: null,
      },
      { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
      {
        name: '/data/threadId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/threadId',
        value: 42,
      },
      {
        name: '/data/threadId is null, which it may not be',
        status: 'invalid',
        path: '/data/threadId',
        value: null,
      },
    ],
  ),
  'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': variants(
    makeAcsChatParticipantRemovedFromThreadWithUserEvent(),
    [
      { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
      { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
      { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
      { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
      { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
      { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
      { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
      {
        name: '/eventTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/eventTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data is null', status: 'invalid', path: '/data', value: null },
      {
        name: '/eventType is not a catalogued event type',
        status: 'unknown',
        path: '/eventType',
        value: 'Microsoft.Communications.ChatParticipantRemovedFromThreadWithUser',
      },
      { name: '/data/time is missing', status: 'invalid', path: '/data/time', remove: true },
      {
        name: '/data/time has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/time',
        value: 42,
      },
      { name: '/data/time is null, which it may not be', status: 'invalid', path: '/data/time', value: null },
      {
        name: '/data/time is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/time',
        value: '2021-02-30T12:00:00Z',
      },
      {
        name: '/data/removedByCommunicationIdentifier is missing',
        status: 'invalid',
        path: '/data/removedByCommunicationIdentifier',
        remove: true,
      },
      {
        name: '/data/removedByCommunicationIdentifier is null, which it may not be',
        status: 'invalid',
        path: '/data/removedByCommunicationIdentifier',
        value: null,
      },
      {
        name: '/data/removedByCommunicationIdentifier/rawId is missing',
        status: 'invalid',
        path: '/data/removedByCommunicationIdentifier/rawId',
        remove: true,
      },
      {
        name: '/data/removedByCommunicationIdentifier/communicationUser/id is missing',
        status: 'invalid',
        path: '/data/removedByCommunicationIdentifier/communicationUser/id',
        remove: true,
      },
      {
        name: '/data/participantRemoved is missing',
        status: 'invalid',
        path: '/data/participantRemoved',
        remove: true,
      },
      {
        name: '/data/participantRemoved is null, which it may not be',
        status: 'invalid',
        path: '/data/participantRemoved',
        value: null,
      },
      {
        name: '/data/participantRemoved/displayName is missing',
        status: 'invalid',
        path: '/data/participantRemoved/displayName',
        remove: true,
      },
      {
        name: '/data/participantRemoved/participantCommunicationIdentifier is missing',
        status: 'invalid',
        path: '/data/participantRemoved/participantCommunicationIdentifier',
        remove: true,
      },
      {
        name: '/data/participantRemoved/participantCommunicationIdentifier/rawId is missing',
        status: 'invalid',
        path: '/data/participantRemoved/participantCommunicationIdentifier/rawId',
        remove: true,
      },
      {
        name: '/data/participantRemoved/participantCommunicationIdentifier/communicationUser/id is missing',
        status: 'invalid',
        path: '/data/participantRemoved/participantCommunicationIdentifier/communicationUser/id',
        remove: true,
      },
      {
        name: '/data/recipientCommunicationIdentifier is missing',
        status: 'invalid',
        path: '/data/recipientCommunicationIdentifier',
        remove: true,
      },
      {
        name: '/data/recipientCommunicationIdentifier is null, which it may not be',
        status: 'invalid',
        path: '/data/recipientCommunicationIdentifier',
        value: null,
      },
      {
        name: '/data/recipientCommunicationIdentifier/rawId is missing',
        status: 'invalid',
        path: '/data/recipientCommunicationIdentifier/rawId',
        remove: true,
      },
      {
        name: '/data/recipientCommunicationIdentifier/communicationUser/id is missing',
        status: 'invalid',
        path: '/data/recipientCommunicationIdentifier/communicationUser/id',
        remove: true,
      },
      { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
      {
        name: '/data/createTime has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/createTime',
        value: 42,
      },
      {
        name: '/data/createTime is null, which it may not be',
        status: 'invalid',
        path: '/data/createTime',
        value: null,
      },
      {
        name: '/data/createTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/createTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
      {
        name: '/data/version has the wrong type (string instead of integer)',
        status: 'invalid',
        path: '/data/version',
        value: '42',
      },
      {
        name: '/data/version is null, which it may not be',
        status: 'invalid',
        path: '/data/version',
        value: null,
      },
      {
        name: '/data/transactionId is missing',
        status: 'invalid',
        path: '/data/transactionId',
        remove: true,
      },
      {
        name: '/data/transactionId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/transactionId',
        value: 42,
      },
      {
        name: '/data/transactionId is null, which it may not be',
        status: 'invalid',
        path: '/data/transactionId',
        value: null,
      },
      { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
      {
        name: '/data/threadId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/threadId',
        value: 42,
      },
      {
        name: '/data/threadId is null, which it may not be',
        status: 'invalid',
        path: '/data/threadId',
        value: null,
      },
    ],
  ),
  'Microsoft.Communication.ChatThreadCreated': variants(makeAcsChatThreadCreatedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatThreadCreated',
    },
    {
      name: '/data/createdByCommunicationIdentifier is missing',
      status: 'invalid',
      path: '/data/createdByCommunicationIdentifier',
      remove: true,
    },
    {
      name: '/data/createdByCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/createdByCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/createdByCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/createdByCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/createdByCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/createdByCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/properties is missing', status: 'invalid', path: '/data/properties', remove: true },
    {
      name: '/data/properties is null, which it may not be',
      status: 'invalid',
      path: '/data/properties',
      value: null,
    },
    { name: '/data/participants is missing', status: 'invalid', path: '/data/participants', remove: true },
    {
      name: '/data/participants is null, which it may not be',
      status: 'invalid',
      path: '/data/participants',
      value: null,
    },
    {
      name: '/data/participants/0/displayName is missing',
      status: 'invalid',
      path: '/data/participants/0/displayName',
      remove: true,
    },
    {
      name: '/data/participants/0/participantCommunicationIdentifier is missing',
      status: 'invalid',
      path: '/data/participants/0/participantCommunicationIdentifier',
      remove: true,
    },
    {
      name: '/data/participants/0/participantCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/participants/0/participantCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/participants/0/participantCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/participants/0/participantCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
    {
      name: '/data/createTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/createTime',
      value: 42,
    },
    {
      name: '/data/createTime is null, which it may not be',
      status: 'invalid',
      path: '/data/createTime',
      value: null,
    },
    {
      name: '/data/createTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/createTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.ChatThreadCreatedWithUser': variants(makeAcsChatThreadCreatedWithUserEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatThreadCreatedWithUser',
    },
    { name: '/data/createdBy is missing', status: 'invalid', path: '/data/createdBy', remove: true },
    {
      name: '/data/createdBy has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/createdBy',
      value: 42,
    },
    {
      name: '/data/createdBy is null, which it may not be',
      status: 'invalid',
      path: '/data/createdBy',
      value: null,
    },
    {
      name: '/data/createdByCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/createdByCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/createdByCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/createdByCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/createdByCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/createdByCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/properties is missing', status: 'invalid', path: '/data/properties', remove: true },
    {
      name: '/data/properties is null, which it may not be',
      status: 'invalid',
      path: '/data/properties',
      value: null,
    },
    { name: '/data/members is missing', status: 'invalid', path: '/data/members', remove: true },
    {
      name: '/data/members is null, which it may not be',
      status: 'invalid',
      path: '/data/members',
      value: null,
    },
    {
      name: '/data/members/0/displayName is missing',
      status: 'invalid',
      path: '/data/members/0/displayName',
      remove: true,
    },
    {
      name: '/data/members/0/memberId is missing',
      status: 'invalid',
      path: '/data/members/0/memberId',
      remove: true,
    },
    {
      name: '/data/participants is null, which it may not be',
      status: 'invalid',
      path: '/data/participants',
      value: null,
    },
    {
      name: '/data/participants/0/displayName is missing',
      status: 'invalid',
      path: '/data/participants/0/displayName',
      remove: true,
    },
    {
      name: '/data/participants/0/participantCommunicationIdentifier is missing',
      status: 'invalid',
      path: '/data/participants/0/participantCommunicationIdentifier',
      remove: true,
    },
    {
      name: '/data/participants/0/participantCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/participants/0/participantCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/participants/0/participantCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/participants/0/participantCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
    {
      name: '/data/createTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/createTime',
      value: 42,
    },
    {
      name: '/data/createTime is null, which it may not be',
      status: 'invalid',
      path: '/data/createTime',
      value: null,
    },
    {
      name: '/data/createTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/createTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
    {
      name: '/data/recipientId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/recipientId',
      value: 42,
    },
    {
      name: '/data/recipientId is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientId',
      value: null,
    },
    {
      name: '/data/recipientCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/recipientCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/recipientCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.ChatThreadDeleted': variants(makeAcsChatThreadDeletedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatThreadDeleted',
    },
    {
      name: '/data/deletedByCommunicationIdentifier is missing',
      status: 'invalid',
      path: '/data/deletedByCommunicationIdentifier',
      remove: true,
    },
    {
      name: '/data/deletedByCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/deletedByCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/deletedByCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/deletedByCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/deletedByCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/deletedByCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/deleteTime is missing', status: 'invalid', path: '/data/deleteTime', remove: true },
    {
      name: '/data/deleteTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/deleteTime',
      value: 42,
    },
    {
      name: '/data/deleteTime is null, which it may not be',
      status: 'invalid',
      path: '/data/deleteTime',
      value: null,
    },
    {
      name: '/data/deleteTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/deleteTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
    {
      name: '/data/createTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/createTime',
      value: 42,
    },
    {
      name: '/data/createTime is null, which it may not be',
      status: 'invalid',
      path: '/data/createTime',
      value: null,
    },
    {
      name: '/data/createTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/createTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.ChatThreadParticipantAdded': variants(makeAcsChatThreadParticipantAddedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatThreadParticipantAdded',
    },
    { name: '/data/time is missing', status: 'invalid', path: '/data/time', remove: true },
    {
      name: '/data/time has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/time',
      value: 42,
    },
    { name: '/data/time is null, which it may not be', status: 'invalid', path: '/data/time', value: null },
    {
      name: '/data/time is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/time',
      value: '2021-02-30T12:00:00Z',
    },
    {
      name: '/data/addedByCommunicationIdentifier is missing',
      status: 'invalid',
      path: '/data/addedByCommunicationIdentifier',
      remove: true,
    },
    {
      name: '/data/addedByCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/addedByCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/addedByCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/addedByCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/addedByCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/addedByCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    {
      name: '/data/participantAdded is missing',
      status: 'invalid',
      path: '/data/participantAdded',
      remove: true,
    },
    {
      name: '/data/participantAdded is null, which it may not be',
      status: 'invalid',
      path: '/data/participantAdded',
      value: null,
    },
    {
      name: '/data/participantAdded/displayName is missing',
      status: 'invalid',
      path: '/data/participantAdded/displayName',
      remove: true,
    },
    {
      name: '/data/participantAdded/participantCommunicationIdentifier is missing',
      status: 'invalid',
      path: '/data/participantAdded/participantCommunicationIdentifier',
      remove: true,
    },
    {
      name: '/data/participantAdded/participantCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/participantAdded/participantCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/participantAdded/participantCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/participantAdded/participantCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
    {
      name: '/data/createTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/createTime',
      value: 42,
    },
    {
      name: '/data/createTime is null, which it may not be',
      status: 'invalid',
      path: '/data/createTime',
      value: null,
    },
    {
      name: '/data/createTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/createTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.ChatThreadParticipantRemoved': variants(
    makeAcsChatThreadParticipantRemovedEvent(),
    [
      { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
      { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
      { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
      { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
      { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
      { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
      { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
      {
        name: '/eventTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/eventTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data is null', status: 'invalid', path: '/data', value: null },
      {
        name: '/eventType is not a catalogued event type',
        status: 'unknown',
        path: '/eventType',
        value: 'Microsoft.Communications.ChatThreadParticipantRemoved',
      },
      { name: '/data/time is missing', status: 'invalid', path: '/data/time', remove: true },
      {
        name: '/data/time has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/time',
        value: 42,
      },
      { name: '/data/time is null, which it may not be', status: 'invalid', path: '/data/time', value: null },
      {
        name: '/data/time is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/time',
        value: '2021-02-30T12:00:00Z',
      },
      {
        name: '/data/removedByCommunicationIdentifier is missing',
        status: 'invalid',
        path: '/data/removedByCommunicationIdentifier',
        remove: true,
      },
      {
        name: '/data/removedByCommunicationIdentifier is null, which it may not be',
        status: 'invalid',
        path: '/data/removedByCommunicationIdentifier',
        value: null,
      },
      {
        name: '/data/removedByCommunicationIdentifier/rawId is missing',
        status: 'invalid',
        path: '/data/removedByCommunicationIdentifier/rawId',
        remove: true,
      },
      {
        name: '/data/removedByCommunicationIdentifier/communicationUser/id is missing',
        status: 'invalid',
        path: '/data/removedByCommunicationIdentifier/communicationUser/id',
        remove: true,
      },
      {
        name: '/data/participantRemoved is missing',
        status: 'invalid',
        path: '/data/participantRemoved',
        remove: true,
      },
      {
        name: '/data/participantRemoved is null, which it may not be',
        status: 'invalid',
        path: '/data/participantRemoved',
        value: null,
      },
      {
        name: '/data/participantRemoved/displayName is missing',
        status: 'invalid',
        path: '/data/participantRemoved/displayName',
        remove: true,
      },
      {
        name: '/data/participantRemoved/participantCommunicationIdentifier is missing',
        status: 'invalid',
        path: '/data/participantRemoved/participantCommunicationIdentifier',
        remove: true,
      },
      {
        name: '/data/participantRemoved/participantCommunicationIdentifier/rawId is missing',
        status: 'invalid',
        path: '/data/participantRemoved/participantCommunicationIdentifier/rawId',
        remove: true,
      },
      {
        name: '/data/participantRemoved/participantCommunicationIdentifier/communicationUser/id is missing',
        status: 'invalid',
        path: '/data/participantRemoved/participantCommunicationIdentifier/communicationUser/id',
        remove: true,
      },
      { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
      {
        name: '/data/createTime has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/createTime',
        value: 42,
      },
      {
        name: '/data/createTime is null, which it may not be',
        status: 'invalid',
        path: '/data/createTime',
        value: null,
      },
      {
        name: '/data/createTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/createTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
      {
        name: '/data/version has the wrong type (string instead of integer)',
        status: 'invalid',
        path: '/data/version',
        value: '42',
      },
      {
        name: '/data/version is null, which it may not be',
        status: 'invalid',
        path: '/data/version',
        value: null,
      },
      {
        name: '/data/transactionId is missing',
        status: 'invalid',
        path: '/data/transactionId',
        remove: true,
      },
      {
        name: '/data/transactionId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/transactionId',
        value: 42,
      },
      {
        name: '/data/transactionId is null, which it may not be',
        status: 'invalid',
        path: '/data/transactionId',
        value: null,
      },
      { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
      {
        name: '/data/threadId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/threadId',
        value: 42,
      },
      {
        name: '/data/threadId is null, which it may not be',
        status: 'invalid',
        path: '/data/threadId',
        value: null,
      },
    ],
  ),
  'Microsoft.Communication.ChatThreadPropertiesUpdated': variants(makeAcsChatThreadPropertiesUpdatedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatThreadPropertiesUpdated',
    },
    {
      name: '/data/editedByCommunicationIdentifier is missing',
      status: 'invalid',
      path: '/data/editedByCommunicationIdentifier',
      remove: true,
    },
    {
      name: '/data/editedByCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/editedByCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/editedByCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/editedByCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/editedByCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/editedByCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/editTime is missing', status: 'invalid', path: '/data/editTime', remove: true },
    {
      name: '/data/editTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/editTime',
      value: 42,
    },
    {
      name: '/data/editTime is null, which it may not be',
      status: 'invalid',
      path: '/data/editTime',
      value: null,
    },
    {
      name: '/data/editTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/editTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/properties is missing', status: 'invalid', path: '/data/properties', remove: true },
    {
      name: '/data/properties is null, which it may not be',
      status: 'invalid',
      path: '/data/properties',
      value: null,
    },
    { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
    {
      name: '/data/createTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/createTime',
      value: 42,
    },
    {
      name: '/data/createTime is null, which it may not be',
      status: 'invalid',
      path: '/data/createTime',
      value: null,
    },
    {
      name: '/data/createTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/createTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': variants(
    makeAcsChatThreadPropertiesUpdatedPerUserEvent(),
    [
      { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
      { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
      { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
      { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
      { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
      { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
      { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
      {
        name: '/eventTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/eventTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data is null', status: 'invalid', path: '/data', value: null },
      {
        name: '/eventType is not a catalogued event type',
        status: 'unknown',
        path: '/eventType',
        value: 'Microsoft.Communications.ChatThreadPropertiesUpdatedPerUser',
      },
      { name: '/data/editedBy is missing', status: 'invalid', path: '/data/editedBy', remove: true },
      {
        name: '/data/editedBy has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/editedBy',
        value: 42,
      },
      {
        name: '/data/editedBy is null, which it may not be',
        status: 'invalid',
        path: '/data/editedBy',
        value: null,
      },
      {
        name: '/data/editedByCommunicationIdentifier is null, which it may not be',
        status: 'invalid',
        path: '/data/editedByCommunicationIdentifier',
        value: null,
      },
      {
        name: '/data/editedByCommunicationIdentifier/rawId is missing',
        status: 'invalid',
        path: '/data/editedByCommunicationIdentifier/rawId',
        remove: true,
      },
      {
        name: '/data/editedByCommunicationIdentifier/communicationUser/id is missing',
        status: 'invalid',
        path: '/data/editedByCommunicationIdentifier/communicationUser/id',
        remove: true,
      },
      { name: '/data/editTime is missing', status: 'invalid', path: '/data/editTime', remove: true },
      {
        name: '/data/editTime has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/editTime',
        value: 42,
      },
      {
        name: '/data/editTime is null, which it may not be',
        status: 'invalid',
        path: '/data/editTime',
        value: null,
      },
      {
        name: '/data/editTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/editTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data/properties is missing', status: 'invalid', path: '/data/properties', remove: true },
      {
        name: '/data/properties is null, which it may not be',
        status: 'invalid',
        path: '/data/properties',
        value: null,
      },
      { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
      {
        name: '/data/createTime has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/createTime',
        value: 42,
      },
      {
        name: '/data/createTime is null, which it may not be',
        status: 'invalid',
        path: '/data/createTime',
        value: null,
      },
      {
        name: '/data/createTime is not an RFC 3339 date-time',
        status: 'invalid',
        path: '/data/createTime',
        value: '2021-02-30T12:00:00Z',
      },
      { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
      {
        name: '/data/version has the wrong type (string instead of integer)',
        status: 'invalid',
        path: '/data/version',
        value: '42',
      },
      {
        name: '/data/version is null, which it may not be',
        status: 'invalid',
        path: '/data/version',
        value: null,
      },
      { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
      {
        name: '/data/recipientId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/recipientId',
        value: 42,
      },
      {
        name: '/data/recipientId is null, which it may not be',
        status: 'invalid',
        path: '/data/recipientId',
        value: null,
      },
      {
        name: '/data/recipientCommunicationIdentifier is null, which it may not be',
        status: 'invalid',
        path: '/data/recipientCommunicationIdentifier',
        value: null,
      },
      {
        name: '/data/recipientCommunicationIdentifier/rawId is missing',
        status: 'invalid',
        path: '/data/recipientCommunicationIdentifier/rawId',
        remove: true,
      },
      {
        name: '/data/recipientCommunicationIdentifier/communicationUser/id is missing',
        status: 'invalid',
        path: '/data/recipientCommunicationIdentifier/communicationUser/id',
        remove: true,
      },
      {
        name: '/data/transactionId is missing',
        status: 'invalid',
        path: '/data/transactionId',
        remove: true,
      },
      {
        name: '/data/transactionId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/transactionId',
        value: 42,
      },
      {
        name: '/data/transactionId is null, which it may not be',
        status: 'invalid',
        path: '/data/transactionId',
        value: null,
      },
      { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
      {
        name: '/data/threadId has the wrong type (number instead of string)',
        status: 'invalid',
        path: '/data/threadId',
        value: 42,
      },
      {
        name: '/data/threadId is null, which it may not be',
        status: 'invalid',
        path: '/data/threadId',
        value: null,
      },
    ],
  ),
  'Microsoft.Communication.ChatThreadWithUserDeleted': variants(makeAcsChatThreadWithUserDeletedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatThreadWithUserDeleted',
    },
    { name: '/data/deletedBy is missing', status: 'invalid', path: '/data/deletedBy', remove: true },
    {
      name: '/data/deletedBy has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/deletedBy',
      value: 42,
    },
    {
      name: '/data/deletedBy is null, which it may not be',
      status: 'invalid',
      path: '/data/deletedBy',
      value: null,
    },
    {
      name: '/data/deletedByCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/deletedByCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/deletedByCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/deletedByCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/deletedByCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/deletedByCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/deleteTime is missing', status: 'invalid', path: '/data/deleteTime', remove: true },
    {
      name: '/data/deleteTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/deleteTime',
      value: 42,
    },
    {
      name: '/data/deleteTime is null, which it may not be',
      status: 'invalid',
      path: '/data/deleteTime',
      value: null,
    },
    {
      name: '/data/deleteTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/deleteTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/createTime is missing', status: 'invalid', path: '/data/createTime', remove: true },
    {
      name: '/data/createTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/createTime',
      value: 42,
    },
    {
      name: '/data/createTime is null, which it may not be',
      status: 'invalid',
      path: '/data/createTime',
      value: null,
    },
    {
      name: '/data/createTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/createTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
    {
      name: '/data/recipientId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/recipientId',
      value: 42,
    },
    {
      name: '/data/recipientId is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientId',
      value: null,
    },
    {
      name: '/data/recipientCommunicationIdentifier is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier',
      value: null,
    },
    {
      name: '/data/recipientCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/recipientCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
    {
      name: '/data/threadId is null, which it may not be',
      status: 'invalid',
      path: '/data/threadId',
      value: null,
    },
  ]),
  'Microsoft.Communication.InstantMessageDeleted': variants(makeAcsInstantMessageDeletedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.InstantMessageDeleted',
    },
    { name: '/data/messageBody is missing', status: 'invalid', path: '/data/messageBody', remove: true },
    {
      name: '/data/messageBody has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageBody',
      value: 42,
    },
    {
      name: '/data/messageBody is null, which it may not be',
      status: 'invalid',
      path: '/data/messageBody',
      value: null,
    },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/version',
      value: 42,
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    { name: '/data/composeTime is missing', status: 'invalid', path: '/data/composeTime', remove: true },
    {
      name: '/data/composeTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/composeTime',
      value: 42,
    },
    {
      name: '/data/composeTime is null, which it may not be',
      status: 'invalid',
      path: '/data/composeTime',
      value: null,
    },
    {
      name: '/data/composeTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/composeTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/deleteTime is missing', status: 'invalid', path: '/data/deleteTime', remove: true },
    {
      name: '/data/deleteTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/deleteTime',
      value: 42,
    },
    {
      name: '/data/deleteTime is null, which it may not be',
      status: 'invalid',
      path: '/data/deleteTime',
      value: null,
    },
    {
      name: '/data/deleteTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/deleteTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/senderId is missing', status: 'invalid', path: '/data/senderId', remove: true },
    {
      name: '/data/senderId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderId',
      value: 42,
    },
    {
      name: '/data/senderId is null, which it may not be',
      status: 'invalid',
      path: '/data/senderId',
      value: null,
    },
    {
      name: '/data/senderDisplayName is missing',
      status: 'invalid',
      path: '/data/senderDisplayName',
      remove: true,
    },
    {
      name: '/data/senderDisplayName has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: 42,
    },
    {
      name: '/data/senderDisplayName is null, which it may not be',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: null,
    },
    { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
    {
      name: '/data/recipientId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/recipientId',
      value: 42,
    },
    {
      name: '/data/recipientId is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientId',
      value: null,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/groupId is missing', status: 'invalid', path: '/data/groupId', remove: true },
    {
      name: '/data/groupId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/groupId',
      value: 42,
    },
    {
      name: '/data/groupId is null, which it may not be',
      status: 'invalid',
      path: '/data/groupId',
      value: null,
    },
    { name: '/data/collapseId is missing', status: 'invalid', path: '/data/collapseId', remove: true },
    {
      name: '/data/collapseId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/collapseId',
      value: 42,
    },
    {
      name: '/data/collapseId is null, which it may not be',
      status: 'invalid',
      path: '/data/collapseId',
      value: null,
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    {
      name: '/data/messageId is null, which it may not be',
      status: 'invalid',
      path: '/data/messageId',
      value: null,
    },
    { name: '/data/messageType is missing', status: 'invalid', path: '/data/messageType', remove: true },
    {
      name: '/data/messageType has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageType',
      value: 42,
    },
    {
      name: '/data/messageType is null, which it may not be',
      status: 'invalid',
      path: '/data/messageType',
      value: null,
    },
  ]),
  'Microsoft.Communication.InstantMessageEdited': variants(makeAcsInstantMessageEditedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.InstantMessageEdited',
    },
    { name: '/data/messageBody is missing', status: 'invalid', path: '/data/messageBody', remove: true },
    {
      name: '/data/messageBody has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageBody',
      value: 42,
    },
    {
      name: '/data/messageBody is null, which it may not be',
      status: 'invalid',
      path: '/data/messageBody',
      value: null,
    },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/version',
      value: 42,
    },
    {
      name: '/data/version is null, which it may not be',
      status: 'invalid',
      path: '/data/version',
      value: null,
    },
    { name: '/data/composeTime is missing', status: 'invalid', path: '/data/composeTime', remove: true },
    {
      name: '/data/composeTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/composeTime',
      value: 42,
    },
    {
      name: '/data/composeTime is null, which it may not be',
      status: 'invalid',
      path: '/data/composeTime',
      value: null,
    },
    {
      name: '/data/composeTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/composeTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/editTime is missing', status: 'invalid', path: '/data/editTime', remove: true },
    {
      name: '/data/editTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/editTime',
      value: 42,
    },
    {
      name: '/data/editTime is null, which it may not be',
      status: 'invalid',
      path: '/data/editTime',
      value: null,
    },
    {
      name: '/data/editTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/editTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/senderId is missing', status: 'invalid', path: '/data/senderId', remove: true },
    {
      name: '/data/senderId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderId',
      value: 42,
    },
    {
      name: '/data/senderId is null, which it may not be',
      status: 'invalid',
      path: '/data/senderId',
      value: null,
    },
    {
      name: '/data/senderDisplayName is missing',
      status: 'invalid',
      path: '/data/senderDisplayName',
      remove: true,
    },
    {
      name: '/data/senderDisplayName has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: 42,
    },
    {
      name: '/data/senderDisplayName is null, which it may not be',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: null,
    },
    { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
    {
      name: '/data/recipientId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/recipientId',
      value: 42,
    },
    {
      name: '/data/recipientId is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientId',
      value: null,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/groupId is missing', status: 'invalid', path: '/data/groupId', remove: true },
    {
      name: '/data/groupId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/groupId',
      value: 42,
    },
    {
      name: '/data/groupId is null, which it may not be',
      status: 'invalid',
      path: '/data/groupId',
      value: null,
    },
    { name: '/data/collapseId is missing', status: 'invalid', path: '/data/collapseId', remove: true },
    {
      name: '/data/collapseId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/collapseId',
      value: 42,
    },
    {
      name: '/data/collapseId is null, which it may not be',
      status: 'invalid',
      path: '/data/collapseId',
      value: null,
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    {
      name: '/data/messageId is null, which it may not be',
      status: 'invalid',
      path: '/data/messageId',
      value: null,
    },
    { name: '/data/messageType is missing', status: 'invalid', path: '/data/messageType', remove: true },
    {
      name: '/data/messageType has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageType',
      value: 42,
    },
    {
      name: '/data/messageType is null, which it may not be',
      status: 'invalid',
      path: '/data/messageType',
      value: null,
    },
  ]),
  'Microsoft.Communication.InstantMessageReceived': variants(makeAcsInstantMessageReceivedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.InstantMessageReceived',
    },
    { name: '/data/messageBody is missing', status: 'invalid', path: '/data/messageBody', remove: true },
    {
      name: '/data/messageBody has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageBody',
      value: 42,
    },
    {
      name: '/data/messageBody is null, which it may not be',
      status: 'invalid',
      path: '/data/messageBody',
      value: null,
    },
    { name: '/data/senderId is missing', status: 'invalid', path: '/data/senderId', remove: true },
    {
      name: '/data/senderId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderId',
      value: 42,
    },
    {
      name: '/data/senderId is null, which it may not be',
      status: 'invalid',
      path: '/data/senderId',
      value: null,
    },
    {
      name: '/data/senderDisplayName is missing',
      status: 'invalid',
      path: '/data/senderDisplayName',
      remove: true,
    },
    {
      name: '/data/senderDisplayName has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: 42,
    },
    {
      name: '/data/senderDisplayName is null, which it may not be',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: null,
    },
    { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
    {
      name: '/data/recipientId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/recipientId',
      value: 42,
    },
    {
      name: '/data/recipientId is null, which it may not be',
      status: 'invalid',
      path: '/data/recipientId',
      value: null,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    {
      name: '/data/transactionId is null, which it may not be',
      status: 'invalid',
      path: '/data/transactionId',
      value: null,
    },
    { name: '/data/groupId is missing', status: 'invalid', path: '/data/groupId', remove: true },
    {
      name: '/data/groupId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/groupId',
      value: 42,
    },
    {
      name: '/data/groupId is null, which it may not be',
      status: 'invalid',
      path: '/data/groupId',
      value: null,
    },
    { name: '/data/collapseId is missing', status: 'invalid', path: '/data/collapseId', remove: true },
    {
      name: '/data/collapseId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/collapseId',
      value: 42,
    },
    {
      name: '/data/collapseId is null, which it may not be',
      status: 'invalid',
      path: '/data/collapseId',
      value: null,
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    {
      name: '/data/messageId is null, which it may not be',
      status: 'invalid',
      path: '/data/messageId',
      value: null,
    },
    { name: '/data/messageType is missing', status: 'invalid', path: '/data/messageType', remove: true },
    {
      name: '/data/messageType has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageType',
      value: 42,
    },
    {
      name: '/data/messageType is null, which it may not be',
      status: 'invalid',
      path: '/data/messageType',
      value: null,
    },
  ]),
  'Microsoft.Communication.SMSDeliveryReportReceived': variants(makeAcsSmsDeliveryReportReceivedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.SMSDeliveryReportReceived',
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    {
      name: '/data/messageId is null, which it may not be',
      status: 'invalid',
      path: '/data/messageId',
      value: null,
    },
    { name: '/data/from is missing', status: 'invalid', path: '/data/from', remove: true },
    {
      name: '/data/from has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/from',
      value: 42,
    },
    { name: '/data/from is null, which it may not be', status: 'invalid', path: '/data/from', value: null },
    { name: '/data/to is missing', status: 'invalid', path: '/data/to', remove: true },
    {
      name: '/data/to has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/to',
      value: 42,
    },
    { name: '/data/to is null, which it may not be', status: 'invalid', path: '/data/to', value: null },
    {
      name: '/data/deliveryStatus is missing',
      status: 'invalid',
      path: '/data/deliveryStatus',
      remove: true,
    },
    {
      name: '/data/deliveryStatus has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/deliveryStatus',
      value: 42,
    },
    {
      name: '/data/deliveryStatus is null, which it may not be',
      status: 'invalid',
      path: '/data/deliveryStatus',
      value: null,
    },
    {
      name: '/data/deliveryStatusDetails is missing',
      status: 'invalid',
      path: '/data/deliveryStatusDetails',
      remove: true,
    },
    {
      name: '/data/deliveryStatusDetails has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/deliveryStatusDetails',
      value: 42,
    },
    {
      name: '/data/deliveryStatusDetails is null, which it may not be',
      status: 'invalid',
      path: '/data/deliveryStatusDetails',
      value: null,
    },
    {
      name: '/data/deliveryAttempts is missing',
      status: 'invalid',
      path: '/data/deliveryAttempts',
      remove: true,
    },
    {
      name: '/data/deliveryAttempts is null, which it may not be',
      status: 'invalid',
      path: '/data/deliveryAttempts',
      value: null,
    },
    {
      name: '/data/deliveryAttempts/0/timestamp is missing',
      status: 'invalid',
      path: '/data/deliveryAttempts/0/timestamp',
      remove: true,
    },
    {
      name: '/data/deliveryAttempts/0/timestamp is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/deliveryAttempts/0/timestamp',
      value: '2021-02-30T12:00:00Z',
    },
    {
      name: '/data/deliveryAttempts/0/segmentsSucceeded is missing',
      status: 'invalid',
      path: '/data/deliveryAttempts/0/segmentsSucceeded',
      remove: true,
    },
    {
      name: '/data/deliveryAttempts/0/segmentsFailed is missing',
      status: 'invalid',
      path: '/data/deliveryAttempts/0/segmentsFailed',
      remove: true,
    },
    {
      name: '/data/receivedTimestamp has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/receivedTimestamp',
      value: 42,
    },
    {
      name: '/data/receivedTimestamp is null, which it may not be',
      status: 'invalid',
      path: '/data/receivedTimestamp',
      value: null,
    },
    {
      name: '/data/receivedTimestamp is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/receivedTimestamp',
      value: '2021-02-30T12:00:00Z',
    },
  ]),
  'Microsoft.Communication.SMSReceived': variants(makeAcsSmsReceivedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.SMSReceived',
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    {
      name: '/data/messageId is null, which it may not be',
      status: 'invalid',
      path: '/data/messageId',
      value: null,
    },
    { name: '/data/from is missing', status: 'invalid', path: '/data/from', remove: true },
    {
      name: '/data/from has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/from',
      value: 42,
    },
    { name: '/data/from is null, which it may not be', status: 'invalid', path: '/data/from', value: null },
    { name: '/data/to is missing', status: 'invalid', path: '/data/to', remove: true },
    {
      name: '/data/to has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/to',
      value: 42,
    },
    { name: '/data/to is null, which it may not be', status: 'invalid', path: '/data/to', value: null },
    { name: '/data/message is missing', status: 'invalid', path: '/data/message', remove: true },
    {
      name: '/data/message has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/message',
      value: 42,
    },
    {
      name: '/data/message is null, which it may not be',
      status: 'invalid',
      path: '/data/message',
      value: null,
    },
    {
      name: '/data/receivedTimestamp is missing',
      status: 'invalid',
      path: '/data/receivedTimestamp',
      remove: true,
    },
    {
      name: '/data/receivedTimestamp has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/receivedTimestamp',
      value: 42,
    },
    {
      name: '/data/receivedTimestamp is null, which it may not be',
      status: 'invalid',
      path: '/data/receivedTimestamp',
      value: null,
    },
    {
      name: '/data/receivedTimestamp is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/receivedTimestamp',
      value: '2021-02-30T12:00:00Z',
    },
  ]),
});
