/**
 * What one validator costs in a user's bundle: esbuild (bundle, minify, ESM, tree shaking) of an
 * entry importing one validator from generated/package/dist/validators.js; bytes and gzip bytes.
 * Also: every event's validator alone (min/median/max), the guard alone, the whole module, what
 * the single validator's bundle is made of (its top-level declarations, grouped), and the same
 * validator and guard from the peers: typia (`createValidate` / `createIs` of the data type) and
 * Ajv standalone code of the event's emitted data schema.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AnySchema } from 'ajv';
import { build } from 'esbuild';
import { ROOT } from '../fuzz/targets.ts';
import { ajvStandaloneSource } from './peer-ajv-standalone.ts';
import { locateTypia, typiaGenerate } from './peer-typia.ts';

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
  /** The same validator (allErrors) and guard from each peer; typia's may be unavailable here. */
  peers: {
    typia: { validate: Size; is: Size; version: string } | { unavailable: string };
    ajvStandalone: { validate: Size; is: Size; validateWithoutAnnotations: Size };
  };
  /** ours / Ajv standalone for the validator (the target: <= 0.5). */
  ratioToAjvStandalone: number;
}

const VALIDATORS = path.join(ROOT, 'generated/package/dist/validators.js');
const INDEX = path.join(ROOT, 'generated/package/dist/index.js');

async function bundle(code: string, keepNames = false): Promise<Size & { text: string }> {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: 'js' },
    // The peers' modules live in a temporary directory and import ajv / ajv-formats from here.
    nodePaths: [path.join(ROOT, 'node_modules')],
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

/** A schema without its annotations (descriptions, titles, comments), which Ajv standalone embeds. */
function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' || key === 'title' || key === '$comment' || key === 'examples') continue;
    // Under these keywords the keys are names (a property may be called "description").
    out[key] = ['properties', '$defs', 'patternProperties', 'dependentSchemas'].includes(key)
      ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, withoutAnnotations(v)]))
      : withoutAnnotations(value);
  }
  return out;
}

async function peerSizes(validatorName: string, work: string): Promise<SizeBench['peers']> {
  const { slug, dataType } = await namesOf(validatorName);
  const schema = JSON.parse(
    await readFile(path.join(ROOT, 'generated/package/schemas/data', `${slug}.schema.json`), 'utf8'),
  ) as AnySchema;
  const standalone = async (name: string, source: string) => {
    const file = path.join(work, `${name}.mjs`);
    await writeFile(file, source);
    return size(await bundle(`export { default as ${name} } from ${JSON.stringify(file)};`));
  };
  const ajvStandalone = {
    validate: await standalone('validate', ajvStandaloneSource(schema, true)),
    is: await standalone('is', ajvStandaloneSource(schema, false)),
    validateWithoutAnnotations: await standalone(
      'bare',
      ajvStandaloneSource(withoutAnnotations(schema) as AnySchema, true),
    ),
  };
  const located = locateTypia();
  if ('unavailable' in located) return { typia: located, ajvStandalone };
  const typiaOne = async (kind: 'is' | 'validate') => {
    const dir = path.join(work, `typia-${kind}`);
    await mkdir(dir, { recursive: true });
    const file = await typiaGenerate(located, [{ name: `${kind}${dataType}`, type: dataType, kind }], dir);
    return size(await bundle(`export { ${kind}${dataType} } from ${JSON.stringify(file)};`));
  };
  return {
    typia: { validate: await typiaOne('validate'), is: await typiaOne('is'), version: located.version },
    ajvStandalone,
  };
}

/** The names catalog.json gives the event whose validator is `validatorName`. */
async function namesOf(validatorName: string): Promise<{ slug: string; dataType: string }> {
  const catalog = JSON.parse(await readFile(path.join(ROOT, 'generated/catalog.json'), 'utf8')) as {
    events: { names: { validator: string; slug: string; dataType: string } }[];
  };
  const event = catalog.events.find((e) => e.names.validator === validatorName);
  if (!event) throw new Error(`generated/catalog.json has no event validated by ${validatorName}`);
  return event.names;
}

export async function benchSize(): Promise<SizeBench> {
  const source = await readFile(VALIDATORS, 'utf8');
  const eventValidators = [...source.matchAll(/^(?:export )?function (validateAcs\w+EventData)\(/gm)].map(
    (m) => m[1]!,
  );
  const definitions = [...source.matchAll(/^(?:export )?function validate(\w+)\(/gm)]
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
  const work = await mkdtemp(path.join(os.tmpdir(), 'acs-bench-size-'));
  const peers = await peerSizes(chosen, work).finally(() => rm(work, { recursive: true, force: true }));
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
    peers,
    ratioToAjvStandalone: Math.round((single.bytes / peers.ajvStandalone.validate.bytes) * 100) / 100,
  };
}
