/**
 * model/emit-memo.ts: the emitters remember each event's and each definition's files in the unit
 * memo. After any kind of edit, a run with the previous run's units must emit exactly the files a
 * run without them emits (byte for byte, in the same order), re-rendering only the units whose
 * inputs the edit touched.
 *
 * Units: an event has 6 (its validator module, its fixtures module and sample files, its JSON
 * schemas and bundle pieces, its docs page and example, its member of catalog.json, its
 * declarations in types.ts), a definition 3 (its validator module, its JSON schema, its declaration
 * in types.ts), and a validator module with anyOf/oneOf alternatives after another one's one more
 * (the module numbered where the alternatives before it end). The golden catalog has 3 events and
 * 9 definitions, and no alternatives: 45 units.
 */
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { emitAll, packageEntries } from '../generator/emit/registry.ts';
import { hasErrors } from '../generator/model/diagnostic.ts';
import { emitContext } from '../generator/model/emit-context.ts';
import type { OutputFile } from '../generator/model/catalog-model.ts';
import { check } from '../generator/stages/check.ts';
import { load, loadRuntime, loadTemplates } from '../generator/stages/load.ts';
import { normalize } from '../generator/stages/normalize.ts';
import { emitMemo, unitMemo, type UnitMemo } from '../generator/stages/unit-memo.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SMS = 'events/sms/SMSReceived.yaml';
const CHAT = 'events/chat/ChatMessageReceived.yaml';
const INSTANT = 'events/chat/InstantMessageReceived.yaml';

const fixed = Promise.all([
  loadRuntime(path.join(ROOT, 'generator/runtime')),
  loadTemplates(path.join(ROOT, 'templates')),
]);

