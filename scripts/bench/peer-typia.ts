/**
 * typia, the peer that compiles validators from TypeScript types: a module of
 * `typia.createIs<T>()` / `typia.createValidate<T>()` for each event data type of our own
 * generated/package/src/types.ts, transformed by typia's CLI (`typia generate`) in a temporary
 * directory, bundled with esbuild and imported.
 *
 * typia checks the TypeScript types: property types, required properties, literal unions (enums),
 * finite numbers. It does not check what the types do not say: formats (date-time, duration), that
 * an int32/int64 is an integer, or the documented wire forms. Its `is` and `validate` accept extra
 * properties, as ours do.
 *
 * typia 14 transforms only through ttsc (TypeScript-Go), which builds typia's Go plugin from source
 * (Go modules fetched from the Go module proxy) and needs Node >= 22.15; typia 12's transformer runs
 * on the TypeScript in node_modules. The typia used is the project's, or the one in the node_modules
 * directory named by BENCH_TYPIA_MODULES; when it has no `typia generate`, the bench says why and
 * measures the other peers.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../fuzz/targets.ts';
import { bundleModule } from './peer-ajv-standalone.ts';

const TYPES = path.join(ROOT, 'generated/package/src/types.ts');
const CATALOG = path.join(ROOT, 'generated/catalog.json');

export type Typia = { version: string; modules: string; cli: string } | { unavailable: string };

/** The typia to build with, or why there is none that can run here. */
export function locateTypia(env: NodeJS.ProcessEnv = process.env): Typia {
  const modules = env.BENCH_TYPIA_MODULES ?? path.join(ROOT, 'node_modules');
  const manifest = path.join(modules, 'typia', 'package.json');
  if (!existsSync(manifest)) return { unavailable: `no typia in ${modules}` };
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const cli = path.join(modules, 'typia', 'lib', 'executable', 'typia.js');
  if (!existsSync(cli)) {
    return {
      unavailable:
        `typia ${version} (${modules}) has no \`typia generate\`: typia >= 14 transforms only through ttsc, ` +
        'which builds a Go plugin from source (Go module proxy, Node >= 22.15). Install typia 12 (its ' +
        'transformer runs on TypeScript 5) and point BENCH_TYPIA_MODULES at its node_modules, or pin it in devDependencies',
    };
  }
  return { version, modules, cli };
}

export interface TypiaEntry {
  /** The exported name, e.g. isAcsChatMessageReceivedEventData. */
  name: string;
  /** The data type in types.ts. */
  type: string;
  kind: 'is' | 'validate';
}

/**
 * Writes `entries` as typia calls, runs `typia generate` and returns the transformed TypeScript's
 * path (it imports typia's runtime helpers from `dir`'s node_modules, a link to typia's). The
 * types are types.ts as generated, or `typesSource` when given.
 */
export async function typiaGenerate(
  typia: Extract<Typia, { cli: string }>,
  entries: readonly TypiaEntry[],
  dir: string,
  typesSource?: string,
): Promise<string> {
  await mkdir(path.join(dir, 'input'), { recursive: true });
  if (!existsSync(path.join(dir, 'node_modules')))
    await symlink(typia.modules, path.join(dir, 'node_modules'));
  await writeFile(path.join(dir, 'types.ts'), typesSource ?? (await readFile(TYPES, 'utf8')));
  await writeFile(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  const compilerOptions = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    strict: true,
    skipLibCheck: true,
    plugins: [{ transform: 'typia/lib/transform' }],
  };
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions }));
  const types = [...new Set(entries.map((e) => e.type))];
  const source = [
    "import typia from 'typia';",
    `import type { ${types.join(', ')} } from '../types.js';`,
    ...entries.map(
      (e) =>
        `export const ${e.name} = typia.${e.kind === 'is' ? 'createIs' : 'createValidate'}<${e.type}>();`,
    ),
  ].join('\n');
  await writeFile(path.join(dir, 'input', 'validators.ts'), `${source}\n`);
  const args = [
    typia.cli,
    'generate',
    '--input',
    'input',
    '--output',
    'output',
    '--project',
    'tsconfig.json',
  ];
  try {
    await promisify(execFile)(process.execPath, args, { cwd: dir });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`typia generate failed in ${dir}:\n${stderr || stdout || String(error)}`);
  }
  return path.join(dir, 'output', 'validators.ts');
}

