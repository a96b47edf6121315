#!/usr/bin/env node
// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { factories } from "./fixtures.js";
import { runSimulator } from "./support/delivery-cli.js";
const currentTypes = [
  "Microsoft.Communication.AdvancedMessageAnalysisCompleted",
  "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated",
  "Microsoft.Communication.AdvancedMessageReceived",
  "Microsoft.Communication.CallEnded",
  "Microsoft.Communication.CallParticipantAdded",
  "Microsoft.Communication.CallParticipantRemoved",
  "Microsoft.Communication.CallStarted",
  "Microsoft.Communication.ChatAzureBotCommandReceivedInThread",
  "Microsoft.Communication.ChatMessageDeleted",
  "Microsoft.Communication.ChatMessageDeletedInThread",
  "Microsoft.Communication.ChatMessageEdited",
  "Microsoft.Communication.ChatMessageEditedInThread",
  "Microsoft.Communication.ChatMessageReceived",
  "Microsoft.Communication.ChatMessageReceivedInThread",
  "Microsoft.Communication.ChatParticipantAddedToThreadWithUser",
  "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser",
  "Microsoft.Communication.ChatThreadCreated",
  "Microsoft.Communication.ChatThreadCreatedWithUser",
  "Microsoft.Communication.ChatThreadDeleted",
  "Microsoft.Communication.ChatThreadParticipantAdded",
  "Microsoft.Communication.ChatThreadParticipantRemoved",
  "Microsoft.Communication.ChatThreadPropertiesUpdated",
  "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser",
  "Microsoft.Communication.ChatThreadWithUserDeleted",
  "Microsoft.Communication.ChatTypingIndicatorReceivedInThread",
  "Microsoft.Communication.EmailDeliveryReportReceived",
  "Microsoft.Communication.EmailEngagementTrackingReportReceived",
  "Microsoft.Communication.IncomingCall",
  "Microsoft.Communication.RecordingFileStatusUpdated",
  "Microsoft.Communication.RouterJobCancelled",
  "Microsoft.Communication.RouterJobClassificationFailed",
  "Microsoft.Communication.RouterJobClassified",
  "Microsoft.Communication.RouterJobClosed",
  "Microsoft.Communication.RouterJobCompleted",
  "Microsoft.Communication.RouterJobDeleted",
  "Microsoft.Communication.RouterJobExceptionTriggered",
  "Microsoft.Communication.RouterJobQueued",
  "Microsoft.Communication.RouterJobReceived",
  "Microsoft.Communication.RouterJobSchedulingFailed",
  "Microsoft.Communication.RouterJobUnassigned",
  "Microsoft.Communication.RouterJobWaitingForActivation",
  "Microsoft.Communication.RouterJobWorkerSelectorsExpired",
  "Microsoft.Communication.RouterWorkerDeleted",
  "Microsoft.Communication.RouterWorkerDeregistered",
  "Microsoft.Communication.RouterWorkerOfferAccepted",
  "Microsoft.Communication.RouterWorkerOfferDeclined",
  "Microsoft.Communication.RouterWorkerOfferExpired",
  "Microsoft.Communication.RouterWorkerOfferIssued",
  "Microsoft.Communication.RouterWorkerOfferRevoked",
  "Microsoft.Communication.RouterWorkerRegistered",
  "Microsoft.Communication.RouterWorkerUpdated",
  "Microsoft.Communication.SMSDeliveryReportReceived",
  "Microsoft.Communication.SMSReceived",
  "Microsoft.Communication.UserDisconnected"
];
const host = {
  readText: (path) => readFile(path, "utf8"),
  writeText: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTerminal: process.stderr.isTTY === true
};
process.exitCode = await runSimulator(process.argv.slice(2), host, {
  command: "acs-events-simulate",
  factories,
  currentTypes
});
