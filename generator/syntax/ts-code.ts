/**
 * The safe code builder every TypeScript emitter uses. Generated text is a `Code`; the only ways to
 * make one are the `ts` template tag (fixed generator text plus other `Code`), `lit` (a literal via
 * tsLiteral), `id` (a validated identifier), `key`/`entryKey` (property keys via tsPropertyKey),
 * `int` and `doc`/`docLines` (JSDoc via tsDocText), and the layout shapes of ts-layout.ts. A catalog
 * string can therefore never be spliced in raw: the type checker rejects a `string` where a `Code`
 * is expected, and the constructor refuses callers outside this module.
 */
import * as layout from './doc-printer.ts';
import type { Doc } from './doc-printer.ts';
import { tsDocText, tsIdentifier, tsPrettierKey, tsPrettierLiteral } from './ts-literals.ts';

const TOKEN = Symbol('code');

/**
 * Code is a layout document (doc-printer.ts): text with the places its lines may break, so that
 * it prints in prettier's layout wherever it ends up. `toString` prints it from column 0.
 */
export class Code {
  readonly #doc: Doc;
  constructor(token: typeof TOKEN, doc: Doc) {
    if (token !== TOKEN) throw new Error('Code is made with ts``, lit, id, key, int, json or doc only');
    this.#doc = doc;
  }
  get doc(): Doc {
    return this.#doc;
  }
  toString(): string {
    return layout.printDoc(this.#doc);
  }
}

const code = (doc: Doc): Code => new Code(TOKEN, typeof doc === 'string' ? textDoc(doc) : doc);

type Part = Code | readonly Code[];

/** Text with its newlines as hard lines, so they take the indentation of where the text is printed. */
function textDoc(text: string): Doc {
  if (!text.includes('\n')) return text;
  return layout.join(layout.hardline, text.split('\n'));
}

function partDoc(part: Part): Doc {
  if (part instanceof Code) return part.doc;
  if (Array.isArray(part) && part.every((item) => item instanceof Code)) return part.map((item) => item.doc);
  throw new TypeError(`generated code may only interpolate Code values, got ${typeof part}`);
}

/** Fixed generator text with `Code` holes (or arrays of `Code`, concatenated): `ts\`if (${cond}) return false;\``. */
export function ts(strings: TemplateStringsArray, ...parts: Part[]): Code {
  if (parts.length === 0) return code(strings[0]!);
  const docs: Doc[] = strings[0] === '' ? [] : [textDoc(strings[0]!)];
  parts.forEach((part, index) => {
    docs.push(partDoc(part));
    if (strings[index + 1] !== '') docs.push(textDoc(strings[index + 1]!));
  });
  return code(docs.length === 1 ? docs[0]! : docs);
}

/** A line break when the enclosing group does not fit on one line, else a space. */
export const line: Code = code(layout.line);
/** A line break when the enclosing group does not fit on one line, else nothing. */
export const softline: Code = code(layout.softline);
/** Breaks every group around it (and prints nothing). */
export const breakParent: Code = code(layout.breakParent);
/** A line break that breaks every group around it. */
export const hardline: Code = code(layout.hardline);
/** Parts on one line when they fit the print width (up to where the text after them may break), else broken. */
export const group = (parts: readonly Code[], options: { shouldBreak?: boolean; id?: symbol } = {}): Code =>
  code(layout.group(partDoc(parts), options));
/** The first of the states that fits on one line, else the last, broken (prettier's conditionalGroup). */
export const conditionalGroup = (states: readonly Code[]): Code =>
  code(layout.conditionalGroup(states.map((state) => state.doc)));
export const indent = (parts: readonly Code[]): Code => code(layout.indent(partDoc(parts)));
/** Indentation by `width` spaces, as prettier aligns a conditional's branches. */
export const align = (width: number, parts: readonly Code[]): Code =>
  code(layout.align(width, partDoc(parts)));

const OPERATORS = new Set([
  '===',
  '!==',
  '==',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  '+',
  '-',
  '&&',
  '||',
  '??',
  '|',
  '&',
  'in',
]);
/** A binary operator. */
export function operator(text: string): Code {
  if (!OPERATORS.has(text)) throw new Error(`not a binary operator: ${text}`);
  return code(text);
}
/** `breakCode` when the enclosing group (or the group `groupId`) is broken, else `flatCode`. */
export const ifBreak = (breakCode: Code, flatCode: Code = ts``, groupId?: symbol): Code =>
  code(layout.ifBreak(breakCode.doc, flatCode.doc, groupId));
export const indentIfBreak = (parts: readonly Code[], groupId: symbol): Code =>
  code(layout.indentIfBreak(partDoc(parts), groupId));
/** Contents and separators alternating, as many contents on each line as fit. */
export const fill = (parts: readonly Code[]): Code => code(layout.fill(parts.map((part) => part.doc)));

/** A string, number, boolean or null literal. */
export const lit = (value: string | number | boolean | null): Code => code(tsPrettierLiteral(value));

/** A declaration or reference name; throws unless it is a safe identifier. */
export const id = (name: string): Code => code(tsIdentifier(name));

/** A property key in an object literal or type: bare when safe, quoted otherwise. */
export const key = (name: string): Code => code(tsPrettierKey(name));

/**
 * A property key in an interface or type literal: bare when it is an ASCII identifier name (a
 * type member named `__proto__` is an ordinary member), else as `key` prints it.
 */
export const memberKey = (name: string): Code => (/^[A-Za-z_$][\w$]*$/.test(name) ? code(name) : key(name));

/**
 * A key in an object literal: like `key`, but `__proto__` becomes a computed key, because
 * `{ "__proto__": x }` would set the object's prototype instead of making an entry.
 */
export const entryKey = (name: string): Code =>
  name === '__proto__' ? code(`[${tsPrettierLiteral(name)}]`) : key(name);

/** A non-negative integer (loop counters, local name suffixes). */
export function int(value: number): Code {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a small integer: ${value}`);
  return code(String(value));
}

/** Codes joined by a separator. */
export function join(parts: readonly Code[], separator: Code): Code {
  return code(
    layout.join(
      separator.doc,
      parts.map((part) => part.doc),
    ),
  );
}

/** A one-line-per-line JSDoc comment, then a newline, to put in front of a declaration written inline. */
export const doc = (text: string): Code => ts`${inlineDoc(text)}\n`;

/** A JSDoc comment (one line per line of text) with nothing after it. */
export const inlineDoc = (text: string): Code => code(`/** ${tsDocText(text).replace(/\n/g, '\n * ')} */`);

/** Lines of code; a nested array is a block, indented one level. */
export type Lines = readonly (Code | Lines)[];

/** A JSDoc block as lines (one line per line of text), or nothing when the text is empty. */
export function docLines(...paragraphs: (string | undefined)[]): Code[] {
  const text = paragraphs
    .filter((paragraph): paragraph is string => paragraph !== undefined && paragraph.trim() !== '')
    .map((paragraph) => tsDocText(paragraph.trim()))
    .join('\n\n');
  if (text === '') return [];
  const lines = text.split('\n').map((line) => (line === '' ? ' *' : ` * ${line.trimEnd()}`));
  return [code(['/**', ...lines, ' */'].join('\n'))];
}

/**
 * A JSDoc block as prettier reprints one whose lines all start with `*`: `/**`, ` * text` per line,
 * ` *\/`, each line at the indentation where the block is printed. Trailing blanks are trimmed, but
 * for the two spaces of a line that ends in two or more (a Markdown line break, which prettier keeps).
 */
export function jsDocBlock(lines: readonly string[]): Code {
  const docs: Doc[] = ['/**'];
  let keptSpaces = false;
  for (const text of lines) {
    const line = ` * ${tsDocText(text)}`;
    const trimmed = line.trimEnd();
    docs.push(keptSpaces ? layout.hardlineKeepingSpaces : layout.hardline, trimmed);
    keptSpaces = trimmed !== ' *' && line.endsWith('  ');
    if (keptSpaces) docs.push('  ');
  }
  docs.push(keptSpaces ? layout.hardlineKeepingSpaces : layout.hardline, ' */');
  return code(docs);
}

/** Each line after a hard line break; a block one level deeper. */
function linesDoc(lines: Lines): Doc[] {
  return lines.map((item) =>
    item instanceof Code ? [layout.hardline, item.doc] : layout.indent(linesDoc(item)),
  );
}

/** Lines rendered with two spaces of indentation per block level. */
export function render(lines: Lines, depth = 0): string {
  return layout
    .printDoc(linesDoc(lines), depth * 2)
    .replace(/^\n/, '')
    .replace(/[ \t]+$/, '');
}

/** Lines as one Code (a block one level deeper), to interpolate where the lines are printed. */
export const block = (lines: Lines): Code => code(linesDoc(lines));
