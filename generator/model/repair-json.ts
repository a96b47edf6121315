/**
 * Parse JSON as published in the docs, repairing only the two unambiguous mistakes the docs make:
 *
 * - `trailing-comma`: a `,` followed only by whitespace and then `}` or `]` is dropped;
 * - `wrap-object`: a top-level object member fragment (`"filter": {...}`) is wrapped in `{` `}`.
 *
 * Anything else that does not parse is reported with its seed coordinates, never guessed.
 * Positions are seed coordinates: `firstLine` is the seed line of the text's first line, columns
 * are 1-based UTF-16 code units.
 */
import type { Repair } from './catalog-model.ts';

export type RepairResult =
  | { ok: true; value: unknown; repairs: Repair[] }
  | { ok: false; line: number; column: number; message: string };

export function repairJson(text: string, firstLine: number): RepairResult {
  const parser = new LenientParser(text);
  try {
    const value = parser.parseDocument();
    return { ok: true, value, repairs: parser.repairs.map((r) => toRepair(text, firstLine, r)) };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const { line, column } = position(text, firstLine, error.offset);
    return { ok: false, line, column, message: error.message };
  }
}

/**
 * Replays recorded repairs on published text and returns strict JSON text (for `JSON.parse`).
 * Throws when a repair does not sit where it says (e.g. a `trailing-comma` that is not on a comma
 * followed by a closing bracket), so a stale catalog entry fails loudly.
 */
export function applyRepairs(text: string, firstLine: number, repairs: readonly Repair[]): string {
  const starts = lineStarts(text);
  const located = repairs.map((repair) => {
    const index = repair.line - firstLine;
    const start = starts[index];
    if (start === undefined || repair.column < 1) {
      throw new Error(
        `${describe(repair)}: position is outside the text (lines ${firstLine}-${firstLine + starts.length - 1})`,
      );
    }
    const next = starts[index + 1];
    const lineEnd = next === undefined ? text.length : next - 1;
    const offset = start + repair.column - 1;
    if (offset >= lineEnd) {
      throw new Error(`${describe(repair)}: column is past the end of the line`);
    }
    return { repair, offset };
  });

  let wrap = false;
  const removals: number[] = [];
  for (const { repair, offset } of located) {
    if (repair.kind === 'trailing-comma') {
      if (text[offset] !== ',') {
        throw new Error(`${describe(repair)}: expected ',' there, found ${show(text[offset])}`);
      }
      const next = skipWhitespace(text, offset + 1);
      if (text[next] !== '}' && text[next] !== ']') {
        throw new Error(`${describe(repair)}: the comma is not followed by '}' or ']'`);
      }
      removals.push(offset);
    } else if (repair.kind === 'wrap-object') {
      if (offset !== skipWhitespace(text, 0)) {
        throw new Error(`${describe(repair)}: not the first character of the text`);
      }
      if (text[offset] !== '"') {
        throw new Error(
          `${describe(repair)}: expected a member name ('"') there, found ${show(text[offset])}`,
        );
      }
      wrap = true;
    } else {
      throw new Error(`unknown repair kind ${JSON.stringify((repair as { kind: unknown }).kind)}`);
    }
  }
  let out = text;
  for (const offset of [...new Set(removals)].sort((a, b) => b - a)) {
    out = out.slice(0, offset) + out.slice(offset + 1);
  }
  return wrap ? `{${out}}` : out;
}

// ---------------------------------------------------------------------------------------------

interface RawRepair {
  kind: Repair['kind'];
  offset: number;
}

class ParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  return i;
}

function show(ch: string | undefined): string {
  return ch === undefined ? 'end of text' : JSON.stringify(ch);
}

