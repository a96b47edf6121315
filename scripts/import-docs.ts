/**
 * npm run import-docs -- [--catalog <dir>] [--dry-run] <page files...>
 *
 * Reads ACS "event handling" docs pages (Markdown or plain text) and creates or updates the YAML
 * catalog. Only this script touches the file system; parsing and merging are pure.
 */
import { readCatalogFiles } from './catalog-files.ts';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatDiagnostic,
  hasErrors,
  importDocs,
  readSourcesTsv,
  type Diagnostic,
} from '../generator/import/docs-import.ts';
import { runCli } from './cli.ts';

const HELP = `Usage: npm run import-docs -- [options] <page files...>

Imports ACS Event Grid docs pages into the YAML catalog: documents (sources.yaml:
id from the page date plus its slug, file relative to catalog/sources, origin from
SOURCES.tsv), subject prefixes (subjects.yaml), filter examples (filters.yaml), shared
sub-types with their attribute rows (definitions.yaml), and events with their listings,
samples (with example titles) and attribute rows (events/<category>/<ShortName>.yaml).
Existing curated fields are never changed; missing entries are appended. New events get
a schema drafted from their samples and attribute tables. Disagreements between samples,
tables and the curated schemas are reported as warnings.

Options:
  --catalog <dir>  catalog directory (default: catalog/ next to scripts/)
  --sources <dir>  the copied sources (default: <catalog>/sources); a page inside it is
                   recorded by its path relative to it, with its origin from SOURCES.tsv
  --dry-run        report what would change, write nothing
  -h, --help       show this help

Exit status: 0 on success (warnings allowed), 1 on errors (unparseable JSON blocks are
reported as file:line:column and not imported; the rest is still imported).`;

interface Options {
  catalog: string;
  sources?: string;
  dryRun: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Options | 'help' {
  const options: Options = {
    catalog: fileURLToPath(new URL('../catalog', import.meta.url)),
    dryRun: false,
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--catalog') {
      const value = argv[++i];
      if (value === undefined) throw new Error('--catalog needs a directory');
      options.catalog = value;
    } else if (arg.startsWith('--catalog=')) options.catalog = arg.slice('--catalog='.length);
    else if (arg === '--sources') {
      const value = argv[++i];
      if (value === undefined) throw new Error('--sources needs a directory');
      options.sources = value;
    } else if (arg.startsWith('--sources=')) options.sources = arg.slice('--sources='.length);
    else if (arg === '--') continue;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg} (see --help)`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new Error('no page files given (see --help)');
  return options;
}

/** Write changed files: each to a temporary sibling first, then rename them all. */
async function writeAll(dir: string, files: [string, string][]): Promise<void> {
  const staged: [string, string][] = [];
  for (const [path, text] of files) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.tmp-${process.pid}`;
    await writeFile(temp, text, 'utf8');
    staged.push([temp, target]);
  }
  for (const [temp, target] of staged) await rename(temp, target);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (options === 'help') {
    console.log(HELP);
    return 0;
  }
  const catalogDir = resolve(options.catalog);
  const sourcesDir = resolve(options.sources ?? join(catalogDir, 'sources'));
  const origins = readSourcesTsv(
    await readFile(join(sourcesDir, 'SOURCES.tsv'), 'utf8').catch((e: NodeJS.ErrnoException) =>
      e.code === 'ENOENT' ? '' : Promise.reject(e),
    ),
  );
  const shownPath = new Map<string, string>();
  const pages = await Promise.all(
    options.files.map(async (f) => {
      const inside = relative(sourcesDir, resolve(f));
      const file = inside.startsWith('..') || isAbsolute(inside) ? basename(f) : inside.split('\\').join('/');
      shownPath.set(file, f);
      const origin = origins.get(file);
      return { file, text: await readFile(f, 'utf8'), ...(origin !== undefined ? { origin } : {}) };
    }),
  );
  const before = await readCatalogFiles(catalogDir);
  const result = await importDocs(pages, before);

  const created: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  for (const [path, text] of Object.entries(result.files)) {
    if (before[path] === undefined) created.push(path);
    else if (before[path] !== text) updated.push(path);
    else unchanged.push(path);
  }
  if (!options.dryRun)
    await writeAll(
      catalogDir,
      [...created, ...updated].map((p) => [p, result.files[p]!]),
    );

  const shown = relative(process.cwd(), catalogDir) || '.';
  const a = result.added;
  console.log(`${options.dryRun ? 'would import' : 'imported'} ${pages.length} page(s) into ${shown}/`);
  for (const p of created) console.log(`  created    ${p}`);
  for (const p of updated) console.log(`  updated    ${p}`);
  console.log(`  unchanged  ${unchanged.length} file(s)`);
  console.log(
    `added: ${a.documents} document(s), ${a.prefixes} prefix(es) + ${a.prefixListings} prefix listing(s), ${a.filters} filter(s), ` +
      `${a.definitions} definition(s) + ${a.definitionAttributes} definition attribute(s), ` +
      `${a.events} event(s), ${a.listings} listing(s), ${a.samples} sample(s), ${a.attributes} attribute(s)`,
  );
  // Diagnostics name pages as given on the command line and catalog files under the catalog directory.
  const located = (d: Diagnostic): string =>
    formatDiagnostic({
      ...d,
      file: shownPath.get(d.file) ?? (result.files[d.file] !== undefined ? join(shown, d.file) : d.file),
    });
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (warnings.length > 0)
    console.error(`${warnings.length} warning(s):\n` + warnings.map((d) => `  ${located(d)}`).join('\n'));
  if (errors.length > 0)
    console.error(`${errors.length} error(s):\n` + errors.map((d) => `  error: ${located(d)}`).join('\n'));
  return hasErrors(result.diagnostics) ? 1 : 0;
}

runCli(main, 1);
