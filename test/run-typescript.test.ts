/**
 * scripts/run-typescript.mjs, the launcher `npm run generate` runs: it bundles a TypeScript entry
 * once, reuses the bundle while no input changed (stat stamps), rebuilds after an edit, keeps every
 * module's own `import.meta`, and reports a build error as `file:line:col: message`, exit 1.
 * Each test works on a small project of its own in a temp dir, with a bundle cache of its own.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const LAUNCHER = fileURLToPath(new URL('../scripts/run-typescript.mjs', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The launcher on `entry` with `args`, from `cwd`, bundles kept in `bundles`; never rejects. */
function launch(cwd: string, bundles: string, entry: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [LAUNCHER, entry, ...args],
      { cwd, env: { ...process.env, ACS_EVENTS_BUNDLE_DIR: bundles } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A project in a fresh temp dir: `files` (relative path → text) and a bundle directory. */
async function project(files: Record<string, string>): Promise<{ dir: string; bundles: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'acs-launcher-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return { dir, bundles: path.join(dir, '.bundles') };
}

/** The bundle directories the launcher has built so far. */
const builds = async (bundles: string) =>
  (await readdir(bundles, { withFileTypes: true })).filter((entry) => entry.isDirectory()).length;

const GREETING = {
  'main.ts':
    "import { greeting } from './lib.ts';\nconst who: string = process.argv[2] ?? 'nobody';\nconsole.log(`${greeting}, ${who}`);\n",
  'lib.ts': "export const greeting: string = 'hello';\n",
};

test('a second run with no change reuses the bundle; an edit to an imported file rebuilds it', async () => {
  const { dir, bundles } = await project(GREETING);
  try {
    const first = await launch(dir, bundles, 'main.ts', 'world');
    assert.equal(first, { code: 0, stdout: 'hello, world\n', stderr: '' });
    assert.is(await builds(bundles), 1);
    assert.equal(await launch(dir, bundles, 'main.ts', 'again'), {
      code: 0,
      stdout: 'hello, again\n',
      stderr: '',
    });
    assert.is(await builds(bundles), 1, 'the unchanged project was bundled again');

    await writeFile(path.join(dir, 'lib.ts'), "export const greeting: string = 'good morning';\n");
    assert.equal(await launch(dir, bundles, 'main.ts', 'world'), {
      code: 0,
      stdout: 'good morning, world\n',
      stderr: '',
    });
    assert.is(await builds(bundles), 2);

    // Same size, new text: the modification time alone tells.
    await writeFile(path.join(dir, 'lib.ts'), "export const greeting: string = 'good evening';\n");
    const later = new Date(Date.now() + 5_000);
    await utimes(path.join(dir, 'lib.ts'), later, later);
    assert.equal(await launch(dir, bundles, 'main.ts', 'world'), {
      code: 0,
      stdout: 'good evening, world\n',
      stderr: '',
    });
    assert.is(await builds(bundles), 3);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('concurrent first runs all succeed, each on a whole bundle', async () => {
  const { dir, bundles } = await project(GREETING);
  try {
    const runs = await Promise.all(['a', 'b', 'c', 'd'].map((who) => launch(dir, bundles, 'main.ts', who)));
    assert.equal(
      runs.map((run) => [run.code, run.stdout, run.stderr]),
      ['a', 'b', 'c', 'd'].map((who) => [0, `hello, ${who}\n`, '']),
    );
    const manifests = (await readdir(bundles)).filter((name) => name.endsWith('.json'));
    assert.is(manifests.length, 1);
    const manifest = JSON.parse(await readFile(path.join(bundles, manifests[0]!), 'utf8')) as { dir: string };
    assert.ok((await stat(path.join(bundles, manifest.dir, 'main.js'))).isFile());
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('each module keeps its own import.meta.url, dirname and filename (a file read relative to itself)', async () => {
  const { dir, bundles } = await project({
    'main.ts': [
      "import { meta as sub } from './nested/deeper/lib.ts';",
      'const meta = { url: import.meta.url, dirname: import.meta.dirname, filename: import.meta.filename };',
      'console.log(JSON.stringify({ main: meta, sub }));',
      '',
    ].join('\n'),
    'nested/deeper/lib.ts': [
      "import { readFileSync } from 'node:fs';",
      "import path from 'node:path';",
      'export const meta = {',
      '  url: import.meta.url,',
      '  dirname: import.meta.dirname,',
      '  filename: import.meta.filename,',
      "  data: readFileSync(path.join(import.meta.dirname, 'data.txt'), 'utf8'),",
      "  viaUrl: readFileSync(new URL('./data.txt', import.meta.url), 'utf8'),",
      '};',
      '',
    ].join('\n'),
    'nested/deeper/data.txt': 'next to lib.ts',
  });
  try {
    const run = await launch(dir, bundles, path.join(dir, 'main.ts'));
    assert.is(run.stderr, '');
    const file = (name: string) => path.join(dir, name);
    assert.equal(JSON.parse(run.stdout), {
      main: { url: pathToFileURL(file('main.ts')).href, dirname: dir, filename: file('main.ts') },
      sub: {
        url: pathToFileURL(file('nested/deeper/lib.ts')).href,
        dirname: file('nested/deeper'),
        filename: file('nested/deeper/lib.ts'),
        data: 'next to lib.ts',
        viaUrl: 'next to lib.ts',
      },
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** [what, the project, the error lines the launcher must print] */
const BUILD_ERRORS: [string, Record<string, string>, string][] = [
  [
    'a syntax error',
    { 'main.ts': 'const ok = 1;\nconst broken: number = ;\n' },
    'main.ts:2:24: Unexpected ";"',
  ],
  [
    'a syntax error on the first line (where each module declares its import.meta)',
    { 'main.ts': 'const broken = ;\n' },
    'main.ts:1:16: Unexpected ";"',
  ],
  [
    'an import that does not resolve, in an imported file',
    {
      'main.ts': "import './lib/a.ts';\n",
      'lib/a.ts': "import { gone } from './gone.ts';\nconsole.log(gone);\n",
    },
    'lib/a.ts:1:22: Could not resolve "./gone.ts"',
  ],
];

for (const [what, files, expected] of BUILD_ERRORS) {
  test(`a build error is file:line:col: message, no stack trace, exit 1: ${what}`, async () => {
    const { dir, bundles } = await project(files);
    try {
      assert.equal(await launch(dir, bundles, 'main.ts'), { code: 1, stdout: '', stderr: `${expected}\n` });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

test.run();
