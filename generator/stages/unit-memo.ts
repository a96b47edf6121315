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
import type { OutputFile } from '../model/catalog-model.ts';
import type { EmitMemo } from '../model/emit-context.ts';
import { hashOf, provenHash } from './output-manifest.ts';

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
 * `compressed`: a unit of generated text, stored deflated (the memo holds, and the cache file
 * stores, a fifth of its size). Each output file in it (an object with a string `path` and
 * `contents`) is stored on its own with its content hash and comes back with contents that are
 * inflated only when read: a run after a one-event edit reads the texts of the files it writes,
 * not of the thousands it proves unchanged by their hashes (output-manifest.ts).
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
    value: stored ? ((compressed ? unpack(stored) : deserialize(stored)) as T) : undefined,
    keep: (value) => {
      memo.next.set(key, compressed ? pack(value) : serialize(value));
      return value;
    },
  };
}

/** The key that stands for an output file's text in a packed unit (the text's index in the pack). */
const TEXT = '\0text';
const deflate = (bytes: Uint8Array | string) => deflateRawSync(bytes, { level: 1 });

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

const isFile = (value: Record<string, unknown>): value is Record<string, unknown> & OutputFile =>
  typeof value.path === 'string' && typeof value.contents === 'string';

/**
 * `value` with each plain object (in arrays and plain objects) that `visit` replaces replaced: in
 * place, or (`copy`) in a copy of every array and plain object on the way.
 */
function replaceIn(
  value: unknown,
  visit: (object: Record<string, unknown>) => unknown,
  copy: boolean,
): unknown {
  if (Array.isArray(value)) {
    const target = copy ? new Array<unknown>(value.length) : value;
    for (let i = 0; i < value.length; i++) target[i] = replaceIn(value[i], visit, copy);
    return target;
  }
  if (!isPlainObject(value)) return value;
  const replaced = visit(value);
  if (replaced !== value) return replaced;
  const target: Record<string, unknown> = copy ? {} : value;
  for (const name of Object.keys(value)) target[name] = replaceIn(value[name], visit, copy);
  return target;
}

/**
 * What of a unit is not its files' texts is deflated too when it is this large (a small one, often
 * just the files' paths, would cost more to inflate than it saves).
 */
const SMALL = 1024;

/**
 * A unit of generated text, stored: its output files' texts apart, each deflated, with their
 * hashes, and the rest (deflated unless small) with each file's text replaced by its index.
 */
export function pack(value: unknown): Uint8Array {
  const hashes: string[] = [];
  const texts: Uint8Array[] = [];
  const skeleton = replaceIn(
    value,
    (object) => {
      if (!isFile(object)) return object;
      const { contents, ...rest } = object;
      hashes.push(hashOf(object));
      return { ...rest, [TEXT]: texts.push(deflate(contents)) - 1 };
    },
    true,
  );
  const serialized = serialize(skeleton);
  const compressed = serialized.length > SMALL;
  return serialize([compressed, compressed ? deflate(serialized) : skeleton, hashes, texts]);
}

/** A packed unit, its files' texts inflated only when read. */
export function unpack(stored: Uint8Array): unknown {
  const [compressed, skeleton, hashes, texts] = deserialize(stored) as [
    boolean,
    unknown,
    string[],
    Uint8Array[],
  ];
  const value = compressed ? deserialize(inflateRawSync(skeleton as Uint8Array)) : skeleton;
  // A fresh copy, deserialized: its files are replaced in place.
  return replaceIn(
    value,
    (object) => {
      const at = object[TEXT];
      if (typeof at !== 'number') return object;
      const { [TEXT]: _, ...fields } = object;
      return lazyFile(fields as Omit<OutputFile, 'contents'>, hashes[at]!, texts[at]!);
    },
    false,
  );
}

/**
 * An output file whose contents are inflated on first read (and kept); they cannot be assigned, so
 * the hash stored with them stays theirs.
 */
function lazyFile(fields: Omit<OutputFile, 'contents'>, hash: string, deflated: Uint8Array): OutputFile {
  const { path, ...rest } = fields;
  let text: string | undefined;
  const file = { path } as OutputFile;
  Object.defineProperty(file, 'contents', {
    enumerable: true,
    get: () => (text ??= inflateRawSync(deflated).toString('utf8')),
  });
  Object.assign(file, rest);
  provenHash(file, hash);
  return file;
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
