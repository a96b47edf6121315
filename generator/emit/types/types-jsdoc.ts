import { StructureKind, type JSDocStructure, type OptionalKind } from 'ts-morph';
import type { Catalog, EventType } from '../../model/catalog-model.ts';
import { tsDocText, tsIdentifier } from '../../syntax/ts-literals.ts';

export interface DocTag {
  tagName: string;
  text: string;
}

/**
 * Catalog prose for a JSDoc block written by ts-morph: tsDocText, and `/*` written `/\*` (the same in
 * Markdown), because ts-morph's code writer takes a `/*` in a JSDoc description for the start of a
 * nested comment and "closes" it, breaking the block.
 */
export function docText(text: string): string {
  return tsDocText(text).replace(/\/\*/g, '/\\*');
}

/** A JSDoc block from paragraphs of catalog prose and tags whose text is already docText'ed. */
export function jsDoc(
  paragraphs: readonly string[],
  tags: readonly DocTag[] = [],
): OptionalKind<JSDocStructure> {
  return { kind: StructureKind.JSDoc, description: paragraphs.map(docText).join('\n\n'), tags: [...tags] };
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
