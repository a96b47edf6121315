/**
 * What the compiled code says about `format`s. The checks themselves are the support module's
 * (generator/runtime/support/formats.ts), agreeing with ajv-formats.
 */

/** The error message for a string that is not an RFC 3339 date-time (the support module's leaf check says the same). */
export const DATE_TIME_MESSAGE =
  'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"';
