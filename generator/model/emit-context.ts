/**
 * The one contract of every emitter (generator/emit/registry.ts lists them): a pure function from this
 * context to the files it writes under generated/.
 */
import type { Catalog, OutputFile } from './catalog-model.ts';

/** A module of the package a consumer imports (`package/src/<name>.ts`, `<package>/<name>`). */
export interface PackageEntry {
  name: string;
  /** Whether `index.ts` re-exports it (the fixtures are for tests and stay a separate import). */
  reexported: boolean;
  /** The command name when the module is the package's bin (Node-only: never exported, never re-exported). */
  bin?: string;
}

export interface EmitContext {
  readonly catalog: Catalog;
  /** Hand-written runtime modules (generator/runtime/), by path relative to that folder: `filter.ts`. */
  readonly runtime: ReadonlyMap<string, string>;
  /** Handlebars templates (templates/*.hbs), by name without extension. */
  readonly templates: ReadonlyMap<string, string>;
  /** Every entry module of the package, `index` included, sorted by name: the registry's metadata. */
  readonly entries: readonly PackageEntry[];
  /** Emit units of an earlier run (model/emit-memo.ts): with it, an unchanged event's files are not rendered again. */
  readonly memo?: EmitMemo;
}

/**
 * Work remembered between runs, as the emitters see it; the pipeline hands them one backed by the
 * unit store (stages/unit-memo.ts), which does the hashing and serializing that pure code does not.
 */
export interface EmitMemo {
  /** `compute()`, or a copy of what it returned (now or in an earlier run) for the same kind and parts. */
  remember<T>(kind: string, parts: readonly string[], compute: () => T): T;
  /** A short fixed-length digest of `text`, for key parts. */
  digest(text: string): string;
}

export type Emit = (context: EmitContext) => OutputFile[] | Promise<OutputFile[]>;

/** A context for `catalog`; what is not given is empty (no runtime modules, templates or entries). */
export function emitContext(
  catalog: Catalog,
  parts: Partial<Omit<EmitContext, 'catalog'>> = {},
): EmitContext {
  return {
    catalog,
    runtime: parts.runtime ?? new Map(),
    templates: parts.templates ?? new Map(),
    entries: parts.entries ?? [],
    ...(parts.memo ? { memo: parts.memo } : {}),
  };
}
