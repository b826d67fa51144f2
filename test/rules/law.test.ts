import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/dates/iso-date';
import { evaluate } from '../../src/evaluate';
import { PROFILE_IDS } from '../../src/profiles/index';
import { CITATIONS, INSTRUMENTS } from '../../src/rules/law';
import { PARAMETERS, parameterAt, RULES_START } from '../../src/rules/parameters';
import { RULES } from '../../src/rules/ruleset';
import { CASES } from './cases/index';
import { reaktivasi } from './fixtures';

describe('dated parameters', () => {
  it.each(Object.entries(PARAMETERS))(
    '%s: values follow each other day after day, without gap or overlap',
    (_name, p) => {
      const values = p.values as readonly { validFrom: string; validTo?: string }[];
      values.forEach((v, i) => {
        const next = values[i + 1];
        if (next) {
          expect(v.validTo, 'only the last value may stay open').toBeDefined();
          expect(addDays(v.validTo as string, 1)).toBe(next.validFrom);
        } else {
          expect(v.validTo, 'the last value is still in force').toBeUndefined();
        }
        if (v.validTo) expect(v.validFrom <= v.validTo).toBe(true);
      });
      expect((values[0]?.validFrom ?? '') >= RULES_START).toBe(true);
    },
  );

  it.each([
    ['regime', '2026-01-31', 'permensos-21-2019'],
    ['regime', '2026-02-01', 'permensos-3-2026'],
    ['registry', '2025-04-30', 'dtks'],
    ['registry', '2025-05-01', 'dtsen'],
    ['desilLimit', '2025-04-30', undefined],
    ['desilLimit', '2025-05-01', 5],
    ['reactivationWindowMonths', RULES_START, 6],
    ['healthLetterRequired', '2026-01-31', false],
    ['healthLetterRequired', '2026-02-01', true],
  ] as const)('%s on %s is %s', (name, day, value) => {
    expect(parameterAt(name, day)).toBe(value);
  });

  it('every parameter value cites a known citation', () => {
    for (const p of Object.values(PARAMETERS)) {
      for (const v of p.values) for (const c of v.citations) expect(CITATIONS).toHaveProperty(c);
    }
  });
});

