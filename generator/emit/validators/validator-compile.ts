/**
 * Compiles one schema into specialized code, in one of two modes that share their structure:
 * - `guard`: `function $isX(v, s): boolean` — returns false at the first failure, allocates nothing;
 * - `check`: `function $checkX(v, p, e, s): void` — pushes every error (JSON Pointer, message,
 *   expected, received) onto `e`, never stops early.
 * Nested schemas are inlined; `$ref`s call the definition's function pair; anyOf/oneOf
 * alternatives become hoisted function pairs (queued on the scope). Only own properties count
 * (present = own and not undefined, as Ajv's `ownProperties`), unknown keys are never descended,
 * and `s` (strict) makes undeclared properties of schemas with `properties` errors.
 */
import type { JsonSchema } from '../../model/catalog-model.ts';
import { typeNames } from '../../model/schema-shapes.ts';
import { type Code, int, lit, ts, type Lines } from '../../syntax/ts-code.ts';
import {
  and,
  arrayLiteral,
  assignment,
  call,
  compare,
  elseIfBlock,
  type Expr,
  expr,
  exprCode,
  ifBlock,
  ifThen,
  index,
  not,
  or,
  shortCall,
  signature,
} from '../../syntax/ts-layout.ts';
import {
  declaredType,
  describe,
  isTrivial,
  leafKind,
  possibleValues,
  typeHolds,
  typesFail,
  typeFails,
  typesMessage,
  type JsonType,
} from './validator-conditions.ts';
import { FORMAT_CHECKS } from './validator-formats.ts';
import { allOfStrictNames, dispatchable, documentedEnum, type Dispatch } from './validator-idioms.ts';
import { Pointer } from './validator-pointer.ts';
import { isBareRef, LEAF_CHECKS, type SchemaFunctions, type Scope } from './validator-scope.ts';

export type Mode = 'guard' | 'check';

interface ErrorSpec {
  at: Pointer;
  message: string;
  expected: string;
  received: Code;
}

const V = ts`v`;
const P = ts`p`;
const E = ts`e`;
const S = ts`s`;
const LOCAL_PREFIXES = { v: ts`v`, o: ts`o`, a: ts`a`, i: ts`i`, k: ts`k`, n: ts`n`, r: ts`r` };
const RETURN_FALSE = ts`return false;`;

/** The declaration of one internal function compiled from `schema`. */
export function compileFunction(scope: Scope, mode: Mode, names: SchemaFunctions, schema: JsonSchema): Lines {
  const compiler = new Compiler(scope, mode, names);
  const body = compiler.value(schema, V, Pointer.at(P));
  const used = !isTrivial(schema);
  const param = (name: Code, unused: Code) => (used ? name : unused);
  const strict = compiler.usesStrict ? S : ts`_s`;
  if (mode === 'guard') {
    return [
      ts`function ${names.guard}${signature([ts`${param(V, ts`_v`)}: unknown`, ts`${strict}: boolean`], ts`boolean`)} {`,
      [...body, ts`return true;`],
      ts`}`,
    ];
  }
  const params = [
    ts`${param(V, ts`_v`)}: unknown`,
    ts`${param(P, ts`_p`)}: string`,
    ts`${param(E, ts`_e`)}: ValidationError[]`,
    ts`${strict}: boolean`,
  ];
  return [ts`function ${names.check}${signature(params, ts`void`)} {`, body, ts`}`];
}

class Compiler {
  private locals = 0;
  /** Definitions being inlined as `allOf` branches (a definition that extends itself is called instead). */
  private readonly inlining = new Set<string>();
  usesStrict = false;

  constructor(
    private readonly scope: Scope,
    private readonly mode: Mode,
    private readonly owner: SchemaFunctions,
  ) {}

  private local(kind: keyof typeof LOCAL_PREFIXES): Code {
    return ts`${LOCAL_PREFIXES[kind]}${int(++this.locals)}`;
  }

  private get strict(): Code {
    this.usesStrict = true;
    return S;
  }

