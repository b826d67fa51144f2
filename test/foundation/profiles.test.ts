import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error';
import { evaluate } from '../../src/evaluate';
import { PROFILE_IDS, type ProfileOverrides, profiles } from '../../src/profiles/index';
import { defineProfile } from '../../src/profiles/resolve';
import { Profile } from '../../src/schemas/profile';
import { type Patch, patch, reaktivasi } from '../rules/fixtures';
import { validationErrorOf } from './helpers';

describe('built-in profiles', () => {
  it.each(PROFILE_IDS.map((id) => [id]))('%s parses with Profile.parse and keeps its id', (id) => {
    const p = profiles[id];
    expect(Profile.parse(p)).toEqual(p);
    expect(p.id).toBe(id);
    expect(p.city.length).toBeGreaterThan(0);
  });

  it.each([
    ['purbalingga', '33.03', 'kabupaten'],
    ['magetan', '35.20', 'kabupaten'],
    ['pematangsiantar', '12.72', 'kota'],
    ['bulukumba', '73.02', 'kabupaten'],
    ['garut', '32.05', 'kabupaten'],
  ] as const)('%s serves region %s, a %s', (id, code, kind) => {
    expect(profiles[id].region).toMatchObject({ code, kind });
  });

  it('the national baseline has no region', () => {
    expect(profiles.nasional.region).toBeUndefined();
  });
});

/** Kabupaten Sragen (33.14), derived from the national baseline with a stricter SOP. */
const sragenOverrides = {
  id: 'sragen',
  name: 'Dinas Sosial Kabupaten Sragen',
  city: 'Sragen',
  region: { code: '33.14', name: 'Sragen', kind: 'kabupaten', province: 'Jawa Tengah' },
  letterhead: { government: 'PEMERINTAH KABUPATEN SRAGEN', agency: ['DINAS SOSIAL'] },
  officials: [
    {
      id: 'kepala-dinas',
      position: 'Kepala Dinas Sosial Kabupaten Sragen',
      name: 'Drs. CONTOH NAMA, M.Si.',
      rank: 'Pembina Utama Muda',
      grade: 'IV/c',
      nip: '196512201986031009',
    },
    { id: 'kabid-linjamsos', position: 'Kepala Bidang Linjamsos', nip: '19800315 200501 2 004' },
  ],
  signers: [
    { official: 'kepala-dinas', delegation: 'none' },
    { official: 'kabid-linjamsos', delegation: 'an' },
  ],
  defaultSigner: 'kepala-dinas',
  paraf: ['kabid-linjamsos'],
  addressee: { title: 'Kepala Kantor Cabang BPJS Kesehatan Sragen', place: 'Sragen' },
  policy: {
    reaktivasi: {
      windowBound: 'kurang-dari',
      residentsOnly: true,
      requirements: { add: ['sktm'], waive: [] },
    },
  },
} satisfies ProfileOverrides;

const sragen = defineProfile('nasional', sragenOverrides);

/** A reactivation by a Sragen resident with every document Sragen asks for. */
const sragenCase = (changes: Patch = {}) =>
  patch(
    reaktivasi('33.03', {
      applicant: {
        nik: '3314014508900001',
        kk: '3314010101090001',
        birthPlace: 'Sragen',
        address: { village: 'Sragen Wetan', district: 'Sragen', regencyCode: '33.14' },
      },
      documents: [
        'ktp',
        'kk',
        'kartu-jkn',
        'surat-keterangan-faskes',
        'surat-status-kepesertaan',
        'sktm',
      ],
    }),
    changes,
  );

