import { parseIsoDate } from '../dates/iso-date';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** The month 1–12 in Roman numerals, as letter numbers write it (`III` for March). */
export function romanMonth(month: number): string {
  const r = ROMAN[month - 1];
  if (!r) throw new RangeError(`month ${month} is not 1–12`);
  return r;
}

/**
 * Fills a profile's `letterNumberPattern`: `{nomor}` with the serial, `{bulan}` with the letter
 * date's month in Roman numerals, `{tahun}` with its year.
 *
 * @example formatLetterNumber('400.9/{nomor}/403.107/{tahun}', 12, '2026-03-02') // '400.9/12/403.107/2026'
 */
export function formatLetterNumber(pattern: string, serial: number | string, date: string): string {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError('not an ISO date');
  return pattern
    .replaceAll('{nomor}', String(serial))
    .replaceAll('{bulan}', romanMonth(d.month))
    .replaceAll('{tahun}', String(d.year));
}
