/**
 * npm run import-spec -- <spec file> [--catalog <dir>] [--dry-run]
 *
 * Imports the ACS REST API spec (Swagger 2.0 event data definitions) into the YAML catalog: new
 * events and shared definitions are added, existing ones gain their `spec:` link and are compared
 * with the spec (differences reported as file:line:column, curated text never changed). Only this
 * script touches the file system; reading and merging are pure.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSourcesTsv } from '../generator/import/docs-import.ts';
import { importSpec, type SpecSource } from '../generator/import/spec/spec-import.ts';
import { readCatalogFiles } from './catalog-files.ts';
import { printDiagnostics, runCli } from './cli.ts';

const HELP = `Usage: npm run import-spec -- <spec file> [options]

Imports the REST API spec of the ACS Event Grid events (Swagger 2.0) into the YAML catalog:
each event data definition becomes an event file (events/<category>/<Name>.yaml), every other
definition a shared definition (definitions.yaml) when some event uses it. Existing events
and definitions only gain their spec: link; where their curated schema differs from the spec,
a warning says where. A spec file inside the sources directory is registered in sources.yaml
(document rest-api-spec, origin from SOURCES.tsv). A second run changes nothing.

Options:
  --catalog <dir>  catalog directory (default: catalog/ next to scripts/)
  --sources <dir>  the copied sources (default: <catalog>/sources)
  --dry-run        report what would change, write nothing
  -h, --help       show this help

Exit status: 0 on success (warnings allowed), 1 on errors.`;

interface Options {
  catalog: string;
  sources?: string;
  dryRun: boolean;
  spec: string;
}

function parseArgs(argv: string[]): Options | 'help' {
  let catalog = fileURLToPath(new URL('../catalog', import.meta.url));
  let sources: string | undefined;
  let dryRun = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--catalog') {
      const value = argv[++i];
      if (value === undefined) throw new Error('--catalog needs a directory');
      catalog = value;
    } else if (arg.startsWith('--catalog=')) catalog = arg.slice('--catalog='.length);
    else if (arg === '--sources') {
      sources = argv[++i];
      if (sources === undefined) throw new Error('--sources needs a directory');
    } else if (arg.startsWith('--sources=')) sources = arg.slice('--sources='.length);
    else if (arg === '--') continue;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg} (see --help)`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new Error('give exactly one spec file (see --help)');
  return { catalog, ...(sources !== undefined ? { sources } : {}), dryRun, spec: files[0]! };
}

/** The spec as a document: its path relative to the sources directory, origin from SOURCES.tsv; undefined outside it. */
async function specSource(sourcesDir: string, spec: string): Promise<SpecSource | undefined> {
  const inside = relative(sourcesDir, resolve(spec));
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
  const file = inside.split('\\').join('/');
  const tsv = await readFile(join(sourcesDir, 'SOURCES.tsv'), 'utf8').catch((e: NodeJS.ErrnoException) =>
    e.code === 'ENOENT' ? '' : Promise.reject(e),
  );
  const origin = readSourcesTsv(tsv).get(file);
  return { file, ...(origin !== undefined ? { origin } : {}) };
}

runCli(async () => {
  const options = parseArgs(process.argv.slice(2));
  if (options === 'help') {
    console.log(HELP);
    return 0;
  }
  const { catalog, dryRun, spec } = options;
  const result = importSpec(
    relative(process.cwd(), spec),
    await readFile(spec, 'utf8'),
    await readCatalogFiles(catalog),
    await specSource(resolve(options.sources ?? join(catalog, 'sources')), spec),
  );
  const shown = relative(process.cwd(), catalog) || '.';
  const errors = printDiagnostics(
    result.diagnostics.map((d) =>
      d.file === relative(process.cwd(), spec) ? d : { ...d, file: join(shown, d.file) },
    ),
  );
  for (const [path, text] of Object.entries(result.changes)) {
    if (dryRun) continue;
    await mkdir(dirname(join(catalog, path)), { recursive: true });
    await writeFile(join(catalog, path), text);
  }
  const { spec: s, counts: c } = result;
  console.log(
    `spec: ${s.definitions} definitions (${s.events} events, ${s.sharedDefinitions} shared definitions), ${s.properties} properties\n` +
      `catalog${dryRun ? ' (dry run, nothing written)' : ''}: ${c.eventsAdded} events added, ${c.eventsLinked} linked; ` +
      `${c.definitionsAdded} definitions added, ${c.definitionsLinked} linked, ${c.unused} unused by the catalog (not added); ${c.unchanged} already linked; ` +
      `${Object.keys(result.changes).length} files ${dryRun ? 'would change' : 'changed'}; ` +
      `${result.diagnostics.length} diagnostics (${errors} errors)`,
  );
  return errors > 0 ? 1 : 0;
}, 2);
