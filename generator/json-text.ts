/**
 * JSON as the generated files carry it, laid out the way prettier lays out JSON (printWidth 110):
 * objects one property per line, arrays on one line when they hold no objects and fit, else one
 * element per line. Writing it directly spares prettier a pass over thousands of files; a test
 * checks that prettier leaves every emitted JSON file unchanged.
 */

const WIDTH = 110;

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };

export function jsonText(value: unknown): string {
  return `${print(value as Json, '', 0, 0)}\n`;
}

/** `used`: the columns taken on the value's first line before it (indentation, key); `after`: after it (a comma). */
function print(value: Json, indent: string, used: number, after: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = value.every((item) => item === null || typeof item !== 'object' || (Array.isArray(item) && isFlat(item)));
    if (flat) {
      const line = `[${value.map((item) => print(item, '', 0, 0)).join(', ')}]`;
      if (used + line.length + after <= WIDTH) return line;
    }
    const last = value.length - 1;
    return `[\n${value.map((item, i) => `${inner}${print(item, inner, inner.length, i < last ? 1 : 0)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined) as [string, Json][];
  if (entries.length === 0) return '{}';
  const last = entries.length - 1;
  const lines = entries.map(([key, item], i) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + print(item, inner, head.length, i < last ? 1 : 0);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

function isFlat(array: readonly Json[]): boolean {
  return array.every((item) => item === null || typeof item !== 'object');
}