describe('defineProfile derives a new office (Sragen from nasional)', () => {
  it('keeps the new identity, officials and policy', () => {
    expect(sragen).toMatchObject({
      id: 'sragen',
      name: 'Dinas Sosial Kabupaten Sragen',
      city: 'Sragen',
      region: { code: '33.14' },
      defaultSigner: 'kepala-dinas',
      paraf: ['kabid-linjamsos'],
      letterhead: { government: 'PEMERINTAH KABUPATEN SRAGEN' },
      // inherited from the base
      letterNumberPattern: profiles.nasional.letterNumberPattern,
      sla: profiles.nasional.sla,
    });
    expect(sragen.officials.map((o) => o.nip)).toEqual([
      '196512201986031009',
      '19800315 200501 2 004',
    ]);
    expect(sragen.policy.reaktivasi).toMatchObject({
      windowBound: 'kurang-dari',
      residentsOnly: true,
      requirements: { add: ['sktm'], waive: [] },
    });
    expect(Profile.parse(sragen)).toEqual(sragen);
  });

  it('leaves the base profile unchanged', () => {
    expect(profiles.nasional.id).toBe('nasional');
    expect(profiles.nasional.policy.reaktivasi.windowBound).toBeUndefined();
  });

  it('gives an id of its own when none is given', () => {
    expect(defineProfile('magetan', { city: 'Maospati' }).id).not.toBe('magetan');
  });

  const table: [string, Patch, string, string[], string][] = [
    [
      'A Sragen resident with every document, 6 weeks after deactivation, is eligible in Sragen and nationally',
      {},
      'eligible',
      [],
      'eligible',
    ],
    [
      'Received exactly 6 months after deactivation: inside "paling lama" (nasional), outside "kurang dari" (Sragen)',
      { receivedOn: '2026-06-15' },
      'ineligible',
      ['reactivation-window-expired'],
      'eligible',
    ],
    [
      'A Purbalingga resident is outside Sragen’s service area but served nationally',
      {
        applicant: {
          nik: '3303014508900001',
          kk: '3303010101090001',
          address: { regencyCode: '33.03' },
        },
      },
      'ineligible',
      ['outside-service-area'],
      'eligible',
    ],
    [
      'Without an SKTM the case is incomplete in Sragen (added requirement) but complete nationally',
      {
        documents: [
          'ktp',
          'kk',
          'kartu-jkn',
          'surat-keterangan-faskes',
          'surat-status-kepesertaan',
        ] as never,
      },
      'incomplete',
      ['document-missing'],
      'eligible',
    ],
  ];

  it.each(table)('%s', async (_name, changes, outcome, reasons, national) => {
    const input = sragenCase(changes);
    const d = await evaluate(input, { profile: sragen });
    expect({ outcome: d.outcome, reasons: d.reasons.map((r) => r.code) }).toEqual({
      outcome,
      reasons,
    });
    expect(d.profile).toBe('sragen');
    if (reasons.includes('document-missing')) expect(d.missingDocuments).toEqual(['sktm']);
    expect((await evaluate(input, { profile: 'nasional' })).outcome).toBe(national);
  });
});

type BadOverride = [string, unknown, unknown, string[], string];

