/**
 * Dated parameters (OpenFisca style): every threshold and switch the rules use, with the
 * period each value holds and its citations. Conditions never carry these as literals; facts
 * read them here at `asOf`.
 */
import type { IsoDate } from '../dates/iso-date';
import { inForce } from '../dates/period';
import type { Localized } from '../i18n/locale';
import type { RegimeId } from '../schemas/decision';
import { type CitationId, dayBefore, LEGAL_DATES, RULES_START } from './law';

export { RULES_START };

/** One value of a parameter and the days it holds (both ends included; open end = still in force). */
export type ParameterValue<T> = {
  validFrom: IsoDate;
  validTo?: IsoDate;
  value: T;
  citations: CitationId[];
};

/** A dated parameter with a label for the rule book. */
export type Parameter<T> = { label: Localized; values: ParameterValue<T>[] };

/** The welfare registry PBI-JK eligibility is checked against. */
export type Registry = 'dtks' | 'dtsen';

const P3_FROM = LEGAL_DATES.permensos3Applies.date;
const P3_EVE = dayBefore('permensos3Applies');
const DTSEN_FROM = LEGAL_DATES.dtsenApplies.date;
const DTSEN_EVE = dayBefore('dtsenApplies');

/** Every dated parameter, keyed by name. Values are in date order, without gaps or overlaps. */
export const PARAMETERS = {
  regime: {
    label: { id: 'Peraturan yang berlaku', en: 'Governing regulation' },
    values: [
      {
        validFrom: RULES_START,
        validTo: P3_EVE,
        value: 'permensos-21-2019',
        citations: ['p21-pasal-8'],
      },
      { validFrom: P3_FROM, value: 'permensos-3-2026', citations: ['p3-pasal-20-1'] },
    ],
  } satisfies Parameter<RegimeId>,
  registry: {
    label: { id: 'Data kesejahteraan acuan', en: 'Welfare registry' },
    values: [
      { validFrom: RULES_START, validTo: DTSEN_EVE, value: 'dtks', citations: ['p21-pasal-5'] },
      // Permensos 3/2026 Pasal 4 is cited only once that regulation applies.
      {
        validFrom: DTSEN_FROM,
        validTo: P3_EVE,
        value: 'dtsen',
        citations: ['inpres-4-2025-dtsen'],
      },
      { validFrom: P3_FROM, value: 'dtsen', citations: ['inpres-4-2025-dtsen', 'p3-pasal-4'] },
    ],
  } satisfies Parameter<Registry>,
  desilLimit: {
    label: { id: 'Desil DTSEN tertinggi yang berhak', en: 'Highest eligible DTSEN decile' },
    values: [{ validFrom: DTSEN_FROM, value: 5, citations: ['kemensos-desil'] }],
  } satisfies Parameter<number>,
  reactivationWindowMonths: {
    label: { id: 'Batas waktu reaktivasi (bulan)', en: 'Reactivation window (months)' },
    values: [
      { validFrom: RULES_START, validTo: P3_EVE, value: 6, citations: ['p21-pasal-8'] },
      { validFrom: P3_FROM, value: 6, citations: ['p3-pasal-20-batas'] },
    ],
  } satisfies Parameter<number>,
  healthLetterRequired: {
    label: {
      id: 'Surat keterangan fasilitas kesehatan wajib untuk reaktivasi',
      en: 'Health-facility letter required for reactivation',
    },
    values: [
      { validFrom: RULES_START, validTo: P3_EVE, value: false, citations: ['p21-pasal-8'] },
      { validFrom: P3_FROM, value: true, citations: ['p3-pasal-20-3'] },
    ],
  } satisfies Parameter<boolean>,
};

/** Names of the dated parameters. */
export type ParameterName = keyof typeof PARAMETERS;

type ValueOf<N extends ParameterName> = (typeof PARAMETERS)[N]['values'][number]['value'];

/**
 * The value of a parameter on `asOf`, or `undefined` before its first value (the desil limit
 * has none in the DTKS era).
 *
 * @example parameterAt('registry', asOf) // 'dtks' or 'dtsen'
 */
export function parameterAt<N extends ParameterName>(
  name: N,
  asOf: IsoDate,
): ValueOf<N> | undefined {
  return parameterEntryAt(name, asOf)?.value as ValueOf<N> | undefined;
}

/** The dated entry (value, validity, citations) of a parameter on `asOf`. */
export function parameterEntryAt(
  name: ParameterName,
  asOf: IsoDate,
): ParameterValue<unknown> | undefined {
  const values: readonly ParameterValue<unknown>[] = PARAMETERS[name].values;
  return values.find((v) => inForce(v, asOf));
}
