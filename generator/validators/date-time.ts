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
 * anything it rejects goes to a char-code parser that applies every rule above.
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
    ts`/** The two ASCII digits at index i as a number, or -1. */`,
    ts`function $d2(s: string, i: number): number {`,
    [
      ts`const a = s.charCodeAt(i) - 48;`,
      ts`const b = s.charCodeAt(i + 1) - 48;`,
      ts`return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;`,
    ],
    ts`}`,
    ts``,
    ts`/** Every rule, for what the regular expression turned down: leap seconds, long fractions, invalid text. */`,
    ts`function $dateTimeSlow(s: string): boolean {`,
    [
      ts`const n = s.length;`,
      ts`if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;`,
      ts`if (!/^[Tt\s]$/.test(s.charAt(10))) return false;`,
      ts`const century = $d2(s, 0);`,
      ts`const yy = $d2(s, 2);`,
      ts`const month = $d2(s, 5);`,
      ts`const day = $d2(s, 8);`,
      ts`const hour = $d2(s, 11);`,
      ts`const minute = $d2(s, 14);`,
      ts`const whole = $d2(s, 17);`,
      ts`if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || minute < 0 || whole < 0) return false;`,
      ts`if (day > $daysInMonth(century * 100 + yy, month)) return false;`,
      ts`let i = 19;`,
      ts`let second = whole;`,
      ts`if (s.charCodeAt(i) === 46) {`,
      [
        ts`i++;`,
        ts`const start = i;`,
        ts`while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;`,
        ts`if (i === start) return false;`,
        ts`second = Number(s.slice(17, i));`,
      ],
      ts`}`,
      ts`if (i >= n) return false;`,
      ts`const z = s.charCodeAt(i);`,
      ts`let sign = 1;`,
      ts`let offsetHour = 0;`,
      ts`let offsetMinute = 0;`,
      ts`if (z === 90 || z === 122) {`,
      [ts`if (i + 1 !== n) return false;`],
      ts`} else if (z === 43 || z === 45) {`,
      [
        ts`if (z === 45) sign = -1;`,
        ts`if (i + 3 === n) offsetMinute = 0;`,
        ts`else if (i + 6 === n && s.charCodeAt(i + 3) === 58) offsetMinute = $d2(s, i + 4);`,
        ts`else if (i + 5 === n) offsetMinute = $d2(s, i + 3);`,
        ts`else return false;`,
        ts`offsetHour = $d2(s, i + 1);`,
        ts`if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return false;`,
      ],
      ts`} else {`,
      [ts`return false;`],
      ts`}`,
      ts`if (hour <= 23 && minute <= 59 && second < 60) return true;`,
      ts`const utcMinute = minute - offsetMinute * sign;`,
      ts`const utcHour = hour - offsetHour * sign - (utcMinute < 0 ? 1 : 0);`,
      ts`return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;`,
    ],
    ts`}`,
  ];
}
