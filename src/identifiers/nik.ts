import { daysInMonth, parseIsoDate } from '../dates/iso-date';

/** What a NIK (Nomor Induk Kependudukan) says about its holder, read from its 16 digits. */
export type Nik = {
  value: string;
  /** Province, regency and kecamatan where the NIK was first issued (not always today's address). */
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  /** Day of birth as printed, already without the +40 women carry. */
  birthDay: number;
  birthMonth: number;
  /** Two-digit year: the century is not in the NIK. */
  birthYear2: number;
  sex: 'L' | 'P';
  serial: string;
};

/** Why a text is not a NIK: not 16 digits, or a date part no calendar has. */
export type NikProblem = 'format' | 'date';

const NIK = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{4})$/;

/**
 * Parses a NIK: `PP KK CC DDMMYY SSSS`, women's day + 40. Rejects anything but 16 digits and
 * impossible date parts (day 0, 32–40, 72+, month 13, 31 April); 29 February is accepted
 * because the century is unknown.
 *
 * @example parseNik('3303014508900001') // { ok: true, nik: { sex: 'P', birthDay: 5, birthMonth: 8, … } }
 */
export function parseNik(
  value: string,
): { ok: true; nik: Nik } | { ok: false; problem: NikProblem } {
  const m = NIK.exec(value);
  if (!m) return { ok: false, problem: 'format' };
  const [, pp = '', kk = '', cc = '', dd = '', mm = '', yy = '', serial = ''] = m;
  const rawDay = Number(dd);
  const month = Number(mm);
  const sex = rawDay > 40 ? 'P' : 'L';
  const day = sex === 'P' ? rawDay - 40 : rawDay;
  // 2000 is a leap year, so any 29 February passes; other month lengths do not depend on the year.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) {
    return { ok: false, problem: 'date' };
  }
  return {
    ok: true,
    nik: {
      value,
      provinceCode: pp,
      regencyCode: `${pp}.${kk}`,
      districtCode: `${pp}.${kk}.${cc}`,
      birthDay: day,
      birthMonth: month,
      birthYear2: Number(yy),
      sex,
      serial,
    },
  };
}

/** A part of the NIK that disagrees with the stated birth date or sex. */
export type NikMismatch = 'day' | 'month' | 'year' | 'sex';

/**
 * Compares a NIK with the stated birth date and sex. Dukcapil never reissues a NIK when a
 * birth date is corrected, so a disagreement is a warning for the officer, not an error.
 *
 * @example compareNikWithPerson(nik, '1990-08-05', 'P') // []
 */
export function compareNikWithPerson(nik: Nik, birthDate: string, sex: 'L' | 'P'): NikMismatch[] {
  const b = parseIsoDate(birthDate);
  const out: NikMismatch[] = [];
  if (b) {
    if (b.day !== nik.birthDay) out.push('day');
    if (b.month !== nik.birthMonth) out.push('month');
    if (b.year % 100 !== nik.birthYear2) out.push('year');
  }
  if (sex !== nik.sex) out.push('sex');
  return out;
}
