/**
 * The TypeScript examples the pages show: one usage example per event and the guide's examples.
 * Each is emitted as a file under docs/examples/ (type-checked by the tests against the generated
 * package) and shown on its page with exactly the same code, so a page never shows code that does
 * not compile. The guide's examples use one event the catalog picks (see `guideEvent`).
 */
import type { Catalog, EventType, OutputFile } from '../../../model/catalog-model.ts';
import { banner } from '../../../syntax/banner.ts';
import type { Render } from '../../../syntax/handlebars-render.ts';
import { type Code, id, lit, render as renderCode, ts } from '../../../syntax/ts-code.ts';
import {
  arrayLiteral,
  assignment,
  blockArrow,
  call,
  index,
  memberChain,
  objectLiteral,
  property,
  signature,
  specifiers,
} from '../../../syntax/ts-layout.ts';
import { DOCS_ROOT } from './docs-paths.ts';
import { eventFilter } from './filter-view.ts';
import type { PropertyRow } from './property-rows.ts';

export interface Example {
  /** Path of the example file, relative to generated/. */
  path: string;
  /** The code as the page shows it (the file has the DO NOT EDIT banner above it). */
  code: string;
}

export const EXAMPLES_ROOT = `${DOCS_ROOT}/examples`;

export const GUIDE_EXAMPLES = ['webhook', 'receive', 'handshake', 'filter', 'fixtures'] as const;
export type GuideExample = (typeof GUIDE_EXAMPLES)[number];

/** An example's file, in prettier's layout as emitted. */
export function exampleFile(example: Example): OutputFile {
  return { path: example.path, contents: `${banner('line')}${example.code}`, layout: 'final' };
}

/**
 * An event's usage example. The lines a long name can push past the print width are laid out here
 * (ts-layout.ts), so the file is emitted as prettier would print it.
 */
export function eventExample(event: EventType, rows: readonly PropertyRow[], render: Render): Example {
  const property = firstRequiredProperty(rows);
  const signatureLine = ts`export function received${signature([ts`body: unknown`], ts`${id(event.names.dataType)}[]`)} {`;
  const logged = property === null ? ts`received([event])[0]` : ts`received([event])[0]?.${id(property)}`;
  return {
    path: `${EXAMPLES_ROOT}/events/${event.names.slug}.ts`,
    code: render('example-event', {
      ...eventNames(event),
      signature: renderCode([signatureLine]),
      logLine: renderCode([ts`${call(ts`console.log`, [logged])};`]),
    }),
  };
}

/**
 * The event the guide shows: of the current events with a subject pattern and a docs sample, the
 * one the most docs versions list (the longest documented), the first in the catalog on a tie.
 */
export function guideEvent(catalog: Catalog): EventType | undefined {
  const candidates = catalog.events.filter(
    (event) => event.status === 'current' && event.subjects.length > 0 && event.samples.length > 0,
  );
  return candidates.reduce<EventType | undefined>(
    (best, event) =>
      best === undefined || event.history.listedIn.length > best.history.listedIn.length ? event : best,
    undefined,
  );
}

export function guideExamples(event: EventType, render: Render): Record<GuideExample, Example> {
  const view = { ...eventNames(event), ...guideCode(event) };
  const example = (name: GuideExample): Example => ({
    path: `${EXAMPLES_ROOT}/guide/${name}.ts`,
    code: render(`example-${name}`, view),
  });
  return {
    webhook: example('webhook'),
    receive: example('receive'),
    handshake: example('handshake'),
    filter: example('filter'),
    fixtures: example('fixtures'),
  };
}

/**
 * The guide's statements whose lines grow with the event's names, laid out here (ts-layout.ts) so
 * that each example is emitted as prettier would print it; the templates hold the fixed lines.
 */
function guideCode(event: EventType) {
  const { type, names } = event;
  const factory = id(names.factory);
  const subject = eventFilter(event).subjectBeginsWith;
  const filter = objectLiteral(
    [
      property(ts`includedEventTypes`, arrayLiteral([lit(type)])),
      ...(subject === undefined ? [] : [property(ts`subjectBeginsWith`, lit(subject))]),
    ],
    true,
  );
  const logged = (event: Code) => [lit(names.short), ts`${event}.subject`, ts`${event}.data`];
  const handler = blockArrow([ts`event`], [ts`${call(ts`console.log`, logged(ts`event`))};`]);
  const webhook = memberChain(ts`createWebhook()`, [
    call(ts`.on`, [lit(type), handler]),
    ts`.onUnknown((event) => console.info('an event type the catalog does not know', event.type))`,
    ts`.onInvalid((invalid) => console.warn('not an event we understand', invalid.errors))`,
  ]);
  const fixtureOptions = [
    objectLiteral([property(ts`id`, lit('my-test-event'))]),
    objectLiteral([property(ts`seed`, ts`7`)]),
  ];
  return {
    typeTs: renderCode([ts`${assignment(ts`const TYPE`, ts` =`, lit(type), false)};`]),
    filterTs: renderCode([
      ts`${assignment(ts`const filter: EventSubscriptionFilter`, ts` =`, filter, false)};`,
    ]),
    filterLogTs: renderCode([
      ts`${call(ts`console.log`, [call(ts`matchesFilter`, [ts`${factory}()`, ts`filter`])])};`,
    ]),
    fixturesImportTs: renderCode([
      ts`import ${specifiers([factory, ts`invalidVariants`])} from ${lit('@acs-toolkit/events/fixtures')};`,
    ]),
    fixtureEventTs: renderCode([
      ts`${assignment(ts`const event`, ts` =`, call(factory, fixtureOptions), false)};`,
    ]),
    variantsLoopTs: renderCode([ts`for (const variant of ${index(ts`invalidVariants`, lit(type))}) {`]),
    receiveLogTs: renderCode([ts`${call(ts`console.log`, logged(ts`result.event`))};`], 4),
    webhookTs: renderCode([ts`${assignment(ts`const webhook`, ts` =`, webhook, false)};`]),
  };
}

function eventNames(event: EventType) {
  return {
    type: event.type,
    short: event.names.short,
    dataType: event.names.dataType,
    factory: event.names.factory,
  };
}

/** A property every `data` of the event carries at its top level (of its expanded rows), to show reading one; null if none. */
function firstRequiredProperty(rows: readonly PropertyRow[]): string | null {
  return (
    rows.find((row) => row.required && row.when === undefined && /^[A-Za-z_$][\w$]*$/.test(row.path))?.path ??
    null
  );
}
