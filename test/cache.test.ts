/**
 * generator/cache.ts: a no-op regenerate is recognised only when the inputs AND the output
 * directory are exactly what the last successful generate saw and left.
 */
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { build } from 'esbuild';
import {
  LIBRARIES,
  ROOT_FILES,
  changesFrom,
  inputsHash,
  inputsHashes,
  inputsStamp,
  type InputManifest,
  outputRecord,
  outputStamp,
  readRecord,
  upToDate,
  writeRecord,
  withChanges,
  type CacheInputs,
} from '../generator/stages/cache.ts';
import type { OutputFile } from '../generator/model/catalog-model.ts';
import { contentHash, contentHashes, type OutputManifest } from '../generator/stages/output-manifest.ts';
import { compare, write } from '../generator/stages/write.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
let work = '';
let inputs: CacheInputs;
let out = '';
const FILES: OutputFile[] = [
  { path: 'package/src/a.ts', contents: 'export const a = 1;\n' },
  { path: 'package/README.md', contents: '# ünïcödé\n' },
  { path: 'catalog.json', contents: '{}\n' },
];

test.before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'acs-cache-'));
  process.env.ACS_EVENTS_CACHE_DIR = path.join(work, 'cache');
  await cp(path.join(ROOT, 'test/golden/catalog'), path.join(work, 'catalog'), { recursive: true });
  inputs = {
    catalogDir: path.join(work, 'catalog'),
    runtimeDir: path.join(ROOT, 'generator/runtime'),
    templatesDir: path.join(ROOT, 'templates'),
  };
  out = path.join(work, 'generated');
  await write(out, FILES, await compare(out, FILES));
});
test.after(async () => {
  delete process.env.ACS_EVENTS_CACHE_DIR;
  await rm(work, { recursive: true, force: true });
});

const record = async (inputs$ = inputs) => {
  const output = outputRecord(out, contentHashes(FILES));
  await writeRecord(out, {
    inputs: await inputsHash(inputs$),
    manifest: output.manifest,
    stamps: { inputs: await inputsStamp(inputs$), output: output.stamp },
    files: FILES.length,
    warnings: ['w'],
  });
};

test('the record of a write: every file with its content hash, and the stamp the next run takes', async () => {
  const { stamp, manifest } = outputRecord(out, contentHashes(FILES));
  assert.is(stamp, await outputStamp(out));
  assert.equal(Object.keys(manifest).sort(), FILES.map((file) => file.path).sort());
  for (const file of FILES) {
    assert.is(manifest[file.path]![1], contentHash(await readFile(path.join(out, file.path))));
    assert.is(manifest[file.path]![1], contentHash(file.contents));
  }
  // The stamps a comparison took of the files it found unchanged are the ones a stat gives.
  const known = { manifest, hashes: contentHashes(FILES), stamps: new Map<string, string>() };
  assert.equal(await compare(out, FILES, known), { changed: [], added: [], removed: [] });
  assert.is(known.stamps.size, FILES.length);
  assert.equal(outputRecord(out, known.hashes, known.stamps), { stamp, manifest });
});

test('no record: a miss', async () => {
  assert.is((await upToDate(out, inputs)).record, undefined);
});

test('a recorded run with unchanged inputs and output: a hit', async () => {
  await record();
  const hit = await upToDate(out, inputs);
  assert.equal(hit.record?.warnings, ['w']);
  assert.is(hit.record?.files, 3);
});

test('unchanged stamps: a hit without hashing a byte (a record whose hashes are wrong still hits)', async () => {
  await record();
  const stored = (await readRecord(out))!;
  const wrong = Object.fromEntries<[string, string]>(
    Object.entries(stored.manifest).map(([file, [stamp]]) => [file, [stamp, 'not the hash']]),
  );
  await writeRecord(out, { ...stored, inputs: 'not the hash', manifest: wrong });
  assert.is((await upToDate(out, inputs)).record?.inputs, 'not the hash');
  await record();
});

test('a file written again with the same bytes: new stamps, the hashes decide (a hit), the record takes the new stamps', async () => {
  const file = path.join(work, 'catalog/filters.yaml');
  const before = (await readRecord(out))!.stamps;
  await writeFile(file, await readFile(file));
  await writeFile(path.join(out, 'catalog.json'), '{}\n');
  assert.ok((await upToDate(out, inputs)).record);
  const after = (await readRecord(out))!.stamps;
  assert.is.not(after.inputs, before.inputs);
  assert.is.not(after.output, before.output);
  assert.ok((await upToDate(out, inputs)).record);
});

test('a changed catalog file: a miss; changed back: a hit again', async () => {
  const file = path.join(work, 'catalog/filters.yaml');
  await appendFile(file, '# comment\n');
  assert.is((await upToDate(out, inputs)).record, undefined);
  await writeFile(
    file,
    (await import('node:fs')).readFileSync(path.join(ROOT, 'test/golden/catalog/filters.yaml')),
  );
  assert.ok((await upToDate(out, inputs)).record);
});

test('a new catalog file: a miss', async () => {
  await mkdir(path.join(work, 'catalog/events/extra'), { recursive: true });
  await writeFile(path.join(work, 'catalog/events/extra/X.yaml'), 'type: x\n');
  assert.is((await upToDate(out, inputs)).record, undefined);
  await rm(path.join(work, 'catalog/events/extra'), { recursive: true });
  assert.ok((await upToDate(out, inputs)).record);
});

