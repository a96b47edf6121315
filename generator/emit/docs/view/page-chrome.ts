/** What every docs page starts with: YAML front matter, the DO NOT EDIT banner, the H1. */
import { banner } from '../../../syntax/banner.ts';
import { text, verbatim, yamlString, type Markdown } from '../../../syntax/markdown-inline.ts';

export interface PageChrome {
  frontMatter: { titleMd: Markdown; descriptionMd: Markdown };
  bannerMd: Markdown;
  titleMd: Markdown;
}

export function chrome(title: string, description: string): PageChrome {
  return {
    frontMatter: { titleMd: yamlString(title), descriptionMd: yamlString(description) },
    bannerMd: verbatim(banner('html').trimEnd()),
    titleMd: text(title),
  };
}
