/**
 * Text-level edits of curated YAML: the importer adds or replaces one key of a mapping, or appends
 * entries to a mapping, by splicing text, so every other byte of a curated file stays as written
 * (a `yaml` Document round trip would re-flow folded scalars). Positions come from the `yaml` parser.
 */
import YAML, {
  Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { TextPosition } from './json-positions.ts';
import { STRINGIFY } from '../yaml-edit.ts';

type Path = readonly (string | number)[];

function parse(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: YAML.parseDocument(text, { lineCounter }), lineCounter };
}

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);

function pairAt(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => keyOf(pair) === key);
}

function mapAt(doc: Document, path: Path): YAMLMap | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return isMap(node) ? node : undefined;
}

/** The offset of the start of the line after the one `offset` is on (or the text's end). */
function nextLineStart(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** `value` as block YAML lines under `key`, indented by `indent` spaces, ending in a newline. */
function blockText(key: string, value: unknown, indent: number): string {
  const text = new Document({ [key]: value }).toString(STRINGIFY);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(indent) + line))
    .join('\n');
}

/**
 * Set `key` of the mapping at `path` to `value`: unchanged text when it already holds that value;
 * replaced in place when it holds another; else inserted after the first of `after` the mapping has
 * (or at its end). Undefined when there is no mapping at `path`.
 */
export function setKey(
  text: string,
  path: Path,
  key: string,
  value: unknown,
  after: readonly string[],
): string | undefined {
  const { doc } = parse(text);
  const map = mapAt(doc, path);
  if (map === undefined || map.range === undefined || map.range === null) return undefined;
  const existing = pairAt(map, key);
  if (existing !== undefined) {
    const node = existing.value as Node | null;
    if (JSON.stringify(node?.toJSON()) === JSON.stringify(value)) return text;
    const start = (existing.key as Node).range![0];
    const end = nextLineStart(text, node?.range?.[1] ?? start);
    const indent = start - text.lastIndexOf('\n', start - 1) - 1;
    return text.slice(0, start - indent) + blockText(key, value, indent) + text.slice(end);
  }
  const indent = columnOf(text, (map.items[0]?.key as Node | undefined)?.range?.[0] ?? map.range[0]);
  const anchor = after.map((name) => pairAt(map, name)).find((pair) => pair !== undefined);
  const anchorEnd =
    anchor === undefined ? map.range[1] : ((anchor.value as Node | null)?.range?.[1] ?? map.range[1]);
  const at = nextLineStart(text, anchorEnd);
  const insertion = blockText(key, value, indent);
  return text.slice(0, at) + (at > 0 && text[at - 1] !== '\n' ? '\n' : '') + insertion + text.slice(at);
}

/** Append `entries` (in order) at the end of the mapping at `path`. */
export function appendEntries(
  text: string,
  path: Path,
  entries: readonly [string, unknown][],
): string | undefined {
  if (entries.length === 0) return text;
  const { doc } = parse(text);
  const map = mapAt(doc, path);
  if (map === undefined || map.range === undefined || map.range === null) return undefined;
  const first = map.items[0]?.key as Node | undefined;
  const indent = first?.range ? columnOf(text, first.range[0]) : 2 * path.length;
  const at = nextLineStart(text, map.range[1]);
  const insertion = entries.map(([key, value]) => blockText(key, value, indent)).join('');
  return text.slice(0, at) + (at > 0 && text[at - 1] !== '\n' ? '\n' : '') + insertion + text.slice(at);
}

function columnOf(text: string, offset: number): number {
  return offset - text.lastIndexOf('\n', offset - 1) - 1;
}

/**
 * Where `path` is in a YAML text, as far as the text has it: the key of the last mapping entry found
 * (or the start of the last sequence item). Used to point diagnostics at curated text.
 */
export function locate(text: string, path: Path): TextPosition {
  const { doc, lineCounter } = parse(text);
  let node: unknown = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = pairAt(node, String(segment));
      if (pair === undefined) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
