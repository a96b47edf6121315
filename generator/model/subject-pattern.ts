import type { SubjectSegment } from './catalog-model.ts';

/** `thread/{threadId}/sender/{senderId}` → literal and parameter segments, split on "/". */
export function parseSubjectPattern(pattern: string): SubjectSegment[] {
  return pattern.split('/').map((part) => {
    const parameter = /^\{([A-Za-z][A-Za-z0-9]*)\}$/.exec(part);
    return parameter ? { parameter: parameter[1]! } : { literal: part };
  });
}

export function patternParameters(segments: readonly SubjectSegment[]): string[] {
  return segments.flatMap((segment) => ('parameter' in segment ? [segment.parameter] : []));
}

/** Exact match (case and slashes as written); parameters match one non-empty segment. */
export function matchSubject(
  segments: readonly SubjectSegment[],
  subject: string,
): Record<string, string> | undefined {
  const parts = subject.split('/');
  if (parts.length !== segments.length) return undefined;
  const values: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const segment = segments[i]!;
    const part = parts[i]!;
    if ('literal' in segment) {
      if (segment.literal !== part) return undefined;
    } else {
      if (part === '') return undefined;
      values[segment.parameter] = part;
    }
  }
  return values;
}
