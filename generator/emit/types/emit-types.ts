import { compile } from 'json-schema-to-typescript';
import { Project, type JSDocStructure, type OptionalKind, type SourceFile } from 'ts-morph';
import { banner } from '../../syntax/banner.ts';
import type { Catalog, OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';
import { ENVELOPE_NAMES, appendEnvelopes } from './types-envelopes.ts';
import { deprecatedTags, jsDoc } from './types-jsdoc.ts';
import { HAS_OWN_PROPERTY_STAND_IN, TYPES_ROOT_NAME, typesRootSchema } from './types-schema.ts';
import { schemaNotes } from './types-notes.ts';
import { definitionsOf } from '../../model/schema-refs.ts';

export const TYPES_PATH = 'package/src/types.ts';

/**
 * `package/src/types.ts`: every event's data type and every shared definition from one
 * json-schema-to-typescript pass (unformatted: prettier runs once, at the end of the pipeline),
 * then JSDoc, the envelopes, the unions and the event-type map added with ts-morph.
 */
export async function emitTypes({ catalog }: EmitContext): Promise<OutputFile[]> {
  const expected = dataTypeNames(catalog);
  const generated = await compile(typesRootSchema(catalog), TYPES_ROOT_NAME, {
    format: false,
    bannerComment: '',
    additionalProperties: false,
    unknownAny: true,
    strictIndexSignatures: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: false,
  }).then((text) => text.replaceAll(HAS_OWN_PROPERTY_STAND_IN, 'hasOwnProperty'));

  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('types.ts', generated);
  file.getInterfaceOrThrow(TYPES_ROOT_NAME).remove();
  assertDeclaredNames(file, expected);
  documentDeclarations(file, catalog);
  appendEnvelopes(file, catalog);
  // One blank line between declarations (prettier keeps blank lines but never adds them).
  const body = file.getStatements().map((statement) => statement.getFullText().trim());
  return [{ path: TYPES_PATH, contents: `${banner('line')}\n${body.join('\n\n')}\n` }];
}

/**
 * Checks that every name types.ts will declare is taken once, and returns the names the
 * json-schema-to-typescript pass must declare: each event's data type and each shared definition.
 */
function dataTypeNames(catalog: Catalog): Set<string> {
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
  return new Set([
    ...catalog.events.map((event) => event.names.dataType),
    ...catalog.definitions.map((d) => d.name),
  ]);
}

/**
 * json-schema-to-typescript numbers a name it meets twice (`Foo1`) and names some anonymous schemas
 * itself; either would be an unstable public name, so anything but the expected set fails loudly.
 */
function assertDeclaredNames(file: SourceFile, expected: ReadonlySet<string>): void {
  const declared = [...file.getInterfaces(), ...file.getTypeAliases(), ...file.getEnums()].map((node) =>
    node.getName(),
  );
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const name of declared) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const [name, count] of counts) {
    if (expected.has(name)) {
      if (count > 1) problems.push(`${name} is declared ${count} times`);
    } else if (/\d$/.test(name)) {
      problems.push(`${name} is a numbered duplicate the catalog did not ask for`);
    } else {
      problems.push(`${name} is not a name the catalog asked for`);
    }
  }
  for (const name of expected) if (!counts.has(name)) problems.push(`${name} was not declared`);
  if (problems.length > 0) {
    throw new Error(
      `emit-types: json-schema-to-typescript output has unexpected names:\n  ${problems.sort().join('\n  ')}`,
    );
  }
}

/**
 * JSDoc for the top-level declarations: description, event type, what the schema says beyond its
 * type (types-notes.ts), `@deprecated` for retired events.
 * Spliced into the text in one replacement: adding JSDoc node by node makes ts-morph re-parse the
 * file each time, which made this step quadratic in the number of events.
 */
function documentDeclarations(file: SourceFile, catalog: Catalog): void {
  const docs = new Map<string, string>();
  const definitions = definitionsOf(catalog);
  for (const event of catalog.events) {
    const paragraphs = [
      event.schema.description ?? event.description,
      `Data of the \`${event.type}\` event.`,
      ...schemaNotes(event.schema, definitions),
    ];
    docs.set(
      event.names.dataType,
      renderJsDoc(jsDoc(paragraphs, deprecatedTags(event, catalog, 'dataType'))),
    );
  }
  for (const definition of catalog.definitions) {
    const tags = definition.schema.deprecated ? [{ tagName: 'deprecated', text: '' }] : [];
    const paragraphs = [definition.description, ...schemaNotes(definition.schema, definitions)];
    docs.set(definition.name, renderJsDoc(jsDoc(paragraphs, tags)));
  }
  const inserts: [position: number, doc: string][] = [];
  for (const node of [...file.getInterfaces(), ...file.getTypeAliases()]) {
    const doc = docs.get(node.getName());
    if (doc !== undefined) inserts.push([node.getStart(), doc]);
  }
  let text = file.getFullText();
  for (const [position, doc] of inserts.sort((a, b) => b[0] - a[0]))
    text = text.slice(0, position) + doc + text.slice(position);
  file.replaceWithText(text);
}

/** A JSDoc block as ts-morph writes one: on one line when it is a single line without tags. */
function renderJsDoc(doc: OptionalKind<JSDocStructure>): string {
  const description = typeof doc.description === 'string' ? doc.description : '';
  const tags = (doc.tags ?? []).map((tag) => `@${tag.tagName}${tag.text ? ` ${String(tag.text)}` : ''}`);
  if (tags.length === 0 && !description.includes('\n')) return `/** ${description} */\n`;
  const lines = [...(description === '' ? [] : description.split('\n')), ...tags];
  return `/**\n${lines.map((line) => (line === '' ? ' *' : ` * ${line}`)).join('\n')}\n */\n`;
}