  /**
   * Statements checking the value held by identifier `v`, found at pointer `at`. `ownStrict` false:
   * strict mode's undeclared-property check of this object is made by an enclosing `allOf`, which
   * knows the properties of every branch.
   */
  value(schema: JsonSchema, v: Code, at: Pointer, ownStrict = true, knownObject = false): Lines {
    const lines: (Code | Lines)[] = [];
    if (schema.$ref !== undefined) lines.push(this.call(this.scope.resolve(schema.$ref).functions, v, at));
    const types = typeNames(schema);
    const only = types.length === 1 ? types[0] : undefined;
    const has = (type: JsonType) => types.length === 0 || types.includes(type);
    const objectStrict = ownStrict && schema.allOf === undefined;
    const rest = [
      ...this.constAndEnum(schema, v, at, types),
      ...this.format(schema, v, at, types),
      ...(has('object') ? this.object(schema, v, at, only === 'object', objectStrict) : []),
      ...(has('array') ? this.array(schema, v, at, only === 'array') : []),
      ...this.anyOf(schema, v, at),
      ...this.oneOf(schema, v, at, only === 'object'),
      ...this.allOf(schema, v, at, ownStrict, only === 'object' || knownObject),
    ];
    if (types.length === 0) return [...lines, ...rest];
    // An enclosing allOf has already tested (and narrowed) the object.
    if (only === 'object') return [...lines, ...(knownObject ? rest : this.expectObject(v, at, rest))];
    const error = { at, message: typesMessage(types), expected: types.join(' | '), received: this.typeOf(v) };
    return [...lines, ...this.failIf(typesFail(types, v), error, rest)];
  }

  /** The object type test, through a shared helper: every object schema starts with it. */
  private expectObject(v: Code, at: Pointer, rest: Lines): Lines {
    if (this.mode === 'guard')
      return [ifThen(not(call(this.scope.helper('$isObject'), [v])), RETURN_FALSE), ...rest];
    const test = call(this.scope.helper('$checkObject'), [E, at.code(), v]);
    return rest.length === 0 ? [ts`${test};`] : [ifBlock(expr(test)), rest, ts`}`];
  }

  private call(functions: SchemaFunctions, v: Code, at: Pointer): Code {
    return this.mode === 'guard'
      ? ifThen(not(call(functions.guard, [v, this.strict])), RETURN_FALSE)
      : ts`${call(functions.check, [v, at.code(), E, this.strict])};`;
  }

  private constAndEnum(schema: JsonSchema, v: Code, at: Pointer, types: JsonType[]): Lines {
    const lines: Lines[] = [];
    const check = (values: readonly (string | number | boolean | null)[], open = false) => {
      const expected = [...values.map((value) => JSON.stringify(value)), ...(open ? ['string'] : [])].join(
        ' | ',
      );
      // An open enum accepts any string: only its other values need comparing.
      const anyString = open && (types.length === 0 || types.includes('string'));
      if (anyString && types.length > 0 && types.every((type) => type === 'string')) return;
      const compared = possibleValues(
        anyString ? values.filter((value) => typeof value !== 'string') : values,
        types,
      ).map((value) => compare(v, '!==', lit(value)));
      const conditions = anyString ? [compare(ts`typeof ${v}`, '!==', lit('string')), ...compared] : compared;
      const cond = conditions.length === 0 ? expr(ts`true`) : and(...conditions);
      const message = values.length === 1 && !open ? `must be ${expected}` : `must be one of ${expected}`;
      lines.push(this.reportIf(cond, { at, message, expected, received: this.show(v) }));
    };
    if (schema.const !== undefined) check([schema.const]);
    if (schema.enum !== undefined) check(schema.enum);
    const documented = documentedEnum(schema);
    if (documented !== undefined) check(documented.values, documented.open);
    return lines.flat();
  }

  private format(schema: JsonSchema, v: Code, at: Pointer, types: JsonType[]): Lines {
    const format = schema.format === undefined ? undefined : FORMAT_CHECKS[schema.format];
    if (format === undefined) return [];
    const applies: JsonType[] = format.applies === 'string' ? ['string'] : ['number', 'integer'];
    if (types.length > 0 && !types.some((type) => applies.includes(type))) return [];
    if (types.length > 0 && types.every((type) => type === format.impliedBy)) return [];
    const holds = call(this.scope.helper(format.helper), [v]);
    // When the type test already narrowed `v` to the format's type, the format test alone.
    const cond =
      types.length > 0 && types.every((type) => applies.includes(type))
        ? not(holds)
        : and(compare(ts`typeof ${v}`, '===', lit(format.applies)), not(holds));
    return this.reportIf(cond, {
      at,
      message: format.message,
      expected: schema.format!,
      received: this.show(v),
    });
  }

