// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * Subject patterns (`thread/{threadId}/sender/{senderId}`): matching a subject against them and
 * formatting one from parameters. Literal segments compare case-insensitively (as Event Grid filters
 * do) and a leading "/" is optional (the SMS samples carry one, the documented prefixes do not).
 * Shipped in the package.
 */
import { hasOwn } from './plain-data.js';

/** A subject's segments, without the optional leading "/". */
export function splitSubject(subject: string): string[] {
  return (subject.startsWith('/') ? subject.slice(1) : subject).split('/');
}

/** The named parameters of a split subject under one pattern, or undefined when it does not fit. */
export function matchPattern(pattern: string, actual: readonly string[]): Record<string, string> | undefined {
  const expected = splitSubject(pattern);
  if (expected.length !== actual.length) return undefined;
  const values: Record<string, string> = {};
  for (let i = 0; i < expected.length; i++) {
    const segment = expected[i]!;
    const part = actual[i]!;
    if (segment.startsWith('{')) {
      if (part === '') return undefined;
      values[segment.slice(1, -1)] = part;
    } else if (segment.toLowerCase() !== part.toLowerCase()) {
      return undefined;
    }
  }
  return values;
}

/** The parameters of `subject` under the first of `patterns` it fits; undefined when none fits or it is no string. */
export function matchSubject(
  patterns: readonly string[],
  subject: unknown,
): Record<string, string> | undefined {
  if (typeof subject !== 'string') return undefined;
  const parts = splitSubject(subject);
  for (const pattern of patterns) {
    const values = matchPattern(pattern, parts);
    if (values) return values;
  }
  return undefined;
}

/** How a subject writes a parameter when not as is: `digits` keeps only its digits (an E.164 number without "+"). */
export type SubjectTransform = 'digits';

/** The value as a subject writes it under `transform`. */
export function transformSegment(value: string, transform: SubjectTransform | undefined): string {
  return transform === 'digits' ? value.replace(/[^0-9]/g, '') : value;
}

/**
 * `pattern` with each `{name}` replaced by its parameter, written as `transforms[name]` says; a
 * RangeError when one cannot be a segment.
 */
export function formatPattern(
  pattern: string,
  parameters: object,
  transforms: Readonly<Record<string, SubjectTransform>> = {},
): string {
  const values = parameters as Record<string, unknown>;
  return pattern.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
    const given = hasOwn(values, name) ? values[name] : undefined;
    const transform = hasOwn(transforms, name) ? transforms[name] : undefined;
    const value = typeof given === 'string' ? transformSegment(given, transform) : given;
    if (typeof value !== 'string' || value === '' || value.includes('/')) {
      throw new RangeError(
        `subject parameter "${name}" must be a non-empty string without "/", got ${JSON.stringify(given)}`,
      );
    }
    return value;
  });
}
