/**
 * Reconciliation as lint-catalog reports it: each difference import-spec finds between the REST API
 * spec and a curated schema, and whether the catalog records it — an erratum about a disagreement
 * (its kind one of RECONCILIATION_KINDS, on the event or one of its samples; for a shared definition,
 * on any event, naming the definition too) that names the property.
 */
import YAML from 'yaml';
import type { Diagnostic } from '../../model/diagnostic.ts';
import type { CatalogFiles } from '../managed-file.ts';

export interface SpecDifference {
  diagnostic: Diagnostic;
  /** The data property the difference is about (`deliveryAttemptTimestamp`, `code` of `details[].code`). */
  property: string;
  recorded: boolean;
}

/** Erratum kinds that state a disagreement about the wire form (a typo or placeholder erratum does not). */
export const RECONCILIATION_KINDS: ReadonlySet<string> = new Set([
  'disagreement',
  'missing-field',
  'required',
  'enum-value',
  'format',
  'type',
  'casing',
  'name',
]);

/** `required: details[].code: spec: …` → `code`; undefined for a message that names no property. */
export function differenceProperty(message: string): string | undefined {
  const dataPath = /^[a-z-]+: ([^:\s]+):/.exec(message)?.[1];
  return dataPath
    ?.split(/[.[\]]+/)
    .filter(Boolean)
    .pop();
}

/** The text of each reconciliation erratum in a catalog file (event level and samples). */
function errataTexts(yaml: string): string[] {
  type Erratum = { kind?: unknown };
  const value = YAML.parse(yaml) as { errata?: Erratum[]; samples?: { errata?: Erratum[] }[] } | null;
  return [...(value?.errata ?? []), ...(value?.samples ?? []).flatMap((sample) => sample.errata ?? [])]
    .filter((erratum) => RECONCILIATION_KINDS.has(String(erratum.kind)))
    .map((erratum) => JSON.stringify(erratum));
}

const names = (text: string, name: string) =>
  new RegExp(`(^|[^A-Za-z0-9_])${name.replace(/[$]/g, '\\$&')}([^A-Za-z0-9_]|$)`).test(text);

/**
 * The names a shared definition's difference is known by: the catalog's (`definitions.<Name>.…`
 * path) and the spec's (`(spec AcsName at …)` in the message).
 */
function definitionNames(diagnostic: Diagnostic): string[] {
  const catalogName = /^definitions\.([A-Za-z0-9_]+)/.exec(diagnostic.path ?? '')?.[1];
  const specName = /\(spec ([A-Za-z0-9_]+) at /.exec(diagnostic.message)?.[1];
  return [catalogName, specName].filter((name): name is string => name !== undefined);
}

/** The spec comparisons among `diagnostics` (warnings from import-spec), each with its record status. */
export function specDifferences(diagnostics: readonly Diagnostic[], catalog: CatalogFiles): SpecDifference[] {
  const perFile = new Map<string, string[]>();
  const textsOf = (file: string) => {
    if (!perFile.has(file)) perFile.set(file, catalog[file] === undefined ? [] : errataTexts(catalog[file]));
    return perFile.get(file)!;
  };
  const eventFiles = Object.keys(catalog).filter((file) => file.startsWith('events/'));
  return diagnostics.flatMap((diagnostic) => {
    const property = diagnostic.severity === 'warning' ? differenceProperty(diagnostic.message) : undefined;
    if (property === undefined || !/^(events\/|definitions\.yaml$)/.test(diagnostic.file)) return [];
    const onEvent = diagnostic.file.startsWith('events/');
    const definition = onEvent ? [] : definitionNames(diagnostic);
    const recorded = (onEvent ? [diagnostic.file] : eventFiles)
      .flatMap(textsOf)
      .some((text) => names(text, property) && (onEvent || definition.some((name) => names(text, name))));
    return [{ diagnostic, property, recorded }];
  });
}