test('an edited, added or removed output file: a miss', async () => {
  await writeFile(path.join(out, 'catalog.json'), '{ }\n');
  assert.is((await upToDate(out, inputs)).record, undefined);
  await writeFile(path.join(out, 'catalog.json'), '{}\n');
  assert.ok((await upToDate(out, inputs)).record);
  await writeFile(path.join(out, 'stray.txt'), '');
  assert.is((await upToDate(out, inputs)).record, undefined);
  await rm(path.join(out, 'stray.txt'));
  await rm(path.join(out, 'package/README.md'));
  assert.is((await upToDate(out, inputs)).record, undefined);
  await write(out, FILES, await compare(out, FILES));
  assert.ok((await upToDate(out, inputs)).record);
});

test('an interrupted write beside the output: a miss', async () => {
  await mkdir(`${out}.next`);
  assert.is((await upToDate(out, inputs)).record, undefined);
  await rm(`${out}.next`, { recursive: true });
});

test('different runtime or templates directories: a miss', async () => {
  assert.is(
    (await upToDate(out, { ...inputs, templatesDir: path.join(work, 'no-templates') })).record,
    undefined,
  );
  assert.is((await upToDate(out, { ...inputs, runtimeDir: path.join(work, 'catalog') })).record, undefined);
});

test('another output directory has its own record', async () => {
  const other = path.join(work, 'other');
  await write(other, FILES, await compare(other, FILES));
  assert.is((await upToDate(other, inputs)).record, undefined);
});

test('an unreadable record is a miss, not an error', async () => {
  const { readdirSync } = await import('node:fs');
  for (const name of readdirSync(process.env.ACS_EVENTS_CACHE_DIR!)) {
    await writeFile(path.join(process.env.ACS_EVENTS_CACHE_DIR!, name), '{not json');
  }
  assert.is((await upToDate(out, inputs)).record, undefined);
});

/** The packages a module imports (bare specifiers, without a subpath), not Node's. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

test('the libraries and root files the inputs hash covers are what the generate path imports', async () => {
  const { metafile } = await build({
    entryPoints: [path.join(ROOT, 'scripts/generate.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const imported = new Set<string>();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    // The full type check: `--check` only, which never reads the cache.
    if (file === 'generator/stages/type-check-package.ts') continue;
    for (const { path: specifier, external } of input.imports)
      if (external && !specifier.startsWith('node:')) imported.add(packageOf(specifier));
  }
  assert.equal([...LIBRARIES].sort(), [...imported].sort());
  // Files the bundle reads beside the generator and the catalog format schemas (both hashed as
  // directories) and the scripts (which print, but write nothing the output holds).
  const read = Object.keys(metafile.inputs).filter(
    (file) => !/^(generator|catalog\/schema|scripts)\//.test(file),
  );
  assert.ok(read.length > 0);
  for (const file of read) assert.ok(ROOT_FILES.includes(file), `${file} is read but not hashed`);
});

test("input hashes with the last run's stamps: a file whose stamp is recorded is not read, any other is", async () => {
  const fresh = await inputsHashes(inputs);
  const filters = path.join(work, 'catalog/filters.yaml');
  const [stamp] = fresh.files[filters]!;
  const cases: [what: string, recorded: InputManifest, sameInputs: boolean][] = [
    ['the manifest as it is', fresh.files, true],
    // The stamp is the recorded one, so the recorded hash is believed: the file was not read.
    ['a wrong hash under the right stamp', { ...fresh.files, [filters]: [stamp, 'not the hash'] }, false],
    ['a wrong hash under another stamp', { ...fresh.files, [filters]: ['0 0 0', 'not the hash'] }, true],
    ['no entry for it', Object.fromEntries(Object.entries(fresh.files).filter(([f]) => f !== filters)), true],
  ];
  for (const [what, recorded, sameInputs] of cases) {
    const again = await inputsHashes(inputs, recorded);
    assert.is(again.inputs === fresh.inputs, sameInputs, what);
    assert.is(again.tool, fresh.tool, what);
  }
});

// The spare's manifest is recorded as its changes from the output's.
const M: OutputManifest = { a: ['1 1 1', 'ha'], b: ['2 2 2', 'hb'], c: ['3 3 3', 'hc'] };
const CHANGES: [what: string, spare: OutputManifest, differs: string[], absent: string[]][] = [
  ['the same', { ...M }, [], []],
  ['a file with another stamp', { ...M, b: ['9 9 9', 'hb'] }, ['b'], []],
  ['a file with another hash', { ...M, c: ['3 3 3', 'other'] }, ['c'], []],
  ['a file it lacks', { a: M.a!, c: M.c! }, [], ['b']],
  ['a file the output lacks', { ...M, d: ['4 4 4', 'hd'] }, ['d'], []],
  ['nothing', {}, [], ['a', 'b', 'c']],
];

for (const [what, spare, differs, absent] of CHANGES) {
  test(`a manifest told by its changes from another: ${what}`, () => {
    const changes = changesFrom(M, spare);
    assert.equal(Object.keys(changes.differs).sort(), differs);
    assert.equal(changes.absent.sort(), absent);
    assert.equal(withChanges(M, changes), spare);
  });
}

test.run();