  private object(schema: JsonSchema, v: Code, at: Pointer, typed: boolean, ownStrict: boolean): Lines {
    const properties = Object.entries(schema.properties ?? {});
    const declared = properties.map(([name]) => name);
    const required = [...new Set(schema.required ?? [])];
    const undeclaredRequired = required.filter((name) => !declared.includes(name));
    const extra = schema.additionalProperties;
    const lines: (Code | Lines)[] = [];
    // A typed schema's value is already narrowed to a record by the object test; otherwise it gets one under another name.
    const o = typed ? v : this.local('o');
    const checked = [
      ...properties,
      ...undeclaredRequired.map((name): [string, JsonSchema] => [name, {}]),
    ].filter(([name, propertySchema]) => required.includes(name) || !isTrivial(propertySchema));
    // The prototype is read once: only a key it has needs the own-property test (see guardProperty).
    const proto = this.local('r');
    if (this.mode === 'check' && checked.length > 0) lines.push(this.declareProto(proto, o));
    // A guard's date-time tests, run once every cheaper test of the object has passed.
    const deferred: Code[] = [];
    for (const [name, propertySchema] of checked) {
      const isRequired = required.includes(name);
      if (this.mode === 'check') {
        lines.push(...this.property(o, proto, name, propertySchema, isRequired, at));
        continue;
      }
      const [read, ...rest] = this.guardProperty(o, proto, name, propertySchema, isRequired, at, deferred);
      if (read === undefined) continue;
      // Declared after the first property read: the optimizing compiler then knows the object's
      // maps, so the prototype is a constant rather than a call.
      const declare = lines.length === 0 ? [this.declareProto(proto, o)] : [];
      lines.push(read, ...declare, ...rest);
    }
    lines.push(...deferred);

    const known = (names: readonly string[]) => arrayLiteral(names.map(lit));
    if (extra === false) {
      lines.push(
        ...this.undeclared(o, known(declared), at, 'is not allowed here (additionalProperties: false)'),
      );
    } else if (extra !== undefined && extra !== true && !isTrivial(extra)) {
      const k = this.local('k');
      const ev = this.local('v');
      const skip = declared.map((name) => compare(k, '===', lit(name)));
      lines.push(
        ts`for (const ${k} in ${o}) {`,
        [
          ifThen(or(not(call(ts`${this.scope.helper('$hasOwn')}.call`, [o, k])), ...skip), ts`continue;`),
          ts`${assignment(ts`const ${ev}`, ts` =`, shortCall(index(o, k)), false)};`,
          ...this.value(extra, ev, at.segment(call(this.scope.helper('$esc'), [k]))),
        ],
        ts`}`,
      );
    } else if (extra === undefined && schema.properties !== undefined && ownStrict) {
      lines.push(
        ifBlock(expr(this.strict)),
        this.undeclared(o, known([...declared, ...undeclaredRequired]), at),
        ts`}`,
      );
    }

    if (lines.length === 0) return [];
    if (typed) return lines;
    return [
      ifBlock(typeHolds('object', v)),
      [ts`const ${o} = ${v} as Record<string, unknown>;`, ...lines],
      ts`}`,
    ];
  }

  /**
   * One property of object `o` in check mode. Present = own and not undefined (a polluted
   * Object.prototype or an inherited value never counts); the helpers get `o` only when `proto`
   * has the key (else false: a value found is o's own). The value is read here, at a fixed name,
   * so the optimizing compiler reads it at a fixed offset; a shared helper then does the rest for
   * the common kinds.
   */
  private property(
    o: Code,
    proto: Code,
    name: string,
    schema: JsonSchema,
    isRequired: boolean,
    at: Pointer,
  ): Lines {
    const read = index(o, lit(name));
    const owner = exprCode(and(compare(lit(name), 'in', proto), o));
    const leaf = leafKind(schema);
    if (leaf !== undefined) {
      const args = [E, at.code(), owner, lit(name), read, ...(isRequired ? [] : [ts`true`])];
      return [ts`${call(this.scope.helper(LEAF_CHECKS[leaf]), args)};`];
    }
    const pv = this.local('v');
    const inner = this.value(schema, pv, at.property(name));
    const declare = ts`${assignment(ts`const ${pv}`, ts` =`, shortCall(read), false)};`;
    const expected = isRequired ? [lit(describe(schema))] : [];
    const has = call(this.scope.helper('$has'), [E, at.code(), owner, lit(name), pv, ...expected]);
    if (inner.length === 0) return isRequired ? [declare, ts`${has};`] : [];
    return [declare, ifBlock(expr(has)), inner, ts`}`];
  }

