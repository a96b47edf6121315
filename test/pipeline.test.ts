import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createMemoryHost } from '../generator/stages/type-check-package.ts';
import { load, loadRuntime } from '../generator/stages/load.ts';
import type { OutputFile } from '../generator/model/catalog-model.ts';
import { normalize } from '../generator/stages/normalize.ts';
import { runPipeline } from '../generator/pipeline.ts';
import { compare, hasDrift, write } from '../generator/stages/write.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const options = (catalogDir: string) => ({
  catalogDir,
  runtimeDir: path.join(ROOT, 'generator/runtime'),
  templatesDir: path.join(ROOT, 'templates'),
});
const GOLDEN_CATALOG = path.join(ROOT, 'test/golden/catalog');
const GOLDEN_OUTPUT = path.join(ROOT, 'test/golden/generated');

let full: OutputFile[] = [];

test('the committed generated/ is what the catalog generates (no drift)', async () => {
  // The one run that type-checks the real package (generate only transpiles it; --check does too).
  const result = await runPipeline(options(path.join(ROOT, 'catalog')), { typeCheck: true });
  assert.equal(result.diagnostics, []);
  full = result.files;
  const drift = await compare(path.join(ROOT, 'generated'), result.files);
  assert.equal(drift, { changed: [], added: [], removed: [] });
});

test('deterministic: a second run gives the same bytes', async () => {
  const again = await runPipeline(options(path.join(ROOT, 'catalog')));
  assert.equal(again.files, full);
});

test('catalog file order does not matter, and normalize never mutates what load returned', async () => {
  const loaded = await load(path.join(ROOT, 'catalog'));
  const before = JSON.stringify(loaded.files.map((file) => file.value));
  const forward = normalize(loaded);
  const reversed = normalize({ ...loaded, files: [...loaded.files].reverse() });
  assert.equal(JSON.stringify(reversed), JSON.stringify(forward));
  assert.is(JSON.stringify(loaded.files.map((file) => file.value)), before);
  assert.ok(Object.isFrozen(forward.events[0]!.samples[0]!.corrected.data));
});

test('the registry: every declared entry module is emitted, exported by package.json (a bin: as its bin), and re-exported by index.ts as declared', async () => {
  const { EMITTERS, packageEntries } = await import('../generator/emit/registry.ts');
  const runtime = await loadRuntime(path.join(ROOT, 'generator/runtime'));
  const entries = packageEntries(runtime);
  assert.equal(
    entries.map((entry) => entry.name),
    ['filter', 'fixtures', 'index', 'parse', 'simulate', 'subjects', 'types', 'validators', 'webhook'],
  );
  assert.is(
    new Set(EMITTERS.map((emitter) => emitter.name)).size,
    EMITTERS.length,
    'emitter names are unique',
  );
  const paths = new Set(full.map((file) => file.path));
  for (const entry of entries) assert.ok(paths.has(`package/src/${entry.name}.ts`), entry.name);
  const manifest = JSON.parse(full.find((file) => file.path === 'package/package.json')!.contents) as {
    exports: object;
    bin: object;
  };
  const exported = Object.keys(manifest.exports).filter(
    (key) => !key.includes('*') && key !== './package.json',
  );
  const modules = entries.filter((e) => e.bin === undefined);
  assert.equal(
    exported.sort(),
    ['.', ...modules.filter((e) => e.name !== 'index').map((e) => `./${e.name}`)].sort(),
  );
  assert.equal(manifest.bin, { 'acs-events-simulate': './dist/simulate.js' });
  const index = full.find((file) => file.path === 'package/src/index.ts')!.contents;
  for (const entry of entries)
    assert.is(index.includes(`from './${entry.name}.js'`), entry.reexported, `index.ts and ${entry.name}`);
});

test('every generated file carries the DO NOT EDIT banner naming the command', () => {
  // Fixture JSON files are exact events; their folder's README carries the banner for them.
  const isFixtureJson = (file: OutputFile) => /^package\/fixtures\/.+\.json$/.test(file.path);
  assert.ok(full.some((file) => file.path === 'package/fixtures/README.md'));
  for (const file of full.filter((file) => !isFixtureJson(file))) {
    assert.ok(file.contents.includes('DO NOT EDIT') && file.contents.includes('npm run generate'), file.path);
  }
});

