/**
 * Emit units remembered between runs (stages/unit-memo.ts): the files of one event or one shared
 * definition (and an event's pieces of catalog.json and the schema bundle), keyed by what they are
 * made from, so a run after a one-event edit re-renders only that event's units; the aggregate files
 * are put together again every run. A unit's key is the canonical JSON of its event (or definition)
 * and of every definition it uses, directly or not, plus the catalog-wide facts (documents,
 * prefixes, filters, categories without their event lists) and any fact the emitter passes
 * explicitly (where a validator's alternatives start, what a docs page says of related events).
 * Templates, runtime modules and the generator itself are not in the key: the stored memo is
 * already keyed by them (stages/cache.ts). Units are stored compressed: generated text deflates to a
 * fifth, which keeps a 1,000-event run's memory in bounds. test/emit-memo.test.ts holds a remembered
 * run equal to a fresh one after every kind of edit.
 */
import type { Catalog, Definition, EventType } from './catalog-model.ts';
import type { EmitContext, EmitMemo } from './emit-context.ts';

interface Digests {
  shared: string;
  definitions: Map<string, string>;
  units: WeakMap<object, string>;
}

const computed = new WeakMap<Catalog, Digests>();

function digestsOf(catalog: Catalog, { digest }: EmitMemo): Digests {
  let digests = computed.get(catalog);
  if (!digests) {
    const { documents, prefixes, filters, categories } = catalog;
    digests = {
      shared: digest(
        JSON.stringify({
          documents,
          prefixes,
          filters,
          categories: categories.map(({ events: _events, ...category }) => category),
        }),
      ),
      definitions: new Map(
        catalog.definitions.map((definition) => [definition.name, digest(JSON.stringify(definition))]),
      ),
      units: new WeakMap(),
    };
    computed.set(catalog, digests);
  }
  return digests;
}

/** The digest of an event or a definition with every definition it uses and the catalog-wide facts. */
export function unitDigest(catalog: Catalog, memo: EmitMemo, unit: EventType | Definition): string {
  const digests = digestsOf(catalog, memo);
  let found = digests.units.get(unit);
  if (found === undefined) {
    // Digests are of one length and hold no space: the parts before the unit's JSON cannot run together.
    const used = unit.uses.map((name) => digests.definitions.get(name) ?? `unknown:${name}`);
    found = memo.digest(`${digests.shared} ${used.join(' ')} ${used.length} ${JSON.stringify(unit)}`);
    digests.units.set(unit, found);
  }
  return found;
}

/** `emit()`, or what it returned in a run with the same unit, kind and extra key parts. */
export function rememberedUnit<T>(
  context: EmitContext,
  kind: string,
  unit: EventType | Definition,
  extra: readonly string[],
  emit: () => T,
): T {
  if (!context.memo) return emit();
  const { catalog, memo } = context;
  return memo.remember(`emit-${kind}`, [unitDigest(catalog, memo, unit), ...extra], emit);
}
