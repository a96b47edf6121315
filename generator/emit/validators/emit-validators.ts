/**
 * package/src/validators.ts: standalone validators and type guards for every event's data, every
 * shared definition and both envelopes, compiled from the catalog's schemas into specialized code
 * (no runtime dependency, no schema interpreter). Code is built with the safe builder in
 * code.ts: catalog text only ever reaches the output through tsLiteral, tsPropertyKey,
 * tsIdentifier or tsDocText.
 */
import type { Catalog, Definition, EventType, JsonSchema, OutputFile } from '../../model/catalog-model.ts';
import type { WireForm } from '../../model/wire-forms.ts';
import type { EmitContext } from '../../model/emit-context.ts';
import { rememberedUnit } from '../../model/emit-memo.ts';
import { type Code, docLines, entryKey, id, ts, type Lines } from '../../syntax/ts-code.ts';
import {
  and,
  assignment,
  call,
  compare,
  conditional,
  exprCode,
  ifBlock,
  ifThen,
  json,
  not,
  objectLiteral,
  property,
  shortCall,
  signature,
} from '../../syntax/ts-layout.ts';
import { compileFunction } from './validator-compile.ts';
import { ENVELOPES } from './validator-envelopes.ts';
import {
  definitionModulePath,
  ENVELOPES_PATH,
  eventModulePath,
  LOOKUP_PATH,
  ValidatorModules,
} from './validator-modules.ts';
import { API_TYPES } from './validator-runtime.ts';
import { RUNTIME_HELPERS, Scope, type SchemaFunctions } from './validator-scope.ts';

import { VALIDATOR_API_NAMES } from '../../model/package-names.ts';

export { VALIDATORS_PATH, WIRE_MODULE } from './validator-modules.ts';

const PUBLIC_NAMES = VALIDATOR_API_NAMES;
const IMPORTED_NAMES = ['AcsEventType', 'AcsEventDataMap', 'EventGridEvent', 'CloudEvent'];

interface Target {
  /** The module it is emitted in. */
  path: string;
  /** The type the value narrows to (a types.ts export). */
  type: Code;
  validate: Code;
  is: Code;
  internal: SchemaFunctions;
  schema: JsonSchema;
  validateDoc: Code[];
  isDoc: Code[];
  /** The documented wire forms validate accepts (variants, normalized) or names (doc errors). */
  wire?: { table: Code; forms: readonly WireForm[] };
}

