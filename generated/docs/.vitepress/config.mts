// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { defineConfig } from 'vitepress';
import { withMermaid } from 'vitepress-plugin-mermaid';

const config = defineConfig({
  "title": "ACS events",
  "description": "The 59 Azure Communication Services event types Event Grid delivers: data, subjects, samples, history, errata.",
  "outDir": "../../.docs-site/dist",
  "cacheDir": "../../.docs-site/cache",
  "srcExclude": ["examples/**"],
  "head": [
    [
      "link",
      {
        "rel": "icon",
        "href": "data:,"
      }
    ]
  ],
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
            "text": "Advanced<wbr>Message<wbr>Analysis<wbr>Completed",
            "link": "/advanced-messaging/advanced-message-analysis-completed"
          },
          {
            "text": "Advanced<wbr>Message<wbr>Delivery<wbr>Status<wbr>Updated",
            "link": "/advanced-messaging/advanced-message-delivery-status-updated"
          },
          {
            "text": "Advanced<wbr>Message<wbr>Received",
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
            "text": "Call<wbr>Ended",
            "link": "/calls/call-ended"
          },
          {
            "text": "Call<wbr>Participant<wbr>Added",
            "link": "/calls/call-participant-added"
          },
          {
            "text": "Call<wbr>Participant<wbr>Removed",
            "link": "/calls/call-participant-removed"
          },
          {
            "text": "Call<wbr>Started",
            "link": "/calls/call-started"
          },
          {
            "text": "Incoming<wbr>Call",
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
            "text": "Chat<wbr>Azure<wbr>Bot<wbr>Command<wbr>Received<wbr>In<wbr>Thread",
            "link": "/chat/chat-azure-bot-command-received-in-thread"
          },
          {
            "text": "Chat<wbr>Member<wbr>Added<wbr>To<wbr>Thread<wbr>With<wbr>User",
            "link": "/chat/chat-member-added-to-thread-with-user"
          },
          {
            "text": "Chat<wbr>Member<wbr>Removed<wbr>From<wbr>Thread<wbr>With<wbr>User",
            "link": "/chat/chat-member-removed-from-thread-with-user"
          },
          {
            "text": "Chat<wbr>Message<wbr>Deleted",
            "link": "/chat/chat-message-deleted"
          },
          {
            "text": "Chat<wbr>Message<wbr>Deleted<wbr>In<wbr>Thread",
            "link": "/chat/chat-message-deleted-in-thread"
          },
          {
            "text": "Chat<wbr>Message<wbr>Edited",
            "link": "/chat/chat-message-edited"
          },
          {
            "text": "Chat<wbr>Message<wbr>Edited<wbr>In<wbr>Thread",
            "link": "/chat/chat-message-edited-in-thread"
          },
          {
            "text": "Chat<wbr>Message<wbr>Received",
            "link": "/chat/chat-message-received"
          },
          {
            "text": "Chat<wbr>Message<wbr>Received<wbr>In<wbr>Thread",
            "link": "/chat/chat-message-received-in-thread"
          },
          {
            "text": "Chat<wbr>Participant<wbr>Added<wbr>To<wbr>Thread<wbr>With<wbr>User",
            "link": "/chat/chat-participant-added-to-thread-with-user"
          },
          {
            "text": "Chat<wbr>Participant<wbr>Removed<wbr>From<wbr>Thread<wbr>With<wbr>User",
            "link": "/chat/chat-participant-removed-from-thread-with-user"
          },
          {
            "text": "Chat<wbr>Thread<wbr>Created",
            "link": "/chat/chat-thread-created"
          },
          {
            "text": "Chat<wbr>Thread<wbr>Created<wbr>With<wbr>User",
            "link": "/chat/chat-thread-created-with-user"
          },
          {
            "text": "Chat<wbr>Thread<wbr>Deleted",
            "link": "/chat/chat-thread-deleted"
          },
          {
            "text": "Chat<wbr>Thread<wbr>Participant<wbr>Added",
            "link": "/chat/chat-thread-participant-added"
          },
          {
            "text": "Chat<wbr>Thread<wbr>Participant<wbr>Removed",
            "link": "/chat/chat-thread-participant-removed"
          },
          {
            "text": "Chat<wbr>Thread<wbr>Properties<wbr>Updated",
            "link": "/chat/chat-thread-properties-updated"
          },
          {
            "text": "Chat<wbr>Thread<wbr>Properties<wbr>Updated<wbr>Per<wbr>User",
            "link": "/chat/chat-thread-properties-updated-per-user"
          },
          {
            "text": "Chat<wbr>Thread<wbr>With<wbr>User<wbr>Deleted",
            "link": "/chat/chat-thread-with-user-deleted"
          },
          {
            "text": "Chat<wbr>Typing<wbr>Indicator<wbr>Received<wbr>In<wbr>Thread",
            "link": "/chat/chat-typing-indicator-received-in-thread"
          },
          {
            "text": "Instant<wbr>Message<wbr>Deleted",
            "link": "/chat/instant-message-deleted"
          },
          {
            "text": "Instant<wbr>Message<wbr>Edited",
            "link": "/chat/instant-message-edited"
          },
          {
            "text": "Instant<wbr>Message<wbr>Received",
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
            "text": "Email<wbr>Delivery<wbr>Report<wbr>Received",
            "link": "/email/email-delivery-report-received"
          },
          {
            "text": "Email<wbr>Engagement<wbr>Tracking<wbr>Report<wbr>Received",
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
            "text": "User<wbr>Disconnected",
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
            "text": "Recording<wbr>File<wbr>Status<wbr>Updated",
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
            "text": "Router<wbr>Job<wbr>Cancelled",
            "link": "/router/router-job-cancelled"
          },
          {
            "text": "Router<wbr>Job<wbr>Classification<wbr>Failed",
            "link": "/router/router-job-classification-failed"
          },
          {
            "text": "Router<wbr>Job<wbr>Classified",
            "link": "/router/router-job-classified"
          },
          {
            "text": "Router<wbr>Job<wbr>Closed",
            "link": "/router/router-job-closed"
          },
          {
            "text": "Router<wbr>Job<wbr>Completed",
            "link": "/router/router-job-completed"
          },
          {
            "text": "Router<wbr>Job<wbr>Deleted",
            "link": "/router/router-job-deleted"
          },
          {
            "text": "Router<wbr>Job<wbr>Exception<wbr>Triggered",
            "link": "/router/router-job-exception-triggered"
          },
          {
            "text": "Router<wbr>Job<wbr>Queued",
            "link": "/router/router-job-queued"
          },
          {
            "text": "Router<wbr>Job<wbr>Received",
            "link": "/router/router-job-received"
          },
          {
            "text": "Router<wbr>Job<wbr>Scheduling<wbr>Failed",
            "link": "/router/router-job-scheduling-failed"
          },
          {
            "text": "Router<wbr>Job<wbr>Unassigned",
            "link": "/router/router-job-unassigned"
          },
          {
            "text": "Router<wbr>Job<wbr>Waiting<wbr>For<wbr>Activation",
            "link": "/router/router-job-waiting-for-activation"
          },
          {
            "text": "Router<wbr>Job<wbr>Worker<wbr>Selectors<wbr>Expired",
            "link": "/router/router-job-worker-selectors-expired"
          },
          {
            "text": "Router<wbr>Worker<wbr>Deleted",
            "link": "/router/router-worker-deleted"
          },
          {
            "text": "Router<wbr>Worker<wbr>Deregistered",
            "link": "/router/router-worker-deregistered"
          },
          {
            "text": "Router<wbr>Worker<wbr>Offer<wbr>Accepted",
            "link": "/router/router-worker-offer-accepted"
          },
          {
            "text": "Router<wbr>Worker<wbr>Offer<wbr>Declined",
            "link": "/router/router-worker-offer-declined"
          },
          {
            "text": "Router<wbr>Worker<wbr>Offer<wbr>Expired",
            "link": "/router/router-worker-offer-expired"
          },
          {
            "text": "Router<wbr>Worker<wbr>Offer<wbr>Issued",
            "link": "/router/router-worker-offer-issued"
          },
          {
            "text": "Router<wbr>Worker<wbr>Offer<wbr>Revoked",
            "link": "/router/router-worker-offer-revoked"
          },
          {
            "text": "Router<wbr>Worker<wbr>Registered",
            "link": "/router/router-worker-registered"
          },
          {
            "text": "Router<wbr>Worker<wbr>Updated",
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
            "text": "SMSDelivery<wbr>Report<wbr>Received",
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
