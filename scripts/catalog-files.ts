import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CatalogFiles } from '../generator/import/managed-file.ts';

/** What readdir gives for a folder that may not exist yet (a new catalog). */
const missingAsEmpty = <T>(error: NodeJS.ErrnoException, empty: T): T | Promise<never> =>
  error.code === 'ENOENT' ? empty : Promise.reject(error);

/**
 * The catalog's YAML files as the importers read them, by path relative to `dir`: the top-level
 * files (sources, categories, subjects, filters, definitions) and every event file.
 */
export async function readCatalogFiles(dir: string): Promise<CatalogFiles> {
  const files: CatalogFiles = {};
  const read = async (path: string) => {
    files[relative(dir, path).split('\\').join('/')] = await readFile(path, 'utf8');
  };
  const top = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) =>
    missingAsEmpty(e, []),
  );
  for (const entry of top)
    if (entry.isFile() && /\.ya?ml$/.test(entry.name)) await read(join(dir, entry.name));
  const events = await readdir(join(dir, 'events'), { recursive: true, withFileTypes: true }).catch(
    (e: NodeJS.ErrnoException) => missingAsEmpty(e, []),
  );
  for (const entry of events)
    if (entry.isFile() && /\.ya?ml$/.test(entry.name)) await read(join(entry.parentPath, entry.name));
  return files;
}
