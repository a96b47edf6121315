/**
 * The package README's example (templates/readme-receiver.ts, embedded at generate time) as a
 * reader gets it: in a project where `@acs-toolkit/events` is installed (a node_modules link to
 * generated/package), it compiles under strict and, run, answers the handshake and logs events.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startListening } from './support/listening-process.ts';
import { docsSample, validationEvent } from './support/webhook-cases.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EXAMPLE = readFileSync(path.join(ROOT, 'templates/readme-receiver.ts'), 'utf8');
const PROJECT = path.join(ROOT, 'test/tmp', `readme-receiver-${process.pid}`);
const MAIN = path.join(PROJECT, 'main.ts');

function setUpProject(): void {
  rmSync(PROJECT, { recursive: true, force: true });
  mkdirSync(path.join(PROJECT, 'node_modules/@acs-toolkit'), { recursive: true });
  symlinkSync(
    path.join(ROOT, 'generated/package'),
    path.join(PROJECT, 'node_modules/@acs-toolkit/events'),
    'dir',
  );
  writeFileSync(path.join(PROJECT, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  writeFileSync(MAIN, EXAMPLE);
}

test.before(setUpProject);
test.after(() => rmSync(PROJECT, { recursive: true, force: true }));

test('the README shows the example file, verbatim', () => {
  const readme = readFileSync(path.join(ROOT, 'generated/package/README.md'), 'utf8');
  assert.ok(
    readme.includes(`\`\`\`ts\n${EXAMPLE.trimEnd()}\n\`\`\`\n`),
    'README embeds templates/readme-receiver.ts',
  );
  assert.not.match(readme, /isEventType/, 'the old example is gone');
});

test('it compiles under strict against the installed package', () => {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    types: ['node'],
  };
  const program = ts.createProgram({ rootNames: [MAIN], options });
  const messages = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.equal(messages, []);
});

test('run, it answers the handshake and logs each event of the two envelopes', async () => {
  const server = await startListening([MAIN], { cwd: PROJECT, env: { PORT: '0' } });
  try {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`http://127.0.0.1:${server.port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const handshake = await post([validationEvent('R-1')], { 'aeg-event-type': 'SubscriptionValidation' });
    assert.equal(await handshake.json(), { validationResponse: 'R-1' });
    const chat = docsSample('Microsoft.Communication.ChatMessageReceived', 'eventgrid');
    const sms = docsSample('Microsoft.Communication.SMSReceived', 'cloudevents');
    assert.is((await post([chat])).status, 200);
    assert.is((await post(sms)).status, 200);
    assert.is((await post([{ ...chat, id: 'other-1', eventType: 'Contoso.Orders.Shipped' }])).status, 200);
    const data = (event: Record<string, unknown>) => event.data as Record<string, string>;
    await server.waitFor(/not an ACS event: Contoso\.Orders\.Shipped/);
    assert.ok(server.output().includes(`chat message in ${data(chat).threadId}: ${data(chat).messageBody}`));
    assert.ok(server.output().includes(`SMS from ${data(sms).from}: ${data(sms).message}`));
  } finally {
    await server.stop();
  }
});

test.run();
