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

/** Ten or more digits, possibly grouped by single spaces, dots or dashes (`3303 0145 0890 0001`). */
const LONG_DIGIT_RUN = /\d(?:[ .-]?\d){9,}/g;

/**
 * Masks every run of ten or more digits in a text, also when written in groups
 * (`3303 0145 0890 0001` → `**** **** **** 0001`): a safety net applied to every message
 * pbi-jk writes into an error, so a NIK or KK typed into the wrong field is masked too.
 */
export function maskIdentifiersIn(text: string): string {
  return text.replace(LONG_DIGIT_RUN, maskDigitsButLastFour);
}

function maskDigitsButLastFour(run: string): string {
  let kept = 0;
  const out: string[] = [];
  for (let i = run.length - 1; i >= 0; i--) {
    const ch = run.charAt(i);
    const isDigit = ch >= '0' && ch <= '9';
    out.push(isDigit && kept++ >= 4 ? '*' : ch);
  }
  return out.reverse().join('');
}
