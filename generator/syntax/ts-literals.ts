/**
 * The one way catalog text reaches generated TypeScript: as a literal, a quoted property key, or a
 * validated identifier. A hostile string in the catalog can never become code.
 */
import { isPrintableAscii } from './display-width.ts';

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield any boolean constructor declare get ' +
    'module require number set string symbol type from of await async undefined unknown never object'
  ).split(' '),
);

/** A string, number, boolean or null as a TypeScript/JavaScript literal. */
export function tsLiteral(value: string | number | boolean | null): string {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(`cannot emit non-finite number ${value}`);
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A string as a single-quoted literal, as prettier (singleQuote) prints one in Markdown code blocks. */
export function tsSingleQuoted(value: string): string {
  return `'${tsLiteral(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/**
 * A literal as prettier prints it (singleQuote): a string in single quotes unless it holds more
 * single than double quotes, a number with no `+` in its exponent.
 */
export function tsPrettierLiteral(value: string | number | boolean | null): string {
  if (typeof value === 'number') return tsLiteral(value).replace('e+', 'e');
  if (typeof value !== 'string') return tsLiteral(value);
  // Most catalog strings: nothing to escape, no quote to choose by.
  if (isPrintableAscii(value, true)) return `'${value}'`;
  const singles = value.split("'").length - 1;
  const doubles = value.split('"').length - 1;
  return singles > doubles ? tsLiteral(value) : tsSingleQuoted(value);
}

export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !RESERVED.has(name);
}

/** A property key: bare when it is a safe identifier, quoted otherwise. */
export function tsPropertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && name !== '__proto__' ? name : tsLiteral(name);
}

/**
 * A property key as prettier prints it (quoteProps as-needed): bare when it is an identifier name
 * (Unicode letters included, as ES5 defines them) and needs no escape, else a prettier literal.
 */
export function tsPrettierKey(name: string): string {
  // Most keys: an ASCII identifier name (the Unicode pattern below takes V8 milliseconds to compile).
  if (/^[A-Za-z_$][\w$]*$/.test(name)) return name === '__proto__' ? tsPrettierLiteral(name) : name;
  const quoted = tsPrettierLiteral(name);
  const bare = /^[$_\p{L}\p{Nl}][$_\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200c\u200d]*$/u.test(name);
  return bare && quoted.slice(1, -1) === name && name !== '__proto__' ? name : quoted;
}

/** Throws unless `name` can be used as a declaration name as is. */
export function tsIdentifier(name: string): string {
  if (!isIdentifier(name)) throw new Error(`not a safe TypeScript identifier: ${JSON.stringify(name)}`);
  return name;
}

/** Text for inside a /** … *\/ comment: no comment terminator can survive. */
export function tsDocText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r?\n/g, '\n');
}
