/**
 * The fast reader (generator/stages/load-plain-yaml.ts) returns a value only where the yaml package
 * reads the same text without an error or a forbidden YAML feature, and then the very value its
 * toJS() builds (key order included): on a table of texts, on every catalog file of the repository
 * (all of which it must take), and on thousands of seeded mutations of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDocument } from 'yaml';
import { parsePlainYaml } from '../generator/stages/load-plain-yaml.ts';
import { plainValue } from '../generator/stages/load-plain-value.ts';
import { repositoryYamlFiles } from './support/repository-yaml.ts';

const ROOT = path.join(import.meta.dirname, '..');

/** The yaml package's reading: its value when it has no error and no forbidden feature. */
function yamlReading(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  return doc.errors.length > 0 ? undefined : plainValue(doc);
}

/** Deep equality with key order, -0 and own-property shape. */
const same = (a: unknown, b: unknown): boolean =>
  Object.is(a, b) ||
  (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]))) ||
  (a !== null &&
    b !== null &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b) &&
    Object.keys(a).join('\u0000') === Object.keys(b).join('\u0000') &&
    Object.keys(a).every((key) =>
      same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    ));

/** 'fast' when the reader takes `text` (and agrees with the yaml package), 'declined' otherwise. */
function agreement(text: string, name: string): 'fast' | 'declined' {
  const fast = parsePlainYaml(text);
  if (!fast) return 'declined';
  const reference = yamlReading(text);
  assert.ok(reference, `${name}: read fast, so the yaml package takes it too:\n${text}`);
  assert.ok(
    same(fast.value, reference.value),
    `${name}: the yaml package's value:\n${text}\n${JSON.stringify(fast.value)}\n${JSON.stringify(reference.value)}`,
  );
  return 'fast';
}

// [name, text, whether the reader takes it]
const cases: [string, string, 'fast' | 'declined'][] = [
  ['maps and lists', "a: 1\nb:\n  - x\n  - y: 2\n    z: [1, two, 'three']\nc: { d: null, e: ~ }\n", 'fast'],
  ['a list at the key’s indentation', 'a:\n- 1\n- 2\nb: 3\n', 'fast'],
  [
    'compact maps in a list',
    'list:\n  - name: a\n    value: 1\n  - name: b\n    nested:\n      deep: true\n',
    'fast',
  ],
  ['a list under a compact map key', '- a:\n  - x\n  b: 1\n', 'fast'],
  [
    'core-schema scalars',
    'a: 0o17\nb: 0x1F\nc: 007\ne: +12\nf: 1.50\ng: .5\nh: 1e3\ni: 2.\nj: True\nk: NULL\nl:\n',
    'fast',
  ],
  [
    'strings that look like numbers',
    'a: 2021-02-11\nb: 1.2.3\nc: 0x\nd: 1_000\ne: 12 monkeys\nf: +x\n',
    'fast',
  ],
  ['non-finite numbers', 'a: .inf\n', 'declined'],
  ['quoted scalars', "a: 'it''s'\nb: \"plain \"\nc: ''\nd: '#not a comment'\ne: 'x' # comment\n", 'fast'],
  ['escapes in double quotes', 'a: "\\u00e9\\x41\\U0001F600\\"q\\" \\\\ \\/ \\t\\_\\N"\n', 'fast'],
  ['an unknown escape', 'a: "\\q"\n', 'declined'],
  ['a short hex escape', 'a: "\\x4"\n', 'declined'],
  ['an escaped line break', 'a: "one\\\n  two"\n', 'declined'],
  ['comments everywhere', '# top\na: 1 # one\n\n   # indented\nb: # empty\n  - x # x\n# end\n', 'fast'],
  ['plain text with indicators inside', 'a: x: y\n', 'declined'],
  ['plain text with brackets and hashes', 'a: List<string> [x] {y}, z#1\n', 'fast'],
  ['literal blocks', 'a: |\n  {\n    "x": 1\n\n  }\nb: |-\n  kept\n   indented\n\n\nc: 1\n', 'fast'],
  ['a literal block at the end', 'a: |\n  last\n', 'fast'],
  ['a literal block under a list item', '- |\n  one\n- b: |-\n    two\n', 'fast'],
  ['a literal block with a keep indicator', 'a: |+\n  x\n', 'declined'],
  ['a literal block with an indentation indicator', 'a: |2\n   x\n', 'declined'],
  ['a folded paragraph', 'a: >\n  x\n  y\nb: >-\n  z\n  w\n', 'fast'],
  ['a folded block of paragraphs', 'a: >\n  x\n\n  y\n', 'declined'],
  ['a folded block with an indented line', 'a: >\n  x\n    y\n', 'declined'],
  ['a literal block with a blank line of spaces', 'a: |\n  x\n   \n  y\n', 'declined'],
  ['a multi-line plain scalar', 'a: one\n  two\n', 'declined'],
  ['a multi-line quoted scalar', "a: 'one\n  two'\n", 'declined'],
  ['a multi-line flow list', 'a: [1,\n  2]\n', 'declined'],
  ['a trailing comma', 'a: [1, 2, ]\n', 'declined'],
  ['a duplicate key', 'a: 1\na: 2\n', 'declined'],
  ['keys Object.prototype has', 'constructor: 1\ntoString: [x]\n', 'fast'],
  ['quoted and integer-like keys', "'2': b\n'1': a\n\"x y\": c\n", 'fast'],
  ['a boolean key', 'true: 1\n', 'declined'],
  ['a __proto__ key', '__proto__: 1\n', 'declined'],
  ['a merge key', '<<: { a: 1 }\n', 'declined'],
  ['an anchor and alias', 'a: &x 1\nb: *x\n', 'declined'],
  ['a tag', 'a: !!str 1\n', 'declined'],
  ['a directive', '%YAML 1.2\n---\na: 1\n', 'declined'],
  ['two documents', 'a: 1\n---\nb: 2\n', 'declined'],
  ['a tab', 'a:\t1\n', 'declined'],
  ['a tab after a key', 'a: 1\t\n', 'declined'],
  ['a tab in a comment', '# a\tcomment\na: 1\n', 'fast'],
  ['tabs in a literal block', 'a: |\n  \tx\n  y\t\n  \t\n', 'fast'],
  ['a tab in a folded block', 'a: >\n  x\ty\n', 'declined'],
  ['CRLF line ends', 'a: 1\r\nb: 2\r\n', 'declined'],
  ['bad indentation', 'a:\n    b: 1\n  c: 2\n', 'declined'],
  ['a complex key', '? a\n: b\n', 'declined'],
  ['an empty file', '', 'declined'],
  ['a negative number', 'a: -1\n', 'declined'],
];

