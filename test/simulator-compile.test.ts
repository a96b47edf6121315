/**
 * The package's bin is its one Node-only module: typeCheckPackage checks it apart, with Node's types,
 * so Node's globals never type-check in the modules every runtime imports; compilePackage transpiles
 * it like any other module and keeps its `#!` line above the banner.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compilePackage } from '../generator/stages/compile-package.ts';
import { typeCheckPackage } from '../generator/stages/type-check-package.ts';

const NODE_REFERENCE = '/// <reference types="node" />\n';
const shared = {
  path: 'package/src/shared.ts',
  contents: 'export const twice = (n: number): number => 2 * n;\n',
};

test('a module without the Node reference cannot use Node globals', () => {
  const errors = typeCheckPackage([
    shared,
    {
      path: 'package/src/leaky.ts',
      contents:
        "import { twice } from './shared.js';\nexport const n: number = twice(process.argv.length);\n",
    },
    {
      path: 'package/src/bin.ts',
      contents: `#!/usr/bin/env node\n${NODE_REFERENCE}console.log(process.argv);\n`,
    },
  ]);
  assert.equal(
    errors.map((error) => error.replace(/:\d+:\d+:/, ':')),
    [
      "generated/package/src/leaky.ts: Cannot find name 'process'. Do you need to install type definitions for node? Try `npm i --save-dev @types/node` and then add 'node' to the types field in your tsconfig.",
    ],
  );
});

test('the Node-only module compiles with Node types; its JavaScript keeps the #! line above the banner', async () => {
  const { files, errors } = await compilePackage([
    shared,
    {
      path: 'package/src/bin.ts',
      contents: `#!/usr/bin/env node\n${NODE_REFERENCE}import { twice } from './shared.js';\nprocess.exitCode = twice(0);\n`,
    },
  ]);
  assert.equal(errors, []);
  const byPath = new Map(files.map((file) => [file.path, file.contents]));
  assert.equal(
    [...byPath.keys()],
    ['package/dist/bin.d.ts', 'package/dist/bin.js', 'package/dist/shared.d.ts', 'package/dist/shared.js'],
  );
  const lines = byPath.get('package/dist/bin.js')!.split('\n');
  assert.equal(
    lines.slice(0, 2).map((line) => line.slice(0, 20)),
    ['#!/usr/bin/env node', '// DO NOT EDIT: gene'],
  );
  assert.ok(byPath.get('package/dist/bin.d.ts')!.startsWith('// DO NOT EDIT'));
});

test.run();
