/**
 * A fast reader for the plain YAML catalog files are written in: block mappings and sequences
 * indented with spaces, one-line plain and quoted scalars, one-line flow collections, literal block
 * scalars (`|`, `|-`) and comments. For such a file it returns the value the yaml package's
 * `parseDocument(text).toJS()` returns (core schema); for anything else — any other construct, any
 * doubt, anything the yaml package would reject or the catalog's YAML rules forbid — it returns
 * `undefined` and the file goes the long way (load.ts), which reports what there is to report.
 * It never finds a position: a diagnostic in a file read this way parses it with the yaml package.
 */

/**
 * Carriage returns, control and separator characters: whatever the yaml package makes of them, not
 * this reader. Tabs only in block scalars' content (a line the reader parses must hold none).
 */
const AVOIDED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** Thrown out of the reader at the first thing it does not take. */
const DECLINE = Symbol('decline');

export function parsePlainYaml(text: string): { value: unknown } | undefined {
  if (AVOIDED.test(text)) return undefined;
  try {
    const reader = new Reader(text.split('\n'));
    return { value: reader.document() };
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

function decline(): never {
  throw DECLINE;
}

const indentOf = (line: string): number => {
  let n = 0;
  while (line.charCodeAt(n) === 0x20) n++;
  return n;
};

/** A blank line or a comment line, at any indentation. */
const isBlank = (line: string): boolean => /^ *(#.*)?$/.test(line);

const isSeqItem = (content: string): boolean => content === '-' || content.startsWith('- ');

/** `key:` at the start of `content`: a plain key of letters, digits, `_$.-` or a quoted key without escapes. */
const KEY = /^(?:([A-Za-z_$][A-Za-z0-9_$.-]*)|'([^']*)'|"([^"\\]*)"):(?= |$)/;

/** Keys the yaml package would not read as the string written (null, booleans) or the catalog forbids. */
const NOT_PLAIN_KEYS = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__|<<)$/;

/** The yaml package takes implicit keys up to 1024 characters. */
const MAX_KEY = 1000;

/** Characters a plain scalar may not start with (YAML indicators), kept to the safe side. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

class Reader {
  private i = 0;

  constructor(private readonly lines: string[]) {}

  document(): unknown {
    this.skipBlank();
    if (this.i >= this.lines.length) decline();
    const first = this.lines[this.i]!;
    if (indentOf(first) !== 0 || /^(---|\.\.\.|%)/.test(first)) decline();
    const value = this.block(0);
    this.skipBlank();
    if (this.i < this.lines.length) decline();
    return value;
  }

  private skipBlank(): void {
    while (this.i < this.lines.length && isBlank(this.lines[this.i]!)) this.i++;
  }

  /** Indentation of the next non-blank line, or -1 at the end. */
  private nextIndent(): number {
    this.skipBlank();
    return this.i < this.lines.length ? indentOf(this.lines[this.i]!) : -1;
  }

  /** The block node starting on the current line, at `indent`. */
  private block(indent: number): unknown {
    return isSeqItem(this.lines[this.i]!.slice(indent)) ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    while (this.nextIndent() === indent) {
      const content = this.lines[this.i]!.slice(indent);
      if (content.includes('\t')) decline();
      if (isSeqItem(content)) break;
      const match = KEY.exec(content) ?? decline();
      const key = match[1] ?? match[2] ?? match[3]!;
      if (seen.has(key) || NOT_PLAIN_KEYS.test(key) || key.length > MAX_KEY) decline();
      seen.add(key);
      const value = this.valueAfter(content.slice(match[0].length), indent, true);
      // As the yaml package adds a pair to a JS object (a key Object.prototype has becomes an own one).
      if (key in out)
        Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      else out[key] = value;
    }
    if (this.nextIndent() > indent) decline();
    return out;
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    while (this.nextIndent() === indent) {
      const line = this.lines[this.i]!;
      const content = line.slice(indent);
      if (content.includes('\t')) decline();
      if (!isSeqItem(content)) break;
      const rest = content.slice(1);
      const inline = rest.trimStart();
      if (isSeqItem(inline)) decline();
      if (inline !== '' && !inline.startsWith('#') && KEY.test(inline)) {
        // A mapping that starts on the item's line: read it as if its first key began the line.
        const column = line.length - inline.length;
        this.lines[this.i] = ' '.repeat(column) + inline;
        out.push(this.mapping(column));
      } else out.push(this.valueAfter(rest, indent, false));
    }
    if (this.nextIndent() > indent) decline();
    return out;
  }

  /**
   * The value after a key's colon or an item's dash (`rest`, the rest of the line), for a node at
   * `indent`: inline, a literal block scalar, or a block node on the lines below.
   */
  private valueAfter(rest: string, indent: number, inMapping: boolean): unknown {
    if (rest !== '' && !rest.startsWith(' ')) decline();
    const inline = rest.trimStart();
    this.i++;
    if (inline === '' || inline.startsWith('#')) {
      const next = this.nextIndent();
      if (next > indent) return this.block(next);
      if (next === indent && inMapping && isSeqItem(this.lines[this.i]!.slice(indent)))
        return this.sequence(indent);
      return null;
    }
    if (inline.startsWith('|') || inline.startsWith('>')) return this.blockScalar(inline, indent);
    const value = inline.startsWith('[') || inline.startsWith('{') ? flowLine(inline) : scalarLine(inline);
    // A more indented line below would continue a multi-line scalar (or be an error).
    if (this.nextIndent() > indent) decline();
    return value;
  }

  /**
   * A block scalar under a node at `indent`: literal (`|`), or folded (`>`) when its lines are one
   * paragraph (no empty or more indented line, so they fold into one line); `|` and `>` keep one
   * final line break, `|-` and `>-` none.
   */
  private blockScalar(header: string, indent: number): string {
    const strip = /^[|>]-? *(?: #.*)?$/.test(header) ? header[1] === '-' : decline();
    const folded = header[0] === '>';
    const start = this.i;
    if (start >= this.lines.length || this.lines[start] === '') decline();
    const contentIndent = indentOf(this.lines[start]!);
    if (contentIndent <= indent || contentIndent === this.lines[start]!.length) decline();
    const body: string[] = [];
    let emptyRun = 0;
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i]!;
      if (line === '') {
        emptyRun++;
        continue;
      }
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) decline();
      if (lineIndent < contentIndent) {
        if (lineIndent > indent) decline();
        break;
      }
      for (; emptyRun > 0; emptyRun--) body.push('');
      body.push(line.slice(contentIndent));
    }
    // The trailing empty lines (emptyRun) are chomped either way.
    if (folded && body.some((line) => line === '' || line.startsWith(' ') || line.includes('\t'))) decline();
    const joined = body.join(folded ? ' ' : '\n');
    return strip ? joined : `${joined}\n`;
  }
}

