/**
 * What the compiled code does with a `format`: which support helper checks it, on which JSON type
 * (a format on a value of another type is ignored, as Ajv does) and the error it reports. The checks
 * themselves live in the support module (generator/runtime/support/formats.ts), agreeing with
 * ajv-formats.
 */
import type { SchemaFormat } from '../../model/catalog-model.ts';
import type { RuntimeHelper } from './validator-scope.ts';

/** The error message for a string that is not an RFC 3339 date-time (the support module's leaf check says the same). */
export const DATE_TIME_MESSAGE =
  'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"';

export interface FormatCheck {
  helper: RuntimeHelper;
  /** The JSON values the format applies to: strings, or numbers (integer or not). */
  applies: 'string' | 'number';
  message: string;
  /** A JSON type whose values always satisfy the format: where the type test passed, no format test is compiled. */
  impliedBy?: 'integer';
}

/** Every format with a check; `double` has none (ajv-formats accepts any number). */
export const FORMAT_CHECKS: Readonly<Partial<Record<SchemaFormat, FormatCheck>>> = {
  'date-time': { helper: '$dateTime', applies: 'string', message: DATE_TIME_MESSAGE },
  duration: {
    helper: '$duration',
    applies: 'string',
    message: 'must be an ISO 8601 duration such as "PT1H30M" or "P3W" (whole numbers, no fractions)',
  },
  int32: {
    helper: '$int32',
    applies: 'number',
    message: 'must be an integer in [-2147483648, 2147483647] (int32)',
  },
  int64: { helper: '$int64', applies: 'number', message: 'must be an integer (int64)', impliedBy: 'integer' },
};
