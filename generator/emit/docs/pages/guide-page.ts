/** The view model of `docs/guide/receiving-events.md` (templates/docs-guide.hbs). */
import { PACKAGE_NAME } from '../../../model/package-identity.ts';
import type { EventType } from '../../../model/catalog-model.ts';
import { code, fence, link, markup, text, type Markdown } from '../../../syntax/markdown-inline.ts';
import { chrome, type PageChrome } from '../view/page-chrome.ts';
import { eventLink } from '../view/event-view.ts';
import { href, PAGES } from '../view/docs-paths.ts';
import type { Example, GuideExample } from '../view/usage-examples.ts';

export interface GuidePageView extends PageChrome {
  installMd: Markdown;
  eventMd: Markdown;
  examples: Record<`${GuideExample}Md`, Markdown>;
  referenceMd: Markdown;
  errataMd: Markdown;
}

const PAGE = PAGES.guide;

export function guidePageView(event: EventType, examples: Record<GuideExample, Example>): GuidePageView {
  const ts = (example: Example) => fence(example.code, 'ts');
  return {
    ...chrome(
      'Receiving events',
      `How to receive Azure Communication Services events from Event Grid with ${PACKAGE_NAME}: install, a typed webhook, parse a body, answer the handshake, filter, test with fixtures.`,
    ),
    installMd: fence(`npm install ${PACKAGE_NAME}\n`, 'sh'),
    eventMd: markup`The examples use ${eventLink(event, PAGE)} (${code(event.type)}); every event page has the same kind of example for its own event.`,
    examples: {
      webhookMd: ts(examples.webhook),
      receiveMd: ts(examples.receive),
      handshakeMd: ts(examples.handshake),
      filterMd: ts(examples.filter),
      fixturesMd: ts(examples.fixtures),
    },
    referenceMd: link(text('event reference'), href(PAGE, PAGES.index)),
    errataMd: link(text('errata'), href(PAGE, PAGES.errata)),
  };
}
