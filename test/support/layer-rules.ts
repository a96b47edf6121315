/**
 * The generator's folders and which may import which (FORMAT-V2.md §3), as data the architecture
 * test applies to every import. Paths are repository-relative and POSIX (`generator/model/x.ts`).
 */
import path from 'node:path/posix';
import { builtinModules } from 'node:module';

/** What an import specifier names. */
export type Target =
  { kind: 'file'; path: string } | { kind: 'builtin'; name: string } | { kind: 'package'; name: string };

export function targetOf(fromFile: string, specifier: string): Target {
  if (specifier.startsWith('.') || specifier.startsWith('/'))
    return { kind: 'file', path: path.normalize(path.join(path.dirname(fromFile), specifier)) };
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!))
    return { kind: 'builtin', name: specifier };
  return { kind: 'package', name: specifier };
}

interface Import {
  target: Target;
  typeOnly: boolean;
}

interface Layer {
  name: string;
  /** The rule in words, printed with each violation. */
  rule: string;
  owns: (file: string) => boolean;
  allows: (file: string, imported: Import) => boolean;
}

const under = (folder: string) => (file: string) => file.startsWith(`generator/${folder}/`);
const inModel = under('model');
const inSyntax = under('syntax');
const inStages = under('stages');
const inEmit = under('emit');
const inRuntime = under('runtime');
const inImport = under('import');
/** The repository's prettier settings: generated code's print width is read from them, once. */
const isPrettierSettings = (file: string) => file === '.prettierrc.json';
/** The catalog format's JSON Schemas, which the check stage validates the catalog files against. */
const isCatalogSchema = (file: string) => /^catalog\/schema\/[^/]+\.schema\.json$/.test(file);

/** `generator/emit/<kind>/…` → `<kind>`; undefined for files directly under emit/. */
function emitterOf(file: string): string | undefined {
  const [, , kind, ...rest] = file.split('/');
  return inEmit(file) && rest.length > 0 ? kind : undefined;
}

/** An emitter's entry modules: `generator/emit/<kind>/emit-*.ts`, what the registry may import. */
export function isEmitterEntry(file: string): boolean {
  const parts = file.split('/');
  return parts.length === 4 && inEmit(file) && /^emit-[a-z0-9-]+\.ts$/.test(parts[3]!);
}

/** A file of the generator matching one of the predicates. */
const fileIn =
  (...folders: ((file: string) => boolean)[]) =>
  ({ target }: Import) =>
    target.kind === 'file' && folders.some((inFolder) => inFolder(target.path));
const library = ({ target }: Import) => target.kind !== 'file';

export const LAYERS: readonly Layer[] = [
  {
    name: 'model/',
    rule: 'model/ imports only model/ and npm libraries',
    owns: inModel,
    allows: (_file, imported) => library(imported) || fileIn(inModel)(imported),
  },
  {
    name: 'syntax/',
    rule: 'syntax/ imports only syntax/, types from model/, .prettierrc.json and npm libraries',
    owns: inSyntax,
    allows: (_file, imported) =>
      library(imported) ||
      fileIn(inSyntax, isPrettierSettings)(imported) ||
      (imported.typeOnly && fileIn(inModel)(imported)),
  },
  {
    name: 'emit/registry.ts',
    rule: "emit/registry.ts imports model/, syntax/ and emitters' entry modules (emit/<kind>/emit-*.ts)",
    owns: (file) => file === 'generator/emit/registry.ts',
    allows: (_file, imported) => fileIn(inModel, inSyntax, isEmitterEntry)(imported),
  },
  {
    name: 'emit/<kind>/',
    rule: 'emit/<kind>/ imports model/, syntax/, runtime/ (the shipped code, which imports nothing of the generator), its own folder and npm libraries (emitters never import each other)',
    owns: (file) => emitterOf(file) !== undefined,
    allows: (file, imported) =>
      library(imported) ||
      fileIn(inModel, inSyntax, inRuntime)(imported) ||
      (imported.target.kind === 'file' && emitterOf(imported.target.path) === emitterOf(file)),
  },
  {
    name: 'runtime/',
    rule: 'runtime/ imports only runtime/ (it is copied into a package that has no dependencies)',
    owns: inRuntime,
    allows: (_file, imported) => fileIn(inRuntime)(imported),
  },
  {
    name: 'stages/',
    rule: 'stages/ imports model/, syntax/, stages/, catalog/schema/*.schema.json, .prettierrc.json and npm libraries',
    owns: inStages,
    allows: (_file, imported) =>
      library(imported) || fileIn(inModel, inSyntax, inStages, isCatalogSchema, isPrettierSettings)(imported),
  },
  {
    name: 'pipeline.ts',
    rule: 'pipeline.ts imports stages/, emit/registry.ts and model/',
    owns: (file) => file === 'generator/pipeline.ts',
    allows: (_file, imported) =>
      fileIn(inStages, inModel, (file) => file === 'generator/emit/registry.ts')(imported),
  },
  {
    name: 'import/',
    rule: 'import/ imports model/, syntax/, stages/load.ts, stages/check.ts, import/ and npm libraries',
    owns: inImport,
    allows: (_file, imported) =>
      library(imported) ||
      fileIn(
        inModel,
        inSyntax,
        inImport,
        (file) => file === 'generator/stages/load.ts' || file === 'generator/stages/check.ts',
      )(imported),
  },
];

export function layerOf(file: string): Layer | undefined {
  return LAYERS.find((layer) => layer.owns(file));
}
