/**
 * The `wire` decisions of errata (model/wire-forms.ts): only a sample erratum carries one, its patch
 * must express a wire form (a rename within one object, or an integer's digit string), the schema
 * must declare the canonical form and not the published one, and two samples may not decide the
 * same form differently.
 */
import type { PathSegment } from '../model/diagnostic.ts';
import type { JsonSchema, RawEvent } from '../model/catalog-model.ts';
import { readSample } from '../model/published-json.ts';
import { definitionsUsed } from '../model/schema-refs.ts';
import { declaringSchema, formKey, wireFormsOf, type WireForm } from '../model/wire-forms.ts';
import { forEachErratum } from './check.ts';
import type { LoadedFile } from './load.ts';

type Report = (file: LoadedFile, path: PathSegment[], message: string) => void;

export function checkWireVariants(
  catalog: Parameters<typeof forEachErratum>[0],
  definitions: ReadonlyMap<string, JsonSchema>,
  report: Report,
): void {
  forEachErratum(catalog, (file, path, erratum) => {
    if (erratum.wire !== undefined && path[0] !== 'samples')
      report(file, [...path, 'wire'], 'only a sample erratum decides a wire form: its patch is the form');
  });
  const formsByEvent = catalog.events.map((event) => ({
    event,
    forms: checkEvent(event, definitions, report),
  }));
  checkSharedDefinitions(formsByEvent, definitions, report);
}

/**
 * A form through a shared definition changes that definition in the bundle JSON Schema, where all
 * events share it: every event using the definition must document the same form.
 */
function checkSharedDefinitions(
  formsByEvent: { event: { file: LoadedFile; value: RawEvent }; forms: WireForm[] }[],
  definitions: ReadonlyMap<string, JsonSchema>,
  report: Report,
): void {
  const keysOf = new Map(
    formsByEvent.map(({ event, forms }) => [event.value.type, new Set(forms.map(formKey))]),
  );
  const used = new Map<RawEvent, Set<string>>();
  const uses = (event: RawEvent, name: string) => {
    let names = used.get(event);
    if (!names) used.set(event, (names = new Set(definitionsUsed(event.schema, definitions))));
    return names.has(name);
  };
  for (const { event, forms } of formsByEvent) {
    for (const form of forms) {
      const found = declaringSchema(event.value.schema, definitions, form.parent, form.name);
      if (!found.ok) continue;
      for (const name of new Set(found.refs)) {
        const others = formsByEvent.filter(
          ({ event: other }) =>
            other !== event && uses(other.value, name) && !keysOf.get(other.value.type)!.has(formKey(form)),
        );
        if (others.length > 0)
          report(
            event.file,
            ['samples'],
            `wire form of ${form.erratum} goes through $defs/${name}, which ${others.map(({ event: other }) => other.value.type).join(', ')} also use(s) without documenting the same form`,
          );
      }
    }
  }
}

function checkEvent(
  { file, value }: { file: LoadedFile; value: RawEvent },
  definitions: ReadonlyMap<string, JsonSchema>,
  report: Report,
): WireForm[] {
  const where = new Map<string, PathSegment[]>();
  const samples = value.samples.flatMap((sample, i) => {
    const read = readSample(sample);
    if (!read.ok) return [];
    sample.errata?.forEach((erratum, j) => where.set(erratum.id, ['samples', i, 'errata', j, 'wire']));
    return [{ errata: sample.errata ?? [], asPublished: read.asPublished }];
  });
  const { forms, problems } = wireFormsOf(samples, value.schema, definitions);
  for (const problem of problems) report(file, where.get(problem.erratum) ?? ['samples'], problem.message);
  return forms;
}