test('the generated types accept every corrected docs sample, typed by its event', async () => {
  const catalog = JSON.parse(full.find((file) => file.path === 'catalog.json')!.contents) as {
    events: { names: { eventType: string }; samples: { corrected: unknown }[] }[];
  };
  const lines = ["import type * as acs from './types.js';"];
  catalog.events.forEach((event, i) =>
    event.samples.forEach((sample, j) =>
      lines.push(
        `export const s${i}_${j}: acs.${event.names.eventType} = ${JSON.stringify(sample.corrected)};`,
      ),
    ),
  );
  lines.push(
    "export const wrong: acs.AcsSmsReceivedEvent['data'] = { messageId: 'x', from: 'a', to: 'b', message: 'm', receivedTimestamp: 5 };",
  );
  const sources = new Map(
    full
      .filter((file) => file.path.startsWith('package/src/'))
      .map((file) => [`/src/${path.basename(file.path)}`, file.contents]),
  );
  sources.set('/src/samples.ts', lines.join('\n'));
  const errors = typecheck(sources);
  assert.is(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, /samples\.ts:\d+: Type 'number' is not assignable to type 'string'/, errors[0]);
});

function typecheck(sources: Map<string, string>): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    types: [],
  };
  const host = createMemoryHost(new Map([...sources, ['/package.json', '{"type":"module"}']]), options);
  const program = ts.createProgram({ rootNames: ['/src/samples.ts'], options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${d.file?.fileName ?? ''}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = await readFile(full, 'utf8');
  }
  return files;
}

test('golden: the small test catalog generates exactly test/golden/generated', async () => {
  const result = await runPipeline(options(GOLDEN_CATALOG), { typeCheck: true });
  assert.equal(result.diagnostics, []);
  if (process.env.UPDATE_GOLDEN === '1') {
    await rm(GOLDEN_OUTPUT, { recursive: true, force: true });
    await write(GOLDEN_OUTPUT, result.files, await compare(GOLDEN_OUTPUT, result.files));
  }
  const drift = await compare(GOLDEN_OUTPUT, result.files);
  assert.ok(
    !hasDrift(drift),
    `golden output differs (UPDATE_GOLDEN=1 npm test to accept): ${JSON.stringify(drift)}`,
  );
});

test('write: all files or none, unchanged files untouched, stale files removed', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'acs-write-'));
  const out = path.join(dir, 'generated');
  try {
    const first: OutputFile[] = [
      { path: 'a.txt', contents: 'a' },
      { path: 'sub/b.txt', contents: 'b' },
      { path: 'old.txt', contents: 'old' },
    ];
    await write(out, first, await compare(out, first));
    const before = await stat(path.join(out, 'a.txt'));
    const second: OutputFile[] = [
      { path: 'a.txt', contents: 'a' },
      { path: 'sub/b.txt', contents: 'B' },
    ];
    const drift = await compare(out, second);
    assert.equal(drift, { changed: ['sub/b.txt'], added: [], removed: ['old.txt'] });
    await write(out, second, drift);
    assert.equal(await snapshot(out), { 'a.txt': 'a', [path.join('sub', 'b.txt')]: 'B' });
    const after = await stat(path.join(out, 'a.txt'));
    assert.is(after.ino, before.ino);
    assert.is(after.mtimeMs, before.mtimeMs);
    assert.equal(await readdir(dir), ['generated']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a catalog error stops the run before anything is written', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'acs-broken-'));
  try {
    await cp(GOLDEN_CATALOG, path.join(dir, 'catalog'), { recursive: true });
    await writeFile(path.join(dir, 'catalog/filters.yaml'), 'filters: [\n');
    const result = await runPipeline(options(path.join(dir, 'catalog')));
    assert.equal(result.files, []);
    assert.ok(result.diagnostics.some((d) => d.severity === 'error' && d.file.endsWith('filters.yaml')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
