/**
 * The repository's own README (not the generated package's): markdownlint-clean under the same
 * committed config as the generated docs, so its figures and tables render as written.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { markdownlint } from './support/markdown-pages.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

test('the repository README is markdownlint-clean', async () => {
  const config = path.join(ROOT, '.markdownlint-cli2.jsonc');
  const result = await markdownlint(ROOT, ['--config', config, '--no-globs', 'README.md']);
  assert.ok(result.ok, result.output);
  assert.match(result.output, /Linting: 1 file\(s\)/);
});

test.run();
