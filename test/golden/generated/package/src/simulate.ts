#!/usr/bin/env node
// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.

/// <reference types="node" />
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { factories } from './fixtures.js';
import { runSimulator } from './support/delivery-cli.js';

/** Made when --event-types is not given; retired types only on request. */
const currentTypes: readonly string[] = [
  'Microsoft.Communication.ChatMessageReceived',
  'Microsoft.Communication.SMSReceived',
];

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

process.exitCode = await runSimulator(process.argv.slice(2), host, {
  command: 'acs-events-simulate',
  factories,
  currentTypes,
});
