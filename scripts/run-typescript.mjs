/**
 * Runs a TypeScript script without tsx: `node scripts/run-typescript.mjs <entry.ts> [args…]`.
 *
 * tsx compiles every module on each start and costs most of a second before the script runs; this
 * launcher bundles the entry once with esbuild (packages stay external, lazy `import()`s stay lazy
 * chunks) and runs the bundle. The bundle is cached under
 * node_modules/.cache/acs-events-toolkit/bundles and reused while every file that went into it keeps
 * its stat stamp (size and modification time), which a manifest lists; checking them is a few
 * hundred stat calls. Each module keeps its own `import.meta.url`, `dirname` and `filename` (code
 * reads files relative to itself). A rebuild goes into a fresh directory and the manifest is renamed
 * into place last, so a concurrent run sees either the old bundle or the new one, whole. A build
 * error prints `file:line:col: message` (no stack trace) and exits 1. Source maps are written
 * beside the chunks but not loaded (reading them costs every run): `node --enable-source-maps
 * scripts/run-typescript.mjs …` gives stack traces in the sources' lines.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const LAUNCHER = fileURLToPath(import.meta.url);
/** Files a bundle depends on besides its inputs: this launcher, how esbuild reads TypeScript, esbuild's version. */
const ALWAYS = [
  LAUNCHER,
  path.join(ROOT, 'tsconfig.json'),
  path.join(ROOT, 'node_modules', 'esbuild', 'package.json'),
];
/**
 * A bundle directory no manifest names any more is removed once it is this old: a long run (a
 * simulator, a benchmark) started from it may still load its lazy chunks. A bundle is ~1 MB.
 */
const STALE_MS = 24 * 60 * 60 * 1000;
/** The identifiers `import.meta.*` become; each module declares its own (see withOwnMeta). */
const META = { url: '__acsMetaUrl', dirname: '__acsMetaDirname', filename: '__acsMetaFilename' };

/** Where bundles live; ACS_EVENTS_BUNDLE_DIR overrides it (tests use a temp dir). */
const cacheRoot = () =>
  process.env.ACS_EVENTS_BUNDLE_DIR ||
  path.join(ROOT, 'node_modules', '.cache', 'acs-events-toolkit', 'bundles');

/** `size:mtime` of a file, or undefined when it is gone. */
function stampOf(file) {
  try {
    const { size, mtimeMs } = statSync(file);
    return `${size}:${mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** The cached bundle's main chunk, if every input still has the stamp the manifest recorded. */
function cachedBundle(manifestFile) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return undefined;
  }
  for (const [file, stamp] of Object.entries(manifest.inputs)) if (stampOf(file) !== stamp) return undefined;
  return path.join(path.dirname(manifestFile), manifest.dir, manifest.main);
}

/**
 * A module's source with its own `import.meta` values declared in front, on its first line (or the
 * second, after a `#!`), so line numbers stay those of the source.
 */
function withOwnMeta(file, contents) {
  const values = {
    [META.url]: pathToFileURL(file).href,
    [META.dirname]: path.dirname(file),
    [META.filename]: file,
  };
  const declarations = Object.entries(values)
    .map(([name, value]) => `const ${name} = ${JSON.stringify(value)};`)
    .join(' ');
  const shebang = /^#!.*\n/.exec(contents)?.[0] ?? '';
  prefixes.set(file, { line: shebang ? 2 : 1, length: declarations.length + 1 });
  return `${shebang}${declarations} ${contents.slice(shebang.length)}`;
}

/** Where withOwnMeta put its declarations in each file, to report a position in the file as written. */
const prefixes = new Map();

const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.js': 'js', '.mjs': 'js', '.json': 'json' };

/** Bundles `entry` into a fresh directory beside the manifest, then puts the manifest in place. */
async function build(entry, manifestFile) {
  const { build: esbuild, version } = await import('esbuild');
  const dir = `${path.basename(manifestFile, '.json')}-${Date.now()}-${randomBytes(4).toString('hex')}`;
  const outdir = path.join(path.dirname(manifestFile), dir);
  // Each input's stamp is taken before it is read: an edit during the build makes the next run rebuild.
  const inputs = Object.fromEntries(ALWAYS.map((file) => [file, stampOf(file) ?? '(none)']));
  const ownMeta = {
    name: 'own-import-meta',
    setup(plugin) {
      plugin.onLoad({ filter: /\.(?:[cm]?[jt]s|json)$/ }, (args) => {
        inputs[args.path] = stampOf(args.path);
        const contents = readFileSync(args.path, 'utf8');
        const loader = LOADERS[path.extname(args.path)] ?? 'js';
        return { contents: loader === 'json' ? contents : withOwnMeta(args.path, contents), loader };
      });
    },
  };
  await esbuild({
    entryPoints: { main: entry },
    absWorkingDir: ROOT,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node}`,
    packages: 'external',
    define: Object.fromEntries(Object.entries(META).map(([key, name]) => [`import.meta.${key}`, name])),
    plugins: [ownMeta],
    sourcemap: 'linked',
    logLevel: 'silent',
    // A chunk name says which source it holds, for a stack trace read without source maps.
    chunkNames: '[name]-[hash]',
  });
  const manifest = { esbuild: version, dir, main: 'main.js', inputs };
  const temp = `${manifestFile}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, JSON.stringify(manifest, null, 1));
  renameSync(temp, manifestFile);
  removeStaleBundles(manifestFile, dir);
  return path.join(outdir, manifest.main);
}

/** Old bundle directories of the same entry, no longer named by the manifest and old enough that no run still reads them. */
function removeStaleBundles(manifestFile, current) {
  const prefix = `${path.basename(manifestFile, '.json')}-`;
  const parent = path.dirname(manifestFile);
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix) || name === current || name.endsWith('.tmp')) continue;
    const file = path.join(parent, name);
    try {
      if (Date.now() - statSync(file).mtimeMs > STALE_MS) rmSync(file, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

/** `file:line:col: message` for each esbuild error, paths relative to the working directory. */
function describeBuildFailure(error) {
  const errors = Array.isArray(error?.errors) ? error.errors : [];
  if (errors.length === 0) return String(error?.message ?? error);
  return errors
    .map(({ text, location }) => {
      if (!location) return text;
      const file = path.resolve(ROOT, location.file);
      const prefix = prefixes.get(file);
      const shift = prefix?.line === location.line && location.column >= prefix.length ? prefix.length : 0;
      return `${path.relative(process.cwd(), file)}:${location.line}:${location.column - shift + 1}: ${text}`;
    })
    .join('\n');
}

const [entryArgument] = process.argv.slice(2);
if (!entryArgument) {
  console.error('usage: node scripts/run-typescript.mjs <entry.ts> [args…]');
  process.exit(2);
}
const entry = path.resolve(entryArgument);
const key = createHash('sha256').update(entry).digest('hex').slice(0, 16);
const manifestFile = path.join(cacheRoot(), `${path.basename(entry, path.extname(entry))}-${key}.json`);

let main = cachedBundle(manifestFile);
if (!main) {
  mkdirSync(cacheRoot(), { recursive: true });
  try {
    main = await build(entry, manifestFile);
  } catch (error) {
    console.error(describeBuildFailure(error));
    process.exit(1);
  }
}
// The script sees the arguments it would under tsx: argv[1] is the script itself.
process.argv.splice(1, 2, entry);
await import(pathToFileURL(main).href);
