#!/usr/bin/env node
// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { factories } from "./fixtures.js";
import { runSimulator } from "./support/delivery-cli.js";
const currentTypes = [
  "Microsoft.Communication.ChatMessageReceived",
  "Microsoft.Communication.SMSReceived"
];
const host = {
  readText: (path) => readFile(path, "utf8"),
  writeText: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTerminal: process.stderr.isTTY === true
};
process.exitCode = await runSimulator(process.argv.slice(2), host, {
  command: "acs-events-simulate",
  factories,
  currentTypes
});
