/**
 * The validator benchmark's peers are built right: Ajv standalone code bundled by esbuild judges as
 * the compiled Ajv it comes from, and the typia locator says why a typia cannot be used instead of
 * failing later. (Speed itself is `npm run bench`'s business, not a test's.)
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { newDataSchemaAjv } from '../generator/model/data-schema-ajv.ts';
import { ajvStandaloneSource, bundleModule } from '../scripts/bench/peer-ajv-standalone.ts';
import { locateTypia } from '../scripts/bench/peer-typia.ts';
import { ROOT } from '../scripts/fuzz/targets.ts';

let work = '';
test.before(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'bench-peers-test-'));
});
test.after(async () => {
  await rm(work, { recursive: true, force: true });
});

const composeTime = '2021-02-25T21:38:03.5Z';
const message = {
  messageBody: 'Hi',
  messageId: '1',
  senderId: '8:acs:1',
  senderDisplayName: 'Ann',
  composeTime,
  type: 'Text',
  version: 1614288883000,
  recipientId: '8:acs:2',
  transactionId: 't',
  threadId: '19:thread',
};
const CASES: [string, unknown][] = [
  ['a valid message', message],
  ['a bad date-time', { ...message, composeTime: '2021-02-30T21:38:03Z' }],
  ['a missing required property', { ...message, threadId: undefined }],
  ['a fractional int64', { ...message, version: 1.5 }],
  ['not an object', []],
];

test('Ajv standalone code, bundled, judges each payload as the compiled Ajv does (both modes)', async () => {
  const file = path.join(ROOT, 'generated/package/schemas/data/chat-message-received.schema.json');
  const schema = JSON.parse(await readFile(file, 'utf8')) as object;
  for (const allErrors of [false, true]) {
    const source = path.join(work, `standalone-${allErrors}.mjs`);
    await writeFile(source, ajvStandaloneSource(schema, allErrors));
    const bundled = path.join(work, `bundle-${allErrors}.mjs`);
    await writeFile(bundled, await bundleModule(`export { default } from ${JSON.stringify(source)};`, work));
    const standalone = ((await import(pathToFileURL(bundled).href)) as { default: (v: unknown) => boolean })
      .default;
    const compiled = newDataSchemaAjv({ allErrors }).compile(schema);
    const verdicts = CASES.map(([name, value]) => [name, standalone(JSON.parse(JSON.stringify(value)))]);
    assert.equal(
      verdicts,
      CASES.map(([name, value]) => [name, compiled(JSON.parse(JSON.stringify(value)))]),
    );
    assert.equal(verdicts[0]![1], true);
    assert.ok(
      verdicts.slice(1).every(([, ok]) => ok === false),
      `allErrors ${allErrors}`,
    );
  }
});

test('locateTypia: a typia without `typia generate` is reported with its version, a missing one by its place', async () => {
  const none = path.join(work, 'no-typia');
  await mkdir(none, { recursive: true });
  const noTypia = locateTypia({ BENCH_TYPIA_MODULES: none });
  assert.equal(noTypia, { unavailable: `no typia in ${none}` });

  const modules = path.join(work, 'typia-14');
  await mkdir(path.join(modules, 'typia'), { recursive: true });
  await writeFile(path.join(modules, 'typia', 'package.json'), '{ "version": "14.0.6" }');
  const withoutCli = locateTypia({ BENCH_TYPIA_MODULES: modules });
  assert.ok('unavailable' in withoutCli && withoutCli.unavailable.startsWith('typia 14.0.6 ('));

  await mkdir(path.join(modules, 'typia', 'lib', 'executable'), { recursive: true });
  await writeFile(path.join(modules, 'typia', 'lib', 'executable', 'typia.js'), '');
  assert.equal(locateTypia({ BENCH_TYPIA_MODULES: modules }), {
    version: '14.0.6',
    modules,
    cli: path.join(modules, 'typia', 'lib', 'executable', 'typia.js'),
  });
});

test.run();
