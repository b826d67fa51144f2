import type { Localized } from '../i18n/locale';

/** Stable ids of every validation problem; apps branch on these, never on the text. */
export type ValidationCode =
  | 'required'
  | 'invalid-type'
  | 'unknown-key'
  | 'invalid-option'
  | 'too-long'
  | 'too-short'
  | 'too-many'
  | 'out-of-range'
  | 'invalid-format'
  | 'invalid-character'
  | 'invalid-date'
  | 'date-after-received'
  | 'nik-format'
  | 'nik-date'
  | 'kk-format'
  | 'card-format'
  | 'nip-format'
  | 'region-code-format'
  | 'membership-required'
  | 'unknown-document'
  | 'unknown-profile'
  | 'as-of-out-of-range'
  | 'unknown-official'
  | 'unknown-letter-kind'
  | 'decision-mismatch'
  | 'template-invalid'
  | 'invalid-value'
  | 'checks-pending'
  | 'logo-format';

/** Data a message may print. Identifiers arrive here already masked. */
export type IssueParams = {
  expected?: string;
  received?: string;
  key?: string;
  options?: readonly string[];
  max?: number;
  min?: number;
  value?: string;
  field?: string;
  detail?: string;
};

type MessageCatalog = Record<ValidationCode, (p: IssueParams) => string>;

const list = (xs: readonly string[] | undefined) => (xs ?? []).join(', ');

const id: MessageCatalog = {
  required: () => 'wajib diisi',
  'invalid-type': (p) => `jenis data salah: seharusnya ${typeName(p.expected, 'id')}`,
  'unknown-key': (p) => `kolom "${p.key}" tidak dikenal`,
  'invalid-option': (p) => `nilai tidak dikenal; pilihan: ${list(p.options)}`,
  'too-long': (p) => `terlalu panjang: paling banyak ${p.max} karakter`,
  'too-short': (p) => `terlalu pendek: paling sedikit ${p.min} karakter`,
  'too-many': (p) => `terlalu banyak isian: paling banyak ${p.max}`,
  'out-of-range': (p) =>
    p.min !== undefined && p.max !== undefined
      ? `di luar rentang ${p.min}–${p.max}`
      : p.max !== undefined
        ? `terlalu besar: paling besar ${p.max}`
        : `terlalu kecil: paling kecil ${p.min ?? '?'}`,
  'invalid-format': (p) => `format tidak sesuai${p.detail ? `: ${p.detail}` : ''}`,
  'invalid-character': () =>
    'berisi karakter kendali yang tidak dapat dicetak dalam surat; hapus karakter tersebut',
  'invalid-date': () => 'tanggal tidak valid: gunakan TTTT-BB-HH dan tanggal yang ada di kalender',
  'date-after-received': (p) =>
    `${p.field === 'birthDate' ? 'tanggal lahir' : 'tanggal penonaktifan'} tidak boleh sesudah tanggal permohonan diterima`,
  'nik-format': (p) => `NIK ${p.value ?? ''} harus 16 digit angka`.replace('  ', ' '),
  'nik-date': (p) => `NIK ${p.value ?? ''} tidak valid: bagian tanggal lahirnya tidak mungkin`,
  'kk-format': (p) => `nomor KK ${p.value ?? ''} harus 16 digit angka`.replace('  ', ' '),
  'card-format': () => 'nomor kartu JKN-KIS harus 13 digit angka',
  'nip-format': () => 'NIP harus 18 digit angka (PNS atau PPPK)',
  'region-code-format': () => 'kode wilayah Kemendagri harus berbentuk PP.KK, misalnya 33.03',
  'membership-required': (p) =>
    `data kepesertaan JKN-KIS wajib diisi untuk layanan ${p.value ?? 'ini'}`,
  'unknown-document': (p) =>
    `jenis dokumen "${p.value}" tidak dikenal; pilihan: ${list(p.options)}`,
  'unknown-profile': (p) => `profil "${p.value}" tidak dikenal; pilihan: ${list(p.options)}`,
  'as-of-out-of-range': (p) =>
    `tanggal acuan ${p.value ?? ''} di luar jangkauan: aturan hanya tersedia sejak ${p.detail}`,
  'unknown-official': (p) =>
    `pejabat "${p.value}" tidak ada di profil; pilihan: ${list(p.options)}`,
  'unknown-letter-kind': (p) =>
    `jenis surat "${p.value}" tidak dikenal; pilihan: ${list(p.options)}`,
  'decision-mismatch': (p) => `keputusan tidak cocok dengan permohonan: ${p.detail ?? ''}`,
  'template-invalid': (p) => `templat surat tidak dapat dipakai: ${p.detail ?? ''}`,
  'invalid-value': (p) => `nilai tidak valid${p.detail ? `: ${p.detail}` : ''}`,
  'checks-pending': (p) =>
    `pengecekan kantor belum selesai (${list(p.options)}); surat kepada pemohon tidak dibuat sebelum pengecekan selesai`,
  'logo-format': () => 'logo harus berupa gambar PNG atau JPEG',
};

