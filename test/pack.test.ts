import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const run = promisify(execFile);
const PACKAGE_DIR = fileURLToPath(new URL('../generated/package/', import.meta.url));
const CATALOG_JSON = fileURLToPath(new URL('../generated/catalog.json', import.meta.url));
const SAMPLE_COUNT = (
  JSON.parse(readFileSync(CATALOG_JSON, 'utf8')) as { events: { samples: unknown[] }[] }
).events.flatMap((event) => event.samples).length;

test('publint reports no errors on the generated package', async () => {
  const { messages } = await publint({ pkgDir: PACKAGE_DIR, strict: true });
  assert.equal(
    messages.filter((message) => message.type === 'error'),
    [],
  );
});

const CONSUMER_TS = `
import { parseEvents, isEventType, validateAcsSmsReceivedEventData, type AcsSmsReceivedEvent } from '@acs-toolkit/events';
import { dataValidators } from '@acs-toolkit/events/validators';
import { parseSubject } from '@acs-toolkit/events/subjects';
import { matchesFilter } from '@acs-toolkit/events/filter';

export function handle(body: string): string[] {
  const seen: string[] = [];
  for (const result of parseEvents(body)) {
    if (result.status === 'valid' && result.schema === 'eventgrid' && isEventType(result.event, 'Microsoft.Communication.SMSReceived')) {
      const event: AcsSmsReceivedEvent = result.event;
      const to: string = event.data.to;
      seen.push(to, parseSubject('Microsoft.Communication.SMSReceived', event.subject)?.phoneNumber ?? '');
    }
  }
  return seen;
}
export const checks = [validateAcsSmsReceivedEventData, dataValidators, matchesFilter];
`;

const CONSUMER_MJS = `
import { readFileSync } from 'node:fs';
import { parseEvents } from '@acs-toolkit/events';
const catalog = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const events = catalog.events.flatMap((event) => event.samples.map((sample) => sample.corrected));
const results = parseEvents(JSON.stringify(events));
const counts = {};
for (const result of results) counts[result.status] = (counts[result.status] ?? 0) + 1;
console.log(JSON.stringify(counts));
`;

test('npm pack → install in an empty project → strict NodeNext consumer compiles → ESM script validates every docs sample', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'acs-consumer-'));
  try {
    const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', dir], {
      cwd: PACKAGE_DIR,
    });
    const tarball = path.join(dir, stdout.trim().split('\n').pop()!);
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    await run('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: dir });

    await writeFile(path.join(dir, 'consumer.ts'), CONSUMER_TS);
    const program = ts.createProgram([path.join(dir, 'consumer.ts')], {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.equal(diagnostics, []);

    await writeFile(path.join(dir, 'consumer.mjs'), CONSUMER_MJS);
    const result = await run(process.execPath, [path.join(dir, 'consumer.mjs'), CATALOG_JSON], { cwd: dir });
    assert.ok(SAMPLE_COUNT > 0);
    assert.equal(JSON.parse(result.stdout), { valid: SAMPLE_COUNT });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
