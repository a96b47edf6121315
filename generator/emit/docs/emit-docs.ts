/**
 * The docs site: Markdown pages under docs/ (a home page with the event index, a guide, one page
 * per category and per event, the shared types, the errata and the changelog), the TypeScript
 * examples they show (docs/examples/, type-checked by the tests), and the VitePress configuration
 * and theme (docs/.vitepress/). Pure: view models are built in pages/ and view/, rendered by the
 * logic-less templates/docs-*.hbs, tables padded; the pages come out exactly as prettier would
 * print them, so they are not run through it.
 */
import { alignTables } from '../../syntax/markdown-tables.ts';
import { categoryPageView, eventRow, type EventRowView } from './pages/category-page.ts';
import { changelogPageView, eventFieldLines, type FieldLine } from './pages/changelog-page.ts';
import { docsContext } from './view/docs-context.ts';
import { errataPageView, eventErrata, type SubgroupView } from './pages/errata-page.ts';
import { eventPageView } from './pages/event-page.ts';
import { guidePageView } from './pages/guide-page.ts';
import { indexPageView } from './pages/index-page.ts';
import { categoryPage, eventPage, PAGES } from './view/docs-paths.ts';
import { createRenderer } from '../../syntax/handlebars-render.ts';
import { SITE_CONFIG, siteConfig } from './site/site-config.ts';
import { siteTheme } from './site/site-theme.ts';
import { typesPageView } from './pages/types-page.ts';
import { propertyRows } from './view/property-rows.ts';
import { eventExample, exampleFile, guideEvent, guideExamples } from './view/usage-examples.ts';
import type { Catalog, EventType, OutputFile } from '../../model/catalog-model.ts';
import type { Lifecycle } from './view/lifecycle.ts';
import type { EmitContext } from '../../model/emit-context.ts';
import { rememberedUnit } from '../../model/emit-memo.ts';

export function emitDocs(emitContext: EmitContext): OutputFile[] {
  const { catalog: full, templates } = emitContext;
  // A category no event has been catalogued in yet gets no page and no index entry.
  const catalog: Catalog = {
    ...full,
    categories: full.categories.filter((category) => category.events.length > 0),
  };
  const renderTemplate = createRenderer(templates, 'docs');
  const render = (template: string, view: object) => alignTables(renderTemplate(template, view));
  const context = docsContext(catalog);
  const categoryOf = new Map(
    catalog.categories.flatMap((category) => category.events.map((event) => [event, category] as const)),
  );
  // An event's page and example, and its pieces of the aggregate pages (its rows in the index and
  // its category's table, its errata, its fields added), are made from it, the definitions it
  // uses, the catalog-wide facts and what its status says of the events it replaced or that
  // replaced it.
  const pieces = new Map(
    catalog.events.map((event) => {
      const lifecycle = lifecycleFacts(event, context.lifecycle);
      const category = categoryOf.get(event);
      const remembered = rememberedUnit(emitContext, 'docs', event, [lifecycle], (): EventPieces => {
        const rows = propertyRows(event.schema, catalog.definitions, { expandRefs: true });
        const example = eventExample(event, rows, renderTemplate);
        return {
          files: [
            {
              path: eventPage(event),
              contents: render('event', eventPageView(event, context, example, rows)),
            },
            exampleFile(example),
          ],
          indexRow: eventRow(event, context, PAGES.index),
          categoryRow: category && eventRow(event, context, categoryPage(category)),
          errata: eventErrata(event, context),
          fields: eventFieldLines(event, context),
        };
      });
      return [event, remembered] as const;
    }),
  );
  const of = (event: EventType): EventPieces => pieces.get(event)!;
  const index = indexPageView(context, (event) => of(event).indexRow);
  const guide = guideEvent(catalog);
  const guideFiles = guide ? guideExamples(guide, renderTemplate) : undefined;
  return [
    { path: PAGES.index, contents: render('index', index) },
    ...(guide && guideFiles
      ? [
          { path: PAGES.guide, contents: render('guide', guidePageView(guide, guideFiles)) },
          ...Object.values(guideFiles).map((example) => exampleFile(example)),
        ]
      : []),
    ...catalog.categories.map((category) => ({
      path: categoryPage(category),
      contents: render(
        'category',
        categoryPageView(category, context, (event) => of(event).categoryRow!),
      ),
    })),
    ...catalog.events.flatMap((event) => of(event).files),
    { path: PAGES.types, contents: render('types', typesPageView(context)) },
    {
      path: PAGES.errata,
      contents: render(
        'errata',
        errataPageView(context, (event) => of(event).errata),
      ),
    },
    {
      path: PAGES.changelog,
      contents: render(
        'changelog',
        changelogPageView(context, (event) => of(event).fields),
      ),
    },
    { path: SITE_CONFIG, contents: siteConfig(catalog, guide !== undefined) },
    ...siteTheme(renderTemplate('site-style', {})),
  ];
}

interface EventPieces {
  files: OutputFile[];
  indexRow: EventRowView;
  /** Undefined for an event in no category (which no category page lists). */
  categoryRow: EventRowView | undefined;
  errata: SubgroupView | undefined;
  fields: FieldLine[];
}

/** What an event's page says of the events it replaced or that replaced it (event-view.ts's statusSentence). */
function lifecycleFacts(event: EventType, lifecycle: Lifecycle): string {
  const linked = (other: EventType) => [other.names.short, eventPage(other)];
  const retirement = lifecycle.retirements.get(event.type);
  return JSON.stringify([
    retirement && [
      retirement.kind,
      retirement.document?.id,
      retirement.replacement && linked(retirement.replacement),
    ],
    (lifecycle.replaces.get(event.type) ?? []).map((old) => [old.kind, linked(old.event)]),
  ]);
}
