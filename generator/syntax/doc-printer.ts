/**
 * A line-fitting printer for documents of text, groups, indentation and line breaks: the algorithm
 * prettier prints with (Wadler's "prettier printer", with prettier's conditional groups, `ifBreak`
 * and `fill`), so that code the emitters describe with the same documents prettier builds for it
 * comes out in prettier's layout without parsing or formatting anything. A group is printed on one
 * line when it fits the print width up to the next place the text after it may break, else its
 * lines break; a hard line breaks every group around it.
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
      /** Set once propagateBreaks has been through it: documents never change, so once is enough. */
      propagated?: boolean;
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

interface Command {
  indent: number;
  mode: Mode;
  doc: Doc;
}

/** The document as text, its top level starting at column `indentation` (which every line keeps). */
export function printDoc(doc: Doc, indentation = 0): string {
  propagateBreaks(doc);
  const groupModes = new Map<symbol, Mode>();
  const commands: Command[] = [{ indent: indentation, mode: BREAK, doc }];
  const out: string[] = [];
  let column = indentation;
  let shouldRemeasure = false;
  while (commands.length > 0) {
    const { indent: ind, mode, doc: current } = commands.pop()!;
    if (typeof current === 'string') {
      out.push(current);
      column += displayWidth(current);
      continue;
    }
    if (isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) commands.push({ indent: ind, mode, doc: current[i]! });
      continue;
    }
    switch (current.kind) {
      case 'indent':
        commands.push({ indent: ind + current.width, mode, doc: current.contents });
        break;
      case 'group': {
        if (mode === FLAT && !shouldRemeasure) {
          commands.push({ indent: ind, mode: current.break ? BREAK : FLAT, doc: current.contents });
        } else {
          shouldRemeasure = false;
          const next: Command = { indent: ind, mode: FLAT, doc: current.contents };
          const rest = PRINT_WIDTH - column;
          if (!current.break && fits(next, commands, rest, groupModes, false)) {
            commands.push(next);
          } else if (current.expandedStates) {
            const mostExpanded = current.expandedStates.at(-1)!;
            if (current.break) {
              commands.push({ indent: ind, mode: BREAK, doc: mostExpanded });
            } else {
              let chosen: Command = { indent: ind, mode: BREAK, doc: mostExpanded };
              for (const state of current.expandedStates.slice(1, -1)) {
                const command: Command = { indent: ind, mode: FLAT, doc: state };
                if (fits(command, commands, rest, groupModes, false)) {
                  chosen = command;
                  break;
                }
              }
              commands.push(chosen);
            }
          } else {
            commands.push({ indent: ind, mode: BREAK, doc: current.contents });
          }
        }
        if (current.id) groupModes.set(current.id, commands.at(-1)!.mode);
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
        commands.push({ indent: ind, mode, doc: contents });
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
  commands: Command[],
  rest: number,
  groupModes: Map<symbol, Mode>,
): void {
  if (parts.length === 0) return;
  const [content, whitespace] = parts as [Doc, Doc];
  const contentFlat: Command = { indent: ind, mode: FLAT, doc: content };
  const contentBreak: Command = { indent: ind, mode: BREAK, doc: content };
  const contentFits = fits(contentFlat, [], rest, groupModes, true);
  if (parts.length === 1) {
    commands.push(contentFits ? contentFlat : contentBreak);
    return;
  }
  const whitespaceFlat: Command = { indent: ind, mode: FLAT, doc: whitespace };
  const whitespaceBreak: Command = { indent: ind, mode: BREAK, doc: whitespace };
  if (parts.length === 2) {
    if (contentFits) commands.push(whitespaceFlat, contentFlat);
    else commands.push(whitespaceBreak, contentBreak);
    return;
  }
  const remaining: Command = { indent: ind, mode, doc: fill(parts.slice(2)) };
  const firstTwo: Command = { indent: ind, mode: FLAT, doc: [content, whitespace, parts[2]!] };
  if (fits(firstTwo, [], rest, groupModes, true)) commands.push(remaining, whitespaceFlat, contentFlat);
  else if (contentFits) commands.push(remaining, whitespaceBreak, contentFlat);
  else commands.push(remaining, whitespaceBreak, contentBreak);
}

/**
 * Whether `next` fits in `width` columns, followed by the commands still to print up to their
 * first line break (in their own mode, so a group after it counts up to where it could break).
 */
function fits(
  next: Command,
  rest: readonly Command[],
  width: number,
  groupModes: Map<symbol, Mode>,
  mustBeFlat: boolean,
): boolean {
  let restIndex = rest.length;
  let pendingSpace = false;
  // Two parallel stacks rather than one of {mode, doc} pairs: this loop runs for every group printed.
  const modes: Mode[] = [next.mode];
  const docs: Doc[] = [next.doc];
  while (width >= 0) {
    if (docs.length === 0) {
      if (restIndex === 0) return true;
      const command = rest[--restIndex]!;
      modes.push(command.mode);
      docs.push(command.doc);
      continue;
    }
    const mode = modes.pop()!;
    const doc = docs.pop()!;
    if (typeof doc === 'string') {
      if (doc !== '') {
        width -= displayWidth(doc) + (pendingSpace ? 1 : 0);
        pendingSpace = false;
      }
      continue;
    }
    if (isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) {
        modes.push(mode);
        docs.push(doc[i]!);
      }
      continue;
    }
    switch (doc.kind) {
      case 'fill':
        for (let i = doc.parts.length - 1; i >= 0; i--) {
          modes.push(mode);
          docs.push(doc.parts[i]!);
        }
        break;
      case 'indent':
      case 'indent-if-break':
        modes.push(mode);
        docs.push(doc.contents);
        break;
      case 'group': {
        if (mustBeFlat && doc.break) return false;
        const groupMode = doc.break ? BREAK : mode;
        modes.push(groupMode);
        docs.push(doc.expandedStates && groupMode === BREAK ? doc.expandedStates.at(-1)! : doc.contents);
        break;
      }
      case 'if-break': {
        const groupMode = doc.groupId ? (groupModes.get(doc.groupId) ?? FLAT) : mode;
        modes.push(mode);
        docs.push(groupMode === BREAK ? doc.breakContents : doc.flatContents);
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

/** Whether the document holds a hard line or a group that is broken already (prettier's willBreak). */
export function willBreak(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (isArray(doc)) return doc.some(willBreak);
  switch (doc.kind) {
    case 'break-parent':
      return true;
    case 'line':
      return doc.hard;
    case 'group':
      return doc.break || willBreak(doc.contents);
    case 'indent':
    case 'indent-if-break':
      return willBreak(doc.contents);
    case 'if-break':
      return willBreak(doc.breakContents) || willBreak(doc.flatContents);
    case 'fill':
      return doc.parts.some(willBreak);
  }
}

/**
 * Marks every group that holds a hard line as broken, and the groups around it (prettier's
 * propagateBreaks; a conditional group is not marked, and stops the marking).
 */
function propagateBreaks(doc: Doc): void {
  const walk = (current: Doc): boolean => {
    if (typeof current === 'string') return false;
    if (isArray(current)) {
      let hard = false;
      for (const part of current) if (walk(part)) hard = true;
      return hard;
    }
    switch (current.kind) {
      case 'break-parent':
        return true;
      case 'group': {
        const node = current as { break: boolean; propagated?: boolean };
        if (node.propagated) return current.expandedStates ? false : current.break;
        node.propagated = true;
        if (current.expandedStates) {
          for (const state of current.expandedStates) walk(state);
          return false;
        }
        if (walk(current.contents)) node.break = true;
        return node.break;
      }
      case 'indent':
      case 'indent-if-break':
        return walk(current.contents);
      case 'if-break': {
        const hard = walk(current.breakContents);
        return walk(current.flatContents) || hard;
      }
      case 'fill':
        return walk(current.parts);
      case 'line':
        return false;
    }
  };
  walk(doc);
}
