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

export type Doc = string | readonly Doc[] | DocNode;

type DocNode =
  | {
      kind: 'group';
      contents: Doc;
      break: boolean;
      expandedStates?: readonly Doc[];
      id?: symbol;
    }
  | { kind: 'indent'; contents: Doc; width: number }
  | { kind: 'line'; soft: boolean; hard: boolean; keepSpaces?: boolean }
  | { kind: 'if-break'; breakContents: Doc; flatContents: Doc; groupId?: symbol }
  | { kind: 'indent-if-break'; contents: Doc; groupId: symbol }
  | { kind: 'fill'; parts: readonly Doc[] }
  | { kind: 'break-parent' };

export const line: Doc = { kind: 'line', soft: false, hard: false };
export const softline: Doc = { kind: 'line', soft: true, hard: false };
export const breakParent: Doc = { kind: 'break-parent' };
const hardlineWithoutBreakParent: Doc = { kind: 'line', soft: false, hard: true };
export const hardline: Doc = [hardlineWithoutBreakParent, breakParent];
/** A hard line that keeps the spaces before it: prettier keeps a JSDoc line's two trailing spaces (a Markdown line break). */
export const hardlineKeepingSpaces: Doc = [
  { kind: 'line', soft: false, hard: true, keepSpaces: true },
  breakParent,
];

/** A group; `shouldBreak` when it is to break, and whenever its contents hold a hard line or a broken group outside a conditional group. */
export const group = (contents: Doc, options: { shouldBreak?: boolean; id?: symbol } = {}): Doc => ({
  kind: 'group',
  contents,
  break: options.shouldBreak === true,
  id: options.id,
});

/** The first state that fits, else the last, broken (prettier's `conditionalGroup`). */
export const conditionalGroup = (states: readonly Doc[]): Doc => ({
  kind: 'group',
  contents: states[0]!,
  break: false,
  expandedStates: states,
});

export const indent = (contents: Doc): Doc => ({ kind: 'indent', contents, width: 2 });

/** Indentation by `width` spaces (prettier's `align`). */
export const align = (width: number, contents: Doc): Doc => ({ kind: 'indent', contents, width });

export const ifBreak = (breakContents: Doc, flatContents: Doc = '', groupId?: symbol): Doc => ({
  kind: 'if-break',
  breakContents,
  flatContents,
  groupId,
});

export const indentIfBreak = (contents: Doc, groupId: symbol): Doc => ({
  kind: 'indent-if-break',
  contents,
  groupId,
});

/** Contents and separators alternating: each separator breaks only when the next content does not fit. */
export const fill = (parts: readonly Doc[]): Doc => ({ kind: 'fill', parts });

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return docs.flatMap((doc, index) => (index === 0 ? [doc] : [separator, doc]));
}

const BREAK = 1;
const FLAT = 2;
type Mode = typeof BREAK | typeof FLAT;

/**
 * The commands still to print, as triples (indentation, mode, document) on one array, the next on
 * top: the printer pushes one for every part of every array, and objects for them would be garbage.
 */
type Commands = (number | Doc)[];

