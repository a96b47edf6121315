/**
 * Mutations that turn (mostly) valid data into near-misses: drop or rename a property, swap a
 * value's type, nudge a const/enum/number, break a timestamp, nest a value deeper, add unknown keys
 * (including "__proto__" and "constructor" as own properties, as JSON.parse makes them).
 * A mutation is plain data (kind + indexes + payloads) so fast-check can shrink it.
 */
import fc from 'fast-check';
import { brokenDateTimeArbitrary, define } from './arbitrary.ts';

export const MUTATION_KINDS = [
  'drop-property',
  'rename-property',
  'swap-type',
  'near-miss',
  'break-timestamp',
  'nest-deeper',
  'unknown-key',
  'replace-value',
  'array-item',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  kind: MutationKind;
  /** Which node (in a depth-first listing of the value) the mutation applies to. */
  at: number;
  /** A second choice (which key, which replacement). */
  pick: number;
  payload: unknown;
  timestamp: string;
}

const SPECIAL_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  1.5,
  -1,
  2 ** 53 + 2,
  2 ** 64,
  Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '',
  '0',
  'true',
  'null',
  [],
  {},
  [null],
];

const UNKNOWN_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  'x-ms-new-field',
  'data',
];

export function mutationArbitrary(): fc.Arbitrary<Mutation> {
  return fc.record({
    kind: fc.constantFrom(...MUTATION_KINDS),
    at: fc.nat(),
    pick: fc.nat(),
    payload: fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_VALUES) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    ),
    timestamp: brokenDateTimeArbitrary(),
  });
}

/** A valid value and 1–3 mutations applied to a copy of it (the original is never modified). */
export function mutatedArbitrary(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.array(mutationArbitrary(), { minLength: 1, maxLength: 3 }))
    .map(([value, mutations]) => mutations.reduce<unknown>((v, m) => applyMutation(v, m), clone(value)));
}

/** A deep copy with ordinary prototypes; "__proto__" keys stay own data properties. */
export function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) define(out, key, clone((value as Record<string, unknown>)[key]));
    return out;
  }
  return value;
}

interface Node {
  value: unknown;
  /** Replaces this node's value in its parent (or returns the new root). */
  set: (next: unknown) => void;
}

function nodes(root: { value: unknown }): Node[] {
  const out: Node[] = [];
  const walk = (value: unknown, set: (next: unknown) => void) => {
    out.push({ value, set });
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, (next) => (value[i] = next)));
    else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) walk(object[key], (next) => define(object, key, next));
    }
  };
  walk(root.value, (next) => (root.value = next));
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** Applies one mutation in place to `value` (already a private copy) and returns the new root. */
export function applyMutation(value: unknown, mutation: Mutation): unknown {
  const root = { value };
  const all = nodes(root);
  const choose = <T>(list: T[]): T | undefined =>
    list.length === 0 ? undefined : list[mutation.at % list.length];
  const target = choose(all)!;
  switch (mutation.kind) {
    case 'drop-property': {
      const node = choose(all.filter((n) => isObject(n.value) && Object.keys(n.value).length > 0));
      if (!node) break;
      const object = node.value as Record<string, unknown>;
      const keys = Object.keys(object);
      delete object[keys[mutation.pick % keys.length]!];
      break;
    }
    case 'rename-property': {
      const node = choose(all.filter((n) => isObject(n.value) && Object.keys(n.value).length > 0));
      if (!node) break;
      const object = node.value as Record<string, unknown>;
      const keys = Object.keys(object);
      const key = keys[mutation.pick % keys.length]!;
      const renames = [
        key.charAt(0).toUpperCase() + key.slice(1),
        key.charAt(0).toLowerCase() + key.slice(1),
        key.toLowerCase(),
        `${key}_`,
        ` ${key}`,
        key.slice(0, -1),
      ].filter((name) => name !== key);
      const renamed = renames[Math.floor(mutation.pick / keys.length) % renames.length] ?? `${key}2`;
      const moved = object[key];
      delete object[key];
      define(object, renamed, moved);
      break;
    }
    case 'swap-type': {
      const current = typeOf(target.value);
      const candidates: unknown[] = [
        typeof target.value === 'number' ? String(target.value) : undefined,
        typeof target.value === 'string' &&
        target.value.trim() !== '' &&
        Number.isFinite(Number(target.value))
          ? Number(target.value)
          : undefined,
        typeof target.value === 'boolean' ? String(target.value) : undefined,
        isObject(target.value) ? [target.value] : undefined,
        Array.isArray(target.value) ? { ...target.value } : undefined,
        ...SPECIAL_VALUES,
      ].filter((candidate) => candidate !== undefined && typeOf(candidate) !== current);
      target.set(clone(candidates[mutation.pick % candidates.length]));
      break;
    }
    case 'near-miss': {
      const v = target.value;
      if (typeof v === 'string') {
        const variants = [v.toUpperCase(), v.toLowerCase(), `${v}x`, v.slice(1), ` ${v}`, `${v}\u0000`];
        const changed = variants.filter((variant) => variant !== v);
        target.set(changed[mutation.pick % Math.max(changed.length, 1)] ?? 'x');
      } else if (typeof v === 'number') {
        const variants = [v + 1, v + 0.5, -v, v * 1e20, v - 1e-9];
        target.set(variants[mutation.pick % variants.length]);
      } else if (typeof v === 'boolean') {
        target.set(!v);
      } else {
        target.set(null);
      }
      break;
    }
    case 'break-timestamp': {
      const stamps = all.filter((n) => typeof n.value === 'string' && /^\d{4}-\d\d-\d\d/.test(n.value));
      const strings = all.filter((n) => typeof n.value === 'string');
      const node = choose(stamps) ?? choose(strings) ?? target;
      node.set(mutation.timestamp);
      break;
    }
    case 'nest-deeper': {
      const depth = 1 + (mutation.pick % 4);
      let nested = target.value;
      for (let i = 0; i < depth; i++) nested = mutation.pick % 2 === 0 ? [nested] : { value: nested };
      target.set(nested);
      break;
    }
    case 'unknown-key': {
      const node = choose(all.filter((n) => isObject(n.value))) ?? target;
      if (!isObject(node.value)) break;
      const known = Object.keys(node.value);
      const keys = [...UNKNOWN_KEYS, ...known.map((key) => key.toUpperCase())];
      define(node.value, keys[mutation.pick % keys.length]!, clone(mutation.payload));
      break;
    }
    case 'replace-value':
      target.set(clone(mutation.payload));
      break;
    case 'array-item': {
      const node = choose(all.filter((n) => Array.isArray(n.value)));
      if (!node) {
        target.set([target.value]);
        break;
      }
      const array = node.value as unknown[];
      if (mutation.pick % 3 === 0 || array.length === 0) array.push(clone(mutation.payload));
      else if (mutation.pick % 3 === 1) array.splice(mutation.pick % array.length, 1);
      else array.push(clone(array[mutation.pick % array.length]));
      break;
    }
  }
  return root.value;
}
