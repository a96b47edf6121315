// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/** A subject's segments, without the optional leading "/". */
export declare function splitSubject(subject: string): string[];
/** The named parameters of a split subject under one pattern, or undefined when it does not fit. */
export declare function matchPattern(pattern: string, actual: readonly string[]): Record<string, string> | undefined;
/** The parameters of `subject` under the first of `patterns` it fits; undefined when none fits or it is no string. */
export declare function matchSubject(patterns: readonly string[], subject: unknown): Record<string, string> | undefined;
/** How a subject writes a parameter when not as is: `digits` keeps only its digits (an E.164 number without "+"). */
export type SubjectTransform = "digits";
/** The value as a subject writes it under `transform`. */
export declare function transformSegment(value: string, transform: SubjectTransform | undefined): string;
/**
* `pattern` with each `{name}` replaced by its parameter, written as `transforms[name]` says; a
* RangeError when one cannot be a segment.
*/
export declare function formatPattern(pattern: string, parameters: object, transforms?: Readonly<Record<string, SubjectTransform>>): string;
