import { BANNER_TEXT } from '../../syntax/banner.ts';
import type { OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';
import { jsonText } from '../../syntax/json-text.ts';
import { rememberedUnit } from '../../model/emit-memo.ts';
import { jsonPiece, spliceMember } from '../../syntax/json-pieces.ts';

/**
 * `catalog.json`: the normalized catalog as one JSON document for later stages and other tools.
 * Its events are laid out one by one (remembered: one changed event lays out only itself).
 */
export function emitCatalogJson(context: EmitContext): OutputFile[] {
  const { catalog } = context;
  const fileOf = new Map(catalog.documents.map((document) => [document.id, document.file]));
  const withFile = <T extends { document: string }>(ref: T) => ({ ...ref, file: fileOf.get(ref.document) });
  const document = {
    $comment: BANNER_TEXT,
    formatVersion: 1,
    documents: catalog.documents,
    categories: catalog.categories.map(({ id, title, description, scoped }) => ({
      id,
      title,
      description,
      scoped,
    })),
    subjectPrefixes: catalog.prefixes,
    filterExamples: catalog.filters.map((filter) => ({ ...filter, source: withFile(filter.source) })),
    definitions: catalog.definitions,
    events: [],
  };
  // Each event laid out on its own, from it and the documents' files (catalog-wide facts).
  const events = catalog.events.map((event) =>
    rememberedUnit(context, 'catalog-json', event, [], () =>
      jsonPiece({
        type: event.type,
        category: event.category,
        ...(event.scope ? { scope: event.scope } : {}),
        status: event.status,
        ...(event.replacedBy ? { replacedBy: event.replacedBy } : {}),
        description: event.description,
        dataVersion: event.dataVersion,
        names: event.names,
        subjects: event.subjects.map(({ pattern, prefix, parameters }) => ({ pattern, prefix, parameters })),
        schema: event.schema,
        ...(event.spec ? { spec: event.spec } : {}),
        ...(event.attributes ? { attributes: event.attributes.map(withFile) } : {}),
        uses: event.uses,
        history: event.history,
        listings: event.listings.map(withFile),
        samples: event.samples.map((sample) => ({ ...sample, source: withFile(sample.source) })),
        errata: event.errata,
        wireForms: event.wireForms,
      }),
    ),
  );
  return [
    { path: 'catalog.json', contents: spliceMember(jsonText(document), 'events', { elements: events }) },
  ];
}
