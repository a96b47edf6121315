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
import { isPrintableAscii } from './display-width.ts';
import { tsDocText, tsIdentifier, tsPrettierKey, tsPrettierLiteral } from './ts-literals.ts';

const TOKEN = Symbol('code');

/**
 * Code is a layout document (doc-printer.ts): text with the places its lines may break, so that
 * it prints in prettier's layout wherever it ends up. `toString` prints it from column 0.
 */
export class Code {
  readonly #doc: Doc;
  /**
   * Whether it holds a hard line or a broken group outside any conditional group, which breaks
   * every group around it (prettier's propagateBreaks, worked out as the code is built).
   */
  readonly breaks: boolean;
  /** prettier's willBreak: `breaks`, or a conditional group whose first state breaks. */
  readonly willBreak: boolean;
  /** What expression it is, when ts-layout.ts made it (its Kind: the node type prettier's rules ask about). */
  readonly label: string | undefined;
  constructor(token: typeof TOKEN, doc: Doc, breaks: boolean, willBreak: boolean, label?: string) {
    if (token !== TOKEN) throw new Error('Code is made with ts``, lit, id, key, int, json or doc only');
    this.#doc = doc;
    this.breaks = breaks;
    this.willBreak = willBreak;
    this.label = label;
  }
  get doc(): Doc {
    return this.#doc;
  }
  /** The text, when the code is a text alone (no hole, no line break). */
  get text(): string | undefined {
    return layout.textOf(this.#doc);
  }
  toString(): string {
    return layout.printDoc(this.#doc);
  }
}

/** Text, its newlines as hard lines (they take the indentation of where the text is printed). */
function textDoc(value: string): Doc {
  return value.includes('\n')
    ? layout.concat(layout.join(layout.hardline, value.split('\n').map(layout.text)))
    : layout.text(value);
}

const text = (value: string): Code => {
  const breaks = value.includes('\n');
  return new Code(TOKEN, textDoc(value), breaks, breaks);
};

/** Text known to be printable ASCII (one column a character), which need not be measured. */
const asciiText = (value: string): Code => new Code(TOKEN, layout.text(value, value.length), false, false);

/** A document made of `parts`, breaking when one of them does (or when `breaks`). */
function composed(doc: Doc, parts: readonly Code[], breaks = false): Code {
  let willBreak = breaks;
  for (let i = 0; i < parts.length; i++) {
    breaks ||= parts[i]!.breaks;
    willBreak ||= parts[i]!.willBreak;
  }
  return new Code(TOKEN, doc, breaks, willBreak);
}

type Part = Code | readonly Code[];

function partCodes(part: Part): readonly Code[] {
  if (part instanceof Code) return [part];
  if (Array.isArray(part) && part.every((item) => item instanceof Code)) return part;
  throw new TypeError(`generated code may only interpolate Code values, got ${typeof part}`);
}

function partDoc(part: Part): Doc {
  return part instanceof Code ? part.doc : layout.concat(docsOf(partCodes(part)));
}

/**
 * The codes' documents, in an array filled by push: `map` makes a holey array, and the printer's
 * loops over parts stay optimized only while every array they see has one elements kind.
 */
function docsOf(codes: readonly Code[]): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; i < codes.length; i++) docs.push(codes[i]!.doc);
  return docs;
}

/** A template's fixed text, made once per place `ts` is called (the engine gives each the same strings). */
interface Template {
  /** Each piece of text as a document, null when empty. */
  docs: (Doc | null)[];
  /** Whether a piece holds a newline (a hard line). */
  breaks: boolean;
  /** The whole, when the template has no hole. */
  code: Code | undefined;
}
const templates = new WeakMap<TemplateStringsArray, Template>();

function templateOf(strings: TemplateStringsArray): Template {
  let template = templates.get(strings);
  if (template === undefined) {
    const breaks = strings.some((value) => value.includes('\n'));
    template = {
      docs: strings.map((value) => (value === '' ? null : textDoc(value))),
      breaks,
      code: strings.length === 1 ? text(strings[0]!) : undefined,
    };
    templates.set(strings, template);
  }
  return template;
}

