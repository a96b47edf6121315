import { banner } from '../../syntax/banner.ts';
import { type Code, doc, join, json, key, lit, ts } from '../../syntax/ts-code.ts';
import type { Catalog, EventType, OutputFile } from '../../model/catalog-model.ts';

/** `subjects.ts`: typed parse/format of each event's subject patterns. */
export function emitSubjects(catalog: Catalog): OutputFile[] {
  const events = catalog.events.filter((event) => event.subjects.length > 0);
  const parameterTypes = events.map(
    (event) => ts`  ${doc(subjectDoc(event))}  ${lit(event.type)}: ${parameterType(event)};\n`,
  );
  const patternTable = events.map(
    (event) => ts`  ${lit(event.type)}: ${json(event.subjects.map((subject) => subject.pattern))},\n`,
  );
  const code = ts`
/** Named parameters of each event's subject, by event type. */
export interface AcsSubjectParameters {
${parameterTypes}}

export type AcsSubjectEventType = keyof AcsSubjectParameters;

/** Each event's subject patterns as the catalog records them (\`{name}\` marks a parameter). */
export const subjectPatterns: { readonly [K in AcsSubjectEventType]: readonly string[] } = {
${patternTable}};

const hasOwn = (object: object, name: string): boolean => Object.prototype.hasOwnProperty.call(object, name);

function splitSubject(subject: string): string[] {
  return (subject.startsWith('/') ? subject.slice(1) : subject).split('/');
}

function matchPattern(pattern: string, actual: readonly string[]): Record<string, string> | undefined {
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

/**
 * The named parameters of \`subject\` for an event type, or undefined when it does not fit any of the
 * type's patterns. Literal segments compare case-insensitively (as Event Grid filters do) and a
 * leading "/" is optional (the SMS samples carry one, the documented prefixes do not).
 */
export function parseSubject<T extends AcsSubjectEventType>(eventType: T, subject: string): AcsSubjectParameters[T] | undefined {
  if (typeof subject !== 'string' || !hasOwn(subjectPatterns, eventType)) return undefined;
  const parts = splitSubject(subject);
  for (const pattern of subjectPatterns[eventType]) {
    const values = matchPattern(pattern, parts);
    if (values) return values as unknown as AcsSubjectParameters[T];
  }
  return undefined;
}

/** The subject an event of this type carries for these parameters (its first pattern). */
export function formatSubject<T extends AcsSubjectEventType>(eventType: T, parameters: AcsSubjectParameters[T]): string {
  const pattern = subjectPatterns[eventType][0]!;
  const values = parameters as unknown as Record<string, unknown>;
  return pattern.replace(/\\{([A-Za-z]+)\\}/g, (_, name: string) => {
    const value = hasOwn(values, name) ? values[name] : undefined;
    if (typeof value !== 'string' || value === '' || value.includes('/')) {
      throw new RangeError(\`subject parameter "\${name}" must be a non-empty string without "/", got \${JSON.stringify(value)}\`);
    }
    return value;
  });
}
`;
  return [{ path: 'package/src/subjects.ts', contents: banner('line') + String(code) }];
}

function parameterType(event: EventType): Code {
  const names = [
    ...new Set(event.subjects.flatMap((subject) => subject.parameters.map((parameter) => parameter.name))),
  ];
  const first = event.subjects[0]!;
  const fields = names.map((name) => {
    const described = first.parameters.find((parameter) => parameter.name === name);
    return ts`${described ? doc(described.description) : ts``}${key(name)}: string; `;
  });
  return ts`{ ${join(fields, ts``)}}`;
}

function subjectDoc(event: EventType): string {
  return event.subjects.map((subject) => `\`${subject.pattern}\``).join(' or ');
}
