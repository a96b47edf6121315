/**
 * The safe code builder every TypeScript emitter uses. Generated text is a `Code`; the only ways to
 * make one are the `ts` template tag (fixed generator text plus other `Code`), `lit` (a literal via
 * tsLiteral), `id` (a validated identifier), `key`/`entryKey` (property keys via tsPropertyKey),
 * `int`, `json` (a JSON value as a literal) and `doc`/`docLines` (JSDoc via tsDocText). A catalog
 * string can therefore never be spliced in raw: the type checker rejects a `string` where a `Code`
 * is expected, and the constructor refuses callers outside this module.
 */
import { tsDocText, tsIdentifier, tsLiteral, tsPropertyKey } from './ts-literals.ts';

const TOKEN = Symbol('code');

export class Code {
  readonly #text: string;
  constructor(token: typeof TOKEN, text: string) {
    if (token !== TOKEN) throw new Error('Code is made with ts``, lit, id, key, int, json or doc only');
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
}

const code = (text: string): Code => new Code(TOKEN, text);

type Part = Code | readonly Code[];

/** Fixed generator text with `Code` holes (or arrays of `Code`, concatenated): `ts\`if (${cond}) return false;\``. */
export function ts(strings: TemplateStringsArray, ...parts: Part[]): Code {
  let text = strings[0]!;
  parts.forEach((part, index) => {
    if (part instanceof Code) text += part.toString();
    else if (Array.isArray(part) && part.every((item) => item instanceof Code)) text += part.join('');
    else throw new TypeError(`generated code may only interpolate Code values, got ${typeof part}`);
    text += strings[index + 1]!;
  });
  return code(text);
}

/** A string, number, boolean or null literal. */
export const lit = (value: string | number | boolean | null): Code => code(tsLiteral(value));

/** A declaration or reference name; throws unless it is a safe identifier. */
export const id = (name: string): Code => code(tsIdentifier(name));

/** A property key in an object literal or type: bare when safe, quoted otherwise. */
export const key = (name: string): Code => code(tsPropertyKey(name));

/**
 * A key in an object literal: like `key`, but `__proto__` becomes a computed key, because
 * `{ "__proto__": x }` would set the object's prototype instead of making an entry.
 */
export const entryKey = (name: string): Code =>
  name === '__proto__' ? code(`[${tsLiteral(name)}]`) : key(name);

/** A non-negative integer (loop counters, local name suffixes). */
export function int(value: number): Code {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a small integer: ${value}`);
  return code(String(value));
}

/** Codes joined by a separator. */
export function join(parts: readonly Code[], separator: Code): Code {
  return code(parts.join(separator.toString()));
}

/**
 * A JSON value as a literal expression. A `__proto__` key would set the prototype of an object
 * literal instead of defining a property, so such values are refused.
 */
export function json(value: unknown): Code {
  const text = JSON.stringify(
    value,
    (name, inner) => {
      if (name === '__proto__')
        throw new TypeError('refusing to emit an object literal with a "__proto__" key');
      return inner;
    },
    2,
  );
  return code(text.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
}

/** A one-line-per-line JSDoc comment, then a newline, to put in front of a declaration written inline. */
export const doc = (text: string): Code => code(`/** ${tsDocText(text).replace(/\n/g, '\n * ')} */\n`);

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

/** Lines rendered with two spaces of indentation per block level. */
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
