/**
 * The home page's VitePress front matter (`layout: home`): a hero with the two ways in (the guide
 * and the event reference) and one feature card per category. GitHub shows the page body instead.
 */
import type { Catalog } from '../../../model/catalog-model.ts';
import { join, verbatim, yamlString, type Markdown } from '../../../syntax/markdown-inline.ts';
import { categoryPage, PAGES } from '../view/docs-paths.ts';
import { htmlText, route, SITE_TITLE } from './site-config.ts';

export function homeFrontMatter(catalog: Catalog, tagline: string): Markdown {
  const lines: Markdown[] = [
    verbatim('layout: home'),
    verbatim('hero:'),
    verbatim(`  name: ${yamlString(SITE_TITLE)}`),
    verbatim(`  text: ${yamlString('Azure Communication Services events, typed and checked')}`),
    verbatim(`  tagline: ${yamlString(htmlText(tagline))}`),
    verbatim('  actions:'),
    ...action('brand', 'Receiving events', route(PAGES.guide)),
    ...action('alt', 'Browse the events', '#event-types'),
    verbatim('features:'),
    ...catalog.categories.flatMap((category) => [
      verbatim(`  - title: ${yamlString(htmlText(category.title))}`),
      verbatim(
        `    details: ${yamlString(htmlText(`${category.events.length} event types. ${category.description}`))}`,
      ),
      verbatim(`    link: ${yamlString(route(categoryPage(category)))}`),
    ]),
  ];
  return join(lines, '\n');
}

function action(theme: string, text: string, link: string): Markdown[] {
  return [
    verbatim(`    - theme: ${theme}`),
    verbatim(`      text: ${yamlString(text)}`),
    verbatim(`      link: ${yamlString(link)}`),
  ];
}
