import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { STATUS } from '../generator/runtime/support/webhook-status.ts';

const readme = readFileSync(new URL('../generated/package/README.md', import.meta.url), 'utf8');
const table = readme.slice(readme.indexOf('| Request'), readme.indexOf('\n\n', readme.indexOf('| Request')));
/** The status codes the table's Answer column starts with, and any it names after (`failureStatus: 503`). */
const answered = new Set(
  table
    .split('\n')
    .slice(2)
    .flatMap((row) => [...row.split('|')[2]!.matchAll(/\b[1-5]\d\d\b/g)].map((match) => Number(match[0]))),
);

for (const [name, code] of Object.entries(STATUS)) {
  test(`the package README says when the webhook answers ${code} (${name})`, () => {
    assert.ok(answered.has(code), `${code} is not in the README's table of answers:\n${table}`);
  });
}

test('the table answers with no code the webhook does not use', () => {
  assert.equal([...answered].sort(), Object.values(STATUS).sort());
});

test.run();
