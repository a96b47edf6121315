import ts from 'typescript';
import { banner } from '../syntax/banner.ts';
import type { OutputFile } from '../model/catalog-model.ts';

const SOURCE_DIR = 'package/src/';
const OUT_DIR = 'package/dist/';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noUncheckedIndexedAccess: true,
  declaration: true,
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
  types: [],
};

/**
 * Compiles the package's TypeScript sources, in memory, to ESM JavaScript and declarations.
 * Type errors in generated code are generator bugs: they are returned, never ignored.
 */
export function compilePackage(files: readonly OutputFile[]): { files: OutputFile[]; errors: string[] } {
  const sources = new Map<string, string>(
    files.filter((file) => file.path.startsWith(SOURCE_DIR)).map((file) => [`/${file.path}`, file.contents]),
  );
  // A package.json with "type": "module" next to the sources makes NodeNext emit ESM.
  sources.set('/package/package.json', JSON.stringify({ type: 'module' }));
  const host = createMemoryHost(sources, COMPILER_OPTIONS);

  const program = ts.createProgram({
    rootNames: [...sources.keys()].filter((name) => name.endsWith('.ts')).sort(),
    options: { ...COMPILER_OPTIONS, rootDir: `/${SOURCE_DIR}`, outDir: `/${OUT_DIR}` },
    host,
  });
  const emitted: OutputFile[] = [];
  const header = banner('line');
  const result = program.emit(undefined, (name, text) =>
    emitted.push({ path: name.replace(/^\//, ''), contents: text.startsWith(header) ? text : header + text }),
  );
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  const errors = diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `generated/${d.file.fileName.replace(/^\//, '')}:${line + 1}:${character + 1}: ${message}`;
  });
  return { files: emitted.sort((a, b) => a.path.localeCompare(b.path)), errors };
}

/** A compiler host that sees `sources` (absolute paths) on top of the real file system (for lib files). */
export function createMemoryHost(
  sources: ReadonlyMap<string, string>,
  options: ts.CompilerOptions,
): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const directoryExists = host.directoryExists?.bind(host);
  host.readFile = (name) => sources.get(name) ?? readFile(name);
  host.fileExists = (name) => sources.has(name) || fileExists(name);
  host.directoryExists = (dir) =>
    [...sources.keys()].some((name) => name.startsWith(`${dir.replace(/\/$/, '')}/`)) ||
    (directoryExists?.(dir) ?? false);
  host.realpath = (name) => name;
  host.getCurrentDirectory = () => '/';
  host.getSourceFile = (name, languageVersion) => {
    const text = host.readFile(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, languageVersion, true);
  };
  return host;
}
