/** What every docs page starts with: YAML front matter, the DO NOT EDIT banner, the H1. */
import { banner } from '../../../syntax/banner.ts';
import { join, text, verbatim, yamlString, type Markdown } from '../../../syntax/markdown-inline.ts';

export interface PageChrome {
  frontMatter: { titleMd: Markdown; descriptionMd: Markdown; extraMd: Markdown | null };
  bannerMd: Markdown;
  titleMd: Markdown;
}

/** `extraMd`: more front matter lines (the home page's VitePress layout), already YAML. */
export function chrome(title: string, description: string, extraMd: Markdown | null = null): PageChrome {
  return {
    frontMatter: { titleMd: yamlString(title), descriptionMd: yamlString(description), extraMd },
    bannerMd: verbatim(banner('html').trimEnd()),
    titleMd: breakable(title),
  };
}

/**
 * A title that may break between its words on a narrow screen: `<wbr>` after each dot and before
 * each capital that starts a word (`Chat<wbr>Message<wbr>Received`). Headings and anchors read the
 * text without it.
 */
export function breakable(title: string): Markdown {
  if (/\s/.test(title)) return text(title);
  const words = title.split(/(?<=\.)|(?<=[a-z0-9])(?=[A-Z])/);
  return join(
    words.map((word) => text(word)),
    '<wbr>',
  );
}
