import { describe, expect, it } from 'vitest';
import { CaseInput } from '../../src/schemas/case-input';
import { parseOrThrow } from '../../src/schemas/parse';
import { pendaftaran, pengalihan, reaktivasi } from '../rules/fixtures';
import { caseIssues, KK, NIK, SPEC_EXAMPLE_JSON, specExample, validationErrorOf } from './helpers';

const LONG = 'a'.repeat(5000);
const applicantWith = (changes: Record<string, unknown>) =>
  specExample({ applicant: changes as never });
/** The SPEC example with a JSON text spliced in at the start of an object (for `__proto__` keys). */
const withRawKey = (rawKey: string, where: 'root' | 'applicant') => {
  const json =
    where === 'root'
      ? SPEC_EXAMPLE_JSON.replace('{', `{ ${rawKey},`)
      : SPEC_EXAMPLE_JSON.replace('"applicant": {', `"applicant": { ${rawKey},`);
  return JSON.parse(json) as unknown;
};

describe('CaseInput accepts the SPEC §1.1 example and its variants', () => {
  it('parses the SPEC example unchanged', () => {
    const example = JSON.parse(SPEC_EXAMPLE_JSON);
    expect(CaseInput.parse(example)).toEqual(example);
  });

  const accepted: [string, unknown][] = [
    ['the SPEC example as written', specExample()],
    ['a reactivation built by the rule fixtures', reaktivasi()],
    [
      'a new registration with no membership at all (someone never enrolled)',
      specExample({ service: 'pendaftaran', membership: undefined }),
    ],
    ['a new registration from the rule fixtures', pendaftaran()],
    [
      'a new registration whose membership has no card number',
      specExample({
        service: 'pendaftaran',
        membership: { cardNumber: undefined, segment: 'NONE', status: 'nonaktif' },
      }),
    ],
    [
      'a transfer from PBPU (mandiri) to PBI',
      specExample({
        service: 'pengalihan',
        membership: {
          segment: 'PBPU',
          status: 'aktif',
          deactivatedOn: undefined,
          deactivationDecree: undefined,
        },
      }),
    ],
    ['a transfer from the rule fixtures', pengalihan()],
    [
      'documents given only as plain kind names',
      specExample({ documents: ['ktp', 'kia', 'akta-kelahiran', 'kk', 'sktm'] as never }),
    ],
    [
      'documents given as {kind, stamped, issuedOn} objects',
      specExample({
        documents: [
          { kind: 'surat-keterangan-faskes', issuedOn: '2026-02-20' },
          { kind: 'surat-pernyataan-tidak-mampu-bayar', stamped: false, issuedOn: '2026-03-01' },
          { kind: 'surat-status-kepesertaan' },
        ] as never,
      }),
    ],
    ['no documents yet', specExample({ documents: [] })],
    [
      'every optional field omitted',
      specExample({
        applicant: { birthPlace: undefined, phone: undefined },
        membership: {
          cardNumber: undefined,
          deactivatedOn: undefined,
          deactivationDecree: undefined,
          inBpjsRoster: undefined,
        },
        welfare: undefined,
        health: undefined,
        verification: undefined,
      }),
    ],
    [
      'empty welfare, health and verification objects (nothing checked yet)',
      specExample({ welfare: {}, health: {}, verification: {} }),
    ],
    [
      'a DTSEN entry registered without a desil',
      specExample({ welfare: { dtsen: { registered: true, desil: undefined } } }),
    ],
    [
      'a name with {tags} and <&> (letters print them literally)',
      applicantWith({ name: 'Siti {nama} <b>Aminah</b> & {#loop}' }),
    ],
    ['a name with an apostrophe and accents', applicantWith({ name: 'Nur’aini Ṣalihah Dèwi' })],
    [
      'a street with a newline and a tab (characters a letter can hold)',
      specExample({ applicant: { address: { street: 'Jl. Mawar 3\n\tRT 2' } } }),
    ],
    [
      'a NIK dated 29 February (the century is unknown)',
      applicantWith({ nik: '3303012902900001', birthDate: '1990-03-01' }),
    ],
    [
      "a woman's NIK dated 29 February (day 69)",
      applicantWith({ nik: '3303016902000001', birthDate: '2000-02-29' }),
    ],
    [
      'a NIK whose date part disagrees with birthDate and sex (a warning, not an error)',
      applicantWith({ nik: '3303010101800001' }),
    ],
    [
      'a birth date and a deactivation on the day the application was received',
      specExample({
        applicant: { birthDate: '2026-03-02' },
        membership: { deactivatedOn: '2026-03-02' },
      }),
    ],
    [
      'a Kota region code (12.72) and a region pbi-jk does not know (33.04)',
      specExample({ applicant: { address: { regencyCode: '33.04' } } }),
    ],
  ];

  it.each(accepted)('accepts %s', (_name, input) => {
    expect(caseIssues(input, 'en')).toEqual([]);
    expect(CaseInput.safeParse(input).success).toBe(true);
  });

  it('trims names but keeps them otherwise as written', () => {
    const parsed = CaseInput.parse(applicantWith({ name: '  Siti {nama} <&>  ' }));
    expect(parsed.applicant.name).toBe('Siti {nama} <&>');
  });
});

