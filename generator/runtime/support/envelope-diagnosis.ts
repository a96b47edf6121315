/**
 * Which envelope an event was meant to be, and the near-misses that would otherwise be reported as a
 * misleading "… is required": a field in the wrong casing (`specVersion`, `EventType`,
 * `data_version`), or a field of the other envelope where this one has its counterpart (`type` in an
 * Event Grid event, `eventType` in a CloudEvent). Shipped in the package.
 */
import type { ReportedError } from './event-parsing.js';
import { hasOwn } from './plain-data.js';

const EVENT_GRID = [
  'id',
  'topic',
  'subject',
  'eventType',
  'eventTime',
  'data',
  'dataVersion',
  'metadataVersion',
];
const CLOUD_EVENT = [
  'specversion',
  'id',
  'source',
  'type',
  'subject',
  'time',
  'datacontenttype',
  'dataschema',
  'data',
  'data_base64',
];
const EVENT_GRID_ONLY = EVENT_GRID.filter((field) => !CLOUD_EVENT.includes(field));
const CLOUD_EVENT_ONLY = CLOUD_EVENT.filter((field) => !EVENT_GRID.includes(field));
/** The same field in both envelopes: Event Grid name, CloudEvents name. */
const COUNTERPARTS: readonly (readonly [string, string])[] = [
  ['eventType', 'type'],
  ['eventTime', 'time'],
  ['topic', 'source'],
];
/** The fields of COUNTERPARTS each envelope requires (an optional one may be missing, whatever else is there). */
const REQUIRED = new Set(['eventType', 'eventTime', 'type', 'source']);
/**
 * With these under their own names and no near-miss key, nearMisses finds nothing to report: each
 * required counterpart (no "other envelope's name" error), and a CloudEvent's `specversion`.
 */
const EVENT_GRID_REQUIRED = COUNTERPARTS.map(([grid]) => grid).filter((field) => REQUIRED.has(field));
const CLOUD_EVENT_REQUIRED = [
  'specversion',
  ...COUNTERPARTS.map(([, cloud]) => cloud).filter((field) => REQUIRED.has(field)),
];

export interface EnvelopeDiagnosis {
  cloud: boolean;
  /** The near-misses found, one error each, at the misspelled or misplaced key. */
  errors: readonly ReportedError[];
  /** Top-level fields whose absence the errors explain (their "is required" says nothing more). */
  explained: readonly string[];
  /** The event type, when the event holds one as a string (under the right name or a near-miss). */
  eventType: string | undefined;
}

/** A name without case, `-` or `_`: `specVersion`, `spec_version` and `SpecVersion` are the same. */
const folded = (name: string): string => name.toLowerCase().replace(/[-_]/g, '');
const FIELD_BY_FOLDED = new Map([...EVENT_GRID, ...CLOUD_EVENT].map((field) => [folded(field), field]));
/**
 * Each envelope field, as bits: which envelope has it only (or both: neither bit), and whether it is one
 * of the fields the fast path must find (the required counterparts, a CloudEvent's `specversion`).
 */
const CLOUD_ONLY = 1;
const GRID_ONLY = 2;
const GRID_REQUIRED_BITS = 4;
const CLOUD_REQUIRED_BITS = 8;
const SPECVERSION = 16;
const FIELD_BITS: ReadonlyMap<string, number> = new Map(
  [...new Set([...EVENT_GRID, ...CLOUD_EVENT])].map((field) => {
    const side = !CLOUD_EVENT.includes(field) ? GRID_ONLY : !EVENT_GRID.includes(field) ? CLOUD_ONLY : 0;
    const required =
      (EVENT_GRID_REQUIRED.includes(field) ? GRID_REQUIRED_BITS : 0) |
      (CLOUD_EVENT_REQUIRED.includes(field) ? CLOUD_REQUIRED_BITS : 0);
    return [field, side | required | (field === 'specversion' ? SPECVERSION : 0)] as const;
  }),
);
/** How many of each envelope's fast-path fields there are (each counted once: keys are unique). */
const GRID_REQUIRED_COUNT = EVENT_GRID_REQUIRED.length;
const CLOUD_REQUIRED_COUNT = CLOUD_EVENT_REQUIRED.length;
/** The errors and explained fields of an event without near-misses: shared, never written. */
const NONE: readonly never[] = Object.freeze([]);

const envelopeName = (cloud: boolean) => (cloud ? 'a CloudEvent' : 'an Event Grid event');

/** Diagnoses a plain-data event (a snapshot: reading it has no effects). */
export function diagnoseEnvelope(event: Record<string, unknown>): EnvelopeDiagnosis {
  return everydayEnvelope(event) ?? nearMisses(event);
}

/**
 * The fast path for the everyday event: every key an envelope field under its own name or no
 * field's near-miss, and every field its envelope requires there. Undefined otherwise.
 */
