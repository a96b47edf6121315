import { existsSync } from 'node:fs';
import { link, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../model/catalog-model.ts';

export interface Drift {
  /** Files whose contents would change. */
  changed: string[];
  /** Files that would be created. */
  added: string[];
  /** Files in the output directory that generation no longer produces. */
  removed: string[];
}

export function hasDrift(drift: Drift): boolean {
  return drift.changed.length + drift.added.length + drift.removed.length > 0;
}

/** Compares the files in memory with what `outDir` holds; reads only. */
export async function compare(outDir: string, files: readonly OutputFile[]): Promise<Drift> {
  const existing = new Set(await listFiles(outDir));
  const drift: Drift = { changed: [], added: [], removed: [] };
  for (const file of files) {
    if (!existing.has(file.path)) drift.added.push(file.path);
    else if ((await readFile(path.join(outDir, file.path), 'utf8')) !== file.contents)
      drift.changed.push(file.path);
    existing.delete(file.path);
  }
  drift.removed = [...existing].sort();
  return drift;
}

/**
 * Makes `outDir` hold exactly `files`, all or nothing: the new tree is built beside it (unchanged
 * files hard-linked, so they keep their inode and mtime) and swapped in with two renames. A run
 * killed before the swap leaves the old tree; one killed between the renames is rolled forward by
 * `recoverInterruptedWrite` at the start of the next run.
 */
export async function write(outDir: string, files: readonly OutputFile[], drift: Drift): Promise<void> {
  if (!hasDrift(drift)) return;
  const next = `${outDir}.next`;
  const old = `${outDir}.old`;
  await rm(next, { recursive: true, force: true });
  const unchanged = new Set(files.map((file) => file.path));
  for (const changed of [...drift.changed, ...drift.added]) unchanged.delete(changed);
  for (const file of files) {
    const target = path.join(next, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    if (unchanged.has(file.path)) await link(path.join(outDir, file.path), target);
    else await writeFile(target, file.contents);
  }
  await writeFile(path.join(next, '.complete'), '');
  await rm(old, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(next, outDir);
  await rm(path.join(outDir, '.complete'));
  await rm(old, { recursive: true, force: true });
}

/** Finishes or undoes a swap a killed run left half done. */
export async function recoverInterruptedWrite(outDir: string): Promise<void> {
  const next = `${outDir}.next`;
  const old = `${outDir}.old`;
  if (!existsSync(outDir)) {
    if (existsSync(path.join(next, '.complete'))) {
      await rename(next, outDir);
      await rm(path.join(outDir, '.complete'));
    } else if (existsSync(old)) {
      await rename(old, outDir);
    }
  } else if (existsSync(path.join(outDir, '.complete'))) {
    await rm(path.join(outDir, '.complete'));
  }
  await rm(next, { recursive: true, force: true });
  await rm(old, { recursive: true, force: true });
}

/** Relative paths (with /) of every file under `dir`, sorted; [] if it does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
