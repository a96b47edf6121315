/**
 * A content-hash cache that lets `npm run generate` skip a no-op regenerate.
 *
 * The inputs hash covers everything the output depends on: the catalog directory, the runtime
 * modules and templates, the generator's own source (generator/**), the catalog format schemas,
 * the root files it reads (ROOT_FILES) and the installed versions of the libraries the stages run,
 * and Node's version. The record of the last successful generate into an output directory holds
 * that hash and the manifest of what the output directory held afterwards (output-manifest.ts:
 * every file's stat stamp and content hash). A run whose inputs hash equals the record's, into an
 * output directory whose files still hash to the manifest's, would write the same bytes: it stops
 * there. The manifest also spares the write step reading the files it proves unchanged.
 *
 * The record lives outside the committed tree (node_modules/.cache/acs-events-toolkit/, or
 * $ACS_EVENTS_CACHE_DIR), one file
 * per output directory, so it never shows up as drift, never conflicts between branches, and a
 * hand-edited or checked-out-over output directory simply misses. `--check` never reads it.
 * Anything unexpected (no cache directory, unreadable record) is a miss, never an error.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { GenerationInputs } from './load.ts';
import { contentHash, currentHash, fileIn, statLine, type OutputManifest } from './output-manifest.ts';
import { listFiles } from './write.ts';

const FORMAT = 3;
const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Where records live; ACS_EVENTS_CACHE_DIR overrides it (tests use a temp dir). */
const cacheDir = () =>
  process.env.ACS_EVENTS_CACHE_DIR || path.join(ROOT, 'node_modules', '.cache', 'acs-events-toolkit');
/**
 * Libraries whose version can change the output: every package the generate path imports
 * (test/cache.test.ts holds the list to the generate bundle's imports). TypeScript is not one: only
 * `--check`, which never uses the cache, loads it.
 */
export const LIBRARIES: readonly string[] = [
  'oxc-transform',
  'esbuild',
  'yaml',
  'ajv',
  'ajv-formats',
  'handlebars',
];

/**
 * Files at the repository's root that generation reads: the package manifests, and the prettier
 * settings whose print width the emitters lay their output out at (syntax/display-width.ts).
 */
export const ROOT_FILES: readonly string[] = ['.prettierrc.json', 'package.json', 'package-lock.json'];

/** What generation reads besides the generator itself: the pipeline's own options. */
export type CacheInputs = GenerationInputs;

export interface CacheRecord {
  format: number;
  inputs: string;
  /** Every output file's stamp and content hash after that run. */
  manifest: OutputManifest;
  files: number;
  /** The stamps of the inputs (before that run) and of the output directory (after it): equal, nothing is read. */
  stamps: { inputs: string; output: string };
  /** Warning lines the run printed, replayed on a hit. */
  warnings: string[];
  /**
   * What the spare tree (spareDir, write.ts's Spare) held after that run, told by how it differs
   * from `manifest` (most of its files are links to the output's).
   */
  spare?: ManifestChanges;
  /** Each input file's stamp and content hash before that run (a file whose stamp is unchanged is not read again). */
  inputFiles?: InputManifest;
}

type Part = [label: string, bytes: Buffer | string];