const en: MessageCatalog = {
  required: () => 'is required',
  'invalid-type': (p) => `wrong type: expected ${typeName(p.expected, 'en')}`,
  'unknown-key': (p) => `unknown field "${p.key}"`,
  'invalid-option': (p) => `unknown value; choose one of: ${list(p.options)}`,
  'too-long': (p) => `too long: at most ${p.max} characters`,
  'too-short': (p) => `too short: at least ${p.min} characters`,
  'too-many': (p) => `too many entries: at most ${p.max}`,
  'out-of-range': (p) =>
    p.min !== undefined && p.max !== undefined
      ? `outside the range ${p.min}–${p.max}`
      : p.max !== undefined
        ? `too large: at most ${p.max}`
        : `too small: at least ${p.min ?? '?'}`,
  'invalid-format': (p) => `wrong format${p.detail ? `: ${p.detail}` : ''}`,
  'invalid-character': () =>
    'contains control characters that cannot be printed in a letter; remove them',
  'invalid-date': () => 'invalid date: use YYYY-MM-DD and a day that exists on the calendar',
  'date-after-received': (p) =>
    `${p.field === 'birthDate' ? 'birth date' : 'deactivation date'} cannot be after the date the application was received`,
  'nik-format': (p) => `NIK ${p.value ?? ''} must be 16 digits`.replace('  ', ' '),
  'nik-date': (p) => `NIK ${p.value ?? ''} is invalid: its birth-date part is impossible`,
  'kk-format': (p) => `KK number ${p.value ?? ''} must be 16 digits`.replace('  ', ' '),
  'card-format': () => 'JKN-KIS card number must be 13 digits',
  'nip-format': () => 'NIP must be 18 digits (PNS or PPPK)',
  'region-code-format': () => 'Kemendagri region code must look like PP.KK, e.g. 33.03',
  'membership-required': (p) =>
    `JKN-KIS membership data is required for the ${p.value ?? 'this'} service`,
  'unknown-document': (p) =>
    `unknown document kind "${p.value}"; choose one of: ${list(p.options)}`,
  'unknown-profile': (p) => `unknown profile "${p.value}"; choose one of: ${list(p.options)}`,
  'as-of-out-of-range': (p) =>
    `reference date ${p.value ?? ''} is out of range: rules exist only from ${p.detail}`,
  'unknown-official': (p) =>
    `official "${p.value}" is not in the profile; choose one of: ${list(p.options)}`,
  'unknown-letter-kind': (p) =>
    `unknown letter kind "${p.value}"; choose one of: ${list(p.options)}`,
  'decision-mismatch': (p) => `the decision does not match the application: ${p.detail ?? ''}`,
  'template-invalid': (p) => `the letter template cannot be used: ${p.detail ?? ''}`,
  'invalid-value': (p) => `invalid value${p.detail ? `: ${p.detail}` : ''}`,
  'checks-pending': (p) =>
    `the office's own checks are not finished (${list(p.options)}); no letter goes to the applicant until they are`,
  'logo-format': () => 'the logo must be a PNG or JPEG image',
};

function typeName(expected: string | undefined, locale: 'id' | 'en'): string {
  const names: Localized<Record<string, string>> = {
    id: {
      string: 'teks',
      number: 'angka',
      int: 'bilangan bulat',
      boolean: 'ya/tidak (true/false)',
      object: 'objek',
      array: 'daftar',
    },
    en: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      object: 'an object',
      array: 'a list',
    },
  };
  return (expected && names[locale][expected]) ?? expected ?? '?';
}

/** The validation message catalogue, one function per code per locale. */
export const validationMessages: Localized<MessageCatalog> = { id, en };

/** Summary line that opens a {@link ValidationError}'s message. */
export const validationSummary: Localized<(count: number) => string> = {
  id: (n) => `Data tidak valid (${n} masalah)`,
  en: (n) => `Invalid input (${n} problem${n === 1 ? '' : 's'})`,
};
