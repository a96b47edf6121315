/** The view model of `docs/types.md` (templates/docs-types.hbs): the shared definitions events refer to. */
import type { DocsContext } from '../view/docs-context.ts';
import { eventLink } from '../view/event-view.ts';
import { join, link, markup, prose, text, type Markdown } from '../../../syntax/markdown-inline.ts';
import { chrome, type PageChrome } from '../view/page-chrome.ts';
import { anchors, href, PAGES } from '../view/docs-paths.ts';
import { factsLabel, propertyTable, typeLabel, type PropertyRowView } from '../view/property-table.ts';
import { propertyRows } from '../view/property-rows.ts';
import { schemaFacts, shape } from '../view/property-rows.ts';
import { definitionsOf } from '../../../model/schema-refs.ts';

export interface TypesPageView extends PageChrome {
  introMd: Markdown;
  definitions: {
    /** The definition's name: its heading slug is the anchor event pages link to. */
    headingMd: Markdown;
    descriptionMd: Markdown;
    shapeMd: Markdown;
    /** What the shape says beyond its type (values, format, discriminator), `; `-prefixed, or empty. */
    factsMd: Markdown;
    properties: PropertyRowView[];
    usedByMd: Markdown;
  }[];
}

const PAGE = PAGES.types;

export function typesPageView(context: DocsContext): TypesPageView {
  const { catalog } = context;
  const schemas = definitionsOf(catalog);
  return {
    ...chrome(
      'Shared types',
      'The data shapes several Azure Communication Services events share, such as CommunicationIdentifier.',
    ),
    introMd: markup`Shapes that several events' ${text('data')} share. Event pages expand them into dotted rows; this page gives each once.`,
    definitions: catalog.definitions.map((definition) => {
      const users = catalog.events.filter((event) => event.uses.includes(definition.name));
      const definitionUsers = catalog.definitions.filter((other) => other.uses.includes(definition.name));
      const usedBy = [
        ...users.map((event) => eventLink(event, PAGE)),
        ...definitionUsers.map((other) =>
          link(text(other.name), href(PAGE, PAGE, anchors.definition(other))),
        ),
      ];
      return {
        headingMd: text(definition.name),
        descriptionMd: prose(definition.description),
        shapeMd: typeLabel(shape(definition.schema), PAGE),
        factsMd: prefixed(factsLabel(schemaFacts(definition.schema, schemas), PAGE)),
        properties: propertyTable(
          propertyRows(definition.schema, catalog.definitions, { expandRefs: false }),
          PAGE,
        ),
        usedByMd: usedBy.length === 0 ? markup`no event` : join(usedBy, ', '),
      };
    }),
  };
}

const prefixed = (facts: Markdown): Markdown => (facts === markup`` ? facts : markup`; ${facts}`);
