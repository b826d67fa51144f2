// The mini UTCDate: the full one builds three Intl.DateTimeFormat objects when it is imported
// (its toString), which loads ICU and costs `pbi-jk evaluate` tens of milliseconds at start-up;
// pbi-jk only reads and shifts calendar days, never prints a Date.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays as addDaysFns } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { Locale } from '../i18n/locale';

/** A calendar date as `YYYY-MM-DD`, the only date form pbi-jk accepts and returns. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of a year (Gregorian), `month` 1–12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Splits an ISO date into numbers, or `undefined` when the text is not `YYYY-MM-DD`
 * or names a day the calendar does not have (2026-02-30).
 */
export function parseIsoDate(
  text: string,
): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** The parts of an ISO date, or a RangeError (callers validate first; this is a programming error). */
function partsOf(iso: IsoDate): { year: number; month: number; day: number } {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError('not an ISO date');
  return p;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function toIso(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The date as a UTC calendar day for date-fns, so the host's time zone never matters (a local
 * Date skips whole days in some zones, e.g. Pacific/Apia on 2011-12-30).
 */
function utcDay(iso: IsoDate): Date {
  const { year, month, day } = partsOf(iso);
  const d = new UTCDateMini(2000, 0, 1);
  d.setFullYear(year, month - 1, day);
  return d;
}

function fromUtcDay(d: Date): IsoDate {
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Adds calendar months the way Indonesian regulations count "n bulan": the same day of the
 * month, clamped to the month's last day (31 August + 6 months = 28/29 February).
 *
 * @example addMonthsClamped('2025-08-31', 6) // '2026-02-28'
 */
export function addMonthsClamped(iso: IsoDate, months: number): IsoDate {
  return fromUtcDay(addMonths(utcDay(iso), Math.trunc(months)));
}

/** Adds (or with a negative `days`, subtracts) calendar days. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcDay(addDaysFns(utcDay(iso), Math.trunc(days)));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(utcDay(to), utcDay(from));
}

/** Age in whole years on `on` for someone born on `birthDate`. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const b = parseIsoDate(birthDate);
  const o = parseIsoDate(on);
  if (!b || !o) throw new RangeError('not an ISO date');
  const hadBirthday = o.month > b.month || (o.month === b.month && o.day >= b.day);
  return o.year - b.year - (hadBirthday ? 0 : 1);
}

/**
 * Month names as date-fns's `id` and `en-US` locales write them (`localize.month`, wide). A table,
 * not the locale objects: those carry parsers and relative-time wording that a browser page
 * would bundle for twelve words.
 */
const MONTH_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * Writes a date in words for letters and messages: `15 Januari 2026` (id) or
 * `15 January 2026` (en); `leadingZero` gives `05 Juni 2023` as some SOPs write it.
 */
export function formatLongDate(
  iso: IsoDate,
  locale: Locale,
  options: { leadingZero?: boolean } = {},
): string {
  const { year, month, day } = partsOf(iso);
  const monthName = MONTH_NAMES[locale][month - 1];
  return `${options.leadingZero ? pad(day, 2) : day} ${monthName} ${year}`;
}
