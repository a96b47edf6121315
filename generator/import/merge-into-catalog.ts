/**
 * Merge parsed docs pages into the YAML catalog, in memory: catalog file texts in, catalog file
 * texts out. Each catalog file has its own step (sources, subjects, filters, definitions, events);
 * they append what is missing and never edit curated fields. Async only because quicktype drafts
 * new events' schemas.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { draftNewEvents } from './draft-new-events.ts';
import type { DocumentOrigin } from '../model/catalog-model.ts';
import { noCounts, Reporter, type ImportCounts } from './import-context.ts';
import { outputOf, type CatalogFiles, type ManagedFile } from './managed-file.ts';
import { mergeDefinitions } from './merge-definitions.ts';
import { loadEvents, mergeEvents } from './merge-events.ts';
import { mergeFilters } from './merge-filters.ts';
import { mergeSources, type ImportPage } from './merge-sources.ts';
import { mergeSubjects } from './merge-subjects.ts';
import type { ParsedPage } from './page-context.ts';
import { reconcile } from './reconcile.ts';

export type { CatalogFiles } from './managed-file.ts';
export type { ImportCounts } from './import-context.ts';

export interface ImportResult {
  /** Every catalog file the importer manages, with its new contents (identical text when unchanged). */
  files: CatalogFiles;
  diagnostics: Diagnostic[];
  /** What was added. */
  added: ImportCounts;
}

export async function mergePages(
  files: CatalogFiles,
  parsed: readonly (ParsedPage & { origin?: DocumentOrigin })[],
): Promise<ImportResult> {
  const report = new Reporter();
  report.diagnostics.push(...parsed.flatMap((p) => p.diagnostics));
  const added = noCounts();
  const pages = datedPages(parsed, report);

  const index = mergeSources(files, pages, report, added);
  const subjects = mergeSubjects(files, pages, index, added);
  const filters = mergeFilters(files, pages, index, report, added);
  const definitions = mergeDefinitions(files, pages, index, report, added);
  const events = loadEvents(files, report);
  mergeEvents(events, pages, index, report, added);
  const isDefinition = (name: string): boolean =>
    Object.prototype.hasOwnProperty.call(definitions.definitions, name);
  await draftNewEvents(events, files, index, isDefinition, report, added);
  reconcile(events, definitions.definitions, definitions, index, report);

  const managed: ManagedFile[] = [index.file, subjects, filters, definitions.file];
  for (const entry of events.values()) if (entry.managed) managed.push(entry.managed);
  const out: CatalogFiles = {};
  for (const m of managed) if (m.original !== undefined || m.changed) out[m.path] = outputOf(m);
  return { files: sortKeys(out), diagnostics: report.diagnostics, added };
}

/** Pages in date order (so "first listing" means the earliest page, whatever the argument order), each once. */
function datedPages(
  parsed: readonly (ParsedPage & { origin?: DocumentOrigin })[],
  report: Reporter,
): ImportPage[] {
  const seen = new Set<string>();
  return parsed
    .filter((p): p is ImportPage => p.date !== undefined)
    .filter((p) => {
      if (!seen.has(p.file)) return (seen.add(p.file), true);
      report.warn({ file: p.file }, 'imported twice; the second copy is ignored');
      return false;
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
}

function sortKeys(files: CatalogFiles): CatalogFiles {
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}
