// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/** A subject's segments, without the optional leading "/". */
export declare function splitSubject(subject: string): string[];
/** The named parameters of a split subject under one pattern, or undefined when it does not fit. */
export declare function matchPattern(pattern: string, actual: readonly string[]): Record<string, string> | undefined;
/** The parameters of `subject` under the first of `patterns` it fits; undefined when none fits or it is no string. */
export declare function matchSubject(patterns: readonly string[], subject: unknown): Record<string, string> | undefined;
/** `pattern` with each `{name}` replaced by its parameter; a RangeError when one cannot be a segment. */
export declare function formatPattern(pattern: string, parameters: object): string;
