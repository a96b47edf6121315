/**
 * stages/unit-memo.ts: load and check remember their work per catalog file and per event. A run
 * with the previous run's units must give exactly what a run without them gives (diagnostics with
 * their positions, the normalized catalog, the emitted files), after any kind of edit, while
 * redoing only the units the edit touched.
 */
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runPipeline } from '../generator/pipeline.ts';
import { check } from '../generator/stages/check.ts';
import { load } from '../generator/stages/load.ts';
import { normalize } from '../generator/stages/normalize.ts';
import { hasErrors } from '../generator/model/diagnostic.ts';
import { remembered, unitMemo, type UnitMemo } from '../generator/stages/unit-memo.ts';
import { contentHashes } from '../generator/stages/output-manifest.ts';
import type { OutputFile } from '../generator/model/catalog-model.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SMS = 'events/sms/SMSReceived.yaml';
const CHAT = 'events/chat/ChatMessageReceived.yaml';

async function replaceIn(dir: string, file: string, from: string, to: string): Promise<void> {
  const text = await readFile(path.join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  await writeFile(path.join(dir, file), text.replace(from, to));
}

/** load → check → normalize, as the pipeline runs them. */
async function stages(catalogDir: string, memo?: UnitMemo) {
  const loaded = await load(catalogDir, 'catalog', memo);
  const diagnostics = check(loaded, memo);
  return { diagnostics, catalog: hasErrors(diagnostics) ? undefined : normalize(loaded) };
}

async function withCatalog(run: (dir: string) => Promise<void>): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'acs-units-'));
  try {
    await cp(path.join(ROOT, 'test/golden/catalog'), path.join(work, 'catalog'), { recursive: true });
    await run(path.join(work, 'catalog'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// The golden catalog: 5 catalog-level files and 3 events, so 8 parsed files, 8 format checks and
// 3 event checks (19 units). `redone` counts the units the second run could not take from the first.
const EDITS: {
  name: string;
  edit: (dir: string) => Promise<void>;
  redone: number;
  errors: boolean;
}[] = [
  {
    name: 'an event description',
    edit: (dir) => replaceIn(dir, SMS, 'description: The SMS content.', 'description: The SMS text.'),
    redone: 3,
    errors: false,
  },
  {
    name: "an event schema property's type (its samples now fail)",
    edit: (dir) => replaceIn(dir, SMS, 'messageId:\n      type: string', 'messageId:\n      type: integer'),
    redone: 3,
    errors: true,
  },
  {
    name: 'a definition (a remembered event now fails against it)',
    edit: (dir) =>
      replaceIn(
        dir,
        'definitions.yaml',
        'description: The ACS user id, e.g. `8:acs:<resource id>_<user id>`.',
        'description: The ACS user id.\n          maxLength: 3',
      ),
    redone: 5,
    errors: true,
  },
  {
    name: 'categories (remembered event files now need positions)',
    edit: (dir) => replaceIn(dir, 'categories.yaml', '    scoped: true\n', ''),
    redone: 5,
    errors: true,
  },
  {
    name: 'a new event file',
    edit: async (dir) => {
      const text = await readFile(path.join(dir, SMS), 'utf8');
      await writeFile(
        path.join(dir, 'events/sms/SMSArrived.yaml'),
        text.replace('type: Microsoft.Communication.SMSReceived', 'type: Microsoft.Communication.SMSArrived'),
      );
    },
    redone: 6,
    errors: true,
  },
  {
    name: 'a YAML syntax error',
    edit: (dir) => appendFile(path.join(dir, SMS), 'broken: [\n'),
    redone: 3,
    errors: true,
  },
  {
    name: 'a duplicate event type',
    edit: (dir) =>
      replaceIn(
        dir,
        'events/chat/InstantMessageReceived.yaml',
        'type: Microsoft.Communication.InstantMessageReceived',
        'type: Microsoft.Communication.ChatMessageReceived',
      ),
    redone: 5,
    errors: true,
  },
];

for (const { name, edit, redone, errors } of EDITS) {
  test(`after ${name}: the remembered run equals a fresh one and redoes ${redone} units`, () =>
    withCatalog(async (dir) => {
      const first = unitMemo();
      await stages(dir, first);
      assert.is(first.next.size, 19);
      await edit(dir);
      const second = unitMemo(first.next);
      const warm = await stages(dir, second);
      const cold = await stages(dir);
      assert.equal(warm.diagnostics, cold.diagnostics);
      assert.equal(warm.catalog, cold.catalog);
      assert.is(hasErrors(cold.diagnostics), errors);
      assert.is([...second.next.keys()].filter((key) => !first.next.has(key)).length, redone);
    }));
}

test('a remembered run with no edit redoes nothing and reports the same positions', () =>
  withCatalog(async (dir) => {
    await replaceIn(dir, CHAT, 'type: string', 'type: integer');
    const first = unitMemo();
    const cold = await stages(dir, first);
    assert.ok(cold.diagnostics.some((d) => d.severity === 'error' && d.line > 1));
    const second = unitMemo(first.next);
    assert.equal(await stages(dir, second), cold);
    assert.equal([...second.next.keys()].sort(), [...first.next.keys()].sort());
  }));

test('the whole pipeline emits the same files with remembered units', () =>
  withCatalog(async (dir) => {
    const inputs = {
      catalogDir: dir,
      runtimeDir: path.join(ROOT, 'generator/runtime'),
      templatesDir: path.join(ROOT, 'templates'),
    };
    const first = await runPipeline(inputs, { units: unitMemo() });
    await replaceIn(dir, SMS, 'description: The SMS content.', 'description: The SMS text.');
    const warm = await runPipeline(inputs, { units: unitMemo(first.units) });
    const cold = await runPipeline(inputs);
    assert.equal(warm.files, cold.files);
    assert.equal(warm.diagnostics, cold.diagnostics);
  }));

test('a remembered value is a copy: mutating one use does not change the next', () => {
  const memo = unitMemo();
  const compute = () => ({ list: [1, 2] });
  remembered(memo, 'kind', ['a'], compute).list.push(3);
  const again = remembered(memo, 'kind', ['a'], () => assert.unreachable('computed twice'));
  assert.equal(again, { list: [1, 2] });
  const next = unitMemo(memo.next);
  remembered(next, 'kind', ['a'], compute).list.pop();
  assert.equal(
    remembered(next, 'kind', ['a'], () => assert.unreachable('computed twice')),
    { list: [1, 2] },
  );
});

test('keys keep parts apart: ["ab", ""] and ["a", "b"] are different units', () => {
  const memo = unitMemo();
  remembered(memo, 'kind', ['ab', ''], () => 1);
  assert.is(
    remembered(memo, 'kind', ['a', 'b'], () => 2),
    2,
  );
});

test('a remembered file: its hash known without its text, its text inflated when read, never reassigned', () => {
  const files: OutputFile[] = [
    { path: 'a.ts', contents: 'export const a = 1;\n', layout: 'final' },
    { path: 'b.json', contents: '{ "b": [1, 2] }\n' },
  ];
  const memo = unitMemo();
  remembered(memo, 'emit-kind', ['a'], () => ({ files, rows: [{ file: files[1], name: 'b' }] }), true);
  const [[key, stored]] = [...memo.next] as [[string, Uint8Array]];
  // A packed unit holds the rest of the value and, apart, each file's hash and deflated text: b's
  // text is replaced by bytes that do not inflate, so reading it throws.
  const [compressed, skeleton, hashes, texts] = deserialize(stored) as [
    boolean,
    unknown,
    string[],
    Uint8Array[],
  ];
  assert.is(texts.length, 3);
  const broken = texts.map((text, at) => (at === 0 ? text : Uint8Array.of(1, 2, 3)));
  const next = unitMemo(new Map([[key, serialize([compressed, skeleton, hashes, broken])]]));
  const recalled = remembered<{ files: OutputFile[]; rows: { file: OutputFile; name: string }[] }>(
    next,
    'emit-kind',
    ['a'],
    () => {
      throw new Error('computed again');
    },
    true,
  );
  assert.equal(
    recalled.files.map(({ path, layout }) => [path, layout]),
    [
      ['a.ts', 'final'],
      ['b.json', undefined],
    ],
  );
  assert.equal(recalled.rows[0]!.name, 'b');
  assert.equal(contentHashes(recalled.files), contentHashes(files));
  assert.is(recalled.files[0]!.contents, files[0]!.contents);
  assert.throws(() => recalled.files[1]!.contents);
  assert.throws(() => {
    recalled.files[0]!.contents = 'edited';
  }, TypeError);
});

test.run();
