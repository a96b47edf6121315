/**
 * Reconciliation as lint-catalog reports it: each difference import-spec finds between the REST API
 * spec and a curated schema, and whether the catalog records it — an erratum (on the event, on one
 * of its samples, or, for a shared definition, on any event) that names the property.
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

/** `required: details[].code: spec: …` → `code`; undefined for a message that names no property. */
export function differenceProperty(message: string): string | undefined {
  const dataPath = /^[a-z-]+: ([^:\s]+):/.exec(message)?.[1];
  return dataPath
    ?.split(/[.[\]]+/)
    .filter(Boolean)
    .pop();
}

/** The text of every erratum in a catalog file (event level and samples). */
function errataText(yaml: string): string {
  const value = YAML.parse(yaml) as { errata?: unknown; samples?: { errata?: unknown }[] } | null;
  return JSON.stringify([value?.errata ?? [], (value?.samples ?? []).map((sample) => sample.errata ?? [])]);
}

const names = (text: string, property: string) =>
  new RegExp(`(^|[^A-Za-z0-9_])${property.replace(/[$]/g, '\\$&')}([^A-Za-z0-9_]|$)`).test(text);

/** The spec comparisons among `diagnostics` (warnings from import-spec), each with its record status. */
export function specDifferences(diagnostics: readonly Diagnostic[], catalog: CatalogFiles): SpecDifference[] {
  const perFile = new Map<string, string>();
  const textOf = (file: string) => {
    if (!perFile.has(file)) perFile.set(file, catalog[file] === undefined ? '' : errataText(catalog[file]));
    return perFile.get(file)!;
  };
  const everyEvent = () =>
    Object.keys(catalog)
      .filter((file) => file.startsWith('events/'))
      .map(textOf)
      .join('\n');
  return diagnostics.flatMap((diagnostic) => {
    const property = diagnostic.severity === 'warning' ? differenceProperty(diagnostic.message) : undefined;
    if (property === undefined || !/^(events\/|definitions\.yaml$)/.test(diagnostic.file)) return [];
    const text = diagnostic.file.startsWith('events/') ? textOf(diagnostic.file) : everyEvent();
    return [{ diagnostic, property, recorded: names(text, property) }];
  });
}
