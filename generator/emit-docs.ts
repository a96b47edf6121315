/**
 * The docs-site source: Markdown reference pages under docs/ (an index, one page per category and
 * per event, the shared types, the errata and the changelog). Pure: view models are built in
 * generator/docs/, rendered by the logic-less templates/docs-*.hbs, tables padded; the pages come
 * out exactly as prettier would print them, so they are not run through it.
 */
import { alignTables } from './docs/align-tables.ts';
import { categoryPageView } from './docs/category-page.ts';
import { changelogPageView } from './docs/changelog-page.ts';
import { docsContext } from './docs/context.ts';
import { errataPageView } from './docs/errata-page.ts';
import { eventPageView } from './docs/event-page.ts';
import { indexPageView } from './docs/index-page.ts';
import { categoryPage, eventPage, PAGES } from './docs/paths.ts';
import { createRenderer } from './docs/render.ts';
import { typesPageView } from './docs/types-page.ts';
import type { Catalog, OutputFile } from './model.ts';

export function emitDocs(catalog: Catalog, templates: ReadonlyMap<string, string>): OutputFile[] {
  const renderTemplate = createRenderer(templates);
  const render = (template: string, view: object) => alignTables(renderTemplate(template, view));
  const context = docsContext(catalog);
  return [
    { path: PAGES.index, contents: render('index', indexPageView(context)) },
    ...catalog.categories.map((category) => ({
      path: categoryPage(category),
      contents: render('category', categoryPageView(category, context)),
    })),
    ...catalog.events.map((event) => ({ path: eventPage(event), contents: render('event', eventPageView(event, context)) })),
    { path: PAGES.types, contents: render('types', typesPageView(context)) },
    { path: PAGES.errata, contents: render('errata', errataPageView(context)) },
    { path: PAGES.changelog, contents: render('changelog', changelogPageView(context)) },
  ];
}
