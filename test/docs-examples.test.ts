/**
 * The code the docs pages show: every event page's usage example and the guide's examples are files
 * under generated/docs/examples/, each page shows exactly its file's code, and every file
 * type-checks (strict) against the generated package, imported by its published name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DOCS = path.join(ROOT, 'generated/docs');
const EXAMPLES = path.join(DOCS, 'examples');
const PACKAGE_DIST = path.join(ROOT, 'generated/package/dist');
const BANNER = '// DO NOT EDIT: generated from catalog/';

const catalog = JSON.parse(readFileSync(path.join(ROOT, 'generated/catalog.json'), 'utf8')) as {
  events: { type: string; category: string; names: { slug: string; factory: string } }[];
};

const exampleFiles = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => path.join(EXAMPLES, file))
  .sort();

/** The example's code as a page shows it: the file without its DO NOT EDIT banner. */
function shownCode(file: string): string {
  const contents = readFileSync(file, 'utf8');
  assert.ok(contents.startsWith(BANNER), `${file}: banner`);
  return contents.slice(contents.indexOf('\n') + 1);
}

const fences = (page: string, language: string) =>
  [...readFileSync(page, 'utf8').matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map(
    (match) => match[1]!,
  );

test('every event page shows its example file, code for code, in its Usage section', () => {
  for (const event of catalog.events) {
    const file = path.join(EXAMPLES, 'events', `${event.names.slug}.ts`);
    const page = path.join(DOCS, event.category, `${event.names.slug}.md`);
    const code = shownCode(file);
    const usage = /\n## Usage\n([\s\S]*?)\n## /.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
    assert.ok(usage.includes(`\`\`\`ts\n${code}\`\`\``), `${page} does not show ${file}`);
    assert.ok(code.includes(`'${event.type}'`) && code.includes(event.names.factory), file);
  }
});

test('the guide shows each of its example files, in order', () => {
  const guide = path.join(DOCS, 'guide/receiving-events.md');
  const shown = fences(guide, 'ts');
  const files = ['webhook', 'receive', 'handshake', 'filter', 'fixtures'].map((name) =>
    shownCode(path.join(EXAMPLES, 'guide', `${name}.ts`)),
  );
  assert.equal(shown, files);
});

test('there is no example file that no page shows', () => {
  const expected = catalog.events.length + 5;
  assert.is(exampleFiles.length, expected);
});

let checked: ts.Program | undefined;

test('every example type-checks (strict) against the generated package', () => {
  const program = (checked = ts.createProgram(exampleFiles, {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
    typeRoots: [path.join(ROOT, 'node_modules/@types')],
    baseUrl: ROOT,
    paths: {
      '@acs-toolkit/events': [path.join(PACKAGE_DIST, 'index.d.ts')],
      '@acs-toolkit/events/*': [path.join(PACKAGE_DIST, '*.d.ts')],
    },
  }));
  const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${path.relative(ROOT, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
      : '';
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
  assert.equal(diagnostics, []);
});

test('the type check can fail: a wrong property name is reported', () => {
  const file = path.join(EXAMPLES, 'guide', 'fixtures.ts');
  const host = ts.createCompilerHost({});
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) =>
    name === file
      ? ts.createSourceFile(
          name,
          `${readFileSync(file, 'utf8')}\nconst wrong: number = event.id;\n`,
          language,
        )
      : original(name, language);
  const program = ts.createProgram(
    [file],
    {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: ['node'],
      typeRoots: [path.join(ROOT, 'node_modules/@types')],
      paths: {
        '@acs-toolkit/events': [path.join(PACKAGE_DIST, 'index.d.ts')],
        '@acs-toolkit/events/*': [path.join(PACKAGE_DIST, '*.d.ts')],
      },
    },
    host,
    checked,
  );
  const messages = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ''));
  assert.ok(
    messages.some((message) => /not assignable to type 'number'/.test(message)),
    messages.join('\n'),
  );
});

test.run();
