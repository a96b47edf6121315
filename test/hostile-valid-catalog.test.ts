/**
 * A catalog that is hostile but valid generates a package that works. One catalog holds every
 * hostile name at once (test/golden/catalog plus the edits below; one pipeline run, type-checked,
 * is the expensive part): data properties named like the members every JavaScript object inherits
 * (`toString`, `constructor`, `valueOf`, `hasOwnProperty`, `isPrototypeOf`) and like comment and
 * template syntax (`*​/`, `${`, a backtick), definitions named like JavaScript's globals (`Record`,
 * `Date`, `Array`, `Promise`, `Object`), a subject parameter named `constructor`, `__proto__` as an
 * enum value, descriptions holding backticks, `<script>`, a `javascript:` link, `*​/`, `${` and a tab.
 * (A property named `__proto__` and control characters other than tab are catalog errors:
 * test/broken-catalogs.)
 *
 * The compiled package (dist/) is imported from a temporary folder: a factory-made event validates,
 * every sample validates, a wrong value at each hostile name is rejected at its JSON Pointer, and
 * nothing on Object.prototype changes.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { OutputFile } from '../generator/model/catalog-model.ts';
import { runPipeline } from '../generator/pipeline.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SMS_TYPE = 'Microsoft.Communication.SMSReceived';
const SMS = 'events/sms/SMSReceived.yaml';

/** Optional string properties of SMSReceived's data, named to break naive code. */
const HOSTILE_PROPERTIES = [
  'toString',
  'constructor',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '*/',
  'a*/b${c}`d',
];
/** Definitions named like JavaScript's globals, each `{ value: string }` (required). */
const HOSTILE_DEFINITIONS = ['Record', 'Date', 'Array', 'Promise', 'Object'];
/** An optional enum property. */
const KIND_VALUES = ['__proto__', 'constructor', 'toString'];
const HOSTILE_TEXT =
  'Tabs\there, `code`, <script>alert(1)</script>, [a link](javascript:alert(1)), */ and ${x}.';
/** The hostile values one docs sample carries (the others stay as they are). */
const SAMPLE_ADDITIONS = {
  toString: 'a',
  constructor: 'b',
  valueOf: 'c',
  hasOwnProperty: 'd',
  '*/': 'e',
  kind: '__proto__',
  theObject: { value: 'f' },
};

const yamlString = (text: string) => JSON.stringify(text);
const DEFS_END = '      required: [timestamp, segmentsSucceeded, segmentsFailed]\n';
const SMS_MESSAGE = '    message:\n      type: string\n      description: The SMS content.\n';
/** [file, text to find, its replacement] */
const EDITS: [file: string, from: string, to: string][] = [
  [
    'definitions.yaml',
    DEFS_END,
    DEFS_END +
      HOSTILE_DEFINITIONS.map((name) =>
        [
          `  ${name}:`,
          `    description: ${yamlString(`A definition named ${name}. ${HOSTILE_TEXT}`)}`,
          '    schema:',
          '      type: object',
          `      properties: { value: { type: string, description: ${yamlString(HOSTILE_TEXT)} } }`,
          '      required: [value]',
        ].join('\n'),
      ).join('\n') +
      '\n',
  ],
  [
    SMS,
    SMS_MESSAGE,
    SMS_MESSAGE +
      [
        ...HOSTILE_PROPERTIES.map(
          (name) => `    ${yamlString(name)}: { type: string, description: ${yamlString(HOSTILE_TEXT)} }`,
        ),
        ...HOSTILE_DEFINITIONS.map((name) => `    the${name}: { $ref: '#/$defs/${name}' }`),
        `    kind: { type: string, enum: [${KIND_VALUES.join(', ')}], description: ${yamlString(HOSTILE_TEXT)} }`,
      ].join('\n') +
      '\n',
  ],
  [SMS, 'pattern: /phonenumber/{phoneNumber}', 'pattern: /phonenumber/{constructor}'],
  [SMS, '      phoneNumber:\n        description', '      constructor:\n        description'],
  [
    SMS,
    `description: Published when an SMS is received by a phone number associated with the Communication Service.\ndataVersion`,
    `description: ${yamlString(HOSTILE_TEXT)}\ndataVersion`,
  ],
  [
    SMS,
    '              "message":"SMS Message",\n',
    `              "message":"SMS Message",\n              ${JSON.stringify(SAMPLE_ADDITIONS).slice(1, -1)},\n`,
  ],
];