  private declareProto(proto: Code, o: Code): Code {
    return ts`const ${proto}: object = Object.getPrototypeOf(${o}) || Object.prototype;`;
  }

  /**
   * One property of object `o` in a guard. Present = own and not undefined, as in check mode, but
   * the own-property test runs only when `proto` (o's prototype, Object.prototype for none) has the
   * key: a value found under a key its prototype chain lacks is the object's own. An optional
   * property of the right type needs no test at all (inherited or own, it passes). A date-time's
   * format test (the costliest leaf test by far) goes to `deferred`, after the object's cheap tests:
   * most invalid values fail one of those first.
   */
  private guardProperty(
    o: Code,
    proto: Code,
    name: string,
    schema: JsonSchema,
    isRequired: boolean,
    at: Pointer,
    deferred: Code[],
  ): Lines {
    const key = lit(name);
    const x = this.local('v');
    const read = ts`${assignment(ts`const ${x}`, ts` =`, shortCall(index(o, key)), false)};`;
    const hasOwn = call(ts`${this.scope.helper('$hasOwn')}.call`, [o, key]);
    const inherited = and(compare(key, 'in', proto), not(hasOwn));
    const own = or(not(compare(key, 'in', proto)), hasOwn);
    const leaf = leafKind(schema);
    if (leaf === 'date-time') {
      // Split in two tests that fail exactly when the single one did: a wrong type here, a string
      // that is not a date-time later.
      const notDateTime = not(call(this.scope.helper('$dateTime'), [x]));
      if (isRequired) {
        deferred.push(ifThen(notDateTime, RETURN_FALSE));
        return [read, ifThen(or(typeFails('string', x), inherited), RETURN_FALSE)];
      }
      const string = compare(ts`typeof ${x}`, '===', lit('string'));
      deferred.push(ifThen(and(string, notDateTime, own), RETURN_FALSE));
      const wrong = and(typeFails('string', x), compare(x, '!==', ts`undefined`), own);
      return [read, ifThen(wrong, RETURN_FALSE)];
    }
    if (leaf !== undefined) {
      const wrong = typeFails(leaf, x);
      const fails = isRequired ? or(wrong, inherited) : and(wrong, compare(x, '!==', ts`undefined`), own);
      return [read, ifThen(fails, RETURN_FALSE)];
    }
    const inner = this.value(schema, x, at.property(name));
    if (isRequired)
      return [read, ifThen(or(compare(x, '===', ts`undefined`), inherited), RETURN_FALSE), ...inner];
    if (inner.length === 0) return [];
    return [read, ifBlock(and(compare(x, '!==', ts`undefined`), own)), inner, ts`}`];
  }

  /** Own keys of `o` not in `known` (an array literal): a failure in guard mode, each an error in check mode (strict mode's message by default). */
  private undeclared(o: Code, known: Code, at: Pointer, message?: string): Lines {
    if (this.mode === 'guard')
      return [ifThen(not(call(this.scope.helper('$onlyKeys'), [o, known])), RETURN_FALSE)];
    const custom = message === undefined ? [] : [lit(message)];
    return [ts`${call(this.scope.helper('$extraKeys'), [E, at.code(), o, known, ...custom])};`];
  }

  private array(schema: JsonSchema, v: Code, at: Pointer, typed: boolean): Lines {
    if (schema.items === undefined || isTrivial(schema.items)) return [];
    const a = this.local('a');
    const i = this.local('i');
    const item = this.local('v');
    const block = [
      ts`const ${a} = ${v} as unknown[];`,
      ts`for (let ${i} = 0; ${i} < ${a}.length; ${i}++) {`,
      [ts`const ${item} = ${a}[${i}];`, ...this.value(schema.items, item, at.segment(i))],
      ts`}`,
    ];
    return typed ? block : [ifBlock(typeHolds('array', v)), block, ts`}`];
  }

