/**
 * Broken catalogs, end to end: `scripts/generate.ts` runs as a child process on each case of the
 * table in test/broken-catalogs/cases.ts (test/golden/catalog with ONE thing broken, the edit
 * applied here) and must print exactly the case's expected lines on stderr (the
 * `file:line:col: path: message` lines and the summary), exit 1, print no stack trace, and leave the
 * output directory byte-identical.
 *
 * Then a generate killed with SIGKILL mid-write must leave the output entirely old or entirely new
 * once `recoverInterruptedWrite` (what the next run does first) has run.
 *
 * The child is what `npm run generate` runs: scripts/run-typescript.mjs with scripts/generate.ts
 * (bundled once, then the cached bundle), which saves ~0.5 s of tsx's loader per process;
 * BROKEN_TSX=1 runs it through tsx instead.
 *
 * UPDATE_BROKEN=1 rewrites the `expect` lists in cases.ts (review the diff); BROKEN_CASES=a,b runs
 * only those cases (BROKEN_CASES=none: only the kill tests).
 */
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { recoverInterruptedWrite } from '../generator/stages/write.ts';
import { BROKEN_CASES, CASE_CLASSES, type BrokenCase, type CaseClass } from './broken-catalogs/cases.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CASES_FILE = path.join(ROOT, 'test/broken-catalogs/cases.ts');
const GOLDEN_CATALOG = path.join(ROOT, 'test/golden/catalog');
const GOLDEN_OUTPUT = path.join(ROOT, 'test/golden/generated');
const GENERATE = path.join(ROOT, 'scripts/generate.ts');
const LAUNCHER = path.join(ROOT, 'scripts/run-typescript.mjs');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href.replace(/[^/]+$/, 'loader.mjs');
/** A generate still running after this is hung, not slow. */
const HANG_GUARD_MS = 10 * 60_000;
/** Failing runs are short and partly wait on tsx's loader thread: 3 at a time fill 2 cores. */
const CONCURRENCY = 3;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** scripts/generate.ts in `cwd` through the launcher (or tsx with BROKEN_TSX=1), as `npm run generate` runs it minus npm. */
function generate(cwd: string, args: string[], onSpawn?: (kill: () => void) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ACS_EVENTS_CACHE_DIR: path.join(work, 'cache') };
    const command = process.env.BROKEN_TSX === '1' ? ['--import', TSX, GENERATE] : [LAUNCHER, GENERATE];
    const child = spawn(process.execPath, [...command, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Only a guard against a hung child (a run takes seconds to a minute on a busy machine); it says so.
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, HANG_GUARD_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (hung) stderr += `\n(killed by the test: still running after ${HANG_GUARD_MS / 60_000} minutes)`;
      resolve({ code, signal, stdout, stderr });
    });
    onSpawn?.(() => child.kill('SIGKILL'));
  });
}

async function pool<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Every file under `dir` (relative path → bytes, as base64 so equality is byte equality). */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  if (!existsSync(dir)) return files;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = (await readFile(full)).toString('base64');
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

let work = '';
/** A private copy of test/golden/generated: the "old" tree every run starts from. */
let OLD_TREE = '';
let oldSnapshot: Record<string, string> = {};

test.before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'acs-broken-'));
  OLD_TREE = path.join(work, 'old-tree');
  await cp(GOLDEN_OUTPUT, OLD_TREE, { recursive: true, preserveTimestamps: true });
  oldSnapshot = await snapshot(OLD_TREE);
  // The launcher bundles generate once here, not in the first runs of the pool all at once.
  const warm = await generate(work, ['--help']);
  assert.is(warm.code, 0, warm.stderr);
});
test.after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

// ---- broken catalogs ----------------------------------------------------------------------------

/** The lines generate must print for a case: its diagnostics, then the summary. */
function expectedOutput(item: BrokenCase): string {
  const errors = item.expect.filter((line) => !line.includes(': warning: ')).length;
  const summary = `${errors} error${errors === 1 ? '' : 's'} in the catalog; generated/ left unchanged.`;
  return [...item.expect, summary].map((line) => `${line}\n`).join('');
}

