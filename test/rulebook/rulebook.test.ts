import { describe, expect, it } from 'vitest';
import { profiles } from '../../src/profiles/index';
import { describeCondition } from '../../src/rulebook/conditions';
import { RULEBOOK_LABELS } from '../../src/rulebook/labels';
import { DEFAULT_RULEBOOK_AS_OF, renderRuleBook } from '../../src/rulebook/render-rule-book';
import { profileDepartures } from '../../src/rules/departures';
import { rulesetFor } from '../../src/rules/ruleset';
import type { Service } from '../../src/schemas/case-input';

const SERVICES: Service[] = ['reaktivasi', 'pendaftaran', 'pengalihan'];
const md = async (profile: keyof typeof profiles, asOf: string, locale: 'id' | 'en' = 'id') =>
  (await renderRuleBook({ profile, asOf, locale, format: 'md' })) as string;

describe('the Magetan rule book at 2026-03-01, in Indonesian', async () => {
  const book = await md('magetan', '2026-03-01');
  const L = RULEBOOK_LABELS.id;

  for (const service of SERVICES) {
    const ruleset = rulesetFor(profiles.magetan, service, '2026-03-01');
    it(`lists every ${service} rule in force with its id, its condition in words and each article it cites, marked verified or not`, () => {
      expect(ruleset.rules.length).toBeGreaterThan(5);
      for (const rule of ruleset.rules) {
        expect(book).toContain(`\`${rule.id}\` — ${rule.title.id}`);
        expect(book).toContain(describeCondition(rule.when, 'id'));
        for (const c of ruleset.citations.get(rule.id) ?? []) {
          const mark = c.verified ? L.verified : L.unverified;
          expect(book).toContain(
            `**${c.instrument}${c.article ? `, ${c.article}` : ''}** — ${mark}`,
          );
        }
      }
    });
  }

  it('cites Permensos 3/2026 Pasal 20 ayat (3) as verified and the 6-month ayat as unverified', () => {
    expect(book).toContain('**Permensos No. 3 Tahun 2026, Pasal 20 ayat (3)** — ✓ terverifikasi');
    expect(book).toContain(
      '**Permensos No. 3 Tahun 2026, Pasal 20 (ayat tidak diperoleh)** — ⚠ belum terverifikasi',
    );
  });

  it('warns that the SOP cites Permensos 21/2019, revoked by Permensos 3/2026, without inventing the day it ended', () => {
    expect(book).toContain(
      'SOP mencantumkan Peraturan Menteri Sosial Nomor 21 Tahun 2019, yang pada tanggal acuan sudah digantikan atau dicabut oleh Permensos No. 3 Tahun 2026',
    );
    expect(book).toContain(
      '⚠ digantikan atau dicabut oleh Permensos No. 3 Tahun 2026; tanggal berakhirnya tidak diketahui (sumber: justisio.com/blog/PBI-BPJS \\[N\\]',
    );
  });

  it('warns that the SOP checks DTKS while DTSEN applies', () => {
    expect(book).toContain(
      'SOP memeriksa DTKS, padahal sejak 1 Mei 2025 data acuan PBI-JK adalah DTSEN',
    );
  });

  it("flags the BPJS roster check as a stricter regional rule for legal review, citing the SOP's step", () => {
    expect(book).toContain('lebih ketat, perlu telaah Bagian Hukum');
    expect(book).toContain('SOP 188/18/Kept./403.107/2023');
  });

  it('shows the reason messages in Indonesian and in English', () => {
    expect(book).toContain(
      '**Pesan (Bahasa Indonesia):** Menurut BPJS Kesehatan, pemohon sudah tidak terdaftar',
    );
    expect(book).toContain(
      '**Pesan (Bahasa Inggris):** BPJS Kesehatan reports the applicant is no longer',
    );
  });

  it('tables the document requirements with KTP/KIA/akta as alternatives of one requirement', () => {
    expect(book).toContain(
      '| 1 | identitas (KTP, KIA atau akta kelahiran) | salah satu dari KTP / KIA / akta kelahiran | nasional |',
    );
  });

  it('has worked examples from the Magetan rule table, with outcome and reasons', () => {
    expect(book).toContain('Magetan langkah 4: BPJS says the person is no longer registered');
    expect(book).toContain('- **Hasil:** **tidak layak**');
    expect(book).toContain('`membership.bpjs-roster`: Menurut BPJS Kesehatan');
  });

  it('has a changelog with both regime changes, generated from the dated data', () => {
    expect(book).toContain('### 1 Mei 2025');
    expect(book).toContain('### 1 Februari 2026');
    expect(book).toContain(
      'Permensos No. 21 Tahun 2019 tidak berlaku lagi; digantikan oleh Permensos No. 3 Tahun 2026.',
    );
    expect(book).toMatch(/Aturan tidak berlaku lagi \(Reaktivasi\):\n\n- `welfare.dtks`/);
    expect(book).toContain('Surat keterangan fasilitas kesehatan wajib untuk reaktivasi: tidak');
  });
});

