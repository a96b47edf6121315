import { banner, BANNER_TEXT, REGENERATE_COMMAND } from '../../syntax/banner.ts';
import { alignTables } from '../../syntax/markdown-tables.ts';
import { code, fence, markup, prose, text, verbatim } from '../../syntax/markdown-inline.ts';
import { createRenderer } from '../../syntax/handlebars-render.ts';
import { jsonText } from '../../syntax/json-text.ts';
import type { Catalog, Category, OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';
import { PACKAGE_NAME, PACKAGE_VERSION } from '../../model/package-identity.ts';
import { tsSingleQuoted } from '../../syntax/ts-literals.ts';
import { disagreementsView } from './disagreements-view.ts';
import { webhookAnswersView } from './webhook-answers.ts';

/** A category's part of the README's event list: its title, its description, a row per event type. */
function categoryView(category: Category) {
  const cell = (value: string) => code(value, { table: true });
  return {
    title: category.title,
    descriptionMd: category.description === '' ? '' : prose(category.description),
    rows: category.events.map((event) => ({
      typeMd: cell(event.type),
      dataTypeMd: cell(event.names.dataType),
      statusMd:
        event.status === 'retired'
          ? markup`retired${event.replacedBy ? markup` → ${cell(event.replacedBy)}` : text('')}`
          : text('current'),
    })),
  };
}

/** `package.json` and `README.md` of the publishable package, whose module names (src/<name>.ts) are the context's entries. */
export function emitPackage(context: EmitContext): OutputFile[] {
  const { catalog } = context;
  const entries = context.entries.filter((entry) => entry.bin === undefined).map((entry) => entry.name);
  const bins = context.entries.flatMap((entry) =>
    entry.bin === undefined ? [] : [[entry.bin, `./dist/${entry.name}.js`] as const],
  );
  return [
    {
      path: 'package/package.json',
      contents: jsonText(packageJson(catalog, entries, Object.fromEntries(bins))),
    },
    {
      path: 'package/README.md',
      contents: alignTables(
        createRenderer(context.templates, 'package')(
          'readme',
          readmeView(catalog, entries, context.templates),
        ),
      ),
    },
  ];
}

function packageJson(catalog: Catalog, entries: readonly string[], bin: Record<string, string>): object {
  const entry = (name: string) => ({ types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` });
  const exports: Record<string, unknown> = { '.': entry('index') };
  for (const name of entries) if (name !== 'index') exports[`./${name}`] = entry(name);
  exports['./schemas/*'] = './schemas/*';
  exports['./fixtures/*'] = './fixtures/*';
  exports['./package.json'] = './package.json';
  return {
    $comment: BANNER_TEXT,
    name: PACKAGE_NAME,
    version: PACKAGE_VERSION,
    description: `TypeScript types, standalone validators, parseEvents, subject helpers, filter emulation, fixtures and JSON Schema for the ${catalog.events.length} Azure Communication Services Event Grid event types.`,
    keywords: [
      'azure',
      'communication-services',
      'event-grid',
      'cloudevents',
      'typescript',
      'validation',
      'json-schema',
    ],
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20' },
    types: './dist/index.d.ts',
    exports,
    ...(Object.keys(bin).length > 0 ? { bin } : {}),
    files: ['dist', 'schemas', 'fixtures', 'README.md'],
  };
}

/** The file the README shows as its example: a receiver, compiled and run by test/webhook-readme.test.ts. */
export const README_EXAMPLE = 'readme-receiver.ts';

/** The example's text; it must import this package by name, as a reader's code would. */
function readmeExample(templates: EmitContext['templates']): string {
  const example = templates.get(README_EXAMPLE);
  if (example === undefined) throw new Error(`missing templates/${README_EXAMPLE}`);
  if (!example.includes(`from ${tsSingleQuoted(`${PACKAGE_NAME}/webhook`)}`))
    throw new Error(`templates/${README_EXAMPLE} must import ${PACKAGE_NAME}/webhook`);
  return example.trimEnd();
}

/** The package's entry points as the README lists them (the fixtures' two rows when the package has them). */
const ENTRY_ROWS: [path: string, what: string][] = [
  ['', 'everything below but the webhook and the fixtures'],
  ['/types', 'data interfaces, `EventGridEvent`/`CloudEvent` envelopes, `AcsEventDataMap`, unions'],
  [
    '/validators',
    '`validate…` (every error, JSON Pointer paths) and `is…` guards; `{ strict: true }` rejects unknown properties',
  ],
  ['/parse', '`parseEvents(body)`: valid / invalid / unknown per event, never throws'],
  ['/subjects', '`parseSubject` / `formatSubject` per event type'],
  ['/filter', '`matchesFilter(event, filter)`: Event Grid subscription filter emulation'],
  ['/schemas/*', 'JSON Schema 2020-12 per event data and envelope, plus `bundle.schema.json`'],
];
const WEBHOOK_ROWS: [path: string, what: string][] = [
  [
    '/webhook',
    '`createWebhook()`: both handshakes, body limit, status codes, a typed handler per event type; adapters for node:http, Express, Fetch, Azure Functions',
  ],
];
const FIXTURE_ROWS: [path: string, what: string][] = [
  [
    '/fixtures',
    'every docs sample as a typed event in both envelopes, `make…Event` factories, labelled invalid variants',
  ],
  ['/fixtures/*', 'the docs samples as plain JSON files'],
];

/** The view of templates/package-readme.hbs. */
function readmeView(catalog: Catalog, entries: readonly string[], templates: EmitContext['templates']) {
  const pages = catalog.documents.filter((document) => document.format !== 'swagger').length;
  const spec = catalog.documents.some((document) => document.format === 'swagger');
  const rows = [
    ...ENTRY_ROWS,
    ...(entries.includes('webhook') ? WEBHOOK_ROWS : []),
    ...(entries.includes('fixtures') ? FIXTURE_ROWS : []),
  ];
  return {
    bannerMd: verbatim(banner('html').trimEnd()),
    packageName: PACKAGE_NAME,
    sourcesMd: text(
      `a catalog built from ${pages} versions of the ACS event docs pages${spec ? " and the service's REST API spec" : ''}`,
    ),
    exampleMd: fence(readmeExample(templates), 'ts'),
    answers: webhookAnswersView(),
    entries: rows.map(([path, what]) => ({
      importMd: code(`${PACKAGE_NAME}${path}`, { table: true }),
      whatMd: verbatim(what),
    })),
    categories: catalog.categories.filter((category) => category.events.length > 0).map(categoryView),
    disagreements: disagreementsView(catalog),
    regenerateMd: code(REGENERATE_COMMAND),
  };
}
