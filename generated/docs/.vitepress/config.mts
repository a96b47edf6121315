// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { defineConfig } from 'vitepress';
import { withMermaid } from 'vitepress-plugin-mermaid';

const config = defineConfig({
  "title": "ACS events",
  "description": "The 59 Azure Communication Services event types Event Grid delivers: data, subjects, samples, history, errata.",
  "outDir": "../../.docs-site/dist",
  "cacheDir": "../../.docs-site/cache",
  "srcExclude": ["examples/**"],
  "themeConfig": {
    "search": {
      "provider": "local"
    },
    "outline": {
      "level": [2, 3],
      "label": "On this page"
    },
    "nav": [
      {
        "text": "Guide",
        "link": "/guide/receiving-events"
      },
      {
        "text": "Events",
        "link": "/"
      },
      {
        "text": "Shared types",
        "link": "/types"
      },
      {
        "text": "Changelog",
        "link": "/changelog"
      },
      {
        "text": "Errata",
        "link": "/errata"
      }
    ],
    "sidebar": [
      {
        "text": "Guide",
        "items": [
          {
            "text": "Receiving events",
            "link": "/guide/receiving-events"
          }
        ]
      },
      {
        "text": "Reference",
        "items": [
          {
            "text": "All events",
            "link": "/"
          },
          {
            "text": "Shared types",
            "link": "/types"
          },
          {
            "text": "Changelog",
            "link": "/changelog"
          },
          {
            "text": "Errata",
            "link": "/errata"
          }
        ]
      },
      {
        "text": "Advanced Messaging (3)",
        "collapsed": true,
        "items": [
          {
            "text": "Overview",
            "link": "/advanced-messaging/"
          },
          {
            "text": "AdvancedMessageAnalysisCompleted",
            "link": "/advanced-messaging/advanced-message-analysis-completed"
          },
          {
            "text": "AdvancedMessageDeliveryStatusUpdated",
            "link": "/advanced-messaging/advanced-message-delivery-status-updated"
          },
          {
            "text": "AdvancedMessageReceived",
            "link": "/advanced-messaging/advanced-message-received"
          }
        ]
      },
      {
        "text": "Voice and video calling (5)",
        "collapsed": true,
        "items": [
          {
            "text": "Overview",
            "link": "/calls/"
          },
          {
            "text": "CallEnded",
            "link": "/calls/call-ended"
          },
          {
            "text": "CallParticipantAdded",
            "link": "/calls/call-participant-added"
          },
          {
            "text": "CallParticipantRemoved",
            "link": "/calls/call-participant-removed"
          },
          {
            "text": "CallStarted",
            "link": "/calls/call-started"
          },
          {
            "text": "IncomingCall",
            "link": "/calls/incoming-call"
          }
        ]
      },
      {
        "text": "Chat (23)",
        "collapsed": true,
        "items": [
          {
            "text": "Overview",
            "link": "/chat/"
          },
          {
            "text": "ChatAzureBotCommandReceivedInThread",
            "link": "/chat/chat-azure-bot-command-received-in-thread"
          },
          {
            "text": "ChatMemberAddedToThreadWithUser",
            "link": "/chat/chat-member-added-to-thread-with-user"
          },
          {
            "text": "ChatMemberRemovedFromThreadWithUser",
            "link": "/chat/chat-member-removed-from-thread-with-user"
          },
          {
            "text": "ChatMessageDeleted",
            "link": "/chat/chat-message-deleted"
          },
          {
            "text": "ChatMessageDeletedInThread",
            "link": "/chat/chat-message-deleted-in-thread"
          },
          {
            "text": "ChatMessageEdited",
            "link": "/chat/chat-message-edited"
          },
          {
            "text": "ChatMessageEditedInThread",
            "link": "/chat/chat-message-edited-in-thread"
          },
          {
            "text": "ChatMessageReceived",
            "link": "/chat/chat-message-received"
          },
          {
            "text": "ChatMessageReceivedInThread",
            "link": "/chat/chat-message-received-in-thread"
          },
          {
            "text": "ChatParticipantAddedToThreadWithUser",
            "link": "/chat/chat-participant-added-to-thread-with-user"
          },
          {
            "text": "ChatParticipantRemovedFromThreadWithUser",
            "link": "/chat/chat-participant-removed-from-thread-with-user"
          },
          {
            "text": "ChatThreadCreated",
            "link": "/chat/chat-thread-created"
          },
          {
            "text": "ChatThreadCreatedWithUser",
            "link": "/chat/chat-thread-created-with-user"
          },
          {
            "text": "ChatThreadDeleted",
            "link": "/chat/chat-thread-deleted"
          },
          {
            "text": "ChatThreadParticipantAdded",
            "link": "/chat/chat-thread-participant-added"
          },
          {
            "text": "ChatThreadParticipantRemoved",
            "link": "/chat/chat-thread-participant-removed"
          },
          {
            "text": "ChatThreadPropertiesUpdated",
            "link": "/chat/chat-thread-properties-updated"
          },
          {
            "text": "ChatThreadPropertiesUpdatedPerUser",
            "link": "/chat/chat-thread-properties-updated-per-user"
          },
          {
            "text": "ChatThreadWithUserDeleted",
            "link": "/chat/chat-thread-with-user-deleted"
          },
          {
            "text": "ChatTypingIndicatorReceivedInThread",
            "link": "/chat/chat-typing-indicator-received-in-thread"
          },
          {
            "text": "InstantMessageDeleted",
            "link": "/chat/instant-message-deleted"
          },
          {
            "text": "InstantMessageEdited",
            "link": "/chat/instant-message-edited"
          },
          {
            "text": "InstantMessageReceived",
            "link": "/chat/instant-message-received"
          }
        ]
      },
      {
        "text": "Email (2)",
        "collapsed": true,
        "items": [
          {
            "text": "Overview",
            "link": "/email/"
          },
          {
            "text": "EmailDeliveryReportReceived",
            "link": "/email/email-delivery-report-received"
          },
          {
            "text": "EmailEngagementTrackingReportReceived",
            "link": "/email/email-engagement-tracking-report-received"
          }
        ]
      },
      {
        "text": "Presence (1)",
        "collapsed": true,
        "items": [
          {
            "text": "Overview",
            "link": "/presence/"
          },
          {
            "text": "UserDisconnected",
            "link": "/presence/user-disconnected"
          }
        ]
      },
      {
        "text": "Call recording (1)",
        "collapsed": true,
        "items": [
          {
            "text": "Overview",
            "link": "/recording/"
          },
          {
            "text": "RecordingFileStatusUpdated",
            "link": "/recording/recording-file-status-updated"
          }
        ]
      },
      {
        "text": "Job Router (22)",
        "collapsed": true,
        "items": [
          {
            "text": "Overview",
            "link": "/router/"
          },
          {
            "text": "RouterJobCancelled",
            "link": "/router/router-job-cancelled"
          },
          {
            "text": "RouterJobClassificationFailed",
            "link": "/router/router-job-classification-failed"
          },
          {
            "text": "RouterJobClassified",
            "link": "/router/router-job-classified"
          },
          {
            "text": "RouterJobClosed",
            "link": "/router/router-job-closed"
          },
          {
            "text": "RouterJobCompleted",
            "link": "/router/router-job-completed"
          },
          {
            "text": "RouterJobDeleted",
            "link": "/router/router-job-deleted"
          },
          {
            "text": "RouterJobExceptionTriggered",
            "link": "/router/router-job-exception-triggered"
          },
          {
            "text": "RouterJobQueued",
            "link": "/router/router-job-queued"
          },
          {
            "text": "RouterJobReceived",
            "link": "/router/router-job-received"
          },
          {
            "text": "RouterJobSchedulingFailed",
            "link": "/router/router-job-scheduling-failed"
          },
          {
            "text": "RouterJobUnassigned",
            "link": "/router/router-job-unassigned"
          },
          {
            "text": "RouterJobWaitingForActivation",
            "link": "/router/router-job-waiting-for-activation"
          },
          {
            "text": "RouterJobWorkerSelectorsExpired",
            "link": "/router/router-job-worker-selectors-expired"
          },
          {
            "text": "RouterWorkerDeleted",
            "link": "/router/router-worker-deleted"
          },
          {
            "text": "RouterWorkerDeregistered",
            "link": "/router/router-worker-deregistered"
          },
          {
            "text": "RouterWorkerOfferAccepted",
            "link": "/router/router-worker-offer-accepted"
          },
          {
            "text": "RouterWorkerOfferDeclined",
            "link": "/router/router-worker-offer-declined"
          },
          {
            "text": "RouterWorkerOfferExpired",
            "link": "/router/router-worker-offer-expired"
          },
          {
            "text": "RouterWorkerOfferIssued",
            "link": "/router/router-worker-offer-issued"
          },
          {
            "text": "RouterWorkerOfferRevoked",
            "link": "/router/router-worker-offer-revoked"
          },
          {
            "text": "RouterWorkerRegistered",
            "link": "/router/router-worker-registered"
          },
          {
            "text": "RouterWorkerUpdated",
            "link": "/router/router-worker-updated"
          }
        ]
      },
      {
        "text": "SMS (2)",
        "collapsed": true,
        "items": [
          {
            "text": "Overview",
            "link": "/sms/"
          },
          {
            "text": "SMSDeliveryReportReceived",
            "link": "/sms/sms-delivery-report-received"
          },
          {
            "text": "SMSReceived",
            "link": "/sms/sms-received"
          }
        ]
      }
    ]
  }
});

export default withMermaid(config);