describe('dates decide the warnings', () => {
  it('before 1 February 2026 Permensos 21/2019 is in force: no revocation warning, but DTSEN already replaced DTKS', async () => {
    const book = await md('magetan', '2025-12-01');
    expect(book).not.toContain('Nomor 21 Tahun 2019, yang pada tanggal acuan sudah tidak berlaku');
    expect(book).toContain('SOP memeriksa DTKS');
    expect(book).toContain('yang berlaku: Permensos No. 21 Tahun 2019');
  });

  it('in the DTKS era the SOP registry draws no warning and DTKS rules are listed', async () => {
    const book = await md('magetan', '2025-03-01');
    expect(book).not.toContain('SOP memeriksa DTKS');
    expect(book).toContain('`welfare.dtks` — Pemohon terdaftar di DTKS');
  });

  it('the default asOf is the start of the latest regime, not the clock', async () => {
    expect(DEFAULT_RULEBOOK_AS_OF).toBe('2026-02-01');
    const a = await renderRuleBook({ profile: 'garut', format: 'md' });
    expect(a).toContain('untuk tanggal acuan 1 Februari 2026');
  });
});

describe('departures from the national rules', () => {
  for (const id of ['purbalingga', 'bulukumba', 'garut', 'pematangsiantar'] as const) {
    it(`${id}: every departure is listed with its direction, its SOP reference and a legal-review flag`, async () => {
      const departures = profileDepartures(profiles[id], '2026-03-01');
      expect(departures.length).toBeGreaterThan(0);
      for (const locale of ['id', 'en'] as const) {
        const book = await md(id, '2026-03-01', locale);
        const L = RULEBOOK_LABELS[locale];
        for (const d of departures) {
          expect(book).toContain(`| ${L.knobs[d.knob]} | **${L.directions[d.direction]}** |`);
          expect(book).toContain(d.description[locale].replace(/[*_|<>[\]`\\]/g, (c) => `\\${c}`));
          if (d.sopRef) expect(book).toContain(d.sopRef.replace(/[*_|<>[\]`\\]/g, (c) => `\\${c}`));
        }
        expect(book).toContain(`${L.legalReview}`);
      }
    });
  }

  it('pematangsiantar: the looser non-DTKS rule is flagged as looser', async () => {
    const book = await md('pematangsiantar', '2025-03-01');
    expect(book).toContain('**lebih longgar, perlu telaah Bagian Hukum**');
  });

  it('nasional has no departures and no SOP', async () => {
    const book = await md('nasional', '2026-03-01');
    expect(book.match(/Tidak ada penyimpangan dari aturan nasional/g)).toHaveLength(3);
    expect(book).toContain('Profil ini tidak bersumber dari SOP daerah');
    expect(book).not.toContain('perlu telaah Bagian Hukum**');
  });
});

describe('locales', () => {
  it('the English book has English headings and still both messages', async () => {
    const book = await md('purbalingga', '2026-03-01', 'en');
    expect(book).toContain(`# PBI-JK Rule Book: ${profiles.purbalingga.name}`);
    expect(book).toContain('## 3. Service: Reactivation (reaktivasi)');
    expect(book).toContain('**Message (Indonesian):**');
    expect(book).not.toContain('Alasan diberikan bila');
  });
});
