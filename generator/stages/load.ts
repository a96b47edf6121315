import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { formatPath, type Diagnostic, type PathSegment } from '../model/diagnostic.ts';
import { MAX_FILE_BYTES } from './catalog-limits.ts';
import { decodeCatalogBytes, tooLarge } from './load-bytes.ts';
import { plainValue } from './load-plain-value.ts';
import { parsePlainYaml } from './load-plain-yaml.ts';
import { nestingProblem, textProblems, yamlFeatureProblems } from './load-yaml-rules.ts';
import { remembered, type UnitMemo } from './unit-memo.ts';

/** What a generation reads: the catalog, the runtime modules the package ships, and the page templates. */
export interface GenerationInputs {
  catalogDir: string;
  runtimeDir: string;
  templatesDir: string;
}

export type CatalogFileKind = 'sources' | 'categories' | 'subjects' | 'filters' | 'definitions' | 'event';

export interface Position {
  line: number;
  column: number;
}

/** One catalog file, parsed, with a way back from a path inside its value to a line and column. */
export interface LoadedFile {
  /** Path as shown in diagnostics, relative to the working directory's view: `catalog/events/sms/SMSReceived.yaml`. */
  path: string;
  kind: CatalogFileKind;
  value: unknown;
  /** The file's lines, for positions inside multi-line strings. */
  lines: readonly string[];
  locate(at: readonly PathSegment[], options?: { key?: boolean }): Position;
}

export interface LoadedCatalog {
  files: LoadedFile[];
  diagnostics: Diagnostic[];
}

const CATALOG_LEVEL_FILES: readonly [string, CatalogFileKind][] = [
  ['sources.yaml', 'sources'],
  ['categories.yaml', 'categories'],
  ['subjects.yaml', 'subjects'],
  ['filters.yaml', 'filters'],
  ['definitions.yaml', 'definitions'],
];

/**
 * Reads every catalog file under `catalogDir`. The only stage that reads the catalog from disk;
 * YAML syntax problems come back as diagnostics, never as exceptions. With a memo, a file whose text
 * an earlier run parsed is not parsed again.
 */
export async function load(
  catalogDir: string,
  displayRoot = catalogDir,
  memo?: UnitMemo,
): Promise<LoadedCatalog> {
  const files: LoadedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const display = (relative: string) => path.join(displayRoot, relative).split(path.sep).join('/');

  for (const [name, kind] of CATALOG_LEVEL_FILES) {
    const text = readText(path.join(catalogDir, name));
    if (text === undefined) {
      diagnostics.push(missingFile(display(name)));
      continue;
    }
    if (typeof text !== 'string') {
      diagnostics.push({ file: display(name), ...text });
      continue;
    }
    const parsed = parseRemembered(memo, display(name), kind, text);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.file) files.push(parsed.file);
  }

  for (const relative of await listEventFiles(path.join(catalogDir, 'events'))) {
    const shown = display(path.join('events', relative));
    const text = readText(path.join(catalogDir, 'events', relative));
    if (text === undefined) continue;
    if (typeof text !== 'string') {
      diagnostics.push({ file: shown, ...text });
      continue;
    }
    const parsed = parseRemembered(memo, shown, 'event', text);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.file) files.push(parsed.file);
  }
  return { files, diagnostics };
}

/** A problem at `path` inside a loaded catalog file (at its key with `key`, or at an explicit position). */
export function diagnosticAt(
  file: LoadedFile,
  path: readonly PathSegment[],
  message: string,
  options: { key?: boolean; warning?: boolean; at?: Position } = {},
): Diagnostic {
  return {
    file: file.path,
    ...(options.at ?? file.locate(path, { key: options.key ?? false })),
    path: formatPath(path),
    message,
    severity: options.warning ? 'warning' : 'error',
  };
}

/** Pure: YAML text to a located value, or the syntax diagnostics that prevent it. */
export function parseCatalogFile(
  file: string,
  kind: CatalogFileKind,
  text: string,
): { file?: LoadedFile; diagnostics: Diagnostic[] } {
  const tooDeep = nestingProblem(text);
  if (tooDeep) {
    const lineCounter = new LineCounter();
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) lineCounter.addNewLine(i + 1);
    return { diagnostics: [yamlDiagnostic(file, lineCounter, tooDeep.offset, tooDeep.message)] };
  }
  // Most files are plain YAML, read without the yaml package; it parses one only to place a diagnostic.
  const plain = parsePlainYaml(text);
  let parsed = plain ? undefined : parseYaml(file, text);
  if (parsed && 'diagnostics' in parsed) return { diagnostics: parsed.diagnostics };
  const file_: LoadedFile = {
    path: file,
    kind,
    value: plain ? plain.value : parsed!.value,
    lines: text.split('\n'),
    locate: (segments, options) => {
      parsed ??= parseYaml(file, text);
      if ('diagnostics' in parsed)
        throw new Error(`${file}: read as plain YAML, yet the yaml package rejects it`);
      const { doc, lineCounter } = parsed;
      const { line, col } = lineCounter.linePos(offsetOf(doc, segments, options?.key ?? false));
      return { line, column: col };
    },
  };
  const diagnostics: Diagnostic[] = [];
  for (const problem of textProblems(file_.value))
    diagnostics.push(diagnosticAt(file_, problem.path, problem.message, { key: problem.atKey }));
  if (diagnostics.length > 0) return { diagnostics };
  return { file: file_, diagnostics };
}