type Json = Record<string, unknown>;
interface Result {
  ok: boolean;
  errors?: { path: string; message: string }[];
}
type Validate = (value: unknown) => Result;
interface Package {
  validators: Record<string, Validate>;
  fixtures: Record<string, unknown> & {
    factories: Record<string, (overrides?: unknown, options?: { seed?: number }) => Json>;
  };
  subjects: {
    parseSubject: (type: string, subject: string) => Json | undefined;
    formatSubject: (type: string, parameters: Json) => string;
  };
  parse: { parseEvents: (body: unknown) => { status: string; event?: unknown; errors?: unknown[] }[] };
}

/** Every own key of Object.prototype with its descriptor's parts, to compare before and after. */
const prototypeState = () =>
  Reflect.ownKeys(Object.prototype).map((key) => {
    const d = Object.getOwnPropertyDescriptor(Object.prototype, key)!;
    return [String(key), d.value, d.get, d.set, d.writable, d.enumerable, d.configurable];
  });
const PROTOTYPE_BEFORE = prototypeState();

let work = '';
let files: OutputFile[] = [];
let pkg: Package;

test.before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'acs-hostile-valid-'));
  const catalogDir = path.join(work, 'catalog');
  await cp(path.join(ROOT, 'test/golden/catalog'), catalogDir, { recursive: true });
  for (const [file, from, to] of EDITS) {
    const text = await readFile(path.join(catalogDir, file), 'utf8');
    if (!text.includes(from)) throw new Error(`${file} lacks ${JSON.stringify(from)}`);
    await writeFile(
      path.join(catalogDir, file),
      text.replace(from, () => to),
    );
  }
  // typeCheck: a generator bug in the generated TypeScript throws here.
  const result = await runPipeline(
    {
      catalogDir,
      runtimeDir: path.join(ROOT, 'generator/runtime'),
      templatesDir: path.join(ROOT, 'templates'),
    },
    { typeCheck: true },
  );
  assert.equal(result.diagnostics, [], 'check accepts the catalog');
  files = result.files;
  for (const file of files) {
    await mkdir(path.dirname(path.join(work, 'out', file.path)), { recursive: true });
    await writeFile(path.join(work, 'out', file.path), file.contents);
  }
  const load = (name: string) =>
    import(pathToFileURL(path.join(work, 'out/package/dist', `${name}.js`)).href) as Promise<never>;
  pkg = {
    validators: await load('validators'),
    fixtures: await load('fixtures'),
    subjects: await load('subjects'),
    parse: await load('parse'),
  };
});
test.after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const validateSms: Validate = (data) => pkg.validators.validateAcsSmsReceivedEventData!(data);
const makeSms = (overrides?: unknown, seed = 1) => pkg.fixtures.factories[SMS_TYPE]!(overrides, { seed });
const pointer = (...segments: string[]) =>
  segments.map((s) => `/${s.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

test('the package declares every hostile name as it is written', () => {
  const types = files.find((file) => file.path === 'package/src/types.ts')!.contents;
  for (const name of HOSTILE_PROPERTIES) {
    const key = /^[A-Za-z]\w*$/.test(name) ? name : `'${name}'`;
    assert.ok(types.includes(`\n  ${key}?: string`), `types.ts declares ${key}`);
  }
  for (const name of HOSTILE_DEFINITIONS) {
    assert.ok(types.includes(`export interface ${name} {`), `types.ts declares ${name}`);
    assert.is(typeof pkg.validators[`validate${name}`], 'function', `validate${name}`);
  }
  assert.ok(types.includes(`kind?: ${KIND_VALUES.map((v) => `'${v}'`).join(' | ')};`));
});

test('a factory-made event validates, and carries a subject made from the `constructor` parameter', () => {
  for (const seed of [1, 2, 3]) {
    const event = makeSms(undefined, seed);
    assert.equal(validateSms(event.data).errors, undefined, `seed ${seed}`);
    assert.equal(
      pkg.parse.parseEvents([event]).map((r) => r.status),
      ['valid'],
      `seed ${seed}`,
    );
    const data = event.data as Json;
    const parameters = pkg.subjects.parseSubject(SMS_TYPE, event.subject as string);
    assert.equal(parameters, { constructor: (data.to as string).replace(/\D/g, '') });
    assert.ok(Object.hasOwn(parameters!, 'constructor'), 'an own property');
    assert.is(
      pkg.subjects.formatSubject(SMS_TYPE, parameters!).toLowerCase(),
      (event.subject as string).toLowerCase(),
    );
  }
});

test('every hostile name holds its value through a factory override and validates', () => {
  const data: Json = Object.fromEntries(HOSTILE_PROPERTIES.map((name, i) => [name, `value ${i}`]));
  for (const name of HOSTILE_DEFINITIONS) data[`the${name}`] = { value: name };
  data.kind = '__proto__';
  const overrides = { data: JSON.parse(JSON.stringify(data)) as Json };
  const event = makeSms(overrides);
  const made = event.data as Json;
  for (const [key, value] of Object.entries(data)) {
    assert.ok(Object.hasOwn(made, key), `${key} is an own property of the made data`);
    assert.equal(made[key], value, key);
  }
  assert.is(Object.getPrototypeOf(made), Object.prototype, 'the kind __proto__ did not become a prototype');
  assert.equal(validateSms(made).errors, undefined);
  assert.equal(
    pkg.parse.parseEvents([event]).map((r) => r.status),
    ['valid'],
  );
});

test('every docs sample validates, the one holding the hostile keys too', () => {
  const samples = Object.entries(pkg.fixtures).filter(([name]) => /^smsReceived_\d/.test(name));
  assert.ok(samples.length >= 3, `${samples.length} SMS samples`);
  const withHostileKeys = samples.filter(([, event]) =>
    Object.hasOwn((event as Json).data as Json, 'hasOwnProperty'),
  );
  assert.is(withHostileKeys.length, 1, 'the 2020-03 sample carries the hostile keys');
  for (const [name, event] of samples) {
    assert.equal(validateSms((event as Json).data).errors, undefined, name);
    assert.equal(
      pkg.parse.parseEvents([event]).map((r) => r.status),
      ['valid'],
      name,
    );
  }
});

/** [what, data changes, the JSON Pointer the one error must name] */
const WRONG: [string, Json, string][] = [
  ...HOSTILE_PROPERTIES.map((name): [string, Json, string] => [
    `${name}: a number`,
    { [name]: 7 },
    pointer(name),
  ]),
  ...HOSTILE_DEFINITIONS.map((name): [string, Json, string] => [
    `the${name}.value: a number`,
    { [`the${name}`]: { value: 7 } },
    pointer(`the${name}`, 'value'),
  ]),
  ...HOSTILE_DEFINITIONS.map((name): [string, Json, string] => [
    `the${name}: without its value`,
    { [`the${name}`]: {} },
    pointer(`the${name}`, 'value'),
  ]),
  ['kind: a value outside the enum', { kind: 'prototype' }, '/kind'],
  ['kind: an inherited member name that is not listed', { kind: 'valueOf' }, '/kind'],
];

for (const [what, change, at] of WRONG) {
  test(`a wrong value is rejected at its path: ${what}`, () => {
    const data = { ...(makeSms().data as Json), ...change };
    const result = validateSms(data);
    assert.is(result.ok, false, 'rejected');
    assert.equal(
      result.errors!.map((error) => error.path),
      [at],
      JSON.stringify(result.errors),
    );
    const parsed = pkg.parse.parseEvents([{ ...makeSms(), data }]);
    assert.is(parsed[0]!.status, 'invalid');
  });
}

test('a definition named like a global validates on its own', () => {
  for (const name of HOSTILE_DEFINITIONS) {
    const validate = pkg.validators[`validate${name}`]!;
    assert.is(validate({ value: 'x' }).ok, true, name);
    assert.equal(
      validate({ value: 1 }).errors?.map((error) => error.path),
      ['/value'],
      name,
    );
    assert.equal(
      validate({}).errors?.map((error) => error.path),
      ['/value'],
      name,
    );
  }
});

test('the hostile texts stay text: in the types, the JSON Schema and the docs', () => {
  const text = (suffix: string) => files.find((file) => file.path.endsWith(suffix))!.contents;
  // In a JSDoc comment `*/` is escaped (the package type-checked, so no comment ended early).
  assert.ok(
    text('package/src/types.ts').includes('<script>alert(1)</script>, [a link](javascript:alert(1)), *\\/'),
  );
  const schema = JSON.parse(text('events/sms-received.event-grid.schema.json')) as {
    properties: { data: unknown };
  };
  assert.ok(JSON.stringify(schema).includes(JSON.stringify(HOSTILE_TEXT).slice(1, -1)));
  const docs = files.filter((file) => file.path.startsWith('docs/') && file.path.endsWith('.md'));
  assert.ok(docs.length > 0);
  for (const page of docs) {
    // The front matter is YAML data (a quoted string there is not Markdown); the body is Markdown.
    const body = page.contents.replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const line of body.split('\n')) {
      assert.not.match(line, /<script>/, `${page.path}: raw HTML in ${line}`);
      assert.not.match(line, /\]\(javascript:/, `${page.path}: a javascript: link in ${line}`);
    }
  }
});

test('nothing on Object.prototype changed', () => {
  assert.equal(prototypeState(), PROTOTYPE_BEFORE);
  const probe: Json = {};
  for (const key of ['kind', 'value', 'polluted']) assert.is(probe[key], undefined, key);
});

test.run();