/** Fixed generator text with `Code` holes (or arrays of `Code`, concatenated): `ts\`if (${cond}) return false;\``. */
export function ts(strings: TemplateStringsArray, ...parts: Part[]): Code {
  const template = templateOf(strings);
  if (parts.length === 0) return template.code!;
  const docs: Doc[] = [];
  let breaks = template.breaks;
  let willBreak = breaks;
  for (let i = 0; i <= parts.length; i++) {
    if (i > 0) {
      const part = parts[i - 1]!;
      const made = part instanceof Code ? part : composed(partDoc(part), partCodes(part));
      docs.push(made.doc);
      breaks ||= made.breaks;
      willBreak ||= made.willBreak;
    }
    const doc = template.docs[i]!;
    if (doc !== null) docs.push(doc);
  }
  return new Code(TOKEN, docs.length === 1 ? docs[0]! : layout.concat(docs), breaks, willBreak);
}

/** The same code, labelled with what expression it is. */
export const labelled = (made: Code, label: string): Code =>
  new Code(TOKEN, made.doc, made.breaks, made.willBreak, label);

/** A line break when the enclosing group does not fit on one line, else a space. */
export const line: Code = new Code(TOKEN, layout.line, false, false);
/** A line break when the enclosing group does not fit on one line, else nothing. */
export const softline: Code = new Code(TOKEN, layout.softline, false, false);
/** Breaks every group around it (and prints nothing). */
export const breakParent: Code = new Code(TOKEN, layout.breakParent, true, true);
/** A line break that breaks every group around it. */
export const hardline: Code = new Code(TOKEN, layout.hardline, true, true);
/** Parts on one line when they fit the print width (up to where the text after them may break), else broken. */
export function group(parts: readonly Code[], options: { shouldBreak?: boolean; id?: symbol } = {}): Code {
  let breaks = options.shouldBreak === true;
  let willBreak = breaks;
  const docs: Doc[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    docs.push(part.doc);
    breaks ||= part.breaks;
    willBreak ||= part.willBreak;
  }
  const doc = layout.group(layout.concat(docs), { shouldBreak: breaks, id: options.id });
  return new Code(TOKEN, doc, breaks, willBreak);
}
/** The first of the states that fits on one line, else the last, broken (prettier's conditionalGroup). */
export const conditionalGroup = (states: readonly Code[]): Code =>
  new Code(TOKEN, layout.conditionalGroup(docsOf(states)), false, states[0]!.willBreak);
export const indent = (parts: readonly Code[]): Code => composed(layout.indent(partDoc(parts)), parts);
/** Indentation by `width` spaces, as prettier aligns a conditional's branches. */
export const align = (width: number, parts: readonly Code[]): Code =>
  composed(layout.align(width, partDoc(parts)), parts);

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
export function operator(symbol: string): Code {
  if (!OPERATORS.has(symbol)) throw new Error(`not a binary operator: ${symbol}`);
  return text(symbol);
}
/** `breakCode` when the enclosing group (or the group `groupId`) is broken, else `flatCode`. */
export const ifBreak = (breakCode: Code, flatCode: Code = ts``, groupId?: symbol): Code =>
  composed(layout.ifBreak(breakCode.doc, flatCode.doc, groupId), [breakCode, flatCode]);
export const indentIfBreak = (parts: readonly Code[], groupId: symbol): Code =>
  composed(layout.indentIfBreak(partDoc(parts), groupId), parts);
/** Contents and separators alternating, as many contents on each line as fit. */
export const fill = (parts: readonly Code[]): Code => composed(layout.fill(docsOf(parts)), parts);

/** A string, number, boolean or null literal. */
export function lit(value: string | number | boolean | null): Code {
  if (typeof value !== 'string') return asciiText(tsPrettierLiteral(value));
  // Most catalog strings: quoted as they are (tsPrettierLiteral's own first case), measured by the way.
  return isPrintableAscii(value, true) ? asciiText(`'${value}'`) : text(tsPrettierLiteral(value));
}

/** A declaration or reference name; throws unless it is a safe identifier. */
export const id = (name: string): Code => asciiText(tsIdentifier(name));

/** A property key in an object literal or type: bare when safe, quoted otherwise. */
export const key = (name: string): Code => text(tsPrettierKey(name));