export function everydayEnvelope(event: Record<string, unknown>): EnvelopeDiagnosis | undefined {
  const cloud = everydayCloud(event);
  if (cloud === undefined) return undefined;
  // Its own name is there (a required field); the other envelope's name only if that one is no string.
  const own = cloud ? event.type : event.eventType;
  const eventType = typeof own === 'string' ? own : typeOf(event, cloud, undefined);
  return { cloud, errors: NONE, explained: NONE, eventType };
}

/**
 * Whether an everyday event (see everydayEnvelope) is a CloudEvent; undefined for any other event,
 * whose envelope only the near-miss search tells. Its envelope's required fields are its own.
 */
export function everydayCloud(event: Record<string, unknown>): boolean | undefined {
  // One pass over the own keys, counting what the decision needs (no lookup of a field afterwards).
  let cloudOnly = 0,
    gridOnly = 0,
    gridRequired = 0,
    cloudRequired = 0,
    specversion = false;
  const keys = Object.keys(event);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const bits = FIELD_BITS.get(key);
    if (bits === undefined) {
      if (FIELD_BY_FOLDED.has(folded(key))) return undefined;
      continue;
    }
    if (bits & CLOUD_ONLY) cloudOnly++;
    else if (bits & GRID_ONLY) gridOnly++;
    if (bits & GRID_REQUIRED_BITS) gridRequired++;
    if (bits & CLOUD_REQUIRED_BITS) cloudRequired++;
    if (bits & SPECVERSION) specversion = true;
  }
  const cloud = specversion || cloudOnly > gridOnly;
  if (cloud ? cloudRequired !== CLOUD_REQUIRED_COUNT : gridRequired !== GRID_REQUIRED_COUNT) return undefined;
  return cloud;
}

export function nearMisses(event: Record<string, unknown>): EnvelopeDiagnosis {
  const keys = Object.keys(event);
  // Misspelled key → the field it stands for, when the event lacks that field under its own name.
  const misspelled = new Map<string, string>();
  for (const key of keys) {
    if (FIELD_BY_FOLDED.get(key) === key) continue;
    const field = FIELD_BY_FOLDED.get(folded(key));
    if (field !== undefined && !hasOwn(event, field)) misspelled.set(key, field);
  }
  const present = (field: string) => hasOwn(event, field) || [...misspelled.values()].includes(field);
  const cloud =
    present('specversion') ||
    CLOUD_EVENT_ONLY.filter(present).length > EVENT_GRID_ONLY.filter(present).length;
  const errors: ReportedError[] = [];
  const explained: string[] = [];
  const fields = cloud ? CLOUD_EVENT : EVENT_GRID;
  for (const [key, field] of misspelled) {
    if (!fields.includes(field)) continue;
    errors.push({
      path: '/' + key,
      message: `is spelled \`${field}\` in ${envelopeName(cloud)}: names are case-sensitive`,
      expected: field,
      received: key,
    });
    explained.push(field);
  }
  // Fields of the other envelope standing where this one has its counterpart.
  for (const [gridName, cloudName] of COUNTERPARTS) {
    const [own, foreign] = cloud ? [cloudName, gridName] : [gridName, cloudName];
    if (!REQUIRED.has(own) || present(own)) continue;
    const key = hasOwn(event, foreign)
      ? foreign
      : [...misspelled].find(([, field]) => field === foreign)?.[0];
    if (key === undefined) continue;
    errors.push({
      path: '/' + key,
      message: `is the ${cloud ? 'Event Grid' : 'CloudEvents'} name of \`${own}\`: ${envelopeName(cloud)} names it \`${own}\``,
      expected: own,
      received: key,
    });
    explained.push(own);
  }
  if (cloud && !present('specversion')) {
    const shown = CLOUD_EVENT_ONLY.filter(present)
      .map((field) => `\`${field}\``)
      .join(', ');
    errors.push({
      path: '/specversion',
      message: `is required: the event has CloudEvents attributes (${shown}) but no \`specversion\`; add "specversion": "1.0"`,
      expected: 'specversion',
      received: 'missing',
    });
    explained.push('specversion');
  }
  return { cloud, errors, explained, eventType: typeOf(event, cloud, misspelled) };
}

/** The event type under its envelope's name, else the other envelope's (either possibly misspelled). */
function typeOf(
  event: Record<string, unknown>,
  cloud: boolean,
  misspelled: ReadonlyMap<string, string> | undefined,
): string | undefined {
  const own = typeUnder(event, cloud ? 'type' : 'eventType', misspelled);
  return own ?? typeUnder(event, cloud ? 'eventType' : 'type', misspelled);
}

function typeUnder(
  event: Record<string, unknown>,
  name: string,
  misspelled: ReadonlyMap<string, string> | undefined,
): string | undefined {
  let key: string | undefined = name;
  if (!hasOwn(event, name)) key = misspelled && [...misspelled].find(([, field]) => field === name)?.[0];
  const value = key === undefined ? undefined : event[key];
  return typeof value === 'string' ? value : undefined;
}
