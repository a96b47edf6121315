/**
 * What the differential fuzzer and the validator benchmark compare: per event type, the generated
 * validator and guard (generated/package/dist/validators.js) and Ajv compiled from the EMITTED JSON
 * Schema (generated/package/schemas/data/<slug>.schema.json), set up as model/data-schema-ajv.ts says.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { newDataSchemaAjv } from '../../generator/model/data-schema-ajv.ts';
import type { Schema } from './arbitrary.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface ValidationResultLike {
  ok: boolean;
  errors?: { path: string; message: string; expected: string; received: string }[];
}
export type Validate = (value: unknown, options?: { strict?: boolean }) => ValidationResultLike;
export type Guard = (value: unknown) => boolean;

export interface Target {
  type: string;
  slug: string;
  validatorName: string;
  guardName: string;
  schema: Schema;
  validate: Validate;
  is: Guard;
  /** Ajv with allErrors: true (compared with validate). */
  ajvAll: ValidateFunction;
  /**
   * Ajv with allErrors: false (compared with is). For an event with documented wire forms it is
   * compiled from the canonical schema (catalog.json), which the guard checks: the emitted schema
   * accepts the variants as validate does.
   */
  ajvFirst: ValidateFunction;
  /** Whether the event has documented wire forms (validate and is may then differ). */
  wireForms: boolean;
  /** The docs samples' corrected data. */
  samples: unknown[];
}

interface CatalogJson {
  definitions: { name: string; schema: Schema }[];
  events: {
    type: string;
    names: { slug: string; validator: string; guard: string };
    samples: { corrected: { data: unknown } }[];
    schema: Schema;
    uses: string[];
    wireForms: unknown[];
  }[];
}

export interface LoadOptions {
  packageDir?: string;
  catalogJson?: string;
}

export async function loadTargets(options: LoadOptions = {}): Promise<Target[]> {
  const packageDir = options.packageDir ?? path.join(ROOT, 'generated', 'package');
  const catalogPath = options.catalogJson ?? path.join(ROOT, 'generated', 'catalog.json');
  const catalog = JSON.parse(await readFile(catalogPath, 'utf8')) as CatalogJson;
  const validators = (await import(
    pathToFileURL(path.join(packageDir, 'dist', 'validators.js')).href
  )) as Record<string, unknown>;
  const all = newDataSchemaAjv({ allErrors: true });
  const first = newDataSchemaAjv({ allErrors: false });
  const targets: Target[] = [];
  for (const event of catalog.events) {
    const schemaFile = path.join(packageDir, 'schemas', 'data', `${event.names.slug}.schema.json`);
    const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as Schema;
    const validate = validators[event.names.validator];
    const is = validators[event.names.guard];
    if (typeof validate !== 'function' || typeof is !== 'function') {
      throw new Error(`validators.js lacks ${event.names.validator} or ${event.names.guard}`);
    }
    targets.push({
      type: event.type,
      slug: event.names.slug,
      validatorName: event.names.validator,
      guardName: event.names.guard,
      schema,
      validate: validate as Validate,
      is: is as Guard,
      ajvAll: all.compile(schema),
      ajvFirst: first.compile(event.wireForms.length > 0 ? canonical(event, catalog) : schema),
      wireForms: event.wireForms.length > 0,
      samples: event.samples.map((sample) => sample.corrected.data),
    });
  }
  return targets;
}

/** The event's data schema as the catalog holds it (canonical forms only), with the definitions it uses. */
function canonical(event: CatalogJson['events'][number], catalog: CatalogJson): Schema {
  const $defs = Object.fromEntries(
    catalog.definitions.filter((d) => event.uses.includes(d.name)).map((d) => [d.name, d.schema]),
  );
  return { ...event.schema, $defs };
}

export interface Verdicts {
  validate: boolean;
  is: boolean;
  ajvAll: boolean;
  ajvFirst: boolean;
}

export function verdicts(target: Target, value: unknown): Verdicts {
  return {
    validate: target.validate(value).ok,
    is: target.is(value),
    ajvAll: target.ajvAll(value),
    ajvFirst: target.ajvFirst(value),
  };
}

/** Each of ours agrees with its Ajv; without wire forms, all four agree. */
export function agree(v: Verdicts, wireForms = false): boolean {
  const paired = v.validate === v.ajvAll && v.is === v.ajvFirst;
  return wireForms ? paired : paired && v.validate === v.is && v.ajvAll === v.ajvFirst;
}
