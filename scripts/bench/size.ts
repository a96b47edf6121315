/**
 * What one validator costs in a user's bundle: esbuild (bundle, minify, ESM, tree shaking) of an
 * entry importing one validator from generated/package/dist/validators.js; bytes and gzip bytes.
 * Also: every event's validator alone (min/median/max), the whole module, and — to tell whether the
 * module's top-level lookup maps (dataValidators/dataGuards, built by a function call) defeat tree
 * shaking — the same single import with those calls annotated /* @__PURE__ *\/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { ROOT } from '../fuzz/targets.ts';

export interface Size {
  bytes: number;
  gzip: number;
}
export interface SizeBench {
  entry: string;
  single: Size & { eventValidatorsIncluded: number; events: number };
  /** The single import with the top-level map constructors annotated pure (what tree shaking could give). */
  singleIfPure: Size & { eventValidatorsIncluded: number };
  perEvent: { min: Size & { name: string }; median: Size; max: Size & { name: string }; ifPure: { min: number; median: number; max: number } };
  guardOnly: Size;
  guardOnlyIfPure: Size;
  wholeModule: Size;
  parseEvents: Size;
  target: number;
  treeShakes: boolean;
}

const VALIDATORS = path.join(ROOT, 'generated/package/dist/validators.js');
const INDEX = path.join(ROOT, 'generated/package/dist/index.js');

/** Marks `$nullProto(` calls (the top-level lookup maps) pure, as an annotation would. */
const assumePure: Plugin = {
  name: 'assume-pure-maps',
  setup(b) {
    b.onLoad({ filter: /validators\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/= \$nullProto\(/g, '= /* @__PURE__ */ $nullProto('),
      loader: 'js',
    }));
  },
};

async function bundle(code: string, pure = false, keepNames = false): Promise<Size & { text: string }> {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    ...(keepNames ? { minifySyntax: true, minifyWhitespace: true } : { minify: true }),
    format: 'esm',
    treeShaking: true,
    write: false,
    platform: 'neutral',
    logLevel: 'silent',
    plugins: pure ? [assumePure] : [],
  });
  const text = result.outputFiles[0]!.text;
  return { bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length, text };
}

const size = ({ bytes, gzip }: Size): Size => ({ bytes, gzip });

export async function benchSize(): Promise<SizeBench> {
  const source = await readFile(VALIDATORS, 'utf8');
  const eventValidators = [...source.matchAll(/^export function (validateAcs\w+EventData)\(/gm)].map((m) => m[1]!);
  const importOne = (name: string) => `export { ${name} } from ${JSON.stringify(VALIDATORS)};`;
  // How many event validators made it into a bundle: rebuilt without renaming, count their functions.
  const counted = async (code: string, pure: boolean) => {
    const { text } = await bundle(code, pure, true);
    return eventValidators.filter((name) => new RegExp(`function ${name.replace(/^validate/, '\\$check')}\\(`).test(text)).length;
  };
  const chosen = 'validateAcsChatMessageReceivedEventData';
  const single = await bundle(importOne(chosen));
  const singlePure = await bundle(importOne(chosen), true);

  const each: (Size & { name: string })[] = [];
  const eachPure: number[] = [];
  for (const name of eventValidators) {
    each.push({ name, ...size(await bundle(importOne(name))) });
    eachPure.push((await bundle(importOne(name), true)).bytes);
  }
  each.sort((a, b) => a.bytes - b.bytes);
  eachPure.sort((a, b) => a - b);
  const mid = (list: number[]) => list[list.length >> 1]!;
  const singleCount = await counted(importOne(chosen), false);
  return {
    entry: `import { ${chosen} } from 'generated/package/dist/validators.js'`,
    single: { ...size(single), eventValidatorsIncluded: singleCount, events: eventValidators.length },
    singleIfPure: { ...size(singlePure), eventValidatorsIncluded: await counted(importOne(chosen), true) },
    perEvent: {
      min: each[0]!,
      median: { bytes: mid(each.map((e) => e.bytes)), gzip: mid([...each.map((e) => e.gzip)].sort((a, b) => a - b)) },
      max: each[each.length - 1]!,
      ifPure: { min: eachPure[0]!, median: mid(eachPure), max: eachPure[eachPure.length - 1]! },
    },
    guardOnly: size(await bundle(importOne(chosen.replace(/^validate/, 'is')))),
    guardOnlyIfPure: size(await bundle(importOne(chosen.replace(/^validate/, 'is')), true)),
    wholeModule: size(await bundle(`export * from ${JSON.stringify(VALIDATORS)};`)),
    parseEvents: size(await bundle(`export { parseEvents } from ${JSON.stringify(INDEX)};`)),
    target: 3 * 1024,
    treeShakes: single.bytes <= 3 * 1024,
  };
}
