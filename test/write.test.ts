/**
 * write.ts on its own: the new tree is written many files at once, and a write that fails part way
 * leaves the output directory exactly as it was, for the next run to finish.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { OutputFile } from '../generator/model/catalog-model.ts';
import { compare, listFiles, recoverInterruptedWrite, write } from '../generator/stages/write.ts';

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

test.run();