export function emitValidators(context: EmitContext): OutputFile[] {
  const { catalog } = context;
  const schemas = new Map(catalog.definitions.map((definition) => [definition.name, definition.schema]));
  // Claims every top-level name once (a name taken twice throws); each module is then written in a
  // scope of its own, which knows the definitions and where the alternatives' numbering stands.
  const scope = new Scope(schemas);
  for (const name of [...PUBLIC_NAMES, ...IMPORTED_NAMES, ...RUNTIME_HELPERS]) scope.claim(name);

  const definitions: Target[] = catalog.definitions.map((definition) => {
    return {
      path: definitionModulePath(definition.name),
      type: scope.claim(definition.name),
      validate: scope.claim(`validate${definition.name}`),
      is: scope.claim(`is${definition.name}`),
      internal: scope.definition(definition.name),
      schema: definition.schema,
      validateDoc: docLines(`Validates a ${definition.name}, reporting every error.`, definition.description),
      isDoc: docLines(`Whether a value is a valid ${definition.name}.`, definition.description),
    };
  });

  const events: Target[] = catalog.events.map((event) => {
    const retired =
      event.status === 'retired'
        ? `@deprecated The service no longer sends ${event.type}${event.replacedBy ? `; see ${event.replacedBy}` : ''}.`
        : undefined;
    return {
      path: eventModulePath(event.names.slug),
      type: scope.claim(event.names.dataType),
      validate: scope.claim(event.names.validator),
      is: scope.claim(event.names.guard),
      internal: scope.claimFunctions(event.names.dataType),
      schema: event.schema,
      ...(event.wireForms.length > 0
        ? { wire: { table: scope.claim(`$wire${event.names.dataType}`), forms: event.wireForms } }
        : {}),
      validateDoc: docLines(
        `Validates the data of a ${event.type} event, reporting every error.`,
        event.description,
        event.wireForms.length > 0
          ? 'Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.'
          : undefined,
        retired,
      ),
      isDoc: docLines(`Whether a value is valid data of a ${event.type} event.`, event.description, retired),
    };
  });

  const envelopes: Target[] = ENVELOPES.map((envelope) => ({
    path: ENVELOPES_PATH,
    type: id(envelope.name),
    validate: scope.claim(`validate${envelope.name}`),
    is: scope.claim(`is${envelope.name}`),
    internal: scope.claimFunctions(envelope.name),
    schema: envelope.schema,
    validateDoc: docLines(
      `Validates ${envelope.name === 'EventGridEvent' ? 'an Event Grid' : 'a CloudEvents 1.0'} envelope, reporting every error.`,
      envelope.description,
    ),
    isDoc: docLines(
      `Whether a value is a valid ${envelope.name === 'EventGridEvent' ? 'Event Grid' : 'CloudEvents 1.0'} envelope.`,
      envelope.description,
    ),
  }));

  const modules = new ValidatorModules(definitions);
  let branches = 0;
  const write = (file: string, targets: readonly Target[], first: number, exported?: Code[]) => {
    const unitScope = new Scope(schemas, first);
    const written = modules.unit(
      unitScope,
      file,
      { types: targets.map((target) => target.type.toString()), apiTypes: API_TYPES, exported },
      () => targets.flatMap((target, n) => [...(n > 0 ? [ts``] : []), ...targetCode(unitScope, target)]),
    );
    return { file: written, branches: unitScope.branches - first };
  };
  // A definition's or an event's module is made from it and the definitions it uses; one with
  // anyOf/oneOf alternatives also from the number they start at (the modules before it used the
  // ones below), so it is written again when that moves. It is written once where it first
  // stands; how many alternatives it numbers does not depend on where they start.
  const unit = (owner: Definition | EventType, target: Target, exported?: Code[]): OutputFile => {
    const first = branches;
    const written = rememberedUnit(context, 'validators', owner, [], () => ({
      ...write(target.path, [target], first, exported),
      first,
    }));
    branches += written.branches;
    if (written.branches === 0 || written.first === first) return written.file;
    return rememberedUnit(
      context,
      'validators-numbered',
      owner,
      [String(first)],
      () => write(target.path, [target], first, exported).file,
    );
  };
  const lookupImports = new Map(events.map((target) => [target.path, [target.validate, target.is]]));
  const lookupScope = new Scope(schemas);
  return [
    ...definitions.map((target, at) =>
      unit(catalog.definitions[at]!, target, [target.internal.guard, target.internal.check]),
    ),
    ...events.map((target, at) => unit(catalog.events[at]!, target)),
    write(ENVELOPES_PATH, envelopes, branches).file,
    modules.unit(
      lookupScope,
      LOOKUP_PATH,
      {
        types: ['AcsEventDataMap', 'AcsEventType'],
        apiTypes: ['ValidateOptions', 'ValidationResult'],
        values: lookupImports,
      },
      () => eventTables(lookupScope, catalog),
    ),
    modules.barrel([
      ...[...definitions, ...events].map((target) => ({
        path: target.path,
        names: [target.validate, target.is],
      })),
      { path: ENVELOPES_PATH, names: envelopes.flatMap((target) => [target.validate, target.is]) },
      { path: LOOKUP_PATH, names: [id('dataValidators'), id('dataGuards')] },
    ]),
  ];
}

