/**
 * Names in the generated module. Every top-level name is claimed once (a duplicate throws rather
 * than silently shadowing), `$ref`s resolve to one guard/check function pair per definition, and
 * anyOf/oneOf alternatives are queued as hoisted function pairs of their own.
 */
import type { JsonSchema } from '../../model/catalog-model.ts';
import { refName } from '../../model/schema-refs.ts';
import type { LeafKind } from './validator-conditions.ts';
import { type Code, id } from '../../syntax/ts-code.ts';
import { memoized } from '../../syntax/memoized.ts';

/** The two internal functions compiled from one schema: a boolean guard and an error-collecting check. */
export interface SchemaFunctions {
  guard: Code;
  check: Code;
}

export interface PendingFunctions {
  names: SchemaFunctions;
  schema: JsonSchema;
}

/**
 * The names of `base`'s internal functions, made once: the scope of every module claims those of
 * every definition. A definition named like a helper's stem (`Object`: `$isObject`) gets `$isObject$`.
 */
const functionNames = memoized((base) => {
  const helper = (name: string) => (RUNTIME_HELPERS as readonly string[]).includes(name);
  const stem = helper(`$is${base}`) || helper(`$check${base}`) ? `${base}$` : base;
  const [guard, check] = [`$is${stem}`, `$check${stem}`];
  return { names: { guard: id(guard), check: id(check) }, guard, check };
});

export class Scope {
  private readonly claimed = new Set<string>();
  private readonly definitionFunctions = new Map<string, SchemaFunctions>();
  private readonly pending: PendingFunctions[] = [];
  private readonly alternatives = new Map<JsonSchema, SchemaFunctions>();
  private readonly checksCalled = new Set<Code>();
  /** Runtime helpers the generated code refers to, by name. */
  readonly helpersUsed = new Set<string>();

  /**
   * Alternatives are numbered across the package, each module's after the ones before it: a scope
   * for one module starts at the number the modules before it reached (`branches`).
   */
  constructor(
    readonly definitions: ReadonlyMap<string, JsonSchema>,
    private branchCount = 0,
  ) {
    for (const name of definitions.keys()) this.definitionFunctions.set(name, this.claimFunctions(name));
  }

  /** The number of the last alternative given functions. */
  get branches(): number {
    return this.branchCount;
  }

  /** Claims a top-level name; throws when it is not an identifier or already taken. */
  claim(name: string): Code {
    return this.take(name, id(name));
  }

  private take(name: string, code: Code): Code {
    if (this.claimed.has(name))
      throw new Error(`validators: the name ${JSON.stringify(name)} would be declared twice`);
    this.claimed.add(name);
    return code;
  }

  /** Claims `$isX` / `$checkX`, the internal functions of a definition, an event's data or an envelope. */
  claimFunctions(base: string): SchemaFunctions {
    const { names, guard, check } = functionNames(base);
    this.take(guard, names.guard);
    this.take(check, names.check);
    return names;
  }

  /** The functions of a shared definition. */
  definition(name: string): SchemaFunctions {
    const functions = this.definitionFunctions.get(name);
    if (!functions) throw new Error(`validators: unknown definition ${JSON.stringify(name)}`);
    return functions;
  }

  /** The definition a `$ref` points to. */
  resolve(ref: string): { name: string; schema: JsonSchema; functions: SchemaFunctions } {
    const name = refName(ref);
    const schema = name === undefined ? undefined : this.definitions.get(name);
    const functions = name === undefined ? undefined : this.definitionFunctions.get(name);
    if (name === undefined || schema === undefined || functions === undefined) {
      throw new Error(`validators: unresolved $ref ${JSON.stringify(ref)}`);
    }
    return { name, schema, functions };
  }

  /** Functions for an anyOf/oneOf alternative: the definition's own for a bare `$ref`, else new ones. */
  alternative(owner: SchemaFunctions, schema: JsonSchema): SchemaFunctions {
    if (schema.$ref !== undefined && isBareRef(schema)) return this.resolve(schema.$ref).functions;
    const known = this.alternatives.get(schema);
    if (known) return known;
    const n = ++this.branchCount;
    const names = {
      guard: this.claim(`${owner.guard.toString()}$${n}`),
      check: this.claim(`${owner.check.toString()}$${n}`),
    };
    this.alternatives.set(schema, names);
    this.pending.push({ names, schema });
    return names;
  }

  /** Records that generated code calls this check function (an alternative's may never be). */
  callCheck(functions: SchemaFunctions): Code {
    this.checksCalled.add(functions.check);
    return functions.check;
  }

  isCheckCalled(functions: SchemaFunctions): boolean {
    return this.checksCalled.has(functions.check);
  }

  /** Alternatives queued since the last call, in order. */
  takePending(): PendingFunctions[] {
    return this.pending.splice(0, this.pending.length);
  }

  /** Starts a new top-level schema: its alternatives get functions of their own. */
  startTarget(): void {
    this.alternatives.clear();
  }

  /** A runtime helper, recorded as used. */
  helper(name: RuntimeHelper): Code {
    this.helpersUsed.add(name);
    return id(name);
  }
}

/** The helpers of the support module (generator/runtime/support/validation.ts) generated code may call; each imported only when used. */
export const RUNTIME_HELPERS = [
  ...[
    '$hasOwn',
    '$has',
    '$isObject',
    '$checkObject',
    '$onlyKeys',
    '$extraKeys',
    '$type',
    '$show',
    '$esc',
    '$at',
  ],
  ...[
    '$dateTime',
    '$duration',
    '$int32',
    '$int64',
    '$crash',
    '$errors',
    '$fail',
    '$caught',
    '$reported',
    '$validate',
    '$nullProto',
  ],
  ...['$checkStringProperty', '$checkIntegerProperty', '$checkNumberProperty', '$checkBooleanProperty'],
  ...['$checkDateTimeProperty'],
] as const;

export type RuntimeHelper = (typeof RUNTIME_HELPERS)[number];

/** The check helper of each leaf kind: presence, requiredness and the kind's test in one call (guards inline theirs). */
export const LEAF_CHECKS: Record<LeafKind, RuntimeHelper> = {
  string: '$checkStringProperty',
  integer: '$checkIntegerProperty',
  number: '$checkNumberProperty',
  boolean: '$checkBooleanProperty',
  'date-time': '$checkDateTimeProperty',
};

const ANNOTATIONS = new Set(['description', 'examples', 'deprecated', '$ref']);

/** Only a `$ref` (plus annotations): no need for a function of its own. */
export function isBareRef(schema: JsonSchema): boolean {
  return Object.keys(schema).every((keyword) => ANNOTATIONS.has(keyword));
}
