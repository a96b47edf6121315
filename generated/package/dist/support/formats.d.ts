// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The string and number `format`s of the catalog's data schemas, each agreeing exactly with
 * ajv-formats (v3, full mode), the reference the validators are fuzzed against.
 *
 * date-time (RFC 3339), ajv-formats' rules restated:
 * - `YYYY-MM-DD`, month 01–12, day within the month (Feb 29 in Gregorian leap years);
 * - one separator: `T`, `t` or any character JavaScript's `\s` matches (space, tab, NBSP, …);
 * - `HH:MM:SS`, optional `.` + one or more digits; the seconds are read as a number, fraction
 *   included (so a long fraction that rounds up to 60 counts as 60);
 * - a mandatory offset: `Z`, `z`, `±HH`, `±HHMM` or `±HH:MM` with HH ≤ 23 and MM ≤ 59;
 * - a time is valid when HH ≤ 23, MM ≤ 59 and seconds < 60; otherwise only as a leap second:
 *   seconds < 61 and the time moved to UTC by the offset (minute first, borrowing an hour when it
 *   goes negative) is 23:59, where -1 also counts for the hour and for the minute.
 *
 * Read over char codes, no regular expression (a regular expression made a date-time property cost
 * more than all the other checks of a payload); test/date-time-format.test.ts holds the former
 * regular-expression version and proves both accept the same strings.
 */
/** RFC 3339 date-time, agreeing with ajv-formats' "date-time" (full mode). */
export declare function $dateTime(s: string): boolean;
export declare function $duration(s: string): boolean;
/** ajv-formats' "int32": an integer in [-2^31, 2^31 - 1]. */
export declare function $int32(n: number): boolean;
/** ajv-formats' "int64": any integer; ajv-formats checks no bound (a JSON number past 2^53 is not exact anyway). */
export declare function $int64(n: number): boolean;
