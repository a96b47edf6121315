/**
 * Where each value of a JSON text starts, by JSON Pointer: `JSON.parse` forgets positions, and the
 * catalog records the line of every spec definition it imports. A member's position is its key's
 * (the line a reader looks for); an array element's is its value's. The text should be valid JSON
 * (the caller parses it first): the scanner only follows its structure, and stops at the end of a
 * truncated text.
 */
import { escapePointerSegment } from '../../model/json-patch.ts';

/** 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

export type JsonPositions = ReadonlyMap<string, TextPosition>;

export function jsonPositions(text: string): JsonPositions {
  const positions = new Map<string, TextPosition>();
  let index = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): TextPosition => ({ line, column: index - lineStart + 1 });

  const skipSpace = (): void => {
    for (; index < text.length; index++) {
      const char = text[index];
      if (char === '\n') {
        line++;
        lineStart = index + 1;
      } else if (char !== ' ' && char !== '\t' && char !== '\r') return;
    }
  };
  const readString = (): string => {
    const start = index;
    for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === '\\') index++;
    if (index >= text.length) return text.slice(start + 1); // truncated: no closing quote
    index++;
    return JSON.parse(text.slice(start, index)) as string;
  };
  const skipScalar = (): void => {
    while (index < text.length && !/[\s,\]}]/.test(text[index]!)) index++;
  };
  const value = (pointer: string): void => {
    skipSpace();
    const char = text[index];
    if (char === '{') {
      index++;
      skipSpace();
      while (index < text.length && text[index] !== '}') {
        const at = here();
        const key = readString();
        const member = `${pointer}/${escapePointerSegment(key)}`;
        positions.set(member, at);
        skipSpace();
        index++; // ':'
        value(member);
        skipSpace();
        if (text[index] === ',') index++;
        skipSpace();
      }
      index++;
    } else if (char === '[') {
      index++;
      skipSpace();
      for (let item = 0; index < text.length && text[index] !== ']'; item++) {
        skipSpace();
        positions.set(`${pointer}/${item}`, here());
        value(`${pointer}/${item}`);
        skipSpace();
        if (text[index] === ',') index++;
        skipSpace();
      }
      index++;
    } else if (char === '"') readString();
    else skipScalar();
  };
  positions.set('', here());
  value('');
  return positions;
}
