/**
 * write.ts on its own: the new tree is written many files at once, a write that fails part way
 * leaves the output directory exactly as it was, for the next run to finish, and a comparison with
 * the last run's manifest reads only the files whose stamps changed.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { OutputFile } from '../generator/model/catalog-model.ts';
import { contentHashes, statLine, type OutputManifest } from '../generator/stages/output-manifest.ts';
import {
  compare,
  listFiles,
  recoverInterruptedWrite,
  type Spare,
  write,
  writeOutput,
} from '../generator/stages/write.ts';

/** `count` files spread over nested folders, their contents naming the run. */
const tree = (run: string, count: number): OutputFile[] =>
  Array.from({ length: count }, (_, i) => ({
    path: `package/${i % 7}/${i % 3}/file-${i}.txt`,
    contents: `${run} ${i}\n`,
  }));

async function contentsOf(dir: string): Promise<Map<string, string>> {
  const names = await listFiles(dir);
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')] as [string, string]),
    ),
  );
}

/** Rewrites a file as an edit a second after its last write would leave it. */
async function editLater(file: string, contents: string): Promise<void> {
  const { mtimeMs } = await stat(file);
  await writeFile(file, contents);
  const later = new Date(mtimeMs + 1000);
  await utimes(file, later, later);
}

const asMap = (files: readonly OutputFile[]) => new Map(files.map((file) => [file.path, file.contents]));

test('writes every file of a large tree, changed ones new and unchanged ones kept', async () => {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'acs-write-')), 'generated');
  const first = tree('first', 300);
  await write(out, first, await compare(out, first));
  assert.equal(await contentsOf(out), asMap(first));
  const second = [...first.slice(0, 150), ...tree('second', 400).slice(150)];
  await write(out, second, await compare(out, second));
  assert.equal(await contentsOf(out), asMap(second));
  await rm(path.dirname(out), { recursive: true, force: true });
});

test('a write that fails part way (a file where a folder must be) leaves the output as it was', async () => {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'acs-write-')), 'generated');
  const before = tree('before', 50);
  await write(out, before, await compare(out, before));
  // `package/3` is a folder of the other files and a file of its own: its write fails (EISDIR).
  const broken = [...tree('after', 300), { path: 'package/3', contents: 'in the way\n' }];
  let failure: unknown;
  await write(out, broken, await compare(out, broken)).catch((error: unknown) => (failure = error));
  assert.is((failure as NodeJS.ErrnoException | undefined)?.code, 'EISDIR');
  assert.equal(await contentsOf(out), asMap(before));
  await recoverInterruptedWrite(out);
  assert.not.ok(existsSync(`${out}.next`));
  assert.equal(await contentsOf(out), asMap(before));
  await rm(path.dirname(out), { recursive: true, force: true });
});

test('compared with the last manifest: a recorded stamp is trusted, a hand edit is read and found', async () => {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'acs-write-')), 'generated');
  const files = tree('run', 20);
  await write(out, files, await compare(out, files));
  const hashes = contentHashes(files);
  const manifest: OutputManifest = Object.fromEntries(
    files.map((file) => [file.path, [statLine(path.join(out, file.path)), hashes.get(file.path)!]]),
  );
  const known = { manifest, hashes };
  const [first, second] = [files[0]!.path, files[1]!.path];
  const cases: [what: string, change: () => Promise<void>, manifest: OutputManifest, changed: string[]][] = [
    ['nothing changed', async () => {}, manifest, []],
    // The stamp is the recorded one, so the recorded hash decides: the file is not read.
    [
      'a manifest that records other bytes',
      async () => {},
      { ...manifest, [first]: [manifest[first]![0], 'x'] },
      [first],
    ],
    // Same length, other bytes, a second later (within one tick of the file system's clock the
    // mtime may not move): the stamp changes, so the file is read.
    ['a hand edit', () => editLater(path.join(out, second), 'RUN 1\n'), manifest, [second]],
    ['a hand edit undone', () => editLater(path.join(out, second), 'run 1\n'), manifest, []],
  ];
  for (const [what, change, recorded, changed] of cases) {
    await change();
    const drift = await compare(out, files, { ...known, manifest: recorded });
    assert.equal(drift, { changed, added: [], removed: [] }, what);
  }
  await rm(path.dirname(out), { recursive: true, force: true });
});