/** The exported validate/is pair of one schema, then its internal functions and their alternatives. */
function targetCode(scope: Scope, target: Target): Lines {
  const { type, validate, is, internal, wire } = target;
  const strict = exprCode(compare(ts`options?.strict`, '===', ts`true`));
  const result = (value: Code, normalized: Code[]) =>
    ts`return ${conditional(
      exprCode(compare(ts`errors.length`, '===', ts`0`)),
      objectLiteral([
        property(ts`ok`, ts`true`),
        property(ts`value`, ts`${value} as ${type}`),
        ...normalized,
      ]),
      objectLiteral([
        property(ts`ok`, ts`false`),
        property(ts`errors`, shortCall(call(scope.helper('$reported'), [ts`errors`]))),
      ]),
    )};`;
  const body: Lines = wire
    ? [
        ts`const errors = ${scope.helper('$errors')}(options?.maxErrors);`,
        ts`const normalized: WireNormalization[] = [];`,
        ts`let data = value;`,
        ts`try {`,
        [
          ts`${assignment(ts`data`, ts` =`, call(ts`$wireForms`, [ts`value`, wire.table, strict, ts`errors`, ts`normalized`]), false)};`,
          // No form applied (nothing rewritten, nothing reported): the guard's verdict is the
          // check's, at a fraction of its cost; the check runs when it fails (or throws) to say why.
          ts`let passes = false;`,
          ifBlock(and(compare(ts`data`, '===', ts`value`), compare(ts`errors.length`, '===', ts`0`))),
          [
            ts`try {`,
            [ts`${assignment(ts`passes`, ts` =`, call(internal.guard, [ts`data`, strict]), false)};`],
            ts`} catch {`,
            [ts`// reported by the check below`],
            ts`}`,
          ],
          ts`}`,
          ifThen(not(ts`passes`), ts`${call(internal.check, [ts`data`, ts`''`, ts`errors`, strict])};`),
        ],
        ts`} catch (thrown) {`,
        [ts`${scope.helper('$caught')}(errors, thrown);`],
        ts`}`,
        result(ts`data`, [ts`normalized`]),
      ]
    : [
        ts`return ${call(ts`${scope.helper('$validate')}<${type}>`, [internal.guard, internal.check, ts`value`, ts`options`])};`,
      ];
  const lines: (Code | Lines)[] = [
    ...(wire
      ? [
          ts`/** The documented wire forms of ${type} (catalog errata with a \`wire\` decision). */`,
          ts`${assignment(ts`const ${wire.table}: readonly WireForm[]`, ts` =`, json(wire.forms), false)};`,
          ts``,
        ]
      : []),
    ...target.validateDoc,
    ts`export function ${validate}${signature([ts`value: unknown`, ts`options?: ValidateOptions`], ts`ValidationResult<${type}>`)} {`,
    body,
    ts`}`,
    ts``,
    ...target.isDoc,
    ts`export function ${is}${signature([ts`value: unknown`], ts`value is ${type}`)} {`,
    [
      ts`try {`,
      [ts`return ${call(internal.guard, [ts`value`, ts`false`])};`],
      ts`} catch {`,
      [ts`return false;`],
      ts`}`,
    ],
    ts`}`,
  ];
  const compile = (names: SchemaFunctions, schema: JsonSchema, withCheck: boolean) => {
    lines.push(ts``, ...compileFunction(scope, 'guard', names, schema));
    if (withCheck) lines.push(ts``, ...compileFunction(scope, 'check', names, schema));
  };
  scope.startTarget();
  compile(internal, target.schema, true);
  // anyOf/oneOf alternatives, in the order met; an alternative's check exists only if something calls it.
  for (let pending = scope.takePending(); pending.length > 0; pending = scope.takePending()) {
    for (const alternative of pending)
      compile(alternative.names, alternative.schema, scope.isCheckCalled(alternative.names));
  }
  return lines;
}

function eventTables(scope: Scope, catalog: Catalog): Lines {
  const nullProto = scope.helper('$nullProto');
  const entries = (name: (event: Catalog['events'][number]) => string) =>
    catalog.events.map((event) => ts`${property(entryKey(event.type), id(name(event)))},`);
  // The declarations' heads are fixed text, written in prettier's layout of them.
  return [
    ts`/** The data validator of every event type. */`,
    ts`export const dataValidators: {`,
    [
      ts`readonly [K in AcsEventType]: (`,
      [ts`value: unknown,`, ts`options?: ValidateOptions,`],
      ts`) => ValidationResult<AcsEventDataMap[K]>;`,
    ],
    ts`} = /* @__PURE__ */ ${nullProto}({`,
    entries((event) => event.names.validator),
    ts`});`,
    ts``,
    ts`/** The data type guard of every event type. */`,
    ts`export const dataGuards: { readonly [K in AcsEventType]: (value: unknown) => value is AcsEventDataMap[K] } =`,
    [ts`/* @__PURE__ */ ${nullProto}({`, entries((event) => event.names.guard), ts`});`],
  ];
}
