import { applyPatch } from './json-patch.ts';
import type { EventGridEventJson, PatchOperation, RawSample, Repair } from './catalog-model.ts';
import { applyRepairs, repairJson } from './repair-json.ts';

/** A failure may say where, in seed coordinates (the line and column of the docs page). */
export type Reading<T> =
  { ok: true; value: T } | { ok: false; message: string; seedLine?: number; seedColumn?: number };

/** Published text plus its recorded repairs, parsed; `firstLine` is the seed line of its first line. */
export function readPublishedJson(
  published: string,
  firstLine: number,
  repairs: readonly Repair[],
): Reading<unknown> {
  let repaired: string;
  try {
    repaired = applyRepairs(published, firstLine, [...repairs]);
  } catch (error) {
    return { ok: false, message: `a recorded repair does not apply: ${(error as Error).message}` };
  }
  try {
    return { ok: true, value: JSON.parse(repaired) };
  } catch {
    const diagnosis = repairJson(published, firstLine);
    if (diagnosis.ok) {
      const needed = diagnosis.repairs
        .map((r) => `${r.kind} at line ${r.line} column ${r.column}`)
        .join(', ');
      return { ok: false, message: `published JSON needs repairs that are not recorded: ${needed}` };
    }
    return {
      ok: false,
      message: `published JSON is invalid at docs line ${diagnosis.line} column ${diagnosis.column}: ${diagnosis.message}`,
      seedLine: diagnosis.line,
      seedColumn: diagnosis.column,
    };
  }
}

/** A sample block is an array holding one Event Grid event (or, rarely, the bare event). */
export function readSampleEvent(
  published: string,
  firstLine: number,
  repairs: readonly Repair[],
): Reading<EventGridEventJson> {
  const parsed = readPublishedJson(published, firstLine, repairs);
  if (!parsed.ok) return parsed;
  const value = Array.isArray(parsed.value) && parsed.value.length === 1 ? parsed.value[0] : parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'expected a sample holding exactly one event object, found something else' };
  }
  const event = value as Record<string, unknown>;
  if (event.data === null || typeof event.data !== 'object' || Array.isArray(event.data)) {
    return { ok: false, message: 'expected the sample event to have a "data" object' };
  }
  return { ok: true, value: event as EventGridEventJson };
}

function correct<T>(value: T, patches: readonly (readonly PatchOperation[])[]): Reading<T> {
  let current: unknown = value;
  for (const patch of patches) {
    try {
      current = applyPatch(current, [...patch]);
    } catch (error) {
      return { ok: false, message: `erratum patch does not apply: ${(error as Error).message}` };
    }
  }
  return { ok: true, value: current as T };
}

export type SampleReading =
  | { ok: true; asPublished: EventGridEventJson; corrected: EventGridEventJson }
  | { ok: false; stage: 'published' | 'errata'; message: string; seedLine?: number; seedColumn?: number };

/**
 * A catalogued sample as the event it publishes (after its recorded repairs) and as corrected (after
 * every erratum's patch) — the one reading shared by the checker, normalize and the importer.
 */
export function readSample(sample: RawSample): SampleReading {
  const read = readSampleEvent(sample.published, sample.source.line, sample.repairs ?? []);
  if (!read.ok) return { ...read, stage: 'published' };
  const corrected = correct(
    read.value,
    (sample.errata ?? []).flatMap((erratum) => (erratum.patch ? [erratum.patch] : [])),
  );
  if (!corrected.ok) return { ...corrected, stage: 'errata' };
  return { ok: true, asPublished: read.value, corrected: corrected.value };
}