async function replaceIn(dir: string, file: string, from: string, to: string): Promise<void> {
  const text = await readFile(path.join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  await writeFile(path.join(dir, file), text.replace(from, to));
}

/** A copy of ChatMessageReceived as ChatMessageArrived: a second event using the same definitions. */
async function copyChat(dir: string): Promise<void> {
  const text = await readFile(path.join(dir, CHAT), 'utf8');
  await writeFile(
    path.join(dir, 'events/chat/ChatMessageArrived.yaml'),
    text
      .replaceAll('Microsoft.Communication.ChatMessageReceived', 'Microsoft.Communication.ChatMessageArrived')
      .replace(/\n {4}errata:\n(?: {6}.*\n| {8}.*\n| {10}.*\n| {12}.*\n)+/g, '\n'),
  );
}

/** An anyOf of two schemas that are not bare `$ref`s: its validator gets functions of its own. */
const withAlternative = (dir: string, file: string, property: string) =>
  replaceIn(
    dir,
    file,
    `    ${property}:\n      type: string\n`,
    `    ${property}:\n      anyOf:\n        - type: string\n        - type: "null"\n`,
  );

/** The package's files from the catalog in `dir`, as the pipeline's emit stage writes them. */
async function emitted(dir: string, memo?: UnitMemo): Promise<OutputFile[]> {
  const loaded = await load(dir, 'catalog');
  const diagnostics = check(loaded);
  if (hasErrors(diagnostics))
    throw new Error(diagnostics.map((diagnostic) => `${diagnostic.file}: ${diagnostic.message}`).join('\n'));
  const catalog = normalize(loaded);
  const [runtime, templates] = await fixed;
  return emitAll(
    emitContext(catalog, {
      runtime,
      templates,
      entries: packageEntries(runtime),
      ...(memo ? { memo: emitMemo(memo) } : {}),
    }),
  );
}

async function withCatalog(
  run: (dir: string) => Promise<void>,
  source = 'test/golden/catalog',
): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'acs-emit-units-'));
  try {
    await cp(path.join(ROOT, source), path.join(work, 'catalog'), { recursive: true });
    await run(path.join(work, 'catalog'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const EDITS: {
  name: string;
  /** Applied before the first run. */
  setup?: (dir: string) => Promise<void>;
  edit: (dir: string) => Promise<void>;
  /** Units in the first run, and the ones the second could not take from it. */
  units: number;
  redone: number;
}[] = [
  {
    name: 'an event description (its 6 units)',
    edit: (dir) =>
      replaceIn(
        dir,
        SMS,
        'description: Published when an SMS is received',
        'description: Sent when an SMS is received',
      ),
    units: 45,
    redone: 6,
  },
  {
    name: 'a data schema field (its 6 units)',
    edit: (dir) => replaceIn(dir, SMS, 'description: The SMS content.', 'description: The SMS text.'),
    units: 45,
    redone: 6,
  },
  {
    name: 'a sample (its 6 units)',
    edit: (dir) => replaceIn(dir, SMS, '"message":"SMS Message"', '"message":"An SMS message"'),
    units: 45,
    redone: 6,
  },
  {
    name: 'a subject pattern (its 6 units)',
    edit: async (dir) => {
      await replaceIn(dir, SMS, 'pattern: /phonenumber/{phoneNumber}', 'pattern: /phonenumber/{number}');
      await replaceIn(dir, SMS, '      phoneNumber:\n', '      number:\n');
    },
    units: 45,
    redone: 6,
  },
  {
    // CommunicationUserIdentifier is used by CommunicationIdentifier, which ChatParticipant and both
    // chat events use: 3 definitions x 3 + 2 events x 6.
    name: 'a shared definition used by two events (21 units)',
    setup: copyChat,
    edit: (dir) =>
      replaceIn(
        dir,
        'definitions.yaml',
        'description: The ACS user id, e.g. `8:acs:<resource id>_<user id>`.',
        'description: The ACS user id.',
      ),
    units: 51,
    redone: 21,
  },
  {
    name: 'an erratum (its 6 units)',
    edit: (dir) =>
      replaceIn(dir, CHAT, 'wrong: senderDisplayName "Jhon".', 'wrong: senderDisplayName is "Jhon".'),
    units: 45,
    redone: 6,
  },
  {
    name: 'a new event (its 6 units)',
    edit: copyChat,
    units: 45,
    redone: 6,
  },
  {
    name: 'a removed event (nothing)',
    setup: copyChat,
    edit: (dir) => unlink(path.join(dir, 'events/chat/ChatMessageArrived.yaml')),
    units: 51,
    redone: 0,
  },
  {
    // Alternatives are numbered across the package: SMSReceived's now come after ChatMessageReceived's
    // (InstantMessageReceived, between them, has none: its module does not depend on the numbering).
    name: "an alternative in one event (its 6 units, and a later event's validator renumbered)",
    setup: (dir) => withAlternative(dir, SMS, 'messageId'),
    edit: (dir) => withAlternative(dir, CHAT, 'messageId'),
    units: 45,
    redone: 7,
  },
  {
    // ChatMessageReceived's page no longer says it replaces InstantMessageReceived.
    name: 'a retired event removed (the page of the event that replaced it)',
    edit: (dir) => unlink(path.join(dir, INSTANT)),
    units: 45,
    redone: 1,
  },
];

for (const { name, setup, edit, units, redone } of EDITS) {
  test(`after ${name}: the remembered run emits what a fresh one does and redoes ${redone} units`, () =>
    withCatalog(async (dir) => {
      await setup?.(dir);
      const first = unitMemo();
      await emitted(dir, first);
      assert.is(first.next.size, units);
      await edit(dir);
      const second = unitMemo(first.next);
      const warm = await emitted(dir, second);
      const cold = await emitted(dir);
      assert.equal(warm, cold);
      assert.is([...second.next.keys()].filter((key) => !first.next.has(key)).length, redone);
    }));
}

test('a remembered run with no edit redoes nothing', () =>
  withCatalog(async (dir) => {
    const first = unitMemo();
    const cold = await emitted(dir, first);
    const second = unitMemo(first.next);
    assert.equal(await emitted(dir, second), cold);
    assert.equal([...second.next.keys()].sort(), [...first.next.keys()].sort());
  }));

// The real catalog has what the golden one lacks: events with wire forms (their bundle data is laid
// out with the shared definitions every run) and validator modules with alternatives after others'.
test('the real catalog, after editing an event with wire forms and one with numbered alternatives', () =>
  withCatalog(async (dir) => {
    const first = unitMemo();
    await emitted(dir, first);
    await replaceIn(
      dir,
      'events/calls/CallEnded.yaml',
      'description: Published when',
      'description: Sent when',
    );
    await replaceIn(
      dir,
      'events/router/RouterWorkerDeleted.yaml',
      'description: Published when',
      'description: Sent when',
    );
    const second = unitMemo(first.next);
    const warm = await emitted(dir, second);
    assert.equal(warm, await emitted(dir));
    // 6 units each: RouterWorkerDeleted's validator is written once, numbered where the alternatives
    // before it end (a numbered copy is written only when that number moves).
    assert.is([...second.next.keys()].filter((key) => !first.next.has(key)).length, 12);
  }, 'catalog'));

test.run();
