/**
 * JSON laid out the way prettier prints it, so the samples and filters on the docs pages need
 * no formatter: a non-empty object has one member per line; an array stays on one line if it
 * fits the print width and holds no such object, else it has one element per line, or, if it
 * holds only numbers, as many as fit on each line.
 */
import { displayWidth, PRINT_WIDTH } from './display-width.ts';
import { memoized } from './memoized.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * `value` laid out, its first line unindented and the others at `indent`: an object prints the same
 * wherever it stands on a line indented so, so a document can be put together from objects laid
 * out on their own (json-pieces.ts).
 */
export function layoutJson(value: unknown, indent = 0): string {
  // A copy through JSON only when the value is not plain JSON already (a schema, a sample): the
  // copy drops undefined members, calls toJSON, turns NaN into null…, and costs more than the layout.
  const json = (isJson(value) ? value : JSON.parse(JSON.stringify(value))) as Json;
  const out: string[] = [];
  print(json, indent, indent, 0, out);
  return out.join('');
}

/**
 * Appends the value's text to `out` (one buffer for the whole document: no nested text is copied
 * into its parent's). It is printed on a line indented `indent`, from `column`, and `tail` columns
 * follow it there.
 */
function print(value: Json, indent: number, column: number, tail: number, out: string[]): void {
  if (!Array.isArray(value)) {
    if (value !== null && typeof value === 'object') printObject(value, indent, out);
    else out.push(scalar(value));
    return;
  }
  if (value.length === 0) {
    out.push('[]');
    return;
  }
  if (!mustBreak(value)) {
    const flat = printFlat(value);
    if (column + displayWidth(flat) + tail <= PRINT_WIDTH) {
      out.push(flat);
      return;
    }
  }
  const inner = indent + 2;
  out.push('[\n');
  if (value.every((element) => typeof element === 'number')) {
    const items = value.map((element, i) => scalar(element) + (i < value.length - 1 ? ',' : ''));
    for (const line of fillLines(items, inner)) out.push(line, '\n');
  } else {
    const padding = ' '.repeat(inner);
    for (let i = 0; i < value.length; i++) {
      const last = i === value.length - 1;
      out.push(padding);
      print(value[i]!, inner, inner, last ? 0 : 1, out);
      out.push(last ? '\n' : ',\n');
    }
  }
  out.push(' '.repeat(indent), ']');
}

function printObject(value: { [key: string]: Json }, indent: number, out: string[]): void {
  const keys = Object.keys(value);
  if (keys.length === 0) {
    out.push('{}');
    return;
  }
  const inner = indent + 2;
  const padding = ' '.repeat(inner);
  out.push('{\n');
  for (let i = 0; i < keys.length; i++) {
    const last = i === keys.length - 1;
    const label = labelOf(keys[i]!);
    out.push(padding, label.text);
    print(value[keys[i]!]!, inner, inner + label.width, last ? 0 : 1, out);
    out.push(last ? '\n' : ',\n');
  }
  out.push(' '.repeat(indent), '}');
}

/** `"key": ` and its width, made once per key: documents repeat the same few keys over and over. */
const labelOf = memoized((key): { text: string; width: number } => {
  const text = `${JSON.stringify(key)}: `;
  return { text, width: displayWidth(text) };
});

/** Numbers, like words in a paragraph: as many on a line as fit. */
function fillLines(items: readonly string[], indent: number): string[] {
  const lines: string[] = [];
  let line = ' '.repeat(indent) + items[0];
  for (const item of items.slice(1)) {
    if (displayWidth(line) + 1 + displayWidth(item) <= PRINT_WIDTH) {
      line += ` ${item}`;
    } else {
      lines.push(line);
      line = ' '.repeat(indent) + item;
    }
  }
  return [...lines, line];
}

/**
 * Whether an array can never be on one line: it holds a non-empty object (prettier keeps an
 * object's members on separate lines when the source has them so, as JSON.stringify's does), or
 * it, or an array within it, is a list of two or more arrays of two or more elements each.
 */
function mustBreak(value: Json): boolean {
  if (!Array.isArray(value))
    return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
  const matrix = value.length > 1 && value.every((element) => Array.isArray(element) && element.length > 1);
  return matrix || value.some(mustBreak);
}

function printFlat(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(printFlat).join(', ')}]`;
  return value !== null && typeof value === 'object' ? '{}' : scalar(value);
}

/** As JSON.stringify writes it, but exponents without `+` (`1e21`), as prettier prints numbers. */
function scalar(value: null | boolean | number | string): string {
  const json = JSON.stringify(value);
  return typeof value === 'number' ? json.replace('e+', 'e') : json;
}

/** Whether `value` is what JSON.parse could have returned: a round trip through JSON gives it back unchanged. */
function isJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !isJson(value[i])) return false;
        return true;
      }
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) return false;
      if ('toJSON' in value) return false;
      for (const key in value) if (!isJson((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
}