  private anyOf(schema: JsonSchema, v: Code, at: Pointer): Lines {
    if (schema.anyOf === undefined || documentedEnum(schema)?.keyword === 'anyOf') return [];
    const alternatives = schema.anyOf.map((alternative) => this.scope.alternative(this.owner, alternative));
    const matches = not(or(...alternatives.map((names) => call(names.guard, [v, this.strict]))));
    if (this.mode === 'guard') return [ifThen(matches, RETURN_FALSE)];
    const error = {
      at,
      message: 'must match at least one alternative (anyOf)',
      expected: describe({ anyOf: schema.anyOf }),
      received: this.typeOf(v),
    };
    return [
      ifBlock(matches),
      [this.push(error), ...this.details(schema, schema.anyOf, alternatives, v, at)],
      ts`}`,
    ];
  }

  private oneOf(schema: JsonSchema, v: Code, at: Pointer, typedObject: boolean): Lines {
    if (schema.oneOf === undefined || documentedEnum(schema)?.keyword === 'oneOf') return [];
    const dispatch = dispatchable(schema, this.scope.definitions);
    if (dispatch !== undefined) return this.discriminated(dispatch, v, at, typedObject);
    const alternatives = schema.oneOf.map((alternative) => this.scope.alternative(this.owner, alternative));
    const n = this.local('n');
    const count = [
      ts`let ${n} = 0;`,
      ...alternatives.map((names) => ifThen(expr(call(names.guard, [v, this.strict])), ts`${n}++;`)),
    ];
    if (this.mode === 'guard') return [...count, ifThen(compare(n, '!==', ts`1`), RETURN_FALSE)];
    const expected = describe({ oneOf: schema.oneOf });
    const none = {
      at,
      message: 'must match exactly one alternative (oneOf) but matches none',
      expected,
      received: this.typeOf(v),
    };
    const several = {
      at,
      message: 'must match exactly one alternative (oneOf) but matches several',
      expected,
      received: this.typeOf(v),
    };
    return [
      ...count,
      ifBlock(compare(n, '===', ts`0`)),
      [this.push(none), ...this.details(schema, schema.oneOf, alternatives, v, at)],
      elseIfBlock(compare(n, '>', ts`1`)),
      [this.push(several)],
      ts`}`,
    ];
  }

  /** When no alternative matches: the errors of those whose JSON type the value has. */
  private details(
    schema: JsonSchema,
    schemas: JsonSchema[],
    alternatives: SchemaFunctions[],
    v: Code,
    at: Pointer,
  ): Code[] {
    const resolve = (ref: string) => this.scope.resolve(ref).schema;
    const types = typeNames(schema);
    const lines: Code[] = [];
    schemas.forEach((alternative, index) => {
      const type = declaredType(alternative, resolve);
      // An alternative of a type the value cannot have (the schema's own type excludes it) has nothing to say.
      if (type !== undefined && types.length > 0 && !types.some((own) => compatible(own, type))) return;
      const check = ts`${call(this.scope.callCheck(alternatives[index]!), [v, at.code(), E, this.strict])};`;
      const certain = type === undefined || (types.length === 1 && types[0] === type);
      lines.push(certain ? check : ifThen(typeHolds(type, v), check));
    });
    return lines;
  }

