/**
 * Code knows as it is built whether it breaks the groups around it (prettier's propagateBreaks) and
 * whether prettier's willBreak holds for it (ts-code.ts): the printer and the layout rules trust
 * both instead of walking the document, so each is checked here against what prettier does.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type Code,
  block,
  conditionalGroup,
  group,
  hardline,
  ifBreak,
  indent,
  jsDocBlock,
  join,
  line,
  softline,
  ts,
} from '../generator/syntax/ts-code.ts';

const list = (inner: Code) => group([ts`[`, indent([softline, inner]), softline, ts`]`]);

const cases: [name: string, code: Code, breaks: boolean, willBreak: boolean][] = [
  ['plain text', ts`a`, false, false],
  ['a line', ts`a${line}b`, false, false],
  ['text with a newline', ts`a\nb`, true, true],
  ['a hard line in a hole', ts`a${hardline}b`, true, true],
  ['an array of parts, one breaking', ts`${[ts`a`, ts`b\nc`]}`, true, true],
  ['a group asked to break', group([ts`a`], { shouldBreak: true }), true, true],
  ['a group around a broken group', list(group([ts`a`], { shouldBreak: true })), true, true],
  ['a group around a hard line, deep', list(ts`x${indent([ts`y${ts`\n`}`])}`), true, true],
  ['a group that fits', list(ts`a`), false, false],
  ['if-break with a hard line when broken', ifBreak(ts`a\nb`, ts`c`), true, true],
  ['a join whose separator breaks', join([ts`a`, ts`b`], hardline), true, true],
  ['a join of one part: the separator is not printed', join([ts`a`], hardline), false, false],
  ['a block of lines', block([ts`a`]), true, true],
  ['an empty block', block([]), false, false],
  ['a JSDoc block', jsDocBlock(['a']), true, true],
  ['a conditional group stops the breaking', conditionalGroup([ts`a\nb`, ts`c`]), false, true],
  ['a conditional group whose first state fits', conditionalGroup([ts`a`, ts`b\nc`]), false, false],
];

for (const [name, code, breaks, willBreak] of cases) {
  test(`${name}: breaks ${breaks}, willBreak ${willBreak}`, () => {
    assert.is(code.breaks, breaks);
    assert.is(code.willBreak, willBreak);
  });
}

test('a group holding a hard line prints broken although its text would fit', () => {
  assert.is(list(ts`x${hardline}y`).toString(), '[\n  x\n  y\n]');
  assert.is(list(ts`x, y`).toString(), '[x, y]');
});

test.run();
