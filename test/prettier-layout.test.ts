import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PRETTIER_OPTIONS } from '../generator/format.ts';
import { jsonText } from '../generator/json-text.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const long = Array.from({ length: 30 }, (_, i) => `item${i}`);

const CASES: [name: string, value: unknown, text: string][] = [
  ['scalars', { a: 1, b: 'x', c: true, d: null }, '{\n  "a": 1,\n  "b": "x",\n  "c": true,\n  "d": null\n}\n'],
  ['empty object and array', { a: {}, b: [] }, '{\n  "a": {},\n  "b": []\n}\n'],
  ['a short array of scalars stays on one line', { required: ['a', 'b'] }, '{\n  "required": ["a", "b"]\n}\n'],
  ['a long array of scalars breaks, one per line', { long }, `{\n  "long": [\n${long.map((item) => `    "${item}"`).join(',\n')}\n  ]\n}\n`],
  ['an array holding objects always breaks', [{ a: 1 }], '[\n  {\n    "a": 1\n  }\n]\n'],
  ['undefined properties are left out, as JSON.stringify does', { a: undefined, b: 1 }, '{\n  "b": 1\n}\n'],
  ['strings are escaped as JSON.stringify escapes them', { 'k"ey': 'line\nbreak \u2028' }, '{\n  "k\\"ey": "line\\nbreak \u2028"\n}\n'],
];

for (const [name, value, text] of CASES) {
  test(name, () => {
    assert.is(jsonText(value), text);
    assert.equal(JSON.parse(jsonText(value)), JSON.parse(JSON.stringify(value)));
  });
}

test('the width limit counts the indentation, the key and the comma that follows', () => {
  // 110 columns exactly fit; one more breaks.
  const fits = (width: number) => {
    const item = 'x'.repeat(width - '  "k": [""],'.length);
    return !jsonText({ k: [item], z: 1 }).includes('[\n');
  };
  assert.ok(fits(110));
  assert.not.ok(fits(111));
});

const PARSERS: Record<string, string> = { '.json': 'json', '.md': 'markdown' };

test('prettier leaves every generated JSON and Markdown file unchanged (they are emitted in its layout)', async () => {
  const entries = await readdir(path.join(ROOT, 'generated'), { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile() && PARSERS[path.extname(entry.name)]).map((entry) => path.join(entry.parentPath, entry.name));
  assert.ok(files.length > 200);
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const formatted = await prettier.format(text, { ...PRETTIER_OPTIONS, parser: PARSERS[path.extname(file)]! });
    assert.is(formatted, text, path.relative(ROOT, file));
  }
});

test.run();
