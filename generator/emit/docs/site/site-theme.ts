/**
 * The site's theme (`docs/.vitepress/theme/`): VitePress's default theme plus the stylesheet
 * templates/docs-site-style.hbs (long identifiers wrap, tables fill the column, diagrams scale).
 */
import { banner, BANNER_TEXT } from '../../../syntax/banner.ts';
import { DOCS_ROOT } from '../view/docs-paths.ts';
import type { OutputFile } from '../../../model/catalog-model.ts';

const THEME = `${DOCS_ROOT}/.vitepress/theme`;

export function siteTheme(stylesheet: string): OutputFile[] {
  const entry = [
    banner('line').trimEnd(),
    "import DefaultTheme from 'vitepress/theme';",
    "import './style.css';",
    '',
    'export default DefaultTheme;',
    '',
  ].join('\n');
  return [
    { path: `${THEME}/index.ts`, contents: entry, layout: 'final' },
    { path: `${THEME}/style.css`, contents: `/* ${BANNER_TEXT} */\n${stylesheet}` },
  ];
}
