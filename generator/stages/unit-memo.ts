/**
 * Work remembered per unit (one catalog file parsed, one event checked) between runs, so a run after
 * a small edit redoes only the units whose inputs changed. A unit's key is a hash of everything its
 * result depends on; its value is stored serialized, so every use gets a fresh copy that no later
 * stage can have mutated. The memo of one run is valid for the next only while the generator, its
 * libraries and Node are the same (cache.ts keys the stored memo by them).
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { EmitMemo } from '../model/emit-context.ts';

export interface UnitMemo {
  /** The units the previous run left. */
  previous: ReadonlyMap<string, Uint8Array>;
  /** The units this run used: what the next run gets (so the memo never outgrows one catalog). */
  next: Map<string, Uint8Array>;
}

export const unitMemo = (previous: ReadonlyMap<string, Uint8Array> = new Map()): UnitMemo => ({
  previous,
  next: new Map(),
});

/** A hash of a unit's kind and the texts its result depends on (length-prefixed, so no two lists collide). */
export function unitKey(kind: string, parts: readonly string[]): string {
  const hash = createHash('sha256').update(kind);
  for (const part of parts) hash.update(`\0${part.length}\0`).update(part);
  return hash.digest('base64url');
}

/** A unit looked up in the memo: its remembered value, if any, and how to remember a computed one. */
export interface Recalled<T> {
  /** Whether the memo held the unit (its value may be any value, undefined too). */
  found: boolean;
  value: T | undefined;
  keep(value: T): T;
}

/**
 * Looks a unit up (for a caller that computes the missing ones itself, e.g. all at once).
 * `compressed`: stored deflated (a unit of generated text: the memo holds, and the cache file
 * stores, a fifth of its size; inflating costs about a third of what deflating does).
 */
export function recall<T>(
  memo: UnitMemo | undefined,
  kind: string,
  parts: readonly string[],
  compressed = false,
): Recalled<T> {
  if (!memo) return { found: false, value: undefined, keep: (value) => value };
  const key = unitKey(kind, parts);
  const stored = memo.next.get(key) ?? memo.previous.get(key);
  if (stored) memo.next.set(key, stored);
  return {
    found: stored !== undefined,
    value: stored ? (deserialize(compressed ? inflateRawSync(stored) : stored) as T) : undefined,
    keep: (value) => {
      const serialized = serialize(value);
      memo.next.set(key, compressed ? deflateRawSync(serialized, { level: 1 }) : serialized);
      return value;
    },
  };
}

/** `compute()`, or a copy of what it returned in a run (or earlier in this one) with the same key. */
export function remembered<T>(
  memo: UnitMemo | undefined,
  kind: string,
  parts: readonly string[],
  compute: () => T,
  compressed = false,
): T {
  const unit = recall<T>(memo, kind, parts, compressed);
  return unit.found ? (unit.value as T) : unit.keep(compute());
}

/**
 * The store as the emitters see it (model/emit-context.ts): their units are generated text, stored
 * compressed, and their key parts are digests.
 */
export const emitMemo = (memo: UnitMemo): EmitMemo => ({
  remember: (kind, parts, compute) => remembered(memo, kind, parts, compute, true),
  digest: (text) => unitKey('digest', [text]),
});
