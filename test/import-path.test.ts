import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { importPath } from '../generator/syntax/import-path.ts';

test('relative specifiers between package modules name the .js', () => {
  const cases: [from: string, to: string, specifier: string][] = [
    ['package/src/validators.ts', 'package/src/validators/lookup.ts', './validators/lookup.js'],
    ['package/src/validators.ts', 'package/src/support/validation.ts', './support/validation.js'],
    ['package/src/validators/lookup.ts', 'package/src/support/validation.ts', '../support/validation.js'],
    ['package/src/validators/events/a.ts', 'package/src/types.ts', '../../types.js'],
    ['package/src/validators/events/a.ts', 'package/src/validators/definitions/B.ts', '../definitions/B.js'],
    ['package/src/validators/definitions/A.ts', 'package/src/validators/definitions/B.ts', './B.js'],
    ['package/src/fixtures/events/a.ts', 'package/src/fixtures/events/b.ts', './b.js'],
  ];
  for (const [from, to, specifier] of cases) assert.is(importPath(from, to), specifier, `${from} → ${to}`);
});

test.run();
