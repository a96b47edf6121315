// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const $DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)[Tt\s](\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)$/;
const $DATE_TIME_EVERYDAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])[Tt\s](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)$/;
function $dateTime(s) {
  if ($DATE_TIME_EVERYDAY.test(s)) return true;
  const m = $DATE_TIME.exec(s);
  if (m === null) return false;
  const year = +m[1], month = +m[2], day = +m[3], hour = +m[4], minute = +m[5], second = +m[6];
  const offsetHour = +(m[8] ?? 0), offsetMinute = +(m[9] ?? 0);
  const monthDays = month === 2 ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28 : 30 + (month + (month >> 3) & 1);
  if (month < 1 || month > 12 || day < 1 || day > monthDays || offsetHour > 23 || offsetMinute > 59)
    return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  const sign = m[7] === "-" ? -1 : 1;
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
