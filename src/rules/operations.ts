/**
 * The 2025–2026 operating rules (research-legal.md §2–3) as dated data: the mass-deactivation
 * waves and the conditions Kemensos and BPJS attached to them, and the length of the automatic
 * reactivation of February 2026. They are known from officials' statements and news only
 * ([O/N], `verified: false`), so they never refuse or hold up a case: the rules built on them
 * are warnings and next steps for the officer.
 */
import { addMonthsClamped, type IsoDate } from '../dates/iso-date';
import type { Localized } from '../i18n/locale';
import { type CitationId, LEGAL_DATES } from './law';

/** One mass-deactivation wave: the month of its decrees, its decree number where known. */
export type DeactivationWave = {
  id: 'mei-2025' | 'januari-2026';
  /** Calendar month (`YYYY-MM`) of the deactivation decrees of the wave. */
  month: string;
  /** Decree number as reported, where one is known. */
  decree?: string;
  label: Localized;
  citations: readonly CitationId[];
};

/** The waves whose own reactivation conditions are reported. */
export const DEACTIVATION_WAVES: readonly DeactivationWave[] = [
  {
    id: 'mei-2025',
    month: LEGAL_DATES.dtsenApplies.date.slice(0, 7),
    label: { id: 'gelombang penonaktifan Mei 2025', en: 'the May 2025 deactivation wave' },
    citations: ['operasional-gelombang'],
  },
  {
    id: 'januari-2026',
    month: LEGAL_DATES.kepmensos3HukDated.date.slice(0, 7),
    decree: '3/HUK/2026',
    label: {
      id: 'gelombang penonaktifan Januari 2026 (Kepmensos 3/HUK/2026)',
      en: 'the January 2026 deactivation wave (Kepmensos 3/HUK/2026)',
    },
    citations: ['operasional-gelombang'],
  },
];

/**
 * The wave a deactivation belongs to: by its decree number when it names one, else by the month
 * of its date; `null` when it belongs to none or the date is not known.
 */
export function waveOf(
  deactivatedOn: IsoDate | undefined,
  decree: string | undefined,
): DeactivationWave['id'] | null {
  const norm = (d: string) => d.replace(/\s+/g, '').replace(/^0+/, '').toUpperCase();
  if (decree) {
    const byDecree = DEACTIVATION_WAVES.find((w) => w.decree && norm(w.decree) === norm(decree));
    if (byDecree) return byDecree.id;
  }
  if (!deactivatedOn) return null;
  return DEACTIVATION_WAVES.find((w) => deactivatedOn.startsWith(w.month))?.id ?? null;
}

/** How long the automatic reactivation of February 2026 lasts, in months (reported: 3). */
export const AUTO_REACTIVATION_MONTHS = 3;

/** The days the automatic reactivation of February 2026 may still hold. */
export const AUTO_REACTIVATION_PERIOD = {
  validFrom: LEGAL_DATES.autoReactivation.date,
  validTo: addMonthsClamped(LEGAL_DATES.autoReactivation.date, AUTO_REACTIVATION_MONTHS),
} as const;
