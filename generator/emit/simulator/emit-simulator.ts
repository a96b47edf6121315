import { banner } from '../../syntax/banner.ts';
import { type Code, lit, ts } from '../../syntax/ts-code.ts';
import { assignment, call, json, objectLiteral, property } from '../../syntax/ts-layout.ts';
import type { OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';

/** The package's bin: the local Event Grid delivery simulator. */
export const SIMULATOR_COMMAND = 'acs-events-simulate';

/**
 * `simulate.ts`, the package's one Node-only module (its bin): it hands the fixed simulator
 * (support/delivery-cli.ts) the catalog's factories and current event types, and Node's files and
 * streams. The `reference types="node"` line is what type-check-package looks for to compile it apart,
 * so Node's globals stay out of every other module.
 */
export function emitSimulator({ catalog }: EmitContext): OutputFile[] {
  const current = catalog.events.filter((event) => event.status === 'current').map((event) => event.type);
  const code = ts`${IMPORTS}
/** Made when --event-types is not given; retired types only on request. */
${assignment(ts`const currentTypes: readonly string[]`, ts` =`, json(current), false)};
${RUN}`;
  return [
    { path: 'package/src/simulate.ts', contents: SHEBANG + banner('line') + String(code), layout: 'final' },
  ];
}

/** First, as a bin needs it; compile-package keeps it above the banner of the JavaScript. */
const SHEBANG = '#!/usr/bin/env node\n';

const IMPORTS: Code = ts`
/// <reference types="node" />
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { factories } from './fixtures.js';
import { runSimulator } from './support/delivery-cli.js';
`;

const options = objectLiteral([
  property(ts`command`, lit(SIMULATOR_COMMAND)),
  ts`factories`,
  ts`currentTypes`,
]);
const run = ts`await ${call(ts`runSimulator`, [ts`process.argv.slice(2)`, ts`host`, options])}`;

const RUN: Code = ts`
const host = {
  readText: (path: string) => readFile(path, 'utf8'),
  writeText: async (path: string, text: string) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  stderrIsTerminal: process.stderr.isTTY === true,
};

${assignment(ts`process.exitCode`, ts` =`, run, false)};
`;