function describe(repair: Repair): string {
  return `${repair.kind} repair at ${repair.line}:${repair.column}`;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function position(text: string, firstLine: number, offset: number): { line: number; column: number } {
  let line = firstLine;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function toRepair(text: string, firstLine: number, raw: RawRepair): Repair {
  return { kind: raw.kind, ...position(text, firstLine, raw.offset) };
}

/** A small recursive-descent JSON parser, strict except for the two repairs it records. */
class LenientParser {
  readonly repairs: RawRepair[] = [];
  private i = 0;

  constructor(private readonly text: string) {}

  parseDocument(): unknown {
    this.i = skipWhitespace(this.text, 0);
    const start = this.i;
    if (this.text[start] === '"' && this.looksLikeMemberFragment(start)) {
      this.repairs.push({ kind: 'wrap-object', offset: start });
      const value = this.parseMembers(true);
      this.ws();
      if (this.i < this.text.length)
        this.fail(`unexpected ${show(this.text[this.i])} after the object member(s)`);
      return value;
    }
    const value = this.parseValue();
    this.ws();
    if (this.i < this.text.length) this.fail(`unexpected ${show(this.text[this.i])} after the JSON value`);
    return value;
  }

  /** `"name"` followed by `:` at the start of the text is a member fragment, not a string value. */
  private looksLikeMemberFragment(start: number): boolean {
    const saved = this.i;
    try {
      this.i = start;
      this.parseString();
      this.ws();
      return this.text[this.i] === ':';
    } catch {
      return false;
    } finally {
      this.i = saved;
    }
  }

  private fail(message: string, offset = this.i): never {
    throw new ParseError(message, offset);
  }

  /**
   * Consumes the comma at the cursor. When `close` follows it (and a closing bracket is allowed
   * here), the comma was a trailing one: recorded as a repair, and the bracket consumed too.
   */
  private trailingComma(close: '}' | ']', closeAllowed = true): boolean {
    const comma = this.i;
    this.i++;
    this.ws();
    if (!closeAllowed || this.text[this.i] !== close) return false;
    this.repairs.push({ kind: 'trailing-comma', offset: comma });
    this.i++;
    return true;
  }

  private ws(): void {
    this.i = skipWhitespace(this.text, this.i);
  }

  private parseValue(): unknown {
    this.ws();
    const ch = this.text[this.i];
    switch (ch) {
      case '{':
        this.i++;
        return this.parseMembers(false);
      case '[':
        return this.parseArray();
      case '"':
        return this.parseString();
      case 't':
        return this.literal('true', true);
      case 'f':
        return this.literal('false', false);
      case 'n':
        return this.literal('null', null);
      default:
        if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.parseNumber();
        return this.fail(
          ch === undefined
            ? 'unexpected end of text, expected a value'
            : `unexpected ${show(ch)}, expected a value`,
        );
    }
  }

  private literal<T>(word: string, value: T): T {
    if (this.text.startsWith(word, this.i)) {
      this.i += word.length;
      return value;
    }
    return this.fail(`unexpected ${show(this.text[this.i])}, expected a value`);
  }

  private parseNumber(): number {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.i));
    if (!match) return this.fail('invalid number');
    this.i += match[0].length;
    return Number(match[0]);
  }

  private parseString(): string {
    const start = this.i;
    this.i++; // opening quote
    while (this.i < this.text.length) {
      const ch = this.text[this.i]!;
      if (ch === '"') {
        this.i++;
        return JSON.parse(this.text.slice(start, this.i)) as string;
      }
      if (ch === '\\') {
        const esc = this.text[this.i + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6)))
            this.fail('invalid \\u escape in string');
          this.i += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) {
          this.i += 2;
        } else {
          this.fail(`invalid escape ${show(esc === undefined ? undefined : '\\' + esc)} in string`);
        }
        continue;
      }
      if (ch === '\n' || ch === '\r') this.fail('unterminated string (line break inside a string)');
      if (ch < ' ')
        this.fail(
          `control character U+${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} inside a string`,
        );
      this.i++;
    }
    return this.fail('unterminated string', start);
  }

  /** Members after `{` (or, for a fragment, from the first member to the end of the text). */
  private parseMembers(fragment: boolean): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.ws();
    if (!fragment && this.text[this.i] === '}') {
      this.i++;
      return result;
    }
    for (;;) {
      this.ws();
      if (this.text[this.i] !== '"') {
        this.fail(`unexpected ${show(this.text[this.i])}, expected a property name`);
      }
      const key = this.parseString();
      this.ws();
      if (this.text[this.i] !== ':')
        this.fail(`unexpected ${show(this.text[this.i])}, expected ':' after property name`);
      this.i++;
      const value = this.parseValue();
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      this.ws();
      const ch = this.text[this.i];
      if (ch === ',') {
        if (this.trailingComma('}', !fragment)) return result;
        continue;
      }
      if (ch === '}' && !fragment) {
        this.i++;
        return result;
      }
      if (fragment && this.i >= this.text.length) return result;
      if (ch === undefined) this.fail(`unexpected end of text, expected ',' or '}'`);
      this.fail(`unexpected ${show(ch)}, expected ',' or '}' after property value`);
    }
  }

  private parseArray(): unknown[] {
    this.i++; // [
    const result: unknown[] = [];
    this.ws();
    if (this.text[this.i] === ']') {
      this.i++;
      return result;
    }
    for (;;) {
      result.push(this.parseValue());
      this.ws();
      const ch = this.text[this.i];
      if (ch === ',') {
        if (this.trailingComma(']')) return result;
        continue;
      }
      if (ch === ']') {
        this.i++;
        return result;
      }
      if (ch === undefined) this.fail(`unexpected end of text, expected ',' or ']'`);
      this.fail(`unexpected ${show(ch)}, expected ',' or ']' after array element`);
    }
  }
}
