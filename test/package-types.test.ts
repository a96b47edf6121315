/**
 * The committed package's types under `strict`: snippets a user would write against its public API,
 * each type-checked against generated/package/src and expected to compile or to fail with a given
 * message.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const TMP = fileURLToPath(new URL('./tmp/package-types/', import.meta.url));
const SRC = fileURLToPath(new URL('../generated/package/src/', import.meta.url));

/** A snippet and what tsc must say: nothing (`compiles`) or an error matching the pattern. */
interface Case {
  name: string;
  code: string;
  expect: 'compiles' | RegExp;
}

const IMPORTS = `import {
  isCloudEventType, isEventType, matchesFilter, parseEvents, validateFilter,
  type AcsEventSubscriptionFilter, type AdvancedFilter, type EventSubscriptionFilter,
} from '${SRC}index.js';
import { fixtureList, fixtures, invalidVariants } from '${SRC}fixtures.js';
export {};
`;

const CASES: Case[] = [
  {
    name: 'a validated CloudEvent of a known type has its data (no "possibly undefined")',
    code: `for (const r of parseEvents('[]')) {
  if (r.status === 'valid' && r.schema === 'cloudevents'
      && isCloudEventType(r.event, 'Microsoft.Communication.ChatMessageReceivedInThread')) {
    const threadId: string = r.event.data.threadId;
    void threadId;
  }
}`,
    expect: 'compiles',
  },
  {
    name: 'a validated Event Grid event of a known type has its data',
    code: `for (const r of parseEvents('[]')) {
  if (r.status === 'valid' && r.schema === 'eventgrid'
      && isEventType(r.event, 'Microsoft.Communication.ChatMessageReceivedInThread')) {
    const threadId: string = r.event.data.threadId;
    void threadId;
  }
}`,
    expect: 'compiles',
  },
  {
    name: 'a fixture is read-only all the way down',
    code: `fixtures.eventGrid['Microsoft.Communication.ChatMessageReceivedInThread']['2021-02'].data.messageId = 'x';`,
    expect: /Cannot assign to 'messageId' because it is a read-only property/,
  },
  {
    name: 'a CloudEvent fixture is read-only all the way down',
    code: `fixtures.cloudEvents['Microsoft.Communication.SMSReceived']['2020-03'].data.to = 'x';`,
    expect: /Cannot assign to 'to' because it is a read-only property/,
  },
  {
    name: "fixtureList's arrays are read-only",
    code: `const e = fixtureList[0]!.eventGrid; if (e.eventType === 'Microsoft.Communication.ChatThreadCreated') e.data.participants.push();`,
    expect: /Property 'push' does not exist on type 'readonly/,
  },
  {
    name: 'an invalid variant is read-only',
    code: `invalidVariants['Microsoft.Communication.SMSReceived'][0]!.name = 'x';`,
    expect: /Cannot assign to 'name' because it is a read-only property/,
  },
  {
    name: 'an advanced filter operator typo does not compile',
    code: `const f: AdvancedFilter = { operatorType: 'StringContain', key: 'data.messageBody', values: ['a'] }; void f;`,
    expect: /Type '"StringContain"' is not assignable to type 'AdvancedFilterOperator'/,
  },
  {
    name: 'a documented operator compiles',
    code: `const f: AdvancedFilter = { operatorType: 'StringContains', key: 'data.messageBody', values: ['a'] }; void f;`,
    expect: 'compiles',
  },
  {
    name: "the package's filter type knows the catalog's event types",
    code: `const f: AcsEventSubscriptionFilter = { includedEventTypes: ['Microsoft.Communication.SMSReceivd'] }; void f;`,
    expect: /Type '"Microsoft.Communication.SMSReceivd"' is not assignable to type 'keyof AcsEventDataMap'/,
  },
  {
    name: 'a catalog event type in the typed filter compiles, and matchesFilter takes it',
    code: `const f: AcsEventSubscriptionFilter = { includedEventTypes: ['Microsoft.Communication.SMSReceived'] };
matchesFilter({}, f);`,
    expect: 'compiles',
  },
  {
    name: 'a generic filter accepts any string, and a JSON-loaded filter goes through validateFilter',
    code: `const f: EventSubscriptionFilter = { includedEventTypes: ['Contoso.Items.ItemCreated'] };
const checked = validateFilter(JSON.parse('{}'));
if (checked.ok) matchesFilter({}, checked.filter);
matchesFilter({}, f);`,
    expect: 'compiles',
  },
];

let results: Map<string, string[]>;

test.before(() => {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  writeFileSync(path.join(TMP, 'package.json'), '{ "type": "module" }\n');
  const files = CASES.map((c, i) => {
    const file = path.join(TMP, `case-${i}.ts`);
    writeFileSync(file, IMPORTS + c.code + '\n');
    return file;
  });
  const program = ts.createProgram({
    rootNames: files,
    options: {
      strict: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts'],
      types: [],
    },
  });
  results = new Map(files.map((file) => [file, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? '';
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (results.has(file)) results.get(file)!.push(message);
    else if (!file.startsWith(SRC)) results.set(file, [message]);
    else throw new Error(`the package itself does not compile: ${file}: ${message}`);
  }
});

CASES.forEach((c, i) => {
  test(c.name, () => {
    const errors = results.get(path.join(TMP, `case-${i}.ts`)) ?? [];
    if (c.expect === 'compiles') assert.equal(errors, [], errors.join('\n'));
    else {
      const pattern = c.expect;
      assert.ok(
        errors.some((error) => pattern.test(error)),
        `expected ${pattern}, got: ${errors.join('\n') || 'no error'}`,
      );
    }
  });
});

test.run();
