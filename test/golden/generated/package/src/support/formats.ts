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
 * Read over char codes (a regular expression with ajv-formats' captures and rules made a date-time
 * property cost more than all the other checks of a payload); test/date-time-format.test.ts holds
 * the former regular-expression version and proves both accept the same strings. The common shape
 * goes first through one capture-free regular expression (COMMON_DATE_TIME), 10-15 % faster guards
 * on the bench's valid payloads than the char-code reading alone.
 */

/** The two ASCII digits at i as a number, or -1 (also past the end: NaN compares false). */
function $twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48,
    b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** What JavaScript's `\s` matches (the separator ajv-formats allows besides `T` and `t`). */
function $isSpace(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c >= 0xa0 &&
        (c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff);
}

/**
 * Date-times of the usual shape whose every match is valid, without reading the numbers: day at
 * most 28 (valid in every month), `T` or `t`, HH <= 23, MM <= 59, SS <= 59, at most 9 fraction
 * digits (no rounding up to 60), offset `Z`, `z` or `±HH:MM` within bounds (no leap second to
 * check). Every other string gets the full reading.
 */
const COMMON_DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])[Tt](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** RFC 3339 date-time, agreeing with ajv-formats' "date-time" (full mode). */
export function $dateTime(s: string): boolean {
  return COMMON_DATE_TIME.test(s) || $dateTimeRead(s);
}

/** $dateTime over char codes. */
function $dateTimeRead(s: string): boolean {
  const n = s.length;
  // The shortest shape, YYYY-MM-DDTHH:MM:SSZ, has 20 characters.
  if (n < 20) return false;
  const century = $twoDigits(s, 0),
    yy = $twoDigits(s, 2),
    month = $twoDigits(s, 5),
    day = $twoDigits(s, 8),
    hour = $twoDigits(s, 11),
    minute = $twoDigits(s, 14),
    wholeSecond = $twoDigits(s, 17);
  if ((century | yy | month | day | hour | minute | wholeSecond) < 0) return false;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
    return false;
  const separator = s.charCodeAt(10);
  if (separator !== 84 && separator !== 116 && !$isSpace(separator)) return false;
  let i = 19,
    c = s.charCodeAt(i),
    second = wholeSecond;
  if (c === 46) {
    const first = ++i;
    while (i < n && (c = s.charCodeAt(i) - 48) >= 0 && c <= 9) i++;
    if (i === first) return false;
    // Up to 9 digits the fraction cannot round the seconds up; longer ones are read as ajv-formats reads them.
    if (i - first > 9) second = +s.slice(17, i);
    c = s.charCodeAt(i);
  }
  let sign = 1,
    offsetHour = 0,
    offsetMinute = 0;
  if (c === 90 || c === 122) {
    if (i + 1 !== n) return false;
  } else if (c === 43 || c === 45) {
    sign = c === 45 ? -1 : 1;
    offsetHour = $twoDigits(s, i + 1);
    const rest = n - i - 3;
    if (rest === 2) offsetMinute = $twoDigits(s, i + 3);
    else if (rest === 3 && s.charCodeAt(i + 3) === 58) offsetMinute = $twoDigits(s, i + 4);
    else if (rest !== 0) return false;
    if (offsetHour < 0 || offsetMinute < 0) return false;
  } else return false;
  const year = century * 100 + yy;
  // February by the Gregorian leap rule; otherwise 31 days in odd months up to July and even ones from August.
  const monthDays =
    month === 2
      ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
        ? 29
        : 28
      : 30 + ((month + (month >> 3)) & 1);
  if (month < 1 || month > 12 || day < 1 || day > monthDays || offsetHour > 23 || offsetMinute > 59)
    return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second: 23:59:60 once moved to UTC (minute first, borrowing an hour when it goes negative).
  const utcMinute = minute - offsetMinute * sign;
  const utcHour = hour - offsetHour * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

/**
 * ISO 8601 duration as ajv-formats' "duration" (its regular expression, verbatim): `P` then years,
 * months, days and a `T` part of hours, minutes, seconds (whole numbers, at least one part, no
 * fractions), or weeks alone (`P3W`).
 */
const $DURATION = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;

export function $duration(s: string): boolean {
  return $DURATION.test(s);
}

/** ajv-formats' "int32": an integer in [-2^31, 2^31 - 1]. */
export function $int32(n: number): boolean {
  return Number.isInteger(n) && n <= 2147483647 && n >= -2147483648;
}

/** ajv-formats' "int64": any integer; ajv-formats checks no bound (a JSON number past 2^53 is not exact anyway). */
export function $int64(n: number): boolean {
  return Number.isInteger(n);
}
