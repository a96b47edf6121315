// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { formatSubject } from "./subjects.js";
import { toCloudEvent } from "./support/envelopes.js";
import {
  buildEvent,
  digits,
  opaqueId,
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
  "Microsoft.Communication.AdvancedMessageAnalysisCompleted": {
    type: "Microsoft.Communication.AdvancedMessageAnalysisCompleted",
    dataVersion: "1.0",
    data: (draw) => ({
      channelType: draw.pick(["whatsapp"]),
      from: draw.phone("from"),
      to: draw.phone("to"),
      receivedTimestamp: draw.time("change"),
      error: { channelCode: draw.word(), channelMessage: draw.word() },
      originalMessage: draw.word(),
      intentAnalysis: draw.word(),
      languageDetection: { language: draw.word(), confidenceScore: draw.int(1, 3), translation: draw.word() },
      extractedKeyPhrases: [draw.word()]
    }),
    subject: (data) => formatSubject("Microsoft.Communication.AdvancedMessageAnalysisCompleted", {
      from: subjectSource(data, "/from"),
      to: subjectSource(data, "/to")
    })
  },
  "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": {
    type: "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated",
    dataVersion: "1.0",
    data: (draw) => ({
      channelType: draw.pick(["whatsapp"]),
      from: draw.phone("from"),
      to: draw.phone("to"),
      receivedTimestamp: draw.time("change"),
      error: { channelCode: draw.word(), channelMessage: draw.word() },
      messageId: draw.guid(),
      status: draw.pick(["Sent", "Delivered", "Read", "Failed", "Warning", "Unknown"])
    }),
    subject: (data) => formatSubject("Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated", {
      messageId: subjectSource(data, "/messageId"),
      status: subjectSource(data, "/status")
    })
  },
  "Microsoft.Communication.AdvancedMessageReceived": {
    type: "Microsoft.Communication.AdvancedMessageReceived",
    dataVersion: "1.0",
    data: (draw) => ({
      channelType: draw.pick(["whatsapp"]),
      from: draw.phone("from"),
      to: draw.phone("to"),
      receivedTimestamp: draw.time("change"),
      error: { channelCode: draw.word(), channelMessage: draw.word() },
      messageId: draw.guid(),
      messageType: "Text",
      content: draw.word(),
      media: {
        mimeType: draw.word(),
        id: draw.guid(),
        fileName: draw.word(),
        caption: draw.word(),
        animated: false
      },
      context: { from: draw.phone("from"), id: draw.guid() },
      button: { text: draw.word(), payload: draw.word() },
      interactive: {
        type: draw.pick(["buttonReply", "listReply", "unknown"]),
        buttonReply: { id: draw.guid(), title: draw.word() },
        listReply: { id: draw.guid(), title: draw.word(), description: draw.word() }
      },
      reaction: { messageId: draw.guid(), emoji: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.AdvancedMessageReceived", {
      from: subjectSource(data, "/from"),
      to: subjectSource(data, "/to")
    })
  },
  "Microsoft.Communication.CallEnded": {
    type: "Microsoft.Communication.CallEnded",
    dataVersion: "1.0",
    data: (draw) => ({
      startedBy: {
        communicationIdentifier: {
          rawId: draw.rawId("startedBy"),
          communicationUser: { id: draw.rawId("startedBy") }
        },
        role: draw.word()
      },
      serverCallId: draw.entityId("serverCall"),
      group: { id: draw.guid() },
      room: { id: draw.guid() },
      isTwoParty: false,
      correlationId: draw.entityId("correlation"),
      isRoomsCall: false,
      endedBy: {
        communicationIdentifier: {
          rawId: draw.rawId("endedBy"),
          communicationUser: { id: draw.rawId("endedBy") }
        },
        type: draw.pick(["Participant", "MicrosoftInternal"]),
        name: draw.word()
      },
      reason: { code: draw.int(1, 3), subCode: draw.int(1, 3), phrase: draw.word() },
      callDurationInSeconds: draw.int(1, 3)
    }),
    subject: (data) => formatSubject("Microsoft.Communication.CallEnded", {
      serverCallId: subjectSource(data, "/serverCallId")
    })
  },
  "Microsoft.Communication.CallParticipantAdded": {
    type: "Microsoft.Communication.CallParticipantAdded",
    dataVersion: "1.0",
    data: (draw) => ({
      startedBy: {
        communicationIdentifier: {
          rawId: draw.rawId("startedBy"),
          communicationUser: { id: draw.rawId("startedBy") }
        },
        role: draw.word()
      },
      serverCallId: draw.entityId("serverCall"),
      group: { id: draw.guid() },
      room: { id: draw.guid() },
      isTwoParty: false,
      correlationId: draw.entityId("correlation"),
      isRoomsCall: false,
      user: {
        communicationIdentifier: { rawId: draw.rawId("user"), communicationUser: { id: draw.rawId("user") } },
        role: draw.word()
      },
      displayName: draw.displayName("user"),
      participantId: draw.rawId("user"),
      userAgent: draw.word()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.CallParticipantAdded", {
      serverCallId: subjectSource(data, "/serverCallId"),
      participant: subjectSource(data, "/user/communicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.CallParticipantRemoved": {
    type: "Microsoft.Communication.CallParticipantRemoved",
    dataVersion: "1.0",
    data: (draw) => ({
      startedBy: {
        communicationIdentifier: {
          rawId: draw.rawId("startedBy"),
          communicationUser: { id: draw.rawId("startedBy") }
        },
        role: draw.word()
      },
      serverCallId: draw.entityId("serverCall"),
      group: { id: draw.guid() },
      room: { id: draw.guid() },
      isTwoParty: false,
      correlationId: draw.entityId("correlation"),
      isRoomsCall: false,
      user: {
        communicationIdentifier: { rawId: draw.rawId("user"), communicationUser: { id: draw.rawId("user") } },
        role: draw.word()
      },
      displayName: draw.displayName("user"),
      participantId: draw.rawId("user"),
      userAgent: draw.word()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.CallParticipantRemoved", {
      serverCallId: subjectSource(data, "/serverCallId"),
      participant: subjectSource(data, "/user/communicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.CallStarted": {
    type: "Microsoft.Communication.CallStarted",
    dataVersion: "1.0",
    data: (draw) => ({
      startedBy: {
        communicationIdentifier: {
          rawId: draw.rawId("startedBy"),
          communicationUser: { id: draw.rawId("startedBy") }
        },
        role: draw.word()
      },
      serverCallId: draw.entityId("serverCall"),
      group: { id: draw.guid() },
      room: { id: draw.guid() },
      isTwoParty: false,
      correlationId: draw.entityId("correlation"),
      isRoomsCall: false
    }),
    subject: (data) => formatSubject("Microsoft.Communication.CallStarted", {
      serverCallId: subjectSource(data, "/serverCallId"),
      startedBy: subjectSource(data, "/startedBy/communicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.ChatAzureBotCommandReceivedInThread": {
    type: "Microsoft.Communication.ChatAzureBotCommandReceivedInThread",
    dataVersion: "1.0",
    data: (draw) => ({
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
      messageId: String(draw.ms("compose")),
      senderCommunicationIdentifier: {
        rawId: draw.rawId("sender"),
        communicationUser: { id: draw.rawId("sender") }
      },
      senderDisplayName: draw.displayName("sender"),
      composeTime: draw.time("compose"),
      type: "Text",
      version: draw.version("compose"),
      messageBody: draw.sentence(),
      metadata: { [draw.mapKey()]: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatAzureBotCommandReceivedInThread", {
      threadId: subjectSource(data, "/threadId"),
      senderId: subjectSource(data, "/senderCommunicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.ChatMemberAddedToThreadWithUser": {
    type: "Microsoft.Communication.ChatMemberAddedToThreadWithUser",
    dataVersion: "1.0",
    data: (draw) => ({
      time: draw.time("change"),
      addedBy: draw.rawId("addedBy"),
      memberAdded: { displayName: draw.displayName("memberAdded"), memberId: draw.rawId("memberAdded") },
      createTime: draw.time("create"),
      version: draw.version("change"),
      recipientId: draw.rawId("recipient"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatMemberAddedToThreadWithUser", {
      threadId: subjectSource(data, "/threadId"),
      memberId: subjectSource(data, "/memberAdded/memberId"),
      recipientId: subjectSource(data, "/recipientId")
    })
  },
  "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": {
    type: "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser",
    dataVersion: "1.0",
    data: (draw) => ({
      time: draw.time("change"),
      removedBy: draw.rawId("removedBy"),
      memberRemoved: {
        displayName: draw.displayName("memberRemoved"),
        memberId: draw.rawId("memberRemoved")
      },
      createTime: draw.time("create"),
      version: draw.version("change"),
      recipientId: draw.rawId("recipient"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatMemberRemovedFromThreadWithUser", {
      threadId: subjectSource(data, "/threadId"),
      memberId: subjectSource(data, "/memberRemoved/memberId"),
      recipientId: subjectSource(data, "/recipientId")
    })
  },
  "Microsoft.Communication.ChatMessageDeleted": {
    type: "Microsoft.Communication.ChatMessageDeleted",
    dataVersion: "1.0",
    data: (draw) => ({
      deleteTime: draw.time("change"),
      messageId: String(draw.ms("compose")),
      senderId: draw.rawId("sender"),
      senderCommunicationIdentifier: {
        rawId: draw.rawId("sender"),
        communicationUser: { id: draw.rawId("sender") }
      },
      senderDisplayName: draw.displayName("sender"),
      composeTime: draw.time("compose"),
      type: "Text",
      version: draw.version("change"),
      recipientId: draw.rawId("recipient"),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId("recipient"),
        communicationUser: { id: draw.rawId("recipient") }
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatMessageDeleted", {
      threadId: subjectSource(data, "/threadId"),
      senderId: subjectSource(data, "/senderId"),
      recipientId: subjectSource(data, "/recipientId")
    })
  },
  "Microsoft.Communication.ChatMessageDeletedInThread": {
    type: "Microsoft.Communication.ChatMessageDeletedInThread",
    dataVersion: "1.0",
    data: (draw) => ({
      deleteTime: draw.time("change"),
      messageId: String(draw.ms("compose")),
      type: "Text",
      version: draw.version("change"),
      senderDisplayName: draw.displayName("sender"),
      senderCommunicationIdentifier: {
        rawId: draw.rawId("sender"),
        communicationUser: { id: draw.rawId("sender") }
      },
      composeTime: draw.time("compose"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatMessageDeletedInThread", {
      threadId: subjectSource(data, "/threadId"),
      senderId: subjectSource(data, "/senderCommunicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.ChatMessageEdited": {
    type: "Microsoft.Communication.ChatMessageEdited",
    dataVersion: "1.0",
    data: (draw) => ({
      editTime: draw.time("change"),
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
      version: draw.version("change"),
      recipientId: draw.rawId("recipient"),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId("recipient"),
        communicationUser: { id: draw.rawId("recipient") }
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatMessageEdited", {
      threadId: subjectSource(data, "/threadId"),
      senderId: subjectSource(data, "/senderId"),
      recipientId: subjectSource(data, "/recipientId")
    })
  },
  "Microsoft.Communication.ChatMessageEditedInThread": {
    type: "Microsoft.Communication.ChatMessageEditedInThread",
    dataVersion: "1.0",
    data: (draw) => ({
      editTime: draw.time("change"),
      messageBody: draw.sentence(),
      messageId: String(draw.ms("compose")),
      metadata: { [draw.mapKey()]: draw.word() },
      type: "Text",
      version: draw.version("change"),
      senderDisplayName: draw.displayName("sender"),
      senderCommunicationIdentifier: {
        rawId: draw.rawId("sender"),
        communicationUser: { id: draw.rawId("sender") }
      },
      composeTime: draw.time("compose"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatMessageEditedInThread", {
      threadId: subjectSource(data, "/threadId"),
      senderId: subjectSource(data, "/senderCommunicationIdentifier/rawId")
    })
  },
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
  "Microsoft.Communication.ChatMessageReceivedInThread": {
    type: "Microsoft.Communication.ChatMessageReceivedInThread",
    dataVersion: "1.0",
    data: (draw) => ({
      messageBody: draw.sentence(),
      messageId: String(draw.ms("compose")),
      metadata: { [draw.mapKey()]: draw.word() },
      type: "Text",
      version: draw.version("compose"),
      senderDisplayName: draw.displayName("sender"),
      senderCommunicationIdentifier: {
        rawId: draw.rawId("sender"),
        communicationUser: { id: draw.rawId("sender") }
      },
      composeTime: draw.time("compose"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatMessageReceivedInThread", {
      threadId: subjectSource(data, "/threadId"),
      senderId: subjectSource(data, "/senderCommunicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": {
    type: "Microsoft.Communication.ChatParticipantAddedToThreadWithUser",
    dataVersion: "1.0",
    data: (draw) => ({
      time: draw.time("change"),
      addedByCommunicationIdentifier: {
        rawId: draw.rawId("addedBy"),
        communicationUser: { id: draw.rawId("addedBy") }
      },
      participantAdded: {
        displayName: draw.displayName("participantAdded"),
        participantCommunicationIdentifier: {
          rawId: draw.rawId("participantAdded"),
          communicationUser: { id: draw.rawId("participantAdded") }
        },
        metadata: { [draw.mapKey()]: draw.word() }
      },
      recipientCommunicationIdentifier: {
        rawId: draw.rawId("recipient"),
        communicationUser: { id: draw.rawId("recipient") }
      },
      createTime: draw.time("create"),
      version: draw.version("change"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatParticipantAddedToThreadWithUser", {
      threadId: subjectSource(data, "/threadId"),
      participantId: subjectSource(data, "/participantAdded/participantCommunicationIdentifier/rawId"),
      recipientId: subjectSource(data, "/recipientCommunicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": {
    type: "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser",
    dataVersion: "1.0",
    data: (draw) => ({
      time: draw.time("change"),
      removedByCommunicationIdentifier: {
        rawId: draw.rawId("removedBy"),
        communicationUser: { id: draw.rawId("removedBy") }
      },
      participantRemoved: {
        displayName: draw.displayName("participantRemoved"),
        participantCommunicationIdentifier: {
          rawId: draw.rawId("participantRemoved"),
          communicationUser: { id: draw.rawId("participantRemoved") }
        },
        metadata: { [draw.mapKey()]: draw.word() }
      },
      recipientCommunicationIdentifier: {
        rawId: draw.rawId("recipient"),
        communicationUser: { id: draw.rawId("recipient") }
      },
      createTime: draw.time("create"),
      version: draw.version("change"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser", {
      threadId: subjectSource(data, "/threadId"),
      participantId: subjectSource(data, "/participantRemoved/participantCommunicationIdentifier/rawId"),
      recipientId: subjectSource(data, "/recipientCommunicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.ChatThreadCreated": {
    type: "Microsoft.Communication.ChatThreadCreated",
    dataVersion: "1.0",
    data: (draw) => ({
      createdByCommunicationIdentifier: {
        rawId: draw.rawId("createdBy"),
        communicationUser: { id: draw.rawId("createdBy") }
      },
      properties: { topic: draw.topic() },
      participants: [
        {
          displayName: draw.displayName("participants"),
          participantCommunicationIdentifier: {
            rawId: draw.rawId("participants"),
            communicationUser: { id: draw.rawId("participants") }
          },
          metadata: { [draw.mapKey()]: draw.word() }
        }
      ],
      createTime: draw.time("create"),
      version: draw.version("create"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
      metadata: { [draw.mapKey()]: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatThreadCreated", {
      threadId: subjectSource(data, "/threadId"),
      createdBy: subjectSource(data, "/createdByCommunicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.ChatThreadCreatedWithUser": {
    type: "Microsoft.Communication.ChatThreadCreatedWithUser",
    dataVersion: "1.0",
    data: (draw) => ({
      createdBy: draw.rawId("createdBy"),
      createdByCommunicationIdentifier: {
        rawId: draw.rawId("createdBy"),
        communicationUser: { id: draw.rawId("createdBy") }
      },
      properties: { topic: draw.topic() },
      members: [{ displayName: draw.displayName("members"), memberId: draw.rawId("members") }],
      participants: [
        {
          displayName: draw.displayName("participants"),
          participantCommunicationIdentifier: {
            rawId: draw.rawId("participants"),
            communicationUser: { id: draw.rawId("participants") }
          },
          metadata: { [draw.mapKey()]: draw.word() }
        }
      ],
      createTime: draw.time("create"),
      version: draw.version("create"),
      recipientId: draw.rawId("recipient"),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId("recipient"),
        communicationUser: { id: draw.rawId("recipient") }
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
      metadata: { [draw.mapKey()]: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatThreadCreatedWithUser", {
      threadId: subjectSource(data, "/threadId"),
      createdBy: subjectSource(data, "/createdBy"),
      recipientId: subjectSource(data, "/recipientId")
    })
  },
  "Microsoft.Communication.ChatThreadDeleted": {
    type: "Microsoft.Communication.ChatThreadDeleted",
    dataVersion: "1.0",
    data: (draw) => ({
      deletedByCommunicationIdentifier: {
        rawId: draw.rawId("deletedBy"),
        communicationUser: { id: draw.rawId("deletedBy") }
      },
      deleteTime: draw.time("change"),
      createTime: draw.time("create"),
      version: draw.version("change"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatThreadDeleted", {
      threadId: subjectSource(data, "/threadId"),
      deletedBy: subjectSource(data, "/deletedByCommunicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.ChatThreadParticipantAdded": {
    type: "Microsoft.Communication.ChatThreadParticipantAdded",
    dataVersion: "1.0",
    data: (draw) => ({
      time: draw.time("change"),
      addedByCommunicationIdentifier: {
        rawId: draw.rawId("addedBy"),
        communicationUser: { id: draw.rawId("addedBy") }
      },
      participantAdded: {
        displayName: draw.displayName("participantAdded"),
        participantCommunicationIdentifier: {
          rawId: draw.rawId("participantAdded"),
          communicationUser: { id: draw.rawId("participantAdded") }
        },
        metadata: { [draw.mapKey()]: draw.word() }
      },
      createTime: draw.time("create"),
      version: draw.version("change"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatThreadParticipantAdded", {
      threadId: subjectSource(data, "/threadId"),
      participantId: subjectSource(data, "/participantAdded/participantCommunicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.ChatThreadParticipantRemoved": {
    type: "Microsoft.Communication.ChatThreadParticipantRemoved",
    dataVersion: "1.0",
    data: (draw) => ({
      time: draw.time("change"),
      removedByCommunicationIdentifier: {
        rawId: draw.rawId("removedBy"),
        communicationUser: { id: draw.rawId("removedBy") }
      },
      participantRemoved: {
        displayName: draw.displayName("participantRemoved"),
        participantCommunicationIdentifier: {
          rawId: draw.rawId("participantRemoved"),
          communicationUser: { id: draw.rawId("participantRemoved") }
        },
        metadata: { [draw.mapKey()]: draw.word() }
      },
      createTime: draw.time("create"),
      version: draw.version("change"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatThreadParticipantRemoved", {
      threadId: subjectSource(data, "/threadId"),
      participantId: subjectSource(data, "/participantRemoved/participantCommunicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.ChatThreadPropertiesUpdated": {
    type: "Microsoft.Communication.ChatThreadPropertiesUpdated",
    dataVersion: "1.0",
    data: (draw) => ({
      editedByCommunicationIdentifier: {
        rawId: draw.rawId("editedBy"),
        communicationUser: { id: draw.rawId("editedBy") }
      },
      editTime: draw.time("change"),
      properties: { topic: draw.topic() },
      createTime: draw.time("create"),
      version: draw.version("change"),
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
      metadata: { [draw.mapKey()]: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatThreadPropertiesUpdated", {
      threadId: subjectSource(data, "/threadId"),
      editedBy: subjectSource(data, "/editedByCommunicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": {
    type: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser",
    dataVersion: "1.0",
    data: (draw) => ({
      editedBy: draw.rawId("editedBy"),
      editedByCommunicationIdentifier: {
        rawId: draw.rawId("editedBy"),
        communicationUser: { id: draw.rawId("editedBy") }
      },
      editTime: draw.time("change"),
      properties: { topic: draw.topic() },
      createTime: draw.time("create"),
      version: draw.version("change"),
      recipientId: draw.rawId("recipient"),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId("recipient"),
        communicationUser: { id: draw.rawId("recipient") }
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
      metadata: { [draw.mapKey()]: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser", {
      threadId: subjectSource(data, "/threadId"),
      editedBy: subjectSource(data, "/editedBy"),
      recipientId: subjectSource(data, "/recipientId")
    })
  },
  "Microsoft.Communication.ChatThreadWithUserDeleted": {
    type: "Microsoft.Communication.ChatThreadWithUserDeleted",
    dataVersion: "1.0",
    data: (draw) => ({
      deletedBy: draw.rawId("deletedBy"),
      deletedByCommunicationIdentifier: {
        rawId: draw.rawId("deletedBy"),
        communicationUser: { id: draw.rawId("deletedBy") }
      },
      deleteTime: draw.time("change"),
      createTime: draw.time("create"),
      version: draw.version("change"),
      recipientId: draw.rawId("recipient"),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId("recipient"),
        communicationUser: { id: draw.rawId("recipient") }
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatThreadWithUserDeleted", {
      threadId: subjectSource(data, "/threadId"),
      deletedBy: subjectSource(data, "/deletedBy"),
      recipientId: subjectSource(data, "/recipientId")
    })
  },
  "Microsoft.Communication.ChatTypingIndicatorReceivedInThread": {
    type: "Microsoft.Communication.ChatTypingIndicatorReceivedInThread",
    dataVersion: "1.0",
    data: (draw) => ({
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
      messageId: String(draw.ms("compose")),
      senderCommunicationIdentifier: {
        rawId: draw.rawId("sender"),
        communicationUser: { id: draw.rawId("sender") }
      },
      senderDisplayName: draw.displayName("sender"),
      composeTime: draw.time("compose"),
      type: "Text",
      version: draw.version("compose"),
      messageBody: draw.sentence(),
      metadata: { [draw.mapKey()]: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.ChatTypingIndicatorReceivedInThread", {
      threadId: subjectSource(data, "/threadId"),
      senderId: subjectSource(data, "/senderCommunicationIdentifier/rawId")
    })
  },
  "Microsoft.Communication.EmailDeliveryReportReceived": {
    type: "Microsoft.Communication.EmailDeliveryReportReceived",
    dataVersion: "1.0",
    data: (draw) => ({
      sender: draw.rawId("sender"),
      recipient: draw.rawId("recipient"),
      internetMessageId: draw.entityId("internetMessage"),
      messageId: draw.guid(),
      status: draw.pick([
        "Bounced",
        "Delivered",
        "Expanded",
        "Failed",
        "FilteredSpam",
        "Quarantined",
        "Suppressed"
      ]),
      deliveryStatusDetails: { recipientMailServerHostName: draw.word(), statusMessage: draw.word() },
      deliveryAttemptTimestamp: draw.time("change")
    }),
    subject: (data) => formatSubject("Microsoft.Communication.EmailDeliveryReportReceived", {
      sender: subjectSource(data, "/sender"),
      messageId: subjectSource(data, "/messageId")
    })
  },
  "Microsoft.Communication.EmailEngagementTrackingReportReceived": {
    type: "Microsoft.Communication.EmailEngagementTrackingReportReceived",
    dataVersion: "1.0",
    data: (draw) => ({
      sender: draw.rawId("sender"),
      recipient: draw.rawId("recipient"),
      messageId: draw.guid(),
      userActionTimestamp: draw.time("change"),
      engagementContext: draw.word(),
      userAgent: draw.word(),
      engagementType: draw.pick(["view", "click"])
    }),
    subject: (data) => formatSubject("Microsoft.Communication.EmailEngagementTrackingReportReceived", {
      sender: subjectSource(data, "/sender"),
      messageId: subjectSource(data, "/messageId")
    })
  },
  "Microsoft.Communication.IncomingCall": {
    type: "Microsoft.Communication.IncomingCall",
    dataVersion: "1.0",
    data: (draw) => ({
      to: { rawId: draw.rawId("to"), communicationUser: { id: draw.rawId("to") } },
      from: { rawId: draw.rawId("from"), communicationUser: { id: draw.rawId("from") } },
      serverCallId: draw.entityId("serverCall"),
      callerDisplayName: draw.displayName("caller"),
      customContext: {
        sipHeaders: { [draw.mapKey()]: draw.word() },
        voipHeaders: { [draw.mapKey()]: draw.word() }
      },
      incomingCallContext: draw.word(),
      onBehalfOfCallee: {
        rawId: draw.rawId("onBehalfOfCallee"),
        communicationUser: { id: draw.rawId("onBehalfOfCallee") }
      },
      correlationId: draw.entityId("correlation")
    }),
    subject: (data) => formatSubject("Microsoft.Communication.IncomingCall", {
      caller: subjectSource(data, "/from/rawId"),
      recipient: subjectSource(data, "/to/rawId")
    })
  },
  "Microsoft.Communication.InstantMessageDeleted": {
    type: "Microsoft.Communication.InstantMessageDeleted",
    dataVersion: "1.0",
    data: (draw) => ({
      messageBody: draw.sentence(),
      version: String(draw.version("change")),
      composeTime: draw.time("compose"),
      deleteTime: draw.time("change"),
      senderId: draw.rawId("sender"),
      senderDisplayName: draw.displayName("sender"),
      recipientId: draw.rawId("recipient"),
      transactionId: draw.transactionId(),
      groupId: draw.entityId("group"),
      collapseId: draw.entityId("collapse"),
      messageId: String(draw.ms("compose")),
      messageType: "Text"
    }),
    subject: () => "IM Event Test"
  },
  "Microsoft.Communication.InstantMessageEdited": {
    type: "Microsoft.Communication.InstantMessageEdited",
    dataVersion: "1.0",
    data: (draw) => ({
      messageBody: draw.sentence(),
      version: String(draw.version("change")),
      composeTime: draw.time("compose"),
      editTime: draw.time("change"),
      senderId: draw.rawId("sender"),
      senderDisplayName: draw.displayName("sender"),
      recipientId: draw.rawId("recipient"),
      transactionId: draw.transactionId(),
      groupId: draw.entityId("group"),
      collapseId: draw.entityId("collapse"),
      messageId: String(draw.ms("compose")),
      messageType: "Text"
    }),
    subject: () => "IM Event Test"
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
  "Microsoft.Communication.RecordingFileStatusUpdated": {
    type: "Microsoft.Communication.RecordingFileStatusUpdated",
    dataVersion: "1.0",
    data: (draw) => ({
      recordingStorageInfo: {
        recordingChunks: [
          {
            documentId: draw.entityId("document"),
            index: draw.int(1, 3),
            endReason: draw.word(),
            metadataLocation: draw.word(),
            contentLocation: draw.word(),
            deleteLocation: draw.word()
          }
        ]
      },
      recordingStartTime: draw.time("change"),
      recordingDurationMs: draw.int(1, 3),
      recordingContentType: draw.pick(["AudioVideo", "Audio"]),
      recordingChannelType: draw.pick(["Mixed", "Unmixed"]),
      recordingFormatType: draw.pick(["Wav", "Mp3", "Mp4"]),
      sessionEndReason: draw.word()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RecordingFileStatusUpdated", {
      callId: opaqueId(data, "callId"),
      serverCallId: opaqueId(data, "serverCallId"),
      recordingId: opaqueId(data, "recordingId")
    })
  },
  "Microsoft.Communication.RouterJobCancelled": {
    type: "Microsoft.Communication.RouterJobCancelled",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      note: draw.word(),
      dispositionCode: draw.word()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobCancelled", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId"),
      dispositionCode: subjectSource(data, "/dispositionCode")
    })
  },
  "Microsoft.Communication.RouterJobClassificationFailed": {
    type: "Microsoft.Communication.RouterJobClassificationFailed",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      classificationPolicyId: draw.entityId("classificationPolicy"),
      errors: [
        {
          code: draw.word(),
          message: draw.sentence(),
          target: draw.word(),
          innerError: { [draw.mapKey()]: draw.word() },
          details: [{ [draw.mapKey()]: draw.word() }]
        }
      ]
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobClassificationFailed", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId"),
      classificationPolicyId: subjectSource(data, "/classificationPolicyId")
    })
  },
  "Microsoft.Communication.RouterJobClassified": {
    type: "Microsoft.Communication.RouterJobClassified",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      queueDetails: {
        id: draw.entityId("queue"),
        name: draw.word(),
        labels: { [draw.mapKey()]: draw.word() }
      },
      classificationPolicyId: draw.entityId("classificationPolicy"),
      priority: draw.int(1, 3),
      attachedWorkerSelectors: [
        {
          key: draw.word(),
          labelOperator: draw.pick([
            "Equal",
            "NotEqual",
            "Greater",
            "Less",
            "GreaterThanOrEqual",
            "LessThanOrEqual"
          ]),
          value: draw.word(),
          ttlSeconds: draw.int(1, 3),
          state: draw.pick(["active", "expired"]),
          expirationTime: draw.time("change")
        }
      ]
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobClassified", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId"),
      queueId: subjectSource(data, "/queueId")
    })
  },
  "Microsoft.Communication.RouterJobClosed": {
    type: "Microsoft.Communication.RouterJobClosed",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      assignmentId: draw.entityId("assignment"),
      workerId: draw.entityId("worker"),
      dispositionCode: draw.word()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobClosed", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId"),
      assignmentId: subjectSource(data, "/assignmentId")
    })
  },
  "Microsoft.Communication.RouterJobCompleted": {
    type: "Microsoft.Communication.RouterJobCompleted",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      assignmentId: draw.entityId("assignment"),
      workerId: draw.entityId("worker")
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobCompleted", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId"),
      assignmentId: subjectSource(data, "/assignmentId")
    })
  },
  "Microsoft.Communication.RouterJobDeleted": {
    type: "Microsoft.Communication.RouterJobDeleted",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobDeleted", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId")
    })
  },
  "Microsoft.Communication.RouterJobExceptionTriggered": {
    type: "Microsoft.Communication.RouterJobExceptionTriggered",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      ruleKey: draw.word(),
      exceptionRuleId: draw.entityId("exceptionRule")
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobExceptionTriggered", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId"),
      ruleKey: subjectSource(data, "/ruleKey")
    })
  },
  "Microsoft.Communication.RouterJobQueued": {
    type: "Microsoft.Communication.RouterJobQueued",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      priority: draw.int(1, 3),
      requestedWorkerSelectors: [
        {
          key: draw.word(),
          labelOperator: draw.pick([
            "Equal",
            "NotEqual",
            "Greater",
            "Less",
            "GreaterThanOrEqual",
            "LessThanOrEqual"
          ]),
          value: draw.word(),
          ttlSeconds: draw.int(1, 3),
          state: draw.pick(["active", "expired"]),
          expirationTime: draw.time("change")
        }
      ],
      attachedWorkerSelectors: [
        {
          key: draw.word(),
          labelOperator: draw.pick([
            "Equal",
            "NotEqual",
            "Greater",
            "Less",
            "GreaterThanOrEqual",
            "LessThanOrEqual"
          ]),
          value: draw.word(),
          ttlSeconds: draw.int(1, 3),
          state: draw.pick(["active", "expired"]),
          expirationTime: draw.time("change")
        }
      ]
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobQueued", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId"),
      queueId: subjectSource(data, "/queueId")
    })
  },
  "Microsoft.Communication.RouterJobReceived": {
    type: "Microsoft.Communication.RouterJobReceived",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      jobStatus: draw.pick([
        "PendingClassification",
        "Queued",
        "Assigned",
        "Completed",
        "Closed",
        "Cancelled",
        "ClassificationFailed",
        "Created",
        "PendingSchedule",
        "Scheduled",
        "ScheduleFailed",
        "WaitingForActivation"
      ]),
      classificationPolicyId: draw.entityId("classificationPolicy"),
      priority: draw.int(1, 3),
      requestedWorkerSelectors: [
        {
          key: draw.word(),
          labelOperator: draw.pick([
            "Equal",
            "NotEqual",
            "Greater",
            "Less",
            "GreaterThanOrEqual",
            "LessThanOrEqual"
          ]),
          value: draw.word(),
          ttlSeconds: draw.int(1, 3),
          state: draw.pick(["active", "expired"]),
          expirationTime: draw.time("change")
        }
      ],
      scheduledOn: draw.time("change"),
      unavailableForMatching: false
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobReceived", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId")
    })
  },
  "Microsoft.Communication.RouterJobSchedulingFailed": {
    type: "Microsoft.Communication.RouterJobSchedulingFailed",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      priority: draw.int(1, 3),
      requestedWorkerSelectors: [
        {
          key: draw.word(),
          labelOperator: draw.pick([
            "Equal",
            "NotEqual",
            "Greater",
            "Less",
            "GreaterThanOrEqual",
            "LessThanOrEqual"
          ]),
          value: draw.word(),
          ttlSeconds: draw.int(1, 3),
          state: draw.pick(["active", "expired"]),
          expirationTime: draw.time("change")
        }
      ],
      attachedWorkerSelectors: [
        {
          key: draw.word(),
          labelOperator: draw.pick([
            "Equal",
            "NotEqual",
            "Greater",
            "Less",
            "GreaterThanOrEqual",
            "LessThanOrEqual"
          ]),
          value: draw.word(),
          ttlSeconds: draw.int(1, 3),
          state: draw.pick(["active", "expired"]),
          expirationTime: draw.time("change")
        }
      ],
      scheduledOn: draw.time("change"),
      failureReason: draw.word()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobSchedulingFailed", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId")
    })
  },
  "Microsoft.Communication.RouterJobUnassigned": {
    type: "Microsoft.Communication.RouterJobUnassigned",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      assignmentId: draw.entityId("assignment"),
      workerId: draw.entityId("worker")
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobUnassigned", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId"),
      assignmentId: subjectSource(data, "/assignmentId")
    })
  },
  "Microsoft.Communication.RouterJobWaitingForActivation": {
    type: "Microsoft.Communication.RouterJobWaitingForActivation",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      priority: draw.int(1, 3),
      requestedWorkerSelectors: [
        {
          key: draw.word(),
          labelOperator: draw.pick([
            "Equal",
            "NotEqual",
            "Greater",
            "Less",
            "GreaterThanOrEqual",
            "LessThanOrEqual"
          ]),
          value: draw.word(),
          ttlSeconds: draw.int(1, 3),
          state: draw.pick(["active", "expired"]),
          expirationTime: draw.time("change")
        }
      ],
      attachedWorkerSelectors: [
        {
          key: draw.word(),
          labelOperator: draw.pick([
            "Equal",
            "NotEqual",
            "Greater",
            "Less",
            "GreaterThanOrEqual",
            "LessThanOrEqual"
          ]),
          value: draw.word(),
          ttlSeconds: draw.int(1, 3),
          state: draw.pick(["active", "expired"]),
          expirationTime: draw.time("change")
        }
      ],
      scheduledOn: draw.time("change"),
      unavailableForMatching: false
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobWaitingForActivation", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId")
    })
  },
  "Microsoft.Communication.RouterJobWorkerSelectorsExpired": {
    type: "Microsoft.Communication.RouterJobWorkerSelectorsExpired",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      queueId: draw.entityId("queue"),
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      requestedWorkerSelectorsExpired: [
        {
          key: draw.word(),
          labelOperator: draw.pick([
            "Equal",
            "NotEqual",
            "Greater",
            "Less",
            "GreaterThanOrEqual",
            "LessThanOrEqual"
          ]),
          value: draw.word(),
          ttlSeconds: draw.int(1, 3),
          state: draw.pick(["active", "expired"]),
          expirationTime: draw.time("change")
        }
      ],
      attachedWorkerSelectorsExpired: [
        {
          key: draw.word(),
          labelOperator: draw.pick([
            "Equal",
            "NotEqual",
            "Greater",
            "Less",
            "GreaterThanOrEqual",
            "LessThanOrEqual"
          ]),
          value: draw.word(),
          ttlSeconds: draw.int(1, 3),
          state: draw.pick(["active", "expired"]),
          expirationTime: draw.time("change")
        }
      ]
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterJobWorkerSelectorsExpired", {
      jobId: subjectSource(data, "/jobId"),
      channelId: subjectSource(data, "/channelId"),
      queueId: subjectSource(data, "/queueId")
    })
  },
  "Microsoft.Communication.RouterWorkerDeleted": {
    type: "Microsoft.Communication.RouterWorkerDeleted",
    dataVersion: "1.0",
    data: (draw) => ({
      workerId: draw.entityId("worker"),
      totalCapacity: draw.int(1, 3),
      queueAssignments: [{ id: draw.guid(), name: draw.word(), labels: { [draw.mapKey()]: draw.word() } }],
      channelConfigurations: [
        {
          channelId: draw.entityId("channel"),
          capacityCostPerJob: draw.int(1, 3),
          maxNumberOfJobs: draw.int(1, 3)
        }
      ],
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterWorkerDeleted", {
      workerId: subjectSource(data, "/workerId")
    })
  },
  "Microsoft.Communication.RouterWorkerDeregistered": {
    type: "Microsoft.Communication.RouterWorkerDeregistered",
    dataVersion: "1.0",
    data: (draw) => ({ workerId: draw.entityId("worker") }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterWorkerDeregistered", {
      workerId: subjectSource(data, "/workerId")
    })
  },
  "Microsoft.Communication.RouterWorkerOfferAccepted": {
    type: "Microsoft.Communication.RouterWorkerOfferAccepted",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      workerId: draw.entityId("worker"),
      queueId: draw.entityId("queue"),
      offerId: draw.entityId("offer"),
      assignmentId: draw.entityId("assignment"),
      jobPriority: draw.int(1, 3),
      jobLabels: { [draw.mapKey()]: draw.word() },
      jobTags: { [draw.mapKey()]: draw.word() },
      workerLabels: { [draw.mapKey()]: draw.word() },
      workerTags: { [draw.mapKey()]: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterWorkerOfferAccepted", {
      workerId: subjectSource(data, "/workerId"),
      jobId: subjectSource(data, "/jobId")
    })
  },
  "Microsoft.Communication.RouterWorkerOfferDeclined": {
    type: "Microsoft.Communication.RouterWorkerOfferDeclined",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      workerId: draw.entityId("worker"),
      queueId: draw.entityId("queue"),
      offerId: draw.entityId("offer")
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterWorkerOfferDeclined", {
      workerId: subjectSource(data, "/workerId"),
      jobId: subjectSource(data, "/jobId")
    })
  },
  "Microsoft.Communication.RouterWorkerOfferExpired": {
    type: "Microsoft.Communication.RouterWorkerOfferExpired",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      workerId: draw.entityId("worker"),
      queueId: draw.entityId("queue"),
      offerId: draw.entityId("offer")
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterWorkerOfferExpired", {
      workerId: subjectSource(data, "/workerId"),
      jobId: subjectSource(data, "/jobId")
    })
  },
  "Microsoft.Communication.RouterWorkerOfferIssued": {
    type: "Microsoft.Communication.RouterWorkerOfferIssued",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      workerId: draw.entityId("worker"),
      queueId: draw.entityId("queue"),
      offerId: draw.entityId("offer"),
      offeredOn: draw.time("change"),
      expiresOn: draw.time("change"),
      jobPriority: draw.int(1, 3),
      jobLabels: { [draw.mapKey()]: draw.word() },
      jobTags: { [draw.mapKey()]: draw.word() },
      workerLabels: { [draw.mapKey()]: draw.word() },
      workerTags: { [draw.mapKey()]: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterWorkerOfferIssued", {
      workerId: subjectSource(data, "/workerId"),
      jobId: subjectSource(data, "/jobId")
    })
  },
  "Microsoft.Communication.RouterWorkerOfferRevoked": {
    type: "Microsoft.Communication.RouterWorkerOfferRevoked",
    dataVersion: "1.0",
    data: (draw) => ({
      jobId: draw.entityId("job"),
      channelReference: draw.word(),
      channelId: draw.entityId("channel"),
      workerId: draw.entityId("worker"),
      queueId: draw.entityId("queue"),
      offerId: draw.entityId("offer")
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterWorkerOfferRevoked", {
      workerId: subjectSource(data, "/workerId"),
      jobId: subjectSource(data, "/jobId")
    })
  },
  "Microsoft.Communication.RouterWorkerRegistered": {
    type: "Microsoft.Communication.RouterWorkerRegistered",
    dataVersion: "1.0",
    data: (draw) => ({
      workerId: draw.entityId("worker"),
      totalCapacity: draw.int(1, 3),
      queueAssignments: [{ id: draw.guid(), name: draw.word(), labels: { [draw.mapKey()]: draw.word() } }],
      channelConfigurations: [
        {
          channelId: draw.entityId("channel"),
          capacityCostPerJob: draw.int(1, 3),
          maxNumberOfJobs: draw.int(1, 3)
        }
      ],
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterWorkerRegistered", {
      workerId: subjectSource(data, "/workerId")
    })
  },
  "Microsoft.Communication.RouterWorkerUpdated": {
    type: "Microsoft.Communication.RouterWorkerUpdated",
    dataVersion: "1.0",
    data: (draw) => ({
      workerId: draw.entityId("worker"),
      totalCapacity: draw.int(1, 3),
      queueAssignments: [{ id: draw.guid(), name: draw.word(), labels: { [draw.mapKey()]: draw.word() } }],
      channelConfigurations: [
        {
          channelId: draw.entityId("channel"),
          capacityCostPerJob: draw.int(1, 3),
          maxNumberOfJobs: draw.int(1, 3)
        }
      ],
      labels: { [draw.mapKey()]: draw.word() },
      tags: { [draw.mapKey()]: draw.word() },
      updatedWorkerProperties: [
        draw.pick([
          "AvailableForOffers",
          "TotalCapacity",
          "QueueAssignments",
          "Labels",
          "Tags",
          "ChannelConfigurations"
        ])
      ]
    }),
    subject: (data) => formatSubject("Microsoft.Communication.RouterWorkerUpdated", {
      workerId: subjectSource(data, "/workerId")
    })
  },
  "Microsoft.Communication.SMSDeliveryReportReceived": {
    type: "Microsoft.Communication.SMSDeliveryReportReceived",
    dataVersion: "1.0",
    data: (draw) => ({
      messageId: draw.guid(),
      from: draw.phone("from"),
      to: draw.phone("to"),
      deliveryStatus: "Delivered",
      deliveryStatusDetails: "No error.",
      deliveryAttempts: [
        { timestamp: draw.time("attempt"), segmentsSucceeded: draw.int(1, 3), segmentsFailed: 0 }
      ],
      receivedTimestamp: draw.time("change"),
      tag: draw.word()
    }),
    subject: (data) => formatSubject("Microsoft.Communication.SMSDeliveryReportReceived", {
      phoneNumber: digits(subjectSource(data, "/from"))
    })
  },
  "Microsoft.Communication.SMSReceived": {
    type: "Microsoft.Communication.SMSReceived",
    dataVersion: "1.0",
    data: (draw) => ({
      messageId: draw.guid(),
      from: draw.phone("from"),
      to: draw.phone("to"),
      message: draw.sentence(),
      receivedTimestamp: draw.time("change"),
      segmentCount: draw.int(1, 3)
    }),
    subject: (data) => formatSubject("Microsoft.Communication.SMSReceived", {
      phoneNumber: digits(subjectSource(data, "/to"))
    })
  },
  "Microsoft.Communication.UserDisconnected": {
    type: "Microsoft.Communication.UserDisconnected",
    dataVersion: "1.0",
    data: (draw) => ({
      userCommunicationIdentifier: {
        rawId: draw.rawId("user"),
        communicationUser: { id: draw.rawId("user") }
      }
    }),
    subject: (data) => formatSubject("Microsoft.Communication.UserDisconnected", {
      user: subjectSource(data, "/userCommunicationIdentifier/rawId")
    })
  }
};
function makeAcsAdvancedMessageAnalysisCompletedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.AdvancedMessageAnalysisCompleted"], overrides, options);
}
function makeAcsAdvancedMessageDeliveryStatusUpdatedEvent(overrides, options) {
  return buildEvent(
    recipes["Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated"],
    overrides,
    options
  );
}
function makeAcsAdvancedMessageReceivedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.AdvancedMessageReceived"], overrides, options);
}
function makeAcsCallEndedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.CallEnded"], overrides, options);
}
function makeAcsCallParticipantAddedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.CallParticipantAdded"], overrides, options);
}
function makeAcsCallParticipantRemovedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.CallParticipantRemoved"], overrides, options);
}
function makeAcsCallStartedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.CallStarted"], overrides, options);
}
function makeAcsChatAzureBotCommandReceivedInThreadEvent(overrides, options) {
  return buildEvent(
    recipes["Microsoft.Communication.ChatAzureBotCommandReceivedInThread"],
    overrides,
    options
  );
}
function makeAcsChatMemberAddedToThreadWithUserEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatMemberAddedToThreadWithUser"], overrides, options);
}
function makeAcsChatMemberRemovedFromThreadWithUserEvent(overrides, options) {
  return buildEvent(
    recipes["Microsoft.Communication.ChatMemberRemovedFromThreadWithUser"],
    overrides,
    options
  );
}
function makeAcsChatMessageDeletedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatMessageDeleted"], overrides, options);
}
function makeAcsChatMessageDeletedInThreadEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatMessageDeletedInThread"], overrides, options);
}
function makeAcsChatMessageEditedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatMessageEdited"], overrides, options);
}
function makeAcsChatMessageEditedInThreadEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatMessageEditedInThread"], overrides, options);
}
function makeAcsChatMessageReceivedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatMessageReceived"], overrides, options);
}
function makeAcsChatMessageReceivedInThreadEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatMessageReceivedInThread"], overrides, options);
}
function makeAcsChatParticipantAddedToThreadWithUserEvent(overrides, options) {
  return buildEvent(
    recipes["Microsoft.Communication.ChatParticipantAddedToThreadWithUser"],
    overrides,
    options
  );
}
function makeAcsChatParticipantRemovedFromThreadWithUserEvent(overrides, options) {
  return buildEvent(
    recipes["Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser"],
    overrides,
    options
  );
}
function makeAcsChatThreadCreatedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatThreadCreated"], overrides, options);
}
function makeAcsChatThreadCreatedWithUserEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatThreadCreatedWithUser"], overrides, options);
}
function makeAcsChatThreadDeletedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatThreadDeleted"], overrides, options);
}
function makeAcsChatThreadParticipantAddedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatThreadParticipantAdded"], overrides, options);
}
function makeAcsChatThreadParticipantRemovedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatThreadParticipantRemoved"], overrides, options);
}
function makeAcsChatThreadPropertiesUpdatedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatThreadPropertiesUpdated"], overrides, options);
}
function makeAcsChatThreadPropertiesUpdatedPerUserEvent(overrides, options) {
  return buildEvent(
    recipes["Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser"],
    overrides,
    options
  );
}
function makeAcsChatThreadWithUserDeletedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.ChatThreadWithUserDeleted"], overrides, options);
}
function makeAcsChatTypingIndicatorReceivedInThreadEvent(overrides, options) {
  return buildEvent(
    recipes["Microsoft.Communication.ChatTypingIndicatorReceivedInThread"],
    overrides,
    options
  );
}
function makeAcsEmailDeliveryReportReceivedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.EmailDeliveryReportReceived"], overrides, options);
}
function makeAcsEmailEngagementTrackingReportReceivedEvent(overrides, options) {
  return buildEvent(
    recipes["Microsoft.Communication.EmailEngagementTrackingReportReceived"],
    overrides,
    options
  );
}
function makeAcsIncomingCallEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.IncomingCall"], overrides, options);
}
function makeAcsInstantMessageDeletedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.InstantMessageDeleted"], overrides, options);
}
function makeAcsInstantMessageEditedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.InstantMessageEdited"], overrides, options);
}
function makeAcsInstantMessageReceivedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.InstantMessageReceived"], overrides, options);
}
function makeAcsRecordingFileStatusUpdatedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RecordingFileStatusUpdated"], overrides, options);
}
function makeAcsRouterJobCancelledEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobCancelled"], overrides, options);
}
function makeAcsRouterJobClassificationFailedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobClassificationFailed"], overrides, options);
}
function makeAcsRouterJobClassifiedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobClassified"], overrides, options);
}
function makeAcsRouterJobClosedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobClosed"], overrides, options);
}
function makeAcsRouterJobCompletedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobCompleted"], overrides, options);
}
function makeAcsRouterJobDeletedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobDeleted"], overrides, options);
}
function makeAcsRouterJobExceptionTriggeredEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobExceptionTriggered"], overrides, options);
}
function makeAcsRouterJobQueuedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobQueued"], overrides, options);
}
function makeAcsRouterJobReceivedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobReceived"], overrides, options);
}
function makeAcsRouterJobSchedulingFailedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobSchedulingFailed"], overrides, options);
}
function makeAcsRouterJobUnassignedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobUnassigned"], overrides, options);
}
function makeAcsRouterJobWaitingForActivationEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobWaitingForActivation"], overrides, options);
}
function makeAcsRouterJobWorkerSelectorsExpiredEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterJobWorkerSelectorsExpired"], overrides, options);
}
function makeAcsRouterWorkerDeletedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterWorkerDeleted"], overrides, options);
}
function makeAcsRouterWorkerDeregisteredEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterWorkerDeregistered"], overrides, options);
}
function makeAcsRouterWorkerOfferAcceptedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterWorkerOfferAccepted"], overrides, options);
}
function makeAcsRouterWorkerOfferDeclinedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterWorkerOfferDeclined"], overrides, options);
}
function makeAcsRouterWorkerOfferExpiredEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterWorkerOfferExpired"], overrides, options);
}
function makeAcsRouterWorkerOfferIssuedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterWorkerOfferIssued"], overrides, options);
}
function makeAcsRouterWorkerOfferRevokedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterWorkerOfferRevoked"], overrides, options);
}
function makeAcsRouterWorkerRegisteredEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterWorkerRegistered"], overrides, options);
}
function makeAcsRouterWorkerUpdatedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.RouterWorkerUpdated"], overrides, options);
}
function makeAcsSmsDeliveryReportReceivedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.SMSDeliveryReportReceived"], overrides, options);
}
function makeAcsSmsReceivedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.SMSReceived"], overrides, options);
}
function makeAcsUserDisconnectedEvent(overrides, options) {
  return buildEvent(recipes["Microsoft.Communication.UserDisconnected"], overrides, options);
}
const factories = {
  "Microsoft.Communication.AdvancedMessageAnalysisCompleted": makeAcsAdvancedMessageAnalysisCompletedEvent,
  "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": makeAcsAdvancedMessageDeliveryStatusUpdatedEvent,
  "Microsoft.Communication.AdvancedMessageReceived": makeAcsAdvancedMessageReceivedEvent,
  "Microsoft.Communication.CallEnded": makeAcsCallEndedEvent,
  "Microsoft.Communication.CallParticipantAdded": makeAcsCallParticipantAddedEvent,
  "Microsoft.Communication.CallParticipantRemoved": makeAcsCallParticipantRemovedEvent,
  "Microsoft.Communication.CallStarted": makeAcsCallStartedEvent,
  "Microsoft.Communication.ChatAzureBotCommandReceivedInThread": makeAcsChatAzureBotCommandReceivedInThreadEvent,
  "Microsoft.Communication.ChatMemberAddedToThreadWithUser": makeAcsChatMemberAddedToThreadWithUserEvent,
  "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": makeAcsChatMemberRemovedFromThreadWithUserEvent,
  "Microsoft.Communication.ChatMessageDeleted": makeAcsChatMessageDeletedEvent,
  "Microsoft.Communication.ChatMessageDeletedInThread": makeAcsChatMessageDeletedInThreadEvent,
  "Microsoft.Communication.ChatMessageEdited": makeAcsChatMessageEditedEvent,
  "Microsoft.Communication.ChatMessageEditedInThread": makeAcsChatMessageEditedInThreadEvent,
  "Microsoft.Communication.ChatMessageReceived": makeAcsChatMessageReceivedEvent,
  "Microsoft.Communication.ChatMessageReceivedInThread": makeAcsChatMessageReceivedInThreadEvent,
  "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": makeAcsChatParticipantAddedToThreadWithUserEvent,
  "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": makeAcsChatParticipantRemovedFromThreadWithUserEvent,
  "Microsoft.Communication.ChatThreadCreated": makeAcsChatThreadCreatedEvent,
  "Microsoft.Communication.ChatThreadCreatedWithUser": makeAcsChatThreadCreatedWithUserEvent,
  "Microsoft.Communication.ChatThreadDeleted": makeAcsChatThreadDeletedEvent,
  "Microsoft.Communication.ChatThreadParticipantAdded": makeAcsChatThreadParticipantAddedEvent,
  "Microsoft.Communication.ChatThreadParticipantRemoved": makeAcsChatThreadParticipantRemovedEvent,
  "Microsoft.Communication.ChatThreadPropertiesUpdated": makeAcsChatThreadPropertiesUpdatedEvent,
  "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": makeAcsChatThreadPropertiesUpdatedPerUserEvent,
  "Microsoft.Communication.ChatThreadWithUserDeleted": makeAcsChatThreadWithUserDeletedEvent,
  "Microsoft.Communication.ChatTypingIndicatorReceivedInThread": makeAcsChatTypingIndicatorReceivedInThreadEvent,
  "Microsoft.Communication.EmailDeliveryReportReceived": makeAcsEmailDeliveryReportReceivedEvent,
  "Microsoft.Communication.EmailEngagementTrackingReportReceived": makeAcsEmailEngagementTrackingReportReceivedEvent,
  "Microsoft.Communication.IncomingCall": makeAcsIncomingCallEvent,
  "Microsoft.Communication.InstantMessageDeleted": makeAcsInstantMessageDeletedEvent,
  "Microsoft.Communication.InstantMessageEdited": makeAcsInstantMessageEditedEvent,
  "Microsoft.Communication.InstantMessageReceived": makeAcsInstantMessageReceivedEvent,
  "Microsoft.Communication.RecordingFileStatusUpdated": makeAcsRecordingFileStatusUpdatedEvent,
  "Microsoft.Communication.RouterJobCancelled": makeAcsRouterJobCancelledEvent,
  "Microsoft.Communication.RouterJobClassificationFailed": makeAcsRouterJobClassificationFailedEvent,
  "Microsoft.Communication.RouterJobClassified": makeAcsRouterJobClassifiedEvent,
  "Microsoft.Communication.RouterJobClosed": makeAcsRouterJobClosedEvent,
  "Microsoft.Communication.RouterJobCompleted": makeAcsRouterJobCompletedEvent,
  "Microsoft.Communication.RouterJobDeleted": makeAcsRouterJobDeletedEvent,
  "Microsoft.Communication.RouterJobExceptionTriggered": makeAcsRouterJobExceptionTriggeredEvent,
  "Microsoft.Communication.RouterJobQueued": makeAcsRouterJobQueuedEvent,
  "Microsoft.Communication.RouterJobReceived": makeAcsRouterJobReceivedEvent,
  "Microsoft.Communication.RouterJobSchedulingFailed": makeAcsRouterJobSchedulingFailedEvent,
  "Microsoft.Communication.RouterJobUnassigned": makeAcsRouterJobUnassignedEvent,
  "Microsoft.Communication.RouterJobWaitingForActivation": makeAcsRouterJobWaitingForActivationEvent,
  "Microsoft.Communication.RouterJobWorkerSelectorsExpired": makeAcsRouterJobWorkerSelectorsExpiredEvent,
  "Microsoft.Communication.RouterWorkerDeleted": makeAcsRouterWorkerDeletedEvent,
  "Microsoft.Communication.RouterWorkerDeregistered": makeAcsRouterWorkerDeregisteredEvent,
  "Microsoft.Communication.RouterWorkerOfferAccepted": makeAcsRouterWorkerOfferAcceptedEvent,
  "Microsoft.Communication.RouterWorkerOfferDeclined": makeAcsRouterWorkerOfferDeclinedEvent,
  "Microsoft.Communication.RouterWorkerOfferExpired": makeAcsRouterWorkerOfferExpiredEvent,
  "Microsoft.Communication.RouterWorkerOfferIssued": makeAcsRouterWorkerOfferIssuedEvent,
  "Microsoft.Communication.RouterWorkerOfferRevoked": makeAcsRouterWorkerOfferRevokedEvent,
  "Microsoft.Communication.RouterWorkerRegistered": makeAcsRouterWorkerRegisteredEvent,
  "Microsoft.Communication.RouterWorkerUpdated": makeAcsRouterWorkerUpdatedEvent,
  "Microsoft.Communication.SMSDeliveryReportReceived": makeAcsSmsDeliveryReportReceivedEvent,
  "Microsoft.Communication.SMSReceived": makeAcsSmsReceivedEvent,
  "Microsoft.Communication.UserDisconnected": makeAcsUserDisconnectedEvent
};
const advancedMessageAnalysisCompleted_2024_07_advanced_messaging = frozen({
  id: "df1c2d92-6155-4ad7-a865-cb8497106c52",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{resourcegroup-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "advancedMessage/sender/{sender@id}/recipient/00000000-0000-0000-0000-000000000000",
  data: {
    originalMessage: "Hello, could u help me order some flowers for Mother’s Day?",
    channelType: "whatsapp",
    languageDetection: {
      language: "English",
      confidenceScore: 0.99
    },
    intentAnalysis: "Order request: The customer is contacting customer service to request assistance with ordering flowers for Mother's Day.",
    extractedKeyPhrases: ["order", "flowers", "Mother's Day"],
    from: "{sender@id}",
    to: "00000000-0000-0000-0000-000000000000",
    receivedTimestamp: "2024-07-05T19:10:35.28+00:00"
  },
  eventType: "Microsoft.Communication.AdvancedMessageAnalysisCompleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2024-07-05T19:10:35.2806524Z"
});
const advancedMessageAnalysisCompletedCloudEvent_2024_07_advanced_messaging = frozen(toCloudEvent(advancedMessageAnalysisCompleted_2024_07_advanced_messaging));
const advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{resourcegroup-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "advancedMessage/22222222-2222-2222-2222-222222222222/status/Sent",
  data: {
    messageId: "22222222-2222-2222-2222-222222222222",
    status: "Sent",
    channelType: "whatsapp",
    from: "{sender@id}",
    to: "{receiver@id}",
    receivedTimestamp: "2023-07-06T18:42:28+00:00"
  },
  eventType: "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2023-07-06T18:42:28.8454662Z"
});
const advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging = frozen(toCloudEvent(advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging));
const advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging_2 = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{resourcegroup-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "advancedMessage/22222222-2222-2222-2222-222222222222/status/Failed",
  data: {
    messageId: "22222222-2222-2222-2222-222222222222",
    status: "Failed",
    channelType: "whatsapp",
    from: "{sender@id}",
    to: "{receiver@id}",
    receivedTimestamp: "2023-07-06T18:42:28+00:00",
    error: {
      channelCode: "131026",
      channelMessage: "Message Undeliverable."
    }
  },
  eventType: "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2023-07-06T18:42:28.8454662Z"
});
const advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging_2 = frozen(toCloudEvent(advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging_2));
const advancedMessageReceived_2024_07_advanced_messaging = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{resourcegroup-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "advancedMessage/sender/{sender@id}/recipient/11111111-1111-1111-1111-111111111111",
  data: {
    content: "Hello",
    channelType: "whatsapp",
    messageType: "text",
    from: "{sender@id}",
    to: "11111111-1111-1111-1111-111111111111",
    receivedTimestamp: "2023-07-06T18:30:19+00:00"
  },
  eventType: "Microsoft.Communication.AdvancedMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2023-07-06T18:30:22.1921716Z"
});
const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging = frozen(toCloudEvent(advancedMessageReceived_2024_07_advanced_messaging));
const advancedMessageReceived_2024_07_advanced_messaging_2 = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{resourcegroup-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "advancedMessage/sender/{sender@id}/recipient/11111111-1111-1111-1111-111111111111",
  data: {
    channelType: "whatsapp",
    messageType: "image",
    media: {
      mimeType: "image/jpeg",
      id: "00000000-0000-0000-0000-000000000000",
      caption: "This is a media caption"
    },
    from: "{sender@id}",
    to: "11111111-1111-1111-1111-111111111111",
    receivedTimestamp: "2023-07-06T18:30:19+00:00"
  },
  eventType: "Microsoft.Communication.AdvancedMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2023-07-06T18:30:22.1921716Z"
});
const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_2 = frozen(toCloudEvent(advancedMessageReceived_2024_07_advanced_messaging_2));
const advancedMessageReceived_2024_07_advanced_messaging_3 = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{resourcegroup-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "advancedMessage/sender/14254360097/recipient/75476a19-a68d-4e10-806c-3680f099e069",
  data: {
    channelType: "whatsapp",
    messageType: "document",
    media: {
      mimeType: "application/pdf",
      id: "00000000-0000-0000-0000-000000000000",
      fileName: "UTSAV Mela 2024  India's Independence Day  Kids Out and About Seattle.pdf"
    },
    from: "14254360097",
    to: "75476a19-a68d-4e10-806c-3680f099e069",
    receivedTimestamp: "2024-12-24T06:41:56+00:00"
  },
  eventType: "Microsoft.Communication.AdvancedMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2024-12-24T06:41:59.1218953Z"
});
const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_3 = frozen(toCloudEvent(advancedMessageReceived_2024_07_advanced_messaging_3));
const advancedMessageReceived_2024_07_advanced_messaging_4 = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{resourcegroup-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "advancedMessage/sender/{sender@id}/recipient/00000000-0000-0000-0000-000000000000",
  data: {
    channelType: "whatsapp",
    messageType: "interactive",
    context: {
      from: "{receiverphonenumber@id}",
      id: "{reply-message-id}"
    },
    interactive: {
      type: "listReply",
      listReply: {
        id: "priority_mail",
        title: "Priority Mail",
        description: "1–3 Days"
      }
    },
    from: "{sender@id}",
    to: "00000000-0000-0000-0000-000000000000",
    receivedTimestamp: "2024-12-04T23:53:28+00:00"
  },
  eventType: "Microsoft.Communication.AdvancedMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2024-12-04T23:53:29.3079089Z"
});
const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_4 = frozen(toCloudEvent(advancedMessageReceived_2024_07_advanced_messaging_4));
const advancedMessageReceived_2024_07_advanced_messaging_5 = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{resourcegroup-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "advancedMessage/sender/{sender@id}/recipient/00000000-0000-0000-0000-000000000000",
  data: {
    channelType: "whatsapp",
    messageType: "interactive",
    context: {
      from: "{receiverphonenumber@id}",
      id: "{reply-message-id}"
    },
    interactive: {
      type: "buttonReply",
      buttonReply: {
        id: "agree",
        title: "Agree"
      }
    },
    from: "{sender@id}",
    to: "00000000-0000-0000-0000-000000000000",
    receivedTimestamp: "2024-12-04T23:57:04+00:00"
  },
  eventType: "Microsoft.Communication.AdvancedMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2024-12-04T23:57:04.9459858Z"
});
const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_5 = frozen(toCloudEvent(advancedMessageReceived_2024_07_advanced_messaging_5));
const advancedMessageReceived_2024_07_advanced_messaging_6 = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{resourcegroup-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "advancedMessage/sender/{sender@id}/recipient/00000000-0000-0000-0000-000000000000",
  data: {
    channelType: "whatsapp",
    messageType: "sticker",
    media: {
      mimeType: "image/webp",
      id: "00000000-0000-0000-0000-000000000000",
      animated: false
    },
    from: "{sender@id}",
    to: "00000000-0000-0000-0000-000000000000",
    receivedTimestamp: "2024-12-04T23:57:04+00:00"
  },
  eventType: "Microsoft.Communication.AdvancedMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2024-12-04T23:57:04.9459858Z"
});
const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_6 = frozen(toCloudEvent(advancedMessageReceived_2024_07_advanced_messaging_6));
const advancedMessageReceived_2024_07_advanced_messaging_7 = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{resourcegroup-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "advancedMessage/sender/{sender@id}/recipient/00000000-0000-0000-0000-000000000000",
  data: {
    channelType: "whatsapp",
    messageType: "reaction",
    reaction: {
      messageId: "{reply-message-id}",
      emoji: "👍"
    },
    from: "{sender@id}",
    to: "00000000-0000-0000-0000-000000000000",
    receivedTimestamp: "2024-12-04T23:57:04+00:00"
  },
  eventType: "Microsoft.Communication.AdvancedMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2024-12-04T23:57:04.9459858Z"
});
const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_7 = frozen(toCloudEvent(advancedMessageReceived_2024_07_advanced_messaging_7));
const advancedMessageReceived_2024_07_advanced_messaging_8 = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{resourcegroup-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "advancedMessage/sender/{sender@id}/recipient/00000000-0000-0000-0000-000000000000",
  data: {
    channelType: "whatsapp",
    messageType: "button",
    context: {
      from: "{receiverphonenumber@id}",
      id: "{reply-message-id}"
    },
    button: {
      text: "Yes",
      payload: "Kat said yes"
    },
    from: "{sender@id}",
    to: "00000000-0000-0000-0000-000000000000",
    receivedTimestamp: "2024-12-20T04:03:22+00:00"
  },
  eventType: "Microsoft.Communication.AdvancedMessageReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2024-12-20T04:03:22.7978135Z"
});
const advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_8 = frozen(toCloudEvent(advancedMessageReceived_2024_07_advanced_messaging_8));
const callEnded_2022_12_voice_video = frozen({
  id: "530183db-987b-4a3a-b6c1-3391bab12864",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "call/{serverCallId}",
  data: {
    startedBy: {
      communicationIdentifier: {
        rawId: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1",
        communicationUser: {
          id: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1"
        }
      },
      role: "{role}"
    },
    serverCallId: "{serverCallId}",
    group: {
      id: "00000000-0000-0000-0000-000000000000"
    },
    room: {
      id: "{roomId}"
    },
    isTwoParty: false,
    correlationId: "{correlationId}",
    isRoomsCall: true,
    callDurationInSeconds: 49.728617199999995
  },
  eventType: "Microsoft.Communication.CallEnded",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-09-22T17:03:12.6143005Z"
});
const callEndedCloudEvent_2022_12_voice_video = frozen(
  toCloudEvent(callEnded_2022_12_voice_video)
);
const callParticipantAdded_2022_12_voice_video = frozen({
  id: "615adcbd-23b2-4563-aba7-9d1b424d3d38",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "call/{serverCallId}/participant/8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1",
  data: {
    user: {
      communicationIdentifier: {
        rawId: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1",
        communicationUser: {
          id: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1"
        }
      },
      role: "{role}"
    },
    displayName: "Sharif Edge",
    participantId: "041e3b8a-1cce-4ebf-b587-131312c39410",
    startedBy: {
      communicationIdentifier: {
        rawId: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1",
        communicationUser: {
          id: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1"
        }
      },
      role: "{role}"
    },
    serverCallId: "{serverCallId}",
    group: {
      id: "00000000-0000-0000-0000-000000000000"
    },
    room: {
      id: "{roomId}"
    },
    isTwoParty: false,
    correlationId: "{correlationId}",
    isRoomsCall: true,
    userAgent: "acs-web-test-client-ACSWeb(3617/1.0.0.0/os=windows; browser=chrome; browserVer=93.0; deviceType=Desktop)/TsCallingVersion=_TS_BUILD_VERSION_/Ovb=_TS_OVB_VERSION_"
  },
  eventType: "Microsoft.Communication.CallParticipantAdded",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-09-22T17:02:39.2843314Z"
});
const callParticipantAddedCloudEvent_2022_12_voice_video = frozen(toCloudEvent(callParticipantAdded_2022_12_voice_video));
const callParticipantRemoved_2022_12_voice_video = frozen({
  id: "7b2307f3-57ec-4257-85a1-8ce654534ea9",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "call/aHR0cHM6Ly9jb252LWRldi0yMS5jb252LWRldi5za3lwZS5uZXQ6NDQzL2NvbnYvbVQ4NnVfempBMG05QVM4VnRvSWFrdz9pPTAmZT02Mzc2Nzc3MTc2MDAwMjgyMzA/participant/8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-27cc-07fd-0848220077d8",
  data: {
    user: {
      communicationIdentifier: {
        rawId: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-27cc-07fd-0848220077d8",
        communicationUser: {
          id: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-27cc-07fd-0848220077d8"
        }
      },
      role: "{role}"
    },
    displayName: "Sharif Chrome",
    participantId: "750a1442-3156-4914-94d2-62cf73796833",
    startedBy: {
      communicationIdentifier: {
        rawId: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1",
        communicationUser: {
          id: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1"
        }
      },
      role: "{role}"
    },
    serverCallId: "aHR0cHM6Ly9jb252LWRldi0yMS5jb252LWRldi5za3lwZS5uZXQ6NDQzL2NvbnYvbVQ4NnVfempBMG05QVM4VnRvSWFrdz9pPTAmZT02Mzc2Nzc3MTc2MDAwMjgyMzA",
    group: {
      id: "00000000-0000-0000-0000-000000000000"
    },
    room: {
      id: "{roomId}"
    },
    isTwoParty: false,
    correlationId: "{correlationId}",
    isRoomsCall: true,
    userAgent: "acs-web-test-client-ACSWeb(3617/1.0.0.0/os=windows; browser=chrome; browserVer=93.0; deviceType=Desktop)/TsCallingVersion=_TS_BUILD_VERSION_/Ovb=_TS_OVB_VERSION_"
  },
  eventType: "Microsoft.Communication.CallParticipantRemoved",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-09-22T17:28:41.1497652Z"
});
const callParticipantRemovedCloudEvent_2022_12_voice_video = frozen(toCloudEvent(callParticipantRemoved_2022_12_voice_video));
const callStarted_2022_12_voice_video = frozen(
  {
    id: "a8bcd8a3-12d7-46ba-8cde-f6d0bda8feeb",
    topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
    subject: "call/{serverCallId}/startedBy/8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1",
    data: {
      startedBy: {
        communicationIdentifier: {
          rawId: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1",
          communicationUser: {
            id: "8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1"
          }
        },
        role: "{role}"
      },
      serverCallId: "{serverCallId}",
      group: {
        id: "00000000-0000-0000-0000-000000000000"
      },
      room: {
        id: "{roomId}"
      },
      isTwoParty: false,
      correlationId: "{correlationId}",
      isRoomsCall: true
    },
    eventType: "Microsoft.Communication.CallStarted",
    dataVersion: "1.0",
    metadataVersion: "1",
    eventTime: "2021-09-22T17:02:38.6905856Z"
  }
);
const callStartedCloudEvent_2022_12_voice_video = frozen(
  toCloudEvent(callStarted_2022_12_voice_video)
);
const chatMemberAddedToThreadWithUser_2020_09 = frozen({
  id: "4abd2b49-d1a9-4fcc-9cd7-170fa5d96443",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2/memberAdded/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
  data: {
    time: "2020-09-18T00:47:13.1867087Z",
    addedBy: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f1",
    memberAdded: {
      displayName: "John Smith",
      memberId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe"
    },
    createTime: "2020-09-18T00:46:41.559Z",
    version: 1600390033176,
    recipientId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
    transactionId: "pVIjw/pHEEKUOUJ2DAAl5A.1.1.1.1.1818361951.1.1",
    threadId: "19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMemberAddedToThreadWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:47:13.2342692Z"
});
const chatMemberAddedToThreadWithUserCloudEvent_2020_09 = frozen(toCloudEvent(chatMemberAddedToThreadWithUser_2020_09));
const chatMemberAddedToThreadWithUser_2021_02 = frozen({
  id: "4abd2b49-d1a9-4fcc-9cd7-170fa5d96443",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/memberAdded/{rawId}/recipient/{rawId}",
  data: {
    time: "2020-09-18T00:47:13.1867087Z",
    addedBy: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f1",
    memberAdded: {
      displayName: "John Smith",
      memberId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe"
    },
    createTime: "2020-09-18T00:46:41.559Z",
    version: 1600390033176,
    recipientId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
    transactionId: "pVIjw/pHEEKUOUJ2DAAl5A.1.1.1.1.1818361951.1.1",
    threadId: "19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMemberAddedToThreadWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:47:13.2342692Z"
});
const chatMemberAddedToThreadWithUserCloudEvent_2021_02 = frozen(toCloudEvent(chatMemberAddedToThreadWithUser_2021_02));
const chatMemberRemovedFromThreadWithUser_2020_09 = frozen({
  id: "b3701976-1ea2-4d66-be68-4ec4fc1b4b96",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2/memberRemoved/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
  data: {
    time: "2020-09-18T00:47:51.1461742Z",
    removedBy: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f1",
    memberRemoved: {
      displayName: "John",
      memberId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe"
    },
    createTime: "2020-09-18T00:46:41.559Z",
    version: 1600390071131,
    recipientId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
    transactionId: "G9Y+UbjVmEuxAG3O4bEyvw.1.1.1.1.1819803816.1.1",
    threadId: "19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:47:51.2244511Z"
});
const chatMemberRemovedFromThreadWithUserCloudEvent_2020_09 = frozen(toCloudEvent(chatMemberRemovedFromThreadWithUser_2020_09));
const chatMemberRemovedFromThreadWithUser_2021_02 = frozen({
  id: "b3701976-1ea2-4d66-be68-4ec4fc1b4b96",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/memberRemoved/{rawId}/recipient/{rawId}",
  data: {
    time: "2020-09-18T00:47:51.1461742Z",
    removedBy: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f1",
    memberRemoved: {
      displayName: "John",
      memberId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe"
    },
    createTime: "2020-09-18T00:46:41.559Z",
    version: 1600390071131,
    recipientId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
    transactionId: "G9Y+UbjVmEuxAG3O4bEyvw.1.1.1.1.1819803816.1.1",
    threadId: "19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:47:51.2244511Z"
});
const chatMemberRemovedFromThreadWithUserCloudEvent_2021_02 = frozen(toCloudEvent(chatMemberRemovedFromThreadWithUser_2021_02));
const chatMessageDeleted_2020_09 = frozen({
  id: "08034616-cf11-4fc2-b402-88963b93d083",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2/sender/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
  data: {
    deleteTime: "2020-09-18T00:49:12.154Z",
    messageId: "1600390099195",
    senderId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe",
    senderDisplayName: "Bob(Admin)",
    composeTime: "2020-09-18T00:48:19.195Z",
    type: "Text",
    version: 1600390152154,
    recipientId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
    transactionId: "mAxUjeTsG06NpObXkFcjVQ.1.1.2.1.1823015063.1.5",
    threadId: "19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMessageDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:49:12.6698791Z"
});
const chatMessageDeletedCloudEvent_2020_09 = frozen(
  toCloudEvent(chatMessageDeleted_2020_09)
);
const chatMessageDeleted_2021_02 = frozen({
  id: "23cfcc13-33f2-4ae1-8d23-b5015b05302b",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}/recipient/{rawId}",
  data: {
    deleteTime: "2021-02-19T00:43:10.14Z",
    messageId: "1613695388152",
    senderId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e"
      }
    },
    senderDisplayName: "Bob(Admin)",
    composeTime: "2021-02-19T00:43:08.152Z",
    type: "Text",
    version: 1613695390361,
    recipientId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f"
      }
    },
    transactionId: "fFs4InlBn0O/0WyhfQZVSQ.1.1.2.1.1867776045.1.4",
    threadId: "19:48899258eec941e7a281e03edc8f4964@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMessageDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-19T00:43:10.9982947Z"
});
const chatMessageDeletedCloudEvent_2021_02 = frozen(
  toCloudEvent(chatMessageDeleted_2021_02)
);
const chatMessageDeleted_2021_10 = frozen({
  id: "23cfcc13-33f2-4ae1-8d23-b5015b05302b",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}/recipient/{rawId}",
  data: {
    deleteTime: "2021-02-19T00:43:10.14Z",
    messageId: "1613695388152",
    senderId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e"
      }
    },
    senderDisplayName: "Bob(Admin)",
    composeTime: "2021-02-19T00:43:08.152Z",
    type: "Text",
    version: 1613695390361,
    recipientId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f"
      }
    },
    transactionId: "fFs4InlBn0O/0WyhfQZVSQ.1.1.2.1.1867776045.1.4",
    threadId: "19:48899258eec941e7a281e03edc8f4964@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMessageDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-19T00:43:10.9982947Z"
});
const chatMessageDeletedCloudEvent_2021_10 = frozen(
  toCloudEvent(chatMessageDeleted_2021_10)
);
const chatMessageDeleted_2021_10_chat = frozen({
  id: "23cfcc13-33f2-4ae1-8d23-b5015b05302b",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}/recipient/{rawId}",
  data: {
    deleteTime: "2021-02-19T00:43:10.14Z",
    messageId: "1613695388152",
    senderId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e"
      }
    },
    senderDisplayName: "Bob(Admin)",
    composeTime: "2021-02-19T00:43:08.152Z",
    type: "Text",
    version: 1613695390361,
    recipientId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f"
      }
    },
    transactionId: "fFs4InlBn0O/0WyhfQZVSQ.1.1.2.1.1867776045.1.4",
    threadId: "19:48899258eec941e7a281e03edc8f4964@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMessageDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-19T00:43:10.9982947Z"
});
const chatMessageDeletedCloudEvent_2021_10_chat = frozen(toCloudEvent(chatMessageDeleted_2021_10_chat));
const chatMessageDeletedInThread_2021_02 = frozen({
  id: "17d9c39d-0c58-4ed8-947d-c55959f57f75",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}",
  data: {
    deleteTime: "2021-02-20T01:00:14.333+00:00",
    messageId: "1613782685440",
    type: "Text",
    version: 1613782814333,
    senderDisplayName: "Scott",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    composeTime: "2021-02-20T00:58:05.44+00:00",
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "HqU6PeK5AkCRSpW8eAbL0A.1.1.2.1.987824181.1"
  },
  eventType: "Microsoft.Communication.ChatMessageDeletedInThread",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T01:00:14.8518034Z"
});
const chatMessageDeletedInThreadCloudEvent_2021_02 = frozen(toCloudEvent(chatMessageDeletedInThread_2021_02));
const chatMessageDeletedInThread_2021_10 = frozen({
  id: "17d9c39d-0c58-4ed8-947d-c55959f57f75",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}",
  data: {
    deleteTime: "2021-02-20T01:00:14.333+00:00",
    messageId: "1613782685440",
    type: "Text",
    version: 1613782814333,
    senderDisplayName: "Scott",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    composeTime: "2021-02-20T00:58:05.44+00:00",
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "HqU6PeK5AkCRSpW8eAbL0A.1.1.2.1.987824181.1"
  },
  eventType: "Microsoft.Communication.ChatMessageDeletedInThread",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T01:00:14.8518034Z"
});
const chatMessageDeletedInThreadCloudEvent_2021_10 = frozen(toCloudEvent(chatMessageDeletedInThread_2021_10));
const chatMessageDeletedInThread_2021_10_chat = frozen({
  id: "17d9c39d-0c58-4ed8-947d-c55959f57f75",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}",
  data: {
    deleteTime: "2021-02-20T01:00:14.333+00:00",
    messageId: "1613782685440",
    type: "Text",
    version: 1613782814333,
    senderDisplayName: "Scott",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    composeTime: "2021-02-20T00:58:05.44+00:00",
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "HqU6PeK5AkCRSpW8eAbL0A.1.1.2.1.987824181.1"
  },
  eventType: "Microsoft.Communication.ChatMessageDeletedInThread",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T01:00:14.8518034Z"
});
const chatMessageDeletedInThreadCloudEvent_2021_10_chat = frozen(toCloudEvent(chatMessageDeletedInThread_2021_10_chat));
const chatMessageEdited_2020_09 = frozen({
  id: "18247662-e94a-40cc-8d2f-f7357365309e",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2/sender/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
  data: {
    editTime: "2020-09-18T00:48:47.361Z",
    messageBody: "Let's Chat about new communication services.",
    messageId: "1600390097873",
    senderId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe",
    senderDisplayName: "Bob(Admin)",
    composeTime: "2020-09-18T00:48:17.873Z",
    type: "Text",
    version: 1600390127361,
    recipientId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
    transactionId: "bbopOa1JZEW5NDDFLgH1ZQ.2.1.2.1.1822032097.1.5",
    threadId: "19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMessageEdited",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:48:48.037823Z"
});
const chatMessageEditedCloudEvent_2020_09 = frozen(
  toCloudEvent(chatMessageEdited_2020_09)
);
const chatMessageEdited_2021_02 = frozen({
  id: "93fc1037-b645-4eb0-a0f2-d7bb3ba6e060",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}/recipient/{rawId}",
  data: {
    editTime: "2021-02-19T00:28:20.784Z",
    messageBody: "Let's Chat about new communication services.",
    messageId: "1613694357917",
    senderId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724"
      }
    },
    senderDisplayName: "Bob(Admin)",
    composeTime: "2021-02-19T00:25:57.917Z",
    type: "Text",
    version: 1613694500784,
    recipientId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f"
      }
    },
    transactionId: "1mL4XZH2gEecu/alk9tOtw.2.1.2.1.1833042153.1.7",
    threadId: "19:6e5d6ca1d75044a49a36a7965ec4a906@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMessageEdited",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-19T00:28:21.7456718Z"
});
const chatMessageEditedCloudEvent_2021_02 = frozen(
  toCloudEvent(chatMessageEdited_2021_02)
);
const chatMessageEdited_2021_10 = frozen({
  id: "93fc1037-b645-4eb0-a0f2-d7bb3ba6e060",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}/recipient/{rawId}",
  data: {
    editTime: "2021-02-19T00:28:20.784Z",
    messageBody: "Let's Chat about new communication services.",
    messageId: "1613694357917",
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
    composeTime: "2021-02-19T00:25:57.917Z",
    type: "Text",
    version: 1613694500784,
    recipientId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f"
      }
    },
    transactionId: "1mL4XZH2gEecu/alk9tOtw.2.1.2.1.1833042153.1.7",
    threadId: "19:6e5d6ca1d75044a49a36a7965ec4a906@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMessageEdited",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-19T00:28:21.7456718Z"
});
const chatMessageEditedCloudEvent_2021_10 = frozen(
  toCloudEvent(chatMessageEdited_2021_10)
);
const chatMessageEdited_2021_10_chat = frozen({
  id: "93fc1037-b645-4eb0-a0f2-d7bb3ba6e060",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}/recipient/{rawId}",
  data: {
    editTime: "2021-02-19T00:28:20.784Z",
    messageBody: "Let's Chat about new communication services.",
    messageId: "1613694357917",
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
    composeTime: "2021-02-19T00:25:57.917Z",
    type: "Text",
    version: 1613694500784,
    recipientId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d60-83fe-084822000f6f"
      }
    },
    transactionId: "1mL4XZH2gEecu/alk9tOtw.2.1.2.1.1833042153.1.7",
    threadId: "19:6e5d6ca1d75044a49a36a7965ec4a906@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatMessageEdited",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-19T00:28:21.7456718Z"
});
const chatMessageEditedCloudEvent_2021_10_chat = frozen(
  toCloudEvent(chatMessageEdited_2021_10_chat)
);
const chatMessageEditedInThread_2021_02 = frozen({
  id: "7b8dc01e-2659-41fa-bc8c-88a967714510",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}",
  data: {
    editTime: "2021-02-20T00:59:10.464+00:00",
    messageBody: "8effb181-1eb2-4a58-9d03-ed48a461b19b",
    messageId: "1613782685964",
    type: "Text",
    version: 1613782750464,
    senderDisplayName: "Scott",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    composeTime: "2021-02-20T00:58:05.964+00:00",
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "H8Gpj3NkIU6bXlWw8WPvhQ.2.1.2.1.985333801.1"
  },
  eventType: "Microsoft.Communication.ChatMessageEditedInThread",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:59:10.7600061Z"
});
const chatMessageEditedInThreadCloudEvent_2021_02 = frozen(toCloudEvent(chatMessageEditedInThread_2021_02));
const chatMessageEditedInThread_2021_10 = frozen({
  id: "7b8dc01e-2659-41fa-bc8c-88a967714510",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}",
  data: {
    editTime: "2021-02-20T00:59:10.464+00:00",
    messageBody: "8effb181-1eb2-4a58-9d03-ed48a461b19b",
    messageId: "1613782685964",
    metadata: {
      key: "value",
      description: "A map of data associated with the message"
    },
    type: "Text",
    version: 1613782750464,
    senderDisplayName: "Scott",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    composeTime: "2021-02-20T00:58:05.964+00:00",
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "H8Gpj3NkIU6bXlWw8WPvhQ.2.1.2.1.985333801.1"
  },
  eventType: "Microsoft.Communication.ChatMessageEditedInThread",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:59:10.7600061Z"
});
const chatMessageEditedInThreadCloudEvent_2021_10 = frozen(toCloudEvent(chatMessageEditedInThread_2021_10));
const chatMessageEditedInThread_2021_10_chat = frozen({
  id: "7b8dc01e-2659-41fa-bc8c-88a967714510",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}",
  data: {
    editTime: "2021-02-20T00:59:10.464+00:00",
    messageBody: "8effb181-1eb2-4a58-9d03-ed48a461b19b",
    messageId: "1613782685964",
    metadata: {
      key: "value",
      description: "A map of data associated with the message"
    },
    type: "Text",
    version: 1613782750464,
    senderDisplayName: "Scott",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    composeTime: "2021-02-20T00:58:05.964+00:00",
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "H8Gpj3NkIU6bXlWw8WPvhQ.2.1.2.1.985333801.1"
  },
  eventType: "Microsoft.Communication.ChatMessageEditedInThread",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:59:10.7600061Z"
});
const chatMessageEditedInThreadCloudEvent_2021_10_chat = frozen(toCloudEvent(chatMessageEditedInThread_2021_10_chat));
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
const chatMessageReceived_2021_10_chat = frozen({
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
const chatMessageReceivedCloudEvent_2021_10_chat = frozen(toCloudEvent(chatMessageReceived_2021_10_chat));
const chatMessageReceivedInThread_2021_02 = frozen({
  id: "4f614f97-c451-4b82-a8c9-1e30c3bfcda1",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}",
  data: {
    messageBody: "Talk about new Thread Events in communication services",
    messageId: "1613783230064",
    type: "Text",
    version: 1613783230064,
    senderDisplayName: "Bob",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cdb-4916-07fd-084822002624",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cdb-4916-07fd-084822002624"
      }
    },
    composeTime: "2021-02-20T01:07:10.064+00:00",
    threadId: "19:5b3809e80e4a439d92c3316e273f4a2b@thread.v2",
    transactionId: "foMkntkKS0O/MhMlIE5Aag.1.1.1.1.1004077250.1"
  },
  eventType: "Microsoft.Communication.ChatMessageReceivedInThread",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T01:07:10.5704596Z"
});
const chatMessageReceivedInThreadCloudEvent_2021_02 = frozen(toCloudEvent(chatMessageReceivedInThread_2021_02));
const chatMessageReceivedInThread_2021_10 = frozen({
  id: "4f614f97-c451-4b82-a8c9-1e30c3bfcda1",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}",
  data: {
    messageBody: "Talk about new Thread Events in communication services",
    messageId: "1613783230064",
    metadata: {
      key: "value",
      description: "A map of data associated with the message"
    },
    type: "Text",
    version: 1613783230064,
    senderDisplayName: "Bob",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cdb-4916-07fd-084822002624",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cdb-4916-07fd-084822002624"
      }
    },
    composeTime: "2021-02-20T01:07:10.064+00:00",
    threadId: "19:5b3809e80e4a439d92c3316e273f4a2b@thread.v2",
    transactionId: "foMkntkKS0O/MhMlIE5Aag.1.1.1.1.1004077250.1"
  },
  eventType: "Microsoft.Communication.ChatMessageReceivedInThread",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T01:07:10.5704596Z"
});
const chatMessageReceivedInThreadCloudEvent_2021_10 = frozen(toCloudEvent(chatMessageReceivedInThread_2021_10));
const chatMessageReceivedInThread_2021_10_chat = frozen({
  id: "4f614f97-c451-4b82-a8c9-1e30c3bfcda1",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/sender/{rawId}",
  data: {
    messageBody: "Talk about new Thread Events in communication services",
    messageId: "1613783230064",
    metadata: {
      key: "value",
      description: "A map of data associated with the message"
    },
    type: "Text",
    version: 1613783230064,
    senderDisplayName: "Bob",
    senderCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cdb-4916-07fd-084822002624",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cdb-4916-07fd-084822002624"
      }
    },
    composeTime: "2021-02-20T01:07:10.064+00:00",
    threadId: "19:5b3809e80e4a439d92c3316e273f4a2b@thread.v2",
    transactionId: "foMkntkKS0O/MhMlIE5Aag.1.1.1.1.1004077250.1"
  },
  eventType: "Microsoft.Communication.ChatMessageReceivedInThread",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T01:07:10.5704596Z"
});
const chatMessageReceivedInThreadCloudEvent_2021_10_chat = frozen(toCloudEvent(chatMessageReceivedInThread_2021_10_chat));
const chatParticipantAddedToThreadWithUser_2021_02 = frozen({
  id: "049a5a7f-6cd7-43c1-b352-df9e9e6146d1",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantAdded/{rawId}/recipient/{rawId}",
  data: {
    time: "2021-02-25T06:37:29.9232485Z",
    addedByCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d"
      }
    },
    participantAdded: {
      displayName: "John Smith",
      participantCommunicationIdentifier: {
        rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f",
        communicationUser: {
          id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f"
        }
      }
    },
    recipientCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e"
      }
    },
    createTime: "2021-02-25T06:37:17.371Z",
    version: 1614235049907,
    transactionId: "q7rr9by6m0CiGiQxKdSO1w.1.1.1.1.1473446055.1.6",
    threadId: "19:f1400e1c542f4086a606b52ad20cd0bd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatParticipantAddedToThreadWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-25T06:37:31.4880091Z"
});
const chatParticipantAddedToThreadWithUserCloudEvent_2021_02 = frozen(toCloudEvent(chatParticipantAddedToThreadWithUser_2021_02));
const chatParticipantAddedToThreadWithUser_2021_10 = frozen({
  id: "049a5a7f-6cd7-43c1-b352-df9e9e6146d1",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantAdded/{rawId}/recipient/{rawId}",
  data: {
    time: "2021-02-25T06:37:29.9232485Z",
    addedByCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d"
      }
    },
    participantAdded: {
      displayName: "John Smith",
      participantCommunicationIdentifier: {
        rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f",
        communicationUser: {
          id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f"
        }
      }
    },
    recipientCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e"
      }
    },
    createTime: "2021-02-25T06:37:17.371Z",
    version: 1614235049907,
    transactionId: "q7rr9by6m0CiGiQxKdSO1w.1.1.1.1.1473446055.1.6",
    threadId: "19:f1400e1c542f4086a606b52ad20cd0bd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatParticipantAddedToThreadWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-25T06:37:31.4880091Z"
});
const chatParticipantAddedToThreadWithUserCloudEvent_2021_10 = frozen(toCloudEvent(chatParticipantAddedToThreadWithUser_2021_10));
const chatParticipantAddedToThreadWithUser_2021_10_chat = frozen({
  id: "049a5a7f-6cd7-43c1-b352-df9e9e6146d1",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantAdded/{rawId}/recipient/{rawId}",
  data: {
    time: "2021-02-25T06:37:29.9232485Z",
    addedByCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d"
      }
    },
    participantAdded: {
      displayName: "John Smith",
      participantCommunicationIdentifier: {
        rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f",
        communicationUser: {
          id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f"
        }
      }
    },
    recipientCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e"
      }
    },
    createTime: "2021-02-25T06:37:17.371Z",
    version: 1614235049907,
    transactionId: "q7rr9by6m0CiGiQxKdSO1w.1.1.1.1.1473446055.1.6",
    threadId: "19:f1400e1c542f4086a606b52ad20cd0bd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatParticipantAddedToThreadWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-25T06:37:31.4880091Z"
});
const chatParticipantAddedToThreadWithUserCloudEvent_2021_10_chat = frozen(toCloudEvent(chatParticipantAddedToThreadWithUser_2021_10_chat));
const chatParticipantRemovedFromThreadWithUser_2021_02 = frozen({
  id: "e8a4df24-799d-4c53-94fd-1e05703a4549",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantRemoved/{rawId}/recipient/{rawId}",
  data: {
    time: "2021-02-25T06:40:20.3564556Z",
    removedByCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d"
      }
    },
    participantRemoved: {
      displayName: "Bob",
      participantCommunicationIdentifier: {
        rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f",
        communicationUser: {
          id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f"
        }
      }
    },
    recipientCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e"
      }
    },
    createTime: "2021-02-25T06:37:17.371Z",
    version: 1614235220325,
    transactionId: "usv74GQ5zU+JmWv/bQ+qfg.1.1.1.1.1480065078.1.5",
    threadId: "19:f1400e1c542f4086a606b52ad20cd0bd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-25T06:40:24.2244945Z"
});
const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02 = frozen(toCloudEvent(chatParticipantRemovedFromThreadWithUser_2021_02));
const chatParticipantRemovedFromThreadWithUser_2021_10 = frozen({
  id: "e8a4df24-799d-4c53-94fd-1e05703a4549",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantRemoved/{rawId}/recipient/{rawId}",
  data: {
    time: "2021-02-25T06:40:20.3564556Z",
    removedByCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d"
      }
    },
    participantRemoved: {
      displayName: "Bob",
      participantCommunicationIdentifier: {
        rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f",
        communicationUser: {
          id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f"
        }
      }
    },
    recipientCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e"
      }
    },
    createTime: "2021-02-25T06:37:17.371Z",
    version: 1614235220325,
    transactionId: "usv74GQ5zU+JmWv/bQ+qfg.1.1.1.1.1480065078.1.5",
    threadId: "19:f1400e1c542f4086a606b52ad20cd0bd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-25T06:40:24.2244945Z"
});
const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10 = frozen(toCloudEvent(chatParticipantRemovedFromThreadWithUser_2021_10));
const chatParticipantRemovedFromThreadWithUser_2021_10_chat = frozen({
  id: "e8a4df24-799d-4c53-94fd-1e05703a4549",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantRemoved/{rawId}/recipient/{rawId}",
  data: {
    time: "2021-02-25T06:40:20.3564556Z",
    removedByCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8767-1655-373a0d00885d"
      }
    },
    participantRemoved: {
      displayName: "Bob",
      participantCommunicationIdentifier: {
        rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f",
        communicationUser: {
          id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8785-1655-373a0d00885f"
        }
      }
    },
    recipientCommunicationIdentifier: {
      rawId: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e",
      communicationUser: {
        id: "8:acs:0a420b29-555c-4f6b-841e-de8059893bb9_00000008-77c9-8781-1655-373a0d00885e"
      }
    },
    createTime: "2021-02-25T06:37:17.371Z",
    version: 1614235220325,
    transactionId: "usv74GQ5zU+JmWv/bQ+qfg.1.1.1.1.1480065078.1.5",
    threadId: "19:f1400e1c542f4086a606b52ad20cd0bd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-25T06:40:24.2244945Z"
});
const chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10_chat = frozen(toCloudEvent(chatParticipantRemovedFromThreadWithUser_2021_10_chat));
const chatThreadCreated_2021_02 = frozen({
  id: "a607ac52-0974-4d3c-bfd8-6f708a26f509",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/createdBy/{rawId}",
  data: {
    createdByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    properties: {
      topic: "Talk about new Thread Events in communication services"
    },
    participants: [
      {
        displayName: "Bob",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
          }
        }
      },
      {
        displayName: "Scott",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467"
          }
        }
      },
      {
        displayName: "Shawn",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f6-83fe-084822002337",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f6-83fe-084822002337"
          }
        }
      },
      {
        displayName: "Anthony",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e3-e1fe-084822002c35",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e3-e1fe-084822002c35"
          }
        }
      }
    ],
    createTime: "2021-02-20T00:31:54.365+00:00",
    version: 1613781114365,
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "gK6+kgANy0O1wchlVKVTJg.1.1.1.1.921436178.1"
  },
  eventType: "Microsoft.Communication.ChatThreadCreated",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:31:54.5369967Z"
});
const chatThreadCreatedCloudEvent_2021_02 = frozen(
  toCloudEvent(chatThreadCreated_2021_02)
);
const chatThreadCreated_2021_10 = frozen({
  id: "a607ac52-0974-4d3c-bfd8-6f708a26f509",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/createdBy/{rawId}",
  data: {
    createdByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    properties: {
      topic: "Talk about new Thread Events in communication services"
    },
    participants: [
      {
        displayName: "Bob",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
          }
        }
      },
      {
        displayName: "Scott",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467"
          }
        }
      },
      {
        displayName: "Shawn",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f6-83fe-084822002337",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f6-83fe-084822002337"
          }
        }
      },
      {
        displayName: "Anthony",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e3-e1fe-084822002c35",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e3-e1fe-084822002c35"
          }
        }
      }
    ],
    createTime: "2021-02-20T00:31:54.365+00:00",
    version: 1613781114365,
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "gK6+kgANy0O1wchlVKVTJg.1.1.1.1.921436178.1"
  },
  eventType: "Microsoft.Communication.ChatThreadCreated",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:31:54.5369967Z"
});
const chatThreadCreatedCloudEvent_2021_10 = frozen(
  toCloudEvent(chatThreadCreated_2021_10)
);
const chatThreadCreated_2021_10_chat = frozen({
  id: "a607ac52-0974-4d3c-bfd8-6f708a26f509",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/createdBy/{rawId}",
  data: {
    createdByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    properties: {
      topic: "Talk about new Thread Events in communication services"
    },
    participants: [
      {
        displayName: "Bob",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
          }
        }
      },
      {
        displayName: "Scott",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467"
          }
        }
      },
      {
        displayName: "Shawn",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f6-83fe-084822002337",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f6-83fe-084822002337"
          }
        }
      },
      {
        displayName: "Anthony",
        participantCommunicationIdentifier: {
          rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e3-e1fe-084822002c35",
          communicationUser: {
            id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e3-e1fe-084822002c35"
          }
        }
      }
    ],
    createTime: "2021-02-20T00:31:54.365+00:00",
    version: 1613781114365,
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "gK6+kgANy0O1wchlVKVTJg.1.1.1.1.921436178.1"
  },
  eventType: "Microsoft.Communication.ChatThreadCreated",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:31:54.5369967Z"
});
const chatThreadCreatedCloudEvent_2021_10_chat = frozen(
  toCloudEvent(chatThreadCreated_2021_10_chat)
);
const chatThreadCreatedWithUser_2020_09 = frozen({
  id: "06c7c381-bb0a-4fff-aedd-919df1d52137",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/19:7bdf5504a23f41a79d1bd472dd40044a@thread.v2/createdBy/8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003f0",
  data: {
    createdBy: "8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003fe",
    properties: {
      topic: "Chat about new communication services"
    },
    members: [
      {
        displayName: "Bob",
        memberId: "8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003f0"
      },
      {
        displayName: "John",
        memberId: "8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003f1"
      }
    ],
    createTime: "2020-09-17T22:06:09.988Z",
    version: 1600380369988,
    recipientId: "8:acs:73551687-f8c8-48a7-bf06-d8263f15b02a_00000005-3e5f-1bc6-f40f-343a0d0003f0",
    transactionId: "9ZxrGXVXCkOTygd5iwsvAQ.1.1.1.1.1440874720.1.1",
    threadId: "19:7bdf5504a23f41a79d1bd472dd40044a@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadCreatedWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-17T22:06:10.3235137Z"
});
const chatThreadCreatedWithUserCloudEvent_2020_09 = frozen(toCloudEvent(chatThreadCreatedWithUser_2020_09));
const chatThreadCreatedWithUser_2021_02 = frozen({
  id: "eba02b2d-37bf-420e-8656-3a42ef74c435",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/createdBy/{rawId}/recipient/{rawId}",
  data: {
    createdBy: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9",
    createdByCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9"
      }
    },
    properties: {
      topic: "Chat about new communication services"
    },
    members: [
      {
        displayName: "Bob",
        memberId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9"
      },
      {
        displayName: "John",
        memberId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea"
      }
    ],
    participants: [
      {
        displayName: "Bob",
        participantCommunicationIdentifier: {
          rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9",
          communicationUser: {
            id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9"
          }
        }
      },
      {
        displayName: "John",
        participantCommunicationIdentifier: {
          rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea",
          communicationUser: {
            id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea"
          }
        }
      }
    ],
    createTime: "2021-02-18T23:47:26.91Z",
    version: 1613692046910,
    recipientId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c"
      }
    },
    transactionId: "zbZt+9h/N0em+XCW2QvyIA.1.1.1.1.1737228330.0.1737490483.1.6",
    threadId: "19:1d594fb1eeb14566903cbc5decb5bf5b@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadCreatedWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-18T23:47:34.7437103Z"
});
const chatThreadCreatedWithUserCloudEvent_2021_02 = frozen(toCloudEvent(chatThreadCreatedWithUser_2021_02));
const chatThreadCreatedWithUser_2021_10 = frozen({
  id: "eba02b2d-37bf-420e-8656-3a42ef74c435",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/createdBy/{rawId}/recipient/{rawId}",
  data: {
    createdBy: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9",
    createdByCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9"
      }
    },
    properties: {
      topic: "Chat about new communication services"
    },
    members: [
      {
        displayName: "Bob",
        memberId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9"
      },
      {
        displayName: "John",
        memberId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea"
      }
    ],
    participants: [
      {
        displayName: "Bob",
        participantCommunicationIdentifier: {
          rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9",
          communicationUser: {
            id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9"
          }
        }
      },
      {
        displayName: "John",
        participantCommunicationIdentifier: {
          rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea",
          communicationUser: {
            id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea"
          }
        }
      }
    ],
    createTime: "2021-02-18T23:47:26.91Z",
    version: 1613692046910,
    recipientId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c"
      }
    },
    transactionId: "zbZt+9h/N0em+XCW2QvyIA.1.1.1.1.1737228330.0.1737490483.1.6",
    threadId: "19:1d594fb1eeb14566903cbc5decb5bf5b@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadCreatedWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-18T23:47:34.7437103Z"
});
const chatThreadCreatedWithUserCloudEvent_2021_10 = frozen(toCloudEvent(chatThreadCreatedWithUser_2021_10));
const chatThreadCreatedWithUser_2021_10_chat = frozen({
  id: "eba02b2d-37bf-420e-8656-3a42ef74c435",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/createdBy/{rawId}/recipient/{rawId}",
  data: {
    createdBy: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9",
    createdByCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9"
      }
    },
    properties: {
      topic: "Chat about new communication services"
    },
    members: [
      {
        displayName: "Bob",
        memberId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9"
      },
      {
        displayName: "John",
        memberId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea"
      }
    ],
    participants: [
      {
        displayName: "Bob",
        participantCommunicationIdentifier: {
          rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9",
          communicationUser: {
            id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286d-e1fe-0848220013b9"
          }
        }
      },
      {
        displayName: "John",
        participantCommunicationIdentifier: {
          rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea",
          communicationUser: {
            id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-289b-07fd-0848220015ea"
          }
        }
      }
    ],
    createTime: "2021-02-18T23:47:26.91Z",
    version: 1613692046910,
    recipientId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-576c-286e-84f5-08482200181c"
      }
    },
    transactionId: "zbZt+9h/N0em+XCW2QvyIA.1.1.1.1.1737228330.0.1737490483.1.6",
    threadId: "19:1d594fb1eeb14566903cbc5decb5bf5b@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadCreatedWithUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-18T23:47:34.7437103Z"
});
const chatThreadCreatedWithUserCloudEvent_2021_10_chat = frozen(toCloudEvent(chatThreadCreatedWithUser_2021_10_chat));
const chatThreadDeleted_2021_02 = frozen({
  id: "1dbd5237-4823-4fed-980c-8d27c17cf5b0",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/deletedBy/{rawId}",
  data: {
    deletedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-a300-07fd-084822002266",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-a300-07fd-084822002266"
      }
    },
    deleteTime: "2021-02-20T00:00:42.109802+00:00",
    createTime: "2021-02-20T00:00:39.947+00:00",
    version: 1613779241389,
    threadId: "19:c9e9f3060b884e448671391882066ac3@thread.v2",
    transactionId: "KibptDpcLEeEFnlR7cI3QA.1.1.2.1.848298005.1"
  },
  eventType: "Microsoft.Communication.ChatThreadDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:00:42.5428002Z"
});
const chatThreadDeletedCloudEvent_2021_02 = frozen(
  toCloudEvent(chatThreadDeleted_2021_02)
);
const chatThreadDeleted_2021_10 = frozen({
  id: "1dbd5237-4823-4fed-980c-8d27c17cf5b0",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/deletedBy/{rawId}",
  data: {
    deletedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-a300-07fd-084822002266",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-a300-07fd-084822002266"
      }
    },
    deleteTime: "2021-02-20T00:00:42.109802+00:00",
    createTime: "2021-02-20T00:00:39.947+00:00",
    version: 1613779241389,
    threadId: "19:c9e9f3060b884e448671391882066ac3@thread.v2",
    transactionId: "KibptDpcLEeEFnlR7cI3QA.1.1.2.1.848298005.1"
  },
  eventType: "Microsoft.Communication.ChatThreadDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:00:42.5428002Z"
});
const chatThreadDeletedCloudEvent_2021_10 = frozen(
  toCloudEvent(chatThreadDeleted_2021_10)
);
const chatThreadDeleted_2021_10_chat = frozen({
  id: "1dbd5237-4823-4fed-980c-8d27c17cf5b0",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/deletedBy/{rawId}",
  data: {
    deletedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-a300-07fd-084822002266",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-a300-07fd-084822002266"
      }
    },
    deleteTime: "2021-02-20T00:00:42.109802+00:00",
    createTime: "2021-02-20T00:00:39.947+00:00",
    version: 1613779241389,
    threadId: "19:c9e9f3060b884e448671391882066ac3@thread.v2",
    transactionId: "KibptDpcLEeEFnlR7cI3QA.1.1.2.1.848298005.1"
  },
  eventType: "Microsoft.Communication.ChatThreadDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:00:42.5428002Z"
});
const chatThreadDeletedCloudEvent_2021_10_chat = frozen(
  toCloudEvent(chatThreadDeleted_2021_10_chat)
);
const chatThreadParticipantAdded_2021_02 = frozen({
  id: "3024eb5d-1d71-49d1-878c-7dc3165433d9",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantadded/{rawId}",
  data: {
    time: "2021-02-20T00:54:42.8622646+00:00",
    addedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    participantAdded: {
      displayName: "Bob",
      participantCommunicationIdentifier: {
        rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f3-88f7-084822002454",
        communicationUser: {
          id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f3-88f7-084822002454"
        }
      }
    },
    createTime: "2021-02-20T00:31:54.365+00:00",
    version: 1613782482822,
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "9q6cO7i4FkaZ+5RRVzshVw.1.1.1.1.974913783.1"
  },
  eventType: "Microsoft.Communication.ChatThreadParticipantAdded",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:54:43.9866454Z"
});
const chatThreadParticipantAddedCloudEvent_2021_02 = frozen(toCloudEvent(chatThreadParticipantAdded_2021_02));
const chatThreadParticipantAdded_2021_10 = frozen({
  id: "3024eb5d-1d71-49d1-878c-7dc3165433d9",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantadded/{rawId}",
  data: {
    time: "2021-02-20T00:54:42.8622646+00:00",
    addedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    participantAdded: {
      displayName: "Bob",
      participantCommunicationIdentifier: {
        rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f3-88f7-084822002454",
        communicationUser: {
          id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f3-88f7-084822002454"
        }
      }
    },
    createTime: "2021-02-20T00:31:54.365+00:00",
    version: 1613782482822,
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "9q6cO7i4FkaZ+5RRVzshVw.1.1.1.1.974913783.1"
  },
  eventType: "Microsoft.Communication.ChatThreadParticipantAdded",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:54:43.9866454Z"
});
const chatThreadParticipantAddedCloudEvent_2021_10 = frozen(toCloudEvent(chatThreadParticipantAdded_2021_10));
const chatThreadParticipantAdded_2021_10_chat = frozen({
  id: "3024eb5d-1d71-49d1-878c-7dc3165433d9",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantadded/{rawId}",
  data: {
    time: "2021-02-20T00:54:42.8622646+00:00",
    addedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    participantAdded: {
      displayName: "Bob",
      participantCommunicationIdentifier: {
        rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f3-88f7-084822002454",
        communicationUser: {
          id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38f3-88f7-084822002454"
        }
      }
    },
    createTime: "2021-02-20T00:31:54.365+00:00",
    version: 1613782482822,
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "9q6cO7i4FkaZ+5RRVzshVw.1.1.1.1.974913783.1"
  },
  eventType: "Microsoft.Communication.ChatThreadParticipantAdded",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:54:43.9866454Z"
});
const chatThreadParticipantAddedCloudEvent_2021_10_chat = frozen(toCloudEvent(chatThreadParticipantAdded_2021_10_chat));
const chatThreadParticipantRemoved_2021_02 = frozen({
  id: "6ed810fd-8776-4b13-81c2-1a0c4f791a07",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantremoved/{rawId}",
  data: {
    time: "2021-02-20T00:56:18.1118825+00:00",
    removedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    participantRemoved: {
      displayName: "Shawn",
      participantCommunicationIdentifier: {
        rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467",
        communicationUser: {
          id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467"
        }
      }
    },
    createTime: "2021-02-20T00:31:54.365+00:00",
    version: 1613782578096,
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "zGCq8IGRr0aEF6COuy7wSA.1.1.1.1.978649284.1"
  },
  eventType: "Microsoft.Communication.ChatThreadParticipantRemoved",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:56:18.856721Z"
});
const chatThreadParticipantRemovedCloudEvent_2021_02 = frozen(toCloudEvent(chatThreadParticipantRemoved_2021_02));
const chatThreadParticipantRemoved_2021_10 = frozen({
  id: "6ed810fd-8776-4b13-81c2-1a0c4f791a07",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantremoved/{rawId}",
  data: {
    time: "2021-02-20T00:56:18.1118825+00:00",
    removedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    participantRemoved: {
      displayName: "Shawn",
      participantCommunicationIdentifier: {
        rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467",
        communicationUser: {
          id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467"
        }
      }
    },
    createTime: "2021-02-20T00:31:54.365+00:00",
    version: 1613782578096,
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "zGCq8IGRr0aEF6COuy7wSA.1.1.1.1.978649284.1"
  },
  eventType: "Microsoft.Communication.ChatThreadParticipantRemoved",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:56:18.856721Z"
});
const chatThreadParticipantRemovedCloudEvent_2021_10 = frozen(toCloudEvent(chatThreadParticipantRemoved_2021_10));
const chatThreadParticipantRemoved_2021_10_chat = frozen({
  id: "6ed810fd-8776-4b13-81c2-1a0c4f791a07",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/participantremoved/{rawId}",
  data: {
    time: "2021-02-20T00:56:18.1118825+00:00",
    removedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38a0-88f7-084822002453"
      }
    },
    participantRemoved: {
      displayName: "Shawn",
      participantCommunicationIdentifier: {
        rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467",
        communicationUser: {
          id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5cbb-38e6-07fd-084822002467"
        }
      }
    },
    createTime: "2021-02-20T00:31:54.365+00:00",
    version: 1613782578096,
    threadId: "19:e07c8ddc5bab4c059ea9f11d29b544b6@thread.v2",
    transactionId: "zGCq8IGRr0aEF6COuy7wSA.1.1.1.1.978649284.1"
  },
  eventType: "Microsoft.Communication.ChatThreadParticipantRemoved",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:56:18.856721Z"
});
const chatThreadParticipantRemovedCloudEvent_2021_10_chat = frozen(toCloudEvent(chatThreadParticipantRemoved_2021_10_chat));
const chatThreadPropertiesUpdated_2021_02 = frozen({
  id: "cf867580-9caf-45be-b49f-ab1cbfcaa59f",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/editedBy/{rawId}",
  data: {
    editedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-9e35-07fd-084822002264",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-9e35-07fd-084822002264"
      }
    },
    editTime: "2021-02-20T00:04:07.7152073+00:00",
    properties: {
      topic: "Talk about new Thread Events in communication services"
    },
    createTime: "2021-02-20T00:00:40.126+00:00",
    version: 1613779447695,
    threadId: "19:9e8eefe67b3c470a8187b4c2b00240bc@thread.v2",
    transactionId: "GBE9MB2a40KEWzexIg0D3A.1.1.1.1.856359041.1"
  },
  eventType: "Microsoft.Communication.ChatThreadPropertiesUpdated",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:04:07.8410277Z"
});
const chatThreadPropertiesUpdatedCloudEvent_2021_02 = frozen(toCloudEvent(chatThreadPropertiesUpdated_2021_02));
const chatThreadPropertiesUpdated_2021_10 = frozen({
  id: "cf867580-9caf-45be-b49f-ab1cbfcaa59f",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/editedBy/{rawId}",
  data: {
    editedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-9e35-07fd-084822002264",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-9e35-07fd-084822002264"
      }
    },
    editTime: "2021-02-20T00:04:07.7152073+00:00",
    properties: {
      topic: "Talk about new Thread Events in communication services"
    },
    createTime: "2021-02-20T00:00:40.126+00:00",
    version: 1613779447695,
    threadId: "19:9e8eefe67b3c470a8187b4c2b00240bc@thread.v2",
    transactionId: "GBE9MB2a40KEWzexIg0D3A.1.1.1.1.856359041.1"
  },
  eventType: "Microsoft.Communication.ChatThreadPropertiesUpdated",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:04:07.8410277Z"
});
const chatThreadPropertiesUpdatedCloudEvent_2021_10 = frozen(toCloudEvent(chatThreadPropertiesUpdated_2021_10));
const chatThreadPropertiesUpdated_2021_10_chat = frozen({
  id: "cf867580-9caf-45be-b49f-ab1cbfcaa59f",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/editedBy/{rawId}",
  data: {
    editedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-9e35-07fd-084822002264",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-5c9e-9e35-07fd-084822002264"
      }
    },
    editTime: "2021-02-20T00:04:07.7152073+00:00",
    properties: {
      topic: "Talk about new Thread Events in communication services"
    },
    createTime: "2021-02-20T00:00:40.126+00:00",
    version: 1613779447695,
    threadId: "19:9e8eefe67b3c470a8187b4c2b00240bc@thread.v2",
    transactionId: "GBE9MB2a40KEWzexIg0D3A.1.1.1.1.856359041.1"
  },
  eventType: "Microsoft.Communication.ChatThreadPropertiesUpdated",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-20T00:04:07.8410277Z"
});
const chatThreadPropertiesUpdatedCloudEvent_2021_10_chat = frozen(toCloudEvent(chatThreadPropertiesUpdated_2021_10_chat));
const chatThreadPropertiesUpdatedPerUser_2020_09 = frozen({
  id: "47a66834-57d7-4f77-9c7d-676d45524982",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/19:a33a128babf04431b7fe8cbca82f4238@thread.v2/editedBy/8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e88-2b7f-ac00-343a0d0005a8/recipient/8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e88-15fa-ac00-343a0d0005a7",
  data: {
    editedBy: "8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e88-2b7f-ac00-343a0d0005a8",
    editTime: "2020-09-18T00:40:38.4914428Z",
    properties: {
      topic: "Communication in Azure"
    },
    createTime: "2020-09-18T00:39:02.541Z",
    version: 1600389638481,
    recipientId: "8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e88-15fa-ac00-343a0d0005a7",
    transactionId: "+ah9tVwqNkCT6nUGCKIvAg.1.1.1.1.1802895561.1.1",
    threadId: "19:a33a128babf04431b7fe8cbca82f4238@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:40:38.5804349Z"
});
const chatThreadPropertiesUpdatedPerUserCloudEvent_2020_09 = frozen(toCloudEvent(chatThreadPropertiesUpdatedPerUser_2020_09));
const chatThreadPropertiesUpdatedPerUser_2021_02 = frozen({
  id: "d57342ff-264e-4a5e-9c54-ef05b7d50082",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/editedBy/{rawId}/recipient/{rawId}",
  data: {
    editedBy: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
    editedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e"
      }
    },
    editTime: "2021-02-19T00:28:28.7390282Z",
    properties: {
      topic: "Communication in Azure"
    },
    createTime: "2021-02-19T00:28:25.864Z",
    version: 1613694508719,
    recipientId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724"
      }
    },
    transactionId: "WLXPrnJ/I0+LTj2cwMrNMQ.1.1.1.1.1833369763.1.4",
    threadId: "19:2cc3504c41244d7483208a4f58a1f188@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-19T00:28:29.559726Z"
});
const chatThreadPropertiesUpdatedPerUserCloudEvent_2021_02 = frozen(toCloudEvent(chatThreadPropertiesUpdatedPerUser_2021_02));
const chatThreadPropertiesUpdatedPerUser_2021_10 = frozen({
  id: "d57342ff-264e-4a5e-9c54-ef05b7d50082",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/editedBy/{rawId}/recipient/{rawId}",
  data: {
    editedBy: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
    editedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e"
      }
    },
    editTime: "2021-02-19T00:28:28.7390282Z",
    properties: {
      topic: "Communication in Azure"
    },
    createTime: "2021-02-19T00:28:25.864Z",
    version: 1613694508719,
    recipientId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724"
      }
    },
    transactionId: "WLXPrnJ/I0+LTj2cwMrNMQ.1.1.1.1.1833369763.1.4",
    threadId: "19:2cc3504c41244d7483208a4f58a1f188@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-19T00:28:29.559726Z"
});
const chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10 = frozen(toCloudEvent(chatThreadPropertiesUpdatedPerUser_2021_10));
const chatThreadPropertiesUpdatedPerUser_2021_10_chat = frozen({
  id: "d57342ff-264e-4a5e-9c54-ef05b7d50082",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/editedBy/{rawId}/recipient/{rawId}",
  data: {
    editedBy: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
    editedByCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d07-83fe-084822000f6e"
      }
    },
    editTime: "2021-02-19T00:28:28.7390282Z",
    properties: {
      topic: "Communication in Azure"
    },
    createTime: "2021-02-19T00:28:25.864Z",
    version: 1613694508719,
    recipientId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724",
      communicationUser: {
        id: "8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724"
      }
    },
    transactionId: "WLXPrnJ/I0+LTj2cwMrNMQ.1.1.1.1.1833369763.1.4",
    threadId: "19:2cc3504c41244d7483208a4f58a1f188@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-19T00:28:29.559726Z"
});
const chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10_chat = frozen(toCloudEvent(chatThreadPropertiesUpdatedPerUser_2021_10_chat));
const chatThreadWithUserDeleted_2020_09 = frozen({
  id: "7f4fa31b-e95e-428b-a6e8-53e2553620ad",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2/deletedBy/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe/recipient/8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
  data: {
    deletedBy: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003fe",
    deleteTime: "2020-09-18T00:49:26.3694459Z",
    createTime: "2020-09-18T00:46:41.559Z",
    version: 1600390071625,
    recipientId: "8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005-3e5f-1bc6-f40f-343a0d0003f0",
    transactionId: "MoZlSM2j7kSD2b5X8bjH7Q.1.1.2.1.1823539230.1.1",
    threadId: "19:6d20c2f921cd402ead7d1b31b0d030cd@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadWithUserDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:49:26.4269056Z"
});
const chatThreadWithUserDeletedCloudEvent_2020_09 = frozen(toCloudEvent(chatThreadWithUserDeleted_2020_09));
const chatThreadWithUserDeleted_2021_02 = frozen({
  id: "f5d6750c-c6d7-4da8-bb05-6f3fca6c7295",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/deletedBy/{rawId}/recipient/{rawId}",
  data: {
    deletedBy: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21",
    deletedByCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21"
      }
    },
    deleteTime: "2021-02-18T23:57:51.5987591Z",
    createTime: "2021-02-18T23:54:15.683Z",
    version: 1613692578672,
    recipientId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416"
      }
    },
    transactionId: "mrliWVUndEmLwkZbeS5KoA.1.1.2.1.1761607918.1.6",
    threadId: "19:5870b8f021d74fd786bf5aeb095da291@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadWithUserDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-18T23:57:52.1597234Z"
});
const chatThreadWithUserDeletedCloudEvent_2021_02 = frozen(toCloudEvent(chatThreadWithUserDeleted_2021_02));
const chatThreadWithUserDeleted_2021_10 = frozen({
  id: "f5d6750c-c6d7-4da8-bb05-6f3fca6c7295",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/deletedBy/{rawId}/recipient/{rawId}",
  data: {
    deletedBy: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21",
    deletedByCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21"
      }
    },
    deleteTime: "2021-02-18T23:57:51.5987591Z",
    createTime: "2021-02-18T23:54:15.683Z",
    version: 1613692578672,
    recipientId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416"
      }
    },
    transactionId: "mrliWVUndEmLwkZbeS5KoA.1.1.2.1.1761607918.1.6",
    threadId: "19:5870b8f021d74fd786bf5aeb095da291@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadWithUserDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-18T23:57:52.1597234Z"
});
const chatThreadWithUserDeletedCloudEvent_2021_10 = frozen(toCloudEvent(chatThreadWithUserDeleted_2021_10));
const chatThreadWithUserDeleted_2021_10_chat = frozen({
  id: "f5d6750c-c6d7-4da8-bb05-6f3fca6c7295",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "thread/{thread-id}/deletedBy/{rawId}/recipient/{rawId}",
  data: {
    deletedBy: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21",
    deletedByCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-6473-83fe-084822000e21"
      }
    },
    deleteTime: "2021-02-18T23:57:51.5987591Z",
    createTime: "2021-02-18T23:54:15.683Z",
    version: 1613692578672,
    recipientId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416",
    recipientCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_00000008-5772-647b-e1fe-084822001416"
      }
    },
    transactionId: "mrliWVUndEmLwkZbeS5KoA.1.1.2.1.1761607918.1.6",
    threadId: "19:5870b8f021d74fd786bf5aeb095da291@thread.v2"
  },
  eventType: "Microsoft.Communication.ChatThreadWithUserDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-02-18T23:57:52.1597234Z"
});
const chatThreadWithUserDeletedCloudEvent_2021_10_chat = frozen(toCloudEvent(chatThreadWithUserDeleted_2021_10_chat));
const emailDeliveryReportReceived_2022_09_email = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "sender/senderid@azure.com/message/00000000-0000-0000-0000-000000000000",
  data: {
    sender: "senderid@azure.com",
    recipient: "receiver@azure.com",
    messageId: "00000000-0000-0000-0000-000000000000",
    status: "Delivered",
    deliveryStatusDetails: {
      statusMessage: "Status Message"
    },
    deliveryAttemptTimestamp: "2020-09-18T00:22:20.2855749+00:00"
  },
  eventType: "Microsoft.Communication.EmailDeliveryReportReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:22:20.822Z"
});
const emailDeliveryReportReceivedCloudEvent_2022_09_email = frozen(toCloudEvent(emailDeliveryReportReceived_2022_09_email));
const emailEngagementTrackingReportReceived_2022_09_email = frozen({
  id: "00000000-0000-0000-0000-000000000000",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "sender/senderid@azure.com/message/00000000-0000-0000-0000-000000000000",
  data: {
    sender: "senderid@azure.com",
    messageId: "00000000-0000-0000-0000-000000000000",
    engagementContext: "",
    userAgent: "",
    engagementType: "view",
    userActionTimestamp: "2022-09-06T22:34:52.1303595+00:00"
  },
  eventType: "Microsoft.Communication.EmailEngagementTrackingReportReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-09-06T22:34:52.688Z"
});
const emailEngagementTrackingReportReceivedCloudEvent_2022_09_email = frozen(toCloudEvent(emailEngagementTrackingReportReceived_2022_09_email));
const incomingCall_2022_12_voice_video = frozen({
  id: "d5546be8-227a-4db8-b2c3-4f06fd675fd6",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "/caller/8:acs:98e4cbef-70e7-4733-8594-063c4a72d711_00000014-2033-438d-1000-343a0d006e10/recipient/8:acs:98e4cbef-70e7-4733-8594-063c4a72d711_00000014-1889-f3a7-6a0b-343a0d0061f3",
  data: {
    to: {
      kind: "communicationUser",
      rawId: "8:acs:98e4cbef-70e7-4733-8594-063c4a72d711_00000014-1889-f3a7-6a0b-343a0d0061f3",
      communicationUser: {
        id: "8:acs:98e4cbef-70e7-4733-8594-063c4a72d711_00000014-1889-f3a7-6a0b-343a0d0061f3"
      }
    },
    from: {
      kind: "communicationUser",
      rawId: "8:acs:98e4cbef-70e7-4733-8594-063c4a72d711_00000014-2033-438d-1000-343a0d006e10",
      communicationUser: {
        id: "8:acs:98e4cbef-70e7-4733-8594-063c4a72d711_00000014-2033-438d-1000-343a0d006e10"
      }
    },
    serverCallId: "tob2JIV0wzOHdab3dWcGVWZmsrL2QxYVZnQ2U1bVVLQTh1T056YmpvdXdnQjNzZTlnTEhjNFlYem5BVU9nRGY5dUFQ",
    callerDisplayName: "John Doe",
    incomingCallContext: "eyJhbGciOiJub25lIiwidHliSldUIn0.eyJjYyI6Ikg0c0lBQi9iT0JiOUs0SVhtQS9UMGhJbFVaUUlHQVBIc1J1M1RlbzgyNW4xcmtHJNa2hCNVVTQkNUbjFKTVo1NCt3ZDk1WFY0ZnNENUg0VDV2dk5VQ001NWxpRkpJb0pDUWlXS0F3OTJRSEVwUWo4aFFleDl4ZmxjRi9lMTlaODNEUmN6QUpvMVRWVXoxK1dWYm1lNW5zNmF5cFRyVGJ1KzMxU3FMY3E1SFhHWHZpc3FWd2kwcUJWSEhta0xjVFJEQ0hlSjNhdzA5MHE2T0pOaFNqS0pFdXpCcVdidzRoSmJGMGtxUkNaOFA4T3VUMTF0MzVHN0kvS0w3aVQyc09aS2F0NHQ2cFV5d0UwSUlEYm4wQStjcGtiVjlUK0E4SUhLZ2JKUjc1Vm8vZ0hFZGtRT3RCYXl1akc4cUt2U1dITFFCR3JFYjJNY3RuRVF0TEZQV1JEUzJHMDk3TGU5VnhhTktob2JIV0wzOHdab3dWcGVWZmsrL2QxYVZnQ2U1bVVLQTh1T056YmpvdXdnQjNzZTlnTEhjNFlYem5BVU9nRGY5dUFQMndsMXA0WU5nK1cySVRxSEtZUzJDV25IcEUySkhVZzd2UnVHOTBsZ081cU81MngvekR0OElYWHBFSi9peUxtNkdibmR1eEdZREozRXNWWXh4ZzZPd1hqc0pCUjZvR1U3NDIrYTR4M1RpQXFaV245UVIrMHNaVDg3YXpRQzbDNUR3BuZFhST1FTMVRTRzVVTkRGeU5UVjNORTFHU2kxck1UTk9VMUF0TWtWNVNreFRUVVI0YlMxRk1VdEVabnBRTjFsQ1EwWkVlVTQxZURCc1IyaHljVTVYTFROeWVTMVJNVjgyVFhrdGRFNUJZV3hrZW5SSVUwMTFVVE5GWkRKUkluMTlmUS5hMTZ0eXdzTDhuVHNPY1RWa2JnV3FPbTRncktHZmVMaC1KNjZUZXoza0JWQVJmYWYwOTRDWDFJSE5tUXRJeDN1TWk2aXZ3QXFFQWV1UlNGTjhlS3gzWV8yZXppZUN5WDlaSHp6Q1ZKemdZUVprc0RjYnprMGJoR09laWkydkpEMnlBMFdyUW1SeGFxOGZUM25EOUQ1Z1ZSUVczMGRheGQ5V001X1ZuNFNENmxtLVR5TUSVEifQ.",
    correlationId: "d732db64-4803-462d-be9c-518943ea2b7a"
  },
  eventType: "Microsoft.Communication.IncomingCall",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-08-25T19:27:24.2415391Z"
});
const incomingCallCloudEvent_2022_12_voice_video = frozen(
  toCloudEvent(incomingCall_2022_12_voice_video)
);
const instantMessageDeleted_2020_03 = frozen({
  id: "4cedf460-a578-4e49-870c-2323a4e98ed9",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}",
  subject: "IM Event Test",
  data: {
    messageBody: "Instant Message Deleted",
    version: "1.0",
    deleteTime: "2020-07-16T22:11:25.3947649Z",
    senderId: "testSenderId",
    senderDisplayName: "TestClient",
    recipientId: "testRecipientId",
    transactionId: "transaction id",
    groupId: "test group",
    collapseId: "collapseId",
    messageId: "ebe7ab09-c741-42fb-946f-447f9d3adb3b",
    messageType: "MIME",
    composeTime: "2020-07-16T22:11:25.3945866Z"
  },
  eventType: "Microsoft.Communication.InstantMessageDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-07-16T22:11:25.3948833Z"
});
const instantMessageDeletedCloudEvent_2020_03 = frozen(toCloudEvent(instantMessageDeleted_2020_03));
const instantMessageEdited_2020_03 = frozen({
  id: "961d310d-75ec-4bfd-a021-367a0d104ed1",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}",
  subject: "IM Event Test",
  data: {
    messageBody: "Instant Message Edited",
    version: "1.0",
    editTime: "2020-07-16T22:11:04.017254Z",
    senderId: "testSenderId",
    senderDisplayName: "TestClient",
    recipientId: "testRecipientId",
    transactionId: "transaction id",
    groupId: "test group",
    collapseId: "collapseId",
    messageId: "3a6f523c-bb65-49ee-a4fb-4a125b653a0f",
    messageType: "MIME",
    composeTime: "2020-07-16T22:11:04.0172485Z"
  },
  eventType: "Microsoft.Communication.InstantMessageEdited",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-07-16T22:11:04.0172575Z"
});
const instantMessageEditedCloudEvent_2020_03 = frozen(
  toCloudEvent(instantMessageEdited_2020_03)
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
const recordingFileStatusUpdated_2022_12_voice_video = frozen({
  id: "7283825e-f8f1-4c61-a9ea-752c56890500",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "/recording/call/{call-id}/serverCallId/{server-call-id}/recordingId/{recording-id}",
  data: {
    recordingStorageInfo: {
      recordingChunks: [
        {
          documentId: "0-eus-d12-801b3f3fc462fe8a01e6810cbff729b8",
          index: 0,
          endReason: "SessionEnded",
          contentLocation: "https://storage.asm.skype.com/v1/objects/0-eus-d12-801b3f3fc462fe8a01e6810cbff729b8/content/video",
          metadataLocation: "https://storage.asm.skype.com/v1/objects/0-eus-d12-801b3f3fc462fe8a01e6810cbff729b8/content/acsmetadata",
          deleteLocation: "https://us-storage.asm.skype.com/v1/objects/0-eus-d1-83e9599991e21ad21220427d78fbf558"
        }
      ]
    },
    recordingStartTime: "2021-07-27T15:20:23.6089755Z",
    recordingDurationMs: 6620,
    sessionEndReason: "CallEnded"
  },
  eventType: "Microsoft.Communication.RecordingFileStatusUpdated",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-07-27T15:20:34.2199328Z"
});
const recordingFileStatusUpdatedCloudEvent_2022_12_voice_video = frozen(toCloudEvent(recordingFileStatusUpdated_2022_12_voice_video));
const routerJobCancelled_2023_07_router = frozen({
  id: "b6d8687a-5a1a-42ae-b8b5-ff7ec338c872",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId/disposition/100",
  data: {
    note: "Cancelled due to <reason>",
    dispositionCode: "100",
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    queueId: ""
  },
  eventType: "Microsoft.Communication.RouterJobCancelled",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobCancelledCloudEvent_2023_07_router = frozen(toCloudEvent(routerJobCancelled_2023_07_router));
const routerJobClassificationFailed_2023_07_router = frozen({
  id: "b6d8687a-5a1a-42ae-b8b5-ff7ec338c872",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId/classificationpolicy/test-policy",
  data: {
    errors: [
      {
        code: null,
        message: "Classification failed due to <reason>",
        target: null,
        innerError: null,
        details: null
      }
    ],
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    classificationPolicyId: "test-policy",
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    }
  },
  eventType: "Microsoft.Communication.RouterJobClassificationFailed",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobClassificationFailedCloudEvent_2023_07_router = frozen(toCloudEvent(routerJobClassificationFailed_2023_07_router));
const routerJobClassified_2023_07_router = frozen({
  id: "b6d8687a-5a1a-42ae-b8b5-ff7ec338c872",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId/queue/625fec06-ab81-4e60-b780-f364ed96ade1",
  data: {
    queueDetails: {
      id: "625fec06-ab81-4e60-b780-f364ed96ade1",
      name: "Queue 1",
      labels: {
        Language: "en",
        Product: "Office",
        Geo: "NA"
      }
    },
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    classificationPolicyId: "test-policy",
    queueId: "625fec06-ab81-4e60-b780-f364ed96ade1",
    priority: 5,
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    attachedWorkerSelectors: [
      {
        key: "string",
        labelOperator: "equal",
        value: 5
      }
    ]
  },
  eventType: "Microsoft.Communication.RouterJobClassified",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobClassifiedCloudEvent_2023_07_router = frozen(toCloudEvent(routerJobClassified_2023_07_router));
const routerJobClosed_2023_07_router = frozen({
  id: "b6d8687a-5a1a-42ae-b8b5-ff7ec338c872",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId/assignment/6f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
  data: {
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    queueId: "",
    dispositionCode: "",
    workerId: "e3a3f2f9-3582-4bfe-9c5a-aa57831a0f88",
    assignmentId: "6f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    }
  },
  eventType: "Microsoft.Communication.RouterJobClosed",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobClosedCloudEvent_2023_07_router = frozen(
  toCloudEvent(routerJobClosed_2023_07_router)
);
const routerJobCompleted_2023_07_router = frozen({
  id: "b6d8687a-5a1a-42ae-b8b5-ff7ec338c872",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId/assignment/6f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
  data: {
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    queueId: "queue-id",
    assignmentId: "6f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    workerId: "e3a3f2f9-3582-4bfe-9c5a-aa57831a0f88"
  },
  eventType: "Microsoft.Communication.RouterJobCompleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobCompletedCloudEvent_2023_07_router = frozen(toCloudEvent(routerJobCompleted_2023_07_router));
const routerJobDeleted_2023_07_router = frozen({
  id: "acdf8fa5-8ab4-4a65-874a-c1d2a4a97f2e",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId",
  data: {
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    queueId: ""
  },
  eventType: "Microsoft.Communication.RouterJobDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobDeletedCloudEvent_2023_07_router = frozen(
  toCloudEvent(routerJobDeleted_2023_07_router)
);
const routerJobExceptionTriggered_2023_07_router = frozen({
  id: "1027db4a-17fe-4a7f-ae67-276c3120a29f",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId/exceptionrule/r100",
  data: {
    ruleKey: "r100",
    exceptionRuleId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    }
  },
  eventType: "Microsoft.Communication.RouterJobExceptionTriggered",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobExceptionTriggeredCloudEvent_2023_07_router = frozen(toCloudEvent(routerJobExceptionTriggered_2023_07_router));
const routerJobQueued_2023_07_router = frozen({
  id: "b6d8687a-5a1a-42ae-b8b5-ff7ec338c872",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId/queue/625fec06-ab81-4e60-b780-f364ed96ade1",
  data: {
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    queueId: "625fec06-ab81-4e60-b780-f364ed96ade1",
    priority: 1,
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    requestedWorkerSelectors: [
      {
        key: "string",
        labelOperator: "equal",
        value: 5
      }
    ],
    attachedWorkerSelectors: [
      {
        key: "string",
        labelOperator: "equal",
        value: 5
      }
    ]
  },
  eventType: "Microsoft.Communication.RouterJobQueued",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobQueuedCloudEvent_2023_07_router = frozen(
  toCloudEvent(routerJobQueued_2023_07_router)
);
const routerJobReceived_2023_07_router = frozen({
  id: "acdf8fa5-8ab4-4a65-874a-c1d2a4a97f2e",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId",
  data: {
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    jobStatus: "PendingClassification",
    channelId: "FooVoiceChannelId",
    classificationPolicyId: "test-policy",
    queueId: "queue-id",
    priority: 0,
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    requestedWorkerSelectors: [
      {
        key: "string",
        labelOperator: "equal",
        value: 5,
        ttlSeconds: 50,
        expirationTime: "2022-02-17T00:58:25.1736293Z"
      }
    ],
    scheduledOn: "2007-03-28T19:13:50+00:00",
    unavailableForMatching: false
  },
  eventType: "Microsoft.Communication.RouterJobReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobReceivedCloudEvent_2023_07_router = frozen(toCloudEvent(routerJobReceived_2023_07_router));
const routerJobSchedulingFailed_2023_07_router = frozen({
  id: "acdf8fa5-8ab4-4a65-874a-c1d2a4a97f2e",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId",
  data: {
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelId: "FooVoiceChannelId",
    channelReference: "test-abc",
    queueId: "queue-id",
    priority: 1,
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    requestedWorkerSelectors: [
      {
        key: "string",
        labelOperator: "equal",
        value: 5
      }
    ],
    attachedWorkerSelectors: [
      {
        key: "string",
        labelOperator: "equal",
        value: 5
      }
    ],
    scheduledOn: "2022-02-17T00:55:25.1736293Z",
    failureReason: "Error"
  },
  eventType: "Microsoft.Communication.RouterJobSchedulingFailed",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobSchedulingFailedCloudEvent_2023_07_router = frozen(toCloudEvent(routerJobSchedulingFailed_2023_07_router));
const routerJobUnassigned_2023_07_router = frozen({
  id: "acdf8fa5-8ab4-4a65-874a-c1d2a4a97f2e",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId/assignment/6f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
  data: {
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    assignmentId: "6f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    workerId: "e3a3f2f9-3582-4bfe-9c5a-aa57831a0f88",
    channelId: "FooVoiceChannelId",
    channelReference: "test-abc",
    queueId: "queue-id",
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    }
  },
  eventType: "Microsoft.Communication.RouterJobUnassigned",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobUnassignedCloudEvent_2023_07_router = frozen(toCloudEvent(routerJobUnassigned_2023_07_router));
const routerJobWaitingForActivation_2023_07_router = frozen({
  id: "acdf8fa5-8ab4-4a65-874a-c1d2a4a97f2e",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId",
  data: {
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelId: "FooVoiceChannelId",
    channelReference: "test-abc",
    queueId: "queue-id",
    priority: 1,
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    requestedWorkerSelectors: [
      {
        key: "string",
        labelOperator: "equal",
        value: 5
      }
    ],
    attachedWorkerSelectors: [
      {
        key: "string",
        labelOperator: "equal",
        value: 5
      }
    ],
    scheduledOn: "2022-02-17T00:55:25.1736293Z",
    unavailableForMatching: false
  },
  eventType: "Microsoft.Communication.RouterJobWaitingForActivation",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobWaitingForActivationCloudEvent_2023_07_router = frozen(toCloudEvent(routerJobWaitingForActivation_2023_07_router));
const routerJobWorkerSelectorsExpired_2023_07_router = frozen({
  id: "b6d8687a-5a1a-42ae-b8b5-ff7ec338c872",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712/channel/FooVoiceChannelId/queue/625fec06-ab81-4e60-b780-f364ed96ade1",
  data: {
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    queueId: "625fec06-ab81-4e60-b780-f364ed96ade1",
    labels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    requestedWorkerSelectorsExpired: [
      {
        key: "string",
        labelOperator: "equal",
        value: 5
      }
    ],
    attachedWorkerSelectorsExpired: [
      {
        key: "string",
        labelOperator: "equal",
        value: 5
      }
    ]
  },
  eventType: "Microsoft.Communication.RouterJobWorkerSelectorsExpired",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerJobWorkerSelectorsExpiredCloudEvent_2023_07_router = frozen(toCloudEvent(routerJobWorkerSelectorsExpired_2023_07_router));
const routerWorkerDeleted_2023_07_router = frozen({
  id: "1027db4a-17fe-4a7f-ae67-276c3120a29f",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "worker/worker3",
  data: {
    workerId: "worker3",
    totalCapacity: 100,
    queueAssignments: [
      {
        id: "MyQueueId2",
        name: "Queue 3",
        labels: {
          Language: "en",
          Product: "Office",
          Geo: "NA"
        }
      }
    ],
    labels: {
      x: "111",
      y: "111"
    },
    channelConfigurations: [
      {
        channelId: "FooVoiceChannelId",
        capacityCostPerJob: 10,
        maxNumberOfJobs: 5
      }
    ],
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    }
  },
  eventType: "Microsoft.Communication.RouterWorkerDeleted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerWorkerDeletedCloudEvent_2023_07_router = frozen(toCloudEvent(routerWorkerDeleted_2023_07_router));
const routerWorkerDeregistered_2023_07_router = frozen({
  id: "1027db4a-17fe-4a7f-ae67-276c3120a29f",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "worker/worker3",
  data: {
    workerId: "worker3"
  },
  eventType: "Microsoft.Communication.RouterWorkerDeregistered",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerWorkerDeregisteredCloudEvent_2023_07_router = frozen(toCloudEvent(routerWorkerDeregistered_2023_07_router));
const routerWorkerOfferAccepted_2023_07_router = frozen({
  id: "1027db4a-17fe-4a7f-ae67-276c3120a29f",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "worker/w100/job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
  data: {
    workerId: "w100",
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    jobPriority: 5,
    jobLabels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    jobTags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    queueId: "625fec06-ab81-4e60-b780-f364ed96ade1",
    offerId: "565fec06-ab81-4e60-b780-f364ed96ade1",
    assignmentId: "765fec06-ab81-4e60-b780-f364ed96ade1"
  },
  eventType: "Microsoft.Communication.RouterWorkerOfferAccepted",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerWorkerOfferAcceptedCloudEvent_2023_07_router = frozen(toCloudEvent(routerWorkerOfferAccepted_2023_07_router));
const routerWorkerOfferDeclined_2023_07_router = frozen({
  id: "1027db4a-17fe-4a7f-ae67-276c3120a29f",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "worker/w100/job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
  data: {
    workerId: "w100",
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    queueId: "625fec06-ab81-4e60-b780-f364ed96ade1",
    offerId: "565fec06-ab81-4e60-b780-f364ed96ade1"
  },
  eventType: "Microsoft.Communication.RouterWorkerOfferDeclined",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerWorkerOfferDeclinedCloudEvent_2023_07_router = frozen(toCloudEvent(routerWorkerOfferDeclined_2023_07_router));
const routerWorkerOfferExpired_2023_07_router = frozen({
  id: "1027db4a-17fe-4a7f-ae67-276c3120a29f",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "worker/w100/job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
  data: {
    offerId: "565fec06-ab81-4e60-b780-f364ed96ade1",
    workerId: "w100",
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    queueId: "625fec06-ab81-4e60-b780-f364ed96ade1"
  },
  eventType: "Microsoft.Communication.RouterWorkerOfferExpired",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerWorkerOfferExpiredCloudEvent_2023_07_router = frozen(toCloudEvent(routerWorkerOfferExpired_2023_07_router));
const routerWorkerOfferIssued_2023_07_router = frozen({
  id: "1027db4a-17fe-4a7f-ae67-276c3120a29f",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "worker/w100/job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
  data: {
    workerId: "w100",
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    queueId: "625fec06-ab81-4e60-b780-f364ed96ade1",
    offerId: "525fec06-ab81-4e60-b780-f364ed96ade1",
    offeredOn: "2021-06-23T02:43:30.3847144Z",
    expiresOn: "2021-06-23T02:44:30.3847674Z",
    jobPriority: 5,
    jobLabels: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    },
    jobTags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    }
  },
  eventType: "Microsoft.Communication.RouterWorkerOfferIssued",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerWorkerOfferIssuedCloudEvent_2023_07_router = frozen(toCloudEvent(routerWorkerOfferIssued_2023_07_router));
const routerWorkerOfferRevoked_2023_07_router = frozen({
  id: "1027db4a-17fe-4a7f-ae67-276c3120a29f",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "worker/w100/job/7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
  data: {
    offerId: "565fec06-ab81-4e60-b780-f364ed96ade1",
    workerId: "w100",
    jobId: "7f1df17b-570b-4ae5-9cf5-fe6ff64cc712",
    channelReference: "test-abc",
    channelId: "FooVoiceChannelId",
    queueId: "625fec06-ab81-4e60-b780-f364ed96ade1"
  },
  eventType: "Microsoft.Communication.RouterWorkerOfferRevoked",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerWorkerOfferRevokedCloudEvent_2023_07_router = frozen(toCloudEvent(routerWorkerOfferRevoked_2023_07_router));
const routerWorkerRegistered_2023_07_router = frozen({
  id: "1027db4a-17fe-4a7f-ae67-276c3120a29f",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}",
  subject: "worker/worker3",
  data: {
    workerId: "worker3",
    totalCapacity: 100,
    queueAssignments: [
      {
        id: "MyQueueId2",
        name: "Queue 3",
        labels: {
          Language: "en",
          Product: "Office",
          Geo: "NA"
        }
      }
    ],
    labels: {
      x: "111",
      y: "111"
    },
    channelConfigurations: [
      {
        channelId: "FooVoiceChannelId",
        capacityCostPerJob: 10,
        maxNumberOfJobs: 5
      }
    ],
    tags: {
      Locale: "en-us",
      Segment: "Enterprise",
      Token: "FooToken"
    }
  },
  eventType: "Microsoft.Communication.RouterWorkerRegistered",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2022-02-17T00:55:25.1736293Z"
});
const routerWorkerRegisteredCloudEvent_2023_07_router = frozen(toCloudEvent(routerWorkerRegistered_2023_07_router));
const smsDeliveryReportReceived_2020_03 = frozen({
  id: "9b1768b4-1c90-4766-9491-c75a4592b34e",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}",
  subject: "SMS Event Test",
  data: {
    messageId: "1021620f-7174-4ef7-b9b8-f55cd3a945b1",
    from: "+19991234567",
    to: "+14259991234",
    deliveryStatus: "Success",
    deliveryStatusDetails: "Message sent successfully",
    deliveryAttempts: [
      {
        timestamp: "2020-07-16T22:10:22.224789Z",
        segmentsSucceeded: 1,
        segmentsFailed: 2
      },
      {
        timestamp: "2020-07-16T22:10:22.2250078Z",
        segmentsSucceeded: 1,
        segmentsFailed: 0
      }
    ]
  },
  eventType: "Microsoft.Communication.SMSDeliveryReportReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-07-16T22:10:22.2250704Z"
});
const smsDeliveryReportReceivedCloudEvent_2020_03 = frozen(toCloudEvent(smsDeliveryReportReceived_2020_03));
const smsDeliveryReportReceived_2020_09 = frozen({
  id: "Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "/phonenumber/15555555555",
  data: {
    messageId: "Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910",
    from: "+15555555555",
    to: "+15555555555",
    deliveryStatus: "Delivered",
    deliveryStatusDetails: "No error.",
    receivedTimestamp: "2020-09-18T00:22:20.2855749Z",
    deliveryAttempts: [
      {
        timestamp: "2020-09-18T00:22:14.9315918Z",
        segmentsSucceeded: 1,
        segmentsFailed: 0
      }
    ]
  },
  eventType: "Microsoft.Communication.SMSDeliveryReportReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:22:20Z"
});
const smsDeliveryReportReceivedCloudEvent_2020_09 = frozen(toCloudEvent(smsDeliveryReportReceived_2020_09));
const smsDeliveryReportReceived_2021_02 = frozen({
  id: "Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "/phonenumber/15555555555",
  data: {
    messageId: "Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910",
    from: "+15555555555",
    to: "+15555555555",
    deliveryStatus: "Delivered",
    deliveryStatusDetails: "No error.",
    receivedTimestamp: "2020-09-18T00:22:20.2855749Z",
    deliveryAttempts: [
      {
        timestamp: "2020-09-18T00:22:14.9315918Z",
        segmentsSucceeded: 1,
        segmentsFailed: 0
      }
    ]
  },
  eventType: "Microsoft.Communication.SMSDeliveryReportReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:22:20Z"
});
const smsDeliveryReportReceivedCloudEvent_2021_02 = frozen(toCloudEvent(smsDeliveryReportReceived_2021_02));
const smsDeliveryReportReceived_2025_01_sms = frozen({
  id: "Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "/phonenumber/15555555555",
  data: {
    messageId: "Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910",
    from: "+15555555555",
    to: "+15555555555",
    deliveryStatus: "Delivered",
    deliveryStatusDetails: "No error.",
    receivedTimestamp: "2020-09-18T00:22:20.2855749Z",
    deliveryAttempts: [
      {
        timestamp: "2020-09-18T00:22:14.9315918Z",
        segmentsSucceeded: 1,
        segmentsFailed: 0
      }
    ],
    tag: "Optional customer-tag set in the original message"
  },
  eventType: "Microsoft.Communication.SMSDeliveryReportReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:22:20Z"
});
const smsDeliveryReportReceivedCloudEvent_2025_01_sms = frozen(toCloudEvent(smsDeliveryReportReceived_2025_01_sms));
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
const smsReceived_2025_01_sms = frozen({
  id: "Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e",
  topic: "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "/phonenumber/15555555555",
  data: {
    messageId: "Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e",
    from: "+15555555555",
    to: "+15555555555",
    message: "Great to connect with Azure Communication Services events",
    receivedTimestamp: "2020-09-18T00:27:45.32Z",
    segmentCount: 1
  },
  eventType: "Microsoft.Communication.SMSReceived",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2020-09-18T00:27:47Z"
});
const smsReceivedCloudEvent_2025_01_sms = frozen(
  toCloudEvent(smsReceived_2025_01_sms)
);
const userDisconnected_2021_10_presence = frozen({
  id: "8f60490d-0719-4d9d-a1a6-835362fb752e",
  topic: "/subscriptions/{subscription-id}/resourcegroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",
  subject: "user/8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_0000000b-d198-0d50-84f5-084822008d40",
  data: {
    userCommunicationIdentifier: {
      rawId: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_0000000b-d198-0d50-84f5-084822008d40",
      communicationUser: {
        id: "8:acs:3d703c91-9657-4b3f-b19c-ef9d53f99710_0000000b-d198-0d50-84f5-084822008d40"
      }
    }
  },
  eventType: "Microsoft.Communication.UserDisconnected",
  dataVersion: "1.0",
  metadataVersion: "1",
  eventTime: "2021-08-10T20:25:38Z"
});
const userDisconnectedCloudEvent_2021_10_presence = frozen(toCloudEvent(userDisconnected_2021_10_presence));
const fixtures = frozen({
  eventGrid: {
    "Microsoft.Communication.AdvancedMessageAnalysisCompleted": {
      "2024-07-advanced-messaging": advancedMessageAnalysisCompleted_2024_07_advanced_messaging
    },
    "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": {
      "2024-07-advanced-messaging": advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging,
      "2024-07-advanced-messaging-2": advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging_2
    },
    "Microsoft.Communication.AdvancedMessageReceived": {
      "2024-07-advanced-messaging": advancedMessageReceived_2024_07_advanced_messaging,
      "2024-07-advanced-messaging-2": advancedMessageReceived_2024_07_advanced_messaging_2,
      "2024-07-advanced-messaging-3": advancedMessageReceived_2024_07_advanced_messaging_3,
      "2024-07-advanced-messaging-4": advancedMessageReceived_2024_07_advanced_messaging_4,
      "2024-07-advanced-messaging-5": advancedMessageReceived_2024_07_advanced_messaging_5,
      "2024-07-advanced-messaging-6": advancedMessageReceived_2024_07_advanced_messaging_6,
      "2024-07-advanced-messaging-7": advancedMessageReceived_2024_07_advanced_messaging_7,
      "2024-07-advanced-messaging-8": advancedMessageReceived_2024_07_advanced_messaging_8
    },
    "Microsoft.Communication.CallEnded": { "2022-12-voice-video": callEnded_2022_12_voice_video },
    "Microsoft.Communication.CallParticipantAdded": {
      "2022-12-voice-video": callParticipantAdded_2022_12_voice_video
    },
    "Microsoft.Communication.CallParticipantRemoved": {
      "2022-12-voice-video": callParticipantRemoved_2022_12_voice_video
    },
    "Microsoft.Communication.CallStarted": { "2022-12-voice-video": callStarted_2022_12_voice_video },
    "Microsoft.Communication.ChatMemberAddedToThreadWithUser": {
      "2020-09": chatMemberAddedToThreadWithUser_2020_09,
      "2021-02": chatMemberAddedToThreadWithUser_2021_02
    },
    "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": {
      "2020-09": chatMemberRemovedFromThreadWithUser_2020_09,
      "2021-02": chatMemberRemovedFromThreadWithUser_2021_02
    },
    "Microsoft.Communication.ChatMessageDeleted": {
      "2020-09": chatMessageDeleted_2020_09,
      "2021-02": chatMessageDeleted_2021_02,
      "2021-10": chatMessageDeleted_2021_10,
      "2021-10-chat": chatMessageDeleted_2021_10_chat
    },
    "Microsoft.Communication.ChatMessageDeletedInThread": {
      "2021-02": chatMessageDeletedInThread_2021_02,
      "2021-10": chatMessageDeletedInThread_2021_10,
      "2021-10-chat": chatMessageDeletedInThread_2021_10_chat
    },
    "Microsoft.Communication.ChatMessageEdited": {
      "2020-09": chatMessageEdited_2020_09,
      "2021-02": chatMessageEdited_2021_02,
      "2021-10": chatMessageEdited_2021_10,
      "2021-10-chat": chatMessageEdited_2021_10_chat
    },
    "Microsoft.Communication.ChatMessageEditedInThread": {
      "2021-02": chatMessageEditedInThread_2021_02,
      "2021-10": chatMessageEditedInThread_2021_10,
      "2021-10-chat": chatMessageEditedInThread_2021_10_chat
    },
    "Microsoft.Communication.ChatMessageReceived": {
      "2020-09": chatMessageReceived_2020_09,
      "2021-02": chatMessageReceived_2021_02,
      "2021-10": chatMessageReceived_2021_10,
      "2021-10-chat": chatMessageReceived_2021_10_chat
    },
    "Microsoft.Communication.ChatMessageReceivedInThread": {
      "2021-02": chatMessageReceivedInThread_2021_02,
      "2021-10": chatMessageReceivedInThread_2021_10,
      "2021-10-chat": chatMessageReceivedInThread_2021_10_chat
    },
    "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": {
      "2021-02": chatParticipantAddedToThreadWithUser_2021_02,
      "2021-10": chatParticipantAddedToThreadWithUser_2021_10,
      "2021-10-chat": chatParticipantAddedToThreadWithUser_2021_10_chat
    },
    "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": {
      "2021-02": chatParticipantRemovedFromThreadWithUser_2021_02,
      "2021-10": chatParticipantRemovedFromThreadWithUser_2021_10,
      "2021-10-chat": chatParticipantRemovedFromThreadWithUser_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadCreated": {
      "2021-02": chatThreadCreated_2021_02,
      "2021-10": chatThreadCreated_2021_10,
      "2021-10-chat": chatThreadCreated_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadCreatedWithUser": {
      "2020-09": chatThreadCreatedWithUser_2020_09,
      "2021-02": chatThreadCreatedWithUser_2021_02,
      "2021-10": chatThreadCreatedWithUser_2021_10,
      "2021-10-chat": chatThreadCreatedWithUser_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadDeleted": {
      "2021-02": chatThreadDeleted_2021_02,
      "2021-10": chatThreadDeleted_2021_10,
      "2021-10-chat": chatThreadDeleted_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadParticipantAdded": {
      "2021-02": chatThreadParticipantAdded_2021_02,
      "2021-10": chatThreadParticipantAdded_2021_10,
      "2021-10-chat": chatThreadParticipantAdded_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadParticipantRemoved": {
      "2021-02": chatThreadParticipantRemoved_2021_02,
      "2021-10": chatThreadParticipantRemoved_2021_10,
      "2021-10-chat": chatThreadParticipantRemoved_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadPropertiesUpdated": {
      "2021-02": chatThreadPropertiesUpdated_2021_02,
      "2021-10": chatThreadPropertiesUpdated_2021_10,
      "2021-10-chat": chatThreadPropertiesUpdated_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": {
      "2020-09": chatThreadPropertiesUpdatedPerUser_2020_09,
      "2021-02": chatThreadPropertiesUpdatedPerUser_2021_02,
      "2021-10": chatThreadPropertiesUpdatedPerUser_2021_10,
      "2021-10-chat": chatThreadPropertiesUpdatedPerUser_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadWithUserDeleted": {
      "2020-09": chatThreadWithUserDeleted_2020_09,
      "2021-02": chatThreadWithUserDeleted_2021_02,
      "2021-10": chatThreadWithUserDeleted_2021_10,
      "2021-10-chat": chatThreadWithUserDeleted_2021_10_chat
    },
    "Microsoft.Communication.EmailDeliveryReportReceived": {
      "2022-09-email": emailDeliveryReportReceived_2022_09_email
    },
    "Microsoft.Communication.EmailEngagementTrackingReportReceived": {
      "2022-09-email": emailEngagementTrackingReportReceived_2022_09_email
    },
    "Microsoft.Communication.IncomingCall": { "2022-12-voice-video": incomingCall_2022_12_voice_video },
    "Microsoft.Communication.InstantMessageDeleted": { "2020-03": instantMessageDeleted_2020_03 },
    "Microsoft.Communication.InstantMessageEdited": { "2020-03": instantMessageEdited_2020_03 },
    "Microsoft.Communication.InstantMessageReceived": { "2020-03": instantMessageReceived_2020_03 },
    "Microsoft.Communication.RecordingFileStatusUpdated": {
      "2022-12-voice-video": recordingFileStatusUpdated_2022_12_voice_video
    },
    "Microsoft.Communication.RouterJobCancelled": { "2023-07-router": routerJobCancelled_2023_07_router },
    "Microsoft.Communication.RouterJobClassificationFailed": {
      "2023-07-router": routerJobClassificationFailed_2023_07_router
    },
    "Microsoft.Communication.RouterJobClassified": { "2023-07-router": routerJobClassified_2023_07_router },
    "Microsoft.Communication.RouterJobClosed": { "2023-07-router": routerJobClosed_2023_07_router },
    "Microsoft.Communication.RouterJobCompleted": { "2023-07-router": routerJobCompleted_2023_07_router },
    "Microsoft.Communication.RouterJobDeleted": { "2023-07-router": routerJobDeleted_2023_07_router },
    "Microsoft.Communication.RouterJobExceptionTriggered": {
      "2023-07-router": routerJobExceptionTriggered_2023_07_router
    },
    "Microsoft.Communication.RouterJobQueued": { "2023-07-router": routerJobQueued_2023_07_router },
    "Microsoft.Communication.RouterJobReceived": { "2023-07-router": routerJobReceived_2023_07_router },
    "Microsoft.Communication.RouterJobSchedulingFailed": {
      "2023-07-router": routerJobSchedulingFailed_2023_07_router
    },
    "Microsoft.Communication.RouterJobUnassigned": { "2023-07-router": routerJobUnassigned_2023_07_router },
    "Microsoft.Communication.RouterJobWaitingForActivation": {
      "2023-07-router": routerJobWaitingForActivation_2023_07_router
    },
    "Microsoft.Communication.RouterJobWorkerSelectorsExpired": {
      "2023-07-router": routerJobWorkerSelectorsExpired_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerDeleted": { "2023-07-router": routerWorkerDeleted_2023_07_router },
    "Microsoft.Communication.RouterWorkerDeregistered": {
      "2023-07-router": routerWorkerDeregistered_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerOfferAccepted": {
      "2023-07-router": routerWorkerOfferAccepted_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerOfferDeclined": {
      "2023-07-router": routerWorkerOfferDeclined_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerOfferExpired": {
      "2023-07-router": routerWorkerOfferExpired_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerOfferIssued": {
      "2023-07-router": routerWorkerOfferIssued_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerOfferRevoked": {
      "2023-07-router": routerWorkerOfferRevoked_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerRegistered": {
      "2023-07-router": routerWorkerRegistered_2023_07_router
    },
    "Microsoft.Communication.SMSDeliveryReportReceived": {
      "2020-03": smsDeliveryReportReceived_2020_03,
      "2020-09": smsDeliveryReportReceived_2020_09,
      "2021-02": smsDeliveryReportReceived_2021_02,
      "2025-01-sms": smsDeliveryReportReceived_2025_01_sms
    },
    "Microsoft.Communication.SMSReceived": {
      "2020-03": smsReceived_2020_03,
      "2020-09": smsReceived_2020_09,
      "2021-02": smsReceived_2021_02,
      "2025-01-sms": smsReceived_2025_01_sms
    },
    "Microsoft.Communication.UserDisconnected": { "2021-10-presence": userDisconnected_2021_10_presence }
  },
  cloudEvents: {
    "Microsoft.Communication.AdvancedMessageAnalysisCompleted": {
      "2024-07-advanced-messaging": advancedMessageAnalysisCompletedCloudEvent_2024_07_advanced_messaging
    },
    "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": {
      "2024-07-advanced-messaging": advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging,
      "2024-07-advanced-messaging-2": advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging_2
    },
    "Microsoft.Communication.AdvancedMessageReceived": {
      "2024-07-advanced-messaging": advancedMessageReceivedCloudEvent_2024_07_advanced_messaging,
      "2024-07-advanced-messaging-2": advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_2,
      "2024-07-advanced-messaging-3": advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_3,
      "2024-07-advanced-messaging-4": advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_4,
      "2024-07-advanced-messaging-5": advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_5,
      "2024-07-advanced-messaging-6": advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_6,
      "2024-07-advanced-messaging-7": advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_7,
      "2024-07-advanced-messaging-8": advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_8
    },
    "Microsoft.Communication.CallEnded": { "2022-12-voice-video": callEndedCloudEvent_2022_12_voice_video },
    "Microsoft.Communication.CallParticipantAdded": {
      "2022-12-voice-video": callParticipantAddedCloudEvent_2022_12_voice_video
    },
    "Microsoft.Communication.CallParticipantRemoved": {
      "2022-12-voice-video": callParticipantRemovedCloudEvent_2022_12_voice_video
    },
    "Microsoft.Communication.CallStarted": {
      "2022-12-voice-video": callStartedCloudEvent_2022_12_voice_video
    },
    "Microsoft.Communication.ChatMemberAddedToThreadWithUser": {
      "2020-09": chatMemberAddedToThreadWithUserCloudEvent_2020_09,
      "2021-02": chatMemberAddedToThreadWithUserCloudEvent_2021_02
    },
    "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": {
      "2020-09": chatMemberRemovedFromThreadWithUserCloudEvent_2020_09,
      "2021-02": chatMemberRemovedFromThreadWithUserCloudEvent_2021_02
    },
    "Microsoft.Communication.ChatMessageDeleted": {
      "2020-09": chatMessageDeletedCloudEvent_2020_09,
      "2021-02": chatMessageDeletedCloudEvent_2021_02,
      "2021-10": chatMessageDeletedCloudEvent_2021_10,
      "2021-10-chat": chatMessageDeletedCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatMessageDeletedInThread": {
      "2021-02": chatMessageDeletedInThreadCloudEvent_2021_02,
      "2021-10": chatMessageDeletedInThreadCloudEvent_2021_10,
      "2021-10-chat": chatMessageDeletedInThreadCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatMessageEdited": {
      "2020-09": chatMessageEditedCloudEvent_2020_09,
      "2021-02": chatMessageEditedCloudEvent_2021_02,
      "2021-10": chatMessageEditedCloudEvent_2021_10,
      "2021-10-chat": chatMessageEditedCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatMessageEditedInThread": {
      "2021-02": chatMessageEditedInThreadCloudEvent_2021_02,
      "2021-10": chatMessageEditedInThreadCloudEvent_2021_10,
      "2021-10-chat": chatMessageEditedInThreadCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatMessageReceived": {
      "2020-09": chatMessageReceivedCloudEvent_2020_09,
      "2021-02": chatMessageReceivedCloudEvent_2021_02,
      "2021-10": chatMessageReceivedCloudEvent_2021_10,
      "2021-10-chat": chatMessageReceivedCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatMessageReceivedInThread": {
      "2021-02": chatMessageReceivedInThreadCloudEvent_2021_02,
      "2021-10": chatMessageReceivedInThreadCloudEvent_2021_10,
      "2021-10-chat": chatMessageReceivedInThreadCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": {
      "2021-02": chatParticipantAddedToThreadWithUserCloudEvent_2021_02,
      "2021-10": chatParticipantAddedToThreadWithUserCloudEvent_2021_10,
      "2021-10-chat": chatParticipantAddedToThreadWithUserCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": {
      "2021-02": chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02,
      "2021-10": chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10,
      "2021-10-chat": chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadCreated": {
      "2021-02": chatThreadCreatedCloudEvent_2021_02,
      "2021-10": chatThreadCreatedCloudEvent_2021_10,
      "2021-10-chat": chatThreadCreatedCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadCreatedWithUser": {
      "2020-09": chatThreadCreatedWithUserCloudEvent_2020_09,
      "2021-02": chatThreadCreatedWithUserCloudEvent_2021_02,
      "2021-10": chatThreadCreatedWithUserCloudEvent_2021_10,
      "2021-10-chat": chatThreadCreatedWithUserCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadDeleted": {
      "2021-02": chatThreadDeletedCloudEvent_2021_02,
      "2021-10": chatThreadDeletedCloudEvent_2021_10,
      "2021-10-chat": chatThreadDeletedCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadParticipantAdded": {
      "2021-02": chatThreadParticipantAddedCloudEvent_2021_02,
      "2021-10": chatThreadParticipantAddedCloudEvent_2021_10,
      "2021-10-chat": chatThreadParticipantAddedCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadParticipantRemoved": {
      "2021-02": chatThreadParticipantRemovedCloudEvent_2021_02,
      "2021-10": chatThreadParticipantRemovedCloudEvent_2021_10,
      "2021-10-chat": chatThreadParticipantRemovedCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadPropertiesUpdated": {
      "2021-02": chatThreadPropertiesUpdatedCloudEvent_2021_02,
      "2021-10": chatThreadPropertiesUpdatedCloudEvent_2021_10,
      "2021-10-chat": chatThreadPropertiesUpdatedCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": {
      "2020-09": chatThreadPropertiesUpdatedPerUserCloudEvent_2020_09,
      "2021-02": chatThreadPropertiesUpdatedPerUserCloudEvent_2021_02,
      "2021-10": chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10,
      "2021-10-chat": chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.ChatThreadWithUserDeleted": {
      "2020-09": chatThreadWithUserDeletedCloudEvent_2020_09,
      "2021-02": chatThreadWithUserDeletedCloudEvent_2021_02,
      "2021-10": chatThreadWithUserDeletedCloudEvent_2021_10,
      "2021-10-chat": chatThreadWithUserDeletedCloudEvent_2021_10_chat
    },
    "Microsoft.Communication.EmailDeliveryReportReceived": {
      "2022-09-email": emailDeliveryReportReceivedCloudEvent_2022_09_email
    },
    "Microsoft.Communication.EmailEngagementTrackingReportReceived": {
      "2022-09-email": emailEngagementTrackingReportReceivedCloudEvent_2022_09_email
    },
    "Microsoft.Communication.IncomingCall": {
      "2022-12-voice-video": incomingCallCloudEvent_2022_12_voice_video
    },
    "Microsoft.Communication.InstantMessageDeleted": { "2020-03": instantMessageDeletedCloudEvent_2020_03 },
    "Microsoft.Communication.InstantMessageEdited": { "2020-03": instantMessageEditedCloudEvent_2020_03 },
    "Microsoft.Communication.InstantMessageReceived": { "2020-03": instantMessageReceivedCloudEvent_2020_03 },
    "Microsoft.Communication.RecordingFileStatusUpdated": {
      "2022-12-voice-video": recordingFileStatusUpdatedCloudEvent_2022_12_voice_video
    },
    "Microsoft.Communication.RouterJobCancelled": {
      "2023-07-router": routerJobCancelledCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterJobClassificationFailed": {
      "2023-07-router": routerJobClassificationFailedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterJobClassified": {
      "2023-07-router": routerJobClassifiedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterJobClosed": { "2023-07-router": routerJobClosedCloudEvent_2023_07_router },
    "Microsoft.Communication.RouterJobCompleted": {
      "2023-07-router": routerJobCompletedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterJobDeleted": {
      "2023-07-router": routerJobDeletedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterJobExceptionTriggered": {
      "2023-07-router": routerJobExceptionTriggeredCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterJobQueued": { "2023-07-router": routerJobQueuedCloudEvent_2023_07_router },
    "Microsoft.Communication.RouterJobReceived": {
      "2023-07-router": routerJobReceivedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterJobSchedulingFailed": {
      "2023-07-router": routerJobSchedulingFailedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterJobUnassigned": {
      "2023-07-router": routerJobUnassignedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterJobWaitingForActivation": {
      "2023-07-router": routerJobWaitingForActivationCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterJobWorkerSelectorsExpired": {
      "2023-07-router": routerJobWorkerSelectorsExpiredCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerDeleted": {
      "2023-07-router": routerWorkerDeletedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerDeregistered": {
      "2023-07-router": routerWorkerDeregisteredCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerOfferAccepted": {
      "2023-07-router": routerWorkerOfferAcceptedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerOfferDeclined": {
      "2023-07-router": routerWorkerOfferDeclinedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerOfferExpired": {
      "2023-07-router": routerWorkerOfferExpiredCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerOfferIssued": {
      "2023-07-router": routerWorkerOfferIssuedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerOfferRevoked": {
      "2023-07-router": routerWorkerOfferRevokedCloudEvent_2023_07_router
    },
    "Microsoft.Communication.RouterWorkerRegistered": {
      "2023-07-router": routerWorkerRegisteredCloudEvent_2023_07_router
    },
    "Microsoft.Communication.SMSDeliveryReportReceived": {
      "2020-03": smsDeliveryReportReceivedCloudEvent_2020_03,
      "2020-09": smsDeliveryReportReceivedCloudEvent_2020_09,
      "2021-02": smsDeliveryReportReceivedCloudEvent_2021_02,
      "2025-01-sms": smsDeliveryReportReceivedCloudEvent_2025_01_sms
    },
    "Microsoft.Communication.SMSReceived": {
      "2020-03": smsReceivedCloudEvent_2020_03,
      "2020-09": smsReceivedCloudEvent_2020_09,
      "2021-02": smsReceivedCloudEvent_2021_02,
      "2025-01-sms": smsReceivedCloudEvent_2025_01_sms
    },
    "Microsoft.Communication.UserDisconnected": {
      "2021-10-presence": userDisconnectedCloudEvent_2021_10_presence
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
  "Microsoft.Communication.AdvancedMessageAnalysisCompleted": variants(
    makeAcsAdvancedMessageAnalysisCompletedEvent(),
    [
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
        value: "Microsoft.Communications.AdvancedMessageAnalysisCompleted"
      },
      { name: "/data/channelType is missing", status: "invalid", path: "/data/channelType", remove: true },
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
      },
      {
        name: "/data/error has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/error",
        value: "object"
      },
      {
        name: "/data/error is null, which it may not be",
        status: "invalid",
        path: "/data/error",
        value: null
      },
      {
        name: "/data/originalMessage has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/originalMessage",
        value: 42
      },
      {
        name: "/data/originalMessage is null, which it may not be",
        status: "invalid",
        path: "/data/originalMessage",
        value: null
      },
      {
        name: "/data/intentAnalysis has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/intentAnalysis",
        value: 42
      },
      {
        name: "/data/intentAnalysis is null, which it may not be",
        status: "invalid",
        path: "/data/intentAnalysis",
        value: null
      },
      {
        name: "/data/languageDetection has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/languageDetection",
        value: "object"
      },
      {
        name: "/data/languageDetection is null, which it may not be",
        status: "invalid",
        path: "/data/languageDetection",
        value: null
      },
      {
        name: "/data/extractedKeyPhrases has the wrong type (string instead of array)",
        status: "invalid",
        path: "/data/extractedKeyPhrases",
        value: "array"
      },
      {
        name: "/data/extractedKeyPhrases is null, which it may not be",
        status: "invalid",
        path: "/data/extractedKeyPhrases",
        value: null
      }
    ]
  ),
  "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated": variants(
    makeAcsAdvancedMessageDeliveryStatusUpdatedEvent(),
    [
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
        value: "Microsoft.Communications.AdvancedMessageDeliveryStatusUpdated"
      },
      { name: "/data/channelType is missing", status: "invalid", path: "/data/channelType", remove: true },
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
      },
      {
        name: "/data/error has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/error",
        value: "object"
      },
      {
        name: "/data/error is null, which it may not be",
        status: "invalid",
        path: "/data/error",
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
      { name: "/data/status is missing", status: "invalid", path: "/data/status", remove: true }
    ]
  ),
  "Microsoft.Communication.AdvancedMessageReceived": variants(makeAcsAdvancedMessageReceivedEvent(), [
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
      value: "Microsoft.Communications.AdvancedMessageReceived"
    },
    { name: "/data/channelType is missing", status: "invalid", path: "/data/channelType", remove: true },
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
    },
    {
      name: "/data/error has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/error",
      value: "object"
    },
    { name: "/data/error is null, which it may not be", status: "invalid", path: "/data/error", value: null },
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
    },
    {
      name: "/data/content has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/content",
      value: 42
    },
    {
      name: "/data/content is null, which it may not be",
      status: "invalid",
      path: "/data/content",
      value: null
    },
    {
      name: "/data/media has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/media",
      value: "object"
    },
    { name: "/data/media is null, which it may not be", status: "invalid", path: "/data/media", value: null },
    {
      name: "/data/media/mimeType is missing",
      status: "invalid",
      path: "/data/media/mimeType",
      remove: true
    },
    { name: "/data/media/id is missing", status: "invalid", path: "/data/media/id", remove: true },
    {
      name: "/data/context has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/context",
      value: "object"
    },
    {
      name: "/data/context is null, which it may not be",
      status: "invalid",
      path: "/data/context",
      value: null
    },
    {
      name: "/data/button has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/button",
      value: "object"
    },
    {
      name: "/data/button is null, which it may not be",
      status: "invalid",
      path: "/data/button",
      value: null
    },
    {
      name: "/data/interactive has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/interactive",
      value: "object"
    },
    {
      name: "/data/interactive is null, which it may not be",
      status: "invalid",
      path: "/data/interactive",
      value: null
    },
    {
      name: "/data/reaction has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/reaction",
      value: "object"
    },
    {
      name: "/data/reaction is null, which it may not be",
      status: "invalid",
      path: "/data/reaction",
      value: null
    },
    {
      name: "/data/reaction/messageId is missing",
      status: "invalid",
      path: "/data/reaction/messageId",
      remove: true
    }
  ]),
  "Microsoft.Communication.CallEnded": variants(makeAcsCallEndedEvent(), [
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
      value: "Microsoft.Communications.CallEnded"
    },
    { name: "/data/startedBy is missing", status: "invalid", path: "/data/startedBy", remove: true },
    {
      name: "/data/startedBy has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/startedBy",
      value: "object"
    },
    {
      name: "/data/startedBy is null, which it may not be",
      status: "invalid",
      path: "/data/startedBy",
      value: null
    },
    {
      name: "/data/startedBy/communicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/startedBy/communicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/startedBy/communicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/startedBy/communicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/serverCallId is missing", status: "invalid", path: "/data/serverCallId", remove: true },
    {
      name: "/data/serverCallId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/serverCallId",
      value: 42
    },
    {
      name: "/data/serverCallId is null, which it may not be",
      status: "invalid",
      path: "/data/serverCallId",
      value: null
    },
    {
      name: "/data/group has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/group",
      value: "object"
    },
    { name: "/data/group is null, which it may not be", status: "invalid", path: "/data/group", value: null },
    {
      name: "/data/room has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/room",
      value: "object"
    },
    { name: "/data/room is null, which it may not be", status: "invalid", path: "/data/room", value: null },
    {
      name: "/data/isTwoParty has the wrong type (string instead of boolean)",
      status: "invalid",
      path: "/data/isTwoParty",
      value: "true"
    },
    {
      name: "/data/isTwoParty is null, which it may not be",
      status: "invalid",
      path: "/data/isTwoParty",
      value: null
    },
    { name: "/data/correlationId is missing", status: "invalid", path: "/data/correlationId", remove: true },
    {
      name: "/data/correlationId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/correlationId",
      value: 42
    },
    {
      name: "/data/correlationId is null, which it may not be",
      status: "invalid",
      path: "/data/correlationId",
      value: null
    },
    {
      name: "/data/isRoomsCall has the wrong type (string instead of boolean)",
      status: "invalid",
      path: "/data/isRoomsCall",
      value: "true"
    },
    {
      name: "/data/isRoomsCall is null, which it may not be",
      status: "invalid",
      path: "/data/isRoomsCall",
      value: null
    },
    {
      name: "/data/endedBy has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/endedBy",
      value: "object"
    },
    {
      name: "/data/endedBy is null, which it may not be",
      status: "invalid",
      path: "/data/endedBy",
      value: null
    },
    {
      name: "/data/endedBy/communicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/endedBy/communicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/endedBy/communicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/endedBy/communicationIdentifier/communicationUser/id",
      remove: true
    },
    {
      name: "/data/reason has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/reason",
      value: "object"
    },
    {
      name: "/data/reason is null, which it may not be",
      status: "invalid",
      path: "/data/reason",
      value: null
    },
    {
      name: "/data/callDurationInSeconds has the wrong type (string instead of number)",
      status: "invalid",
      path: "/data/callDurationInSeconds",
      value: "forty-two"
    },
    {
      name: "/data/callDurationInSeconds is null, which it may not be",
      status: "invalid",
      path: "/data/callDurationInSeconds",
      value: null
    }
  ]),
  "Microsoft.Communication.CallParticipantAdded": variants(makeAcsCallParticipantAddedEvent(), [
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
      value: "Microsoft.Communications.CallParticipantAdded"
    },
    { name: "/data/startedBy is missing", status: "invalid", path: "/data/startedBy", remove: true },
    {
      name: "/data/startedBy has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/startedBy",
      value: "object"
    },
    {
      name: "/data/startedBy is null, which it may not be",
      status: "invalid",
      path: "/data/startedBy",
      value: null
    },
    {
      name: "/data/startedBy/communicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/startedBy/communicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/startedBy/communicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/startedBy/communicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/serverCallId is missing", status: "invalid", path: "/data/serverCallId", remove: true },
    {
      name: "/data/serverCallId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/serverCallId",
      value: 42
    },
    {
      name: "/data/serverCallId is null, which it may not be",
      status: "invalid",
      path: "/data/serverCallId",
      value: null
    },
    {
      name: "/data/group has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/group",
      value: "object"
    },
    { name: "/data/group is null, which it may not be", status: "invalid", path: "/data/group", value: null },
    {
      name: "/data/room has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/room",
      value: "object"
    },
    { name: "/data/room is null, which it may not be", status: "invalid", path: "/data/room", value: null },
    {
      name: "/data/isTwoParty has the wrong type (string instead of boolean)",
      status: "invalid",
      path: "/data/isTwoParty",
      value: "true"
    },
    {
      name: "/data/isTwoParty is null, which it may not be",
      status: "invalid",
      path: "/data/isTwoParty",
      value: null
    },
    { name: "/data/correlationId is missing", status: "invalid", path: "/data/correlationId", remove: true },
    {
      name: "/data/correlationId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/correlationId",
      value: 42
    },
    {
      name: "/data/correlationId is null, which it may not be",
      status: "invalid",
      path: "/data/correlationId",
      value: null
    },
    {
      name: "/data/isRoomsCall has the wrong type (string instead of boolean)",
      status: "invalid",
      path: "/data/isRoomsCall",
      value: "true"
    },
    {
      name: "/data/isRoomsCall is null, which it may not be",
      status: "invalid",
      path: "/data/isRoomsCall",
      value: null
    },
    {
      name: "/data/user has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/user",
      value: "object"
    },
    { name: "/data/user is null, which it may not be", status: "invalid", path: "/data/user", value: null },
    {
      name: "/data/user/communicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/user/communicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/user/communicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/user/communicationIdentifier/communicationUser/id",
      remove: true
    },
    {
      name: "/data/displayName has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/displayName",
      value: 42
    },
    {
      name: "/data/displayName is null, which it may not be",
      status: "invalid",
      path: "/data/displayName",
      value: null
    },
    {
      name: "/data/participantId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/participantId",
      value: 42
    },
    {
      name: "/data/participantId is null, which it may not be",
      status: "invalid",
      path: "/data/participantId",
      value: null
    },
    {
      name: "/data/userAgent has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/userAgent",
      value: 42
    },
    {
      name: "/data/userAgent is null, which it may not be",
      status: "invalid",
      path: "/data/userAgent",
      value: null
    }
  ]),
  "Microsoft.Communication.CallParticipantRemoved": variants(makeAcsCallParticipantRemovedEvent(), [
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
      value: "Microsoft.Communications.CallParticipantRemoved"
    },
    { name: "/data/startedBy is missing", status: "invalid", path: "/data/startedBy", remove: true },
    {
      name: "/data/startedBy has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/startedBy",
      value: "object"
    },
    {
      name: "/data/startedBy is null, which it may not be",
      status: "invalid",
      path: "/data/startedBy",
      value: null
    },
    {
      name: "/data/startedBy/communicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/startedBy/communicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/startedBy/communicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/startedBy/communicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/serverCallId is missing", status: "invalid", path: "/data/serverCallId", remove: true },
    {
      name: "/data/serverCallId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/serverCallId",
      value: 42
    },
    {
      name: "/data/serverCallId is null, which it may not be",
      status: "invalid",
      path: "/data/serverCallId",
      value: null
    },
    {
      name: "/data/group has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/group",
      value: "object"
    },
    { name: "/data/group is null, which it may not be", status: "invalid", path: "/data/group", value: null },
    {
      name: "/data/room has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/room",
      value: "object"
    },
    { name: "/data/room is null, which it may not be", status: "invalid", path: "/data/room", value: null },
    {
      name: "/data/isTwoParty has the wrong type (string instead of boolean)",
      status: "invalid",
      path: "/data/isTwoParty",
      value: "true"
    },
    {
      name: "/data/isTwoParty is null, which it may not be",
      status: "invalid",
      path: "/data/isTwoParty",
      value: null
    },
    { name: "/data/correlationId is missing", status: "invalid", path: "/data/correlationId", remove: true },
    {
      name: "/data/correlationId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/correlationId",
      value: 42
    },
    {
      name: "/data/correlationId is null, which it may not be",
      status: "invalid",
      path: "/data/correlationId",
      value: null
    },
    {
      name: "/data/isRoomsCall has the wrong type (string instead of boolean)",
      status: "invalid",
      path: "/data/isRoomsCall",
      value: "true"
    },
    {
      name: "/data/isRoomsCall is null, which it may not be",
      status: "invalid",
      path: "/data/isRoomsCall",
      value: null
    },
    {
      name: "/data/user has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/user",
      value: "object"
    },
    { name: "/data/user is null, which it may not be", status: "invalid", path: "/data/user", value: null },
    {
      name: "/data/user/communicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/user/communicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/user/communicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/user/communicationIdentifier/communicationUser/id",
      remove: true
    },
    {
      name: "/data/displayName has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/displayName",
      value: 42
    },
    {
      name: "/data/displayName is null, which it may not be",
      status: "invalid",
      path: "/data/displayName",
      value: null
    },
    {
      name: "/data/participantId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/participantId",
      value: 42
    },
    {
      name: "/data/participantId is null, which it may not be",
      status: "invalid",
      path: "/data/participantId",
      value: null
    },
    {
      name: "/data/userAgent has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/userAgent",
      value: 42
    },
    {
      name: "/data/userAgent is null, which it may not be",
      status: "invalid",
      path: "/data/userAgent",
      value: null
    }
  ]),
  "Microsoft.Communication.CallStarted": variants(makeAcsCallStartedEvent(), [
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
      value: "Microsoft.Communications.CallStarted"
    },
    { name: "/data/startedBy is missing", status: "invalid", path: "/data/startedBy", remove: true },
    {
      name: "/data/startedBy has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/startedBy",
      value: "object"
    },
    {
      name: "/data/startedBy is null, which it may not be",
      status: "invalid",
      path: "/data/startedBy",
      value: null
    },
    {
      name: "/data/startedBy/communicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/startedBy/communicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/startedBy/communicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/startedBy/communicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/serverCallId is missing", status: "invalid", path: "/data/serverCallId", remove: true },
    {
      name: "/data/serverCallId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/serverCallId",
      value: 42
    },
    {
      name: "/data/serverCallId is null, which it may not be",
      status: "invalid",
      path: "/data/serverCallId",
      value: null
    },
    {
      name: "/data/group has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/group",
      value: "object"
    },
    { name: "/data/group is null, which it may not be", status: "invalid", path: "/data/group", value: null },
    {
      name: "/data/room has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/room",
      value: "object"
    },
    { name: "/data/room is null, which it may not be", status: "invalid", path: "/data/room", value: null },
    {
      name: "/data/isTwoParty has the wrong type (string instead of boolean)",
      status: "invalid",
      path: "/data/isTwoParty",
      value: "true"
    },
    {
      name: "/data/isTwoParty is null, which it may not be",
      status: "invalid",
      path: "/data/isTwoParty",
      value: null
    },
    { name: "/data/correlationId is missing", status: "invalid", path: "/data/correlationId", remove: true },
    {
      name: "/data/correlationId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/correlationId",
      value: 42
    },
    {
      name: "/data/correlationId is null, which it may not be",
      status: "invalid",
      path: "/data/correlationId",
      value: null
    },
    {
      name: "/data/isRoomsCall has the wrong type (string instead of boolean)",
      status: "invalid",
      path: "/data/isRoomsCall",
      value: "true"
    },
    {
      name: "/data/isRoomsCall is null, which it may not be",
      status: "invalid",
      path: "/data/isRoomsCall",
      value: null
    }
  ]),
  "Microsoft.Communication.ChatAzureBotCommandReceivedInThread": variants(
    makeAcsChatAzureBotCommandReceivedInThreadEvent(),
    [
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
        value: "Microsoft.Communications.ChatAzureBotCommandReceivedInThread"
      },
      {
        name: "/data/transactionId is missing",
        status: "invalid",
        path: "/data/transactionId",
        remove: true
      },
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
        name: "/data/senderCommunicationIdentifier is missing",
        status: "invalid",
        path: "/data/senderCommunicationIdentifier",
        remove: true
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
      }
    ]
  ),
  "Microsoft.Communication.ChatMemberAddedToThreadWithUser": variants(
    makeAcsChatMemberAddedToThreadWithUserEvent(),
    [
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
        value: "Microsoft.Communications.ChatMemberAddedToThreadWithUser"
      },
      { name: "/data/time is missing", status: "invalid", path: "/data/time", remove: true },
      {
        name: "/data/time has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/time",
        value: 42
      },
      { name: "/data/time is null, which it may not be", status: "invalid", path: "/data/time", value: null },
      {
        name: "/data/time is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/time",
        value: "2021-02-30T12:00:00Z"
      },
      { name: "/data/addedBy is missing", status: "invalid", path: "/data/addedBy", remove: true },
      {
        name: "/data/addedBy has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/addedBy",
        value: 42
      },
      {
        name: "/data/addedBy is null, which it may not be",
        status: "invalid",
        path: "/data/addedBy",
        value: null
      },
      { name: "/data/memberAdded is missing", status: "invalid", path: "/data/memberAdded", remove: true },
      {
        name: "/data/memberAdded has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/memberAdded",
        value: "object"
      },
      {
        name: "/data/memberAdded is null, which it may not be",
        status: "invalid",
        path: "/data/memberAdded",
        value: null
      },
      {
        name: "/data/memberAdded/displayName is missing",
        status: "invalid",
        path: "/data/memberAdded/displayName",
        remove: true
      },
      {
        name: "/data/memberAdded/memberId is missing",
        status: "invalid",
        path: "/data/memberAdded/memberId",
        remove: true
      },
      { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
      {
        name: "/data/createTime has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/createTime",
        value: 42
      },
      {
        name: "/data/createTime is null, which it may not be",
        status: "invalid",
        path: "/data/createTime",
        value: null
      },
      {
        name: "/data/createTime is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/createTime",
        value: "2021-02-30T12:00:00Z"
      },
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
        name: "/data/transactionId is missing",
        status: "invalid",
        path: "/data/transactionId",
        remove: true
      },
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
    ]
  ),
  "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser": variants(
    makeAcsChatMemberRemovedFromThreadWithUserEvent(),
    [
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
        value: "Microsoft.Communications.ChatMemberRemovedFromThreadWithUser"
      },
      { name: "/data/time is missing", status: "invalid", path: "/data/time", remove: true },
      {
        name: "/data/time has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/time",
        value: 42
      },
      { name: "/data/time is null, which it may not be", status: "invalid", path: "/data/time", value: null },
      {
        name: "/data/time is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/time",
        value: "2021-02-30T12:00:00Z"
      },
      { name: "/data/removedBy is missing", status: "invalid", path: "/data/removedBy", remove: true },
      {
        name: "/data/removedBy has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/removedBy",
        value: 42
      },
      {
        name: "/data/removedBy is null, which it may not be",
        status: "invalid",
        path: "/data/removedBy",
        value: null
      },
      {
        name: "/data/memberRemoved is missing",
        status: "invalid",
        path: "/data/memberRemoved",
        remove: true
      },
      {
        name: "/data/memberRemoved has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/memberRemoved",
        value: "object"
      },
      {
        name: "/data/memberRemoved is null, which it may not be",
        status: "invalid",
        path: "/data/memberRemoved",
        value: null
      },
      {
        name: "/data/memberRemoved/displayName is missing",
        status: "invalid",
        path: "/data/memberRemoved/displayName",
        remove: true
      },
      {
        name: "/data/memberRemoved/memberId is missing",
        status: "invalid",
        path: "/data/memberRemoved/memberId",
        remove: true
      },
      { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
      {
        name: "/data/createTime has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/createTime",
        value: 42
      },
      {
        name: "/data/createTime is null, which it may not be",
        status: "invalid",
        path: "/data/createTime",
        value: null
      },
      {
        name: "/data/createTime is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/createTime",
        value: "2021-02-30T12:00:00Z"
      },
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
        name: "/data/transactionId is missing",
        status: "invalid",
        path: "/data/transactionId",
        remove: true
      },
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
    ]
  ),
  "Microsoft.Communication.ChatMessageDeleted": variants(makeAcsChatMessageDeletedEvent(), [
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
      value: "Microsoft.Communications.ChatMessageDeleted"
    },
    { name: "/data/deleteTime is missing", status: "invalid", path: "/data/deleteTime", remove: true },
    {
      name: "/data/deleteTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/deleteTime",
      value: 42
    },
    {
      name: "/data/deleteTime is null, which it may not be",
      status: "invalid",
      path: "/data/deleteTime",
      value: null
    },
    {
      name: "/data/deleteTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/deleteTime",
      value: "2021-02-30T12:00:00Z"
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
  "Microsoft.Communication.ChatMessageDeletedInThread": variants(makeAcsChatMessageDeletedInThreadEvent(), [
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
      value: "Microsoft.Communications.ChatMessageDeletedInThread"
    },
    { name: "/data/deleteTime is missing", status: "invalid", path: "/data/deleteTime", remove: true },
    {
      name: "/data/deleteTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/deleteTime",
      value: 42
    },
    {
      name: "/data/deleteTime is null, which it may not be",
      status: "invalid",
      path: "/data/deleteTime",
      value: null
    },
    {
      name: "/data/deleteTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/deleteTime",
      value: "2021-02-30T12:00:00Z"
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
    {
      name: "/data/senderCommunicationIdentifier is missing",
      status: "invalid",
      path: "/data/senderCommunicationIdentifier",
      remove: true
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
  "Microsoft.Communication.ChatMessageEdited": variants(makeAcsChatMessageEditedEvent(), [
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
      value: "Microsoft.Communications.ChatMessageEdited"
    },
    { name: "/data/editTime is missing", status: "invalid", path: "/data/editTime", remove: true },
    {
      name: "/data/editTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/editTime",
      value: 42
    },
    {
      name: "/data/editTime is null, which it may not be",
      status: "invalid",
      path: "/data/editTime",
      value: null
    },
    {
      name: "/data/editTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/editTime",
      value: "2021-02-30T12:00:00Z"
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
  "Microsoft.Communication.ChatMessageEditedInThread": variants(makeAcsChatMessageEditedInThreadEvent(), [
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
      value: "Microsoft.Communications.ChatMessageEditedInThread"
    },
    { name: "/data/editTime is missing", status: "invalid", path: "/data/editTime", remove: true },
    {
      name: "/data/editTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/editTime",
      value: 42
    },
    {
      name: "/data/editTime is null, which it may not be",
      status: "invalid",
      path: "/data/editTime",
      value: null
    },
    {
      name: "/data/editTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/editTime",
      value: "2021-02-30T12:00:00Z"
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
    {
      name: "/data/senderCommunicationIdentifier is missing",
      status: "invalid",
      path: "/data/senderCommunicationIdentifier",
      remove: true
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
  "Microsoft.Communication.ChatMessageReceivedInThread": variants(makeAcsChatMessageReceivedInThreadEvent(), [
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
      value: "Microsoft.Communications.ChatMessageReceivedInThread"
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
    {
      name: "/data/senderCommunicationIdentifier is missing",
      status: "invalid",
      path: "/data/senderCommunicationIdentifier",
      remove: true
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
  "Microsoft.Communication.ChatParticipantAddedToThreadWithUser": variants(
    makeAcsChatParticipantAddedToThreadWithUserEvent(),
    [
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
        value: "Microsoft.Communications.ChatParticipantAddedToThreadWithUser"
      },
      { name: "/data/time is missing", status: "invalid", path: "/data/time", remove: true },
      {
        name: "/data/time has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/time",
        value: 42
      },
      { name: "/data/time is null, which it may not be", status: "invalid", path: "/data/time", value: null },
      {
        name: "/data/time is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/time",
        value: "2021-02-30T12:00:00Z"
      },
      {
        name: "/data/addedByCommunicationIdentifier is missing",
        status: "invalid",
        path: "/data/addedByCommunicationIdentifier",
        remove: true
      },
      {
        name: "/data/addedByCommunicationIdentifier has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/addedByCommunicationIdentifier",
        value: "object"
      },
      {
        name: "/data/addedByCommunicationIdentifier is null, which it may not be",
        status: "invalid",
        path: "/data/addedByCommunicationIdentifier",
        value: null
      },
      {
        name: "/data/addedByCommunicationIdentifier/rawId is missing",
        status: "invalid",
        path: "/data/addedByCommunicationIdentifier/rawId",
        remove: true
      },
      {
        name: "/data/addedByCommunicationIdentifier/communicationUser/id is missing",
        status: "invalid",
        path: "/data/addedByCommunicationIdentifier/communicationUser/id",
        remove: true
      },
      {
        name: "/data/participantAdded is missing",
        status: "invalid",
        path: "/data/participantAdded",
        remove: true
      },
      {
        name: "/data/participantAdded has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/participantAdded",
        value: "object"
      },
      {
        name: "/data/participantAdded is null, which it may not be",
        status: "invalid",
        path: "/data/participantAdded",
        value: null
      },
      {
        name: "/data/participantAdded/displayName is missing",
        status: "invalid",
        path: "/data/participantAdded/displayName",
        remove: true
      },
      {
        name: "/data/participantAdded/participantCommunicationIdentifier is missing",
        status: "invalid",
        path: "/data/participantAdded/participantCommunicationIdentifier",
        remove: true
      },
      {
        name: "/data/participantAdded/participantCommunicationIdentifier/rawId is missing",
        status: "invalid",
        path: "/data/participantAdded/participantCommunicationIdentifier/rawId",
        remove: true
      },
      {
        name: "/data/participantAdded/participantCommunicationIdentifier/communicationUser/id is missing",
        status: "invalid",
        path: "/data/participantAdded/participantCommunicationIdentifier/communicationUser/id",
        remove: true
      },
      {
        name: "/data/recipientCommunicationIdentifier is missing",
        status: "invalid",
        path: "/data/recipientCommunicationIdentifier",
        remove: true
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
      { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
      {
        name: "/data/createTime has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/createTime",
        value: 42
      },
      {
        name: "/data/createTime is null, which it may not be",
        status: "invalid",
        path: "/data/createTime",
        value: null
      },
      {
        name: "/data/createTime is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/createTime",
        value: "2021-02-30T12:00:00Z"
      },
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
      {
        name: "/data/transactionId is missing",
        status: "invalid",
        path: "/data/transactionId",
        remove: true
      },
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
    ]
  ),
  "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser": variants(
    makeAcsChatParticipantRemovedFromThreadWithUserEvent(),
    [
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
        value: "Microsoft.Communications.ChatParticipantRemovedFromThreadWithUser"
      },
      { name: "/data/time is missing", status: "invalid", path: "/data/time", remove: true },
      {
        name: "/data/time has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/time",
        value: 42
      },
      { name: "/data/time is null, which it may not be", status: "invalid", path: "/data/time", value: null },
      {
        name: "/data/time is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/time",
        value: "2021-02-30T12:00:00Z"
      },
      {
        name: "/data/removedByCommunicationIdentifier is missing",
        status: "invalid",
        path: "/data/removedByCommunicationIdentifier",
        remove: true
      },
      {
        name: "/data/removedByCommunicationIdentifier has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/removedByCommunicationIdentifier",
        value: "object"
      },
      {
        name: "/data/removedByCommunicationIdentifier is null, which it may not be",
        status: "invalid",
        path: "/data/removedByCommunicationIdentifier",
        value: null
      },
      {
        name: "/data/removedByCommunicationIdentifier/rawId is missing",
        status: "invalid",
        path: "/data/removedByCommunicationIdentifier/rawId",
        remove: true
      },
      {
        name: "/data/removedByCommunicationIdentifier/communicationUser/id is missing",
        status: "invalid",
        path: "/data/removedByCommunicationIdentifier/communicationUser/id",
        remove: true
      },
      {
        name: "/data/participantRemoved is missing",
        status: "invalid",
        path: "/data/participantRemoved",
        remove: true
      },
      {
        name: "/data/participantRemoved has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/participantRemoved",
        value: "object"
      },
      {
        name: "/data/participantRemoved is null, which it may not be",
        status: "invalid",
        path: "/data/participantRemoved",
        value: null
      },
      {
        name: "/data/participantRemoved/displayName is missing",
        status: "invalid",
        path: "/data/participantRemoved/displayName",
        remove: true
      },
      {
        name: "/data/participantRemoved/participantCommunicationIdentifier is missing",
        status: "invalid",
        path: "/data/participantRemoved/participantCommunicationIdentifier",
        remove: true
      },
      {
        name: "/data/participantRemoved/participantCommunicationIdentifier/rawId is missing",
        status: "invalid",
        path: "/data/participantRemoved/participantCommunicationIdentifier/rawId",
        remove: true
      },
      {
        name: "/data/participantRemoved/participantCommunicationIdentifier/communicationUser/id is missing",
        status: "invalid",
        path: "/data/participantRemoved/participantCommunicationIdentifier/communicationUser/id",
        remove: true
      },
      {
        name: "/data/recipientCommunicationIdentifier is missing",
        status: "invalid",
        path: "/data/recipientCommunicationIdentifier",
        remove: true
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
      { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
      {
        name: "/data/createTime has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/createTime",
        value: 42
      },
      {
        name: "/data/createTime is null, which it may not be",
        status: "invalid",
        path: "/data/createTime",
        value: null
      },
      {
        name: "/data/createTime is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/createTime",
        value: "2021-02-30T12:00:00Z"
      },
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
      {
        name: "/data/transactionId is missing",
        status: "invalid",
        path: "/data/transactionId",
        remove: true
      },
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
    ]
  ),
  "Microsoft.Communication.ChatThreadCreated": variants(makeAcsChatThreadCreatedEvent(), [
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
      value: "Microsoft.Communications.ChatThreadCreated"
    },
    {
      name: "/data/createdByCommunicationIdentifier is missing",
      status: "invalid",
      path: "/data/createdByCommunicationIdentifier",
      remove: true
    },
    {
      name: "/data/createdByCommunicationIdentifier has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/createdByCommunicationIdentifier",
      value: "object"
    },
    {
      name: "/data/createdByCommunicationIdentifier is null, which it may not be",
      status: "invalid",
      path: "/data/createdByCommunicationIdentifier",
      value: null
    },
    {
      name: "/data/createdByCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/createdByCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/createdByCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/createdByCommunicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/properties is missing", status: "invalid", path: "/data/properties", remove: true },
    {
      name: "/data/properties has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/properties",
      value: "object"
    },
    {
      name: "/data/properties is null, which it may not be",
      status: "invalid",
      path: "/data/properties",
      value: null
    },
    { name: "/data/participants is missing", status: "invalid", path: "/data/participants", remove: true },
    {
      name: "/data/participants has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/participants",
      value: "array"
    },
    {
      name: "/data/participants is null, which it may not be",
      status: "invalid",
      path: "/data/participants",
      value: null
    },
    {
      name: "/data/participants/0/displayName is missing",
      status: "invalid",
      path: "/data/participants/0/displayName",
      remove: true
    },
    {
      name: "/data/participants/0/participantCommunicationIdentifier is missing",
      status: "invalid",
      path: "/data/participants/0/participantCommunicationIdentifier",
      remove: true
    },
    {
      name: "/data/participants/0/participantCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/participants/0/participantCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/participants/0/participantCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/participants/0/participantCommunicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
    {
      name: "/data/createTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/createTime",
      value: 42
    },
    {
      name: "/data/createTime is null, which it may not be",
      status: "invalid",
      path: "/data/createTime",
      value: null
    },
    {
      name: "/data/createTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/createTime",
      value: "2021-02-30T12:00:00Z"
    },
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
    }
  ]),
  "Microsoft.Communication.ChatThreadCreatedWithUser": variants(makeAcsChatThreadCreatedWithUserEvent(), [
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
      value: "Microsoft.Communications.ChatThreadCreatedWithUser"
    },
    { name: "/data/createdBy is missing", status: "invalid", path: "/data/createdBy", remove: true },
    {
      name: "/data/createdBy has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/createdBy",
      value: 42
    },
    {
      name: "/data/createdBy is null, which it may not be",
      status: "invalid",
      path: "/data/createdBy",
      value: null
    },
    {
      name: "/data/createdByCommunicationIdentifier has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/createdByCommunicationIdentifier",
      value: "object"
    },
    {
      name: "/data/createdByCommunicationIdentifier is null, which it may not be",
      status: "invalid",
      path: "/data/createdByCommunicationIdentifier",
      value: null
    },
    {
      name: "/data/createdByCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/createdByCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/createdByCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/createdByCommunicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/properties is missing", status: "invalid", path: "/data/properties", remove: true },
    {
      name: "/data/properties has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/properties",
      value: "object"
    },
    {
      name: "/data/properties is null, which it may not be",
      status: "invalid",
      path: "/data/properties",
      value: null
    },
    { name: "/data/members is missing", status: "invalid", path: "/data/members", remove: true },
    {
      name: "/data/members has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/members",
      value: "array"
    },
    {
      name: "/data/members is null, which it may not be",
      status: "invalid",
      path: "/data/members",
      value: null
    },
    {
      name: "/data/members/0/displayName is missing",
      status: "invalid",
      path: "/data/members/0/displayName",
      remove: true
    },
    {
      name: "/data/members/0/memberId is missing",
      status: "invalid",
      path: "/data/members/0/memberId",
      remove: true
    },
    {
      name: "/data/participants has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/participants",
      value: "array"
    },
    {
      name: "/data/participants is null, which it may not be",
      status: "invalid",
      path: "/data/participants",
      value: null
    },
    {
      name: "/data/participants/0/displayName is missing",
      status: "invalid",
      path: "/data/participants/0/displayName",
      remove: true
    },
    {
      name: "/data/participants/0/participantCommunicationIdentifier is missing",
      status: "invalid",
      path: "/data/participants/0/participantCommunicationIdentifier",
      remove: true
    },
    {
      name: "/data/participants/0/participantCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/participants/0/participantCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/participants/0/participantCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/participants/0/participantCommunicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
    {
      name: "/data/createTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/createTime",
      value: 42
    },
    {
      name: "/data/createTime is null, which it may not be",
      status: "invalid",
      path: "/data/createTime",
      value: null
    },
    {
      name: "/data/createTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/createTime",
      value: "2021-02-30T12:00:00Z"
    },
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
    }
  ]),
  "Microsoft.Communication.ChatThreadDeleted": variants(makeAcsChatThreadDeletedEvent(), [
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
      value: "Microsoft.Communications.ChatThreadDeleted"
    },
    {
      name: "/data/deletedByCommunicationIdentifier is missing",
      status: "invalid",
      path: "/data/deletedByCommunicationIdentifier",
      remove: true
    },
    {
      name: "/data/deletedByCommunicationIdentifier has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/deletedByCommunicationIdentifier",
      value: "object"
    },
    {
      name: "/data/deletedByCommunicationIdentifier is null, which it may not be",
      status: "invalid",
      path: "/data/deletedByCommunicationIdentifier",
      value: null
    },
    {
      name: "/data/deletedByCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/deletedByCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/deletedByCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/deletedByCommunicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/deleteTime is missing", status: "invalid", path: "/data/deleteTime", remove: true },
    {
      name: "/data/deleteTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/deleteTime",
      value: 42
    },
    {
      name: "/data/deleteTime is null, which it may not be",
      status: "invalid",
      path: "/data/deleteTime",
      value: null
    },
    {
      name: "/data/deleteTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/deleteTime",
      value: "2021-02-30T12:00:00Z"
    },
    { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
    {
      name: "/data/createTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/createTime",
      value: 42
    },
    {
      name: "/data/createTime is null, which it may not be",
      status: "invalid",
      path: "/data/createTime",
      value: null
    },
    {
      name: "/data/createTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/createTime",
      value: "2021-02-30T12:00:00Z"
    },
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
  "Microsoft.Communication.ChatThreadParticipantAdded": variants(makeAcsChatThreadParticipantAddedEvent(), [
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
      value: "Microsoft.Communications.ChatThreadParticipantAdded"
    },
    { name: "/data/time is missing", status: "invalid", path: "/data/time", remove: true },
    {
      name: "/data/time has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/time",
      value: 42
    },
    { name: "/data/time is null, which it may not be", status: "invalid", path: "/data/time", value: null },
    {
      name: "/data/time is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/time",
      value: "2021-02-30T12:00:00Z"
    },
    {
      name: "/data/addedByCommunicationIdentifier is missing",
      status: "invalid",
      path: "/data/addedByCommunicationIdentifier",
      remove: true
    },
    {
      name: "/data/addedByCommunicationIdentifier has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/addedByCommunicationIdentifier",
      value: "object"
    },
    {
      name: "/data/addedByCommunicationIdentifier is null, which it may not be",
      status: "invalid",
      path: "/data/addedByCommunicationIdentifier",
      value: null
    },
    {
      name: "/data/addedByCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/addedByCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/addedByCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/addedByCommunicationIdentifier/communicationUser/id",
      remove: true
    },
    {
      name: "/data/participantAdded is missing",
      status: "invalid",
      path: "/data/participantAdded",
      remove: true
    },
    {
      name: "/data/participantAdded has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/participantAdded",
      value: "object"
    },
    {
      name: "/data/participantAdded is null, which it may not be",
      status: "invalid",
      path: "/data/participantAdded",
      value: null
    },
    {
      name: "/data/participantAdded/displayName is missing",
      status: "invalid",
      path: "/data/participantAdded/displayName",
      remove: true
    },
    {
      name: "/data/participantAdded/participantCommunicationIdentifier is missing",
      status: "invalid",
      path: "/data/participantAdded/participantCommunicationIdentifier",
      remove: true
    },
    {
      name: "/data/participantAdded/participantCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/participantAdded/participantCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/participantAdded/participantCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/participantAdded/participantCommunicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
    {
      name: "/data/createTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/createTime",
      value: 42
    },
    {
      name: "/data/createTime is null, which it may not be",
      status: "invalid",
      path: "/data/createTime",
      value: null
    },
    {
      name: "/data/createTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/createTime",
      value: "2021-02-30T12:00:00Z"
    },
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
  "Microsoft.Communication.ChatThreadParticipantRemoved": variants(
    makeAcsChatThreadParticipantRemovedEvent(),
    [
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
        value: "Microsoft.Communications.ChatThreadParticipantRemoved"
      },
      { name: "/data/time is missing", status: "invalid", path: "/data/time", remove: true },
      {
        name: "/data/time has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/time",
        value: 42
      },
      { name: "/data/time is null, which it may not be", status: "invalid", path: "/data/time", value: null },
      {
        name: "/data/time is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/time",
        value: "2021-02-30T12:00:00Z"
      },
      {
        name: "/data/removedByCommunicationIdentifier is missing",
        status: "invalid",
        path: "/data/removedByCommunicationIdentifier",
        remove: true
      },
      {
        name: "/data/removedByCommunicationIdentifier has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/removedByCommunicationIdentifier",
        value: "object"
      },
      {
        name: "/data/removedByCommunicationIdentifier is null, which it may not be",
        status: "invalid",
        path: "/data/removedByCommunicationIdentifier",
        value: null
      },
      {
        name: "/data/removedByCommunicationIdentifier/rawId is missing",
        status: "invalid",
        path: "/data/removedByCommunicationIdentifier/rawId",
        remove: true
      },
      {
        name: "/data/removedByCommunicationIdentifier/communicationUser/id is missing",
        status: "invalid",
        path: "/data/removedByCommunicationIdentifier/communicationUser/id",
        remove: true
      },
      {
        name: "/data/participantRemoved is missing",
        status: "invalid",
        path: "/data/participantRemoved",
        remove: true
      },
      {
        name: "/data/participantRemoved has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/participantRemoved",
        value: "object"
      },
      {
        name: "/data/participantRemoved is null, which it may not be",
        status: "invalid",
        path: "/data/participantRemoved",
        value: null
      },
      {
        name: "/data/participantRemoved/displayName is missing",
        status: "invalid",
        path: "/data/participantRemoved/displayName",
        remove: true
      },
      {
        name: "/data/participantRemoved/participantCommunicationIdentifier is missing",
        status: "invalid",
        path: "/data/participantRemoved/participantCommunicationIdentifier",
        remove: true
      },
      {
        name: "/data/participantRemoved/participantCommunicationIdentifier/rawId is missing",
        status: "invalid",
        path: "/data/participantRemoved/participantCommunicationIdentifier/rawId",
        remove: true
      },
      {
        name: "/data/participantRemoved/participantCommunicationIdentifier/communicationUser/id is missing",
        status: "invalid",
        path: "/data/participantRemoved/participantCommunicationIdentifier/communicationUser/id",
        remove: true
      },
      { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
      {
        name: "/data/createTime has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/createTime",
        value: 42
      },
      {
        name: "/data/createTime is null, which it may not be",
        status: "invalid",
        path: "/data/createTime",
        value: null
      },
      {
        name: "/data/createTime is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/createTime",
        value: "2021-02-30T12:00:00Z"
      },
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
      {
        name: "/data/transactionId is missing",
        status: "invalid",
        path: "/data/transactionId",
        remove: true
      },
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
    ]
  ),
  "Microsoft.Communication.ChatThreadPropertiesUpdated": variants(makeAcsChatThreadPropertiesUpdatedEvent(), [
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
      value: "Microsoft.Communications.ChatThreadPropertiesUpdated"
    },
    {
      name: "/data/editedByCommunicationIdentifier is missing",
      status: "invalid",
      path: "/data/editedByCommunicationIdentifier",
      remove: true
    },
    {
      name: "/data/editedByCommunicationIdentifier has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/editedByCommunicationIdentifier",
      value: "object"
    },
    {
      name: "/data/editedByCommunicationIdentifier is null, which it may not be",
      status: "invalid",
      path: "/data/editedByCommunicationIdentifier",
      value: null
    },
    {
      name: "/data/editedByCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/editedByCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/editedByCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/editedByCommunicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/editTime is missing", status: "invalid", path: "/data/editTime", remove: true },
    {
      name: "/data/editTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/editTime",
      value: 42
    },
    {
      name: "/data/editTime is null, which it may not be",
      status: "invalid",
      path: "/data/editTime",
      value: null
    },
    {
      name: "/data/editTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/editTime",
      value: "2021-02-30T12:00:00Z"
    },
    { name: "/data/properties is missing", status: "invalid", path: "/data/properties", remove: true },
    {
      name: "/data/properties has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/properties",
      value: "object"
    },
    {
      name: "/data/properties is null, which it may not be",
      status: "invalid",
      path: "/data/properties",
      value: null
    },
    { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
    {
      name: "/data/createTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/createTime",
      value: 42
    },
    {
      name: "/data/createTime is null, which it may not be",
      status: "invalid",
      path: "/data/createTime",
      value: null
    },
    {
      name: "/data/createTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/createTime",
      value: "2021-02-30T12:00:00Z"
    },
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
    }
  ]),
  "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser": variants(
    makeAcsChatThreadPropertiesUpdatedPerUserEvent(),
    [
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
        value: "Microsoft.Communications.ChatThreadPropertiesUpdatedPerUser"
      },
      { name: "/data/editedBy is missing", status: "invalid", path: "/data/editedBy", remove: true },
      {
        name: "/data/editedBy has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/editedBy",
        value: 42
      },
      {
        name: "/data/editedBy is null, which it may not be",
        status: "invalid",
        path: "/data/editedBy",
        value: null
      },
      {
        name: "/data/editedByCommunicationIdentifier has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/editedByCommunicationIdentifier",
        value: "object"
      },
      {
        name: "/data/editedByCommunicationIdentifier is null, which it may not be",
        status: "invalid",
        path: "/data/editedByCommunicationIdentifier",
        value: null
      },
      {
        name: "/data/editedByCommunicationIdentifier/rawId is missing",
        status: "invalid",
        path: "/data/editedByCommunicationIdentifier/rawId",
        remove: true
      },
      {
        name: "/data/editedByCommunicationIdentifier/communicationUser/id is missing",
        status: "invalid",
        path: "/data/editedByCommunicationIdentifier/communicationUser/id",
        remove: true
      },
      { name: "/data/editTime is missing", status: "invalid", path: "/data/editTime", remove: true },
      {
        name: "/data/editTime has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/editTime",
        value: 42
      },
      {
        name: "/data/editTime is null, which it may not be",
        status: "invalid",
        path: "/data/editTime",
        value: null
      },
      {
        name: "/data/editTime is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/editTime",
        value: "2021-02-30T12:00:00Z"
      },
      { name: "/data/properties is missing", status: "invalid", path: "/data/properties", remove: true },
      {
        name: "/data/properties has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/properties",
        value: "object"
      },
      {
        name: "/data/properties is null, which it may not be",
        status: "invalid",
        path: "/data/properties",
        value: null
      },
      { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
      {
        name: "/data/createTime has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/createTime",
        value: 42
      },
      {
        name: "/data/createTime is null, which it may not be",
        status: "invalid",
        path: "/data/createTime",
        value: null
      },
      {
        name: "/data/createTime is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/createTime",
        value: "2021-02-30T12:00:00Z"
      },
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
      {
        name: "/data/transactionId is missing",
        status: "invalid",
        path: "/data/transactionId",
        remove: true
      },
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
      }
    ]
  ),
  "Microsoft.Communication.ChatThreadWithUserDeleted": variants(makeAcsChatThreadWithUserDeletedEvent(), [
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
      value: "Microsoft.Communications.ChatThreadWithUserDeleted"
    },
    { name: "/data/deletedBy is missing", status: "invalid", path: "/data/deletedBy", remove: true },
    {
      name: "/data/deletedBy has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/deletedBy",
      value: 42
    },
    {
      name: "/data/deletedBy is null, which it may not be",
      status: "invalid",
      path: "/data/deletedBy",
      value: null
    },
    {
      name: "/data/deletedByCommunicationIdentifier has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/deletedByCommunicationIdentifier",
      value: "object"
    },
    {
      name: "/data/deletedByCommunicationIdentifier is null, which it may not be",
      status: "invalid",
      path: "/data/deletedByCommunicationIdentifier",
      value: null
    },
    {
      name: "/data/deletedByCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/deletedByCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/deletedByCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/deletedByCommunicationIdentifier/communicationUser/id",
      remove: true
    },
    { name: "/data/deleteTime is missing", status: "invalid", path: "/data/deleteTime", remove: true },
    {
      name: "/data/deleteTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/deleteTime",
      value: 42
    },
    {
      name: "/data/deleteTime is null, which it may not be",
      status: "invalid",
      path: "/data/deleteTime",
      value: null
    },
    {
      name: "/data/deleteTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/deleteTime",
      value: "2021-02-30T12:00:00Z"
    },
    { name: "/data/createTime is missing", status: "invalid", path: "/data/createTime", remove: true },
    {
      name: "/data/createTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/createTime",
      value: 42
    },
    {
      name: "/data/createTime is null, which it may not be",
      status: "invalid",
      path: "/data/createTime",
      value: null
    },
    {
      name: "/data/createTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/createTime",
      value: "2021-02-30T12:00:00Z"
    },
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
  "Microsoft.Communication.ChatTypingIndicatorReceivedInThread": variants(
    makeAcsChatTypingIndicatorReceivedInThreadEvent(),
    [
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
        value: "Microsoft.Communications.ChatTypingIndicatorReceivedInThread"
      },
      {
        name: "/data/transactionId is missing",
        status: "invalid",
        path: "/data/transactionId",
        remove: true
      },
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
        name: "/data/senderCommunicationIdentifier is missing",
        status: "invalid",
        path: "/data/senderCommunicationIdentifier",
        remove: true
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
      }
    ]
  ),
  "Microsoft.Communication.EmailDeliveryReportReceived": variants(makeAcsEmailDeliveryReportReceivedEvent(), [
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
      value: "Microsoft.Communications.EmailDeliveryReportReceived"
    },
    { name: "/data/sender is missing", status: "invalid", path: "/data/sender", remove: true },
    {
      name: "/data/sender has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/sender",
      value: 42
    },
    {
      name: "/data/sender is null, which it may not be",
      status: "invalid",
      path: "/data/sender",
      value: null
    },
    { name: "/data/recipient is missing", status: "invalid", path: "/data/recipient", remove: true },
    {
      name: "/data/recipient has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/recipient",
      value: 42
    },
    {
      name: "/data/recipient is null, which it may not be",
      status: "invalid",
      path: "/data/recipient",
      value: null
    },
    {
      name: "/data/internetMessageId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/internetMessageId",
      value: 42
    },
    {
      name: "/data/internetMessageId is null, which it may not be",
      status: "invalid",
      path: "/data/internetMessageId",
      value: null
    },
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
      name: "/data/deliveryStatusDetails is missing",
      status: "invalid",
      path: "/data/deliveryStatusDetails",
      remove: true
    },
    {
      name: "/data/deliveryStatusDetails has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/deliveryStatusDetails",
      value: "object"
    },
    {
      name: "/data/deliveryStatusDetails is null, which it may not be",
      status: "invalid",
      path: "/data/deliveryStatusDetails",
      value: null
    },
    {
      name: "/data/deliveryAttemptTimestamp has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/deliveryAttemptTimestamp",
      value: 42
    },
    {
      name: "/data/deliveryAttemptTimestamp is null, which it may not be",
      status: "invalid",
      path: "/data/deliveryAttemptTimestamp",
      value: null
    },
    {
      name: "/data/deliveryAttemptTimestamp is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/deliveryAttemptTimestamp",
      value: "2021-02-30T12:00:00Z"
    }
  ]),
  "Microsoft.Communication.EmailEngagementTrackingReportReceived": variants(
    makeAcsEmailEngagementTrackingReportReceivedEvent(),
    [
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
        value: "Microsoft.Communications.EmailEngagementTrackingReportReceived"
      },
      {
        name: "/data/sender has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/sender",
        value: 42
      },
      {
        name: "/data/sender is null, which it may not be",
        status: "invalid",
        path: "/data/sender",
        value: null
      },
      {
        name: "/data/recipient has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/recipient",
        value: 42
      },
      {
        name: "/data/recipient is null, which it may not be",
        status: "invalid",
        path: "/data/recipient",
        value: null
      },
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
        name: "/data/userActionTimestamp has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/userActionTimestamp",
        value: 42
      },
      {
        name: "/data/userActionTimestamp is null, which it may not be",
        status: "invalid",
        path: "/data/userActionTimestamp",
        value: null
      },
      {
        name: "/data/userActionTimestamp is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/userActionTimestamp",
        value: "2021-02-30T12:00:00Z"
      },
      {
        name: "/data/engagementContext has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/engagementContext",
        value: 42
      },
      {
        name: "/data/engagementContext is null, which it may not be",
        status: "invalid",
        path: "/data/engagementContext",
        value: null
      },
      {
        name: "/data/userAgent has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/userAgent",
        value: 42
      },
      {
        name: "/data/userAgent is null, which it may not be",
        status: "invalid",
        path: "/data/userAgent",
        value: null
      }
    ]
  ),
  "Microsoft.Communication.IncomingCall": variants(makeAcsIncomingCallEvent(), [
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
      value: "Microsoft.Communications.IncomingCall"
    },
    {
      name: "/data/to has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/to",
      value: "object"
    },
    { name: "/data/to is null, which it may not be", status: "invalid", path: "/data/to", value: null },
    { name: "/data/to/rawId is missing", status: "invalid", path: "/data/to/rawId", remove: true },
    {
      name: "/data/to/communicationUser/id is missing",
      status: "invalid",
      path: "/data/to/communicationUser/id",
      remove: true
    },
    {
      name: "/data/from has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/from",
      value: "object"
    },
    { name: "/data/from is null, which it may not be", status: "invalid", path: "/data/from", value: null },
    { name: "/data/from/rawId is missing", status: "invalid", path: "/data/from/rawId", remove: true },
    {
      name: "/data/from/communicationUser/id is missing",
      status: "invalid",
      path: "/data/from/communicationUser/id",
      remove: true
    },
    {
      name: "/data/serverCallId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/serverCallId",
      value: 42
    },
    {
      name: "/data/serverCallId is null, which it may not be",
      status: "invalid",
      path: "/data/serverCallId",
      value: null
    },
    {
      name: "/data/callerDisplayName has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/callerDisplayName",
      value: 42
    },
    {
      name: "/data/callerDisplayName is null, which it may not be",
      status: "invalid",
      path: "/data/callerDisplayName",
      value: null
    },
    {
      name: "/data/customContext has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/customContext",
      value: "object"
    },
    {
      name: "/data/customContext is null, which it may not be",
      status: "invalid",
      path: "/data/customContext",
      value: null
    },
    {
      name: "/data/incomingCallContext has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/incomingCallContext",
      value: 42
    },
    {
      name: "/data/incomingCallContext is null, which it may not be",
      status: "invalid",
      path: "/data/incomingCallContext",
      value: null
    },
    {
      name: "/data/onBehalfOfCallee has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/onBehalfOfCallee",
      value: "object"
    },
    {
      name: "/data/onBehalfOfCallee is null, which it may not be",
      status: "invalid",
      path: "/data/onBehalfOfCallee",
      value: null
    },
    {
      name: "/data/onBehalfOfCallee/rawId is missing",
      status: "invalid",
      path: "/data/onBehalfOfCallee/rawId",
      remove: true
    },
    {
      name: "/data/onBehalfOfCallee/communicationUser/id is missing",
      status: "invalid",
      path: "/data/onBehalfOfCallee/communicationUser/id",
      remove: true
    },
    {
      name: "/data/correlationId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/correlationId",
      value: 42
    },
    {
      name: "/data/correlationId is null, which it may not be",
      status: "invalid",
      path: "/data/correlationId",
      value: null
    }
  ]),
  "Microsoft.Communication.InstantMessageDeleted": variants(makeAcsInstantMessageDeletedEvent(), [
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
      value: "Microsoft.Communications.InstantMessageDeleted"
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
    { name: "/data/version is missing", status: "invalid", path: "/data/version", remove: true },
    {
      name: "/data/version has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/version",
      value: 42
    },
    {
      name: "/data/version is null, which it may not be",
      status: "invalid",
      path: "/data/version",
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
    { name: "/data/deleteTime is missing", status: "invalid", path: "/data/deleteTime", remove: true },
    {
      name: "/data/deleteTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/deleteTime",
      value: 42
    },
    {
      name: "/data/deleteTime is null, which it may not be",
      status: "invalid",
      path: "/data/deleteTime",
      value: null
    },
    {
      name: "/data/deleteTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/deleteTime",
      value: "2021-02-30T12:00:00Z"
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
  "Microsoft.Communication.InstantMessageEdited": variants(makeAcsInstantMessageEditedEvent(), [
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
      value: "Microsoft.Communications.InstantMessageEdited"
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
    { name: "/data/version is missing", status: "invalid", path: "/data/version", remove: true },
    {
      name: "/data/version has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/version",
      value: 42
    },
    {
      name: "/data/version is null, which it may not be",
      status: "invalid",
      path: "/data/version",
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
    { name: "/data/editTime is missing", status: "invalid", path: "/data/editTime", remove: true },
    {
      name: "/data/editTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/editTime",
      value: 42
    },
    {
      name: "/data/editTime is null, which it may not be",
      status: "invalid",
      path: "/data/editTime",
      value: null
    },
    {
      name: "/data/editTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/editTime",
      value: "2021-02-30T12:00:00Z"
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
  "Microsoft.Communication.RecordingFileStatusUpdated": variants(makeAcsRecordingFileStatusUpdatedEvent(), [
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
      value: "Microsoft.Communications.RecordingFileStatusUpdated"
    },
    {
      name: "/data/recordingStorageInfo is missing",
      status: "invalid",
      path: "/data/recordingStorageInfo",
      remove: true
    },
    {
      name: "/data/recordingStorageInfo has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/recordingStorageInfo",
      value: "object"
    },
    {
      name: "/data/recordingStorageInfo is null, which it may not be",
      status: "invalid",
      path: "/data/recordingStorageInfo",
      value: null
    },
    {
      name: "/data/recordingStartTime has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/recordingStartTime",
      value: 42
    },
    {
      name: "/data/recordingStartTime is null, which it may not be",
      status: "invalid",
      path: "/data/recordingStartTime",
      value: null
    },
    {
      name: "/data/recordingStartTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/recordingStartTime",
      value: "2021-02-30T12:00:00Z"
    },
    {
      name: "/data/recordingDurationMs has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/recordingDurationMs",
      value: "forty-two"
    },
    {
      name: "/data/recordingDurationMs is null, which it may not be",
      status: "invalid",
      path: "/data/recordingDurationMs",
      value: null
    },
    {
      name: "/data/sessionEndReason has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/sessionEndReason",
      value: 42
    },
    {
      name: "/data/sessionEndReason is null, which it may not be",
      status: "invalid",
      path: "/data/sessionEndReason",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterJobCancelled": variants(makeAcsRouterJobCancelledEvent(), [
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
      value: "Microsoft.Communications.RouterJobCancelled"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/labels is null, which it may not be",
      status: "invalid",
      path: "/data/labels",
      value: null
    },
    { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    },
    { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
    {
      name: "/data/note has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/note",
      value: 42
    },
    {
      name: "/data/dispositionCode is missing",
      status: "invalid",
      path: "/data/dispositionCode",
      remove: true
    },
    {
      name: "/data/dispositionCode has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/dispositionCode",
      value: 42
    },
    {
      name: "/data/dispositionCode is null, which it may not be",
      status: "invalid",
      path: "/data/dispositionCode",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterJobClassificationFailed": variants(
    makeAcsRouterJobClassificationFailedEvent(),
    [
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
        value: "Microsoft.Communications.RouterJobClassificationFailed"
      },
      { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
      {
        name: "/data/jobId has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/jobId",
        value: 42
      },
      {
        name: "/data/jobId is null, which it may not be",
        status: "invalid",
        path: "/data/jobId",
        value: null
      },
      {
        name: "/data/channelReference has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/channelReference",
        value: 42
      },
      { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
      {
        name: "/data/channelId has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/channelId",
        value: 42
      },
      {
        name: "/data/channelId is null, which it may not be",
        status: "invalid",
        path: "/data/channelId",
        value: null
      },
      {
        name: "/data/queueId has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/queueId",
        value: 42
      },
      { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
      {
        name: "/data/labels has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/labels",
        value: "object"
      },
      {
        name: "/data/labels is null, which it may not be",
        status: "invalid",
        path: "/data/labels",
        value: null
      },
      { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
      {
        name: "/data/tags has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/tags",
        value: "object"
      },
      { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
      {
        name: "/data/classificationPolicyId is missing",
        status: "invalid",
        path: "/data/classificationPolicyId",
        remove: true
      },
      {
        name: "/data/classificationPolicyId has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/classificationPolicyId",
        value: 42
      },
      {
        name: "/data/classificationPolicyId is null, which it may not be",
        status: "invalid",
        path: "/data/classificationPolicyId",
        value: null
      },
      { name: "/data/errors is missing", status: "invalid", path: "/data/errors", remove: true },
      {
        name: "/data/errors has the wrong type (string instead of array)",
        status: "invalid",
        path: "/data/errors",
        value: "array"
      },
      {
        name: "/data/errors is null, which it may not be",
        status: "invalid",
        path: "/data/errors",
        value: null
      },
      {
        name: "/data/errors/0/message is missing",
        status: "invalid",
        path: "/data/errors/0/message",
        remove: true
      }
    ]
  ),
  "Microsoft.Communication.RouterJobClassified": variants(makeAcsRouterJobClassifiedEvent(), [
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
      value: "Microsoft.Communications.RouterJobClassified"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    { name: "/data/queueId is missing", status: "invalid", path: "/data/queueId", remove: true },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    {
      name: "/data/queueId is null, which it may not be",
      status: "invalid",
      path: "/data/queueId",
      value: null
    },
    { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/labels is null, which it may not be",
      status: "invalid",
      path: "/data/labels",
      value: null
    },
    { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    },
    { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
    { name: "/data/queueDetails is missing", status: "invalid", path: "/data/queueDetails", remove: true },
    {
      name: "/data/queueDetails has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/queueDetails",
      value: "object"
    },
    {
      name: "/data/queueDetails is null, which it may not be",
      status: "invalid",
      path: "/data/queueDetails",
      value: null
    },
    {
      name: "/data/queueDetails/id is missing",
      status: "invalid",
      path: "/data/queueDetails/id",
      remove: true
    },
    {
      name: "/data/queueDetails/name is missing",
      status: "invalid",
      path: "/data/queueDetails/name",
      remove: true
    },
    {
      name: "/data/classificationPolicyId is missing",
      status: "invalid",
      path: "/data/classificationPolicyId",
      remove: true
    },
    {
      name: "/data/classificationPolicyId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/classificationPolicyId",
      value: 42
    },
    {
      name: "/data/classificationPolicyId is null, which it may not be",
      status: "invalid",
      path: "/data/classificationPolicyId",
      value: null
    },
    {
      name: "/data/priority has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/priority",
      value: "forty-two"
    },
    {
      name: "/data/priority is out of int32 range",
      status: "invalid",
      path: "/data/priority",
      value: 2147483648
    },
    {
      name: "/data/attachedWorkerSelectors has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/attachedWorkerSelectors",
      value: "array"
    },
    {
      name: "/data/attachedWorkerSelectors/0/key is missing",
      status: "invalid",
      path: "/data/attachedWorkerSelectors/0/key",
      remove: true
    },
    {
      name: "/data/attachedWorkerSelectors/0/labelOperator is missing",
      status: "invalid",
      path: "/data/attachedWorkerSelectors/0/labelOperator",
      remove: true
    },
    {
      name: "/data/attachedWorkerSelectors/0/expirationTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/attachedWorkerSelectors/0/expirationTime",
      value: "2021-02-30T12:00:00Z"
    }
  ]),
  "Microsoft.Communication.RouterJobClosed": variants(makeAcsRouterJobClosedEvent(), [
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
      value: "Microsoft.Communications.RouterJobClosed"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/labels is null, which it may not be",
      status: "invalid",
      path: "/data/labels",
      value: null
    },
    { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    },
    { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
    { name: "/data/assignmentId is missing", status: "invalid", path: "/data/assignmentId", remove: true },
    {
      name: "/data/assignmentId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/assignmentId",
      value: 42
    },
    {
      name: "/data/assignmentId is null, which it may not be",
      status: "invalid",
      path: "/data/assignmentId",
      value: null
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    },
    {
      name: "/data/dispositionCode has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/dispositionCode",
      value: 42
    }
  ]),
  "Microsoft.Communication.RouterJobCompleted": variants(makeAcsRouterJobCompletedEvent(), [
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
      value: "Microsoft.Communications.RouterJobCompleted"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/labels is null, which it may not be",
      status: "invalid",
      path: "/data/labels",
      value: null
    },
    { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    },
    { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
    { name: "/data/assignmentId is missing", status: "invalid", path: "/data/assignmentId", remove: true },
    {
      name: "/data/assignmentId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/assignmentId",
      value: 42
    },
    {
      name: "/data/assignmentId is null, which it may not be",
      status: "invalid",
      path: "/data/assignmentId",
      value: null
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterJobDeleted": variants(makeAcsRouterJobDeletedEvent(), [
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
      value: "Microsoft.Communications.RouterJobDeleted"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/labels is null, which it may not be",
      status: "invalid",
      path: "/data/labels",
      value: null
    },
    { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    },
    { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null }
  ]),
  "Microsoft.Communication.RouterJobExceptionTriggered": variants(makeAcsRouterJobExceptionTriggeredEvent(), [
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
      value: "Microsoft.Communications.RouterJobExceptionTriggered"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/labels is null, which it may not be",
      status: "invalid",
      path: "/data/labels",
      value: null
    },
    { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    },
    { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
    { name: "/data/ruleKey is missing", status: "invalid", path: "/data/ruleKey", remove: true },
    {
      name: "/data/ruleKey has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/ruleKey",
      value: 42
    },
    {
      name: "/data/ruleKey is null, which it may not be",
      status: "invalid",
      path: "/data/ruleKey",
      value: null
    },
    {
      name: "/data/exceptionRuleId is missing",
      status: "invalid",
      path: "/data/exceptionRuleId",
      remove: true
    },
    {
      name: "/data/exceptionRuleId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/exceptionRuleId",
      value: 42
    },
    {
      name: "/data/exceptionRuleId is null, which it may not be",
      status: "invalid",
      path: "/data/exceptionRuleId",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterJobQueued": variants(makeAcsRouterJobQueuedEvent(), [
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
      value: "Microsoft.Communications.RouterJobQueued"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    { name: "/data/queueId is missing", status: "invalid", path: "/data/queueId", remove: true },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    {
      name: "/data/queueId is null, which it may not be",
      status: "invalid",
      path: "/data/queueId",
      value: null
    },
    { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/labels is null, which it may not be",
      status: "invalid",
      path: "/data/labels",
      value: null
    },
    { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    },
    { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
    { name: "/data/priority is missing", status: "invalid", path: "/data/priority", remove: true },
    {
      name: "/data/priority has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/priority",
      value: "forty-two"
    },
    {
      name: "/data/priority is null, which it may not be",
      status: "invalid",
      path: "/data/priority",
      value: null
    },
    {
      name: "/data/priority is out of int32 range",
      status: "invalid",
      path: "/data/priority",
      value: 2147483648
    },
    {
      name: "/data/requestedWorkerSelectors has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/requestedWorkerSelectors",
      value: "array"
    },
    {
      name: "/data/requestedWorkerSelectors/0/key is missing",
      status: "invalid",
      path: "/data/requestedWorkerSelectors/0/key",
      remove: true
    },
    {
      name: "/data/requestedWorkerSelectors/0/labelOperator is missing",
      status: "invalid",
      path: "/data/requestedWorkerSelectors/0/labelOperator",
      remove: true
    },
    {
      name: "/data/requestedWorkerSelectors/0/expirationTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/requestedWorkerSelectors/0/expirationTime",
      value: "2021-02-30T12:00:00Z"
    },
    {
      name: "/data/attachedWorkerSelectors has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/attachedWorkerSelectors",
      value: "array"
    },
    {
      name: "/data/attachedWorkerSelectors/0/key is missing",
      status: "invalid",
      path: "/data/attachedWorkerSelectors/0/key",
      remove: true
    },
    {
      name: "/data/attachedWorkerSelectors/0/labelOperator is missing",
      status: "invalid",
      path: "/data/attachedWorkerSelectors/0/labelOperator",
      remove: true
    },
    {
      name: "/data/attachedWorkerSelectors/0/expirationTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/attachedWorkerSelectors/0/expirationTime",
      value: "2021-02-30T12:00:00Z"
    }
  ]),
  "Microsoft.Communication.RouterJobReceived": variants(makeAcsRouterJobReceivedEvent(), [
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
      value: "Microsoft.Communications.RouterJobReceived"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/labels is null, which it may not be",
      status: "invalid",
      path: "/data/labels",
      value: null
    },
    { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    },
    { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
    { name: "/data/jobStatus is missing", status: "invalid", path: "/data/jobStatus", remove: true },
    {
      name: "/data/classificationPolicyId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/classificationPolicyId",
      value: 42
    },
    {
      name: "/data/priority has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/priority",
      value: "forty-two"
    },
    {
      name: "/data/priority is out of int32 range",
      status: "invalid",
      path: "/data/priority",
      value: 2147483648
    },
    {
      name: "/data/requestedWorkerSelectors has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/requestedWorkerSelectors",
      value: "array"
    },
    {
      name: "/data/requestedWorkerSelectors/0/key is missing",
      status: "invalid",
      path: "/data/requestedWorkerSelectors/0/key",
      remove: true
    },
    {
      name: "/data/requestedWorkerSelectors/0/labelOperator is missing",
      status: "invalid",
      path: "/data/requestedWorkerSelectors/0/labelOperator",
      remove: true
    },
    {
      name: "/data/requestedWorkerSelectors/0/expirationTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/requestedWorkerSelectors/0/expirationTime",
      value: "2021-02-30T12:00:00Z"
    },
    {
      name: "/data/scheduledOn has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/scheduledOn",
      value: 42
    },
    {
      name: "/data/scheduledOn is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/scheduledOn",
      value: "2021-02-30T12:00:00Z"
    },
    {
      name: "/data/unavailableForMatching is missing",
      status: "invalid",
      path: "/data/unavailableForMatching",
      remove: true
    },
    {
      name: "/data/unavailableForMatching has the wrong type (string instead of boolean)",
      status: "invalid",
      path: "/data/unavailableForMatching",
      value: "true"
    },
    {
      name: "/data/unavailableForMatching is null, which it may not be",
      status: "invalid",
      path: "/data/unavailableForMatching",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterJobSchedulingFailed": variants(makeAcsRouterJobSchedulingFailedEvent(), [
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
      value: "Microsoft.Communications.RouterJobSchedulingFailed"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/labels is null, which it may not be",
      status: "invalid",
      path: "/data/labels",
      value: null
    },
    { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    },
    { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
    { name: "/data/priority is missing", status: "invalid", path: "/data/priority", remove: true },
    {
      name: "/data/priority has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/priority",
      value: "forty-two"
    },
    {
      name: "/data/priority is null, which it may not be",
      status: "invalid",
      path: "/data/priority",
      value: null
    },
    {
      name: "/data/priority is out of int32 range",
      status: "invalid",
      path: "/data/priority",
      value: 2147483648
    },
    {
      name: "/data/requestedWorkerSelectors has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/requestedWorkerSelectors",
      value: "array"
    },
    {
      name: "/data/requestedWorkerSelectors/0/key is missing",
      status: "invalid",
      path: "/data/requestedWorkerSelectors/0/key",
      remove: true
    },
    {
      name: "/data/requestedWorkerSelectors/0/labelOperator is missing",
      status: "invalid",
      path: "/data/requestedWorkerSelectors/0/labelOperator",
      remove: true
    },
    {
      name: "/data/requestedWorkerSelectors/0/expirationTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/requestedWorkerSelectors/0/expirationTime",
      value: "2021-02-30T12:00:00Z"
    },
    {
      name: "/data/attachedWorkerSelectors has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/attachedWorkerSelectors",
      value: "array"
    },
    {
      name: "/data/attachedWorkerSelectors/0/key is missing",
      status: "invalid",
      path: "/data/attachedWorkerSelectors/0/key",
      remove: true
    },
    {
      name: "/data/attachedWorkerSelectors/0/labelOperator is missing",
      status: "invalid",
      path: "/data/attachedWorkerSelectors/0/labelOperator",
      remove: true
    },
    {
      name: "/data/attachedWorkerSelectors/0/expirationTime is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/attachedWorkerSelectors/0/expirationTime",
      value: "2021-02-30T12:00:00Z"
    },
    {
      name: "/data/scheduledOn has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/scheduledOn",
      value: 42
    },
    {
      name: "/data/scheduledOn is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/scheduledOn",
      value: "2021-02-30T12:00:00Z"
    },
    {
      name: "/data/failureReason has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/failureReason",
      value: 42
    }
  ]),
  "Microsoft.Communication.RouterJobUnassigned": variants(makeAcsRouterJobUnassignedEvent(), [
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
      value: "Microsoft.Communications.RouterJobUnassigned"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/labels is null, which it may not be",
      status: "invalid",
      path: "/data/labels",
      value: null
    },
    { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    },
    { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
    { name: "/data/assignmentId is missing", status: "invalid", path: "/data/assignmentId", remove: true },
    {
      name: "/data/assignmentId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/assignmentId",
      value: 42
    },
    {
      name: "/data/assignmentId is null, which it may not be",
      status: "invalid",
      path: "/data/assignmentId",
      value: null
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterJobWaitingForActivation": variants(
    makeAcsRouterJobWaitingForActivationEvent(),
    [
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
        value: "Microsoft.Communications.RouterJobWaitingForActivation"
      },
      { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
      {
        name: "/data/jobId has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/jobId",
        value: 42
      },
      {
        name: "/data/jobId is null, which it may not be",
        status: "invalid",
        path: "/data/jobId",
        value: null
      },
      {
        name: "/data/channelReference has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/channelReference",
        value: 42
      },
      { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
      {
        name: "/data/channelId has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/channelId",
        value: 42
      },
      {
        name: "/data/channelId is null, which it may not be",
        status: "invalid",
        path: "/data/channelId",
        value: null
      },
      {
        name: "/data/queueId has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/queueId",
        value: 42
      },
      { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
      {
        name: "/data/labels has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/labels",
        value: "object"
      },
      {
        name: "/data/labels is null, which it may not be",
        status: "invalid",
        path: "/data/labels",
        value: null
      },
      { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
      {
        name: "/data/tags has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/tags",
        value: "object"
      },
      { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
      { name: "/data/priority is missing", status: "invalid", path: "/data/priority", remove: true },
      {
        name: "/data/priority has the wrong type (string instead of integer)",
        status: "invalid",
        path: "/data/priority",
        value: "forty-two"
      },
      {
        name: "/data/priority is null, which it may not be",
        status: "invalid",
        path: "/data/priority",
        value: null
      },
      {
        name: "/data/priority is out of int32 range",
        status: "invalid",
        path: "/data/priority",
        value: 2147483648
      },
      {
        name: "/data/requestedWorkerSelectors has the wrong type (string instead of array)",
        status: "invalid",
        path: "/data/requestedWorkerSelectors",
        value: "array"
      },
      {
        name: "/data/requestedWorkerSelectors/0/key is missing",
        status: "invalid",
        path: "/data/requestedWorkerSelectors/0/key",
        remove: true
      },
      {
        name: "/data/requestedWorkerSelectors/0/labelOperator is missing",
        status: "invalid",
        path: "/data/requestedWorkerSelectors/0/labelOperator",
        remove: true
      },
      {
        name: "/data/requestedWorkerSelectors/0/expirationTime is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/requestedWorkerSelectors/0/expirationTime",
        value: "2021-02-30T12:00:00Z"
      },
      {
        name: "/data/attachedWorkerSelectors has the wrong type (string instead of array)",
        status: "invalid",
        path: "/data/attachedWorkerSelectors",
        value: "array"
      },
      {
        name: "/data/attachedWorkerSelectors/0/key is missing",
        status: "invalid",
        path: "/data/attachedWorkerSelectors/0/key",
        remove: true
      },
      {
        name: "/data/attachedWorkerSelectors/0/labelOperator is missing",
        status: "invalid",
        path: "/data/attachedWorkerSelectors/0/labelOperator",
        remove: true
      },
      {
        name: "/data/attachedWorkerSelectors/0/expirationTime is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/attachedWorkerSelectors/0/expirationTime",
        value: "2021-02-30T12:00:00Z"
      },
      {
        name: "/data/scheduledOn has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/scheduledOn",
        value: 42
      },
      {
        name: "/data/scheduledOn is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/scheduledOn",
        value: "2021-02-30T12:00:00Z"
      },
      {
        name: "/data/unavailableForMatching is missing",
        status: "invalid",
        path: "/data/unavailableForMatching",
        remove: true
      },
      {
        name: "/data/unavailableForMatching has the wrong type (string instead of boolean)",
        status: "invalid",
        path: "/data/unavailableForMatching",
        value: "true"
      },
      {
        name: "/data/unavailableForMatching is null, which it may not be",
        status: "invalid",
        path: "/data/unavailableForMatching",
        value: null
      }
    ]
  ),
  "Microsoft.Communication.RouterJobWorkerSelectorsExpired": variants(
    makeAcsRouterJobWorkerSelectorsExpiredEvent(),
    [
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
        value: "Microsoft.Communications.RouterJobWorkerSelectorsExpired"
      },
      { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
      {
        name: "/data/jobId has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/jobId",
        value: 42
      },
      {
        name: "/data/jobId is null, which it may not be",
        status: "invalid",
        path: "/data/jobId",
        value: null
      },
      {
        name: "/data/channelReference has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/channelReference",
        value: 42
      },
      { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
      {
        name: "/data/channelId has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/channelId",
        value: 42
      },
      {
        name: "/data/channelId is null, which it may not be",
        status: "invalid",
        path: "/data/channelId",
        value: null
      },
      { name: "/data/queueId is missing", status: "invalid", path: "/data/queueId", remove: true },
      {
        name: "/data/queueId has the wrong type (number instead of string)",
        status: "invalid",
        path: "/data/queueId",
        value: 42
      },
      {
        name: "/data/queueId is null, which it may not be",
        status: "invalid",
        path: "/data/queueId",
        value: null
      },
      { name: "/data/labels is missing", status: "invalid", path: "/data/labels", remove: true },
      {
        name: "/data/labels has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/labels",
        value: "object"
      },
      {
        name: "/data/labels is null, which it may not be",
        status: "invalid",
        path: "/data/labels",
        value: null
      },
      { name: "/data/tags is missing", status: "invalid", path: "/data/tags", remove: true },
      {
        name: "/data/tags has the wrong type (string instead of object)",
        status: "invalid",
        path: "/data/tags",
        value: "object"
      },
      { name: "/data/tags is null, which it may not be", status: "invalid", path: "/data/tags", value: null },
      {
        name: "/data/requestedWorkerSelectorsExpired has the wrong type (string instead of array)",
        status: "invalid",
        path: "/data/requestedWorkerSelectorsExpired",
        value: "array"
      },
      {
        name: "/data/requestedWorkerSelectorsExpired/0/key is missing",
        status: "invalid",
        path: "/data/requestedWorkerSelectorsExpired/0/key",
        remove: true
      },
      {
        name: "/data/requestedWorkerSelectorsExpired/0/labelOperator is missing",
        status: "invalid",
        path: "/data/requestedWorkerSelectorsExpired/0/labelOperator",
        remove: true
      },
      {
        name: "/data/requestedWorkerSelectorsExpired/0/expirationTime is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/requestedWorkerSelectorsExpired/0/expirationTime",
        value: "2021-02-30T12:00:00Z"
      },
      {
        name: "/data/attachedWorkerSelectorsExpired has the wrong type (string instead of array)",
        status: "invalid",
        path: "/data/attachedWorkerSelectorsExpired",
        value: "array"
      },
      {
        name: "/data/attachedWorkerSelectorsExpired/0/key is missing",
        status: "invalid",
        path: "/data/attachedWorkerSelectorsExpired/0/key",
        remove: true
      },
      {
        name: "/data/attachedWorkerSelectorsExpired/0/labelOperator is missing",
        status: "invalid",
        path: "/data/attachedWorkerSelectorsExpired/0/labelOperator",
        remove: true
      },
      {
        name: "/data/attachedWorkerSelectorsExpired/0/expirationTime is not an RFC 3339 date-time",
        status: "invalid",
        path: "/data/attachedWorkerSelectorsExpired/0/expirationTime",
        value: "2021-02-30T12:00:00Z"
      }
    ]
  ),
  "Microsoft.Communication.RouterWorkerDeleted": variants(makeAcsRouterWorkerDeletedEvent(), [
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
      value: "Microsoft.Communications.RouterWorkerDeleted"
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    },
    { name: "/data/totalCapacity is missing", status: "invalid", path: "/data/totalCapacity", remove: true },
    {
      name: "/data/totalCapacity has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/totalCapacity",
      value: "forty-two"
    },
    {
      name: "/data/totalCapacity is null, which it may not be",
      status: "invalid",
      path: "/data/totalCapacity",
      value: null
    },
    {
      name: "/data/totalCapacity is out of int32 range",
      status: "invalid",
      path: "/data/totalCapacity",
      value: 2147483648
    },
    {
      name: "/data/queueAssignments is missing",
      status: "invalid",
      path: "/data/queueAssignments",
      remove: true
    },
    {
      name: "/data/queueAssignments has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/queueAssignments",
      value: "array"
    },
    {
      name: "/data/queueAssignments is null, which it may not be",
      status: "invalid",
      path: "/data/queueAssignments",
      value: null
    },
    {
      name: "/data/queueAssignments/0/id is missing",
      status: "invalid",
      path: "/data/queueAssignments/0/id",
      remove: true
    },
    {
      name: "/data/queueAssignments/0/name is missing",
      status: "invalid",
      path: "/data/queueAssignments/0/name",
      remove: true
    },
    {
      name: "/data/channelConfigurations is missing",
      status: "invalid",
      path: "/data/channelConfigurations",
      remove: true
    },
    {
      name: "/data/channelConfigurations has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/channelConfigurations",
      value: "array"
    },
    {
      name: "/data/channelConfigurations is null, which it may not be",
      status: "invalid",
      path: "/data/channelConfigurations",
      value: null
    },
    {
      name: "/data/channelConfigurations/0/channelId is missing",
      status: "invalid",
      path: "/data/channelConfigurations/0/channelId",
      remove: true
    },
    {
      name: "/data/channelConfigurations/0/capacityCostPerJob is missing",
      status: "invalid",
      path: "/data/channelConfigurations/0/capacityCostPerJob",
      remove: true
    },
    {
      name: "/data/channelConfigurations/0/capacityCostPerJob is out of int32 range",
      status: "invalid",
      path: "/data/channelConfigurations/0/capacityCostPerJob",
      value: 2147483648
    },
    {
      name: "/data/channelConfigurations/0/maxNumberOfJobs is out of int32 range",
      status: "invalid",
      path: "/data/channelConfigurations/0/maxNumberOfJobs",
      value: 2147483648
    },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    }
  ]),
  "Microsoft.Communication.RouterWorkerDeregistered": variants(makeAcsRouterWorkerDeregisteredEvent(), [
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
      value: "Microsoft.Communications.RouterWorkerDeregistered"
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterWorkerOfferAccepted": variants(makeAcsRouterWorkerOfferAcceptedEvent(), [
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
      value: "Microsoft.Communications.RouterWorkerOfferAccepted"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    },
    { name: "/data/queueId is missing", status: "invalid", path: "/data/queueId", remove: true },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    {
      name: "/data/queueId is null, which it may not be",
      status: "invalid",
      path: "/data/queueId",
      value: null
    },
    { name: "/data/offerId is missing", status: "invalid", path: "/data/offerId", remove: true },
    {
      name: "/data/offerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/offerId",
      value: 42
    },
    {
      name: "/data/offerId is null, which it may not be",
      status: "invalid",
      path: "/data/offerId",
      value: null
    },
    { name: "/data/assignmentId is missing", status: "invalid", path: "/data/assignmentId", remove: true },
    {
      name: "/data/assignmentId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/assignmentId",
      value: 42
    },
    {
      name: "/data/assignmentId is null, which it may not be",
      status: "invalid",
      path: "/data/assignmentId",
      value: null
    },
    { name: "/data/jobPriority is missing", status: "invalid", path: "/data/jobPriority", remove: true },
    {
      name: "/data/jobPriority has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/jobPriority",
      value: "forty-two"
    },
    {
      name: "/data/jobPriority is null, which it may not be",
      status: "invalid",
      path: "/data/jobPriority",
      value: null
    },
    {
      name: "/data/jobPriority is out of int32 range",
      status: "invalid",
      path: "/data/jobPriority",
      value: 2147483648
    },
    {
      name: "/data/jobLabels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/jobLabels",
      value: "object"
    },
    {
      name: "/data/jobTags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/jobTags",
      value: "object"
    },
    {
      name: "/data/workerLabels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/workerLabels",
      value: "object"
    },
    {
      name: "/data/workerLabels is null, which it may not be",
      status: "invalid",
      path: "/data/workerLabels",
      value: null
    },
    {
      name: "/data/workerTags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/workerTags",
      value: "object"
    },
    {
      name: "/data/workerTags is null, which it may not be",
      status: "invalid",
      path: "/data/workerTags",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterWorkerOfferDeclined": variants(makeAcsRouterWorkerOfferDeclinedEvent(), [
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
      value: "Microsoft.Communications.RouterWorkerOfferDeclined"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    },
    { name: "/data/queueId is missing", status: "invalid", path: "/data/queueId", remove: true },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    {
      name: "/data/queueId is null, which it may not be",
      status: "invalid",
      path: "/data/queueId",
      value: null
    },
    { name: "/data/offerId is missing", status: "invalid", path: "/data/offerId", remove: true },
    {
      name: "/data/offerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/offerId",
      value: 42
    },
    {
      name: "/data/offerId is null, which it may not be",
      status: "invalid",
      path: "/data/offerId",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterWorkerOfferExpired": variants(makeAcsRouterWorkerOfferExpiredEvent(), [
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
      value: "Microsoft.Communications.RouterWorkerOfferExpired"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    },
    { name: "/data/queueId is missing", status: "invalid", path: "/data/queueId", remove: true },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    {
      name: "/data/queueId is null, which it may not be",
      status: "invalid",
      path: "/data/queueId",
      value: null
    },
    { name: "/data/offerId is missing", status: "invalid", path: "/data/offerId", remove: true },
    {
      name: "/data/offerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/offerId",
      value: 42
    },
    {
      name: "/data/offerId is null, which it may not be",
      status: "invalid",
      path: "/data/offerId",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterWorkerOfferIssued": variants(makeAcsRouterWorkerOfferIssuedEvent(), [
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
      value: "Microsoft.Communications.RouterWorkerOfferIssued"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    },
    { name: "/data/queueId is missing", status: "invalid", path: "/data/queueId", remove: true },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    {
      name: "/data/queueId is null, which it may not be",
      status: "invalid",
      path: "/data/queueId",
      value: null
    },
    { name: "/data/offerId is missing", status: "invalid", path: "/data/offerId", remove: true },
    {
      name: "/data/offerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/offerId",
      value: 42
    },
    {
      name: "/data/offerId is null, which it may not be",
      status: "invalid",
      path: "/data/offerId",
      value: null
    },
    { name: "/data/offeredOn is missing", status: "invalid", path: "/data/offeredOn", remove: true },
    {
      name: "/data/offeredOn has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/offeredOn",
      value: 42
    },
    {
      name: "/data/offeredOn is null, which it may not be",
      status: "invalid",
      path: "/data/offeredOn",
      value: null
    },
    {
      name: "/data/offeredOn is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/offeredOn",
      value: "2021-02-30T12:00:00Z"
    },
    { name: "/data/expiresOn is missing", status: "invalid", path: "/data/expiresOn", remove: true },
    {
      name: "/data/expiresOn has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/expiresOn",
      value: 42
    },
    {
      name: "/data/expiresOn is null, which it may not be",
      status: "invalid",
      path: "/data/expiresOn",
      value: null
    },
    {
      name: "/data/expiresOn is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/expiresOn",
      value: "2021-02-30T12:00:00Z"
    },
    { name: "/data/jobPriority is missing", status: "invalid", path: "/data/jobPriority", remove: true },
    {
      name: "/data/jobPriority has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/jobPriority",
      value: "forty-two"
    },
    {
      name: "/data/jobPriority is null, which it may not be",
      status: "invalid",
      path: "/data/jobPriority",
      value: null
    },
    {
      name: "/data/jobPriority is out of int32 range",
      status: "invalid",
      path: "/data/jobPriority",
      value: 2147483648
    },
    {
      name: "/data/jobLabels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/jobLabels",
      value: "object"
    },
    {
      name: "/data/jobTags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/jobTags",
      value: "object"
    },
    {
      name: "/data/workerLabels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/workerLabels",
      value: "object"
    },
    {
      name: "/data/workerLabels is null, which it may not be",
      status: "invalid",
      path: "/data/workerLabels",
      value: null
    },
    {
      name: "/data/workerTags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/workerTags",
      value: "object"
    },
    {
      name: "/data/workerTags is null, which it may not be",
      status: "invalid",
      path: "/data/workerTags",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterWorkerOfferRevoked": variants(makeAcsRouterWorkerOfferRevokedEvent(), [
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
      value: "Microsoft.Communications.RouterWorkerOfferRevoked"
    },
    { name: "/data/jobId is missing", status: "invalid", path: "/data/jobId", remove: true },
    {
      name: "/data/jobId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/jobId",
      value: 42
    },
    { name: "/data/jobId is null, which it may not be", status: "invalid", path: "/data/jobId", value: null },
    {
      name: "/data/channelReference has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelReference",
      value: 42
    },
    { name: "/data/channelId is missing", status: "invalid", path: "/data/channelId", remove: true },
    {
      name: "/data/channelId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/channelId",
      value: 42
    },
    {
      name: "/data/channelId is null, which it may not be",
      status: "invalid",
      path: "/data/channelId",
      value: null
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    },
    { name: "/data/queueId is missing", status: "invalid", path: "/data/queueId", remove: true },
    {
      name: "/data/queueId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/queueId",
      value: 42
    },
    {
      name: "/data/queueId is null, which it may not be",
      status: "invalid",
      path: "/data/queueId",
      value: null
    },
    { name: "/data/offerId is missing", status: "invalid", path: "/data/offerId", remove: true },
    {
      name: "/data/offerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/offerId",
      value: 42
    },
    {
      name: "/data/offerId is null, which it may not be",
      status: "invalid",
      path: "/data/offerId",
      value: null
    }
  ]),
  "Microsoft.Communication.RouterWorkerRegistered": variants(makeAcsRouterWorkerRegisteredEvent(), [
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
      value: "Microsoft.Communications.RouterWorkerRegistered"
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    },
    { name: "/data/totalCapacity is missing", status: "invalid", path: "/data/totalCapacity", remove: true },
    {
      name: "/data/totalCapacity has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/totalCapacity",
      value: "forty-two"
    },
    {
      name: "/data/totalCapacity is null, which it may not be",
      status: "invalid",
      path: "/data/totalCapacity",
      value: null
    },
    {
      name: "/data/totalCapacity is out of int32 range",
      status: "invalid",
      path: "/data/totalCapacity",
      value: 2147483648
    },
    {
      name: "/data/queueAssignments is missing",
      status: "invalid",
      path: "/data/queueAssignments",
      remove: true
    },
    {
      name: "/data/queueAssignments has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/queueAssignments",
      value: "array"
    },
    {
      name: "/data/queueAssignments is null, which it may not be",
      status: "invalid",
      path: "/data/queueAssignments",
      value: null
    },
    {
      name: "/data/queueAssignments/0/id is missing",
      status: "invalid",
      path: "/data/queueAssignments/0/id",
      remove: true
    },
    {
      name: "/data/queueAssignments/0/name is missing",
      status: "invalid",
      path: "/data/queueAssignments/0/name",
      remove: true
    },
    {
      name: "/data/channelConfigurations is missing",
      status: "invalid",
      path: "/data/channelConfigurations",
      remove: true
    },
    {
      name: "/data/channelConfigurations has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/channelConfigurations",
      value: "array"
    },
    {
      name: "/data/channelConfigurations is null, which it may not be",
      status: "invalid",
      path: "/data/channelConfigurations",
      value: null
    },
    {
      name: "/data/channelConfigurations/0/channelId is missing",
      status: "invalid",
      path: "/data/channelConfigurations/0/channelId",
      remove: true
    },
    {
      name: "/data/channelConfigurations/0/capacityCostPerJob is missing",
      status: "invalid",
      path: "/data/channelConfigurations/0/capacityCostPerJob",
      remove: true
    },
    {
      name: "/data/channelConfigurations/0/capacityCostPerJob is out of int32 range",
      status: "invalid",
      path: "/data/channelConfigurations/0/capacityCostPerJob",
      value: 2147483648
    },
    {
      name: "/data/channelConfigurations/0/maxNumberOfJobs is out of int32 range",
      status: "invalid",
      path: "/data/channelConfigurations/0/maxNumberOfJobs",
      value: 2147483648
    },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    }
  ]),
  "Microsoft.Communication.RouterWorkerUpdated": variants(makeAcsRouterWorkerUpdatedEvent(), [
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
      value: "Microsoft.Communications.RouterWorkerUpdated"
    },
    { name: "/data/workerId is missing", status: "invalid", path: "/data/workerId", remove: true },
    {
      name: "/data/workerId has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/workerId",
      value: 42
    },
    {
      name: "/data/workerId is null, which it may not be",
      status: "invalid",
      path: "/data/workerId",
      value: null
    },
    { name: "/data/totalCapacity is missing", status: "invalid", path: "/data/totalCapacity", remove: true },
    {
      name: "/data/totalCapacity has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/totalCapacity",
      value: "forty-two"
    },
    {
      name: "/data/totalCapacity is null, which it may not be",
      status: "invalid",
      path: "/data/totalCapacity",
      value: null
    },
    {
      name: "/data/totalCapacity is out of int32 range",
      status: "invalid",
      path: "/data/totalCapacity",
      value: 2147483648
    },
    {
      name: "/data/queueAssignments is missing",
      status: "invalid",
      path: "/data/queueAssignments",
      remove: true
    },
    {
      name: "/data/queueAssignments has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/queueAssignments",
      value: "array"
    },
    {
      name: "/data/queueAssignments is null, which it may not be",
      status: "invalid",
      path: "/data/queueAssignments",
      value: null
    },
    {
      name: "/data/queueAssignments/0/id is missing",
      status: "invalid",
      path: "/data/queueAssignments/0/id",
      remove: true
    },
    {
      name: "/data/queueAssignments/0/name is missing",
      status: "invalid",
      path: "/data/queueAssignments/0/name",
      remove: true
    },
    {
      name: "/data/channelConfigurations is missing",
      status: "invalid",
      path: "/data/channelConfigurations",
      remove: true
    },
    {
      name: "/data/channelConfigurations has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/channelConfigurations",
      value: "array"
    },
    {
      name: "/data/channelConfigurations is null, which it may not be",
      status: "invalid",
      path: "/data/channelConfigurations",
      value: null
    },
    {
      name: "/data/channelConfigurations/0/channelId is missing",
      status: "invalid",
      path: "/data/channelConfigurations/0/channelId",
      remove: true
    },
    {
      name: "/data/channelConfigurations/0/capacityCostPerJob is missing",
      status: "invalid",
      path: "/data/channelConfigurations/0/capacityCostPerJob",
      remove: true
    },
    {
      name: "/data/channelConfigurations/0/capacityCostPerJob is out of int32 range",
      status: "invalid",
      path: "/data/channelConfigurations/0/capacityCostPerJob",
      value: 2147483648
    },
    {
      name: "/data/channelConfigurations/0/maxNumberOfJobs is out of int32 range",
      status: "invalid",
      path: "/data/channelConfigurations/0/maxNumberOfJobs",
      value: 2147483648
    },
    {
      name: "/data/labels has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/labels",
      value: "object"
    },
    {
      name: "/data/tags has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/tags",
      value: "object"
    },
    {
      name: "/data/updatedWorkerProperties has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/updatedWorkerProperties",
      value: "array"
    },
    {
      name: "/data/updatedWorkerProperties is null, which it may not be",
      status: "invalid",
      path: "/data/updatedWorkerProperties",
      value: null
    }
  ]),
  "Microsoft.Communication.SMSDeliveryReportReceived": variants(makeAcsSmsDeliveryReportReceivedEvent(), [
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
      value: "Microsoft.Communications.SMSDeliveryReportReceived"
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
    {
      name: "/data/deliveryStatus is missing",
      status: "invalid",
      path: "/data/deliveryStatus",
      remove: true
    },
    {
      name: "/data/deliveryStatus has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/deliveryStatus",
      value: 42
    },
    {
      name: "/data/deliveryStatus is null, which it may not be",
      status: "invalid",
      path: "/data/deliveryStatus",
      value: null
    },
    {
      name: "/data/deliveryStatusDetails is missing",
      status: "invalid",
      path: "/data/deliveryStatusDetails",
      remove: true
    },
    {
      name: "/data/deliveryStatusDetails has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/deliveryStatusDetails",
      value: 42
    },
    {
      name: "/data/deliveryStatusDetails is null, which it may not be",
      status: "invalid",
      path: "/data/deliveryStatusDetails",
      value: null
    },
    {
      name: "/data/deliveryAttempts is missing",
      status: "invalid",
      path: "/data/deliveryAttempts",
      remove: true
    },
    {
      name: "/data/deliveryAttempts has the wrong type (string instead of array)",
      status: "invalid",
      path: "/data/deliveryAttempts",
      value: "array"
    },
    {
      name: "/data/deliveryAttempts is null, which it may not be",
      status: "invalid",
      path: "/data/deliveryAttempts",
      value: null
    },
    {
      name: "/data/deliveryAttempts/0/timestamp is missing",
      status: "invalid",
      path: "/data/deliveryAttempts/0/timestamp",
      remove: true
    },
    {
      name: "/data/deliveryAttempts/0/timestamp is not an RFC 3339 date-time",
      status: "invalid",
      path: "/data/deliveryAttempts/0/timestamp",
      value: "2021-02-30T12:00:00Z"
    },
    {
      name: "/data/deliveryAttempts/0/segmentsSucceeded is missing",
      status: "invalid",
      path: "/data/deliveryAttempts/0/segmentsSucceeded",
      remove: true
    },
    {
      name: "/data/deliveryAttempts/0/segmentsFailed is missing",
      status: "invalid",
      path: "/data/deliveryAttempts/0/segmentsFailed",
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
    },
    {
      name: "/data/tag has the wrong type (number instead of string)",
      status: "invalid",
      path: "/data/tag",
      value: 42
    },
    { name: "/data/tag is null, which it may not be", status: "invalid", path: "/data/tag", value: null }
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
    },
    {
      name: "/data/segmentCount has the wrong type (string instead of integer)",
      status: "invalid",
      path: "/data/segmentCount",
      value: "forty-two"
    },
    {
      name: "/data/segmentCount is null, which it may not be",
      status: "invalid",
      path: "/data/segmentCount",
      value: null
    },
    {
      name: "/data/segmentCount is out of int32 range",
      status: "invalid",
      path: "/data/segmentCount",
      value: 2147483648
    }
  ]),
  "Microsoft.Communication.UserDisconnected": variants(makeAcsUserDisconnectedEvent(), [
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
      value: "Microsoft.Communications.UserDisconnected"
    },
    {
      name: "/data/userCommunicationIdentifier has the wrong type (string instead of object)",
      status: "invalid",
      path: "/data/userCommunicationIdentifier",
      value: "object"
    },
    {
      name: "/data/userCommunicationIdentifier is null, which it may not be",
      status: "invalid",
      path: "/data/userCommunicationIdentifier",
      value: null
    },
    {
      name: "/data/userCommunicationIdentifier/rawId is missing",
      status: "invalid",
      path: "/data/userCommunicationIdentifier/rawId",
      remove: true
    },
    {
      name: "/data/userCommunicationIdentifier/communicationUser/id is missing",
      status: "invalid",
      path: "/data/userCommunicationIdentifier/communicationUser/id",
      remove: true
    }
  ])
});
export {
  DEFAULT_SEED,
  advancedMessageAnalysisCompletedCloudEvent_2024_07_advanced_messaging,
  advancedMessageAnalysisCompleted_2024_07_advanced_messaging,
  advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging,
  advancedMessageDeliveryStatusUpdatedCloudEvent_2024_07_advanced_messaging_2,
  advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging,
  advancedMessageDeliveryStatusUpdated_2024_07_advanced_messaging_2,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_2,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_3,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_4,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_5,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_6,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_7,
  advancedMessageReceivedCloudEvent_2024_07_advanced_messaging_8,
  advancedMessageReceived_2024_07_advanced_messaging,
  advancedMessageReceived_2024_07_advanced_messaging_2,
  advancedMessageReceived_2024_07_advanced_messaging_3,
  advancedMessageReceived_2024_07_advanced_messaging_4,
  advancedMessageReceived_2024_07_advanced_messaging_5,
  advancedMessageReceived_2024_07_advanced_messaging_6,
  advancedMessageReceived_2024_07_advanced_messaging_7,
  advancedMessageReceived_2024_07_advanced_messaging_8,
  callEndedCloudEvent_2022_12_voice_video,
  callEnded_2022_12_voice_video,
  callParticipantAddedCloudEvent_2022_12_voice_video,
  callParticipantAdded_2022_12_voice_video,
  callParticipantRemovedCloudEvent_2022_12_voice_video,
  callParticipantRemoved_2022_12_voice_video,
  callStartedCloudEvent_2022_12_voice_video,
  callStarted_2022_12_voice_video,
  chatMemberAddedToThreadWithUserCloudEvent_2020_09,
  chatMemberAddedToThreadWithUserCloudEvent_2021_02,
  chatMemberAddedToThreadWithUser_2020_09,
  chatMemberAddedToThreadWithUser_2021_02,
  chatMemberRemovedFromThreadWithUserCloudEvent_2020_09,
  chatMemberRemovedFromThreadWithUserCloudEvent_2021_02,
  chatMemberRemovedFromThreadWithUser_2020_09,
  chatMemberRemovedFromThreadWithUser_2021_02,
  chatMessageDeletedCloudEvent_2020_09,
  chatMessageDeletedCloudEvent_2021_02,
  chatMessageDeletedCloudEvent_2021_10,
  chatMessageDeletedCloudEvent_2021_10_chat,
  chatMessageDeletedInThreadCloudEvent_2021_02,
  chatMessageDeletedInThreadCloudEvent_2021_10,
  chatMessageDeletedInThreadCloudEvent_2021_10_chat,
  chatMessageDeletedInThread_2021_02,
  chatMessageDeletedInThread_2021_10,
  chatMessageDeletedInThread_2021_10_chat,
  chatMessageDeleted_2020_09,
  chatMessageDeleted_2021_02,
  chatMessageDeleted_2021_10,
  chatMessageDeleted_2021_10_chat,
  chatMessageEditedCloudEvent_2020_09,
  chatMessageEditedCloudEvent_2021_02,
  chatMessageEditedCloudEvent_2021_10,
  chatMessageEditedCloudEvent_2021_10_chat,
  chatMessageEditedInThreadCloudEvent_2021_02,
  chatMessageEditedInThreadCloudEvent_2021_10,
  chatMessageEditedInThreadCloudEvent_2021_10_chat,
  chatMessageEditedInThread_2021_02,
  chatMessageEditedInThread_2021_10,
  chatMessageEditedInThread_2021_10_chat,
  chatMessageEdited_2020_09,
  chatMessageEdited_2021_02,
  chatMessageEdited_2021_10,
  chatMessageEdited_2021_10_chat,
  chatMessageReceivedCloudEvent_2020_09,
  chatMessageReceivedCloudEvent_2021_02,
  chatMessageReceivedCloudEvent_2021_10,
  chatMessageReceivedCloudEvent_2021_10_chat,
  chatMessageReceivedInThreadCloudEvent_2021_02,
  chatMessageReceivedInThreadCloudEvent_2021_10,
  chatMessageReceivedInThreadCloudEvent_2021_10_chat,
  chatMessageReceivedInThread_2021_02,
  chatMessageReceivedInThread_2021_10,
  chatMessageReceivedInThread_2021_10_chat,
  chatMessageReceived_2020_09,
  chatMessageReceived_2021_02,
  chatMessageReceived_2021_10,
  chatMessageReceived_2021_10_chat,
  chatParticipantAddedToThreadWithUserCloudEvent_2021_02,
  chatParticipantAddedToThreadWithUserCloudEvent_2021_10,
  chatParticipantAddedToThreadWithUserCloudEvent_2021_10_chat,
  chatParticipantAddedToThreadWithUser_2021_02,
  chatParticipantAddedToThreadWithUser_2021_10,
  chatParticipantAddedToThreadWithUser_2021_10_chat,
  chatParticipantRemovedFromThreadWithUserCloudEvent_2021_02,
  chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10,
  chatParticipantRemovedFromThreadWithUserCloudEvent_2021_10_chat,
  chatParticipantRemovedFromThreadWithUser_2021_02,
  chatParticipantRemovedFromThreadWithUser_2021_10,
  chatParticipantRemovedFromThreadWithUser_2021_10_chat,
  chatThreadCreatedCloudEvent_2021_02,
  chatThreadCreatedCloudEvent_2021_10,
  chatThreadCreatedCloudEvent_2021_10_chat,
  chatThreadCreatedWithUserCloudEvent_2020_09,
  chatThreadCreatedWithUserCloudEvent_2021_02,
  chatThreadCreatedWithUserCloudEvent_2021_10,
  chatThreadCreatedWithUserCloudEvent_2021_10_chat,
  chatThreadCreatedWithUser_2020_09,
  chatThreadCreatedWithUser_2021_02,
  chatThreadCreatedWithUser_2021_10,
  chatThreadCreatedWithUser_2021_10_chat,
  chatThreadCreated_2021_02,
  chatThreadCreated_2021_10,
  chatThreadCreated_2021_10_chat,
  chatThreadDeletedCloudEvent_2021_02,
  chatThreadDeletedCloudEvent_2021_10,
  chatThreadDeletedCloudEvent_2021_10_chat,
  chatThreadDeleted_2021_02,
  chatThreadDeleted_2021_10,
  chatThreadDeleted_2021_10_chat,
  chatThreadParticipantAddedCloudEvent_2021_02,
  chatThreadParticipantAddedCloudEvent_2021_10,
  chatThreadParticipantAddedCloudEvent_2021_10_chat,
  chatThreadParticipantAdded_2021_02,
  chatThreadParticipantAdded_2021_10,
  chatThreadParticipantAdded_2021_10_chat,
  chatThreadParticipantRemovedCloudEvent_2021_02,
  chatThreadParticipantRemovedCloudEvent_2021_10,
  chatThreadParticipantRemovedCloudEvent_2021_10_chat,
  chatThreadParticipantRemoved_2021_02,
  chatThreadParticipantRemoved_2021_10,
  chatThreadParticipantRemoved_2021_10_chat,
  chatThreadPropertiesUpdatedCloudEvent_2021_02,
  chatThreadPropertiesUpdatedCloudEvent_2021_10,
  chatThreadPropertiesUpdatedCloudEvent_2021_10_chat,
  chatThreadPropertiesUpdatedPerUserCloudEvent_2020_09,
  chatThreadPropertiesUpdatedPerUserCloudEvent_2021_02,
  chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10,
  chatThreadPropertiesUpdatedPerUserCloudEvent_2021_10_chat,
  chatThreadPropertiesUpdatedPerUser_2020_09,
  chatThreadPropertiesUpdatedPerUser_2021_02,
  chatThreadPropertiesUpdatedPerUser_2021_10,
  chatThreadPropertiesUpdatedPerUser_2021_10_chat,
  chatThreadPropertiesUpdated_2021_02,
  chatThreadPropertiesUpdated_2021_10,
  chatThreadPropertiesUpdated_2021_10_chat,
  chatThreadWithUserDeletedCloudEvent_2020_09,
  chatThreadWithUserDeletedCloudEvent_2021_02,
  chatThreadWithUserDeletedCloudEvent_2021_10,
  chatThreadWithUserDeletedCloudEvent_2021_10_chat,
  chatThreadWithUserDeleted_2020_09,
  chatThreadWithUserDeleted_2021_02,
  chatThreadWithUserDeleted_2021_10,
  chatThreadWithUserDeleted_2021_10_chat,
  emailDeliveryReportReceivedCloudEvent_2022_09_email,
  emailDeliveryReportReceived_2022_09_email,
  emailEngagementTrackingReportReceivedCloudEvent_2022_09_email,
  emailEngagementTrackingReportReceived_2022_09_email,
  factories,
  fixtureList,
  fixtures,
  incomingCallCloudEvent_2022_12_voice_video,
  incomingCall_2022_12_voice_video,
  instantMessageDeletedCloudEvent_2020_03,
  instantMessageDeleted_2020_03,
  instantMessageEditedCloudEvent_2020_03,
  instantMessageEdited_2020_03,
  instantMessageReceivedCloudEvent_2020_03,
  instantMessageReceived_2020_03,
  invalidVariants,
  makeAcsAdvancedMessageAnalysisCompletedEvent,
  makeAcsAdvancedMessageDeliveryStatusUpdatedEvent,
  makeAcsAdvancedMessageReceivedEvent,
  makeAcsCallEndedEvent,
  makeAcsCallParticipantAddedEvent,
  makeAcsCallParticipantRemovedEvent,
  makeAcsCallStartedEvent,
  makeAcsChatAzureBotCommandReceivedInThreadEvent,
  makeAcsChatMemberAddedToThreadWithUserEvent,
  makeAcsChatMemberRemovedFromThreadWithUserEvent,
  makeAcsChatMessageDeletedEvent,
  makeAcsChatMessageDeletedInThreadEvent,
  makeAcsChatMessageEditedEvent,
  makeAcsChatMessageEditedInThreadEvent,
  makeAcsChatMessageReceivedEvent,
  makeAcsChatMessageReceivedInThreadEvent,
  makeAcsChatParticipantAddedToThreadWithUserEvent,
  makeAcsChatParticipantRemovedFromThreadWithUserEvent,
  makeAcsChatThreadCreatedEvent,
  makeAcsChatThreadCreatedWithUserEvent,
  makeAcsChatThreadDeletedEvent,
  makeAcsChatThreadParticipantAddedEvent,
  makeAcsChatThreadParticipantRemovedEvent,
  makeAcsChatThreadPropertiesUpdatedEvent,
  makeAcsChatThreadPropertiesUpdatedPerUserEvent,
  makeAcsChatThreadWithUserDeletedEvent,
  makeAcsChatTypingIndicatorReceivedInThreadEvent,
  makeAcsEmailDeliveryReportReceivedEvent,
  makeAcsEmailEngagementTrackingReportReceivedEvent,
  makeAcsIncomingCallEvent,
  makeAcsInstantMessageDeletedEvent,
  makeAcsInstantMessageEditedEvent,
  makeAcsInstantMessageReceivedEvent,
  makeAcsRecordingFileStatusUpdatedEvent,
  makeAcsRouterJobCancelledEvent,
  makeAcsRouterJobClassificationFailedEvent,
  makeAcsRouterJobClassifiedEvent,
  makeAcsRouterJobClosedEvent,
  makeAcsRouterJobCompletedEvent,
  makeAcsRouterJobDeletedEvent,
  makeAcsRouterJobExceptionTriggeredEvent,
  makeAcsRouterJobQueuedEvent,
  makeAcsRouterJobReceivedEvent,
  makeAcsRouterJobSchedulingFailedEvent,
  makeAcsRouterJobUnassignedEvent,
  makeAcsRouterJobWaitingForActivationEvent,
  makeAcsRouterJobWorkerSelectorsExpiredEvent,
  makeAcsRouterWorkerDeletedEvent,
  makeAcsRouterWorkerDeregisteredEvent,
  makeAcsRouterWorkerOfferAcceptedEvent,
  makeAcsRouterWorkerOfferDeclinedEvent,
  makeAcsRouterWorkerOfferExpiredEvent,
  makeAcsRouterWorkerOfferIssuedEvent,
  makeAcsRouterWorkerOfferRevokedEvent,
  makeAcsRouterWorkerRegisteredEvent,
  makeAcsRouterWorkerUpdatedEvent,
  makeAcsSmsDeliveryReportReceivedEvent,
  makeAcsSmsReceivedEvent,
  makeAcsUserDisconnectedEvent,
  makeCloudEvent,
  recordingFileStatusUpdatedCloudEvent_2022_12_voice_video,
  recordingFileStatusUpdated_2022_12_voice_video,
  routerJobCancelledCloudEvent_2023_07_router,
  routerJobCancelled_2023_07_router,
  routerJobClassificationFailedCloudEvent_2023_07_router,
  routerJobClassificationFailed_2023_07_router,
  routerJobClassifiedCloudEvent_2023_07_router,
  routerJobClassified_2023_07_router,
  routerJobClosedCloudEvent_2023_07_router,
  routerJobClosed_2023_07_router,
  routerJobCompletedCloudEvent_2023_07_router,
  routerJobCompleted_2023_07_router,
  routerJobDeletedCloudEvent_2023_07_router,
  routerJobDeleted_2023_07_router,
  routerJobExceptionTriggeredCloudEvent_2023_07_router,
  routerJobExceptionTriggered_2023_07_router,
  routerJobQueuedCloudEvent_2023_07_router,
  routerJobQueued_2023_07_router,
  routerJobReceivedCloudEvent_2023_07_router,
  routerJobReceived_2023_07_router,
  routerJobSchedulingFailedCloudEvent_2023_07_router,
  routerJobSchedulingFailed_2023_07_router,
  routerJobUnassignedCloudEvent_2023_07_router,
  routerJobUnassigned_2023_07_router,
  routerJobWaitingForActivationCloudEvent_2023_07_router,
  routerJobWaitingForActivation_2023_07_router,
  routerJobWorkerSelectorsExpiredCloudEvent_2023_07_router,
  routerJobWorkerSelectorsExpired_2023_07_router,
  routerWorkerDeletedCloudEvent_2023_07_router,
  routerWorkerDeleted_2023_07_router,
  routerWorkerDeregisteredCloudEvent_2023_07_router,
  routerWorkerDeregistered_2023_07_router,
  routerWorkerOfferAcceptedCloudEvent_2023_07_router,
  routerWorkerOfferAccepted_2023_07_router,
  routerWorkerOfferDeclinedCloudEvent_2023_07_router,
  routerWorkerOfferDeclined_2023_07_router,
  routerWorkerOfferExpiredCloudEvent_2023_07_router,
  routerWorkerOfferExpired_2023_07_router,
  routerWorkerOfferIssuedCloudEvent_2023_07_router,
  routerWorkerOfferIssued_2023_07_router,
  routerWorkerOfferRevokedCloudEvent_2023_07_router,
  routerWorkerOfferRevoked_2023_07_router,
  routerWorkerRegisteredCloudEvent_2023_07_router,
  routerWorkerRegistered_2023_07_router,
  smsDeliveryReportReceivedCloudEvent_2020_03,
  smsDeliveryReportReceivedCloudEvent_2020_09,
  smsDeliveryReportReceivedCloudEvent_2021_02,
  smsDeliveryReportReceivedCloudEvent_2025_01_sms,
  smsDeliveryReportReceived_2020_03,
  smsDeliveryReportReceived_2020_09,
  smsDeliveryReportReceived_2021_02,
  smsDeliveryReportReceived_2025_01_sms,
  smsReceivedCloudEvent_2020_03,
  smsReceivedCloudEvent_2020_09,
  smsReceivedCloudEvent_2021_02,
  smsReceivedCloudEvent_2025_01_sms,
  smsReceived_2020_03,
  smsReceived_2020_09,
  smsReceived_2021_02,
  smsReceived_2025_01_sms,
  userDisconnectedCloudEvent_2021_10_presence,
  userDisconnected_2021_10_presence
};
