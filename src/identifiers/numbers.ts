/** A nomor Kartu Keluarga: 16 digits, the first six the area where the KK was issued. */
export type Kk = { value: string; regencyCode: string; districtCode: string };

/**
 * Parses a nomor KK. Only the length and digits are checked: the middle digits' meaning is
 * reported, not confirmed, by the sources (research-legal.md §4).
 *
 * @example parseKk('3303010101090001')?.regencyCode // '33.03'
 */
export function parseKk(value: string): Kk | undefined {
  if (!/^\d{16}$/.test(value)) return undefined;
  return {
    value,
    regencyCode: `${value.slice(0, 2)}.${value.slice(2, 4)}`,
    districtCode: `${value.slice(0, 2)}.${value.slice(2, 4)}.${value.slice(4, 6)}`,
  };
}

/**
 * Checks a nomor kartu JKN-KIS: 13 digits. Nothing is inferred from the prefix; no reliable
 * source gives its meaning.
 *
 * @example isJknCardNumber('0001234567890') // true
 */
export function isJknCardNumber(value: string): boolean {
  return /^\d{13}$/.test(value);
}
