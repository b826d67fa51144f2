import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../../src/errors/validation-error';
import { evaluate } from '../../src/evaluate';
import { LOCALES } from '../../src/i18n/locale';
import { maskIdentifiersIn } from '../../src/identifiers/mask';
import { CaseInput } from '../../src/schemas/case-input';
import { parseOrThrow } from '../../src/schemas/parse';
import { reaktivasi } from '../rules/fixtures';
import { KK, NIK, rejectionOf, specExample, validationErrorOf } from './helpers';

/** A NIK with an impossible date part (31 April): the NIK field refuses it, printing it masked. */
const BAD_DATE_NIK = '3303013104900001';

type Row = {
  name: string;
  /** The full identifier (digits only) that must never be printed. */
  secret: string;
  input?: unknown;
  /** Extra evaluate() options (for identifiers typed into options). */
  options?: Record<string, unknown>;
  /** Where the issue is, masked as it is reported. */
  path: string[];
  /** The masked form the message shows (last 4 digits kept), when the message prints the value. */
  shows?: string;
};

const applicantWith = (changes: Record<string, unknown>) =>
  specExample({ applicant: changes as never });
const withKey = (key: string) => ({ ...specExample(), [key]: 1 });

const rows: Row[] = [
  {
    name: 'a NIK with an extra digit',
    secret: NIK,
    input: applicantWith({ nik: `${NIK}7` }),
    path: ['applicant', 'nik'],
    shows: '*************0017',
  },
  {
    name: 'a NIK with a letter after it',
    secret: NIK,
    input: applicantWith({ nik: `${NIK}x` }),
    path: ['applicant', 'nik'],
    shows: '001x',
  },
  {
    name: 'a NIK written in groups with spaces',
    secret: NIK,
    input: applicantWith({ nik: '3303 0145 0890 0001' }),
    path: ['applicant', 'nik'],
    shows: '0001',
  },
  {
    name: 'a NIK with an impossible date part',
    secret: BAD_DATE_NIK,
    input: applicantWith({ nik: BAD_DATE_NIK }),
    path: ['applicant', 'nik'],
    shows: '************0001',
  },
  {
    name: 'a KK with an extra digit',
    secret: KK,
    input: applicantWith({ kk: `${KK}5` }),
    path: ['applicant', 'kk'],
    shows: '*************0015',
  },
  {
    name: 'a KK written with dots',
    secret: KK,
    input: applicantWith({ kk: '3303.0101.0109.0001' }),
    path: ['applicant', 'kk'],
    shows: '0001',
  },
  {
    name: 'a NIK typed into the KK field next to a bad NIK',
    secret: BAD_DATE_NIK,
    input: applicantWith({ nik: BAD_DATE_NIK, kk: `${BAD_DATE_NIK}0` }),
    path: ['applicant', 'nik'],
    shows: '0001',
  },
  {
    name: 'a NIK typed into the name field (with a control character)',
    secret: NIK,
    input: applicantWith({ name: `${NIK}\u0007` }),
    path: ['applicant', 'name'],
  },
  {
    name: 'a NIK typed into the name field (too long)',
    secret: NIK,
    input: applicantWith({ name: `${NIK} ${'x'.repeat(200)}` }),
    path: ['applicant', 'name'],
  },
  {
    name: 'a NIK typed into the JKN card number',
    secret: NIK,
    input: specExample({ membership: { cardNumber: NIK } }),
    path: ['membership', 'cardNumber'],
  },
  {
    name: 'a NIK given as a document kind',
    secret: NIK,
    input: specExample({ documents: [NIK] as never }),
    path: ['documents', '0'],
    shows: '************0001',
  },
  {
    name: 'a KK given as the kind of a document object',
    secret: KK,
    input: specExample({ documents: [{ kind: KK }] as never }),
    path: ['documents', '0', 'kind'],
    shows: '************0001',
  },
  {
    name: 'a NIK given as the service',
    secret: NIK,
    input: specExample({ service: NIK }),
    path: ['service'],
  },
  {
    name: 'a 16-digit number as an unknown key name',
    secret: NIK,
    input: withKey(NIK),
    path: ['************0001'],
    shows: '************0001',
  },
  {
    name: 'a NIK with dashes as an unknown key name',
    secret: NIK,
    input: withKey('3303-0145-0890-0001'),
    path: ['****-****-****-0001'],
    shows: '****-****-****-0001',
  },
  {
    name: 'a KK as an unknown key in the address',
    secret: KK,
    input: specExample({ applicant: { address: { [KK]: 'x' } } }),
    path: ['applicant', 'address', '************0001'],
    shows: '************0001',
  },
  {
    name: 'a NIK as the profile name',
    secret: NIK,
    input: specExample(),
    options: { profile: NIK },
    path: ['options', 'profile'],
    shows: '************0001',
  },
  {
    name: 'a NIK written in groups as the profile name',
    secret: NIK,
    input: specExample(),
    options: { profile: '3303 0145 0890 0001' },
    path: ['options', 'profile'],
    shows: '**** **** **** 0001',
  },
  {
    name: 'a NIK as the asOf date',
    secret: NIK,
    input: specExample(),
    options: { asOf: NIK },
    path: ['options', 'asOf'],
  },
];

