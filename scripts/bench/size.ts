/**
 * What one validator costs in a user's bundle: esbuild (bundle, minify, ESM, tree shaking) of an
 * entry importing one validator from generated/package/dist/validators.js; bytes and gzip bytes.
 * Also: every event's validator alone (min/median/max), the guard alone, the whole module, and
 * what the single validator's bundle is made of (its top-level declarations, grouped).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from '../fuzz/targets.ts';

export interface Size {
  bytes: number;
  gzip: number;
}
export interface SizeBench {
  entry: string;
  single: Size & { eventValidatorsIncluded: number; events: number };
  /** The single validator's bundle by part, in bytes of its minified-syntax, unrenamed form. */
  composition: { runtime: number; definitions: number; event: number };
  perEvent: { min: Size & { name: string }; median: Size; max: Size & { name: string } };
  guardOnly: Size;
  wholeModule: Size;
  parseEvents: Size;
  target: number;
  met: boolean;
}

const VALIDATORS = path.join(ROOT, 'generated/package/dist/validators.js');
const INDEX = path.join(ROOT, 'generated/package/dist/index.js');

async function bundle(code: string, keepNames = false): Promise<Size & { text: string }> {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    ...(keepNames ? { minifySyntax: true, minifyWhitespace: true } : { minify: true }),
    format: 'esm',
    treeShaking: true,
    write: false,
    platform: 'neutral',
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]!.text;
  return { bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length, text };
}

const size = ({ bytes, gzip }: Size): Size => ({ bytes, gzip });

/** Top-level declarations of an unrenamed bundle, grouped: runtime helpers, shared definitions, the event's own code. */
function composition(
  text: string,
  eventDataType: string,
  definitions: readonly string[],
): SizeBench['composition'] {
  const parts = { runtime: 0, definitions: 0, event: 0 };
  // esbuild declares top-level names with `function` and `var` only (`let`/`const` are inside bodies).
  for (const chunk of text.split(/(?<=^|;|\})(?=function |var |export )/)) {
    const name = /^(?:function |var )([\w$]+)/.exec(chunk)?.[1] ?? '';
    const base = name.replace(/^\$(?:is|check)/, '').replace(/\$\d+$/, '');
    if (base.includes(eventDataType) || /^(?:validate|is)Acs/.test(name) || chunk.startsWith('export'))
      parts.event += chunk.length;
    else if (definitions.includes(base)) parts.definitions += chunk.length;
    else parts.runtime += chunk.length;
  }
  return parts;
}

export async function benchSize(): Promise<SizeBench> {
  const source = await readFile(VALIDATORS, 'utf8');
  const eventValidators = [...source.matchAll(/^export function (validateAcs\w+EventData)\(/gm)].map(
    (m) => m[1]!,
  );
  const definitions = [...source.matchAll(/^export function validate(\w+)\(/gm)]
    .map((m) => m[1]!)
    .filter((name) => !name.startsWith('Acs'));
  const importOne = (name: string) => `export { ${name} } from ${JSON.stringify(VALIDATORS)};`;
  const chosen = 'validateAcsChatMessageReceivedEventData';
  const single = await bundle(importOne(chosen));
  const unrenamed = (await bundle(importOne(chosen), true)).text;
  const included = eventValidators.filter((name) =>
    new RegExp(`function ${name.replace(/^validate/, '\\$check')}\\(`).test(unrenamed),
  ).length;

  const each: (Size & { name: string })[] = [];
  for (const name of eventValidators) each.push({ name, ...size(await bundle(importOne(name))) });
  each.sort((a, b) => a.bytes - b.bytes);
  const mid = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
  return {
    entry: `import { ${chosen} } from 'generated/package/dist/validators.js'`,
    single: { ...size(single), eventValidatorsIncluded: included, events: eventValidators.length },
    composition: composition(unrenamed, chosen.replace(/^validate/, ''), definitions),
    perEvent: {
      min: each[0]!,
      median: { bytes: mid(each.map((e) => e.bytes)), gzip: mid(each.map((e) => e.gzip)) },
      max: each[each.length - 1]!,
    },
    guardOnly: size(await bundle(importOne(chosen.replace(/^validate/, 'is')))),
    wholeModule: size(await bundle(`export * from ${JSON.stringify(VALIDATORS)};`)),
    parseEvents: size(await bundle(`export { parseEvents } from ${JSON.stringify(INDEX)};`)),
    target: 3 * 1024,
    met: single.bytes <= 3 * 1024,
  };
}
