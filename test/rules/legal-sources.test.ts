/**
 * What a legal reviewer relies on: every statement about the law has a source, a `verified` flag
 * vouches only for primary text or a seed SOP, and every legal date lives in one place.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/dates/iso-date';
import { evaluate } from '../../src/evaluate';
import { PROFILE_IDS, profiles } from '../../src/profiles/index';
import { NATIONAL_REQUIREMENTS } from '../../src/rules/baseline';
import { profileDepartures } from '../../src/rules/departures';
import {
  CITATIONS,
  INSTRUMENTS,
  type Instrument,
  type InstrumentStatement,
  instrumentStatus,
  LEGAL_DATES,
  RULES_START,
} from '../../src/rules/law';
import { RULES } from '../../src/rules/ruleset';
import { pendaftaran, reaktivasi } from './fixtures';

const primaryOrSeed = (source: string) => source.includes('[P]') || source.includes('shared/seeds');

describe('every statement about the law carries a source, and ✓ only for primary text', () => {
  const statements = Object.values(INSTRUMENTS).flatMap((i: Instrument) =>
    i.statements.map((s) => [`${i.id}: ${s.kind}`, s] as const),
  );
  it.each(statements)('%s has a source and an honest flag', (_name, s: InstrumentStatement) => {
    expect(s.source.trim().length).toBeGreaterThan(10);
    expect(s.verified).toBe(primaryOrSeed(s.source) && s.verified);
    if (s.verified) expect(primaryOrSeed(s.source)).toBe(true);
    if (s.date) expect(LEGAL_DATES).toHaveProperty(s.date);
  });

  it.each(Object.entries(CITATIONS))('citation %s: verified only when tagged [P]', (_id, c) => {
    expect(c.source.trim().length).toBeGreaterThan(5);
    expect(c.verified).toBe(c.source.includes('[P]'));
  });

  it.each(Object.entries(LEGAL_DATES))('legal date %s has a source', (_id, d) => {
    expect(d.source.trim().length).toBeGreaterThan(5);
    expect(d.verified).toBe(d.source.includes('[P]'));
  });

  it('an Inpres revokes no Permensos: nothing says Inpres 4/2025 replaced an instrument', () => {
    for (const i of Object.values(INSTRUMENTS) as Instrument[])
      for (const s of i.statements)
        if (s.kind === 'revoked-by' || s.kind === 'replaced-by')
          expect(s.instrument).not.toBe('inpres-4-2025');
  });

  it.each([
    ['permensos-5-2019', '2026-03-01', 'replaced'],
    ['permensos-3-2021', '2026-03-01', 'unknown'],
    ['permensos-3-2021', '2024-06-01', 'in-force'],
    ['permensos-21-2019', '2026-01-31', 'in-force'],
    ['permensos-21-2019', '2026-02-01', 'replaced'],
    ['permensos-3-2026', '2025-12-01', 'not-yet'],
  ] as const)('Status of %s on %s: %s (no invented end date)', (id, asOf, state) => {
    expect(instrumentStatus(id, asOf).state).toBe(state);
  });

  it('no instrument claims an end date that no source gives (5/2016, 5/2019 carry none)', () => {
    expect(INSTRUMENTS['permensos-5-2019']).not.toHaveProperty('validTo');
    expect(INSTRUMENTS['permensos-5-2016']).not.toHaveProperty('validTo');
    expect(INSTRUMENTS['permensos-21-2019']).not.toHaveProperty('validFrom');
  });
});

describe('one home for every legal date', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  const sources = files('src').filter(
    (f) => !f.endsWith('.generated.ts') && !f.endsWith(join('rules', 'law.ts')),
  );
  const legal = new Set<string>([RULES_START]);
  for (const d of Object.values(LEGAL_DATES)) {
    legal.add(d.date);
    legal.add(addDays(d.date, -1));
  }

  it('no module outside src/rules/law.ts writes a legal date (or the day before one)', () => {
    const found: string[] = [];
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/['"`](\d{4}-\d{2}-\d{2})['"`]/g))
        if (m[1] && legal.has(m[1])) found.push(`${f}: ${m[1]}`);
    }
    expect(found).toEqual([]);
  });

  it('src/rules/law.ts writes each legal date once', () => {
    const text = readFileSync(join('src', 'rules', 'law.ts'), 'utf8');
    for (const d of Object.values(LEGAL_DATES))
      expect(text.split(`'${d.date}'`).length - 1, d.date).toBe(1);
  });
});

describe('a ✓ vouches only for what the article says', () => {
  it('KTP, KK and the JKN card never cite Permensos 3/2026 Pasal 20(3); the faskes letter does', () => {
    for (const r of NATIONAL_REQUIREMENTS.reaktivasi) {
      const cites20_3 = r.citations.includes('p3-pasal-20-3');
      expect(cites20_3, r.id).toBe(r.id === 'surat-keterangan-faskes');
    }
  });

  it('A Magetan file missing its KK cites the Magetan SOP step, not an unverified national article as verified', async () => {
    const d = await evaluate(reaktivasi('35.20', { documents: ['ktp', 'kartu-jkn'] }), {
      profile: 'magetan',
    });
    const kk = d.reasons.find((r) => r.params.requirement === 'kk');
    expect(kk?.legalBasis.some((c) => c.instrument.includes('Magetan') && c.verified)).toBe(true);
    expect(kk?.legalBasis.some((c) => c.article?.includes('Pasal 20 ayat (3)'))).toBe(false);
  });

  it('In June 2025 the DTSEN registry does not cite Permensos 3/2026, which did not exist yet', async () => {
    const d = await evaluate(
      pendaftaran('12.72', {
        receivedOn: '2025-06-10',
        welfare: { dtsen: { registered: false }, verifiedPoor: false },
      }),
      { profile: 'nasional' },
    );
    const r = d.reasons.find((x) => x.code === 'not-in-welfare-registry');
    expect(r).toBeDefined();
    for (const c of r?.legalBasis ?? []) expect(c.instrument).not.toContain('3 Tahun 2026');
  });

  it('The desil limit cites a Kemensos policy, unverified, never Inpres 4/2025', async () => {
    const d = await evaluate(
      reaktivasi('33.03', { welfare: { dtsen: { registered: true, desil: 7 } } }),
      { profile: 'nasional' },
    );
    const r = d.reasons.find((x) => x.code === 'welfare-decile-too-high');
    expect(r?.legalBasis.map((c) => c.instrument)).toContain(
      'Kebijakan Kemensos (sasaran PBI-JK desil 1–5)',
    );
    expect(r?.legalBasis.some((c) => c.instrument.startsWith('Inpres'))).toBe(false);
    expect(r?.legalBasis.every((c) => !c.verified || c.instrument.startsWith('SOP'))).toBe(true);
  });

  it('Reactivating a PBI-APBD member under the national rule is marked as an unverified reading', async () => {
    const d = await evaluate(reaktivasi('33.03', { membership: { segment: 'PBPU' } }), {
      profile: 'nasional',
    });
    const r = d.reasons.find((x) => x.code === 'segment-not-eligible');
    const reading = r?.legalBasis.find((c) => c.instrument === 'Penafsiran pbi-jk');
    expect(reading?.verified).toBe(false);
  });

  it('Accepting KIA or akta where the seed asks for a KTP is a departure the rule book shows', () => {
    const magetan = profileDepartures(profiles.magetan).filter((d) => d.knob === 'identityNamed');
    expect(magetan).toHaveLength(1);
    expect(magetan[0]?.direction).toBe('looser');
    expect(profileDepartures(profiles.bulukumba).some((d) => d.knob === 'identityNamed')).toBe(
      false,
    );
  });
});

describe('rules that wait for a check', () => {
  it.each(RULES.filter((r) => r.pendingWith).map((r) => [r.id, r] as const))(
    '%s waits for a check rule of the same services and period',
    (_id, rule) => {
      const check = RULES.find((r) => r.id === rule.pendingWith);
      expect(check?.kind).toBe('check');
      expect(check?.fixedParams?.check).toBeDefined();
      expect(check?.services).toEqual(rule.services);
      expect([check?.validFrom, check?.validTo]).toEqual([rule.validFrom, rule.validTo]);
      expect(check?.enabledBy).toBe(rule.enabledBy);
    },
  );
});

describe('seed fidelity', () => {
  it('Pematangsiantar sends no copy to the Wali Kota (not in its SOP)', () => {
    expect(profiles.pematangsiantar.tembusan.join(' ')).not.toMatch(/Wali Kota/);
  });
  it('Pematangsiantar: pendaftaran goes to BPJS monthly, pengalihan daily; its SOP does not cover reaktivasi', () => {
    expect(profiles.pematangsiantar.sla.cadence).toEqual({
      pendaftaran: 'monthly',
      pengalihan: 'daily',
    });
    expect(profiles.pematangsiantar.sop?.covers).not.toContain('reaktivasi');
  });
  it('Purbalingga: BPJS Care Center 165 is the status enquiry of step 1, not a Dinsos complaint channel', () => {
    expect(JSON.stringify(profiles.purbalingga.complaints)).not.toContain('165');
    expect(JSON.stringify(profiles.purbalingga.statusEnquiry)).toContain('165');
  });
  it('Pematangsiantar: the non-DTKS rule names the 2022 regional budget it rests on', () => {
    const d = profileDepartures(profiles.pematangsiantar).find(
      (x) => x.knob === 'acceptVerifiedPoor',
    );
    expect(d?.description.id).toMatch(/Tahun Anggaran 2022/);
  });
  it.each(PROFILE_IDS)('%s: every SOP-cited requirement step is quoted from its seed', (id) => {
    const p = profiles[id];
    for (const service of ['reaktivasi', 'pendaftaran', 'pengalihan'] as const)
      for (const ref of Object.values(p.policy[service].sopRefs ?? {}))
        expect(ref.trim().length).toBeGreaterThan(3);
  });
});
