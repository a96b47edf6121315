// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * How the package's fixture factories build events and invalid variants, whatever the catalog: the
 * generated fixtures.ts supplies one recipe per event type (its data drawn from `Draw`, its subject
 * made from the data) and the variant recipes. Shipped in the package.
 */
import type { EventGridFields } from './envelopes.js';
import { clone, define, merge, pointerNames, valueAt } from './plain-data.js';
import { Draw } from './seeded-draw.js';

/** Options every factory accepts. */
export interface FactoryOptions {
  /** Seed of the pseudo-random generator (an integer): the same seed gives the same event. Default `DEFAULT_SEED`. */
  seed?: number;
}

/**
 * Factory overrides: objects merge property by property, arrays and scalars replace wholesale
 * (an array override must hold complete items), `undefined` keeps the generated value.
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A deliberately broken event for negative tests, built from a valid factory event by changing one thing. */
export interface InvalidVariant {
  /** What is wrong, e.g. "/data/threadId is missing". */
  readonly name: string;
  /** What `parseEvents` must say: 'invalid' (with exactly one error, at `path`) or 'unknown' (an event type the catalog lacks). */
  readonly status: 'invalid' | 'unknown';
  /** JSON Pointer, relative to the event, of the one error the validators must report (for 'unknown': the field that makes it so). */
  readonly path: string;
  readonly event: unknown;
}

/** The seed factories use when none is given. */
export const DEFAULT_SEED = 1;

/** An Event Grid event as a factory makes it. */
export interface MadeEvent<TType extends string, TData> extends EventGridFields<TType, TData> {
  dataVersion: string;
  metadataVersion?: string;
}

/** How a factory builds one event type. */
export interface EventRecipe<TType extends string, TData> {
  type: TType;
  dataVersion: string;
  data: (draw: Draw) => TData;
  subject: (data: TData) => string;
}

/** The string a subject parameter is taken from (`pointer` into the data). */
export function subjectSource(data: object, pointer: string): string {
  const value = valueAt(data, pointer);
  if (typeof value !== 'string')
    throw new RangeError('subject source data' + pointer + ' must be a string, got ' + typeof value);
  return value;
}

/**
 * A GUID-shaped id for a subject parameter no data field carries (a recording's call and recording
 * ids): a hash of the data and the parameter's name, so the subject still follows the data.
 */
export function opaqueId(data: object, parameter: string): string {
  const text = JSON.stringify(data) + '\u0000' + parameter;
  let hex = '';
  for (let salt = 0; hex.length < 32; salt++) {
    let hash = 0x811c9dc5 ^ salt;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hex += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** E.164 digits without "+", as SMS subjects carry a phone number. */
export function digits(phoneNumber: string): string {
  return phoneNumber.replace(/[^0-9]/g, '');
}

/** A valid event of the recipe's type for a seed, with `overrides` merged in. */
export function buildEvent<TType extends string, TData>(
  recipe: EventRecipe<TType, TData>,
  overrides: NoInfer<DeepPartial<MadeEvent<TType, TData>>> | undefined,
  options: FactoryOptions | undefined,
): MadeEvent<TType, TData> {
  const draw = new Draw(recipe.type, options?.seed ?? DEFAULT_SEED);
  const data = recipe.data(draw);
  const event: MadeEvent<TType, TData> = {
    id: draw.guid(),
    topic: draw.resourceTopic(),
    subject: recipe.subject(data),
    data,
    eventType: recipe.type,
    dataVersion: recipe.dataVersion,
    metadataVersion: '1',
    eventTime: draw.eventTime(),
  };
  if (overrides === undefined) return event;
  const merged = merge(event, overrides) as MadeEvent<TType, TData>;
  // The subject is a function of the data: unless it is overridden, it follows overridden data.
  if (overrides.subject === undefined) merged.subject = recipe.subject(merged.data);
  return merged;
}

/** One change to a valid event: remove the value at `path`, or set it to `value`. */
export type VariantRecipe = { name: string; status: 'invalid' | 'unknown'; path: string } & (
  { remove: true } | { value: unknown }
);

/** Each recipe applied to its own copy of `valid`. */
export function variants(valid: object, recipes: readonly VariantRecipe[]): readonly InvalidVariant[] {
  return recipes.map((recipe) => {
    const event = clone(valid) as Record<string, unknown>;
    const names = pointerNames(recipe.path);
    const last = names.pop()!;
    let parent: Record<string, unknown> = event;
    for (const name of names) parent = parent[name] as Record<string, unknown>;
    if ('remove' in recipe) delete parent[last];
    else define(parent, last, clone(recipe.value));
    return { name: recipe.name, status: recipe.status, path: recipe.path, event };
  });
}
