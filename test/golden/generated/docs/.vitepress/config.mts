// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { defineConfig } from 'vitepress';
import { withMermaid } from 'vitepress-plugin-mermaid';

const config = defineConfig({
  "title": "ACS events",
  "description": "The 3 Azure Communication Services event types Event Grid delivers: data, subjects, samples, history, errata.",
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
        "text": "Chat (2)",
        "collapsed": true,
        "items": [
          {
            "text": "Overview",
            "link": "/chat/"
          },
          {
            "text": "Chat<wbr>Message<wbr>Received",
            "link": "/chat/chat-message-received"
          },
          {
            "text": "Instant<wbr>Message<wbr>Received",
            "link": "/chat/instant-message-received"
          }
        ]
      },
      {
        "text": "SMS (1)",
        "collapsed": true,
        "items": [
          {
            "text": "Overview",
            "link": "/sms/"
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
