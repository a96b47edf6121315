import { banner } from '../../syntax/banner.ts';
import { type Code, doc, join, key, lit, ts } from '../../syntax/ts-code.ts';
import { json } from '../../syntax/ts-layout.ts';
import type { EventType, OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';

/** `subjects.ts`: typed parse/format of each event's subject patterns. */
export function emitSubjects({ catalog }: EmitContext): OutputFile[] {
  const events = catalog.events.filter((event) => event.subjects.length > 0);
  const parameterTypes = events.map(
    (event) => ts`  ${doc(subjectDoc(event))}  ${lit(event.type)}: ${parameterType(event)};\n`,
  );
  const patternTable = events.map(
    (event) => ts`  ${lit(event.type)}: ${json(event.subjects.map((subject) => subject.pattern))},\n`,
  );
  const parametersInterface = ts`
/** Named parameters of each event's subject, by event type. */
export interface AcsSubjectParameters {
${parameterTypes}}

export type AcsSubjectEventType = keyof AcsSubjectParameters;
`;
  const patterns = ts`
/** Each event's subject patterns as the catalog records them (\`{name}\` marks a parameter). */
export const subjectPatterns: { readonly [K in AcsSubjectEventType]: readonly string[] } = {
${patternTable}};
`;
  const transformTable = events.flatMap((event) => {
    const transformed = event.subjects[0]!.parameters.filter((parameter) => parameter.transform);
    if (transformed.length === 0) return [];
    const entries = transformed.map(
      (parameter) => ts`${key(parameter.name)}: ${lit(parameter.transform!)}, `,
    );
    return [ts`  ${lit(event.type)}: { ${join(entries, ts``)}},\n`];
  });
  const transforms = ts`
/** The parameters each event's first pattern writes transformed (\`digits\`: an E.164 number without "+"). */
const subjectTransforms: { readonly [K in AcsSubjectEventType]?: Readonly<Record<string, SubjectTransform>> } = {
${transformTable}};
`;
  const code = ts`${IMPORTS}${parametersInterface}${patterns}${transforms}${PARSE_SUBJECT}${FORMAT_SUBJECT}`;
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

const IMPORTS: Code = ts`import { hasOwn } from './support/plain-data.js';
import { formatPattern, matchSubject, type SubjectTransform } from './support/subject-patterns.js';
`;

const PARSE_SUBJECT: Code = ts`
/**
 * The named parameters of \`subject\` for an event type, or undefined when it does not fit any of the
 * type's patterns. Literal segments compare case-insensitively (as Event Grid filters do) and a
 * leading "/" is optional (the SMS samples carry one, the documented prefixes do not).
 */
export function parseSubject<T extends AcsSubjectEventType>(eventType: T, subject: string): AcsSubjectParameters[T] | undefined {
  if (!hasOwn(subjectPatterns, eventType)) return undefined;
  return matchSubject(subjectPatterns[eventType], subject) as AcsSubjectParameters[T] | undefined;
}
`;

const FORMAT_SUBJECT: Code = ts`
/**
 * The subject an event of this type carries for these parameters (its first pattern), each written as
 * the service writes it: a phone number of an SMS subject as its digits, without "+".
 */
export function formatSubject<T extends AcsSubjectEventType>(eventType: T, parameters: AcsSubjectParameters[T]): string {
  return formatPattern(subjectPatterns[eventType][0]!, parameters, subjectTransforms[eventType]);
}
`;
