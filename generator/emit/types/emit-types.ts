import { banner } from '../../syntax/banner.ts';
import type { Catalog, Definition, EventType, OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';
import { rememberedUnit } from '../../model/emit-memo.ts';
import type { Code } from '../../syntax/ts-code.ts';
import { ENVELOPE_NAMES, envelopeAliases, envelopeDeclarations } from './types-envelopes.ts';
import { deprecatedTags, type DocTag, jsDoc } from './types-jsdoc.ts';
import { namedSchemas } from './types-schema.ts';
import { schemaNotes } from './types-notes.ts';
import { definitionsOf, type Definitions } from '../../model/schema-refs.ts';
import { TYPES_ROOT_NAME } from '../../model/package-names.ts';
import { type Ast, TypeReader } from './types-ast.ts';
import { aliasDeclaration, interfaceDeclaration } from './types-print.ts';

export const TYPES_PATH = 'package/src/types.ts';

/**
 * `package/src/types.ts`: every event's data type and every shared definition (types-ast.ts reads
 * them as json-schema-to-typescript did, types-print.ts lays them out as prettier does), then the
 * envelopes, the unions and the event-type map, one blank line between declarations.
 *
 * An event's or a definition's declaration (and an event's envelope aliases) is printed on its own
 * and remembered as text, with the named types a walk from it meets, in order: made from the unit,
 * the definitions it uses and, for a retired event, what its `@deprecated` tags say. Printed apart,
 * the declarations join into the bytes the whole file printed at once would have (each starts at
 * column 0 after a blank line), and the walks into json-schema-to-typescript's order.
 */
export function emitTypes(context: EmitContext): OutputFile[] {
  const { catalog } = context;
  checkNames(catalog);
  const units = new Map<string, EventType | Definition>([
    ...catalog.events.map((event): [string, EventType] => [event.names.dataType, event]),
    ...catalog.definitions.map((definition): [string, Definition] => [definition.name, definition]),
  ]);
  const definitions = definitionsOf(catalog);
  const schemaOf = namedSchemas(catalog);
  const reader = new TypeReader();
  const astOf = (unit: EventType | Definition, name: string): Ast => {
    // A schema is read with its bases (`extends`), so every definition it uses is made first (a
    // name that is not a definition's is left to fail where the schema refers to it).
    for (const used of unit.uses) schemaOf(used);
    return reader.read(schemaOf(name)!);
  };
  const remembered = new Map<string, TypesUnit>();
  for (const [name, unit] of units) {
    const event = 'type' in unit ? unit : undefined;
    const deprecated = event
      ? (['dataType', 'eventType', 'cloudEventType'] as const).map((kind) =>
          deprecatedTags(event, catalog, kind),
        )
      : [];
    const piece = rememberedUnit(context, 'types', unit, [JSON.stringify(deprecated)], (): TypesUnit => {
      const ast = astOf(unit, name);
      const doc = event
        ? dataTypeDoc(event, deprecated[0]!, definitions)
        : definitionDoc(unit as Definition, definitions);
      const declaration =
        ast.type === 'INTERFACE' ? interfaceDeclaration(name, ast, doc) : aliasDeclaration(name, ast, doc);
      const reached: string[] = [];
      walk([ast], (met) => {
        if (isNamed(met)) reached.push(met.standaloneName);
      });
      return {
        interface: ast.type === 'INTERFACE',
        declaration: String(declaration),
        envelopes: event ? String(envelopeAliases(event, catalog)) : '',
        reached,
      };
    });
    remembered.set(name, piece);
  }
  // json-schema-to-typescript's order: every type alias, then every interface, each in the order a
  // depth-first walk from the events' data types (then the definitions) meets them. One walk over
  // them all meets, from each unit, what a walk from it alone meets and the walks before did not.
  const order = new Set<string>();
  for (const piece of remembered.values()) for (const name of piece.reached) order.add(name);
  const declarations = [
    ...[...order].filter((name) => !remembered.get(name)!.interface),
    ...[...order].filter((name) => remembered.get(name)!.interface),
  ].map((name) => remembered.get(name)!.declaration);
  const sections = envelopeDeclarations(catalog, (event) => remembered.get(event.names.dataType)!.envelopes);
  return [
    {
      path: TYPES_PATH,
      contents: `${banner('line')}\n${[...declarations, ...sections].join('\n\n')}\n`,
      layout: 'final',
    },
  ];
}

interface TypesUnit {
  interface: boolean;
  declaration: string;
  /** An event's Event Grid and CloudEvents aliases (empty for a definition). */
  envelopes: string;
  /** The named types a depth-first walk from the declaration meets, in order, itself first. */
  reached: string[];
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
function dataTypeDoc(event: EventType, tags: readonly DocTag[], definitions: Definitions): Code {
  const paragraphs = [
    event.schema.description ?? event.description,
    `Data of the \`${event.type}\` event.`,
    ...schemaNotes(event.schema, definitions),
  ];
  return jsDoc(paragraphs, tags);
}

function definitionDoc(definition: Definition, definitions: Definitions): Code {
  const tags = definition.schema.deprecated ? [{ tagName: 'deprecated', text: '' }] : [];
  return jsDoc([definition.description, ...schemaNotes(definition.schema, definitions)], tags);
}