test('a file the manifest proves unchanged is linked without its text being read', async () => {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'acs-write-')), 'generated');
  const files = tree('run', 30);
  await write(out, files, await compare(out, files));
  const hashes = contentHashes(files);
  const manifest: OutputManifest = Object.fromEntries(
    files.map((file) => [file.path, [statLine(path.join(out, file.path)), hashes.get(file.path)!]]),
  );
  // As a remembered file: its hash known, its text not to be read.
  const unread = ({ path: name }: OutputFile): OutputFile =>
    Object.defineProperty({ path: name } as OutputFile, 'contents', {
      enumerable: true,
      get: () => assert.unreachable(`${name} was read`),
    });
  const next = [{ path: files[0]!.path, contents: 'edited\n' }, ...files.slice(1).map(unread)];
  const known = { manifest, hashes: new Map([...hashes, [files[0]!.path, 'edited']]) };
  const drift = await compare(out, next, known);
  assert.equal(drift, { changed: [files[0]!.path], added: [], removed: [] });
  await write(out, next, drift);
  assert.equal(
    await contentsOf(out),
    asMap([{ path: files[0]!.path, contents: 'edited\n' }, ...files.slice(1)]),
  );
  await rm(path.dirname(out), { recursive: true, force: true });
});

// The old tree is removed by the list the comparison made, and whatever that list missed after it.
const LEFT_IN_OLD_TREE: [what: string, add: (out: string) => Promise<void>][] = [
  ['nothing else', async () => {}],
  [
    'an empty folder',
    async (out) => {
      await mkdir(path.join(out, 'package/empty/nested'), { recursive: true });
    },
  ],
  ['a file added after the comparison', (out) => writeFile(path.join(out, 'package/0/stray.txt'), 'x')],
  ['a file removed after the comparison', (out) => rm(path.join(out, 'package/2/0/file-30.txt'))],
];

for (const [what, add] of LEFT_IN_OLD_TREE) {
  test(`the old tree is removed whole, with ${what} in it`, async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'acs-write-')), 'generated');
    const first = tree('first', 40);
    await write(out, first, await compare(out, first));
    const second = [...first.slice(0, 20), ...tree('second', 50).slice(20)];
    const drift = await compare(out, second);
    await add(out);
    await write(out, second, drift);
    assert.equal(await contentsOf(out), asMap(second));
    assert.equal(await readdir(path.dirname(out)), ['generated']);
    await rm(path.dirname(out), { recursive: true, force: true });
  });
}

// The spare tree (write.ts's Spare): written through run after run, whatever was done to it between
// runs, the output holds exactly the run's files and the spare exactly what the output held before
// (an edit in place to a file of the spare that is a link to the output's edits the output's too).
const TO_THE_SPARE: [what: string, change: (spare: string, out: string) => Promise<void>][] = [
  ['nothing', async () => {}],
  ['a file edited by hand', (spare) => editLater(path.join(spare, 'package/1/1/file-1.txt'), 'hand edit\n')],
  ['a file removed', (spare) => rm(path.join(spare, 'package/2/2/file-2.txt'))],
  ['a file added', (spare) => writeFile(path.join(spare, 'package/0/extra.txt'), 'extra\n')],
  [
    'a folder added',
    async (spare) => {
      await mkdir(path.join(spare, 'other/nested'), { recursive: true });
      await writeFile(path.join(spare, 'other/nested/x.txt'), 'x\n');
    },
  ],
  ['the spare removed', (spare) => rm(spare, { recursive: true, force: true })],
  // A file the run does not change, edited in the output: not linked into the new tree, written.
  [
    'the spare removed and a file of the output edited',
    async (spare, out) => {
      await rm(spare, { recursive: true, force: true });
      await editLater(path.join(out, 'package/3/0/file-3.txt'), 'hand edit\n');
    },
  ],
];

test('written through a spare tree: the output and the spare hold the right trees, whatever the spare went through', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'acs-write-'));
  const out = path.join(work, 'generated');
  const spare: Spare = { dir: path.join(work, 'cache/spare') };
  let manifest: OutputManifest = {};
  // Each run changes a few files of the last (and a folder's worth every third run).
  for (const [run, [what, change]] of TO_THE_SPARE.entries()) {
    const files = tree(`run ${run}`, 40).map((file, i) => (i % 5 === run % 5 ? file : tree('same', 40)[i]!));
    if (run % 3 === 2) files.push({ path: `folder-${run}/only.txt`, contents: `${run}\n` });
    await change(spare.dir, out);
    const before = await contentsOf(out);
    const hashes = contentHashes(files);
    const known = { manifest, hashes, stamps: new Map<string, string>(), current: {} };
    const next: Spare = {
      dir: spare.dir,
      ...(spare.kept ? { manifest: spareManifest(spare.kept, manifest) } : {}),
    };
    await writeOutput(out, files, { known, spare: next });
    assert.equal(await contentsOf(out), asMap(files), what);
    if (run > 0) assert.equal(await contentsOf(spare.dir), before, what);
    assert.equal(await readdir(work), ['cache', 'generated'], what);
    manifest = Object.fromEntries(
      files.map((file) => [file.path, [statLine(path.join(out, file.path)), hashes.get(file.path)!]]),
    );
    spare.kept = next.kept;
  }
  await rm(work, { recursive: true, force: true });
});

/** What the spare holds by the record generate keeps: `output` stands for the output's manifest. */
const spareManifest = (kept: OutputManifest | 'output', output: OutputManifest): OutputManifest =>
  kept === 'output' ? output : kept;

test.run();
