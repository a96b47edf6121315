/**
 * plainValue (generator/stages/load-plain-value.ts) is doc.toJS() for a file the YAML rules have
 * nothing against, and declines every file they do: on every catalog file of the repository and on
 * a table of small texts, it returns what the long way (yamlFeatureProblems, then toJS) returns.
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDocument } from 'yaml';
import { plainValue } from '../generator/stages/load-plain-value.ts';
import { yamlFeatureProblems } from '../generator/stages/load-yaml-rules.ts';
import { repositoryYamlFiles } from './support/repository-yaml.ts';

/** What loading did before plainValue: the feature problems, and the value when there are none. */
function longWay(text: string): { problems: number; value?: unknown } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const problems = yamlFeatureProblems(doc).length;
  return problems > 0 ? { problems } : { problems, value: doc.toJS({ maxAliasCount: 0 }) };
}

function check(text: string, name: string): 'plain' | 'declined' {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  assert.is(doc.errors.length, 0, `${name} parses`);
  const plain = plainValue(doc);
  const expected = longWay(text);
  if (plain) {
    assert.is(expected.problems, 0, `${name}: plain, so no feature problem`);
    assert.equal(plain.value, expected.value, `${name}: the value toJS builds`);
    assert.equal(Object.keys(plain.value ?? {}), Object.keys(expected.value ?? {}), `${name}: key order`);
  }
  return plain ? 'plain' : 'declined';
}

// [name, text, whether plainValue takes it]
const cases: [string, string, 'plain' | 'declined'][] = [
  ['block map and list', 'a: 1\nb:\n  - x\n  - { c: true, d: null }\n', 'plain'],
  ['scalars of every kind', 'i: 0x1f\nf: 1.5e3\nn: ~\ns: \'1\'\nq: "\\u00e9"\nb: false\no: 0o17\n', 'plain'],
  ['empty values', 'a:\nb: []\nc: {}\nd:\n  -\n', 'plain'],
  ['block scalars', 'a: |\n  line\n   more\nb: >-\n  folded\n  text\n', 'plain'],
  ['keys Object.prototype has', 'constructor: 1\ntoString: two\nhasOwnProperty: [3]\n', 'plain'],
  ['integer-like keys', "'2': b\n'1': a\nx: c\n", 'plain'],
  ['a scalar document', 'just text\n', 'plain'],
  ['a list document', '- 1\n- two\n', 'plain'],
  ['an empty document', '', 'plain'],
  ['only a comment', '# nothing\n', 'plain'],
  ['an anchor and alias', 'a: &x 1\nb: *x\n', 'declined'],
  ['an anchor on a map', 'a: &m\n  b: 1\n', 'declined'],
  ['a tag', 'a: !!str 1\n', 'declined'],
  ['a local tag on a list', 'a: !list [1]\n', 'declined'],
  ['a merge key', 'a: { b: 1 }\n<<: { c: 2 }\n', 'declined'],
  ['a quoted merge key (allowed, the long way)', '"<<": 1\n', 'declined'],
  ['a __proto__ key', '__proto__: 1\n', 'declined'],
  ['a number key', '1: a\n', 'declined'],
  ['a null key', '~: a\n', 'declined'],
  ['a collection key', '? [a]\n: b\n', 'declined'],
  ['a single-pair map in a flow list', 'a: [b: 1]\n', 'plain'],
  ['a %YAML directive', '%YAML 1.2\n---\na: 1\n', 'declined'],
];

test('small texts: plain ones get toJS’s value, the others go the long way', () => {
  for (const [name, text, expected] of cases) assert.is(check(text, name), expected, name);
});

test('every catalog file of the repository: plain, with toJS’s value', () => {
  const files = repositoryYamlFiles();
  assert.ok(files.length > 60, `${files.length} files`);
  for (const file of files) assert.is(check(readFileSync(file, 'utf8'), file), 'plain', file);
});

test.run();