/** test/golden/catalog with the case's one thing broken, written to `catalogDir`. */
async function writeCase(item: BrokenCase, catalogDir: string): Promise<void> {
  await cp(GOLDEN_CATALOG, catalogDir, { recursive: true });
  const files = new Map<string, string>();
  const text = async (file: string) =>
    files.get(file) ?? (await readFile(path.join(GOLDEN_CATALOG, file), 'utf8'));
  const replaced = (file: string, content: string, from: string, to: string) => {
    if (!content.includes(from)) throw new Error(`${item.name}: ${file} lacks ${JSON.stringify(from)}`);
    return content.replace(from, () => to);
  };
  for (const [file, from, to] of item.edits ?? [])
    files.set(file, replaced(file, await text(file), from, to));
  for (const [file, { from, edits }] of Object.entries(item.add ?? {})) {
    let content = await text(from);
    for (const [a, b] of edits ?? []) content = replaced(from, content, a, b);
    files.set(file, content);
  }
  for (const [file, content] of Object.entries(item.write ?? {})) files.set(file, content);
  for (const [file, marker, count, unit] of item.repeat ?? []) {
    const expanded = unit.includes('{indent}')
      ? Array.from({ length: count }, (_, i) => unit.replace('{indent}', ' '.repeat(i))).join('')
      : unit.repeat(count);
    files.set(file, replaced(file, await text(file), marker, expanded));
  }
  for (const file of Object.keys(item.encode ?? {})) files.set(file, await text(file));
  for (const [file, content] of files) {
    await mkdir(path.dirname(path.join(catalogDir, file)), { recursive: true });
    const encode = item.encode?.[file];
    await writeFile(path.join(catalogDir, file), encode ? encode(content) : content);
  }
  for (const file of item.remove ?? []) await rm(path.join(catalogDir, file));
}

interface Outcome {
  run: Run;
  before: Record<string, string>;
  after: Record<string, string>;
  mtimesBefore: number[];
  mtimesAfter: number[];
  leftovers: string[];
}

async function runCase(item: BrokenCase): Promise<Outcome> {
  const dir = path.join(work, 'cases', item.name);
  await mkdir(dir, { recursive: true });
  await writeCase(item, path.join(dir, 'catalog'));
  await cp(OLD_TREE, path.join(dir, 'generated'), { recursive: true, preserveTimestamps: true });
  const mtimes = async () =>
    Promise.all(
      Object.keys(oldSnapshot).map(async (file) =>
        stat(path.join(dir, 'generated', file)).then(
          (info) => info.mtimeMs,
          () => NaN,
        ),
      ),
    );
  const before = await snapshot(path.join(dir, 'generated'));
  const mtimesBefore = await mtimes();
  const run = await generate(dir, ['--catalog', 'catalog', '--out', 'generated']);
  return {
    run,
    before,
    after: await snapshot(path.join(dir, 'generated')),
    mtimesBefore,
    mtimesAfter: await mtimes(),
    leftovers: (await readdir(dir)).filter((name) => name.startsWith('generated.')),
  };
}

