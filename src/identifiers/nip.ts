import { parseIsoDate } from '../dates/iso-date';

/** A civil servant number (NIP PNS) or PPPK number, both 18 digits. */
export type Nip = {
  value: string;
  kind: 'pns' | 'pppk';
  birthDate: string;
  sex: 'L' | 'P';
  serial: string;
  /** Printed form: `19651220 198603 1 009` (PNS) or `19900101 2021 01 2 001` (PPPK). */
  formatted: string;
};

/**
 * Parses a NIP, spaces allowed. PNS layout (Perka BKN 22/2007): birth date, TMT CPNS year and
 * month, sex digit (1 man, 2 woman), serial. A number whose digits 13–14 are not a month is read
 * leniently as PPPK: birth date, year, number of agreements, sex digit, serial.
 *
 * @example parseNip('196512201986031009')?.formatted // '19651220 198603 1 009'
 */
export function parseNip(text: string): Nip | undefined {
  const value = text.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(value)) return undefined;
  const birthDate = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  if (!parseIsoDate(birthDate)) return undefined;
  const sexDigit = value[14];
  if (sexDigit !== '1' && sexDigit !== '2') return undefined;
  const sex = sexDigit === '1' ? 'L' : 'P';
  const month = Number(value.slice(12, 14));
  const serial = value.slice(15);
  if (month >= 1 && month <= 12) {
    return {
      value,
      kind: 'pns',
      birthDate,
      sex,
      serial,
      formatted: `${value.slice(0, 8)} ${value.slice(8, 14)} ${sexDigit} ${serial}`,
    };
  }
  return {
    value,
    kind: 'pppk',
    birthDate,
    sex,
    serial,
    formatted: `${value.slice(0, 8)} ${value.slice(8, 12)} ${value.slice(12, 14)} ${sexDigit} ${serial}`,
  };
}
