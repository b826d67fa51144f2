import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  ageOn,
  daysBetween,
  daysInMonth,
  formatLongDate,
  isIsoDate,
  parseIsoDate,
} from '../../src/dates/iso-date';

describe('addMonthsClamped counts "n bulan" to the same day, clamped to the month end', () => {
  it.each([
    ['31 August 2025 + 6 months is 28 February 2026', '2025-08-31', 6, '2026-02-28'],
    ['31 August 2023 + 6 months is 29 February 2024 (leap year)', '2023-08-31', 6, '2024-02-29'],
    ['28 February 2026 + 6 months is 28 August 2026', '2026-02-28', 6, '2026-08-28'],
    ['31 March 2026 + 6 months is 30 September 2026', '2026-03-31', 6, '2026-09-30'],
    ['15 January 2026 + 6 months is 15 July 2026', '2026-01-15', 6, '2026-07-15'],
    [
      '15 September 2025 + 6 months is 15 March 2026 (across a year)',
      '2025-09-15',
      6,
      '2026-03-15',
    ],
    ['31 December 2025 + 2 months is 28 February 2026', '2025-12-31', 2, '2026-02-28'],
    ['29 February 2024 + 12 months is 28 February 2025', '2024-02-29', 12, '2025-02-28'],
    ['31 March 2026 − 1 month is 28 February 2026', '2026-03-31', -1, '2026-02-28'],
    ['0 months leaves the date as it is', '2026-03-02', 0, '2026-03-02'],
  ])('%s', (_name, from, months, to) => {
    expect(addMonthsClamped(from, months)).toBe(to);
  });
});

describe('addDays and daysBetween count calendar days', () => {
  it.each([
    ['1 day after 28 February 2026 is 1 March', '2026-02-28', 1, '2026-03-01'],
    ['1 day after 28 February 2024 is 29 February', '2024-02-28', 1, '2024-02-29'],
    ['1 day after 31 December is 1 January', '2025-12-31', 1, '2026-01-01'],
    ['30 days after 15 January 2026 is 14 February', '2026-01-15', 30, '2026-02-14'],
    ['14 days before 2 March 2026 is 16 February', '2026-03-02', -14, '2026-02-16'],
    ['across the end of daylight saving elsewhere (27 October)', '2024-10-26', 2, '2024-10-28'],
  ])('%s', (_name, from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['15 January to 2 March 2026', '2026-01-15', '2026-03-02', 46],
    ['a whole common year', '2025-01-01', '2026-01-01', 365],
    ['a whole leap year', '2024-01-01', '2025-01-01', 366],
    ['the same day', '2026-03-02', '2026-03-02', 0],
    ['backwards', '2026-03-02', '2026-03-01', -1],
  ])('daysBetween: %s is %i days', (_name, from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('ageOn gives whole years', () => {
  it.each([
    ['the day before the 36th birthday', '1990-08-05', '2026-08-04', 35],
    ['on the 36th birthday', '1990-08-05', '2026-08-05', 36],
    ['born 29 February, on 28 February of a common year', '2000-02-29', '2026-02-28', 25],
    ['born 29 February, on 1 March of a common year', '2000-02-29', '2026-03-01', 26],
    ['born on the day', '2026-03-02', '2026-03-02', 0],
  ])('%s', (_name, birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});

describe('formatLongDate writes dates in words', () => {
  it.each([
    ['2026-03-02', 'id', false, '2 Maret 2026'],
    ['2026-03-02', 'id', true, '02 Maret 2026'],
    ['2026-03-02', 'en', false, '2 March 2026'],
    ['2026-03-02', 'en', true, '02 March 2026'],
    ['2023-06-05', 'id', true, '05 Juni 2023'],
    ['2026-01-15', 'id', false, '15 Januari 2026'],
    ['2026-08-17', 'id', false, '17 Agustus 2026'],
    ['2026-12-31', 'en', false, '31 December 2026'],
  ] as const)('%s in %s (leading zero %s) is "%s"', (iso, locale, leadingZero, text) => {
    expect(formatLongDate(iso, locale, { leadingZero })).toBe(text);
  });
});

describe('parseIsoDate accepts only calendar dates written YYYY-MM-DD', () => {
  it.each([
    ['2026-03-02', { year: 2026, month: 3, day: 2 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['2026-12-31', { year: 2026, month: 12, day: 31 }],
  ])('reads %s', (text, parts) => {
    expect(parseIsoDate(text)).toEqual(parts);
    expect(isIsoDate(text)).toBe(true);
  });

  it.each([
    ['30 February', '2026-02-30'],
    ['29 February of a common year', '2026-02-29'],
    ['29 February 1900 (not a leap year)', '1900-02-29'],
    ['31 April', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['month 00', '2026-00-10'],
    ['day 00', '2026-03-00'],
    ['year 0000', '0000-01-01'],
    ['no leading zeros', '2026-3-2'],
    ['day first', '02-03-2026'],
    ['slashes', '2026/03/02'],
    ['a timestamp', '2026-03-02T00:00:00Z'],
    ['surrounding spaces', ' 2026-03-02 '],
    ['a five-digit year', '20260-03-02'],
    ['empty', ''],
  ])('refuses %s', (_name, text) => {
    expect(parseIsoDate(text)).toBeUndefined();
    expect(isIsoDate(text)).toBe(false);
  });

  it.each([
    [2026, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('daysInMonth(%i, %i) is %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('dates never depend on the host time zone', () => {
  // Samoa skipped 30 December 2011 and Kiritimati skipped 31 December 1994: a local-time Date
  // for those days does not exist. pbi-jk computes on the calendar, so nothing changes.
  const zones = ['Pacific/Apia', 'Pacific/Kiritimati', 'America/Santiago', 'Asia/Jakarta'];
  const table: [string, () => unknown, unknown][] = [
    ['1 day after 29 December 2011', () => addDays('2011-12-29', 1), '2011-12-30'],
    ['days from 29 to 31 December 2011', () => daysBetween('2011-12-29', '2011-12-31'), 2],
    ['30 December 2011 in words', () => formatLongDate('2011-12-30', 'id'), '30 Desember 2011'],
    ['31 December 1994 in words', () => formatLongDate('1994-12-31', 'en'), '31 December 1994'],
    ['6 months after 30 June 2011', () => addMonthsClamped('2011-06-30', 6), '2011-12-30'],
    ['1 day before 1 January 1995', () => addDays('1995-01-01', -1), '1994-12-31'],
  ];
  it.each(zones.flatMap((tz) => table.map(([name, fn, want]) => [name, tz, fn, want] as const)))(
    '%s in %s',
    (_name, tz, fn, want) => {
      const before = process.env.TZ;
      process.env.TZ = tz;
      try {
        expect(fn()).toBe(want);
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    },
  );

  it('the host zone really changes local dates in this runner (so the table above means something)', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Apia';
    try {
      expect(new Date(2011, 11, 30, 12).getDate()).toBe(31);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
