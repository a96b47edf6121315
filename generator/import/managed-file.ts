/**
 * One catalog file the importer may change: its original text, its YAML document (comments and key
 * order kept) and whether anything was edited. Unchanged files are written back byte for byte.
 */
import { Document } from 'yaml';
import { parseYaml, stringify } from './yaml-edit.ts';

/** Catalog files by path relative to the catalog directory, `/`-separated (e.g. `events/sms/SMSReceived.yaml`). */
export type CatalogFiles = Record<string, string>;

export interface ManagedFile {
  path: string;
  original: string | undefined;
  doc: Document;
  changed: boolean;
  /** The new text when the step wrote it itself (spliced into the original) instead of from `doc`. */
  text?: string;
}

/** Keys whose multi-line strings are written as block scalars (published text). */
export const TEXT_KEYS: ReadonlySet<string> = new Set(['published']);

/** New files point editors at the catalog format's JSON Schema, like the hand-written ones do. */
export function schemaComment(path: string): string {
  const name = path.startsWith('events/') ? 'event' : path.replace(/\.ya?ml$/, '');
  return ` yaml-language-server: $schema=${'../'.repeat(path.split('/').length - 1)}schema/${name}.schema.json`;
}

export function loadManaged(files: CatalogFiles, path: string, empty: object): ManagedFile {
  const original = files[path];
  if (original === undefined) {
    const doc = new Document(empty);
    doc.commentBefore = schemaComment(path);
    return { path, original, doc, changed: true };
  }
  const doc = parseYaml(original, path);
  if (doc.contents === null) doc.contents = doc.createNode(empty);
  return { path, original, doc, changed: false };
}

export function outputOf(m: ManagedFile): string {
  if (m.text !== undefined) return m.text;
  return m.changed || m.original === undefined ? stringify(m.doc) : m.original;
}
