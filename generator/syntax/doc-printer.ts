/**
 * A line-fitting printer for documents of text, groups, indentation and line breaks: the algorithm
 * prettier prints with (Wadler's "prettier printer", with prettier's conditional groups, `ifBreak`
 * and `fill`), so that code the emitters describe with the same documents prettier builds for it
 * comes out in prettier's layout without parsing or formatting anything. A group is printed on one
 * line when it fits the print width up to the next place the text after it may break, else its
 * lines break; a hard line breaks every group around it. The builder (ts-code.ts) says so as it
 * builds each group (`break`), which spares the printer prettier's propagateBreaks walk.
 */
import { displayWidth, PRINT_WIDTH } from './display-width.ts';

const TEXT = 0;
const CONCAT = 1;
const GROUP = 2;
const INDENT = 3;
const LINE = 4;
const IF_BREAK = 5;
const INDENT_IF_BREAK = 6;
const FILL = 7;
const BREAK_PARENT = 8;

const BROKEN = 1;
const SOFT = 2;
const HARD = 4;
const KEEP_SPACES = 8;

/**
 * A document node. Every kind is the one class with the same fields, so that the printer's loops
 * see one object shape (and stay optimized) whatever the document holds; a text knows its width.
 */
export class Doc {
  constructor(
    readonly kind: number,
    /** A text's text. */
    readonly text: string,
    /** A text's display width, an indentation's width, the index of a fill's first part. */
    readonly width: number,
    /** What a group, an indentation or an indent-if-break holds; an if-break's contents when broken. */
    readonly contents: Doc | null,
    /** An if-break's contents when flat. */
    readonly flatContents: Doc | null,
    /** A concatenation's or a fill's parts; a conditional group's states. */
    readonly parts: readonly Doc[] | null,
    readonly flags: number,
    /** A group's id; the id of the group an if-break or indent-if-break asks about. */
    readonly id: symbol | null,
  ) {}
}

const EMPTY_TEXT = new Doc(TEXT, '', 0, null, null, null, 0, null);

/** Text, with no line break in it (`width` when the caller knows its display width). */
export const text = (value: string, width?: number): Doc =>
  value === '' ? EMPTY_TEXT : new Doc(TEXT, value, width ?? displayWidth(value), null, null, null, 0, null);

/** The text of a document that is a text alone, else undefined. */
export const textOf = (doc: Doc): string | undefined => (doc.kind === TEXT ? doc.text : undefined);

/** Documents one after the other. */
export const concat = (docs: readonly Doc[]): Doc => new Doc(CONCAT, '', 0, null, null, docs, 0, null);

export const line: Doc = new Doc(LINE, '', 0, null, null, null, 0, null);
export const softline: Doc = new Doc(LINE, '', 0, null, null, null, SOFT, null);
export const breakParent: Doc = new Doc(BREAK_PARENT, '', 0, null, null, null, 0, null);
const hardlineWithoutBreakParent = new Doc(LINE, '', 0, null, null, null, HARD, null);
export const hardline: Doc = concat([hardlineWithoutBreakParent, breakParent]);
/** A hard line that keeps the spaces before it: prettier keeps a JSDoc line's two trailing spaces (a Markdown line break). */
export const hardlineKeepingSpaces: Doc = concat([
  new Doc(LINE, '', 0, null, null, null, HARD | KEEP_SPACES, null),
  breakParent,
]);

/** A group; `shouldBreak` when it is to break, and whenever its contents hold a hard line or a broken group outside a conditional group. */
export const group = (contents: Doc, options: { shouldBreak?: boolean; id?: symbol } = {}): Doc =>
  new Doc(GROUP, '', 0, contents, null, null, options.shouldBreak === true ? BROKEN : 0, options.id ?? null);

/** The first state that fits, else the last, broken (prettier's `conditionalGroup`). */
export const conditionalGroup = (states: readonly Doc[]): Doc =>
  new Doc(GROUP, '', 0, states[0]!, null, states, 0, null);

export const indent = (contents: Doc): Doc => new Doc(INDENT, '', 2, contents, null, null, 0, null);

/** Indentation by `width` spaces (prettier's `align`). */
export const align = (width: number, contents: Doc): Doc =>
  new Doc(INDENT, '', width, contents, null, null, 0, null);

export const ifBreak = (breakContents: Doc, flatContents: Doc = EMPTY_TEXT, groupId?: symbol): Doc =>
  new Doc(IF_BREAK, '', 0, breakContents, flatContents, null, 0, groupId ?? null);

