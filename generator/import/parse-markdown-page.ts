/**
 * A docs page in Markdown: YAML front matter, headings (event headings with or without " event",
 * `(Preview)`, stray spaces; example titles; sub-type sections), pipe tables, ```json samples and
 * ```csharp model blocks.
 */
import { readCSharpModels } from './csharp-models.ts';
import { markdownTable } from './docs-page-tables.ts';
import {
  addJsonBlock,
  emptyParts,
  firstProseParagraph,
  proseAbove,
  type AttributeOwner,
  type BlockPlace,
  type PageContext,
  type PageParts,
} from './page-context.ts';

interface Heading {
  level: number;
  text: string;
  /** The event type the heading names (without `(Preview)` and " event"). */
  event?: string;
}

/** `Microsoft.Communication.X`, `Microsoft.Communication.X event`, `Microsoft.Communication.X(Preview) event`. */
const EVENT_HEADING = /^(Microsoft\.[A-Za-z]+\.[A-Za-z0-9]+)\s*(?:\(Preview\))?(?:\s+event)?$/i;
/** Section labels that are neither an example's title nor a sub-type's name. */
const SECTION_LABEL = /^(examples?|attribute list|attributes|sample|schema)$/i;
const SUBTYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

export function parseMarkdown(ctx: PageContext): PageParts {
  const parts = emptyParts();
  let n = 1;
  const frontMatter: Record<string, string> = {};
  if (ctx.line(1).trim() === '---') {
    let end = 2;
    while (end <= ctx.lines.length && ctx.line(end).trim() !== '---') end++;
    for (let i = 2; i < end; i++) {
      const m = /^([\w.-]+)\s*:\s*(.*?)\s*$/.exec(ctx.line(i));
      if (m) frontMatter[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
    }
    n = end + 1;
    const date = frontMatter['ms.date'];
    if (date !== undefined) {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date);
      const line = ctx.lines.findIndex((l) => /^ms\.date\s*:/.test(l)) + 1;
      if (m) parts.frontMatterDate = `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
      else ctx.warn(line, `ms.date ${JSON.stringify(date)} is not MM/DD/YYYY (ignored)`);
    }
  }
  const bodyStart = n;

  let h1: number | undefined;
  const headings: Heading[] = [];
  for (let i = bodyStart; i <= ctx.lines.length; i++) {
    const line = ctx.line(i);
    const fence = /^\s*```\s*([\w#+-]*)\s*$/.exec(line);
    if (fence) {
      let end = i + 1;
      while (end <= ctx.lines.length && !/^\s*```\s*$/.test(ctx.line(end))) end++;
      if (end > ctx.lines.length) ctx.warn(i, 'unclosed ``` fence', trail(headings));
      const language = fence[1]!.toLowerCase();
      if (language === 'json' && end - 1 >= i + 1) {
        const description = proseAbove(ctx, i, isMarkdownProse);
        addJsonBlock(ctx, i + 1, end - 1, description, parts, 'any', placeOf(headings));
      } else if (language === 'csharp' || language === 'cs' || language === 'c#') {
        parts.attributeTables.push(...readCSharpModels(ctx, i + 1, end - 1, trail(headings)));
      }
      i = end;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      const text = heading[2]!.replace(/\s+/g, ' ').trim();
      if (level === 1 && h1 === undefined) h1 = i;
      while (headings.length > 0 && headings[headings.length - 1]!.level >= level) headings.pop();
      const event = EVENT_HEADING.exec(text)?.[1];
      headings.push({ level, text, ...(event !== undefined ? { event } : {}) });
      continue;
    }
    if (/^\s*\|/.test(line) && /^\s*\|?\s*:?-{3,}/.test(ctx.line(i + 1))) {
      i = markdownTable(ctx, i, parts, ownerOf(headings), trail(headings)) - 1;
    }
  }

  const title = frontMatter.title;
  parts.title =
    title !== undefined && title !== ''
      ? title
      : h1 !== undefined
        ? ctx.line(h1).replace(/^#\s+/, '').trim()
        : '';
  const summary = firstProseParagraph(ctx, h1 !== undefined ? h1 + 1 : bodyStart, isMarkdownProse, false);
  if (summary !== undefined) parts.summary = summary;
  return parts;
}

function trail(headings: readonly Heading[]): string[] {
  return headings.filter((h) => h.level > 1).map((h) => h.text);
}

function eventHeading(headings: readonly Heading[]): Heading | undefined {
  return [...headings].reverse().find((h) => h.event !== undefined);
}

/** A JSON block's event section and, when a deeper heading names the example, its title. */
function placeOf(headings: readonly Heading[]): BlockPlace {
  const event = eventHeading(headings);
  const top = headings[headings.length - 1];
  const title =
    event !== undefined && top !== undefined && top.level > event.level && !SECTION_LABEL.test(top.text)
      ? top.text
      : undefined;
  return {
    trail: trail(headings),
    ...(event?.event !== undefined ? { event: event.event } : {}),
    ...(title !== undefined ? { title } : {}),
  };
}

/** A table right under a sub-type heading (`##### MediaContent`) describes that type; else its event's data. */
function ownerOf(headings: readonly Heading[]): AttributeOwner | undefined {
  const top = headings[headings.length - 1];
  if (
    top !== undefined &&
    top.event === undefined &&
    SUBTYPE_NAME.test(top.text) &&
    !SECTION_LABEL.test(top.text)
  )
    return { definition: top.text };
  const event = eventHeading(headings)?.event;
  return event === undefined ? undefined : { event };
}

function isMarkdownProse(line: string): boolean {
  const t = line.trim();
  return t !== '' && !/^(#|>|\||:::|!\[|```|[*+-]\s|\d+[.)]\s|<|---)/.test(t);
}
