/**
 * Masks all but the last four digits of a NIK, KK or card number: `************0001`.
 * Used in every error, log and preview so a full identifier never leaves the package.
 *
 * @example maskId('3303014508900001') // '************0001'
 */
export function maskId(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  return '*'.repeat(value.length - 4) + value.slice(-4);
}

const LONG_DIGIT_RUN = /\d{10,}/g;

/**
 * Masks every run of ten or more digits in a text (a safety net applied to every message
 * pbi-jk writes into an error, so a NIK or KK typed into the wrong field is masked too).
 */
export function maskIdentifiersIn(text: string): string {
  return text.replace(LONG_DIGIT_RUN, (run) => maskId(run));
}
