/**
 * The char-code date-time check of formats.ts accepts exactly the strings the former
 * regular-expression version accepted (restated below as the reference, with the data-schema Ajv
 * as a second witness): a table of edge cases, every UTF-16 code unit as the separator and in each
 * position, and generated strings (valid, broken and mutated date-times).
 */
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { newDataSchemaAjv } from '../generator/model/data-schema-ajv.ts';
import { $dateTime } from '../generator/runtime/support/formats.ts';
import { brokenDateTimeArbitrary, dateTimeArbitrary } from '../scripts/fuzz/arbitrary.ts';

const SEED = 20261202;

const DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)[Tt\s](\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)$/;

/** The former implementation (one capturing regular expression, then the rules on its fields). */
function referenceDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (m === null) return false;
  const field = (k: number) => Number(m[k] ?? 0);
  const [year, month, day, hour, minute, second] = [
    field(1),
    field(2),
    field(3),
    field(4),
    field(5),
    field(6),
  ];
  const offsetHour = field(8),
    offsetMinute = field(9);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > monthDays || offsetHour > 23 || offsetMinute > 59)
    return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  const sign = m[7] === '-' ? -1 : 1;
  const utcMinute = minute - offsetMinute * sign;
  const utcHour = hour - offsetHour * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

const ajv = newDataSchemaAjv({ allErrors: false }).compile({ type: 'string', format: 'date-time' });

function agrees(s: string): boolean {
  const ours = $dateTime(s);
  return ours === referenceDateTime(s) && ours === ajv(s);
}

const EDGE_CASES: [string, boolean][] = [
  ['2021-02-25T21:38:03Z', true],
  ['2021-02-25T21:38:03.5Z', true],
  ['2021-02-25t21:38:03z', true],
  ['2021-02-25 21:38:03+01:00', true],
  ['2021-02-25\t21:38:03+0100', true],
  ['2021-02-25\u00a021:38:03+01', true],
  ['2021-02-25\u200b21:38:03Z', false], // zero-width space is not \s
  ['2021-02-25_21:38:03Z', false],
  ['2020-02-29T00:00:00Z', true],
  ['2000-02-29T00:00:00Z', true],
  ['1900-02-29T00:00:00Z', false],
  ['2021-02-29T00:00:00Z', false],
  ['0000-02-29T00:00:00Z', true],
  ['2021-04-31T00:00:00Z', false],
  ['2021-07-31T00:00:00Z', true],
  ['2021-08-31T00:00:00Z', true],
  ['2021-09-31T00:00:00Z', false],
  ['2021-12-31T00:00:00Z', true],
  ['2021-00-01T00:00:00Z', false],
  ['2021-13-01T00:00:00Z', false],
  ['2021-01-00T00:00:00Z', false],
  ['2021-01-32T00:00:00Z', false],
  ['2021-01-01T24:00:00Z', false],
  ['2021-01-01T23:60:00Z', false],
  ['2016-12-31T23:59:60Z', true],
  ['2016-12-31T23:59:60.999999999Z', true],
  ['2016-12-31T23:59:60.99999999999999999Z', false], // rounds to 61
  ['2016-12-31T23:59:59.99999999999999999Z', true], // rounds to 60: a leap second at 23:59 UTC
  ['2016-12-31T12:59:59.99999999999999999Z', false], // rounds to 60, not at 23:59 UTC
  ['2016-12-31T12:59:59.999999999Z', true],
  ['2016-12-31T22:59:60-01:00', true],
  ['2016-12-31T15:59:60-08:00', true],
  ['2017-01-01T00:29:60+00:30', true],
  ['2017-01-01T00:59:60+01:00', true],
  ['2016-12-31T23:59:60+00:01', false],
  ['2021-01-01T12:59:60Z', false],
  ['2021-01-01T23:59:61Z', false],
  ['2021-01-01T00:00:00', false],
  ['2021-01-01T00:00:00.Z', false],
  ['2021-01-01T00:00:00.123', false],
  ['2021-01-01T00:00:00+24:00', false],
  ['2021-01-01T00:00:00+23:59', true],
  ['2021-01-01T00:00:00+05:60', false],
  ['2021-01-01T00:00:00+5:00', false],
  ['2021-01-01T00:00:00+05:0', false],
  ['2021-01-01T00:00:00+05:', false],
  ['2021-01-01T00:00:00+05:000', false],
  ['2021-01-01T00:00:00+050', false],
  ['2021-01-01T00:00:00+0500', true],
  ['2021-01-01T00:00:00+05', true],
  ['2021-01-01T00:00:00+', false],
  ['2021-01-01T00:00:00ZZ', false],
  ['2021-01-01T00:00:00Z\n', false],
  ['\n2021-01-01T00:00:00Z', false],
  ['2021-01-01T00:00Z', false],
  ['2021-01-01', false],
  ['', false],
  ['2021-1-01T00:00:00Z', false],
  ['20211-01-01T00:00:00Z', false],
  ['2021-01-01TT00:00:00Z', false],
  ['２０２１-01-01T00:00:00Z', false], // full-width digits are not \d
  ['2021-01-01T00:00:00.1234567890123Z', true],
  ['2021-01-01T00:00:00.+01:00', false],
  ['2021-01-01T00:00:00.5+01:00', true],
  ['2021-01-01T00:00:0a.5Z', false],
];

test('date-time edge cases: the char-code check, the former regular expression and Ajv agree', () => {
  for (const [s, expected] of EDGE_CASES) {
    assert.is($dateTime(s), expected, JSON.stringify(s));
    assert.ok(agrees(s), `disagreement on ${JSON.stringify(s)}`);
  }
});

test('date-time: every UTF-16 code unit in every position of two templates', () => {
  const templates = ['2016-12-31T23:59:60.5-01:30', '2020-02-29 00:00:00Z'];
  for (const template of templates)
    for (let i = 0; i <= template.length; i++)
      for (let c = 0; c < 0x10000; c++) {
        const s = template.slice(0, i) + String.fromCharCode(c) + template.slice(i + 1);
        if ($dateTime(s) !== referenceDateTime(s)) assert.unreachable(`disagreement on ${JSON.stringify(s)}`);
      }
});

test('date-time: generated valid, broken and mutated strings get the same answer', () => {
  const mutated = fc
    .tuple(
      fc.oneof(dateTimeArbitrary(), brokenDateTimeArbitrary()),
      fc.array(
        fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...'0123456789-:.+TtZz \t59'.split(''))),
        { maxLength: 3 },
      ),
    )
    .map(([s, edits]) =>
      edits.reduce((acc, [at, kind, ch]) => {
        const i = acc.length === 0 ? 0 : at % (acc.length + 1);
        // 0 replaces, 1 inserts, 2 deletes a character.
        return acc.slice(0, i) + (kind === 2 ? '' : ch) + acc.slice(kind === 1 ? i : i + 1);
      }, s),
    );
  fc.assert(fc.property(mutated, agrees), { numRuns: 20_000, seed: SEED });
  fc.assert(fc.property(fc.string({ maxLength: 40 }), agrees), { numRuns: 2_000, seed: SEED });
});

test.run();
