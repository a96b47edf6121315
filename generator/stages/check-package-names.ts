/**
 * The names the catalog gives the package — each event's types, validator, guard, factory and file
 * name, each definition's type, validator and guard, each docs sample's fixture exports and files —
 * must be safe and taken once, and never one the package declares itself (model/package-names.ts).
 */
import type { RawDefinitionsFile, RawEvent } from '../model/catalog-model.ts';
import type { PathSegment } from '../model/diagnostic.ts';
import { eventNames, fixtureExportNames } from '../model/event-names.ts';
import { PACKAGE_OWN_NAMES } from '../model/package-names.ts';
import { SAFE_FILE_NAME, sampleIds } from '../model/sample-ids.ts';
import { isIdentifier } from '../syntax/ts-literals.ts';
import type { LoadedFile } from './load.ts';

export type Fail = (
  file: LoadedFile,
  path: PathSegment[],
  message: string,
  options?: { key?: boolean },
) => void;

/** Who took each name first, as the messages say it. */
type Owners = Map<string, string>;

export function checkPackageNames(
  events: readonly { file: LoadedFile; value: RawEvent }[],
  definitions: { file: LoadedFile; value: RawDefinitionsFile } | undefined,
  fail: Fail,
): void {
  const identifiers: Owners = new Map([...PACKAGE_OWN_NAMES].map((name) => [name, 'the package itself']));
  const fileNames: Owners = new Map();
  /** Claims `names` for `owner`; one diagnostic per earlier owner they collide with. */
  const claimAll = (owners: Owners, names: string[], owner: string, report: (message: string) => void) => {
    const clashes = new Map<string, string[]>();
    for (const name of names) {
      const previous = owners.get(name);
      if (previous === undefined) owners.set(name, owner);
      else clashes.set(previous, [...(clashes.get(previous) ?? []), name]);
    }
    for (const [previous, taken] of clashes)
      report(`names already taken by ${previous}: ${taken.map((name) => `"${name}"`).join(', ')}`);
  };

  // Each definition is a schema file named after it: names that differ only in case would be one
  // file on a case-insensitive file system (macOS, Windows).
  const definitionFiles: Owners = new Map();
  for (const name of Object.keys(definitions?.value.definitions ?? {})) {
    const file = definitions!.file;
    const owner = `definition ${name} (${file.path})`;
    const report = (message: string) => fail(file, ['definitions', name], message, { key: true });
    claimAll(identifiers, [name, `validate${name}`, `is${name}`], owner, report);
    claimAll(definitionFiles, [name.toLowerCase()], owner, (message) =>
      report(message.replace('names', 'file names (the same but for case)')),
    );
  }
  const types = new Set<string>();
  for (const { file, value } of events) {
    // A second file with the same type is reported as such (check.ts), not as its names.
    if (types.has(value.type)) continue;
    types.add(value.type);
    const names = eventNames(value.type);
    const owner = `${value.type} (${file.path})`;
    const report = (message: string) => fail(file, ['type'], message);
    const { dataType, eventType, cloudEventType, validator, guard, factory } = names;
    claimAll(identifiers, [dataType, eventType, cloudEventType, validator, guard, factory], owner, report);
    claimAll(fileNames, [names.slug], owner, (message) => report(message.replace('names', 'file names')));
    checkSampleNames(file, value, names.short, identifiers, claimAll, fail);
  }
}

/** Sample ids name the fixture files and exports: safe, one per sample, and exports no one else takes. */
function checkSampleNames(
  file: LoadedFile,
  event: RawEvent,
  short: string,
  identifiers: Owners,
  claimAll: (owners: Owners, names: string[], owner: string, report: (message: string) => void) => void,
  fail: Fail,
): void {
  const ids = sampleIds(event.samples.map((sample) => sample.source));
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    const at: PathSegment[] = ['samples', index, 'source'];
    const { document, line } = event.samples[index]!.source;
    const where = `sample from ${document} line ${line}`;
    if (!SAFE_FILE_NAME.test(id)) return fail(file, at, `${where}: its id "${id}" is not a safe file name`);
    if (seen.has(id))
      return fail(
        file,
        at,
        `${where}: its id "${id}" is already another sample's (a document id ends like a sample suffix)`,
      );
    seen.add(id);
    const { eventGrid, cloudEvent } = fixtureExportNames(short, id);
    const unsafe = [eventGrid, cloudEvent].filter((name) => !isIdentifier(name));
    if (unsafe.length > 0)
      return fail(file, at, `${where}: its fixture export "${unsafe[0]}" is not a safe identifier`);
    claimAll(
      identifiers,
      [eventGrid, cloudEvent],
      `the ${where} of ${event.type} (${file.path})`,
      (message) => fail(file, at, `${where}: fixture ${message}`),
    );
  });
}
