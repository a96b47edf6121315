/**
 * What the merge steps share: the diagnostics and counts they add to, and how they name and order
 * documents (ids of the imported pages, docs dates for sorting listings and samples).
 */
import type { DocRef } from '../model/catalog-model.ts';
import { formatPath, type Diagnostic, type PathSegment } from '../model/diagnostic.ts';

export interface ImportCounts {
  documents: number;
  prefixes: number;
  prefixListings: number;
  filters: number;
  definitions: number;
  definitionAttributes: number;
  events: number;
  listings: number;
  samples: number;
  attributes: number;
}

export function noCounts(): ImportCounts {
  return {
    documents: 0,
    prefixes: 0,
    prefixListings: 0,
    filters: 0,
    definitions: 0,
    definitionAttributes: 0,
    events: 0,
    listings: 0,
    samples: 0,
    attributes: 0,
  };
}

export interface Place {
  file: string;
  line?: number;
  column?: number;
  path?: readonly PathSegment[] | string;
}

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  error(place: Place, message: string): void {
    this.diagnostics.push(diagnostic('error', place, message));
  }

  warn(place: Place, message: string): void {
    this.diagnostics.push(diagnostic('warning', place, message));
  }
}

/** A diagnostic at `place`; an unknown line or column is 1 (the file's start). */
export function diagnostic(severity: Diagnostic['severity'], place: Place, message: string): Diagnostic {
  const path = typeof place.path === 'string' ? place.path : formatPath(place.path ?? []);
  return { file: place.file, line: place.line ?? 1, column: place.column ?? 1, path, message, severity };
}

export function refKey(ref: DocRef): string {
  return `${ref.document}\u0000${ref.line}`;
}

/** Equal as JSON values, whatever the key order (a hand-edited map may list its keys differently). */
export function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/** Orders references by their document's date, then line; unknown documents last. */
export function refOrder(dates: ReadonlyMap<string, string>): (a: DocRef, b: DocRef) => number {
  return (a, b) =>
    (dates.get(a.document) ?? '\uffff').localeCompare(dates.get(b.document) ?? '\uffff') || a.line - b.line;
}