interface CatalogSchemas {
  definitions: { name: string; schema: unknown }[];
  events: { names: { dataType: string }; schema: unknown }[];
}

/**
 * The properties the data schemas give `format: date-time`, per interface of types.ts (a
 * definition's or an event data type's name): those of the schema's `properties` and of its
 * `allOf` members' (an interface extends its base and declares the rest).
 */
export function dateTimeProperties(catalog: CatalogSchemas): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const collect = (name: string, schema: unknown) => {
    const s = schema as { properties?: Record<string, { format?: string }>; allOf?: unknown[] };
    for (const [key, property] of Object.entries(s.properties ?? {})) {
      if (property.format !== 'date-time') continue;
      if (!found.has(name)) found.set(name, new Set());
      found.get(name)!.add(key);
    }
    for (const member of s.allOf ?? []) collect(name, member);
  };
  for (const d of catalog.definitions) collect(d.name, d.schema);
  for (const e of catalog.events) collect(e.names.dataType, e.schema);
  return found;
}

/**
 * types.ts with typia's date-time tag on every property `properties` names (`string &
 * tags.Format<'date-time'>`), so that typia checks the format as ours do; throws when one is not
 * found as a `string` (or `string | null`) property of its interface.
 */
export function withDateTimeTags(types: string, properties: Map<string, Set<string>>): string {
  let current: string | undefined;
  const tagged = new Set<string>();
  const lines = types.split('\n').map((line) => {
    const head = /^export interface (\w+)/.exec(line);
    if (head) current = head[1];
    const property = /^( {2})(\w+)(\??): string( \| null)?;$/.exec(line);
    if (!property || current === undefined || !properties.get(current)?.has(property[2]!)) return line;
    tagged.add(`${current}.${property[2]}`);
    const tag = "string & tags.Format<'date-time'>";
    return `${property[1]}${property[2]}${property[3]}: ${property[4] ? `(${tag}) | null` : tag};`;
  });
  const missing = [...properties].flatMap(([name, keys]) =>
    [...keys].map((key) => `${name}.${key}`).filter((key) => !tagged.has(key)),
  );
  if (missing.length > 0) throw new Error(`types.ts: no string property for ${missing.join(', ')}`);
  return ["import type { tags } from 'typia';", ...lines].join('\n');
}

/**
 * Writes one module of typia's `is<T>` and `validate<T>` for each data type, exported as
 * is<T> / validate<T>, and returns its path and typia's version, or why typia is not measured.
 * With `dateTimes`, typia checks the date-time formats too (withDateTimeTags), in a directory of
 * its own.
 */
export async function buildTypia(
  types: readonly string[],
  work: string,
  options: { dateTimes?: boolean } = {},
): Promise<{ file: string; version: string } | { unavailable: string }> {
  const typia = locateTypia();
  if ('unavailable' in typia) return typia;
  const dir = path.join(work, options.dateTimes ? 'typia-date-times' : 'typia');
  const entries = types.flatMap((type): TypiaEntry[] => [
    { name: `is${type}`, type, kind: 'is' },
    { name: `validate${type}`, type, kind: 'validate' },
  ]);
  const source = options.dateTimes
    ? withDateTimeTags(
        await readFile(TYPES, 'utf8'),
        dateTimeProperties(JSON.parse(await readFile(CATALOG, 'utf8')) as CatalogSchemas),
      )
    : undefined;
  const transformed = await typiaGenerate(typia, entries, dir, source);
  const file = path.join(dir, 'validators.bundle.mjs');
  await writeFile(
    file,
    await bundleModule(`export * from ${JSON.stringify(transformed)};`, dir, { loader: 'ts' }),
  );
  return { file, version: typia.version };
}
