/**
 * A period of days, both ends included, and the one test of whether a date falls in it. Every
 * "is this in force on date X?" question of the package (rules, parameters, instruments, the rule
 * book, letters) is answered here, so no module keeps its own copy of the comparison.
 */
import type { IsoDate } from './iso-date';

/** Days from `validFrom` to `validTo`, both included; an absent end is open. */
export type Period = { readonly validFrom?: IsoDate; readonly validTo?: IsoDate };

/**
 * True when `date` lies in `period` (ISO dates compare as text).
 *
 * @example inForce({ validFrom: '2026-03-01' }, '2026-03-02') // true
 */
export function inForce(period: Period, date: IsoDate): boolean {
  return (
    (period.validFrom === undefined || period.validFrom <= date) &&
    (period.validTo === undefined || date <= period.validTo)
  );
}