/** A TypeScript string literal in single quotes, as prettier writes one. */
const tsString = (line: string) =>
  `'${JSON.stringify(line).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;

/** UPDATE_BROKEN=1: each case's `expect` list in cases.ts becomes what generate printed. */
async function updateExpectations(results: [BrokenCase, Run][]): Promise<void> {
  let source = await readFile(CASES_FILE, 'utf8');
  const list = /expect: \[(?:\s*'(?:[^'\\]|\\.)*',?)*\s*\],/y;
  for (const [item, run] of results) {
    const start = source.indexOf('expect: [', source.indexOf(`name: '${item.name}',`));
    list.lastIndex = start;
    if (start < 0 || !list.test(source)) throw new Error(`cases.ts: no expect list for ${item.name}`);
    const lines = run.stderr.trimEnd().split('\n').slice(0, -1);
    source = `${source.slice(0, start)}expect: [${lines.map(tsString).join(', ')}],${source.slice(list.lastIndex)}`;
  }
  const prettier = await import('prettier');
  const config = await prettier.resolveConfig(CASES_FILE);
  await writeFile(CASES_FILE, await prettier.format(source, { ...config, filepath: CASES_FILE }));
}

let updated: Promise<void> = Promise.resolve();

const only = process.env.BROKEN_CASES?.split(',');
const cases = BROKEN_CASES.filter((item) => !only || only.includes(item.name));
let outcomes = new Map<string, Promise<Outcome>>();

test('the table of broken catalogs: at least 109 cases, names unique', () => {
  assert.ok(BROKEN_CASES.length >= 109, `${BROKEN_CASES.length} cases`);
  assert.is(new Set(BROKEN_CASES.map((item) => item.name)).size, BROKEN_CASES.length);
  // All cases run up front, CONCURRENCY at a time; each test below awaits its own.
  const all = pool(cases, CONCURRENCY, runCase);
  all.catch(() => {}); // each test below reports its own failure
  outcomes = new Map(cases.map((item, i) => [item.name, all.then((results) => results[i]!)]));
  if (process.env.UPDATE_BROKEN === '1')
    updated = all.then((results) => updateExpectations(cases.map((item, i) => [item, results[i]!.run])));
});

test("the README's Reliability section states the count of each class", async () => {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const counts = new Map<CaseClass, number>();
  for (const item of BROKEN_CASES) counts.set(item.class, (counts.get(item.class) ?? 0) + 1);
  const section = readme.slice(readme.indexOf('### Generator'));
  assert.ok(
    section.includes(`on ${BROKEN_CASES.length} broken catalogs`),
    `README: ${BROKEN_CASES.length} cases`,
  );
  for (const [name, description] of Object.entries(CASE_CLASSES))
    assert.ok(
      section.includes(`${description}: ${counts.get(name as CaseClass) ?? 0}`),
      `README: "${description}: ${counts.get(name as CaseClass) ?? 0}"`,
    );
});

for (const item of cases) {
  test(`broken catalog: ${item.name} (${item.about})`, async () => {
    const outcome = await outcomes.get(item.name)!;
    const { run } = outcome;
    assert.is(run.code, 1, `exit code ${run.code}; stderr:\n${run.stderr}`);
    assert.is(run.stdout, '', 'nothing on stdout');
    assert.not.match(run.stderr, /^\s+at .+(:\d+:\d+\)?|<anonymous>\)?)$/m, 'no stack trace');
    assert.not.match(run.stderr, /^error: /m, 'a catalog error, not an internal error');
    assert.fixture(run.stderr, expectedOutput(item));
    const lines = run.stderr.trimEnd().split('\n');
    assert.match(lines.at(-1)!, /^\d+ errors? in the catalog; generated\/ left unchanged\.$/);
    for (const line of lines.slice(0, -1)) {
      assert.match(
        line,
        /^catalog\/[\w/.-]+\.yaml:\d+:\d+: (warning: )?\S.*: .+$/,
        `a file:line:col: path: message line: ${line}`,
      );
    }
    assert.ok(
      lines.slice(0, -1).some((line) => !line.includes(': warning: ')),
      'at least one error line',
    );
    assert.equal(
      Object.keys(outcome.after),
      Object.keys(outcome.before),
      'same files in the output directory',
    );
    assert.ok(
      Object.keys(outcome.before).every((file) => outcome.before[file] === outcome.after[file]),
      'output directory byte-identical',
    );
    assert.equal(outcome.mtimesAfter, outcome.mtimesBefore, 'no file in the output directory touched');
    assert.equal(outcome.leftovers, [], 'no generated.next / generated.old left behind');
  });
}

if (process.env.UPDATE_BROKEN === '1')
  test('UPDATE_BROKEN=1: cases.ts rewritten', async () => {
    await updated;
  });

// ---- killed mid-write ---------------------------------------------------------------------------

/** The golden catalog with its descriptions and sample ids changed: most files it determines change. */
async function changedCatalog(dir: string): Promise<void> {
  await cp(GOLDEN_CATALOG, dir, { recursive: true });
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (
      !entry.isFile() ||
      !entry.name.endsWith('.yaml') ||
      entry.name === 'sources.yaml' ||
      entry.name === 'subjects.yaml'
    )
      continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text
        .replace(/^(\s+)description: (?![>|'"])/gm, '$1description: Changed, ')
        .replace(/"id": ?"/g, '$&x-'),
    );
  }
}

/** The package files each runtime module becomes: package/src/<m>.ts, package/dist/<m>.js and .d.ts. */
async function runtimeCopiesOf(runtimeDir: string): Promise<Set<string>> {
  const modules = (await readdir(runtimeDir, { recursive: true }))
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -'.ts'.length));
  return new Set(
    modules.flatMap((m) => [`package/src/${m}.ts`, `package/dist/${m}.js`, `package/dist/${m}.d.ts`]),
  );
}

/** Runs generate into a copy of the old tree and SIGKILLs it `afterNext` ms after `<out>.next` appears. */
async function killedRun(name: string, catalog: string, when: { afterNext: number }): Promise<string> {
  const dir = path.join(work, 'kill', name);
  await mkdir(dir, { recursive: true });
  const out = path.join(dir, 'generated');
  await cp(OLD_TREE, out, { recursive: true });
  let killed = false;
  let watcher: ReturnType<typeof watch> | undefined;
  let poll: NodeJS.Timeout | undefined;
  const run = await generate(dir, ['--catalog', catalog, '--out', 'generated'], (kill) => {
    const fire = () => {
      if (killed) return;
      killed = true;
      watcher?.close();
      clearInterval(poll);
      kill();
    };
    const onNext = () => {
      if (!existsSync(`${out}.next`) || killed) return;
      watcher?.close();
      clearInterval(poll);
      if (when.afterNext === 0) fire();
      else setTimeout(fire, when.afterNext);
    };
    watcher = watch(dir, (_, filename) => {
      if (filename === 'generated.next') onNext();
    });
    poll = setInterval(onNext, 2);
  });
  watcher?.close();
  clearInterval(poll);
  await recoverInterruptedWrite(out);
  return `${run.signal ?? `exit ${run.code}`}${killed ? '' : ' (finished before the kill)'}`;
}

test('SIGKILL mid-write: after recovery the output is exactly the old tree or exactly the new one', async () => {
  const catalog = path.join(work, 'changed-catalog');
  await changedCatalog(catalog);
  // The new tree: the same generate, not killed.
  const reference = path.join(work, 'kill', 'reference');
  await mkdir(reference, { recursive: true });
  await cp(OLD_TREE, path.join(reference, 'generated'), { recursive: true });
  // Three full generates, two at a time (each costs ~10 s of CPU): the uninterrupted reference, a
  // kill right after the new tree starts, and a kill at a random moment of the write window.
  const plans: [string, { afterNext: number }][] = [
    ['next+0ms', { afterNext: 0 }],
    [`next+random`, { afterNext: 1 + Math.floor(Math.random() * 40) }],
  ];
  const [fresh, ...killed] = await pool([undefined, ...plans] as const, 2, async (plan) =>
    plan
      ? killedRun(plan[0], catalog, plan[1])
      : generate(reference, ['--catalog', catalog, '--out', 'generated']),
  );
  if (typeof fresh === 'string') throw new Error('unreachable');
  assert.is(fresh!.code, 0, fresh!.stderr);
  const oldTree = oldSnapshot;
  const newTree = await snapshot(path.join(reference, 'generated'));
  // The runtime modules are copied into the package whatever the catalog says; of the other files,
  // the change must touch many, so a write that mixed trees would show. Not most: the validators and
  // fixtures are one module per unit, and a changed description leaves a unit's .js as it was
  // (esbuild drops comments) and the by-type tables and barrels (no descriptions, no sample ids) too.
  const runtimeCopies = await runtimeCopiesOf(path.join(ROOT, 'generator/runtime'));
  const catalogFiles = Object.keys(newTree).filter((file) => !runtimeCopies.has(file));
  const changed = catalogFiles.filter((file) => oldTree[file] !== newTree[file]).length;
  assert.ok(
    changed > catalogFiles.length / 3,
    `the change must touch many files the catalog determines (${changed} of ${catalogFiles.length})`,
  );
  // The same generate again is a no-op the cache recognises (generator/cache.ts), leaving the tree as it is.
  // (A full regenerate that changes nothing is accepted too: someone may have edited generator/
  // meanwhile, which rightly invalidates the cache; test/cache.test.ts covers the cache itself.)
  const again = await generate(reference, ['--catalog', catalog, '--out', 'generated']);
  assert.is(again.code, 0, again.stderr);
  assert.match(again.stdout, /^generated\/ is up to date: |: 0 changed, 0 added, 0 removed, /, again.stdout);
  assert.equal(await snapshot(path.join(reference, 'generated')), newTree);

  const seen: string[] = [];
  for (const [i, [name]] of plans.entries()) {
    const dir = path.join(work, 'kill', name);
    const tree = await snapshot(path.join(dir, 'generated'));
    const same = (a: Record<string, string>) => JSON.stringify(a) === JSON.stringify(tree);
    const differ = (a: Record<string, string>) =>
      [...new Set([...Object.keys(a), ...Object.keys(tree)])].filter((file) => a[file] !== tree[file]);
    const verdict = same(oldTree) ? 'old' : same(newTree) ? 'new' : 'MIXED';
    seen.push(
      `${name}: ${String(killed[i])} → ${verdict}` +
        (verdict === 'MIXED'
          ? ` (differs from old: ${differ(oldTree).slice(0, 8).join(', ')}; from new: ${differ(newTree).slice(0, 8).join(', ')})`
          : ''),
    );
    assert.ok(
      verdict !== 'MIXED',
      `${name}: the output is neither the old nor the new tree\n${seen.join('\n')}`,
    );
    assert.equal(
      (await readdir(dir)).filter((entry) => entry !== 'generated'),
      [],
      `${name}: leftovers after recovery`,
    );
  }
  if (process.env.VERBOSE_KILL) console.log(`\n${seen.join('\n')}`);
});

/**
 * Each state write() passes through (see generator/write.ts), built by hand, so the states a
 * well-timed kill could hit but a timer rarely does are covered too.
 */
test('recoverInterruptedWrite: every intermediate state of the swap resolves to old or new', async () => {
  const base = path.join(work, 'states');
  const put = async (dir: string, files: Record<string, string>) => {
    for (const [file, contents] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), contents);
    }
  };
  const OLD = { 'a.txt': 'old a', 'sub/b.txt': 'old b', 'gone.txt': 'removed by the new tree' };
  const NEW = { 'a.txt': 'new a', 'sub/b.txt': 'old b', 'sub/c.txt': 'added' };
  const text = (files: Record<string, string>) =>
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
  const states: [name: string, build: (out: string) => Promise<void>, expect: 'old' | 'new'][] = [
    ['nothing started', (out) => put(out, OLD), 'old'],
    [
      'next half written',
      async (out) => {
        await put(out, OLD);
        await put(`${out}.next`, { 'a.txt': 'new a' });
      },
      'old',
    ],
    [
      'next complete, nothing renamed',
      async (out) => {
        await put(out, OLD);
        await put(`${out}.next`, { ...NEW, '.complete': '' });
      },
      'old',
    ],
    [
      'stale old from an earlier run, next complete',
      async (out) => {
        await put(out, OLD);
        await put(`${out}.old`, { 'x.txt': 'older' });
        await put(`${out}.next`, { ...NEW, '.complete': '' });
      },
      'old',
    ],
    [
      'out renamed to old, next not yet renamed',
      async (out) => {
        await put(`${out}.old`, OLD);
        await put(`${out}.next`, { ...NEW, '.complete': '' });
      },
      'new',
    ],
    [
      'next renamed to out, marker still there',
      async (out) => {
        await put(`${out}.old`, OLD);
        await put(out, { ...NEW, '.complete': '' });
      },
      'new',
    ],
    [
      'marker removed, old not yet removed',
      async (out) => {
        await put(`${out}.old`, OLD);
        await put(out, NEW);
      },
      'new',
    ],
    [
      'old half removed',
      async (out) => {
        await put(`${out}.old`, { 'a.txt': 'old a' });
        await put(out, NEW);
      },
      'new',
    ],
    [
      'first run: next half written, no out yet',
      async (out) => {
        await put(`${out}.next`, { 'a.txt': 'new a' });
      },
      'old',
    ],
  ];
  for (const [i, [name, build, expect]] of states.entries()) {
    const out = path.join(base, String(i), 'generated');
    await mkdir(path.dirname(out), { recursive: true });
    await build(out);
    await recoverInterruptedWrite(out);
    const tree = await snapshot(out);
    const wanted = expect === 'new' ? text(NEW) : name.startsWith('first run') ? {} : text(OLD);
    assert.equal(tree, wanted, name);
    assert.equal(
      await readdir(path.dirname(out)),
      existsSync(out) ? ['generated'] : [],
      `${name}: leftovers`,
    );
  }
});

test.run();
