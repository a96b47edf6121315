// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type {
  AcsChatMessageReceivedCloudEvent,
  AcsChatMessageReceivedEvent,
  AcsCloudEvent,
  AcsEvent,
  AcsEventDataMap,
  AcsEventType,
  AcsInstantMessageReceivedCloudEvent,
  AcsInstantMessageReceivedEvent,
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
  'Microsoft.Communication.InstantMessageReceived': {
    type: 'Microsoft.Communication.InstantMessageReceived',
    dataVersion: '1.0',
    data: (draw) => ({
      messageBody: draw.sentence(),
      senderId: draw.rawId('sender'),
      senderDisplayName: draw.displayName('sender'),
      recipientId: draw.rawId('recipient'),
      transactionId: draw.transactionId(),
      groupId: draw.entityId('group'),
      collapseId: draw.entityId('collapse'),
      messageId: draw.guid(),
      messageType: 'Text',
    }),
    subject: () => 'IM Event Test',
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

/** A valid, realistic `Microsoft.Communication.ChatMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatMessageReceivedEvent(
  overrides?: DeepPartial<AcsChatMessageReceivedEvent>,
  options?: FactoryOptions,
): AcsChatMessageReceivedEvent {
  return buildEvent(recipes['Microsoft.Communication.ChatMessageReceived'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.InstantMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export function makeAcsInstantMessageReceivedEvent(
  overrides?: DeepPartial<AcsInstantMessageReceivedEvent>,
  options?: FactoryOptions,
): AcsInstantMessageReceivedEvent {
  return buildEvent(recipes['Microsoft.Communication.InstantMessageReceived'], overrides, options);
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
  'Microsoft.Communication.ChatMessageReceived': makeAcsChatMessageReceivedEvent,
  'Microsoft.Communication.InstantMessageReceived': makeAcsInstantMessageReceivedEvent,
  'Microsoft.Communication.SMSReceived': makeAcsSmsReceivedEvent,
};

// ── Docs samples ─────────────────────────────────────────────────────────────────────────────

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
    readonly 'Microsoft.Communication.ChatMessageReceived': {
      readonly '2020-09': typeof chatMessageReceived_2020_09;
      readonly '2021-02': typeof chatMessageReceived_2021_02;
      readonly '2021-10': typeof chatMessageReceived_2021_10;
    };
    readonly 'Microsoft.Communication.InstantMessageReceived': {
      readonly '2020-03': typeof instantMessageReceived_2020_03;
    };
    readonly 'Microsoft.Communication.SMSReceived': {
      readonly '2020-03': typeof smsReceived_2020_03;
      readonly '2020-09': typeof smsReceived_2020_09;
      readonly '2021-02': typeof smsReceived_2021_02;
    };
  };
  readonly cloudEvents: {
    readonly 'Microsoft.Communication.ChatMessageReceived': {
      readonly '2020-09': typeof chatMessageReceivedCloudEvent_2020_09;
      readonly '2021-02': typeof chatMessageReceivedCloudEvent_2021_02;
      readonly '2021-10': typeof chatMessageReceivedCloudEvent_2021_10;
    };
    readonly 'Microsoft.Communication.InstantMessageReceived': {
      readonly '2020-03': typeof instantMessageReceivedCloudEvent_2020_03;
    };
    readonly 'Microsoft.Communication.SMSReceived': {
      readonly '2020-03': typeof smsReceivedCloudEvent_2020_03;
      readonly '2020-09': typeof smsReceivedCloudEvent_2020_09;
      readonly '2021-02': typeof smsReceivedCloudEvent_2021_02;
    };
  };
} = frozen({
  eventGrid: {
    'Microsoft.Communication.ChatMessageReceived': {
      '2020-09': chatMessageReceived_2020_09,
      '2021-02': chatMessageReceived_2021_02,
      '2021-10': chatMessageReceived_2021_10,
    },
    'Microsoft.Communication.InstantMessageReceived': { '2020-03': instantMessageReceived_2020_03 },
    'Microsoft.Communication.SMSReceived': {
      '2020-03': smsReceived_2020_03,
      '2020-09': smsReceived_2020_09,
      '2021-02': smsReceived_2021_02,
    },
  },
  cloudEvents: {
    'Microsoft.Communication.ChatMessageReceived': {
      '2020-09': chatMessageReceivedCloudEvent_2020_09,
      '2021-02': chatMessageReceivedCloudEvent_2021_02,
      '2021-10': chatMessageReceivedCloudEvent_2021_10,
    },
    'Microsoft.Communication.InstantMessageReceived': { '2020-03': instantMessageReceivedCloudEvent_2020_03 },
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
      name: '/data/metadata has the wrong type (string instead of object)',
      status: 'invalid',
      path: '/data/metadata',
      value: 'object',
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
      name: '/data/senderCommunicationIdentifier has the wrong type (string instead of object)',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier',
      value: 'object',
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
      value: 'forty-two',
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
      name: '/data/recipientCommunicationIdentifier has the wrong type (string instead of object)',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier',
      value: 'object',
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
