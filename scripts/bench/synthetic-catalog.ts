/**
 * Synthetic catalogs of N realistic events for the generation benchmark, derived from the real
 * catalog: event i is a copy of real event (i mod the number of real events) renamed with a group suffix
 * (ChatMessageReceived → ChatMessageReceivedVbq for group 42: letters, since the catalog format
 * allows only letters in type names, [A-Z][A-Za-z]*): its type, its file name, every
 * mention of a real event type in it (samples' eventType, erratum patches, replacedBy), and its
 * erratum ids; the categories' lifecycles name group 0's copies. Schemas, samples, repairs, listings and errata stay as curated, so every event
 * checks clean exactly like its original. Written to a directory the caller owns (a temp dir),
 * never committed.
 *
 *   tsx scripts/bench/synthetic-catalog.ts <N> <out-dir>
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isPair, isScalar, parseDocument, visit } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TYPE = /Microsoft\.Communication\.([A-Za-z]+)(?![A-Za-z0-9])/g;

interface RealEvent {
  category: string;
  short: string;
  text: string;
}

async function realEvents(catalogDir: string): Promise<RealEvent[]> {
  const eventsDir = path.join(catalogDir, 'events');
  const events: RealEvent[] = [];
  for (const category of (await readdir(eventsDir)).sort()) {
    for (const file of (await readdir(path.join(eventsDir, category)))
      .filter((name) => name.endsWith('.yaml'))
      .sort()) {
      events.push({
        category,
        short: file.replace(/\.yaml$/, ''),
        text: await readFile(path.join(eventsDir, category, file), 'utf8'),
      });
    }
  }
  return events;
}

/** Group 0 → "Vaa", 1 → "Vab", 42 → "Vbq" … (676 groups, 15,548 events). */
const suffixOf = (group: number) => {
  const letter = (n: number) => String.fromCharCode(97 + (n % 26));
  return `V${letter(Math.floor(group / 26))}${letter(group)}`;
};

/** Writes a catalog of `count` events into `outDir` (replacing it); returns the event types. */
export async function writeSyntheticCatalog(
  count: number,
  outDir: string,
  catalogDir = path.join(ROOT, 'catalog'),
): Promise<string[]> {
  const events = await realEvents(catalogDir);
  // The docs' filter examples name real event types, so every real event needs at least one copy.
  if (count < events.length)
    throw new Error(
      `a synthetic catalog needs at least ${events.length} events (one copy of each real one), asked for ${count}`,
    );
  const shorts = new Set(events.map((event) => event.short));
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, 'events'), { recursive: true });
  for (const name of ['sources.yaml', 'subjects.yaml', 'definitions.yaml'])
    await cp(path.join(catalogDir, name), path.join(outDir, name));
  await cp(path.join(catalogDir, 'schema'), path.join(outDir, 'schema'), { recursive: true });

  const planned = Array.from({ length: count }, (_, i) => ({
    event: events[i % events.length]!,
    group: Math.floor(i / events.length),
  }));
  const types = new Set(
    planned.map(({ event, group }) => `Microsoft.Communication.${event.short}${suffixOf(group)}`),
  );
  const rename = (text: string, group: number) =>
    text.replace(TYPE, (whole, short: string) =>
      shorts.has(short) ? `Microsoft.Communication.${short}${suffixOf(group)}` : whole,
    );

  for (const { event, group } of planned) {
    const suffix = suffixOf(group);
    const text = rename(event.text, group)
      // Erratum ids are unique across the catalog.
      .replace(/^(\s*- id: )(.+)$/gm, `$1$2-${suffix.toLowerCase()}`)
      // A retired event whose replacement is not in this catalog loses its replacedBy.
      .replace(/^replacedBy: (\S+)\n/m, (line, type: string) => (types.has(type) ? line : ''));
    const dir = path.join(outDir, 'events', event.category);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `${event.short}${suffix}.yaml`), text);
  }
  await writeFile(
    path.join(outDir, 'categories.yaml'),
    lifecyclesOfGroupZero(await readFile(path.join(catalogDir, 'categories.yaml'), 'utf8'), shorts),
  );
  // Filters name event types in their corrected form: point them at group 0.
  await writeFile(
    path.join(outDir, 'filters.yaml'),
    rename(await readFile(path.join(catalogDir, 'filters.yaml'), 'utf8'), 0),
  );
  return [...types].sort();
}

/** categories.yaml with every event its lifecycles name (short names, as keys and in lists) renamed to group 0's copy. */
function lifecyclesOfGroupZero(text: string, shorts: ReadonlySet<string>): string {
  const document = parseDocument(text);
  const renamed = (node: unknown) => {
    if (isScalar(node) && typeof node.value === 'string' && shorts.has(node.value))
      node.value = `${node.value}${suffixOf(0)}`;
  };
  visit(document, {
    Pair: (_, pair, path) => {
      if (
        !path.some(
          (ancestor) => isPair(ancestor) && isScalar(ancestor.key) && ancestor.key.value === 'lifecycles',
        )
      )
        return;
      renamed(pair.key);
      renamed(pair.value);
    },
    Scalar: (_, scalar, path) => {
      if (
        path.some(
          (ancestor) => isPair(ancestor) && isScalar(ancestor.key) && ancestor.key.value === 'lifecycles',
        )
      )
        renamed(scalar);
    },
  });
  return document.toString();
}

if (import.meta.filename === process.argv[1]) {
  const [count, out] = process.argv.slice(2);
  if (!count || !out) {
    console.error('usage: tsx scripts/bench/synthetic-catalog.ts <N> <out-dir>');
    process.exit(2);
  }
  const types = await writeSyntheticCatalog(Number(count), path.resolve(out));
  console.log(`wrote ${types.length} events to ${out}`);
}
