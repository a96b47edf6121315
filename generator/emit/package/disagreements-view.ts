/**
 * The package README's "Where the sources disagree" section: the errata that record a disagreement
 * between the sources (docs samples and tables, the REST API spec) about the wire form, counted per
 * category and kind, and the decisions about names, values and formats, each linking to its entry
 * on the docs' errata page.
 */
import type { Catalog, Erratum, ErratumKind, EventType } from '../../model/catalog-model.ts';
import { code, join, link, markup, prose, text } from '../../syntax/markdown-inline.ts';

/** The disagreement kinds, in the table's column order, with what each records. */
const KINDS: [kind: ErratumKind, meaning: string][] = [
  ['required', 'whether a field is always present, or may be null'],
  ['missing-field', 'a field only one source has'],
  ['disagreement', 'the sources name or shape a field differently'],
  ['enum-value', 'the sources list different values'],
  ['format', "a value's format differs"],
];
/** The kinds whose decisions the section lists one by one: they change names, values or formats. */
const LISTED: ReadonlySet<ErratumKind> = new Set(['disagreement', 'enum-value', 'format']);

/** From `generated/package/README.md` to the docs' errata page in the toolkit repository. */
const ERRATA_PAGE = '../docs/errata.md';

interface Recorded {
  event: EventType;
  erratum: Erratum;
}

/** A correction's first sentence: the decision; the rest is its evidence and confidence. */
function decisionOf(correction: string): string {
  return correction.split(/(?<=\.)\s+(?=[A-Z"'`(])/)[0]!;
}

export function disagreementsView(catalog: Catalog) {
  const kinds = new Set(KINDS.map(([kind]) => kind));
  const recorded: Recorded[] = catalog.events.flatMap((event) =>
    [...event.errata, ...event.samples.flatMap((sample) => sample.errata)]
      .filter((erratum) => kinds.has(erratum.kind))
      .map((erratum) => ({ event, erratum })),
  );
  if (recorded.length === 0) return undefined;
  const count = (entries: Recorded[], kind: ErratumKind) =>
    entries.filter((entry) => entry.erratum.kind === kind).length;
  const rows = catalog.categories.flatMap((category) => {
    const mine = recorded.filter((entry) => entry.event.category === category.id);
    if (mine.length === 0) return [];
    return [
      {
        categoryMd: text(category.title),
        counts: KINDS.map(([kind]) => count(mine, kind)),
        total: mine.length,
      },
    ];
  });
  rows.push({
    categoryMd: markup`**All**`,
    counts: KINDS.map(([kind]) => count(recorded, kind)),
    total: recorded.length,
  });

  // One row per decision: events sharing the same decision (the same correction's first sentence) are listed together.
  const decisions = new Map<string, Recorded[]>();
  for (const entry of recorded.filter((entry) => LISTED.has(entry.erratum.kind))) {
    const key = `${entry.erratum.kind}\n${decisionOf(entry.erratum.correction)}`;
    decisions.set(key, [...(decisions.get(key) ?? []), entry]);
  }
  const errataLink = markup`the docs' ${link(text('errata page'), ERRATA_PAGE)}`;
  return {
    introMd: markup`The sources do not always agree: the docs' samples and attribute tables, from several docs versions, and the REST API spec the Azure SDKs are generated from. The catalog records each disagreement about the wire form as an erratum with the evidence from every side and the decision these types and validators follow: ${text(String(recorded.length))} of them, by kind: ${join(
      KINDS.map(([kind, meaning]) => markup`${code(kind)} (${text(meaning)})`),
      ', ',
    )}. Each is listed with its evidence on ${errataLink}.`,
    kindsMd: KINDS.map(([kind]) => code(kind, { table: true })),
    rows,
    decisions: [...decisions.values()].map((entries) => ({
      eventsMd: join(
        [...new Set(entries.map((entry) => entry.event.names.short))].map(
          (name) => markup`**${text(name)}**`,
        ),
        ', ',
      ),
      kindMd: code(entries[0]!.erratum.kind, { table: true }),
      decisionMd: markup`${prose(decisionOf(entries[0]!.erratum.correction), { table: true })} (${join(
        entries.map(({ erratum }) => link(code(erratum.id, { table: true }), `${ERRATA_PAGE}#${erratum.id}`)),
        ', ',
      )})`,
    })),
  };
}