function digest(parts: Iterable<Part>): string {
  const hash = createHash('sha256');
  for (const [label, bytes] of parts) {
    // A string is hashed as its UTF-8 bytes without copying it into a Buffer first.
    const length = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
    hash.update(`${label}\0${length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** A manifest told by how it differs from another: entries it has otherwise, and files it lacks. */
export interface ManifestChanges {
  differs: OutputManifest;
  absent: string[];
}

/** How `manifest` differs from `from`. */
export function changesFrom(from: OutputManifest, manifest: OutputManifest): ManifestChanges {
  const differs: OutputManifest = {};
  for (const [file, entry] of Object.entries(manifest)) {
    const other = from[file];
    if (!other || other[0] !== entry[0] || other[1] !== entry[1]) differs[file] = entry;
  }
  return { differs, absent: Object.keys(from).filter((file) => !manifest[file]) };
}

/** The manifest `changes` tell, from `from`. */
export function withChanges(from: OutputManifest, changes: ManifestChanges): OutputManifest {
  const manifest: OutputManifest = { ...from, ...changes.differs };
  for (const file of changes.absent) delete manifest[file];
  return manifest;
}

/** Each input file's stamp and content hash (by absolute path), as the last run found them. */
export type InputManifest = Record<string, [stamp: string, hash: string]>;

/**
 * The content hash of an input file: the recorded one while its stamp is the recorded one, else
 * its bytes' (those of `(none)` when it cannot be read); noted in `now`.
 */
function inputHash(file: string, recorded: InputManifest | undefined, now: InputManifest): string {
  const stamp = statLine(file);
  const known = recorded?.[file];
  let hash: string;
  if (known && known[0] === stamp && stamp !== '(none)') hash = known[1];
  else {
    try {
      hash = contentHash(readFileSync(file));
    } catch {
      hash = contentHash('(none)');
    }
  }
  now[file] = [stamp, hash];
  return hash;
}

/** Everything generation reads: directories (every file under them) and single files, each with a label. */
function inputSources(inputs: CacheInputs): { directories: [string, string][]; files: [string, string][] } {
  return {
    directories: [
      ['catalog', inputs.catalogDir],
      ['runtime', inputs.runtimeDir],
      ['templates', inputs.templatesDir],
      ['generator', path.join(ROOT, 'generator')],
      ['format-schemas', path.join(ROOT, 'catalog', 'schema')],
    ],
    files: [
      ...ROOT_FILES.map((name): [string, string] => [name, path.join(ROOT, name)]),
      ...LIBRARIES.map((library): [string, string] => [
        `library/${library}`,
        path.join(ROOT, 'node_modules', library, 'package.json'),
      ]),
    ],
  };
}

/**
 * Every input's content hash, labelled; the catalog's first, so the rest is what the generator is
 * made of. A file whose stamp is the one `recorded` holds is not read.
 */
async function inputParts(
  inputs: CacheInputs,
  recorded: InputManifest | undefined,
): Promise<{ catalog: Part[]; tool: Part[]; files: InputManifest }> {
  const catalog: Part[] = [];
  const tool: Part[] = [
    ['format', String(FORMAT)],
    ['node', process.versions.node],
  ];
  const files: InputManifest = {};
  const { directories, files: single } = inputSources(inputs);
  for (const [label, dir] of directories)
    for (const name of await listFiles(dir))
      (label === 'catalog' ? catalog : tool).push([
        `${label}/${name}`,
        inputHash(fileIn(dir, name), recorded, files),
      ]);
  for (const [label, file] of single) tool.push([label, inputHash(file, recorded, files)]);
  return { catalog, tool, files };
}

/**
 * The hash of everything generation reads, and of everything but the catalog: the generator, its
 * libraries and Node, under which work remembered per catalog unit stays valid (stages/unit-memo.ts);
 * and each input file's stamp and hash, for the next run (`recorded`: the last run's).
 */
export async function inputsHashes(
  inputs: CacheInputs,
  recorded?: InputManifest,
): Promise<{ inputs: string; tool: string; files: InputManifest }> {
  const { catalog, tool, files } = await inputParts(inputs, recorded);
  return { inputs: digest([...catalog, ...tool]), tool: digest(tool), files };
}

/** The hash of everything generation reads. */
export async function inputsHash(inputs: CacheInputs): Promise<string> {
  return (await inputsHashes(inputs)).inputs;
}

/**
 * A fingerprint of files without reading them: every file's path, size, modification time (ns) and
 * inode. Writing a file changes at least one of them (a checkout too), so an equal stamp means equal
 * bytes, as `git status` assumes of its index; an unequal stamp only means the bytes must be hashed.
 */
async function statStamp(directories: readonly string[], files: readonly string[]): Promise<string> {
  const paths = [
    ...(await Promise.all(
      directories.map(async (dir) => (await listFiles(dir)).map((name) => fileIn(dir, name))),
    )),
    files,
  ].flat();
  return digest(paths.map((file) => [file, statLine(file)]));
}

/** The stamp of everything generation reads; taken before a run, so an edit during the run is a miss next time. */
export function inputsStamp(inputs: CacheInputs): Promise<string> {
  const { directories, files } = inputSources(inputs);
  return statStamp(
    directories.map(([, dir]) => dir),
    files.map(([, file]) => file),
  );
}

/** The stamp of the output directory (statStamp's), from its files' stamps (relative path → stamp). */
const outputStampOf = (outDir: string, manifest: OutputManifest): string =>
  digest(
    Object.keys(manifest)
      .sort()
      .map((relative) => [fileIn(outDir, relative), manifest[relative]![0]]),
  );

/** The stamp of the output directory. */
export const outputStamp = (outDir: string): Promise<string> => statStamp([outDir], []);

/**
 * The stamp and manifest of the output directory right after a write of files with these content
 * hashes, which it then holds, no more and no less (every file is stat'ed once, for both, but those
 * whose stamps the write's comparison took).
 */
export function outputRecord(
  outDir: string,
  hashes: ReadonlyMap<string, string>,
  stamps: ReadonlyMap<string, string> = new Map(),
): { stamp: string; manifest: OutputManifest } {
  const manifest: OutputManifest = {};
  for (const relative of [...hashes.keys()].sort()) {
    const stamp = stamps.get(relative) ?? statLine(fileIn(outDir, relative));
    manifest[relative] = [stamp, hashes.get(relative)!];
  }
  return { stamp: outputStampOf(outDir, manifest), manifest };
}

/**
 * The manifest of the output directory now, if it holds exactly the files `manifest` records with
 * their bytes (stat'ed, and read only where a stamp changed); undefined otherwise.
 */
async function stillHolds(outDir: string, manifest: OutputManifest): Promise<OutputManifest | undefined> {
  const names = await listFiles(outDir);
  if (names.length !== Object.keys(manifest).length) return undefined;
  const now: OutputManifest = {};
  for (const relative of names) {
    const recorded = manifest[relative];
    if (!recorded) return undefined;
    const { stamp, hash } = currentHash(outDir, relative, manifest);
    if (hash !== recorded[1]) return undefined;
    now[relative] = [stamp, hash];
  }
  return now;
}

const outputKey = (outDir: string): string =>
  createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 24);

function recordFile(outDir: string, kind: 'generate' | 'units' = 'generate'): string {
  return path.join(cacheDir(), `${kind}-${outputKey(outDir)}.${kind === 'units' ? 'bin' : 'json'}`);
}

/** Where the write keeps the output's spare tree between runs (write.ts's Spare). */
export const spareDir = (outDir: string): string => path.join(cacheDir(), `spare-${outputKey(outDir)}`);

/** Writes a cache file whole or not at all (best effort: a cache that cannot be written is no error). */
async function writeCacheFile(file: string, contents: string | Uint8Array): Promise<void> {
  try {
    await mkdir(cacheDir(), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, contents);
    await rename(temp, file);
  } catch {
    // No cache this time.
  }
}

export async function readRecord(outDir: string): Promise<CacheRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(recordFile(outDir), 'utf8')) as CacheRecord;
    return record.format === FORMAT ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Records a successful generate. */
export async function writeRecord(outDir: string, record: Omit<CacheRecord, 'format'>): Promise<void> {
  await writeCacheFile(recordFile(outDir), JSON.stringify({ format: FORMAT, ...record }));
}

/**
 * The loaded, checked and compiled units of the last generate into `outDir`, if the generator it ran (`tool`,
 * from inputsHashes) is this one; empty otherwise.
 */
export async function readUnits(outDir: string, tool: string): Promise<ReadonlyMap<string, Uint8Array>> {
  try {
    const stored = deserialize(await readFile(recordFile(outDir, 'units'))) as StoredUnits;
    if (stored.format === FORMAT && stored.tool === tool && stored.units instanceof Map) return stored.units;
  } catch {
    // A miss.
  }
  return new Map();
}

export async function writeUnits(
  outDir: string,
  tool: string,
  units: ReadonlyMap<string, Uint8Array>,
): Promise<void> {
  const stored: StoredUnits = { format: FORMAT, tool, units };
  await writeCacheFile(recordFile(outDir, 'units'), serialize(stored));
}

interface StoredUnits {
  format: number;
  tool: string;
  units: ReadonlyMap<string, Uint8Array>;
}

/**
 * The record if generating `inputs` into `outDir` would change nothing: no file touched since the
 * recorded run (equal stamps), or else the same inputs hash and an output directory that still holds
 * exactly what that run left (then the record takes the new stamps). Never with `.next`/`.old`
 * beside it. Also the inputs hash and stamp to record after a run (from before it), on a miss the
 * tool hash that keys the unit memo, and the last record's manifest (`previous`, for the write).
 * The output directory is looked at only when the inputs are unchanged.
 */
export async function upToDate(
  outDir: string,
  inputs: CacheInputs,
): Promise<{
  record?: CacheRecord;
  inputs: string;
  tool?: string;
  stamp: string;
  previous?: OutputManifest;
  spare?: OutputManifest;
  inputFiles?: InputManifest;
}> {
  const busy = existsSync(`${outDir}.next`) || existsSync(`${outDir}.old`);
  const record = busy ? undefined : await readRecord(outDir);
  const stamp = await inputsStamp(inputs);
  const previous = record?.manifest;
  const spare = record?.spare && withChanges(record.manifest, record.spare);
  if (record?.stamps.inputs === stamp && record.stamps.output === (await outputStamp(outDir)))
    return { record, inputs: record.inputs, stamp, previous, spare };
  const { inputs: hash, tool, files: inputFiles } = await inputsHashes(inputs, record?.inputFiles);
  const now = record?.inputs === hash ? await stillHolds(outDir, record.manifest) : undefined;
  if (!record || !now) return { inputs: hash, tool, stamp, previous, spare, inputFiles };
  const stamps = { inputs: stamp, output: outputStampOf(outDir, now) };
  await writeRecord(outDir, { ...record, manifest: now, stamps, inputFiles });
  return { record, inputs: hash, stamp, previous: now, spare, inputFiles };
}