type Bad = {
  name: string;
  input: unknown;
  path: string[];
  code: string;
  id: string;
  en: string;
};

const DOC_OPTIONS = 'ktp, kia, akta-kelahiran, kk, kartu-jkn';

const bad: Bad[] = [
  // Wrong types and null
  {
    name: 'null instead of a case',
    input: null,
    path: [],
    code: 'invalid-type',
    id: 'seharusnya objek',
    en: 'expected an object',
  },
  {
    name: 'an array instead of a case',
    input: [specExample()],
    path: [],
    code: 'invalid-type',
    id: 'seharusnya objek',
    en: 'expected an object',
  },
  {
    name: 'a string instead of a case',
    input: SPEC_EXAMPLE_JSON,
    path: [],
    code: 'invalid-type',
    id: 'jenis data salah',
    en: 'wrong type',
  },
  {
    name: 'a number for the name',
    input: applicantWith({ name: 42 }),
    path: ['applicant', 'name'],
    code: 'invalid-type',
    id: 'seharusnya teks',
    en: 'expected text',
  },
  {
    name: 'null for the name',
    input: applicantWith({ name: null }),
    path: ['applicant', 'name'],
    code: 'invalid-type',
    id: 'seharusnya teks',
    en: 'expected text',
  },
  {
    name: 'null for the membership',
    input: specExample({ membership: null }),
    path: ['membership'],
    code: 'invalid-type',
    id: 'seharusnya objek',
    en: 'expected an object',
  },
  {
    name: 'a string "ya" for dtks',
    input: specExample({ welfare: { dtks: 'ya' } }),
    path: ['welfare', 'dtks'],
    code: 'invalid-type',
    id: 'ya/tidak',
    en: 'true or false',
  },
  {
    name: 'a single document name instead of a list',
    input: specExample({ documents: 'ktp' }),
    path: ['documents'],
    code: 'invalid-type',
    id: 'seharusnya daftar',
    en: 'expected a list',
  },
  {
    name: 'a number as a document',
    input: specExample({ documents: ['ktp', 7] as never }),
    path: ['documents', '1'],
    code: 'invalid-type',
    id: 'jenis data salah',
    en: 'wrong type',
  },
  {
    name: 'a desil of 11',
    input: specExample({ welfare: { dtsen: { registered: true, desil: 11 } } }),
    path: ['welfare', 'dtsen', 'desil'],
    code: 'out-of-range',
    id: 'paling besar 10',
    en: 'at most 10',
  },
  {
    name: 'a desil of 0',
    input: specExample({ welfare: { dtsen: { registered: true, desil: 0 } } }),
    path: ['welfare', 'dtsen', 'desil'],
    code: 'out-of-range',
    id: 'paling kecil 1',
    en: 'at least 1',
  },
  {
    name: 'a desil of 2.5',
    input: specExample({ welfare: { dtsen: { registered: true, desil: 2.5 } } }),
    path: ['welfare', 'dtsen', 'desil'],
    code: 'invalid-type',
    id: 'seharusnya bilangan bulat',
    en: 'expected a whole number',
  },
  {
    name: 'a DTSEN entry without "registered"',
    input: specExample({ welfare: { dtsen: { registered: undefined, desil: 3 } } }),
    path: ['welfare', 'dtsen', 'registered'],
    code: 'required',
    id: 'wajib diisi',
    en: 'is required',
  },
  {
    name: '51 documents',
    input: specExample({ documents: Array.from({ length: 51 }, () => 'ktp') as never }),
    path: ['documents'],
    code: 'too-many',
    id: 'paling banyak 50',
    en: 'at most 50',
  },
  {
    name: 'an RT written in words',
    input: specExample({ applicant: { address: { rt: 'dua' } } }),
    path: ['applicant', 'address', 'rt'],
    code: 'invalid-format',
    id: 'format tidak sesuai',
    en: 'wrong format',
  },
  {
    name: 'sex "W"',
    input: applicantWith({ sex: 'W' }),
    path: ['applicant', 'sex'],
    code: 'invalid-option',
    id: 'pilihan: L, P',
    en: 'choose one of: L, P',
  },
  {
    name: 'an empty name',
    input: applicantWith({ name: '   ' }),
    path: ['applicant', 'name'],
    code: 'required',
    id: 'wajib diisi',
    en: 'is required',
  },
  {
    name: 'a region code without the dot',
    input: specExample({ applicant: { address: { regencyCode: '3303' } } }),
    path: ['applicant', 'address', 'regencyCode'],
    code: 'region-code-format',
    id: 'PP.KK',
    en: 'PP.KK',
  },
  // Identifiers
  {
    name: 'a NIK of 15 digits',
    input: applicantWith({ nik: NIK.slice(1) }),
    path: ['applicant', 'nik'],
    code: 'nik-format',
    id: 'harus 16 digit angka',
    en: 'must be 16 digits',
  },
  {
    name: 'a NIK of 17 digits',
    input: applicantWith({ nik: `${NIK}9` }),
    path: ['applicant', 'nik'],
    code: 'nik-format',
    id: 'harus 16 digit angka',
    en: 'must be 16 digits',
  },
  {
    name: 'a NIK with a letter',
    input: applicantWith({ nik: '33030145089O0001' }),
    path: ['applicant', 'nik'],
    code: 'nik-format',
    id: 'harus 16 digit angka',
    en: 'must be 16 digits',
  },
  {
    name: 'a NIK written as a number',
    input: applicantWith({ nik: 3303014508900001 }),
    path: ['applicant', 'nik'],
    code: 'invalid-type',
    id: 'seharusnya teks',
    en: 'expected text',
  },
  {
    name: 'a NIK with an impossible date part (31 April)',
    input: applicantWith({ nik: '3303013104900001' }),
    path: ['applicant', 'nik'],
    code: 'nik-date',
    id: 'bagian tanggal lahirnya tidak mungkin',
    en: 'birth-date part is impossible',
  },
  {
    name: 'a KK of 15 digits',
    input: applicantWith({ kk: KK.slice(1) }),
    path: ['applicant', 'kk'],
    code: 'kk-format',
    id: 'nomor KK',
    en: 'KK number',
  },
  {
    name: 'a KK with dashes',
    input: applicantWith({ kk: '3303-0101-0109-0001' }),
    path: ['applicant', 'kk'],
    code: 'kk-format',
    id: 'harus 16 digit angka',
    en: 'must be 16 digits',
  },
  {
    name: 'a JKN-KIS card number of 12 digits',
    input: specExample({ membership: { cardNumber: '000123456789' } }),
    path: ['membership', 'cardNumber'],
    code: 'card-format',
    id: 'harus 13 digit angka',
    en: 'must be 13 digits',
  },
  {
    name: 'a JKN-KIS card number of 14 digits',
    input: specExample({ membership: { cardNumber: '00012345678901' } }),
    path: ['membership', 'cardNumber'],
    code: 'card-format',
    id: 'harus 13 digit angka',
    en: 'must be 13 digits',
  },
  // Dates
  ...(
    [
      ['2026-02-30', '30 February'],
      ['2026-13-01', 'month 13'],
      ['2026-3-2', 'no leading zeros'],
      ['2026-04-31', '31 April'],
      ['02-03-2026', 'day first'],
      ['2026-03-02T00:00:00Z', 'a timestamp'],
    ] as const
  ).map(
    ([date, what]): Bad => ({
      name: `a received date ${date} (${what})`,
      input: specExample({ receivedOn: date }),
      path: ['receivedOn'],
      code: 'invalid-date',
      id: 'tanggal tidak valid',
      en: 'invalid date',
    }),
  ),
  {
    name: 'a birth date 1990-02-29 (not a leap year)',
    input: applicantWith({ birthDate: '1990-02-29' }),
    path: ['applicant', 'birthDate'],
    code: 'invalid-date',
    id: 'TTTT-BB-HH',
    en: 'YYYY-MM-DD',
  },
  {
    name: 'a document issued on 2026-02-30',
    input: specExample({ documents: [{ kind: 'sktm', issuedOn: '2026-02-30' }] as never }),
    path: ['documents', '0', 'issuedOn'],
    code: 'invalid-date',
    id: 'tanggal tidak valid',
    en: 'invalid date',
  },
  {
    name: 'a birth date after the application was received',
    input: applicantWith({ birthDate: '2026-03-03' }),
    path: ['applicant', 'birthDate'],
    code: 'date-after-received',
    id: 'tanggal lahir tidak boleh sesudah tanggal permohonan diterima',
    en: 'birth date cannot be after the date the application was received',
  },
  {
    name: 'a deactivation after the application was received',
    input: specExample({ membership: { deactivatedOn: '2026-04-01' } }),
    path: ['membership', 'deactivatedOn'],
    code: 'date-after-received',
    id: 'tanggal penonaktifan tidak boleh sesudah',
    en: 'deactivation date cannot be after',
  },
  // Membership by service
  {
    name: 'a reactivation without membership',
    input: specExample({ membership: undefined }),
    path: ['membership'],
    code: 'membership-required',
    id: 'wajib diisi untuk layanan reaktivasi',
    en: 'required for the reaktivasi service',
  },
  {
    name: 'a transfer without membership',
    input: specExample({ service: 'pengalihan', membership: undefined }),
    path: ['membership'],
    code: 'membership-required',
    id: 'wajib diisi untuk layanan pengalihan',
    en: 'required for the pengalihan service',
  },
  // Enumerations
  {
    name: 'an unknown document kind given as a string',
    input: specExample({ documents: ['ktp', 'paspor'] as never }),
    path: ['documents', '1'],
    code: 'unknown-document',
    id: `jenis dokumen "paspor" tidak dikenal; pilihan: ${DOC_OPTIONS}`,
    en: `unknown document kind "paspor"; choose one of: ${DOC_OPTIONS}`,
  },
  {
    name: 'an unknown document kind given as an object',
    input: specExample({ documents: ['ktp', { kind: 'paspor', stamped: true }] as never }),
    path: ['documents', '1', 'kind'],
    code: 'unknown-document',
    id: 'jenis dokumen "paspor" tidak dikenal',
    en: 'unknown document kind "paspor"',
  },
  {
    name: 'a document object with an unknown field',
    input: specExample({ documents: [{ kind: 'sktm', signed: true }] as never }),
    path: ['documents', '0', 'signed'],
    code: 'unknown-key',
    id: 'kolom "signed" tidak dikenal',
    en: 'unknown field "signed"',
  },
  {
    name: 'an unknown service',
    input: specExample({ service: 'perpanjangan' }),
    path: ['service'],
    code: 'invalid-option',
    id: 'pilihan: reaktivasi, pendaftaran, pengalihan',
    en: 'choose one of: reaktivasi, pendaftaran, pengalihan',
  },
  {
    name: 'a missing service',
    input: specExample({ service: undefined }),
    path: ['service'],
    code: 'required',
    id: 'wajib diisi',
    en: 'is required',
  },
  {
    name: 'an unknown segment',
    input: specExample({ membership: { segment: 'PBI' } }),
    path: ['membership', 'segment'],
    code: 'invalid-option',
    id: 'PBI-APBN, PBI-APBD, PBPU, PPU, BP, NONE',
    en: 'PBI-APBN, PBI-APBD, PBPU, PPU, BP, NONE',
  },
  // Unknown and hostile keys
  {
    name: 'an unknown key at the root',
    input: specExample({ catatan: 'x' }),
    path: ['catatan'],
    code: 'unknown-key',
    id: 'kolom "catatan" tidak dikenal',
    en: 'unknown field "catatan"',
  },
  {
    name: 'an unknown key in the address',
    input: specExample({ applicant: { address: { postalCode: '53371' } } }),
    path: ['applicant', 'address', 'postalCode'],
    code: 'unknown-key',
    id: 'kolom "postalCode" tidak dikenal',
    en: 'unknown field "postalCode"',
  },
  {
    name: 'a JSON-parsed __proto__ key at the root',
    input: withRawKey('"__proto__": { "polluted": "yes" }', 'root'),
    path: ['__proto__'],
    code: 'unknown-key',
    id: 'kolom "__proto__" tidak dikenal',
    en: 'unknown field "__proto__"',
  },
  {
    name: 'a JSON-parsed __proto__ key in the applicant',
    input: withRawKey('"__proto__": { "polluted": "yes", "name": 1 }', 'applicant'),
    path: ['applicant', '__proto__'],
    code: 'unknown-key',
    id: 'kolom "__proto__" tidak dikenal',
    en: 'unknown field "__proto__"',
  },
  {
    name: 'a constructor.prototype key',
    input: withRawKey('"constructor": { "prototype": { "polluted": "yes" } }', 'root'),
    path: ['constructor'],
    code: 'unknown-key',
    id: 'kolom "constructor" tidak dikenal',
    en: 'unknown field "constructor"',
  },
  // Long strings and characters a letter cannot hold
  {
    name: 'a 5,000-character name',
    input: applicantWith({ name: LONG }),
    path: ['applicant', 'name'],
    code: 'too-long',
    id: 'terlalu panjang: paling banyak 150 karakter',
    en: 'too long: at most 150 characters',
  },
  {
    name: 'a 5,000-character street',
    input: specExample({ applicant: { address: { street: LONG } } }),
    path: ['applicant', 'address', 'street'],
    code: 'too-long',
    id: 'paling banyak 200 karakter',
    en: 'at most 200 characters',
  },
  {
    name: 'a 5,000-character NIK',
    input: applicantWith({ nik: '3'.repeat(5000) }),
    path: ['applicant', 'nik'],
    code: 'nik-format',
    id: 'NIK harus 16 digit angka',
    en: 'NIK must be 16 digits',
  },
  {
    name: 'a 5,000-character document kind',
    input: specExample({ documents: [LONG] as never }),
    path: ['documents', '0'],
    code: 'unknown-document',
    id: 'tidak dikenal',
    en: 'unknown document kind',
  },
  {
    name: 'a BEL control character in the name',
    input: applicantWith({ name: 'Siti\u0007Aminah' }),
    path: ['applicant', 'name'],
    code: 'invalid-character',
    id: 'karakter kendali',
    en: 'control characters',
  },
  {
    name: 'a NUL character in the village',
    input: specExample({ applicant: { address: { village: 'Kalimanah\u0000' } } }),
    path: ['applicant', 'address', 'village'],
    code: 'invalid-character',
    id: 'karakter kendali',
    en: 'control characters',
  },
  {
    name: 'a U+FFFE non-character in the birth place',
    input: applicantWith({ birthPlace: 'Purbalingga\uFFFE' }),
    path: ['applicant', 'birthPlace'],
    code: 'invalid-character',
    id: 'karakter kendali',
    en: 'control characters',
  },
  {
    name: 'a lone surrogate in the name',
    input: applicantWith({ name: 'Siti \uD800' }),
    path: ['applicant', 'name'],
    code: 'invalid-character',
    id: 'karakter kendali',
    en: 'control characters',
  },
];

