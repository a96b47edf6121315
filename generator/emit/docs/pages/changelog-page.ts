/**
 * The view model of `docs/changelog.md` (templates/docs-changelog.hbs): per docs version, in date
 * order, the event types it added, renamed and retired, and the data fields its samples show
 * for the first time.
 */
import type { EventType } from '../../../model/catalog-model.ts';
import type { DocsContext } from '../view/docs-context.ts';
import { eventLink } from '../view/event-view.ts';
import { fieldsAdded } from '../view/field-history.ts';
import { code, join, markup, prose, text, type Markdown } from '../../../syntax/markdown-inline.ts';
import type { Retirement } from '../view/lifecycle.ts';
import { chrome, type PageChrome } from '../view/page-chrome.ts';
import { PAGES, versionHeading } from '../view/docs-paths.ts';
import { documentDate, sourceFile } from '../view/provenance.ts';

export interface ChangelogPageView extends PageChrome {
  introMd: Markdown;
  versions: VersionView[];
}

interface VersionView {
  /** The docs version id; the heading's slug, the anchor other pages link to. */
  headingMd: Markdown;
  aboutMd: Markdown;
  summaryMd: Markdown;
  listedMd: Markdown;
  added: { textMd: Markdown }[];
  renamed: { textMd: Markdown }[];
  retired: { textMd: Markdown }[];
  fields: { textMd: Markdown }[];
}

const PAGE = PAGES.changelog;

/** `eventFields`: an event's lines of "fields added", as `eventFieldLines` makes them (the emitter remembers them). */
export function changelogPageView(
  context: DocsContext,
  eventFields: (event: EventType) => readonly FieldLine[] = (event) => eventFieldLines(event, context),
): ChangelogPageView {
  const { catalog, lifecycle } = context;
  const added = catalog.events.flatMap(eventFields);
  const retirements = [...lifecycle.retirements.values()];
  return {
    ...chrome(
      'Changelog',
      'How the Azure Communication Services event docs changed from version to version: events added, renamed and retired, fields added.',
    ),
    introMd: markup`The catalog was built from ${text(String(catalog.documents.length))} versions of the ACS event handling docs. For each version, oldest first: the event types it lists for the first time, renames and retirements, and the ${code('data')} properties its samples show that earlier samples of the same event did not (read from the corrected samples, so casing errata do not count as new fields).`,
    versions: catalog.documents.map((document, index) => {
      const listed = catalog.events.filter((event) => event.history.listedIn.includes(document.id));
      const at = (retirement: Retirement) => retirement.document?.id === document.id;
      return {
        headingMd: text(versionHeading(document)),
        aboutMd: markup`${prose(document.title)}, dated ${documentDate(document)}; ${sourceFile(document)}.`,
        summaryMd: document.summary === undefined ? markup`` : prose(document.summary),
        listedMd:
          listed.length === 0
            ? markup`This version lists no event types.`
            : markup`Lists ${text(String(listed.length))} event types.`,
        added: catalog.events
          .filter((event) => event.history.listedIn[0] === document.id)
          .map((event) => ({
            textMd:
              index === 0
                ? eventLink(event, PAGE)
                : markup`${eventLink(event, PAGE)}${replacing(lifecycle.replaces.get(event.type) ?? [])}`,
          })),
        renamed: retirements
          .filter((retirement) => retirement.kind === 'renamed' && at(retirement))
          .map((retirement) => ({
            textMd: markup`${eventLink(retirement.event, PAGE)} → ${successor(retirement)}`,
          })),
        retired: retirements
          .filter((retirement) => retirement.kind === 'retired' && at(retirement))
          .map((retirement) => ({
            textMd: markup`${eventLink(retirement.event, PAGE)}${retirement.replacement ? markup`, replaced by ${successor(retirement)}` : markup``}`,
          })),
        fields: added.filter((entry) => entry.document === document.id).map(({ textMd }) => ({ textMd })),
      };
    }),
  };

  function successor(retirement: Retirement): Markdown {
    return retirement.replacement ? eventLink(retirement.replacement, PAGE) : markup`—`;
  }
}

/** A line of a docs version's "fields added": the event and the fields its samples there show first. */
export interface FieldLine {
  /** The docs version's id. */
  document: string;
  textMd: Markdown;
}

export function eventFieldLines(event: EventType, { catalog, definitions }: DocsContext): FieldLine[] {
  return fieldsAdded([event], catalog.documents, definitions).map((entry) => ({
    document: entry.document.id,
    textMd: markup`${eventLink(entry.event, PAGE)}: ${join(
      entry.paths.map((path) => code(path)),
      ', ',
    )}`,
  }));
}

/** ` (new name of ChatMemberAddedToThreadWithUser)` for an event that took older ones' place. */
function replacing(old: readonly Retirement[]): Markdown {
  if (old.length === 0) return markup``;
  return markup` (${join(
    old.map(
      (retirement) =>
        markup`${text(retirement.kind === 'renamed' ? 'new name of' : 'successor of')} ${text(retirement.event.names.short)}`,
    ),
    '; ',
  )})`;
}