describe('citations follow research-legal.md', () => {
  it.each(Object.entries(CITATIONS))(
    '%s is verified only when its source is primary text [P]',
    (_id, c) => {
      expect(c.verified).toBe(c.source.includes('[P]'));
      expect(INSTRUMENTS).toHaveProperty(c.instrument);
    },
  );

  it.each([
    ['Permensos 21/2019 Pasal 5', 'p21-pasal-5'],
    ['Permensos 21/2019 Pasal 8', 'p21-pasal-8'],
    ['the ayat of the 6-month limit in Permensos 3/2026', 'p3-pasal-20-batas'],
  ] as const)('%s stays unverified until its primary text is checked', (_label, id) => {
    expect(CITATIONS[id].verified).toBe(false);
  });

  it('Permensos 3/2026 Pasal 20(3), read on pasal.id, is verified', () => {
    expect(CITATIONS['p3-pasal-20-3'].verified).toBe(true);
  });

  it('every rule cites only known citations, and has a title in both languages', () => {
    for (const r of RULES) {
      for (const c of r.citations) expect(CITATIONS).toHaveProperty(c);
      expect(r.title.id.length * r.title.en.length).toBeGreaterThan(0);
    }
  });

  it('rule ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe('every eligibility reason in the rule tables cites its legal basis', () => {
  for (const profile of PROFILE_IDS) {
    it(`${profile}: each eligibility reason has at least one citation, each in force at asOf`, async () => {
      for (const c of CASES[profile]) {
        const d = await evaluate(c.input, { profile, ...(c.asOf ? { asOf: c.asOf } : {}) });
        for (const r of d.reasons.filter((x) => x.kind === 'eligibility')) {
          expect(r.legalBasis.length, `${c.name}: ${r.ruleId}`).toBeGreaterThan(0);
          const names = r.legalBasis.map((b) => b.instrument);
          if (d.regime === 'permensos-3-2026')
            expect(names).not.toContain('Permensos No. 21 Tahun 2019');
          else expect(names).not.toContain('Permensos No. 3 Tahun 2026');
        }
      }
    });
  }
});

describe('regional departures cite both the national article and the SOP', () => {
  const window = { receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-02' } };
  it.each([
    ['purbalingga', '33.03', 'SOP AP 460/053/2022', 'Langkah 2a'],
    ['bulukumba', '73.02', 'Layanan Surat Keterangan Reaktivasi PBI BPJS APBN', 'Persyaratan 1'],
  ] as const)(
    '%s: "kurang dari 6 bulan" cites Permensos 3/2026 Pasal 20 (unverified) and the SOP (verified)',
    async (profile, region, sop, step) => {
      const d = await evaluate(reaktivasi(region, window), { profile });
      const reason = d.reasons.find((r) => r.code === 'reactivation-window-expired');
      expect(reason?.legalBasis).toEqual([
        expect.objectContaining({
          instrument: 'Permensos No. 3 Tahun 2026',
          article: 'Pasal 20 (ayat tidak diperoleh)',
          verified: false,
        }),
        expect.objectContaining({
          verified: true,
          source: expect.stringMatching(/^shared\/seeds\//),
        }),
      ]);
      const local = reason?.legalBasis[1];
      expect(`${local?.instrument} ${local?.title}`).toContain(sop);
      expect(local?.article).toContain(step);
    },
  );

  it('under Permensos 21/2019 the same Purbalingga reason cites Pasal 8 instead', async () => {
    const d = await evaluate(
      reaktivasi('33.03', {
        receivedOn: '2025-03-03',
        membership: { deactivatedOn: '2024-09-03' },
        welfare: { dtsen: undefined },
      }),
      { profile: 'purbalingga' },
    );
    const reason = d.reasons.find((r) => r.code === 'reactivation-window-expired');
    expect(reason?.legalBasis[0]).toMatchObject({
      instrument: 'Permensos No. 21 Tahun 2019',
      article: 'Pasal 8',
      verified: false,
    });
  });

  it('the national window (Magetan keeps it) cites no SOP', async () => {
    const d = await evaluate(reaktivasi('35.20', { membership: { deactivatedOn: '2025-01-02' } }), {
      profile: 'magetan',
    });
    const reason = d.reasons.find((r) => r.code === 'reactivation-window-expired');
    expect(reason?.legalBasis.map((b) => b.instrument)).toEqual(['Permensos No. 3 Tahun 2026']);
  });

  it('Pematangsiantar’s looser DTKS rule cites the SOP Peringatan when it refuses a family', async () => {
    const d = await evaluate(
      {
        ...(await import('./fixtures')).pendaftaran('12.72', {
          receivedOn: '2024-06-03',
          welfare: { dtks: false, dtsen: undefined, verifiedPoor: false },
        }),
      },
      { profile: 'pematangsiantar' },
    );
    const reason = d.reasons.find((r) => r.code === 'not-in-welfare-registry');
    expect(reason?.legalBasis.map((b) => b.article)).toEqual([
      'Pasal 5 ayat (1)',
      expect.stringContaining('Peringatan'),
    ]);
  });
});

describe('document requirements a SOP adds cite the step that names that document', () => {
  it.each([
    ['surat-status-kepesertaan', 'bukti keterangan dari BPJS'],
    ['surat-keterangan-faskes', 'Surat dari RS atau Puskesmas'],
  ] as const)('Purbalingga: a missing %s cites the SOP words "%s"', async (requirement, words) => {
    const d = await evaluate(
      reaktivasi('33.03', {
        receivedOn: '2025-12-01',
        membership: { deactivatedOn: '2025-10-01' },
        documents: ['ktp', 'kk', 'kartu-jkn'],
      }),
      { profile: 'purbalingga' },
    );
    const reason = d.reasons.find((r) => r.params.requirement === requirement);
    expect(reason?.legalBasis.at(-1)?.article).toContain(words);
  });

  it('Purbalingga’s health-facility letter is a departure under Permensos 21/2019 but not from 1 February 2026, when the national rule asks for it too', async () => {
    const { profileDepartures } = await import('../../src/rules/departures');
    const { profiles: all } = await import('../../src/profiles/index');
    const added = (asOf: string) =>
      profileDepartures(all.purbalingga, asOf)
        .filter((d) => d.knob === 'requirements')
        .map((d) => d.description.id)
        .join();
    expect(added('2026-01-31')).toContain('rumah sakit atau puskesmas');
    expect(added('2026-02-01')).not.toContain('rumah sakit atau puskesmas');
    expect(added('2026-02-01')).toContain('status kepesertaan');
  });
});
