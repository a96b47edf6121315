import {
  constants,
  type Dirent,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { access, chmod, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../model/catalog-model.ts';
import { mapInFlight } from './in-flight.ts';
import { currentHash, fileIn, statLine, type OutputManifest } from './output-manifest.ts';
import {
  lockHolder,
  lockOutput,
  lockPath,
  notWritable,
  OutputWriteError,
  processAlive,
  removeDeadLockFiles,
  type LockOptions,
} from './output-lock.ts';

export { OutputWriteError } from './output-lock.ts';

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

/**
 * What the last generate left (its manifest) and the content hashes of the files about to be
 * written: a file whose stamp the manifest still records is compared by hash, without reading it.
 */
export interface KnownOutput {
  manifest: OutputManifest;
  hashes: ReadonlyMap<string, string>;
  /**
   * Filled by compare: the stamp of each file it found unchanged, still the file's after a write
   * (which links unchanged files), so recording the output need not stat them again.
   */
  stamps?: Map<string, string>;
  /**
   * Filled by compare: the stamp and hash of every file it compared by hash (what the output
   * directory held, the manifest of the spare tree a write keeps).
   */
  current?: OutputManifest;
}

/**
 * A second tree kept beside the output between runs (cache.ts puts it in the cache directory):
 * the output as it was before the last write, its unchanged files hard links to the output's. A
 * write updates it to the new output (only the files that differ from it, found by their stamps
 * and hashes) and swaps it in, and keeps the tree it replaces as the next spare: no tree of
 * thousands of links is built and none removed. Its contents are never trusted: a file whose stamp
 * is not the recorded one is replaced. A file is never rewritten in place (its inode may be the
 * output's), only removed and created.
 */
export interface Spare {
  dir: string;
  /** What the spare held when it was kept (the last run's `kept`). */
  manifest?: OutputManifest;
  /**
   * Set by a write that kept a spare: what it holds (file → stamp and hash), or `output` when it
   * holds links to every file of the output (the output's manifest is then its manifest too).
   */
  kept?: OutputManifest | 'output';
}

/**
 * Compares the files in memory with what `outDir` holds; reads only (a file `known` proves, not
 * even that). Reads block: for thousands of small files far cheaper than promises.
 */
export async function compare(
  outDir: string,
  files: readonly OutputFile[],
  known?: KnownOutput,
  listed?: readonly string[],
): Promise<Drift> {
  const existing = new Set(listed ?? (await listFiles(outDir)));
  const drift: Drift = { changed: [], added: [], removed: [] };
  const differs = (file: OutputFile): boolean => {
    const hash = known?.hashes.get(file.path);
    if (!known || hash === undefined || !known.manifest[file.path])
      return readFileSync(fileIn(outDir, file.path), 'utf8') !== file.contents;
    const current = currentHash(outDir, file.path, known.manifest);
    if (known.current && current.hash !== undefined) known.current[file.path] = [current.stamp, current.hash];
    if (current.hash !== hash) return true;
    known.stamps?.set(file.path, current.stamp);
    return false;
  };
  for (const file of files) {
    if (!existing.has(file.path)) drift.added.push(file.path);
    else if (differs(file)) drift.changed.push(file.path);
    existing.delete(file.path);
  }
  drift.removed = [...existing].sort();
  return drift;
}

/**
 * The write step of a generate, safe beside other generates: under the output's lock, finishes or
 * undoes what a killed run left, compares, checks that everything it will change is writable, then
 * swaps the new tree in. `afterWrite` runs under the lock too (the cache record).
 */
export async function writeOutput(
  outDir: string,
  files: readonly OutputFile[],
  options: LockOptions & {
    known?: KnownOutput;
    spare?: Spare;
    afterWrite?: (drift: Drift) => Promise<void>;
  } = {},
): Promise<Drift> {
  const lock = await lockOutput(outDir, options);
  try {
    await recoverInterruptedWrite(outDir);
    const tree = listTree(outDir);
    const { spare, known } = options;
    const throughSpare = spare && known && onOneDevice(outDir, spare.dir) ? spare : undefined;
    // Through the spare, the output's files are not stat'ed when the recorded hashes already
    // differ: the new tree is made of the spare's and the written files, and the few linked
    // from the output are checked one by one. With none differing, only a look says if any does.
    let drift = throughSpare && known ? recordedDrift(files, known, tree.files) : undefined;
    if (!drift || !hasDrift(drift)) drift = await compare(outDir, files, known, tree.files);
    if (hasDrift(drift)) {
      await checkWritable(outDir, tree.folders);
      if (throughSpare && known)
        await writeThroughSpare(outDir, files, drift, known, throughSpare, lock.held).catch(
          async (error: unknown) => {
            // The output is as it was: written the usual way, without a spare.
            if (error instanceof OutputWriteError) throw error;
            await removeTree(throughSpare.dir).catch(() => {});
            known.stamps?.clear();
            drift = await compare(outDir, files, known, tree.files);
            await write(outDir, files, drift, lock.held);
          },
        );
      else await write(outDir, files, drift, lock.held);
    }
    await options.afterWrite?.(drift);
    return drift;
  } finally {
    await lock.release();
  }
}

/**
 * Every folder the swap creates in or removes from must be writable (`inside`: the output
 * directory's, listTree's); fails before anything changes.
 */
async function checkWritable(outDir: string, inside: readonly string[]): Promise<void> {
  const folders = [path.dirname(path.resolve(outDir))];
  if (existsSync(outDir)) folders.push(outDir, ...inside);
  for (const folder of folders) {
    try {
      await access(folder, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new OutputWriteError(
        `${notWritable(folder, code, error as Error).message}: ${outDir}/ left unchanged`,
      );
    }
  }
}

/**
 * Makes `outDir` hold exactly `files`, all or nothing: the new tree is built beside it (unchanged
 * files hard-linked, so they keep their inode and mtime) and swapped in with two renames. A run
 * killed before the swap leaves the old tree; one killed between the renames is rolled forward by
 * `recoverInterruptedWrite` at the start of the next run.
 */
export async function write(
  outDir: string,
  files: readonly OutputFile[],
  drift: Drift,
  stillLocked: () => Promise<boolean> = async () => true,
): Promise<void> {
  if (!hasDrift(drift)) return;
  const next = `${outDir}.next`;
  const old = `${outDir}.old`;
  await removeTree(next);
  const unchanged = new Set(files.map((file) => file.path));
  for (const changed of [...drift.changed, ...drift.added]) unchanged.delete(changed);
  const folders = [...new Set(files.map((file) => path.posix.dirname(file.path)))]
    .sort()
    .map((folder) => path.join(next, folder));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  // Links block, one after another (for thousands of files far cheaper than promises); writes go a
  // few at a time through libuv's threads, whose kernel time overlaps (measured: 1,219 files of 20 KB,
  // 2.5 s wall blocking vs 1.4 s, the same CPU).
  for (const file of files)
    if (unchanged.has(file.path)) linkSync(fileIn(outDir, file.path), fileIn(next, file.path));
  await mapInFlight(
    files.filter((file) => !unchanged.has(file.path)),
    (file) => writeFile(fileIn(next, file.path), file.contents),
  );
  await writeFile(path.join(next, '.complete'), '');
  await removeTree(old);
  if (!(await stillLocked())) {
    await removeTree(next);
    throw new OutputWriteError(`another generate took over ${lockPath(outDir)}: ${outDir}/ left unchanged`);
  }
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(next, outDir);
  await rm(path.join(outDir, '.complete'));
  // What the old tree held: the files compared (all but the added ones) and the removed ones.
  const added = new Set(drift.added);
  removeListed(old, [...files.map((file) => file.path).filter((file) => !added.has(file)), ...drift.removed]);
  await removeTree(old);
}

/**
 * Removes the files listed under `dir` and then the folders they leave empty, `dir` too: for a
 * tree of thousands of files far cheaper than rm -rf, which stats each entry and lists each
 * folder, and calls back for each. Stops at the first that fails (a file gone, a folder someone
 * made read-only or put a file in): removeTree then removes what is left.
 */
function removeListed(dir: string, files: readonly string[]): void {
  const folders = new Set<string>();
  try {
    for (const file of files) {
      unlinkSync(fileIn(dir, file));
      let folder = path.posix.dirname(file);
      while (folder !== '.' && !folders.has(folder)) {
        folders.add(folder);
        folder = path.posix.dirname(folder);
      }
    }
    // Longest first: a folder before the one it is in.
    for (const folder of [...folders].sort((a, b) => b.length - a.length)) rmdirSync(fileIn(dir, folder));
    rmdirSync(dir);
  } catch {
    // removeTree's part.
  }
}

/**
 * The drift as the last run's manifest tells it (the files listed in the output directory now,
 * each compared by its recorded hash, unread and unstat'ed): what a compare finds unless a file was
 * edited since.
 */
function recordedDrift(files: readonly OutputFile[], known: KnownOutput, listed: readonly string[]): Drift {
  const existing = new Set(listed);
  const drift: Drift = { changed: [], added: [], removed: [] };
  for (const file of files) {
    if (!existing.has(file.path)) drift.added.push(file.path);
    else if (known.manifest[file.path]?.[1] !== known.hashes.get(file.path)) drift.changed.push(file.path);
    existing.delete(file.path);
  }
  drift.removed = [...existing].sort();
  return drift;
}

/** Whether a folder at `spare` can be renamed to `outDir` (one file system); creates the spare's parent. */
function onOneDevice(outDir: string, spare: string): boolean {
  try {
    mkdirSync(path.dirname(spare), { recursive: true });
    return statSync(path.dirname(spare)).dev === statSync(path.dirname(path.resolve(outDir))).dev;
  } catch {
    return false;
  }
}

/**
 * write's swap through the spare tree (Spare): updated to hold exactly `files`, swapped in with
 * three renames (the output to `.old`, the spare to the output, `.old` to the spare). A run killed
 * between them leaves what a killed write does (recoverInterruptedWrite puts `.old` back or removes
 * it); a spare left half updated is only a spare whose stamps are wrong.
 */
async function writeThroughSpare(
  outDir: string,
  files: readonly OutputFile[],
  drift: Drift,
  known: KnownOutput,
  spare: Spare,
  stillLocked: () => Promise<boolean>,
): Promise<void> {
  const dir = spare.dir;
  const old = `${outDir}.old`;
  const held = listTree(dir);
  const wanted = new Map(files.map((file) => [file.path, file]));
  const kept = new Set<string>();
  for (const name of held.files) {
    const recorded = spare.manifest?.[name];
    const hash = known.hashes.get(name);
    const stamp = wanted.has(name) && recorded?.[1] === hash ? statLine(fileIn(dir, name)) : undefined;
    if (stamp !== undefined && stamp === recorded?.[0]) {
      kept.add(name);
      known.stamps?.set(name, stamp);
    } else unlinkSync(fileIn(dir, name));
  }
  // Folders of files no longer written, emptied above (longest first: a folder before its parent).
  const needed = new Set([...wanted.keys()].flatMap(foldersOf));
  const cut = path.resolve(dir).length + 1;
  for (const folder of held.folders.sort((a, b) => b.length - a.length))
    if (!needed.has(folder.slice(cut).split(path.sep).join('/'))) await removeTree(folder);
  for (const folder of [...needed].sort()) mkdirSync(fileIn(dir, folder), { recursive: true });
  // A file the spare lacks is linked from the output if the output's is proven the same, else written.
  const changed = new Set([...drift.changed, ...drift.added]);
  const written: OutputFile[] = [];
  for (const file of files) {
    if (kept.has(file.path)) continue;
    const current = changed.has(file.path) ? undefined : currentHash(outDir, file.path, known.manifest);
    if (current && current.hash === known.hashes.get(file.path)) {
      linkSync(fileIn(outDir, file.path), fileIn(dir, file.path));
      known.stamps?.set(file.path, current.stamp);
    } else written.push(file);
  }
  await mapInFlight(written, (file) => writeFile(fileIn(dir, file.path), file.contents));
  await removeTree(old);
  if (!(await stillLocked()))
    throw new OutputWriteError(`another generate took over ${lockPath(outDir)}: ${outDir}/ left unchanged`);
  const replaced = existsSync(outDir);
  if (replaced) await rename(outDir, old);
  try {
    await rename(dir, outDir);
  } catch (error) {
    if (replaced) await rename(old, outDir);
    throw error;
  }
  // The output is written; what follows only keeps a spare for the next run, if it can.
  try {
    if (replaced) {
      await rename(old, dir);
      // What compare found in it, or else what the last run recorded (checked when next used).
      spare.kept = known.current && Object.keys(known.current).length > 0 ? known.current : known.manifest;
    } else {
      // A first write: the spare is links to it.
      for (const folder of needed) mkdirSync(fileIn(dir, folder), { recursive: true });
      for (const file of files) linkSync(fileIn(outDir, file.path), fileIn(dir, file.path));
      spare.kept = 'output';
    }
  } catch {
    spare.kept = undefined;
    await removeTree(old);
    await removeTree(dir);
  }
}

/** The folders a relative path is in, innermost first ('a/b/c.txt': 'a/b', 'a'). */
function foldersOf(file: string): string[] {
  const folders: string[] = [];
  for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1))
    folders.push(file.slice(0, at));
  return folders;
}

/** rm -rf that also empties folders someone made read-only (a tree this generator wrote). */
async function removeTree(dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
    await chmod(dir, 0o755);
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
      if (entry.isDirectory()) await chmod(path.join(entry.parentPath, entry.name), 0o755);
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Finishes or undoes a swap a killed run left half done, and removes the lock (and the lock's drafts
 * and takeover claims) a killed run left.
 * Run it only holding the lock, or when no generate is running.
 */
export async function recoverInterruptedWrite(outDir: string): Promise<void> {
  const holder = lockHolder(await readFile(lockPath(outDir), 'utf8').catch(() => ''));
  if (holder !== undefined && holder !== process.pid && !processAlive(holder))
    await rm(lockPath(outDir), { force: true });
  await removeDeadLockFiles(outDir);
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
  await removeTree(next);
  await removeTree(old);
}

/**
 * The files under `dir` (listFiles') and every folder under it (absolute paths), in one listing;
 * none if it does not exist.
 */
export function listTree(dir: string): { files: string[]; folders: string[] } {
  if (!existsSync(dir)) return { files: [], folders: [] };
  const folders: string[] = [];
  const files = filesIn(dir, (entry) => {
    if (entry.isDirectory()) folders.push(path.join(entry.parentPath, entry.name));
  });
  return { files, folders };
}

/**
 * Relative paths (with /) of every file under `dir`, sorted; [] if it does not exist. Listed
 * blocking, and each path cut from its folder's rather than worked out with path.relative (for
 * 15,000 files that was most of the cost).
 */
export async function listFiles(dir: string): Promise<string[]> {
  return existsSync(dir) ? filesIn(dir) : [];
}

/** listFiles' list of an existing `dir`; `other` sees every entry that is not a file. */
function filesIn(dir: string, other?: (entry: Dirent) => void): string[] {
  const root = path.resolve(dir);
  const cut = root.endsWith(path.sep) ? root.length : root.length + 1;
  const names: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) {
      other?.(entry);
      continue;
    }
    // A nested entry's folder is path.join(root, …): the root and a separator, then the sub-folder.
    const folder = entry.parentPath === root ? '' : `${entry.parentPath.slice(cut)}${path.sep}`;
    names.push(folder + entry.name);
  }
  return (path.sep === '/' ? names : names.map((name) => name.split(path.sep).join('/'))).sort();
}