/** The document as text, its top level starting at column `indentation` (which every line keeps). */
export function printDoc(doc: Doc, indentation = 0): string {
  const groupModes = new Map<symbol, Mode>();
  const commands: Commands = [indentation, BREAK, doc];
  const out: string[] = [];
  let column = indentation;
  let shouldRemeasure = false;
  while (commands.length > 0) {
    const current = commands.pop() as Doc;
    const mode = commands.pop() as Mode;
    const ind = commands.pop() as number;
    if (typeof current === 'string') {
      out.push(current);
      column += displayWidth(current);
      continue;
    }
    if (isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) commands.push(ind, mode, current[i]!);
      continue;
    }
    switch (current.kind) {
      case 'indent':
        commands.push(ind + current.width, mode, current.contents);
        break;
      case 'group': {
        let chosenMode: Mode = BREAK;
        if (mode === FLAT && !shouldRemeasure) {
          chosenMode = current.break ? BREAK : FLAT;
          commands.push(ind, chosenMode, current.contents);
        } else {
          shouldRemeasure = false;
          const rest = PRINT_WIDTH - column;
          if (!current.break && fits(current.contents, commands, rest, groupModes, false)) {
            chosenMode = FLAT;
            commands.push(ind, FLAT, current.contents);
          } else if (current.expandedStates) {
            const states = current.expandedStates;
            let chosen = states.at(-1)!;
            if (!current.break) {
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
            commands.push(ind, BREAK, current.contents);
          }
        }
        if (current.id) groupModes.set(current.id, chosenMode);
        break;
      }
      case 'fill':
        printFill(current.parts, ind, mode, commands, PRINT_WIDTH - column, groupModes);
        break;
      case 'if-break':
      case 'indent-if-break': {
        const groupMode = current.groupId ? groupModes.get(current.groupId) : mode;
        if (groupMode === undefined) break;
        const contents =
          current.kind === 'if-break'
            ? groupMode === BREAK
              ? current.breakContents
              : current.flatContents
            : groupMode === BREAK
              ? indent(current.contents)
              : current.contents;
        commands.push(ind, mode, contents);
        break;
      }
      case 'line':
        if (mode === FLAT && !current.hard) {
          if (!current.soft) {
            out.push(' ');
            column += 1;
          }
          break;
        }
        if (mode === FLAT) shouldRemeasure = true;
        if (current.keepSpaces !== true) trimTrailingSpace(out);
        out.push('\n' + ' '.repeat(ind));
        column = ind;
        break;
      case 'break-parent':
        break;
    }
  }
  return out.join('');
}

function printFill(
  parts: readonly Doc[],
  ind: number,
  mode: Mode,
  commands: Commands,
  rest: number,
  groupModes: Map<symbol, Mode>,
): void {
  if (parts.length === 0) return;
  const [content, whitespace] = parts as [Doc, Doc];
  const contentFits = fits(content, [], rest, groupModes, true);
  const contentMode = contentFits ? FLAT : BREAK;
  if (parts.length === 1) {
    commands.push(ind, contentMode, content);
    return;
  }
  if (parts.length === 2) {
    commands.push(ind, contentMode, whitespace, ind, contentMode, content);
    return;
  }
  const remaining = fill(parts.slice(2));
  const whitespaceMode = fits([content, whitespace, parts[2]!], [], rest, groupModes, true) ? FLAT : BREAK;
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
    if (typeof doc === 'string') {
      if (doc !== '') {
        width -= displayWidth(doc) + (pendingSpace ? 1 : 0);
        pendingSpace = false;
      }
      continue;
    }
    if (isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) stack.push(mode, doc[i]!);
      continue;
    }
    switch (doc.kind) {
      case 'fill':
        for (let i = doc.parts.length - 1; i >= 0; i--) stack.push(mode, doc.parts[i]!);
        break;
      case 'indent':
      case 'indent-if-break':
        stack.push(mode, doc.contents);
        break;
      case 'group': {
        if (mustBeFlat && doc.break) return false;
        const groupMode = doc.break ? BREAK : mode;
        stack.push(
          groupMode,
          doc.expandedStates && groupMode === BREAK ? doc.expandedStates.at(-1)! : doc.contents,
        );
        break;
      }
      case 'if-break': {
        const groupMode = doc.groupId ? (groupModes.get(doc.groupId) ?? FLAT) : mode;
        stack.push(mode, groupMode === BREAK ? doc.breakContents : doc.flatContents);
        break;
      }
      case 'line':
        if (mode === BREAK || doc.hard) return true;
        if (!doc.soft) pendingSpace = true;
        break;
      case 'break-parent':
        break;
    }
  }
  return false;
}

function trimTrailingSpace(out: string[]): void {
  while (out.length > 0) {
    const last = out.at(-1)!;
    const end = last.charCodeAt(last.length - 1);
    if (last !== '' && end !== 32 && end !== 9) return;
    const trimmed = last.replace(/[ \t]+$/, '');
    if (trimmed !== '') {
      out[out.length - 1] = trimmed;
      return;
    }
    out.pop();
  }
}

const isArray = (doc: Doc): doc is readonly Doc[] => Array.isArray(doc);
