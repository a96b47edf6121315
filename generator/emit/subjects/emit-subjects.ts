import { banner } from '../../syntax/banner.ts';
import {
  type Code,
  doc,
  group,
  hardline,
  ifBreak,
  indent,
  inlineDoc,
  key,
  line,
  lit,
  ts,
} from '../../syntax/ts-code.ts';
import { json, objectLiteral, property } from '../../syntax/ts-layout.ts';
import type { EventType, OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';

/** `subjects.ts`: typed parse/format of each event's subject patterns. */
export function emitSubjects({ catalog }: EmitContext): OutputFile[] {
  const events = catalog.events.filter((event) => event.subjects.length > 0);
  const parameterTypes = events.map(
    (event) => ts`${doc(subjectDoc(event))}${key(event.type)}: ${parameterType(event)};`,
  );
  const patternTable = events.map(
    (event) => ts`${property(key(event.type), json(event.subjects.map((subject) => subject.pattern)))},`,
  );
  const parametersInterface = ts`
/** Named parameters of each event's subject, by event type. */
export interface AcsSubjectParameters {${indent(parameterTypes.map((member) => ts`\n${member}`))}
}

export type AcsSubjectEventType = keyof AcsSubjectParameters;
`;
  const patterns = ts`
/** Each event's subject patterns as the catalog records them (\`{name}\` marks a parameter). */
export const subjectPatterns: { readonly [K in AcsSubjectEventType]: readonly string[] } = {${indent(patternTable.map((entry) => ts`\n${entry}`))}
};
`;
  const transformTable = events.flatMap((event) => {
    const transformed = event.subjects[0]!.parameters.filter((parameter) => parameter.transform);
    if (transformed.length === 0) return [];
    const entries = transformed.map((parameter) =>
      property(key(parameter.name), ts`${lit(parameter.transform!)} as const`),
    );
    return [ts`${property(key(event.type), objectLiteral(entries))},`];
  });
  const transforms = ts`
/** The parameters each event's first pattern writes transformed (\`digits\`: an E.164 number without "+"). */
const subjectTransforms: {
  readonly [K in AcsSubjectEventType]?: Readonly<Record<string, SubjectTransform>>;
} = {${indent(transformTable.map((entry) => ts`\n${entry}`))}
};
`;
  const code = ts`${IMPORTS}${parametersInterface}${patterns}${transforms}${PARSE_SUBJECT}${FORMAT_SUBJECT}`;
  return [{ path: 'package/src/subjects.ts', contents: banner('line') + String(code), layout: 'final' }];
}

function parameterType(event: EventType): Code {
  const names = [
    ...new Set(event.subjects.flatMap((subject) => subject.parameters.map((parameter) => parameter.name))),
  ];
  const first = event.subjects[0]!;
  // A described field's JSDoc on its own line, right before the field: after the `;` of the field
  // before it, a declaration emitter (oxc) would read it as that field's trailing comment and drop it.
  const docOf = (name: string) => first.parameters.find((parameter) => parameter.name === name)?.description;
  const fields = names.map((name, index) => {
    const description = docOf(name);
    const field = ts`${key(name)}: string`;
    if (index === 0)
      return description === undefined ? field : ts`${inlineDoc(description)}${hardline}${field}`;
    const before =
      description === undefined ? ts`;${line}` : ts`;${hardline}${inlineDoc(description)}${hardline}`;
    return ts`${before}${field}`;
  });
  const described = docOf(names[0]!) !== undefined;
  return group([ts`{`, indent([line, ...fields]), ifBreak(ts`;`), line, ts`}`], { shouldBreak: described });
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
export function parseSubject<T extends AcsSubjectEventType>(
  eventType: T,
  subject: string,
): AcsSubjectParameters[T] | undefined {
  if (!hasOwn(subjectPatterns, eventType)) return undefined;
  return matchSubject(subjectPatterns[eventType], subject) as AcsSubjectParameters[T] | undefined;
}
`;

const FORMAT_SUBJECT: Code = ts`
/**
 * The subject an event of this type carries for these parameters (its first pattern), each written as
 * the service writes it: a phone number of an SMS subject as its digits, without "+".
 */
export function formatSubject<T extends AcsSubjectEventType>(
  eventType: T,
  parameters: AcsSubjectParameters[T],
): string {
  return formatPattern(subjectPatterns[eventType][0]!, parameters, subjectTransforms[eventType]);
}
`;
