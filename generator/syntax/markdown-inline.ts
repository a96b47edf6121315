/**
 * The one place where text becomes Markdown. Every string a docs template prints unescaped
 * (`{{{…Md}}}`) is a `Markdown` value built here; catalog text can reach a page only through
 * `prose`, `text` or `code`, which neutralise HTML, Markdown syntax and table pipes.
 */

declare const brand: unique symbol;
/** Markdown built by this module: safe to print unescaped. */
export type Markdown = string & { readonly [brand]: 'Markdown' };

export interface Context {
  /** Inside a GFM table cell: `|` must be escaped even inside code spans. */
  table?: boolean;
}

const trusted = (value: string) => value as Markdown;

/**
 * Literal Markdown written in the generator itself (never catalog text), with `Markdown` values
 * interpolated. (Not named `md`: prettier would format `md` tagged templates as Markdown.)
 */
export function markup(strings: TemplateStringsArray, ...values: Markdown[]): Markdown {
  return trusted(
    strings.reduce((out, literal, i) => out + literal + (i < values.length ? values[i] : ''), ''),
  );
}

export function join(parts: readonly Markdown[], separator: string): Markdown {
  return trusted(parts.join(separator));
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Plain text, shown as written: HTML is entity-escaped, Markdown punctuation (and `$`, which
 * opens math on GitHub) backslash-escaped, whitespace folded into single spaces, a leading block
 * marker (`#`, `-`, `1.`…) defused, and so is a trailing ` #`, which would close a heading.
 */
export function text(value: string): Markdown {
  return escapeText(words(value));
}

/** Whatever escapeText changes: most catalog text holds none of it, and is passed through at one scan. */
const NEEDS_ESCAPE = /[\\`*_[\]{}|~$&<>]|^[#+=-]|^\d+[.)]|(^| )#+$/;

function escapeText(value: string): Markdown {
  if (!NEEDS_ESCAPE.test(value)) return trusted(value);
  const escaped = value
    .replace(/[\\`*_[\]{}|~$]/g, '\\$&')
    .replace(/[&<>]/g, (c) => ENTITIES[c]!)
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/(^| )(#+)$/, '$1\\$2');
  return trusted(escaped);
}

/**
 * A code span holding `value` verbatim, whatever backticks it contains. Its fence is the shortest
 * run of backticks the content lacks (a span closes only on a run of the same length), as
 * prettier writes it. In a table cell, a value with a backslash before a pipe is shown as text.
 */
export function code(value: string, context: Context = {}): Markdown {
  let content = oneLine(value);
  if (content === '') return trusted('');
  // GFM splits a row at a pipe not escaped by a backslash, and a backslash escapes only the next
  // character, so a code span in a cell cannot hold a backslash right before a pipe: text can.
  if (context.table && content.includes('\\|')) return text(value);
  if (context.table) content = content.replace(/\|/g, '\\|');
  const runs = new Set((content.match(/`+/g) ?? []).map((run) => run.length));
  let length = 1;
  while (runs.has(length)) length++;
  const fence = '`'.repeat(length);
  // A space each side keeps a backtick off the fence; CommonMark strips one such space from both
  // ends of any span that is not all spaces, so content with its own spaces there gets one more.
  const strippable = content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content);
  const pad = content.startsWith('`') || content.endsWith('`') || strippable ? ' ' : '';
  return trusted(`${fence}${pad}${content}${pad}${fence}`);
}

/**
 * Catalog prose, which may use `code spans` and [links](https://…): code spans and absolute
 * http(s) links are kept, everything else goes through `text`. Relative links point into the
 * original docs site, not this one, so only their label is kept.
 */
export function prose(value: string, context: Context = {}): Markdown {
  const out: string[] = [];
  const source = words(value);
  const token = /(`+)([\s\S]*?[^`])\1(?!`)|\[([^\]]*)\]\(([^)\s]*)\)|(https?:\/\/[\w\-.~:/?#@!$&'*+,;=%]+)/g;
  let last = 0;
  for (let match = token.exec(source); match; match = token.exec(source)) {
    // A `!` right before a link would make it an image (a remote fetch on every page view): escaped.
    out.push(trusted(escapeText(source.slice(last, match.index)).replace(/!$/, '\\!')));
    const [, , codeContent, label, target, bare] = match;
    if (codeContent !== undefined)
      out.push(
        code(codeContent.trim() === '' ? codeContent : codeContent.replace(/^ (.*) $/, '$1'), context),
      );
    else if (label !== undefined) out.push(isWebUrl(target!) ? link(text(label), target!) : text(label));
    else out.push(autolink(bare!));
    last = match.index + match[0].length;
  }
  out.push(escapeText(source.slice(last)));
  return trusted(out.join(''));
}

/** A link; `href` must be a relative path/anchor the generator built or an http(s) URL. */
export function link(label: Markdown, href: string): Markdown {
  if (!isWebUrl(href) && !/^[\w\-./]*(#[\w-]+)?$/.test(href))
    throw new Error(`refusing to link to ${JSON.stringify(href)}`);
  return trusted(`[${label}](${href})`);
}

function autolink(url: string): Markdown {
  const trimmed = url.replace(/[.,;:!?']+$/, '');
  return trusted(`<${trimmed}>${text(url.slice(trimmed.length))}`);
}

function isWebUrl(href: string): boolean {
  return /^https?:\/\/[\w\-.~:/?#@!$&'*+,;=%]+$/.test(href);
}

/**
 * A fenced code block whose fence no line of `content` can close: longer than any run of
 * backticks in it (prettier's choice; a run inside a line could not close it, but would make
 * prettier lengthen the fence).
 */
export function fence(content: string, language: string): Markdown {
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const marker = '`'.repeat(Math.max(3, longestRun + 1));
  return trusted(`${marker}${language}\n${content.replace(/\n$/, '')}\n${marker}`);
}

/** What YAML allows only escaped and JSON.stringify leaves as is (YAML 1.2, c-printable). */
const NOT_YAML_PRINTABLE = /[\x7f-\x84\x86-\x9f\ufffe\uffff]/g;

/**
 * A quoted YAML scalar for front matter, quoted the way prettier prints it: in single quotes
 * (`'` doubled), in double quotes if it holds a `'` and no `"`, and as a JSON string (a valid
 * YAML double-quoted scalar) whenever it needs an escape: a backslash, a control character.
 */
export function yamlString(value: string): Markdown {
  const line = oneLine(value);
  const json = JSON.stringify(line).replace(
    NOT_YAML_PRINTABLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const escapes = /\\[^"]/.test(json);
  if (escapes || (line.includes("'") && !line.includes('"'))) return trusted(json);
  return trusted(`'${line.replace(/'/g, "''")}'`);
}

/** Fixed Markdown the generator itself writes (the DO NOT EDIT banner, fixed table text): never catalog text. */
export function verbatim(value: string): Markdown {
  return trusted(value);
}

function oneLine(value: string): string {
  return /[\r\n]/.test(value) ? value.replace(/\s*[\r\n]+\s*/g, ' ') : value;
}

/**
 * Text as Markdown renders it: one line, single spaces between words, none at either end.
 * (Other whitespace, such as a no-break space, is content.)
 */
function words(value: string): string {
  if (!/[\r\n\t]|  |^ | $/.test(value)) return value;
  return oneLine(value)
    .replace(/[ \t]+/g, ' ')
    .replace(/^ | $/g, '');
}
