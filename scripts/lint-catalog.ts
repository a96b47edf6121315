import { parseArgs } from 'node:util';
import { check } from '../generator/stages/check.ts';
import { load } from '../generator/stages/load.ts';
import { printDiagnostics, runCli } from './cli.ts';

runCli(async () => {
  const { values } = parseArgs({
    options: { catalog: { type: 'string', default: 'catalog' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(
      'Usage: npm run lint-catalog -- [--catalog <dir>]\nChecks the catalog; prints file:line:column: path: message per problem; exit 1 on any error.',
    );
    return 0;
  }
  const loaded = await load(values.catalog);
  const diagnostics = check(loaded);
  const errors = printDiagnostics(diagnostics);
  const warnings = diagnostics.length - errors;
  console.log(`${loaded.files.length} catalog files checked: ${errors} errors, ${warnings} warnings.`);
  return errors > 0 ? 1 : 0;
});