interface Parsed {
  doc: Document;
  lineCounter: LineCounter;
  value: unknown;
}

/** The yaml package's reading of a file: its document and value, or its syntax and YAML-rule diagnostics. */
function parseYaml(file: string, text: string): Parsed | { diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = doc.errors.map((error) =>
    yamlDiagnostic(
      file,
      lineCounter,
      error.pos[0],
      error.code === 'MULTIPLE_DOCS'
        ? 'expected one YAML document per catalog file, found a second one (---)'
        : `invalid YAML: ${error.message.split('\n')[0]}`,
    ),
  );
  if (diagnostics.length > 0) return { diagnostics };
  const plain = plainValue(doc);
  if (plain) return { doc, lineCounter, value: plain.value };
  diagnostics.push(
    ...yamlFeatureProblems(doc).map((problem) =>
      yamlDiagnostic(file, lineCounter, problem.offset, problem.message),
    ),
  );
  if (diagnostics.length > 0) return { diagnostics };
  return { doc, lineCounter, value: doc.toJS({ maxAliasCount: 0 }) };
}

function yamlDiagnostic(file: string, lineCounter: LineCounter, offset: number, message: string): Diagnostic {
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, column: col, path: '(yaml)', message, severity: 'error' };
}

/**
 * parseCatalogFile through the memo. A remembered file has its value and diagnostics but no YAML
 * document: it is parsed again only if something asks for a position in it.
 */
function parseRemembered(
  memo: UnitMemo | undefined,
  file: string,
  kind: CatalogFileKind,
  text: string,
): { file?: LoadedFile; diagnostics: Diagnostic[] } {
  let fresh: LoadedFile | undefined;
  const parsed = remembered(memo, 'load', [file, kind, text], () => {
    const { file: loaded, diagnostics } = parseCatalogFile(file, kind, text);
    fresh = loaded;
    return { loaded: loaded !== undefined, value: loaded?.value, diagnostics };
  });
  if (fresh || !parsed.loaded) return { file: fresh, diagnostics: parsed.diagnostics };
  let locate: LoadedFile['locate'] | undefined;
  const loaded: LoadedFile = {
    path: file,
    kind,
    value: parsed.value,
    lines: text.split('\n'),
    locate: (segments, options) =>
      (locate ??= parseCatalogFile(file, kind, text).file!.locate)(segments, options),
  };
  return { file: loaded, diagnostics: parsed.diagnostics };
}

/** Offset of the node at `segments`, or of the deepest ancestor that exists. */
function offsetOf(doc: Document, segments: readonly PathSegment[], wantKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === segment,
      );
      if (!pair) return offset;
      if (last && wantKey) return rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return offset;
    }
    offset = rangeStart(node) ?? offset;
  }
  return offset;
}

function rangeStart(node: unknown): number {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : 0;
}

/**
 * The file's text; a position and message when its bytes are not a catalog file's (load-bytes.ts).
 * Read blocking: for a thousand small files far cheaper than through promises.
 */
function readText(
  file: string,
): string | { line: number; column: number; path: string; message: string; severity: 'error' } | undefined {
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES)
      return { line: 1, column: 1, path: '(file)', message: tooLarge(size), severity: 'error' };
    const decoded = decodeCatalogBytes(readFileSync(file));
    if ('text' in decoded) return decoded.text;
    return {
      line: decoded.line,
      column: decoded.column,
      path: '(file)',
      message: decoded.message,
      severity: 'error',
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function listEventFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function missingFile(file: string): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    path: '(file)',
    message: 'expected this catalog file, found none',
    severity: 'error',
  };
}

/** The hand-written runtime modules the package ships (generator/runtime/*.ts), by file name. */
export async function loadRuntime(runtimeDir: string): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  for (const folder of ['', RUNTIME_SUPPORT_DIR]) {
    const names = (await readdir(path.join(runtimeDir, folder)).catch(() => [])).filter((name) =>
      name.endsWith('.ts'),
    );
    for (const name of names.sort()) {
      sources.set(path.posix.join(folder, name), await readFile(path.join(runtimeDir, folder, name), 'utf8'));
    }
  }
  return sources;
}

/**
 * generator/runtime/*.ts are the package's public runtime entry points (filter.ts → `<package>/filter`);
 * generator/runtime/support/*.ts are shipped beside them (package/src/support/) for generated modules to
 * import, and are not entry points.
 */
export const RUNTIME_SUPPORT_DIR = 'support';

/**
 * Handlebars templates (templates/*.hbs), by name without extension, and the example files a
 * template embeds verbatim (templates/*.ts, compiled and run by their tests), by file name.
 */
export async function loadTemplates(templatesDir: string): Promise<Map<string, string>> {
  let names: string[] = [];
  try {
    names = (await readdir(templatesDir)).filter((name) => /\.(hbs|ts)$/.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const templates = new Map<string, string>();
  for (const name of names)
    templates.set(name.replace(/\.hbs$/, ''), await readFile(path.join(templatesDir, name), 'utf8'));
  return templates;
}
