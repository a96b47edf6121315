import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CatalogFiles } from '../generator/import/spec/merge-spec.ts';

/** The catalog's YAML files the spec importer reads and writes (sources, definitions, events), by relative path. */
export async function readCatalogFiles(dir: string): Promise<CatalogFiles> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (path === 'definitions.yaml' || path === 'sources.yaml' || path.startsWith('events/'))
      files[path] = await readFile(join(dir, path), 'utf8');
  }
  return files;
}