const badOverrides: BadOverride[] = [
  [
    'a signer who is not an official',
    'magetan',
    { signers: [{ official: 'sekdin' }], defaultSigner: 'sekdin' },
    ['overrides', 'signers', '0', 'official'],
    'unknown-official',
  ],
  [
    'a default signer who is not an official',
    'magetan',
    { defaultSigner: 'sekdin' },
    ['overrides', 'defaultSigner'],
    'unknown-official',
  ],
  [
    'a paraf by someone who is not an official',
    'magetan',
    { paraf: ['kepala-dinas', 'sekdin'] },
    ['overrides', 'paraf', '1'],
    'unknown-official',
  ],
  [
    'a NIP of 17 digits',
    'nasional',
    { officials: [{ id: 'kepala-dinas', position: 'Kepala Dinas', nip: '19651220198603100' }] },
    ['overrides', 'officials', '0', 'nip'],
    'nip-format',
  ],
  [
    'a NIP with sex digit 3',
    'nasional',
    { officials: [{ id: 'kepala-dinas', position: 'Kepala Dinas', nip: '196512201986033009' }] },
    ['overrides', 'officials', '0', 'nip'],
    'nip-format',
  ],
  [
    'residentsOnly without a region',
    'nasional',
    { policy: { pendaftaran: { residentsOnly: true } } },
    ['overrides', 'region'],
    'required',
  ],
  [
    'a reactivation window of 7 months (longer than the national 6)',
    'nasional',
    { policy: { reaktivasi: { windowMonths: 7 } } },
    ['overrides', 'policy', 'reaktivasi', 'windowMonths'],
    'out-of-range',
  ],
  [
    'an unknown window bound',
    'nasional',
    { policy: { reaktivasi: { windowBound: 'sebelum' } } },
    ['overrides', 'policy', 'reaktivasi', 'windowBound'],
    'invalid-option',
  ],
  [
    'an unknown requirement',
    'nasional',
    { policy: { reaktivasi: { requirements: { add: ['paspor'] } } } },
    ['overrides', 'policy', 'reaktivasi', 'requirements', 'add', '0'],
    'invalid-option',
  ],
  ['an unknown field', 'garut', { kota: 'Garut' }, ['overrides', 'kota'], 'unknown-key'],
  [
    'a JSON-parsed __proto__ field',
    'garut',
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    ['overrides', '__proto__'],
    'unknown-key',
  ],
  [
    'an id with capitals and spaces',
    'nasional',
    { id: 'Dinsos Sragen' },
    ['overrides', 'id'],
    'invalid-format',
  ],
  [
    'a 5,000-character office name',
    'nasional',
    { name: 'x'.repeat(5000) },
    ['overrides', 'name'],
    'too-long',
  ],
  [
    'a control character in the city',
    'nasional',
    { city: 'Sragen\u0007' },
    ['overrides', 'city'],
    'invalid-character',
  ],
  ['null overrides', 'magetan', null, ['overrides'], 'invalid-type'],
  ['a string as overrides', 'magetan', 'sragen', ['overrides'], 'invalid-type'],
  ['an unknown base profile', 'nope', {}, ['base'], 'unknown-profile'],
  ['no base profile', undefined, {}, ['base'], 'required'],
  ['a null base profile', null, {}, ['base'], 'unknown-profile'],
  ['a base profile object missing its fields', { id: 'x' }, {}, ['base', 'name'], 'required'],
];

describe('defineProfile refuses bad overrides with a ValidationError, never a TypeError', () => {
  it.each(badOverrides)('refuses %s', (_name, base, overrides, path, code) => {
    for (const locale of ['id', 'en'] as const) {
      const e = validationErrorOf(() => defineProfile(base as never, overrides as never, locale));
      expect(e).toBeInstanceOf(ValidationError);
      expect(e.locale).toBe(locale);
      expect(e.issues.map((i) => ({ path: i.path, code: i.code }))).toContainEqual({ path, code });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes the messages in the requested locale', () => {
    const id = validationErrorOf(() => defineProfile('magetan', { defaultSigner: 'sekdin' }, 'id'));
    const en = validationErrorOf(() => defineProfile('magetan', { defaultSigner: 'sekdin' }, 'en'));
    expect(id.issues[0]?.message).toContain('pejabat "sekdin" tidak ada di profil');
    expect(en.issues[0]?.message).toContain('official "sekdin" is not in the profile');
  });

  it('evaluate() refuses an invalid profile object under options.profile', async () => {
    const bad = { ...profiles.magetan, defaultSigner: 'sekdin' };
    await expect(evaluate(reaktivasi(), { profile: bad })).rejects.toBeInstanceOf(ValidationError);
    await evaluate(reaktivasi(), { profile: bad }).catch((e: ValidationError) => {
      expect(e.issues.map((i) => i.path)).toContainEqual(['options', 'profile', 'defaultSigner']);
    });
  });

  it('Profile.safeParse(null) reports an error instead of throwing', () => {
    expect(() => Profile.safeParse(null)).not.toThrow();
  });

  it('a misspelt service in policy overrides is refused', () => {
    expect(() =>
      defineProfile('magetan', { policy: { reaktivasii: { windowMonths: 3 } } } as never),
    ).toThrow(ValidationError);
  });

  it('a non-object letterhead or sla override is refused', () => {
    expect(() => defineProfile('magetan', { letterhead: 5, sla: null } as never)).toThrow(
      ValidationError,
    );
  });
});
