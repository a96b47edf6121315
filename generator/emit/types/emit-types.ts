import { banner } from '../../syntax/banner.ts';
import type { Catalog, OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';
import { type Code, hardline, join, ts } from '../../syntax/ts-code.ts';
import { ENVELOPE_NAMES, envelopeDeclarations } from './types-envelopes.ts';
import { deprecatedTags, jsDoc } from './types-jsdoc.ts';
import { namedSchemas } from './types-schema.ts';
import { schemaNotes } from './types-notes.ts';
import { definitionsOf } from '../../model/schema-refs.ts';
import { TYPES_ROOT_NAME } from '../../model/package-names.ts';
import { type Ast, TypeReader } from './types-ast.ts';
import { aliasDeclaration, interfaceDeclaration } from './types-print.ts';

export const TYPES_PATH = 'package/src/types.ts';

/**
 * `package/src/types.ts`: every event's data type and every shared definition (types-ast.ts reads
 * them as json-schema-to-typescript did, types-print.ts lays them out as prettier does), then the
 * envelopes, the unions and the event-type map, one blank line between declarations.
 */
export function emitTypes({ catalog }: EmitContext): OutputFile[] {
  checkNames(catalog);
  const reader = new TypeReader();
  const named = namedSchemas(catalog).map((schema) => reader.read(schema));
  const docs = declarationDocs(catalog);
  const aliases: Code[] = [];
  const interfaces: Code[] = [];
  const declared = new Set<string>();
  const declare = (ast: Ast & { standaloneName: string }, into: Code[], code: Code): void => {
    declared.add(ast.standaloneName);
    into.push(code);
  };
  // json-schema-to-typescript's order: every type alias, then every interface, each in the order a
  // depth-first walk from the events' data types (then the definitions) meets them.
  walk(named, (ast) => {
    if (ast.type !== 'INTERFACE' && isNamed(ast))
      declare(ast, aliases, aliasDeclaration(ast.standaloneName, ast, docs.get(ast.standaloneName)));
  });
  walk(named, (ast) => {
    if (ast.type === 'INTERFACE' && isNamed(ast))
      declare(ast, interfaces, interfaceDeclaration(ast.standaloneName, ast, docs.get(ast.standaloneName)));
  });
  const missing = [...docs.keys()].filter((name) => !declared.has(name));
  if (missing.length > 0)
    throw new Error(
      `emit-types: no declaration for ${missing.join(', ')} (a schema that says nothing about its values)`,
    );
  const body = join(
    [...aliases, ...interfaces, ...envelopeDeclarations(catalog)],
    ts`${hardline}${hardline}`,
  );
  return [{ path: TYPES_PATH, contents: `${banner('line')}\n${String(body)}\n`, layout: 'final' }];
}

const isNamed = (ast: Ast): ast is Ast & { standaloneName: string } => ast.standaloneName !== undefined;

/** Each type once, depth first: an interface's members' types, then its bases; a union's or intersection's members; an array's items. */
function walk(roots: readonly Ast[], visit: (ast: Ast) => void): void {
  const seen = new Set<Ast>();
  const enter = (ast: Ast): void => {
    if (seen.has(ast)) return;
    seen.add(ast);
    if (ast.type === 'ARRAY') {
      enter(ast.element);
      visit(ast);
      return;
    }
    visit(ast);
    if (ast.type === 'INTERFACE') [...ast.params.map((param) => param.ast), ...ast.superTypes].forEach(enter);
    if (ast.type === 'UNION' || ast.type === 'INTERSECTION') ast.members.forEach(enter);
  };
  roots.forEach(enter);
}

/** Checks that every name types.ts will declare is taken once. */
function checkNames(catalog: Catalog): void {
  const names = [
    TYPES_ROOT_NAME,
    ...ENVELOPE_NAMES,
    ...catalog.events.flatMap((event) => [
      event.names.dataType,
      event.names.eventType,
      event.names.cloudEventType,
    ]),
    ...catalog.definitions.map((definition) => definition.name),
  ];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name))
      throw new Error(`emit-types: the name ${name} is taken twice (catalog names must be unique)`);
    seen.add(name);
  }
}

/**
 * JSDoc for the top-level declarations: description, event type, what the schema says beyond its
 * type (types-notes.ts), `@deprecated` for retired events.
 */
function declarationDocs(catalog: Catalog): Map<string, Code> {
  const docs = new Map<string, Code>();
  const definitions = definitionsOf(catalog);
  for (const event of catalog.events) {
    const paragraphs = [
      event.schema.description ?? event.description,
      `Data of the \`${event.type}\` event.`,
      ...schemaNotes(event.schema, definitions),
    ];
    docs.set(event.names.dataType, jsDoc(paragraphs, deprecatedTags(event, catalog, 'dataType')));
  }
  for (const definition of catalog.definitions) {
    const tags = definition.schema.deprecated ? [{ tagName: 'deprecated', text: '' }] : [];
    const paragraphs = [definition.description, ...schemaNotes(definition.schema, definitions)];
    docs.set(definition.name, jsDoc(paragraphs, tags));
  }
  return docs;
}