export const indentIfBreak = (contents: Doc, groupId: symbol): Doc =>
  new Doc(INDENT_IF_BREAK, '', 0, contents, null, null, 0, groupId);

/** Contents and separators alternating: each separator breaks only when the next content does not fit. */
export const fill = (parts: readonly Doc[]): Doc => fillFrom(parts, 0);

const fillFrom = (parts: readonly Doc[], start: number): Doc =>
  new Doc(FILL, '', start, null, null, parts, 0, null);

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const joined: Doc[] = [];
  for (let i = 0; i < docs.length; i++) {
    if (i > 0) joined.push(separator);
    joined.push(docs[i]!);
  }
  return joined;
}

const BREAK = 1;
const FLAT = 2;
type Mode = typeof BREAK | typeof FLAT;

/**
 * The commands still to print, as triples (indentation, mode, document) on one array, the next on
 * top: the printer pushes one for every part of every array, and objects for them would be garbage.
 */
type Commands = (number | Doc)[];

/** No commands, as an array of the elements kind the printer's command arrays have. */
const NO_COMMANDS: Commands = [EMPTY_TEXT];
NO_COMMANDS.pop();

/** `n` spaces, for the indentations code has (made as the module loads, not while printing). */
const indentations: string[] = [];
for (let n = 0; n <= PRINT_WIDTH; n++) indentations.push(' '.repeat(n));
const spaces = (n: number): string => (n < indentations.length ? indentations[n]! : ' '.repeat(n));

/** The document as text, its top level starting at column `indentation` (which every line keeps). */
export function printDoc(doc: Doc, indentation = 0): string {
  const groupModes = new Map<symbol, Mode>();
  const commands: Commands = [indentation, BREAK, doc];
  // The text so far is `out` then `blanks`: the spaces and tabs it ends with wait apart, as a line
  // break drops them. One string grown by `+=` costs less than an array of pieces joined at the end.
  let out = '';
  let blanks = '';
  let column = indentation;
  let shouldRemeasure = false;
  while (commands.length > 0) {
    const current = commands.pop() as Doc;
    const mode = commands.pop() as Mode;
    const ind = commands.pop() as number;
    switch (current.kind) {
      case TEXT: {
        const value = current.text;
        column += current.width;
        if (value === '') break;
        if (!isBlank(value.charCodeAt(value.length - 1))) {
          if (blanks !== '') {
            out += blanks;
            blanks = '';
          }
          out += value;
          break;
        }
        let end = value.length - 1;
        while (end > 0 && isBlank(value.charCodeAt(end - 1))) end--;
        if (end === 0) blanks += value;
        else {
          out += blanks + value.slice(0, end);
          blanks = value.slice(end);
        }
        break;
      }
      case CONCAT: {
        const parts = current.parts!;
        for (let i = parts.length - 1; i >= 0; i--) commands.push(ind, mode, parts[i]!);
        break;
      }
      case INDENT:
        commands.push(ind + current.width, mode, current.contents!);
        break;
      case GROUP: {
        const broken = (current.flags & BROKEN) !== 0;
        let chosenMode: Mode = BREAK;
        if (mode === FLAT && !shouldRemeasure) {
          chosenMode = broken ? BREAK : FLAT;
          commands.push(ind, chosenMode, current.contents!);
        } else {
          shouldRemeasure = false;
          const rest = PRINT_WIDTH - column;
          if (!broken && fits(current.contents!, commands, rest, groupModes, false)) {
            chosenMode = FLAT;
            commands.push(ind, FLAT, current.contents!);
          } else if (current.parts !== null) {
            const states = current.parts;
            let chosen = states[states.length - 1]!;
            if (!broken) {
              for (let i = 1; i < states.length - 1; i++) {
                if (fits(states[i]!, commands, rest, groupModes, false)) {
                  chosen = states[i]!;
                  chosenMode = FLAT;
                  break;
                }
              }
            }
            commands.push(ind, chosenMode, chosen);
          } else {
            commands.push(ind, BREAK, current.contents!);
          }
        }
        if (current.id !== null) groupModes.set(current.id, chosenMode);
        break;
      }
      case FILL:
        printFill(current, ind, mode, commands, PRINT_WIDTH - column, groupModes);
        break;
      case IF_BREAK:
      case INDENT_IF_BREAK: {
        const groupMode = current.id !== null ? groupModes.get(current.id) : mode;
        if (groupMode === undefined) break;
        if (current.kind === IF_BREAK)
          commands.push(ind, mode, groupMode === BREAK ? current.contents! : current.flatContents!);
        else commands.push(groupMode === BREAK ? ind + 2 : ind, mode, current.contents!);
        break;
      }
      case LINE:
        if (mode === FLAT && (current.flags & HARD) === 0) {
          if ((current.flags & SOFT) === 0) {
            blanks += ' ';
            column += 1;
          }
          break;
        }
        if (mode === FLAT) shouldRemeasure = true;
        out += (current.flags & KEEP_SPACES) === 0 ? '\n' : blanks + '\n';
        blanks = spaces(ind);
        column = ind;
        break;
      case BREAK_PARENT:
        break;
    }
  }
  return out + blanks;
}

