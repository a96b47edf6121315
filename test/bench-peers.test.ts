/**
 * The validator benchmark's peers are built right: Ajv standalone code bundled by esbuild judges as
 * the compiled Ajv it comes from, and the typia locator says why a typia cannot be used instead of
 * failing later, and the typia that checks date-times gets its tags on exactly the schemas'
 * date-time properties. (Speed itself is `npm run bench`'s business, not a test's.)
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { newDataSchemaAjv } from '../generator/model/data-schema-ajv.ts';
import { ABLATIONS, freshValidators } from '../scripts/bench/ours-ablations.ts';
import { ajvStandaloneSource, bundleModule } from '../scripts/bench/peer-ajv-standalone.ts';
import { dateTimeProperties, locateTypia, withDateTimeTags } from '../scripts/bench/peer-typia.ts';
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

test('ablations: each variant builds and switches off just its check', async () => {
  const inherited = Object.assign(Object.create({ threadId: '19:thread' }) as object, {
    ...message,
    threadId: undefined,
  });
  delete (inherited as { threadId?: unknown }).threadId;
  const cases: [string, unknown][] = [
    ['a valid message', message],
    ['a bad date-time', { ...message, composeTime: '2021-02-30T21:38:03Z' }],
    ['a required property only inherited', inherited],
    ['a fractional int64', { ...message, version: 1.5 }],
  ];
  const expected: Record<string, boolean[]> = {
    ours: [true, false, false, false],
    'without date-time': [true, true, false, false],
    'without own-property checks': [true, false, true, false],
    'without both': [true, true, true, false],
  };
  for (const [name, patches] of [['ours', []], ...Object.entries(ABLATIONS)] as const) {
    const loaded = await freshValidators(work, patches);
    if (typeof loaded === 'string') throw new Error(`${name}: ${loaded}`);
    const guard = loaded.isAcsChatMessageReceivedEventData!;
    const validate = loaded.validateAcsChatMessageReceivedEventData! as (v: unknown) => { ok: boolean };
    assert.equal(
      cases.map(([, value]) => guard(value)),
      expected[name],
      `${name} (guard)`,
    );
    assert.equal(
      cases.map(([, value]) => validate(value).ok),
      expected[name],
      `${name} (validate)`,
    );
  }
});

const TYPES = [
  'export interface Base {',
  '  createTime: string;',
  '}',
  'export interface Event extends Base {',
  '  composeTime?: string;',
  '  scheduledOn: string | null;',
  '  note: string;',
  '  nested: {',
  '    composeTime: string;',
  '  };',
  '}',
].join('\n');

test('withDateTimeTags: tags the date-time properties of their own interface only; a property not found throws', () => {
  const dateTimes = dateTimeProperties({
    definitions: [{ name: 'Base', schema: { properties: { createTime: { format: 'date-time' } } } }],
    events: [
      {
        names: { dataType: 'Event' },
        schema: {
          allOf: [
            { $ref: '#/$defs/Base' },
            {
              properties: {
                composeTime: { format: 'date-time' },
                scheduledOn: { format: 'date-time' },
                note: { type: 'string' },
              },
            },
          ],
        },
      },
    ],
  });
  assert.equal(
    [...dateTimes].map(([name, keys]) => [name, [...keys]]),
    [
      ['Base', ['createTime']],
      ['Event', ['composeTime', 'scheduledOn']],
    ],
  );
  const tag = "string & tags.Format<'date-time'>";
  assert.equal(withDateTimeTags(TYPES, dateTimes).split('\n'), [
    "import type { tags } from 'typia';",
    'export interface Base {',
    `  createTime: ${tag};`,
    '}',
    'export interface Event extends Base {',
    `  composeTime?: ${tag};`,
    `  scheduledOn: (${tag}) | null;`,
    '  note: string;',
    '  nested: {',
    '    composeTime: string;',
    '  };',
    '}',
  ]);
  assert.throws(
    () => withDateTimeTags(TYPES, new Map([['Base', new Set(['deleteTime'])]])),
    /no string property for Base\.deleteTime/,
  );
});

test('withDateTimeTags: every date-time property of the generated catalog is found in types.ts', async () => {
  const catalog = JSON.parse(await readFile(path.join(ROOT, 'generated/catalog.json'), 'utf8')) as Parameters<
    typeof dateTimeProperties
  >[0];
  const dateTimes = dateTimeProperties(catalog);
  const types = await readFile(path.join(ROOT, 'generated/package/src/types.ts'), 'utf8');
  const tagged = withDateTimeTags(types, dateTimes);
  const count = [...dateTimes.values()].reduce((sum, keys) => sum + keys.size, 0);
  assert.ok(count > 0);
  assert.is(tagged.split("tags.Format<'date-time'>").length - 1, count);
});

test.run();
