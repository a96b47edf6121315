/**
 * What the catalog format allows of YAML and of text, beyond the syntax: no anchors, aliases, merge
 * keys, tags or directives (a catalog file says everything it means literally); keys are plain
 * strings; nesting and text lengths stay under the limits (catalog-limits.ts); text is well-formed
 * Unicode without control characters other than tab and line feed.
 */
import { CST, Lexer, isAlias, isCollection, isPair, isScalar, visit, type Document, type Node } from 'yaml';
import type { PathSegment } from '../model/diagnostic.ts';
import { MAX_NESTING, MAX_TEXT_LENGTH } from './catalog-limits.ts';

export interface YamlProblem {
  offset: number;
  message: string;
}

export const NESTING_MESSAGE = `expected values nested at most ${MAX_NESTING} levels deep (the catalog's nesting limit)`;

/**
 * Where the YAML text first nests deeper than MAX_NESTING, found before parsing (the parser's
 * recursion and its time grow with depth). A cheap bound first; the lexer only when it is exceeded.
 */
export function nestingProblem(text: string): YamlProblem | undefined {
  if (!mayNestTooDeep(text)) return undefined;
  let offset = 0;
  let flow = 0;
  /** Columns of the open block collections. */
  const blocks: number[] = [];
  let column = 0;
  let lineStart = true;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    const start = offset;
    if (!CONTROL_TOKENS.has(token)) offset += token.length;
    if (type === 'newline') {
      column = 0;
      lineStart = true;
      continue;
    }
    if (type === 'flow-map-start' || type === 'flow-seq-start') flow++;
    else if (type === 'flow-map-end' || type === 'flow-seq-end') flow = Math.max(0, flow - 1);
    else if (flow === 0 && type !== 'space' && type !== 'comment' && type !== undefined && lineStart) {
      while (blocks.length > 0 && blocks.at(-1)! > column) blocks.pop();
      if (blocks.length === 0 || blocks.at(-1)! < column) blocks.push(column);
      lineStart = type === 'seq-item-ind' || type === 'explicit-key-ind';
    }
    if (flow + blocks.length > MAX_NESTING)
      return { offset: start, message: `${NESTING_MESSAGE}, found deeper nesting here` };
    column += CONTROL_TOKENS.has(token) ? 0 : token.length;
  }
  return undefined;
}

/** The lexer's markers, which stand for no source text. */
const CONTROL_TOKENS = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/** An over-estimate: brackets left open (quotes ignored) plus the deepest indentation. */
function mayNestTooDeep(text: string): boolean {
  let open = 0;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) open++;
    else if (c === 0x5d || c === 0x7d) open = Math.max(0, open - 1);
    if (c === 0x0a) {
      atLineStart = true;
      indent = 0;
    } else if (atLineStart && (c === 0x20 || c === 0x2d)) {
      indent++;
      if (indent > MAX_NESTING) return true;
    } else atLineStart = false;
    if (open > MAX_NESTING) return true;
  }
  return false;
}

/** Anchors, aliases, tags, directives, keys that are not plain strings, merge and `__proto__` keys. */
export function yamlFeatureProblems(doc: Document): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const seen = new Set<string>();
  const at = (node: unknown, message: string) => {
    const offset = (node as Node | undefined)?.range?.[0] ?? 0;
    if (seen.has(`${offset}:${message}`)) return;
    seen.add(`${offset}:${message}`);
    problems.push({ offset, message });
  };
  if (doc.directives?.yaml.explicit)
    problems.push({
      offset: 0,
      message: 'expected no %YAML directive (catalog files are YAML 1.2), found one',
    });
  visit(doc, {
    Alias(_, node) {
      at(node, 'expected no YAML alias (*name): write the value out, found one');
    },
    Node(_, node) {
      if (isAlias(node)) return;
      if (node.anchor !== undefined)
        at(node, `expected no YAML anchor (&${node.anchor}): write values out, found one`);
      if (node.tag !== undefined)
        at(node, `expected no YAML tag (${node.tag}): write plain values, found one`);
    },
    Pair(_, pair) {
      if (!isPair(pair)) return;
      const key = pair.key;
      if (!isScalar(key))
        return at(key, `expected a string key, found a ${isCollection(key) ? 'collection' : 'missing key'}`);
      if (typeof key.value !== 'string')
        return at(
          key,
          `expected a string key, found ${key.value === null ? 'null' : `the ${typeof key.value} ${String(key.value)}`} (quote it to make it a string)`,
        );
      if (key.value === '<<' && key.type === 'PLAIN')
        at(key, 'expected no YAML merge key (<<): write the keys out, found one');
      if (key.value === '__proto__')
        at(key, 'expected no "__proto__" key (a JavaScript object cannot hold it as data), found one');
    },
  });
  return problems;
}

export interface TextProblem {
  path: PathSegment[];
  atKey: boolean;
  message: string;
}

/** Control characters text may not hold: C0 but tab and line feed, DEL, C1, and bidirectional overrides. */
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** FORBIDDEN or any UTF-16 surrogate (paired ones too): text without one has no problem (most text). */
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/** The first problem of a text (a string value or a key), if any. */
export function textProblem(text: string): string | undefined {
  if (text.length <= MAX_TEXT_LENGTH && !SUSPECT.test(text)) return undefined;
  if (text.length > MAX_TEXT_LENGTH)
    return `expected a text of at most ${MAX_TEXT_LENGTH} characters (the catalog's text limit), found ${text.length}`;
  const surrogate = /[\ud800-\udfff]/u.exec(text);
  if (surrogate) {
    const unit = surrogate[0].charCodeAt(0).toString(16).toUpperCase();
    return `expected well-formed Unicode text, found a lone surrogate U+${unit} at character ${[...text.slice(0, surrogate.index)].length + 1}`;
  }
  const control = FORBIDDEN.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `expected no control character in text (tab and line feed only), found U+${code}${CONTROL_NAMES[code] ? ` (${CONTROL_NAMES[code]})` : ''} at character ${[...text.slice(0, control.index)].length + 1}`;
  }
  return undefined;
}

const CONTROL_NAMES: Record<string, string> = {
  '0000': 'NUL',
  '0007': 'BEL',
  '0008': 'backspace',
  '000D': 'carriage return',
  '001B': 'ESC',
  '007F': 'DEL',
  '009B': 'CSI',
  '202E': 'right-to-left override',
};

/** Every text problem in a parsed value (iterative: the value is within the nesting limit already). */
export function textProblems(value: unknown): TextProblem[] {
  const problems: TextProblem[] = [];
  const stack: [unknown, PathSegment[]][] = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      const message = textProblem(node);
      if (message) problems.push({ path, atKey: false, message });
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push([child, [...path, i]]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        const message = textProblem(key);
        if (message) problems.push({ path: [...path, key], atKey: true, message: `key: ${message}` });
        stack.push([child, [...path, key]]);
      }
    }
  }
  return problems.reverse();
}
