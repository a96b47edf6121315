/**
 * The typed dispatcher at compile time: test/webhook-typing/typed-handlers.ts compiles under strict
 * against the generated package, and each line under an `@ts-expect-error` (a wrong event type
 * name, a wrong data field …) is an error on its own once the directive is gone, so the directives
 * are not vacuous.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const CASES = fileURLToPath(new URL('./webhook-typing/typed-handlers.ts', import.meta.url));
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};
const DIRECTIVE = /^\s*\/\/ @ts-expect-error\b.*$/;

/** The errors of the cases file with `source` as its text, by 1-based line. */
function errorsByLine(source: string): Map<number, string[]> {
  const host = ts.createCompilerHost(OPTIONS);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === CASES ? source : readFile(name));
  const program = ts.createProgram({ rootNames: [CASES], options: OPTIONS, host });
  const errors = new Map<number, string[]>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    assert.ok(
      diagnostic.file?.fileName === CASES,
      ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    );
    const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start!).line + 1;
    errors.set(line, [
      ...(errors.get(line) ?? []),
      ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
    ]);
  }
  return errors;
}

const source = readFileSync(CASES, 'utf8');
const lines = source.split('\n');
const directives = lines.flatMap((line, i) => (DIRECTIVE.test(line) ? [i + 1] : []));
// The directive lines blanked (line numbers kept): the line after each must then fail.
let bareErrors: Map<number, string[]> | undefined;
const withoutDirectives = () =>
  (bareErrors ??= errorsByLine(lines.map((line) => (DIRECTIVE.test(line) ? '' : line)).join('\n')));

test('the cases compile under strict, every @ts-expect-error used', () => {
  assert.ok(directives.length >= 8, `${directives.length} directives`);
  assert.equal([...errorsByLine(source)], []);
});

test('without its directive, each case is a type error on its own line', () => {
  const errors = withoutDirectives();
  for (const line of directives) {
    const found = errors.get(line + 1);
    assert.ok(found, `line ${line + 1} (${lines[line]!.trim()}) compiles without its directive`);
  }
  const unexpected = [...errors.keys()].filter((line) => !directives.includes(line - 1));
  assert.equal(unexpected, [], 'errors only where a directive was');
});

// [a case as the errors name it, line fragment, message pattern]
const MESSAGES: [string, string, RegExp][] = [
  ['a misspelt event type', `.on('Microsoft.Communication.ChatMessageRecieved'`, /ChatMessageRecieved/],
  ['a data field of another event', 'event.data.from;', /Property 'from' does not exist/],
];

test('the errors name the mistake', () => {
  const errors = withoutDirectives();
  for (const [name, fragment, pattern] of MESSAGES) {
    const line = lines.findIndex((text) => text.includes(fragment)) + 1;
    assert.ok(line > 0, name);
    assert.match((errors.get(line) ?? []).join('\n'), pattern, name);
  }
});

test.run();
