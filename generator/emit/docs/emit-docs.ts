/**
 * The docs-site source: Markdown reference pages under docs/ (an index, one page per category and
 * per event, the shared types, the errata and the changelog). Pure: view models are built in
 * generator/docs/, rendered by the logic-less templates/docs-*.hbs, tables padded; the pages come
 * out exactly as prettier would print them, so they are not run through it.
 */
import { alignTables } from '../../syntax/markdown-tables.ts';
import { categoryPageView } from './pages/category-page.ts';
import { changelogPageView } from './pages/changelog-page.ts';
import { docsContext } from './view/docs-context.ts';
import { errataPageView } from './pages/errata-page.ts';
import { eventPageView } from './pages/event-page.ts';
import { indexPageView } from './pages/index-page.ts';
import { categoryPage, eventPage, PAGES } from './view/docs-paths.ts';
import { createRenderer } from '../../syntax/handlebars-render.ts';
import { typesPageView } from './pages/types-page.ts';
import type { Catalog, OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';

export function emitDocs({ catalog: full, templates }: EmitContext): OutputFile[] {
  // A category no event has been catalogued in yet gets no page and no index entry.
  const catalog: Catalog = {
    ...full,
    categories: full.categories.filter((category) => category.events.length > 0),
  };
  const renderTemplate = createRenderer(templates, 'docs');
  const render = (template: string, view: object) => alignTables(renderTemplate(template, view));
  const context = docsContext(catalog);
  return [
    { path: PAGES.index, contents: render('index', indexPageView(context)) },
    ...catalog.categories.map((category) => ({
      path: categoryPage(category),
      contents: render('category', categoryPageView(category, context)),
    })),
    ...catalog.events.map((event) => ({
      path: eventPage(event),
      contents: render('event', eventPageView(event, context)),
    })),
    { path: PAGES.types, contents: render('types', typesPageView(context)) },
    { path: PAGES.errata, contents: render('errata', errataPageView(context)) },
    { path: PAGES.changelog, contents: render('changelog', changelogPageView(context)) },
  ];
}
