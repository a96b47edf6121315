/**
 * The Ajv set-up the catalog's data schemas are defined by: Ajv 2020-12 with ajv-formats' checks
 * (full mode) for the catalog's formats. The generated validators must agree with it (the fuzzer,
 * the validator tests and the benchmark compare against it), and the checker validates the docs'
 * samples with it.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { SchemaFormat } from './catalog-model.ts';

/** The catalog's formats, each added from ajv-formats (typed so that a new SchemaFormat must be listed). */
const FORMATS: Record<SchemaFormat, true> = {
  'date-time': true,
  duration: true,
  int32: true,
  int64: true,
  double: true,
};

export interface DataSchemaAjvOptions {
  /** Report every error (validate) or stop at the first (a guard). */
  allErrors: boolean;
  /** Attach the schema and data to each error (the checker's messages quote them). */
  verbose?: boolean;
  /**
   * Compile each `$ref`'d schema once as a function of its own (Ajv's default inlines it into every
   * schema that refers to it) and skip Ajv's optimising pass over the code it generates: the same
   * results, compiled in a fraction of the time, for a caller that compiles many schemas sharing
   * definitions and validates few values with each (the checker).
   */
  compileFast?: boolean;
}

/**
 * - `strict: false`: the emitted schemas carry annotations Ajv's strict mode does not know;
 * - `strictNumbers: true`: NaN and ±Infinity are not JSON numbers (`strict: false` alone would allow them);
 * - `ownProperties: true`: only own properties are data, as the validators read them (an inherited
 *   `toString` is not a present property).
 */
export function newDataSchemaAjv({
  allErrors,
  verbose = false,
  compileFast = false,
}: DataSchemaAjvOptions): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors,
    verbose,
    strict: false,
    strictNumbers: true,
    ownProperties: true,
    ...(compileFast ? { inlineRefs: false, code: { optimize: false } } : {}),
  });
  addFormats.default(ajv, Object.keys(FORMATS) as SchemaFormat[]);
  return ajv;
}
