import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { specDifferences } from '../generator/import/spec/spec-agreement.ts';
import { importSpec } from '../generator/import/spec/spec-import.ts';
import type { RawSourcesFile } from '../generator/model/catalog-model.ts';
import { check } from '../generator/stages/check.ts';
import { load, type LoadedFile } from '../generator/stages/load.ts';
import { printDiagnostics, runCli } from './cli.ts';

const HELP = `Usage: npm run lint-catalog -- [--catalog <dir>]

Checks the catalog; prints file:line:column: path: message per problem; exit 1 on any error.
When sources.yaml lists the REST API spec (format swagger), every difference between the spec and a
curated schema that no erratum names is a warning: the reconciliation still to record.`;

runCli(async () => {
  const { values } = parseArgs({
    options: { catalog: { type: 'string', default: 'catalog' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const loaded = await load(values.catalog);
  const diagnostics = check(loaded);
  const errors = printDiagnostics(diagnostics);
  const warnings = diagnostics.length - errors;
  console.log(`${loaded.files.length} catalog files checked: ${errors} errors, ${warnings} warnings.`);
  if (errors === 0) await reportSpecAgreement(values.catalog, loaded.files);
  return errors > 0 ? 1 : 0;
});

/** The spec's differences from the curated schemas that no erratum records yet, and the counts. */
async function reportSpecAgreement(catalogDir: string, files: readonly LoadedFile[]): Promise<void> {
  const sources = files.find((file) => file.kind === 'sources')?.value as RawSourcesFile | undefined;
  const spec = sources?.documents.find((document) => document.format === 'swagger');
  if (spec === undefined) return;
  const specPath = path.join(catalogDir, 'sources', spec.file);
  // The catalog's text as load read it, by path relative to the catalog directory (read once).
  const catalog = Object.fromEntries(
    files.map((file) => [
      path.relative(catalogDir, file.path).split(path.sep).join('/'),
      file.lines.join('\n'),
    ]),
  );
  const result = importSpec(
    path.relative(process.cwd(), specPath),
    await readFile(specPath, 'utf8'),
    catalog,
  );
  const differences = specDifferences(result.diagnostics, catalog);
  const open = differences.filter((difference) => !difference.recorded);
  printDiagnostics(
    open.map(({ diagnostic }) => ({
      ...diagnostic,
      file: path.join(catalogDir, diagnostic.file).split(path.sep).join('/'),
    })),
  );
  console.log(
    `REST API spec (${spec.id}): ${differences.length} differences from the curated schemas, ` +
      `${differences.length - open.length} named by an erratum, ${open.length} not yet recorded (warnings above).`,
  );
}
