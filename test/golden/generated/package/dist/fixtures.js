// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { formatSubject } from "./subjects.js";
import { toCloudEvent } from "./support/envelopes.js";
import {
  buildEvent,
  digits,
  subjectSource,
  variants
} from "./support/fixture-building.js";
import { frozen } from "./support/plain-data.js";
import {
  DEFAULT_SEED
} from "./support/fixture-building.js";
function makeCloudEvent(event, options) {
  return toCloudEvent(event, options);
}
const recipes = {
  "Microsoft.Communication.ChatMessageReceived": {
    type: "Microsoft.Communication.ChatMessageReceived",
    dataVersion: "1.0",
    data: (draw) => ({
      messageBody: draw.sentence(),
      messageId: String(draw.ms("compose")),
      metadata: { [draw.mapKey()]: draw.word() },
      senderId: draw.rawId("sender"),
      senderCommunicationIdentifier: {
        rawId: draw.rawId("sender"),
        communicationUser: { id: draw.rawId("sender") }
      },
      senderDisplayName: draw.displayName("sender"),
      composeTime: draw.time("compose"),
      type: "Text",
      version: draw.version("compose"),
      recipientId: draw.rawId("recipient"),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId("recipient"),
        communicationUser: { id: draw.rawId("recipient") }
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatMessageReceived", {
      threadId: subjectSource(data, "/threadId"),
      senderId: subjectSource(data, "/senderId"),
      recipientId: subjectSource(data, "/recipientId")
    })
  },
  "Microsoft.Communication.InstantMessageReceived": {
    type: "Microsoft.Communication.InstantMessageReceived",
    dataVersion: "1.0",
    data: (draw) => ({
      messageBody: draw.sentence(),
      senderId: draw.rawId("sender"),
      senderDisplayName: draw.displayName("sender"),
      recipientId: draw.rawId("recipient"),
      transactionId: draw.transactionId(),
      groupId: draw.entityId("group"),
      collapseId: draw.entityId("collapse"),
      messageId: draw.guid(),
      messageType: "Text"
    }),
    subject: () => "IM Event Test"
  },
  "Microsoft.Communication.SMSReceived": {
    type: "Microsoft.Communication.SMSReceived",
    dataVersion: "1.0",
    data: (draw) => ({
      messageId: draw.guid(),
      from: draw.phone("from"),
      to: draw.phone("to"),
      message: draw.sentence(),
      receivedTimestamp: draw.time("change")
    }),
    subject: (data) => formatSubject("Microsoft.Communication.SMSReceived", {
      phoneNumber: digits(subjectSource(data, "/to"))
    })
  }
};
function makeAcsChatMessageReceivedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatMessageReceived"], overrides, options);
}
function makeAcsInstantMessageReceivedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.InstantMessageReceived"], overrides, options);
}
function makeAcsSmsReceivedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.SMSReceived"], overrides, options);
}
const factories = {
  "Microsoft.Communication.ChatMessageReceived": makeAcsChatMessageReceivedEvent,
  "Microsoft.Communication.InstantMessageReceived": makeAcsInstantMessageReceivedEvent,
  "Microsoft.Communication.SMSReceived": makeAcsSmsReceivedEvent
};
const chatMessageReceived_2020_09 = frozen({
  id: "c13afb5f-d975-4296-a8ef-348c8fc496ee",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}/recipient/{rawId}",
  data: {
    messageBody: "Welcome to Azure Communication Services",
    messageId: "1600389507167",
    senderId: "8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e0d-e5aa-0e04-343a0d00037c",
    senderDisplayName: "John",
    composeTime: "2020-09-18T00:38:27.167Z",
    type: "Text",
    version: 1600389507167,
    recipientId: "8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e1a-3090-6a0b-343a0d000409",
    transactionId: "WGW1YmwRzkupk0UI0QA9ZA.1.1.1.1.1797783722.1.9",
    threadId: "19:46df844a4c064bfaa2b3b30e385d1018@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:38:28.0946757Z"
});
const chatMessageReceivedCloudEvent_2020_09 = frozen(
  toCloudEvent(chatMessageReceived_2020_09)
);
const chatMessageReceived_2021_02 = frozen({
  id: "02272459-badb-4e2e-b538-4cb8a2f71da6",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}/recipient/{rawId}",
  data: {
    messageBody: "Welcome to Azure Communication Services",
    messageId: "1613694358927",
    senderId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724"
      }
    },
    senderDisplayName: "John",
    composeTime: "2021-02-19T00:25:58.927Z",
    type: "Text",
    version: 1613694358927,
    recipientId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d"
      }
    },
    transactionId: "oh+LGB2dUUadMcTAdRWQxQ.1.1.1.1.1827536918.1.7",
    threadId: "19:6e5d6ca1d75044a49a36a7965ec4a906@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-19T00:25:59.9436666Z"
});
const chatMessageReceivedCloudEvent_2021_02 = frozen(
  toCloudEvent(chatMessageReceived_2021_02)
);
const chatMessageReceived_2021_10 = frozen({
  id: "02272459-badb-4e2e-b538-4cb8a2f71da6",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}/recipient/{rawId}",
  data: {
    messageBody: "Welcome to Azure Communication Services",
    messageId: "1613694358927",
    metadata: {
      key: "value",
      description: "A map of data associated with the message"
    },
    senderId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724"
      }
    },
    senderDisplayName: "Bob(Admin)",
    composeTime: "2021-02-19T00:25:58.927Z",
    type: "Text",
    version: 1613694358927,
    recipientId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d"
      }
    },
    transactionId: "oh+LGB2dUUadMcTAdRWQxQ.1.1.1.1.1827536918.1.7",
    threadId: "19:6e5d6ca1d75044a49a36a7965ec4a906@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-19T00:25:59.9436666Z"
});
const chatMessageReceivedCloudEvent_2021_10 = frozen(
  toCloudEvent(chatMessageReceived_2021_10)
);
const instantMessageReceived_2020_03 = frozen({
  id: "c89b02d1-f78d-430d-8db2-8e4de1876d4c",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}",
  subject: "IM Event Test",
  data: {
    messageBody: "Instant Message Received",
    senderId: "testSenderId",
    senderDisplayName: "TestClient",
    recipientId: "testRecipientId",
    transactionId: "transaction id",
    groupId: "test group",
    collapseId: "collapseId",
    messageId: "08ecddc3-d441-4fec-a347-24780cc731e1",
    messageType: "MIME"
  },
  eventType: "Microsoft.Communication.InstantMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-07-16T22:10:43.09717Z"
});
const instantMessageReceivedCloudEvent_2020_03 = frozen(toCloudEvent(instantMessageReceived_2020_03));
const smsReceived_2020_03 = frozen({
  id: "6a49a9bf-418f-44b6-81e7-e503686b4a74",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}",
  subject: "SMS Event Test",
  data: {
    from: "+19991234567",
    to: "+14259991234",
    messageId: "917c9ec0-a50a-4515-a626-16825d8318e1",
    message: "SMS Message",
    receivedTimestamp: "2020-07-16T22:10:00.048727Z"
  },
  eventType: "Microsoft.Communication.SMSReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-07-16T22:10:00.0490828Z"
});
const smsReceivedCloudEvent_2020_03 = frozen(
  toCloudEvent(smsReceived_2020_03)
);
const smsReceived_2020_09 = frozen({
  id: "Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "/phonenumber/15555555555",
  data: {
    messageId: "Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e",
    from: "+15555555555",
    to: "+15555555555",
    message: "Great to connect with ACS events ",
    receivedTimestamp: "2020-09-18T00:27:45.32Z"
  },
  eventType: "Microsoft.Communication.SMSReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:27:47Z"
});
const smsReceivedCloudEvent_2020_09 = frozen(
  toCloudEvent(smsReceived_2020_09)
);
const smsReceived_2021_02 = frozen({
  id: "Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "/phonenumber/15555555555",
  data: {
    messageId: "Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e",
    from: "+15555555555",
    to: "+15555555555",
    message: "Great to connect with ACS events ",
    receivedTimestamp: "2020-09-18T00:27:45.32Z"
  },
  eventType: "Microsoft.Communication.SMSReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:27:47Z"
});
const smsReceivedCloudEvent_2021_02 = frozen(
  toCloudEvent(smsReceived_2021_02)
);
const fixtures = frozen({
  eventGrid: {
    "Microsoft.Communication.ChatMessageReceived": {
      "2020-09": chatMessageReceived_2020_09,
      "2021-02": chatMessageReceived_2021_02,
      "2021-10": chatMessageReceived_2021_10
    },
    "Microsoft.Communication.InstantMessageReceived": { "2020-03": instantMessageReceived_2020_03 },
    "Microsoft.Communication.SMSReceived": {
      "2020-03": smsReceived_2020_03,
      "2020-09": smsReceived_2020_09,
      "2021-02": smsReceived_2021_02
    }
  },
  cloudEvents: {
    "Microsoft.Communication.ChatMessageReceived": {
      "2020-09": chatMessageReceivedCloudEvent_2020_09,
      "2021-02": chatMessageReceivedCloudEvent_2021_02,
      "2021-10": chatMessageReceivedCloudEvent_2021_10
    },
    "Microsoft.Communication.InstantMessageReceived": { "2020-03": instantMessageReceivedCloudEvent_2020_03 },
    "Microsoft.Communication.SMSReceived": {
      "2020-03": smsReceivedCloudEvent_2020_03,
      "2020-09": smsReceivedCloudEvent_2020_09,
      "2021-02": smsReceivedCloudEvent_2021_02
    }
  }
});
const fixtureList = frozen(
  Object.entries(fixtures.eventGrid).flatMap(
    ([eventType, byVersion]) => Object.entries(byVersion).map(([docsVersion, eventGrid]) => ({
      eventType,
      docsVersion,
      eventGrid,
      cloudEvent: fixtures.cloudEvents[eventType][docsVersion]
    }))
  )
);
const invalidVariants = frozen({
  "Microsoft.Communication.ChatMessageReceived": variants(makeAcsChatMessageReceivedEvent(), [
    { name: "/id is missing", status: "invalid", path: "/id", remove: true },
    { name: "/subject is missing", status: "invalid", path: "/subject", remove: true },
    { name: "/eventType is missing", status: "invalid", path: "/eventType", remove: true },
    { name: "/eventTime is missing", status: "invalid", path: "/eventTime", remove: true },
    { name: "/data is missing", status: "invalid", path: "/data", remove: true },
    { name: "/dataVersion is missing", status: "invalid", path: "/dataVersion", remove: true },
    { name: "/topic is not a string", status: "invalid", path: "/topic", value: 42 },
    {
      name: "/eventTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/eventTime",
      value: "2021-02-30T12:00:00Z"
    },
    { name: "/data is null", status: "invalid", path: "/data", value: null },
    {
      name: "/eventType is not a catalogued event type",
      status: "unknown",
      path: "/eventType",
      value: "Microsoft.Communications.ChatMessageReceived"
    },
    { name: "/data/messageBody is missing", status: "invalid", path: "/data/messageBody", remove: true },
    {
      name: "/data/messageBody has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/messageBody",
      value: 42
    },
    {
      name: "/data/messageBody is null, which it may not be",
      status: "invalid",
      path: "/data/messageBody",
      value: null
    },
    { name: "/data/messageId is missing", status: "invalid", path: "/data/messageId", remove: true },
    {
      name: "/data/messageId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/messageId",
      value: 42
    },
    {
      name: "/data/messageId is null, which it may not be",
      status: "invalid",
      path: "/data/messageId",
      value: null
    },
    {
      name: "/data/metadata has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/metadata",
      value: "object"
    },
    {
      name: "/data/metadata is null, which it may not be",
      status: "invalid",
      path: "/data/metadata",
      value: null
    },
    { name: "/data/senderId is missing", status: "invalid", path: "/data/senderId", remove: true },
    {
      name: "/data/senderId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/senderId",
      value: 42
    },
    {
      name: "/data/senderId is null, which it may not be",
      status: "invalid",
      path: "/data/senderId",
      value: null
    },
    {
      name: "/data/senderCommunicationIdentifier has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/senderCommunicationIdentifier",
      value: "object"
    },
    {
      name: "/data/senderCommunicationIdentifier is null, which it may not be",
      status: "invalid",
      path: "/data/senderCommunicationIdentifier",
      value: null
    },
    {
      name: "/data/senderCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/senderCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/senderCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/senderCommunicationIdentifier/communicationUser/id",
      remove: true
    },
    {
      name: "/data/senderDisplayName is missing",
      status: "invalid",
      path: "/data/senderDisplayName",
      remove: true
    },
    {
      name: "/data/senderDisplayName has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/senderDisplayName",
      value: 42
    },
    {
      name: "/data/senderDisplayName is null, which it may not be",
      status: "invalid",
      path: "/data/senderDisplayName",
      value: null
    },
    { name: "/data/composeTime is missing", status: "invalid", path: "/data/composeTime", remove: true },
    {
      name: "/data/composeTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/composeTime",
      value: 42
    },
    {
      name: "/data/composeTime is null, which it may not be",
      status: "invalid",
      path: "/data/composeTime",
      value: null
    },
    {
      name: "/data/composeTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/composeTime",
      value: "2021-02-30T12:00:00Z"
    },
    { name: "/data/type is missing", status: "invalid", path: "/data/type", remove: true },
    {
      name: "/data/type has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/type",
      value: 42
    },
    { name: "/data/type is null, which it may not be", status: "invalid", path: "/data/type", value: null },
    { name: "/data/version is missing", status: "invalid", path: "/data/version", remove: true },
    {
      name: "/data/version has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/version",
      value: "forty-two"
    },
    {
      name: "/data/version is null, which it may not be",
      status: "invalid",
      path: "/data/version",
      value: null
    },
    { name: "/data/recipientId is missing", status: "invalid", path: "/data/recipientId", remove: true },
    {
      name: "/data/recipientId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/recipientId",
      value: 42
    },
    {
      name: "/data/recipientId is null, which it may not be",
      status: "invalid",
      path: "/data/recipientId",
      value: null
    },
    {
      name: "/data/recipientCommunicationIdentifier has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/recipientCommunicationIdentifier",
      value: "object"
    },
    {
      name: "/data/recipientCommunicationIdentifier is null, which it may not be",
      status: "invalid",
      path: "/data/recipientCommunicationIdentifier",
      value: null
    },
    {
      name: "/data/recipientCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/recipientCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/recipientCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/recipientCommunicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/transactionId is missing", status: "invalid", path: "/data/transactionId", remove: true },
    {
      name: "/data/transactionId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/transactionId",
      value: 42
    },
    {
      name: "/data/transactionId is null, which it may not be",
      status: "invalid",
      path: "/data/transactionId",
      value: null
    },
    { name: "/data/threadId is missing", status: "invalid", path: "/data/threadId", remove: true },
    {
      name: "/data/threadId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/threadId",
      value: 42
    },
    {
      name: "/data/threadId is null, which it may not be",
      status: "invalid",
      path: "/data/threadId",
      value: null
    }
  ]),
  "Microsoft.Communication.InstantMessageReceived": variants(makeAcsInstantMessageReceivedEvent(), [
    { name: "/id is missing", status: "invalid", path: "/id", remove: true },
    { name: "/subject is missing", status: "invalid", path: "/subject", remove: true },
    { name: "/eventType is missing", status: "invalid", path: "/eventType", remove: true },
    { name: "/eventTime is missing", status: "invalid", path: "/eventTime", remove: true },
    { name: "/data is missing", status: "invalid", path: "/data", remove: true },
    { name: "/dataVersion is missing", status: "invalid", path: "/dataVersion", remove: true },
    { name: "/topic is not a string", status: "invalid", path: "/topic", value: 42 },
    {
      name: "/eventTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/eventTime",
      value: "2021-02-30T12:00:00Z"
    },
    { name: "/data is null", status: "invalid", path: "/data", value: null },
    {
      name: "/eventType is not a catalogued event type",
      status: "unknown",
      path: "/eventType",
      value: "Microsoft.Communications.InstantMessageReceived"
    },
    { name: "/data/messageBody is missing", status: "invalid", path: "/data/messageBody", remove: true },
    {
      name: "/data/messageBody has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/messageBody",
      value: 42
    },
    {
      name: "/data/messageBody is null, which it may not be",
      status: "invalid",
      path: "/data/messageBody",
      value: null
    },
    { name: "/data/senderId is missing", status: "invalid", path: "/data/senderId", remove: true },
    {
      name: "/data/senderId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/senderId",
      value: 42
    },
    {
      name: "/data/senderId is null, which it may not be",
      status: "invalid",
      path: "/data/senderId",
      value: null
    },
    {
      name: "/data/senderDisplayName is missing",
      status: "invalid",
      path: "/data/senderDisplayName",
      remove: true
    },
    {
      name: "/data/senderDisplayName has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/senderDisplayName",
      value: 42
    },
    {
      name: "/data/senderDisplayName is null, which it may not be",
      status: "invalid",
      path: "/data/senderDisplayName",
      value: null
    },
    { name: "/data/recipientId is missing", status: "invalid", path: "/data/recipientId", remove: true },
    {
      name: "/data/recipientId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/recipientId",
      value: 42
    },
    {
      name: "/data/recipientId is null, which it may not be",
      status: "invalid",
      path: "/data/recipientId",
      value: null
    },
    { name: "/data/transactionId is missing", status: "invalid", path: "/data/transactionId", remove: true },
    {
      name: "/data/transactionId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/transactionId",
      value: 42
    },
    {
      name: "/data/transactionId is null, which it may not be",
      status: "invalid",
      path: "/data/transactionId",
      value: null
    },
    { name: "/data/groupId is missing", status: "invalid", path: "/data/groupId", remove: true },
    {
      name: "/data/groupId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/groupId",
      value: 42
    },
    {
      name: "/data/groupId is null, which it may not be",
      status: "invalid",
      path: "/data/groupId",
      value: null
    },
    { name: "/data/collapseId is missing", status: "invalid", path: "/data/collapseId", remove: true },
    {
      name: "/data/collapseId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/collapseId",
      value: 42
    },
    {
      name: "/data/collapseId is null, which it may not be",
      status: "invalid",
      path: "/data/collapseId",
      value: null
    },
    { name: "/data/messageId is missing", status: "invalid", path: "/data/messageId", remove: true },
    {
      name: "/data/messageId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/messageId",
      value: 42
    },
    {
      name: "/data/messageId is null, which it may not be",
      status: "invalid",
      path: "/data/messageId",
      value: null
    },
    { name: "/data/messageType is missing", status: "invalid", path: "/data/messageType", remove: true },
    {
      name: "/data/messageType has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/messageType",
      value: 42
    },
    {
      name: "/data/messageType is null, which it may not be",
      status: "invalid",
      path: "/data/messageType",
      value: null
    }
  ]),
  "Microsoft.Communication.SMSReceived": variants(makeAcsSmsReceivedEvent(), [
    { name: "/id is missing", status: "invalid", path: "/id", remove: true },
    { name: "/subject is missing", status: "invalid", path: "/subject", remove: true },
    { name: "/eventType is missing", status: "invalid", path: "/eventType", remove: true },
    { name: "/eventTime is missing", status: "invalid", path: "/eventTime", remove: true },
    { name: "/data is missing", status: "invalid", path: "/data", remove: true },
    { name: "/dataVersion is missing", status: "invalid", path: "/dataVersion", remove: true },
    { name: "/topic is not a string", status: "invalid", path: "/topic", value: 42 },
    {
      name: "/eventTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/eventTime",
      value: "2021-02-30T12:00:00Z"
    },
    { name: "/data is null", status: "invalid", path: "/data", value: null },
    {
      name: "/eventType is not a catalogued event type",
      status: "unknown",
      path: "/eventType",
      value: "Microsoft.Communications.SMSReceived"
    },
    { name: "/data/messageId is missing", status: "invalid", path: "/data/messageId", remove: true },
    {
      name: "/data/messageId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/messageId",
      value: 42
    },
    {
      name: "/data/messageId is null, which it may not be",
      status: "invalid",
      path: "/data/messageId",
      value: null
    },
    { name: "/data/from is missing", status: "invalid", path: "/data/from", remove: true },
    {
      name: "/data/from has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/from",
      value: 42
    },
    { name: "/data/from is null, which it may not be", status: "invalid", path: "/data/from", value: null },
    { name: "/data/to is missing", status: "invalid", path: "/data/to", remove: true },
    {
      name: "/data/to has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/to",
      value: 42
    },
    { name: "/data/to is null, which it may not be", status: "invalid", path: "/data/to", value: null },
    { name: "/data/message is missing", status: "invalid", path: "/data/message", remove: true },
    {
      name: "/data/message has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/message",
      value: 42
    },
    {
      name: "/data/message is null, which it may not be",
      status: "invalid",
      path: "/data/message",
      value: null
    },
    {
      name: "/data/receivedTimestamp is missing",
      status: "invalid",
      path: "/data/receivedTimestamp",
      remove: true
    },
    {
      name: "/data/receivedTimestamp has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/receivedTimestamp",
      value: 42
    },
    {
      name: "/data/receivedTimestamp is null, which it may not be",
      status: "invalid",
      path: "/data/receivedTimestamp",
      value: null
    },
    {
      name: "/data/receivedTimestamp is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/receivedTimestamp",
      value: "2021-02-30T12:00:00Z"
    }
  ])
});
export {
  DEFAULT_SEED,
  chatMessageReceivedCloudEvent_2020_09,
  chatMessageReceivedCloudEvent_2021_02,
  chatMessageReceivedCloudEvent_2021_10,
  chatMessageReceived_2020_09,
  chatMessageReceived_2021_02,
  chatMessageReceived_2021_10,
  factories,
  fixtureList,
  fixtures,
  instantMessageReceivedCloudEvent_2020_03,
  instantMessageReceived_2020_03,
  invalidVariants,
  makeAcsChatMessageReceivedEvent,
  makeAcsInstantMessageReceivedEvent,
  makeAcsSmsReceivedEvent,
  makeCloudEvent,
  smsReceivedCloudEvent_2020_03,
  smsReceivedCloudEvent_2020_09,
  smsReceivedCloudEvent_2021_02,
  smsReceived_2020_03,
  smsReceived_2020_09,
  smsReceived_2021_02
};
