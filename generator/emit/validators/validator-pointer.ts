/**
 * JSON Pointers (RFC 6901) as generated code. A pointer is built from the runtime path of the
 * current function (`p`) plus compile-time segments and runtime segments (array indexes, unknown
 * keys); the string is only assembled where an error is reported or a function is called.
 */
import { type Code, lit } from '../../syntax/ts-code.ts';
import { chain, exprCode } from '../../syntax/ts-layout.ts';
import { escapePointerSegment } from '../../model/json-patch.ts';

type Part = { code: Code } | { text: string };

export class Pointer {
  private constructor(private readonly parts: readonly Part[]) {}

  /** The pointer held by a runtime string variable. */
  static at(variable: Code): Pointer {
    return new Pointer([{ code: variable }]);
  }

  /** A known property name, escaped now. */
  property(name: string): Pointer {
    return new Pointer([...this.parts, { text: `/${escapePointerSegment(name)}` }]);
  }

  /** A segment computed at run time (already escaped, or a number). */
  segment(runtime: Code): Pointer {
    return new Pointer([...this.parts, { text: '/' }, { code: runtime }]);
  }

  /** An expression evaluating to the pointer string. */
  code(): Code {
    const merged: Code[] = [];
    let text = '';
    for (const part of this.parts) {
      if ('text' in part) {
        text += part.text;
        continue;
      }
      if (text !== '') merged.push(lit(text));
      text = '';
      merged.push(part.code);
    }
    if (text !== '') merged.push(lit(text));
    return merged.length === 0 ? lit('') : exprCode(chain('+', merged));
  }
}