describe('CaseInput refuses each bad input with its path, code and message', () => {
  it.each(bad.map((b) => [b.name, b] as const))('refuses %s', (_name, b) => {
    const id = caseIssues(b.input, 'id');
    const en = caseIssues(b.input, 'en');
    expect(id.map((i) => ({ path: i.path, code: i.code }))).toEqual([
      { path: b.path, code: b.code },
    ]);
    expect(en.map((i) => ({ path: i.path, code: i.code }))).toEqual([
      { path: b.path, code: b.code },
    ]);
    expect(id[0]?.message).toContain(b.id);
    expect(en[0]?.message).toContain(b.en);
    expect(CaseInput.safeParse(b.input).success).toBe(false);
  });

  it.each(bad.filter((b) => b.input !== null).map((b) => [b.name, b] as const))(
    'keeps the message short for %s',
    (_name, b) => {
      for (const issue of caseIssues(b.input, 'en')) expect(issue.message.length).toBeLessThan(400);
    },
  );

  it('keeps the whole error message short for a 5,000-character unknown key', () => {
    const key = 'k'.repeat(5000);
    const e = validationErrorOf(() =>
      parseOrThrow(CaseInput, { ...specExample(), [key]: 1 }, 'en'),
    );
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[[key], 'unknown-key']]);
    expect(e.message.length).toBeLessThan(300);
    expect(e.message).toContain('unknown field "kkkk');
  });

  it('leaves Object.prototype untouched after __proto__ and constructor keys', () => {
    for (const raw of [
      '"__proto__": { "polluted": "yes" }',
      '"constructor": { "prototype": { "polluted": "yes" } }',
    ]) {
      caseIssues(withRawKey(raw, 'root'), 'id');
      caseIssues(withRawKey(raw, 'applicant'), 'en');
      CaseInput.safeParse(withRawKey(raw, 'root'));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('NIK date part: day 1–31 or 41–71, month 1–12, a day the month can have', () => {
  const nik = (ddmm: string) => `330301${ddmm}900001`;
  const table: [string, string, boolean][] = [
    ['day 00', '0008', false],
    ['day 32', '3208', false],
    ['day 40', '4008', false],
    ['day 72 (a woman born on the 32nd)', '7208', false],
    ['day 99', '9908', false],
    ['month 00', '0500', false],
    ['month 13', '0513', false],
    ['31 April (day 31, month 04)', '3104', false],
    ['30 February', '3002', false],
    ['a woman born 31 April (day 71, month 04)', '7104', false],
    ['a woman born 30 February (day 70, month 02)', '7002', false],
    ['1 January', '0101', true],
    ['31 January', '3101', true],
    ['30 April', '3004', true],
    ['29 February (any century may be a leap year)', '2902', true],
    ['a woman born 29 February (day 69)', '6902', true],
    ['a woman born 1 August (day 41)', '4108', true],
    ['a woman born 31 December (day 71)', '7112', true],
  ];
  it.each(table)('%s → accepted: %s', (_name, ddmm, ok) => {
    const issues = caseIssues(applicantWith({ nik: nik(ddmm) }), 'en');
    if (ok) expect(issues).toEqual([]);
    else expect(issues.map((i) => [i.path, i.code])).toEqual([[['applicant', 'nik'], 'nik-date']]);
  });
});

describe('every problem is listed at once', () => {
  const table: [string, unknown, [string[], string][]][] = [
    [
      'a short NIK, an unknown document and an unknown key give three issues',
      specExample({
        applicant: { nik: '12345' },
        documents: ['ktp', 'paspor'] as never,
        catatan: 'x',
      }),
      [
        [['applicant', 'nik'], 'nik-format'],
        [['documents', '1'], 'unknown-document'],
        [['catatan'], 'unknown-key'],
      ],
    ],
    [
      'a reactivation without membership, a future birth date and a control character give three issues',
      specExample({
        membership: undefined,
        applicant: { birthDate: '2027-01-01', name: 'Siti\u0001' },
      }),
      [
        [['applicant', 'name'], 'invalid-character'],
        [['applicant', 'birthDate'], 'date-after-received'],
        [['membership'], 'membership-required'],
      ],
    ],
    [
      'a bad KK, a bad card number and a bad received date give three issues',
      specExample({
        applicant: { kk: '1' },
        membership: { cardNumber: '1' },
        receivedOn: '2026-02-30',
      }),
      [
        [['receivedOn'], 'invalid-date'],
        [['applicant', 'kk'], 'kk-format'],
        [['membership', 'cardNumber'], 'card-format'],
      ],
    ],
    [
      'an empty object lists every required field',
      {},
      [
        [['service'], 'required'],
        [['receivedOn'], 'required'],
        [['applicant'], 'required'],
        [['documents'], 'required'],
      ],
    ],
  ];
  it.each(table)('%s', (_name, input, expected) => {
    for (const locale of ['id', 'en'] as const) {
      const got = caseIssues(input, locale).map((i) => [i.path, i.code]);
      expect(got).toHaveLength(expected.length);
      expect(got).toEqual(expect.arrayContaining(expected));
    }
  });
});
