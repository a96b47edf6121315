/**
 * The generated `$dateTime(s)`: RFC 3339 date-time with exactly the rules of ajv-formats' full
 * "date-time" format (v3). Those rules, restated:
 * - `YYYY-MM-DD`, month 01–12, day within the month (Feb 29 in Gregorian leap years);
 * - one separator: `T`, `t` or any character JavaScript's `\s` matches (space, tab, NBSP, …);
 * - `HH:MM:SS`, optional `.` + one or more digits; the seconds are read as a number, fraction
 *   included (so a long fraction that rounds up to 60 counts as 60);
 * - a mandatory offset: `Z`, `z`, `±HH`, `±HHMM` or `±HH:MM` with HH ≤ 23 and MM ≤ 59;
 * - a time is valid when HH ≤ 23, MM ≤ 59 and seconds < 60; otherwise only as a leap second:
 *   seconds < 61 and the time moved to UTC by the offset (minute first, borrowing an hour when it
 *   goes negative) is 23:59, where -1 also counts for the hour and for the minute.
 *
 * Two paths: a precompiled regular expression accepts the everyday shape (ranges in the pattern,
 * at most 9 fraction digits so no rounding can reach 60), leaving only the day-of-month check;
 * anything it rejects goes to a second expression that captures every field, and every rule above.
 */
import { ts, type Lines } from './code.ts';

export function dateTimeRuntime(): Lines {
  return [
    ts`/** The everyday date-time: every field in range except the day of the month, no leap second. */`,
    ts`const $DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt\s](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)$/;`,
    ts``,
    ts`/** RFC 3339 date-time, agreeing with ajv-formats' "date-time" (full mode). */`,
    ts`function $dateTime(s: string): boolean {`,
    [
      ts`if (!$DATE_TIME.test(s)) return $dateTimeSlow(s);`,
      ts`const day = (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48;`,
      ts`return day <= 28 || day <= $daysInMonth((s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + s.charCodeAt(3) - 48, (s.charCodeAt(5) - 48) * 10 + s.charCodeAt(6) - 48);`,
    ],
    ts`}`,
    ts``,
    ts`function $daysInMonth(year: number, month: number): number {`,
    [
      ts`if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;`,
      ts`return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;`,
    ],
    ts`}`,
    ts``,
    ts`/** The same shape with every field captured, in any range: what the fast path turned down gets every rule. */`,
    ts`const $DATE_TIME_PARTS = /^(\d{4})-(\d\d)-(\d\d)[Tt\s](\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)$/;`,
    ts``,
    ts`/** Every rule, for what the regular expression turned down: leap seconds, long fractions, invalid text. */`,
    ts`function $dateTimeSlow(s: string): boolean {`,
    [
      ts`const m = $DATE_TIME_PARTS.exec(s);`,
      ts`if (m === null) return false;`,
      ts`const month = Number(m[2]);`,
      ts`const day = Number(m[3]);`,
      ts`const offsetHour = m[8] === undefined ? 0 : Number(m[8]);`,
      ts`const offsetMinute = m[9] === undefined ? 0 : Number(m[9]);`,
      ts`if (month < 1 || month > 12 || day < 1 || day > $daysInMonth(Number(m[1]), month) || offsetHour > 23 || offsetMinute > 59) return false;`,
      ts`const hour = Number(m[4]);`,
      ts`const minute = Number(m[5]);`,
      ts`const second = Number(m[6]);`,
      ts`if (hour <= 23 && minute <= 59 && second < 60) return true;`,
      ts`const sign = m[7] === "-" ? -1 : 1;`,
      ts`const utcMinute = minute - offsetMinute * sign;`,
      ts`const utcHour = hour - offsetHour * sign - (utcMinute < 0 ? 1 : 0);`,
      ts`return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;`,
    ],
    ts`}`,
  ];
}
