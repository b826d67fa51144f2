/**
 * The law issue's readings as a rule table: the deadline counts from receipt, unknown facts are
 * undecided (never passed), refusals point to the one route that helps, and the 2025–2026
 * operating rules warn the officer without refusing or holding a case. Each row is named in
 * Indonesian and English so a reviewer can check it in either.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import { canonicalJson } from '../../src/hash/canonical-json';
import { sha256HexOfText } from '../../src/hash/sha256';
import { PROFILE_IDS, profiles } from '../../src/profiles/index';
import { rulesetFor } from '../../src/rules/ruleset';
import { CaseInput } from '../../src/schemas/case-input';
import type { NextStepCode, ReasonCode } from '../../src/schemas/decision';
import { PACKAGE_VERSION } from '../../src/version';
import { pendaftaran, pengalihan, reaktivasi } from './fixtures';

type Row = {
  id: string;
  en: string;
  profile?: (typeof PROFILE_IDS)[number];
  input: unknown;
  asOf?: string;
  outcome: 'eligible' | 'incomplete' | 'ineligible';
  reasons: ReasonCode[];
  nextSteps?: NextStepCode[];
  undecided?: string[];
  notPassed?: string[];
};

const ROWS: Row[] = [
  {
    id: 'Berkas yang diterima tepat waktu tetap tepat waktu walaupun diputus setelah batas waktu reaktivasi berakhir',
    en: 'A file received in time stays in time when it is decided after the window closed',
    input: reaktivasi('33.03', {
      receivedOn: '2026-01-10',
      membership: { deactivatedOn: '2025-07-15' },
    }),
    asOf: '2026-03-02',
    outcome: 'eligible',
    reasons: [],
  },
  {
    id: 'Berkas yang diterima sehari setelah batas waktu berakhir terlambat, kapan pun diputus',
    en: 'A file received one day after the window closed is late, whenever it is decided',
    input: reaktivasi('33.03', {
      receivedOn: '2026-01-16',
      membership: { deactivatedOn: '2025-07-15' },
    }),
    asOf: '2026-03-02',
    outcome: 'ineligible',
    reasons: ['reactivation-window-expired'],
    nextSteps: ['propose-new-registration'],
  },
  {
    id: 'Tanpa data DTSEN, aturan "terdaftar di DTSEN" belum dapat diputus, bukan dinyatakan terpenuhi',
    en: 'Without DTSEN data the rule "registered in DTSEN" is undecided, not passed',
    input: reaktivasi('33.03', {
      welfare: { dtks: undefined, dtsen: undefined, verifiedPoor: undefined },
    }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    nextSteps: ['complete-checks'],
    undecided: ['welfare.dtsen', 'welfare.dtsen-decile'],
  },
  {
    id: 'Magetan: bila SK kepesertaan BPJS belum dicek, aturan "masih tercantum di BPJS" belum dapat diputus',
    en: 'Magetan: with the BPJS roster unchecked, "BPJS still lists the applicant" is undecided',
    profile: 'magetan',
    input: reaktivasi('35.20', { membership: { inBpjsRoster: undefined } }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    undecided: ['membership.bpjs-roster'],
  },
  {
    id: 'Garut: pemohon dari luar daerah diarahkan ke Dinas Sosial tempat tinggalnya, bukan diminta melengkapi berkas',
    en: 'Garut: an applicant from elsewhere is sent to their home Dinas Sosial, not asked to complete the file',
    profile: 'garut',
    input: reaktivasi('33.03', { documents: ['ktp'] }),
    outcome: 'ineligible',
    reasons: ['outside-service-area', 'document-missing', 'document-missing', 'document-missing'],
    nextSteps: ['apply-at-home-office'],
  },
  {
    id: 'Peserta mandiri (PBPU) yang meminta reaktivasi diarahkan ke layanan pengalihan',
    en: 'A self-paying (PBPU) member asking for reactivation is sent to the pengalihan service',
    input: reaktivasi('33.03', { membership: { segment: 'PBPU' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible'],
    nextSteps: ['apply-pengalihan'],
  },
  {
    id: 'Data yang tidak padan dengan Dukcapil diarahkan ke Dinas Dukcapil, tanpa permintaan melengkapi dokumen',
    en: 'A Dukcapil mismatch is sent to Dukcapil, with no request to complete documents',
    input: pendaftaran('12.72', { verification: { dukcapilMatch: false }, documents: ['ktp'] }),
    outcome: 'ineligible',
    reasons: ['dukcapil-mismatch', 'document-missing'],
    nextSteps: ['update-population-data'],
  },
  {
    id: 'Kepesertaan ganda diarahkan ke Kantor Cabang BPJS Kesehatan',
    en: 'A duplicate membership is sent to the BPJS Kesehatan branch office',
    input: pengalihan('12.72', { verification: { duplicateMembership: true } }),
    outcome: 'ineligible',
    reasons: ['duplicate-membership'],
    nextSteps: ['resolve-duplicate-membership'],
  },
  {
    id: 'Penonaktifan dalam gelombang Januari 2026 hanya memberi peringatan syarat gelombang, tidak menolak',
    en: 'A deactivation in the January 2026 wave only warns of the wave conditions; it refuses nothing',
    input: reaktivasi('33.03', {
      membership: { deactivatedOn: '2026-01-22', deactivationDecree: '03/HUK/2026' },
      welfare: { dtsen: { registered: true, desil: 3 } },
    }),
    outcome: 'eligible',
    reasons: ['deactivation-wave'],
  },
  {
    id: 'Penonaktifan Mei 2025 termasuk gelombang Mei 2025 (peringatan)',
    en: 'A May 2025 deactivation belongs to the May 2025 wave (warning)',
    input: reaktivasi('33.03', {
      receivedOn: '2025-09-01',
      membership: { deactivatedOn: '2025-05-20' },
    }),
    outcome: 'eligible',
    reasons: ['deactivation-wave'],
  },
  {
    id: 'Kepesertaan aktif pada Maret 2026 diberi peringatan bahwa mungkin reaktivasi otomatis sementara',
    en: 'An active membership in March 2026 is warned that it may be the temporary automatic reactivation',
    input: reaktivasi('33.03', { membership: { status: 'aktif', deactivatedOn: undefined } }),
    outcome: 'ineligible',
    reasons: ['membership-active', 'temporary-reactivation'],
  },
  {
    id: 'Kepesertaan aktif pada Juni 2026, setelah masa reaktivasi otomatis, tanpa peringatan itu',
    en: 'An active membership in June 2026, after the automatic reactivation period, gets no such warning',
    input: reaktivasi('33.03', {
      receivedOn: '2026-06-02',
      membership: { status: 'aktif', deactivatedOn: undefined },
    }),
    outcome: 'ineligible',
    reasons: ['membership-active'],
  },
  {
    id: 'Bayi di bawah satu tahun: petugas diingatkan menanyakan status PBI ibunya; keputusan tidak berubah',
    en: "A baby under one: the officer is reminded to ask about the mother's PBI; the outcome does not change",
    input: reaktivasi('33.03', {
      applicant: { birthDate: '2025-11-05', nik: '3303014511250001' },
      documents: ['akta-kelahiran', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'],
    }),
    outcome: 'eligible',
    reasons: ['infant-of-deleted-mother'],
  },
  {
    id: 'Bayi yang PBI ibunya tidak dihapus: tanpa peringatan',
    en: "A baby whose mother's PBI was not deleted: no warning",
    input: reaktivasi('33.03', {
      applicant: { birthDate: '2025-11-05', nik: '3303014511250001', motherPbiDeleted: false },
      documents: ['akta-kelahiran', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'],
    }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    id: 'Sejak arahan Pusdatin 18 Februari 2026, penolakan karena desil menyebut keterangan "masih layak" dari Dinsos',
    en: 'From the Pusdatin guidance of 18 February 2026, a decile refusal names the Dinsos "masih layak" statement',
    input: reaktivasi('33.03', { welfare: { dtsen: { registered: true, desil: 7 } } }),
    outcome: 'ineligible',
    reasons: ['welfare-decile-too-high'],
    nextSteps: ['update-welfare-data', 'dinsos-keterangan-masih-layak'],
  },
  {
    id: 'Sebelum 18 Februari 2026, penolakan karena desil tidak menyebut keterangan "masih layak"',
    en: 'Before 18 February 2026 a decile refusal does not name the "masih layak" statement',
    input: reaktivasi('33.03', {
      receivedOn: '2026-02-10',
      welfare: { dtsen: { registered: true, desil: 7 } },
    }),
    outcome: 'ineligible',
    reasons: ['welfare-decile-too-high'],
    nextSteps: ['update-welfare-data'],
  },
];

describe('law table (2025–2026 readings)', () => {
  it.each(ROWS.map((r) => [`${r.en} / ${r.id}`, r] as const))('%s', async (_n, r) => {
    const d = await evaluate(r.input, {
      profile: r.profile ?? 'nasional',
      ...(r.asOf ? { asOf: r.asOf } : {}),
    });
    expect({ outcome: d.outcome, reasons: d.reasons.map((x) => x.code).sort() }).toEqual({
      outcome: r.outcome,
      reasons: [...r.reasons].sort(),
    });
    if (r.nextSteps) expect(d.nextSteps.map((s) => s.code)).toEqual(r.nextSteps);
    for (const id of r.undecided ?? []) {
      expect(d.undecided.map((u) => u.ruleId)).toContain(id);
      expect(d.passed.map((p) => p.ruleId)).not.toContain(id);
    }
    if (d.outcome === 'ineligible')
      for (const s of d.nextSteps)
        expect(['complete-documents', 'complete-checks', 'obtain-health-letter']).not.toContain(
          s.code,
        );
  });

  it('The 1 February 2026 submission step names both routes of Pasal 20(4); before it, one', async () => {
    const after = await evaluate(reaktivasi('33.03'), { profile: 'nasional' });
    expect(after.nextSteps.find((s) => s.code === 'submit-to-bpjs')?.message).toMatch(
      /Pasal 20 ayat \(4\).*kanal layanan administrasi BPJS.*SIKS-NG/,
    );
    const before = await evaluate(
      reaktivasi('33.03', {
        receivedOn: '2026-01-20',
        membership: { deactivatedOn: '2025-12-01' },
      }),
      { profile: 'nasional' },
    );
    expect(before.regime).toBe('permensos-21-2019');
    expect(before.nextSteps.find((s) => s.code === 'submit-to-bpjs')?.message).not.toMatch(
      /Pasal 20/,
    );
  });
});

describe('a decision can be traced to its case and package', () => {
  it('caseSha256 is the SHA-256 of the canonical JSON of the parsed case; packageVersion is this package', async () => {
    const input = reaktivasi('33.03');
    const d = await evaluate(input, { profile: 'nasional' });
    expect(d.caseSha256).toBe(sha256HexOfText(canonicalJson(CaseInput.parse(input))));
    expect(d.packageVersion).toBe(PACKAGE_VERSION);
    const reordered = Object.fromEntries(Object.entries(input as object).reverse());
    expect((await evaluate(reordered, { profile: 'nasional' })).caseSha256).toBe(d.caseSha256);
    const other = await evaluate(reaktivasi('33.03', { applicant: { name: 'Siti Aminah B' } }), {
      profile: 'nasional',
    });
    expect(other.caseSha256).not.toBe(d.caseSha256);
  });
});

describe('property: passed, undecided and the failing reasons partition the ruleset', () => {
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const arb = fc.record({
    profile: fc.constantFrom(...PROFILE_IDS),
    service: fc.constantFrom('reaktivasi', 'pendaftaran', 'pengalihan'),
    receivedOn: fc.constantFrom('2024-06-03', '2025-06-02', '2026-01-20', '2026-03-02'),
    segment: fc.constantFrom('PBI-APBN', 'PBI-APBD', 'PBPU', 'NONE'),
    status: fc.constantFrom('aktif', 'nonaktif'),
    deactivatedOn: maybe(fc.constantFrom('2023-12-01', '2025-05-20', '2025-12-15')),
    inBpjsRoster: maybe(fc.boolean()),
    dtks: maybe(fc.boolean()),
    dtsen: maybe(
      fc.record({ registered: fc.boolean(), desil: maybe(fc.integer({ min: 1, max: 10 })) }),
    ),
    verifiedPoor: maybe(fc.boolean()),
    needsCare: maybe(fc.boolean()),
    dukcapilMatch: maybe(fc.boolean()),
    duplicateMembership: maybe(fc.boolean()),
    documents: fc.subarray(['ktp', 'kia', 'kk', 'kartu-jkn', 'surat-keterangan-faskes', 'sktm']),
    regencyCode: fc.constantFrom('33.03', '35.20', '32.05', '12.72', '73.02'),
  });
  it('for random cases every rule in force is exactly one of passed, undecided or fired', async () => {
    await fc.assert(
      fc.asyncProperty(arb, async (a) => {
        const clean = <T extends object>(o: T) =>
          Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
        const input = {
          service: a.service,
          receivedOn: a.receivedOn,
          applicant: (reaktivasi(a.regencyCode) as { applicant: unknown }).applicant,
          membership: clean({
            segment: a.segment,
            status: a.status,
            deactivatedOn:
              a.deactivatedOn && a.deactivatedOn <= a.receivedOn ? a.deactivatedOn : undefined,
            inBpjsRoster: a.inBpjsRoster,
          }),
          welfare: clean({
            dtks: a.dtks,
            dtsen: a.dtsen ? clean(a.dtsen) : undefined,
            verifiedPoor: a.verifiedPoor,
          }),
          health: clean({ needsCare: a.needsCare }),
          verification: clean({
            dukcapilMatch: a.dukcapilMatch,
            duplicateMembership: a.duplicateMembership,
          }),
          documents: a.documents,
        };
        const d = await evaluate(input, { profile: a.profile });
        const all = rulesetFor(profiles[a.profile], a.service, d.asOf).rules.map((r) => r.id);
        const fired = d.reasons.map((r) => r.ruleId);
        const passed = d.passed.map((p) => p.ruleId);
        const undecided = d.undecided.map((u) => u.ruleId);
        expect([...fired, ...passed, ...undecided].sort()).toEqual([...all].sort());
        for (const u of undecided) {
          expect(passed).not.toContain(u);
          expect(fired).not.toContain(u);
        }
        for (const u of d.undecided)
          expect(
            d.reasons.some((r) => r.code === 'check-pending' && r.params.check === u.check),
          ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('typed reason params', () => {
  it('every rule gives its reason code every param the code declares', async () => {
    const { RULES } = await import('../../src/rules/ruleset');
    const { REASON_PARAM_KEYS } = await import('../../src/rules/reason-params');
    for (const r of RULES) {
      const given = new Set<string>([...(r.params ?? []), ...Object.keys(r.fixedParams ?? {})]);
      for (const k of REASON_PARAM_KEYS[r.reason])
        expect(given.has(k as string), `${r.id}: ${String(k)}`).toBe(true);
    }
  });
});