function printFill(
  current: Doc,
  ind: number,
  mode: Mode,
  commands: Commands,
  rest: number,
  groupModes: Map<symbol, Mode>,
): void {
  const parts = current.parts!;
  const start = current.width;
  const length = parts.length - start;
  if (length <= 0) return;
  const content = parts[start]!;
  const contentFits = fits(content, NO_COMMANDS, rest, groupModes, true);
  const contentMode = contentFits ? FLAT : BREAK;
  if (length === 1) {
    commands.push(ind, contentMode, content);
    return;
  }
  const whitespace = parts[start + 1]!;
  if (length === 2) {
    commands.push(ind, contentMode, whitespace, ind, contentMode, content);
    return;
  }
  const remaining = fillFrom(parts, start + 2);
  const next = concat([content, whitespace, parts[start + 2]!]);
  const whitespaceMode = fits(next, NO_COMMANDS, rest, groupModes, true) ? FLAT : BREAK;
  commands.push(ind, mode, remaining, ind, whitespaceMode, whitespace, ind, contentMode, content);
}

/** fits' own stack of (mode, document) pairs: one for every call, as fits is never re-entered. */
const measuring: (Mode | Doc)[] = [];

/**
 * Whether `next`, printed flat, fits in `width` columns, followed by the commands still to print up
 * to their first line break (in their own mode, so a group after it counts up to where it could break).
 */
function fits(
  next: Doc,
  rest: Commands,
  width: number,
  groupModes: Map<symbol, Mode>,
  mustBeFlat: boolean,
): boolean {
  let restIndex = rest.length;
  let pendingSpace = false;
  const stack = measuring;
  stack.length = 0;
  stack.push(FLAT, next);
  while (width >= 0) {
    if (stack.length === 0) {
      if (restIndex === 0) return true;
      stack.push(rest[restIndex - 2] as Mode, rest[restIndex - 1] as Doc);
      restIndex -= 3;
      continue;
    }
    const doc = stack.pop() as Doc;
    const mode = stack.pop() as Mode;
    switch (doc.kind) {
      case TEXT:
        if (doc.text !== '') {
          width -= doc.width + (pendingSpace ? 1 : 0);
          pendingSpace = false;
        }
        break;
      case CONCAT: {
        const parts = doc.parts!;
        for (let i = parts.length - 1; i >= 0; i--) stack.push(mode, parts[i]!);
        break;
      }
      case FILL: {
        const parts = doc.parts!;
        for (let i = parts.length - 1; i >= doc.width; i--) stack.push(mode, parts[i]!);
        break;
      }
      case INDENT:
      case INDENT_IF_BREAK:
        stack.push(mode, doc.contents!);
        break;
      case GROUP: {
        const broken = (doc.flags & BROKEN) !== 0;
        if (mustBeFlat && broken) return false;
        const groupMode = broken ? BREAK : mode;
        stack.push(
          groupMode,
          doc.parts !== null && groupMode === BREAK ? doc.parts[doc.parts.length - 1]! : doc.contents!,
        );
        break;
      }
      case IF_BREAK: {
        const groupMode = doc.id !== null ? (groupModes.get(doc.id) ?? FLAT) : mode;
        stack.push(mode, groupMode === BREAK ? doc.contents! : doc.flatContents!);
        break;
      }
      case LINE:
        if (mode === BREAK || (doc.flags & HARD) !== 0) return true;
        if ((doc.flags & SOFT) === 0) pendingSpace = true;
        break;
      case BREAK_PARENT:
        break;
    }
  }
  return false;
}

/** A space or a tab (what a line break drops before it). */
const isBlank = (code: number): boolean => code === 32 || code === 9;