  /**
   * A discriminated `oneOf`: at most one branch can match (each requires the discriminator with its
   * own const), so the value's discriminator picks the one branch to check. Errors name it.
   */
  private discriminated(dispatch: Dispatch, v: Code, at: Pointer, typedObject: boolean): Lines {
    const { property, branches } = dispatch;
    const functions = branches.map((branch) => this.scope.alternative(this.owner, branch.schema));
    const d = this.local('v');
    const values = branches.map((branch) => JSON.stringify(branch.value)).join(' | ');
    const steps: (Code | Lines)[] = [];
    branches.forEach((branch, index) => {
      const names = functions[index]!;
      const matches = compare(d, '===', lit(branch.value));
      const test = index === 0 ? ifBlock(matches) : elseIfBlock(matches);
      const guard = call(names.guard, [v, this.strict]);
      if (this.mode === 'guard') {
        steps.push(test, [ifThen(not(guard), RETURN_FALSE)]);
        return;
      }
      const mismatch = {
        at,
        message: `does not match the union's branch for ${property} ${JSON.stringify(branch.value)}`,
        expected: describe(branch.schema),
        received: this.typeOf(v),
      };
      const check = ts`${call(this.scope.callCheck(names), [v, at.code(), E, this.strict])};`;
      steps.push(test, [ifBlock(not(guard)), [this.push(mismatch), check], ts`}`]);
    });
    const unknown = {
      at: at.property(property),
      message: `must be one of ${values} (the union's discriminator)`,
      expected: values,
      received: this.show(d),
    };
    steps.push(ts`} else {`, [this.mode === 'guard' ? RETURN_FALSE : this.push(unknown)], ts`}`);
    const read = ts`${assignment(ts`const ${d}`, ts` =`, shortCall(index(v, lit(property))), false)};`;
    if (this.mode === 'guard') {
      const object = typedObject
        ? []
        : [ifThen(not(call(this.scope.helper('$isObject'), [v])), RETURN_FALSE)];
      return [...object, read, ...steps];
    }
    const has = call(this.scope.helper('$has'), [E, at.code(), v, lit(property), d, lit(values)]);
    const body = [read, ifBlock(expr(has)), steps, ts`}`];
    if (typedObject) return body;
    return [ifBlock(expr(call(this.scope.helper('$checkObject'), [E, at.code(), v]))), body, ts`}`];
  }

  /**
   * `allOf`: every branch applies, compiled in place; a bare `$ref` branch is inlined so that its
   * own strict check gives way to one over the properties of every branch (a cycle calls it instead).
   */
  private allOf(schema: JsonSchema, v: Code, at: Pointer, ownStrict: boolean, knownObject: boolean): Lines {
    if (schema.allOf === undefined) return [];
    // Object branches share one object test (and one error for a value that is not an object).
    const resolve = (ref: string) => this.scope.resolve(ref).schema;
    const tested = !knownObject && schema.allOf.some((branch) => declaredType(branch, resolve) === 'object');
    const objectKnown = knownObject || tested;
    const lines: (Code | Lines)[] = [];
    for (const branch of schema.allOf) {
      const base =
        branch.$ref !== undefined && isBareRef(branch) ? this.scope.resolve(branch.$ref) : undefined;
      if (base === undefined || this.inlining.has(base.name)) {
        lines.push(...this.value(branch, v, at, false, objectKnown));
        continue;
      }
      this.inlining.add(base.name);
      lines.push(...this.value(base.schema, v, at, false, objectKnown));
      this.inlining.delete(base.name);
    }
    const known = ownStrict ? allOfStrictNames(schema, this.scope.definitions) : undefined;
    if (known !== undefined) {
      const names = arrayLiteral(known.map(lit));
      const isObject = objectKnown ? [] : [call(this.scope.helper('$isObject'), [v])];
      lines.push(ifBlock(and(this.strict, ...isObject)), this.undeclared(v, names, at), ts`}`);
    }
    return tested ? this.expectObject(v, at, lines) : lines;
  }

  /** `if (cond)` fails; in check mode `rest` runs only when it holds (it relies on the narrowing). */
  private failIf(cond: Expr, error: ErrorSpec, rest: Lines): Lines {
    if (this.mode === 'guard') return [ifThen(cond, RETURN_FALSE), ...rest];
    if (rest.length === 0) return [ifBlock(cond), [this.push(error)], ts`}`];
    return [ifBlock(cond), [this.push(error)], ts`} else {`, rest, ts`}`];
  }

  private reportIf(cond: Expr, error: ErrorSpec): Lines {
    return this.failIf(cond, error, []);
  }

  private push(error: ErrorSpec): Code {
    const args = [E, error.at.code(), lit(error.message), lit(error.expected), error.received];
    return ts`${call(this.scope.helper('$fail'), args)};`;
  }

  private typeOf(v: Code): Code {
    return call(this.scope.helper('$type'), [v]);
  }

  private show(v: Code): Code {
    return call(this.scope.helper('$show'), [v]);
  }
}

function compatible(a: JsonType, b: JsonType): boolean {
  const numeric = (type: JsonType) => type === 'number' || type === 'integer';
  return a === b || (numeric(a) && numeric(b));
}
