import type { Catalog, EventType } from '../../model/catalog-model.ts';
import { type Code, inlineDoc, jsDocBlock } from '../../syntax/ts-code.ts';
import { tsDocText, tsIdentifier } from '../../syntax/ts-literals.ts';

export interface DocTag {
  tagName: string;
  text: string;
}

/**
 * Catalog prose for a JSDoc block: tsDocText, and `/*` written `/\*` (the same in Markdown), as
 * types.ts has always had it (ts-morph, which wrote these blocks, took a `/*` for a nested comment).
 */
export function docText(text: string): string {
  return tsDocText(text).replace(/\/\*/g, '/\\*');
}

/**
 * A declaration's JSDoc from paragraphs of catalog prose and tags whose text is already docText'ed:
 * on one line when it is a single line without tags, else one line per line.
 */
export function jsDoc(paragraphs: readonly string[], tags: readonly DocTag[] = []): Code {
  const description = paragraphs.map(docText).join('\n\n');
  const tagLines = tags.map((tag) => `@${tag.tagName}${tag.text ? ` ${tag.text}` : ''}`);
  if (tagLines.length === 0 && !description.includes('\n')) return inlineDoc(description);
  return jsDocBlock([...(description === '' ? [] : description.split('\n')), ...tagLines]);
}

/**
 * `@deprecated Replaced by <replacedBy>` for a retired event, with a `{@link}` to the replacement's
 * declaration of the same kind when the catalog has the replacement.
 */
export function deprecatedTags(
  event: EventType,
  catalog: Catalog,
  linkTo: 'dataType' | 'eventType' | 'cloudEventType',
): DocTag[] {
  if (event.status !== 'retired') return [];
  if (event.replacedBy === undefined) return [{ tagName: 'deprecated', text: 'This event type is retired.' }];
  const replacement = catalog.events.find((candidate) => candidate.type === event.replacedBy);
  const link = replacement ? ` ({@link ${tsIdentifier(replacement.names[linkTo])}})` : '';
  return [{ tagName: 'deprecated', text: `Replaced by ${docText(event.replacedBy)}${link}.` }];
}
