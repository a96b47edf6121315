/**
 * The VitePress configuration of the docs site (`docs/.vitepress/config.mts`), from the catalog:
 * the title, the navigation bar, and a sidebar with the guide, the reference pages and one
 * collapsible group per category listing its events. Local search, dark mode and Mermaid diagrams
 * come from VitePress and vitepress-plugin-mermaid. The build output and VitePress's cache go to
 * the ignored `.docs-site/` folder at the repository root, never into generated/.
 */
import type { Catalog } from '../../../model/catalog-model.ts';
import { banner } from '../../../syntax/banner.ts';
import { layoutJson } from '../../../syntax/json-layout.ts';
import { categoryPage, DOCS_ROOT, eventPage, PAGES } from '../view/docs-paths.ts';

export const SITE_CONFIG = `${DOCS_ROOT}/.vitepress/config.mts`;

/** Where `npm run docs:build` writes the site, relative to the docs folder (the VitePress root). */
export const SITE_OUTPUT = { outDir: '../../.docs-site/dist', cacheDir: '../../.docs-site/cache' };

export const SITE_TITLE = 'ACS events';

interface SidebarItem {
  text: string;
  link?: string;
  collapsed?: boolean;
  items?: SidebarItem[];
}

/** VitePress renders sidebar and home-page text as HTML: catalog text goes in as text. */
export function htmlText(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An event name that may break between its words in the narrow sidebar: `Chat<wbr>Message<wbr>Received`. */
function breakableHtml(name: string): string {
  return name
    .split(/(?<=[a-z0-9])(?=[A-Z])/)
    .map(htmlText)
    .join('<wbr>');
}

/** A page path under docs/ as VitePress routes it: `/chat/chat-message-received`, `/chat/`, `/`. */
export function route(page: string): string {
  const inside = page.slice(DOCS_ROOT.length).replace(/\.md$/, '');
  return inside.endsWith('/index') ? inside.slice(0, -'index'.length) : inside;
}

/** `withGuide`: whether the catalog gave the guide an event to show (so it has a page to link to). */
export function siteConfig(catalog: Catalog, withGuide: boolean): string {
  const guide = withGuide ? [{ text: 'Guide', link: route(PAGES.guide) }] : [];
  const config = {
    title: SITE_TITLE,
    description: `The ${catalog.events.length} Azure Communication Services event types Event Grid delivers: data, subjects, samples, history, errata.`,
    ...SITE_OUTPUT,
    srcExclude: ['examples/**'],
    // No favicon of its own: an empty one keeps browsers from requesting /favicon.ico (a 404).
    head: [['link', { rel: 'icon', href: 'data:,' }]],
    themeConfig: {
      search: { provider: 'local' },
      outline: { level: [2, 3], label: 'On this page' },
      nav: [
        ...guide,
        { text: 'Events', link: route(PAGES.index) },
        { text: 'Shared types', link: route(PAGES.types) },
        { text: 'Changelog', link: route(PAGES.changelog) },
        { text: 'Errata', link: route(PAGES.errata) },
      ],
      sidebar: sidebar(catalog, guide),
    },
  };
  return [
    banner('line').trimEnd(),
    "import { defineConfig } from 'vitepress';",
    "import { withMermaid } from 'vitepress-plugin-mermaid';",
    '',
    `const config = defineConfig(${layoutJson(config)});`,
    '',
    'export default withMermaid(config);',
    '',
  ].join('\n');
}

function sidebar(catalog: Catalog, guide: SidebarItem[]): SidebarItem[] {
  return [
    ...guide.map((item) => ({ text: item.text, items: [{ text: 'Receiving events', link: item.link }] })),
    {
      text: 'Reference',
      items: [
        { text: 'All events', link: route(PAGES.index) },
        { text: 'Shared types', link: route(PAGES.types) },
        { text: 'Changelog', link: route(PAGES.changelog) },
        { text: 'Errata', link: route(PAGES.errata) },
      ],
    },
    ...catalog.categories.map((category) => ({
      text: htmlText(`${category.title} (${category.events.length})`),
      collapsed: true,
      items: [
        { text: 'Overview', link: route(categoryPage(category)) },
        ...category.events.map((event) => ({
          text: breakableHtml(event.names.short),
          link: route(eventPage(event)),
        })),
      ],
    })),
  ];
}
