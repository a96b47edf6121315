/**
 * A tiny safe code builder for the validator emitter. Generated text is a `Code`; the only ways to
 * make one are the `ts` template tag (fixed generator text plus other `Code`), `lit` (a literal via
 * tsLiteral), `id` (a validated identifier), `key` (a property key via tsPropertyKey) and `doc`
 * (a JSDoc block via tsDocText). A catalog string can therefore never be spliced in raw: the type
 * checker rejects a `string` where a `Code` is expected.
 */
import { tsDocText, tsIdentifier, tsLiteral, tsPropertyKey } from '../ts-literals.ts';

const TOKEN = Symbol('code');

export class Code {
  readonly #text: string;
  constructor(token: typeof TOKEN, text: string) {
    if (token !== TOKEN) throw new Error('Code is made with ts``, lit, id, key or doc only');
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
}

/** Fixed generator text with `Code` holes: `ts\`if (${cond}) return false;\``. */
export function ts(strings: TemplateStringsArray, ...parts: Code[]): Code {
  let text = strings.raw[0]!;
  parts.forEach((part, index) => {
    if (!(part instanceof Code)) throw new Error('only Code can be interpolated into generated code');
    text += part.toString() + strings.raw[index + 1]!;
  });
  return new Code(TOKEN, text);
}

/** A string, number, boolean or null literal. */
export const lit = (value: string | number | boolean | null): Code => new Code(TOKEN, tsLiteral(value));

/** A declaration or reference name; throws unless it is a safe identifier. */
export const id = (name: string): Code => new Code(TOKEN, tsIdentifier(name));

/** A property key in an object literal: bare when safe, quoted otherwise. */
export const key = (name: string): Code => new Code(TOKEN, tsPropertyKey(name));

/**
 * A key in an object literal: like `key`, but `__proto__` becomes a computed key, because
 * `{ "__proto__": x }` would set the object's prototype instead of making an entry.
 */
export const entryKey = (name: string): Code =>
  name === '__proto__' ? new Code(TOKEN, `[${tsLiteral(name)}]`) : key(name);

/** A non-negative integer (loop counters, local name suffixes). */
export function int(value: number): Code {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a small integer: ${value}`);
  return new Code(TOKEN, String(value));
}

/** Codes joined by a separator. */
export function join(parts: readonly Code[], separator: Code): Code {
  return new Code(TOKEN, parts.map(String).join(separator.toString()));
}

/** Lines of code; a nested array is a block, indented one level. */
export type Lines = readonly (Code | Lines)[];

/** A JSDoc block (one line per line of text), or nothing when the text is empty. */
export function doc(...paragraphs: (string | undefined)[]): Code[] {
  const text = paragraphs
    .filter((paragraph): paragraph is string => paragraph !== undefined && paragraph.trim() !== '')
    .map((paragraph) => tsDocText(paragraph.trim()))
    .join('\n\n');
  if (text === '') return [];
  const lines = text.split('\n').map((line) => (line === '' ? ' *' : ` * ${line.trimEnd()}`));
  return [new Code(TOKEN, ['/**', ...lines, ' */'].join('\n'))];
}

export function render(lines: Lines, depth = 0): string {
  const indent = '  '.repeat(depth);
  return lines
    .map((line) =>
      line instanceof Code
        ? line
            .toString()
            .split('\n')
            .map((part) => (part === '' ? '' : indent + part))
            .join('\n')
        : render(line, depth + 1),
    )
    .join('\n');
}
