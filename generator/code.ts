import { tsDocText, tsIdentifier, tsLiteral, tsPropertyKey } from './ts-literals.ts';

/**
 * A small safe emitter: generated TypeScript is assembled only from `Code` values. The `ts` tag
 * refuses raw strings, so catalog text can only enter through `lit`, `id`, `key` or `doc`.
 */
export class Code {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Code | readonly Code[];

export function ts(strings: TemplateStringsArray, ...parts: Part[]): Code {
  let text = strings[0]!;
  parts.forEach((part, i) => {
    if (part instanceof Code) text += part.text;
    else if (Array.isArray(part) && part.every((item) => item instanceof Code)) text += part.map((item) => item.text).join('');
    else throw new TypeError(`generated code may only interpolate Code values, got ${typeof part}`);
    text += strings[i + 1]!;
  });
  return new Code(text);
}

export const lit = (value: string | number | boolean | null): Code => new Code(tsLiteral(value));
export const id = (name: string): Code => new Code(tsIdentifier(name));
export const key = (name: string): Code => new Code(tsPropertyKey(name));
export const doc = (text: string): Code => new Code(`/** ${tsDocText(text).replace(/\n/g, '\n * ')} */\n`);
export const join = (parts: readonly Code[], separator: string): Code => new Code(parts.map((part) => part.text).join(separator));
/**
 * A JSON value as a literal expression. A `__proto__` key would set the prototype of an object
 * literal instead of defining a property, so such values are refused.
 */
export const json = (value: unknown): Code => {
  const text = JSON.stringify(value, (name, inner) => {
    if (name === '__proto__') throw new TypeError('refusing to emit an object literal with a "__proto__" key');
    return inner;
  }, 2);
  return new Code(text.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
};