/** A one-line scalar in block context, plain or quoted, with an optional comment after it. */
function scalarLine(text: string): unknown {
  if (text.startsWith("'") || text.startsWith('"')) {
    const { value, end } = quoted(text, 0);
    if (!/^(?: *| +#.*)$/.test(text.slice(end))) decline();
    return value;
  }
  const comment = text.search(/ #/);
  const plain = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
  if (INDICATOR.test(plain) || plain.includes(': ') || plain.endsWith(':')) decline();
  return resolvePlain(plain);
}

/** The yaml package's one-character escapes in double quotes. */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** A quoted scalar starting at `start` on one line: single quotes double to escape, double quotes take YAML's escapes. */
function quoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote === '"' && c === '\\') {
      const next = text[i + 1] ?? decline();
      if (Object.hasOwn(ESCAPES, next)) {
        value += ESCAPES[next];
        i++;
        continue;
      }
      const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : decline();
      const hex = text.slice(i + 2, i + 2 + length);
      if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex) || parseInt(hex, 16) > 0x10ffff) decline();
      value += String.fromCodePoint(parseInt(hex, 16));
      i += 1 + length;
      continue;
    }
    if (c !== quote) {
      value += c;
      continue;
    }
    if (quote === "'" && text[i + 1] === "'") {
      value += "'";
      i++;
      continue;
    }
    return { value, end: i + 1 };
  }
  return decline();
}

/** A flow collection that opens and closes on this line, with an optional comment after it. */
function flowLine(text: string): unknown {
  const { value, end } = flow(text, 0);
  if (!/^(?: *| +#.*)$/.test(text.slice(end))) decline();
  return value;
}

function flow(text: string, start: number): { value: unknown; end: number } {
  const close = text[start] === '[' ? ']' : '}';
  let i = skipSpaces(text, start + 1);
  if (text[i] === close) return { value: close === ']' ? [] : {}, end: i + 1 };
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  for (;;) {
    if (close === '}') {
      const match = KEY.exec(text.slice(i)) ?? decline();
      const key = match[1] ?? match[2] ?? match[3]!;
      if (key in map || NOT_PLAIN_KEYS.test(key) || key.length > MAX_KEY) decline();
      const item = flowItem(text, skipSpaces(text, i + match[0].length));
      map[key] = item.value;
      i = item.end;
    } else {
      const item = flowItem(text, i);
      list.push(item.value);
      i = item.end;
    }
    i = skipSpaces(text, i);
    if (text[i] === close) return { value: close === ']' ? list : map, end: i + 1 };
    if (text[i] !== ',') decline();
    i = skipSpaces(text, i + 1);
    if (text[i] === close || text[i] === ',') decline();
  }
}

function flowItem(text: string, start: number): { value: unknown; end: number } {
  const c = text[start];
  if (c === '[' || c === '{') return flow(text, start);
  if (c === "'" || c === '"') return quoted(text, start);
  let end = start;
  while (end < text.length && !',[]{}'.includes(text[end]!) && !(text[end] === ' ' && text[end + 1] === '#'))
    end++;
  const plain = text.slice(start, end).trimEnd();
  if (plain === '' || INDICATOR.test(plain) || plain.includes(':') || plain.includes('#')) decline();
  return { value: resolvePlain(plain), end };
}

function skipSpaces(text: string, i: number): number {
  while (text[i] === ' ') i++;
  return i;
}

/** A plain scalar as the yaml package's core schema resolves it (its tags' tests and resolvers, in its order). */
function resolvePlain(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T';
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) decline();
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