test('a table of texts: taken ones agree with the yaml package', () => {
  for (const [name, text, expected] of cases) assert.is(agreement(text, name), expected, name);
});

const catalogFiles = repositoryYamlFiles();

test('every catalog file of the repository is read fast, as the yaml package reads it', () => {
  assert.ok(catalogFiles.length > 60, `${catalogFiles.length} files`);
  for (const file of catalogFiles) assert.is(agreement(readFileSync(file, 'utf8'), file), 'fast', file);
});

/** mulberry32: a small seeded generator, so that a failure replays. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [
  ' ',
  '  ',
  '-',
  '- ',
  ':',
  ': ',
  '#',
  ' #',
  "'",
  '"',
  '|',
  '|-',
  '>',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '!',
  '?',
  '%',
  '\n',
  '\n  ',
  '0',
  '.',
  'true',
  '~',
  '\\',
];

/** One edit: a character or indicator inserted or deleted, a line re-indented, doubled or dropped. */
function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  switch (Math.floor(next() * 6)) {
    case 0:
      return text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)]! + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
    case 2:
      lines[line] = ' '.repeat(1 + Math.floor(next() * 4)) + lines[line];
      return lines.join('\n');
    case 3:
      lines[line] = lines[line]!.replace(/^ {1,2}/, '');
      return lines.join('\n');
    case 4:
      lines.splice(line, 0, lines[line]!);
      return lines.join('\n');
    default:
      lines.splice(line, 1);
      return lines.join('\n');
  }
}

test('seeded mutations of catalog files: whatever is read fast, the yaml package reads the same', () => {
  const next = random(20261203);
  let taken = 0;
  let declined = 0;
  for (const file of catalogFiles) {
    const original = readFileSync(file, 'utf8');
    for (let k = 0; k < 40; k++) {
      let text = original;
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) text = mutate(text, next);
      if (agreement(text, `${path.relative(ROOT, file)} mutant ${k}`) === 'fast') taken++;
      else declined++;
    }
  }
  assert.ok(taken > 500 && declined > 500, `taken ${taken}, declined ${declined}`);
});

test.run();
