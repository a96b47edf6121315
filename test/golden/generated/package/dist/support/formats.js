// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
function $twoDigits(s, i) {
  const a = s.charCodeAt(i) - 48, b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
function $isSpace(c) {
  return c <= 32 ? c === 32 || c >= 9 && c <= 13 : c >= 160 && (c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279);
}
const COMMON_DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])[Tt](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function $dateTime(s) {
  return COMMON_DATE_TIME.test(s) || $dateTimeRead(s);
}
function $dateTimeRead(s) {
  const n = s.length;
  if (n < 20) return false;
  const century = $twoDigits(s, 0), yy = $twoDigits(s, 2), month = $twoDigits(s, 5), day = $twoDigits(s, 8), hour = $twoDigits(s, 11), minute = $twoDigits(s, 14), wholeSecond = $twoDigits(s, 17);
  if ((century | yy | month | day | hour | minute | wholeSecond) < 0) return false;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
    return false;
  const separator = s.charCodeAt(10);
  if (separator !== 84 && separator !== 116 && !$isSpace(separator)) return false;
  let i = 19, c = s.charCodeAt(i), second = wholeSecond;
  if (c === 46) {
    const first = ++i;
    while (i < n && (c = s.charCodeAt(i) - 48) >= 0 && c <= 9) i++;
    if (i === first) return false;
    if (i - first > 9) second = +s.slice(17, i);
    c = s.charCodeAt(i);
  }
  let sign = 1, offsetHour = 0, offsetMinute = 0;
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
  const monthDays = month === 2 ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28 : 30 + (month + (month >> 3) & 1);
  if (month < 1 || month > 12 || day < 1 || day > monthDays || offsetHour > 23 || offsetMinute > 59)
    return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  const utcMinute = minute - offsetMinute * sign;
  const utcHour = hour - offsetHour * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}
const $DURATION = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;
function $duration(s) {
  return $DURATION.test(s);
}
function $int32(n) {
  return Number.isInteger(n) && n <= 2147483647 && n >= -2147483648;
}
function $int64(n) {
  return Number.isInteger(n);
}
export {
  $dateTime,
  $duration,
  $int32,
  $int64
};