/** Every place a full identifier could leak from an error. */
function leaks(e: ValidationError, secret: string): string[] {
  const grouped = secret.match(/.{4}/g)?.join(' ') ?? secret;
  const texts = {
    message: e.message,
    stack: e.stack ?? '',
    issues: JSON.stringify(e.issues),
    string: String(e),
  };
  return Object.entries(texts)
    .filter(([, t]) => t.includes(secret) || t.includes(grouped) || t.replace(/\D/g, '') === secret)
    .map(([where]) => where);
}

describe('a full NIK or KK never appears in a ValidationError', () => {
  const cases = LOCALES.flatMap((locale) => rows.map((r) => [r.name, locale, r] as const));

  it.each(cases)('%s (%s)', async (_name, locale, row) => {
    const e = await rejectionOf(
      evaluate(row.input, { profile: 'nasional', locale, ...row.options } as never),
    );
    expect(e.issues.map((i) => i.path)).toContainEqual(row.path);
    expect(leaks(e, row.secret)).toEqual([]);
    if (row.shows) {
      expect(e.message).toContain(row.shows);
      expect(JSON.stringify(e.issues)).toContain(row.shows);
    }
  });

  it.each(
    LOCALES.flatMap((locale) =>
      rows.filter((r) => !r.options).map((r) => [r.name, locale, r] as const),
    ),
  )('parseOrThrow(CaseInput) masks %s (%s)', (_name, locale, row) => {
    const e = validationErrorOf(() => parseOrThrow(CaseInput, row.input, locale));
    expect(leaks(e, row.secret)).toEqual([]);
  });

  it.each([
    ['a bare NIK', NIK, '************0001'],
    ['a NIK with spaces', '3303 0145 0890 0001', '**** **** **** 0001'],
    ['a KK with dashes', '3303-0101-0109-0001', '****-****-****-0001'],
    ['a NIK inside a sentence', `NIK ${NIK} salah`, 'NIK ************0001 salah'],
    ['a date (kept)', 'sejak 2020-01-01', 'sejak 2020-01-01'],
    ['a short number (kept)', 'desil 1–10, rt 002', 'desil 1–10, rt 002'],
  ])('maskIdentifiersIn masks %s', (_name, text, masked) => {
    expect(maskIdentifiersIn(text)).toBe(masked);
  });
});

describe('evaluate() refuses bad options and out-of-range dates', () => {
  const valid = reaktivasi();
  const table: [string, unknown, Record<string, unknown>, string[], string, string, string][] = [
    [
      'an unknown profile',
      valid,
      { profile: 'sragen' },
      ['options', 'profile'],
      'unknown-profile',
      'profil "sragen" tidak dikenal',
      'unknown profile "sragen"',
    ],
    [
      'a missing profile',
      valid,
      {},
      ['options', 'profile'],
      'required',
      'wajib diisi',
      'is required',
    ],
    [
      'an asOf of 2019-12-31, before the rules begin',
      valid,
      { profile: 'nasional', asOf: '2019-12-31' },
      ['options', 'asOf'],
      'as-of-out-of-range',
      'sejak 2020-01-01',
      'only from 2020-01-01',
    ],
    [
      'an asOf that does not exist',
      valid,
      { profile: 'nasional', asOf: '2026-02-30' },
      ['options', 'asOf'],
      'invalid-date',
      'tanggal tidak valid',
      'invalid date',
    ],
    [
      'an asOf given as a number',
      valid,
      { profile: 'nasional', asOf: 20260302 },
      ['options', 'asOf'],
      'invalid-date',
      'tanggal tidak valid',
      'invalid date',
    ],
    [
      'a case received on 2019-12-31 (asOf defaults to it)',
      reaktivasi('33.03', {
        receivedOn: '2019-12-31',
        membership: { deactivatedOn: '2019-11-01' },
      }),
      { profile: 'nasional' },
      ['receivedOn'],
      'as-of-out-of-range',
      'tanggal acuan 2019-12-31 di luar jangkauan',
      'reference date 2019-12-31 is out of range',
    ],
  ];

  it.each(table)('%s', async (_name, input, options, path, code, id, en) => {
    for (const [locale, fragment] of [
      ['id', id],
      ['en', en],
    ] as const) {
      const e = await rejectionOf(evaluate(input, { ...options, locale } as never));
      expect(e.issues.map((i) => ({ path: i.path, code: i.code }))).toEqual([{ path, code }]);
      expect(e.issues[0]?.message).toContain(fragment);
      expect(e.locale).toBe(locale);
    }
  });

  it('refuses an unknown locale at options.locale and writes in Indonesian', async () => {
    const e = await rejectionOf(evaluate(valid, { profile: 'nasional', locale: 'fr' as never }));
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [['options', 'locale'], 'invalid-option'],
    ]);
    expect(e.issues[0]?.message).toContain('pilihan: id, en');
  });

  it('lists problems in the options and in the case together', async () => {
    const e = await rejectionOf(evaluate(null, { profile: 'nope' as never, locale: 'en' }));
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [['options', 'profile'], 'unknown-profile'],
      [[], 'invalid-type'],
    ]);
  });

  it.each([
    ['options null', null],
    ['options a string', 'nasional'],
    ['profile null', { profile: null }],
    ['profile a number', { profile: 7 }],
    ['profile an empty object', { profile: {} }],
  ])('rejects with a ValidationError for %s', async (_name, options) => {
    const e = await rejectionOf(evaluate(valid, options as never));
    expect(e.issues.length).toBeGreaterThan(0);
    expect(e.issues.every((i) => i.path[0] === 'options')).toBe(true);
  });
});