/**
 * A property key in an interface or type literal: bare when it is an ASCII identifier name (a
 * type member named `__proto__` is an ordinary member), else as `key` prints it.
 */
export const memberKey = (name: string): Code =>
  /^[A-Za-z_$][\w$]*$/.test(name) ? asciiText(name) : key(name);

/**
 * A key in an object literal: like `key`, but `__proto__` becomes a computed key, because
 * `{ "__proto__": x }` would set the object's prototype instead of making an entry.
 */
export const entryKey = (name: string): Code =>
  name === '__proto__' ? text(`[${tsPrettierLiteral(name)}]`) : key(name);

/** A non-negative integer (loop counters, local name suffixes). */
export function int(value: number): Code {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a small integer: ${value}`);
  return asciiText(String(value));
}

/** Codes joined by a separator. */
export function join(parts: readonly Code[], separator: Code): Code {
  const doc = layout.concat(layout.join(separator.doc, docsOf(parts)));
  return composed(doc, parts.length > 1 ? [...parts, separator] : parts);
}

/** A one-line-per-line JSDoc comment, then a newline, to put in front of a declaration written inline. */
export const doc = (text: string): Code => ts`${inlineDoc(text)}\n`;

/** A JSDoc comment (one line per line of text) with nothing after it. */
export const inlineDoc = (comment: string): Code =>
  text(`/** ${tsDocText(comment).replace(/\n/g, '\n * ')} */`);

/** Lines of code; a nested array is a block, indented one level. */
export type Lines = readonly (Code | Lines)[];

/** A JSDoc block as lines (one line per line of text), or nothing when the text is empty. */
export function docLines(...paragraphs: (string | undefined)[]): Code[] {
  const body = paragraphs
    .filter((paragraph): paragraph is string => paragraph !== undefined && paragraph.trim() !== '')
    .map((paragraph) => tsDocText(paragraph.trim()))
    .join('\n\n');
  if (body === '') return [];
  const lines = body.split('\n').map((line) => (line === '' ? ' *' : ` * ${line.trimEnd()}`));
  return [text(['/**', ...lines, ' */'].join('\n'))];
}

/**
 * A JSDoc block as prettier reprints one whose lines all start with `*`: `/**`, ` * text` per line,
 * ` *\/`, each line at the indentation where the block is printed. Trailing blanks are trimmed, but
 * for the two spaces of a line that ends in two or more (a Markdown line break, which prettier keeps).
 */
export function jsDocBlock(lines: readonly string[]): Code {
  const docs: Doc[] = [layout.text('/**')];
  let keptSpaces = false;
  for (const text of lines) {
    const line = ` * ${tsDocText(text)}`;
    const trimmed = line.trimEnd();
    docs.push(keptSpaces ? layout.hardlineKeepingSpaces : layout.hardline, layout.text(trimmed));
    keptSpaces = trimmed !== ' *' && line.endsWith('  ');
    if (keptSpaces) docs.push(TWO_SPACES);
  }
  docs.push(keptSpaces ? layout.hardlineKeepingSpaces : layout.hardline, END_OF_COMMENT);
  return new Code(TOKEN, layout.concat(docs), true, true);
}

const TWO_SPACES = layout.text('  ');
const END_OF_COMMENT = layout.text(' */');

/** Each line after a hard line break; a block one level deeper. */
function linesDoc(lines: Lines): Doc {
  const docs: Doc[] = [];
  for (const item of lines) {
    if (item instanceof Code) docs.push(layout.hardline, item.doc);
    else docs.push(layout.indent(linesDoc(item)));
  }
  return layout.concat(docs);
}

/** Lines rendered with two spaces of indentation per block level. */
export function render(lines: Lines, depth = 0): string {
  return layout
    .printDoc(linesDoc(lines), depth * 2)
    .replace(/^\n/, '')
    .replace(/[ \t]+$/, '');
}

/** Whether the lines hold a line (each starts with a hard line). */
const anyLine = (lines: Lines): boolean => lines.some((item) => item instanceof Code || anyLine(item));

/** Lines as one Code (a block one level deeper), to interpolate where the lines are printed. */
export function block(lines: Lines): Code {
  const breaks = anyLine(lines);
  return new Code(TOKEN, linesDoc(lines), breaks, breaks);
}
