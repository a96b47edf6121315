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
 * Two regular expressions: a test-only one accepts the everyday shape (every field in range, days
 * 01–28, at most 9 fraction digits so nothing rounds up to 60); whatever it turns down goes to a
 * capturing one, and every rule above is checked on the fields. The first is ~3× faster than
 * capturing (a date-time property would otherwise cost more than all other checks of a payload).
 */
/** year-month-day, separator, hour:minute:second(.fraction), then Z or the offset's sign, hours and minutes. */
const $DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)[Tt\s](\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)$/;
/** The everyday date-time: no field out of range, days up to 28 (so no calendar needed), no leap second. */
const $DATE_TIME_EVERYDAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])[Tt\s](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)$/;
/** RFC 3339 date-time, agreeing with ajv-formats' "date-time" (full mode). */
export function $dateTime(s) {
    if ($DATE_TIME_EVERYDAY.test(s))
        return true;
    const m = $DATE_TIME.exec(s);
    if (m === null)
        return false;
    const year = +m[1], month = +m[2], day = +m[3], hour = +m[4], minute = +m[5], second = +m[6];
    const offsetHour = +(m[8] ?? 0), offsetMinute = +(m[9] ?? 0);
    // February by the Gregorian leap rule; otherwise 31 days in odd months up to July and even ones from August.
    const monthDays = month === 2
        ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
            ? 29
            : 28
        : 30 + ((month + (month >> 3)) & 1);
    if (month < 1 || month > 12 || day < 1 || day > monthDays || offsetHour > 23 || offsetMinute > 59)
        return false;
    if (hour <= 23 && minute <= 59 && second < 60)
        return true;
    // A leap second: 23:59:60 once moved to UTC (minute first, borrowing an hour when it goes negative).
    const sign = m[7] === '-' ? -1 : 1;
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
export function $duration(s) {
    return $DURATION.test(s);
}
/** ajv-formats' "int32": an integer in [-2^31, 2^31 - 1]. */
export function $int32(n) {
    return Number.isInteger(n) && n <= 2147483647 && n >= -2147483648;
}
/** ajv-formats' "int64": any integer; ajv-formats checks no bound (a JSON number past 2^53 is not exact anyway). */
export function $int64(n) {
    return Number.isInteger(n);
}
