import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error';
import { evaluate } from '../../src/evaluate';
import { canonicalJson, readReceipt } from '../../src/letters/receipt';
import { type LetterRequest, renderLetter } from '../../src/letters/render-letter';
import { REQUIREMENT_NAMES } from '../../src/letters/wording';
import { defineProfile } from '../../src/profiles/resolve';
import { RULESET_VERSION } from '../../src/rules/version';
import type { CaseInput } from '../../src/schemas/case-input';
import { NextStepCode, ReasonCode } from '../../src/schemas/decision';
import type { RequirementId } from '../../src/schemas/profile';
import { PACKAGE_VERSION } from '../../src/version';
import { pendaftaran, pengalihan, reaktivasi } from '../rules/fixtures';
import { letterText, part, rejection, tableLetters } from './helpers';

async function request(
  input: unknown,
  profile: string,
  letter: Partial<LetterRequest['letter']> = {},
): Promise<LetterRequest> {
  const decision = await evaluate(input, { profile: profile as 'nasional' });
  return {
    case: input as CaseInput,
    decision,
    profile: profile as 'nasional',
    letter: { number: '53', date: (input as CaseInput).receivedOn, ...letter },
  };
}

async function text(req: LetterRequest): Promise<string> {
  return letterText(await renderLetter(req));
}

/** Tag syntax left in a letter means a tag was not filled. */
const LEFTOVER_TAG = /\{[#/^@]?[A-Za-z]+\}/;

describe('every letter of every rule table', () => {
  it('renders for every profile and outcome, with no unfilled tag, "undefined" or diagnosis', async () => {
    const letters = await tableLetters();
    const outcomes = new Set<string>();
    for (const { request: req, name } of letters) {
      const t = await text(req);
      outcomes.add(`${req.profile}:${req.decision.outcome}`);
      expect(t, name).toContain(req.case.applicant.name);
      expect(t, name).not.toMatch(LEFTOVER_TAG);
      expect(t, name).not.toMatch(/undefined|\[object|NaN/);
      expect(t, name).not.toMatch(/chronic|catastrophic|kronis|katastropik|pregnancy/i);
      if (req.decision.outcome === 'eligible')
        expect(t).toContain('Yth. Kepala Kantor Cabang BPJS Kesehatan');
      else if (req.decision.outcome === 'ineligible')
        expect(t).toContain('permohonan tersebut tidak dapat kami penuhi karena:');
      else expect(t).toContain('Bersama ini kami kembalikan berkas permohonan');
    }
    for (const profile of [
      'nasional',
      'purbalingga',
      'magetan',
      'pematangsiantar',
      'bulukumba',
      'garut',
    ]) {
      expect(outcomes.has(`${profile}:eligible`), profile).toBe(true);
      expect(
        [...outcomes].some((o) => o.startsWith(`${profile}:in`)),
        profile,
      ).toBe(true);
    }
  });

  it('letters to applicants speak to Saudara: no decision message, officer instruction, code or segment abbreviation', async () => {
    const codes = [...ReasonCode.options, ...NextStepCode.options];
    for (const { request: req, name } of await tableLetters()) {
      if (req.decision.outcome === 'eligible') continue;
      const t = await text(req);
      for (const r of req.decision.reasons) expect(t, name).not.toContain(r.message);
      for (const s of req.decision.nextSteps) expect(t, name).not.toContain(s.message);
      for (const c of codes) expect(t, name).not.toContain(c);
      for (const r of req.decision.reasons) expect(t, name).not.toContain(r.ruleId);
      expect(t, name).not.toMatch(
        /Kembalikan berkas|Selesaikan pengecekan|Arahkan pemohon|Lengkapi dokumen|Daftarkan atau perbarui|\bpemohon\b|\bPBPU\b|\bPPU\b|APBD|APBN|padan dengan|Belum dicek/,
      );
      expect(t, name).toContain('Saudara');
    }
  });

  it('a pengembalian berkas lists each missing or unstamped document once, with Lampiran 1 (satu) berkas, and invites re-submission', async () => {
    let seen = 0;
    for (const { request: req, name } of await tableLetters()) {
      if (req.decision.outcome !== 'incomplete') continue;
      seen++;
      const t = await text(req);
      expect(t, name).toMatch(/Lampiran\n:\n1 \(satu\) berkas/);
      for (const d of req.decision.reasons.filter((r) => r.kind === 'document')) {
        const name_ = REQUIREMENT_NAMES[d.params.requirement as RequirementId];
        expect(t.split(name_).length - 1, `${name}: ${name_}`).toBe(1);
      }
      expect(t, name).toContain('Saudara serahkan kembali');
    }
    expect(seen).toBeGreaterThan(5);
  });

  it('a pemberitahuan tidak memenuhi syarat gives each ground with its basis and route, never a document list or "mengajukan kembali permohonan"', async () => {
    let seen = 0;
    for (const { request: req, name } of await tableLetters()) {
      if (req.decision.outcome !== 'ineligible') continue;
      seen++;
      const t = await text(req);
      expect(t, name).toContain('Pemberitahuan Hasil Verifikasi Permohonan');
      expect(t, name).not.toContain('mengajukan kembali permohonan');
      expect(t, name).not.toContain('Lampiran');
      expect(t, name).not.toMatch(/Dokumen yang perlu|Fotokopi|dilengkapi|lengkapi/i);
      const grounds = req.decision.reasons.filter((r) => r.kind === 'eligibility');
      expect(t.match(/^\d+\.\t/gm)?.length ?? 0, name).toBe(grounds.length);
      expect(t, name).toMatch(/Dasar: /);
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe('readable text per profile and kind', () => {
  it('Magetan, March 2026: Surat Keterangan Pengaktifan Kembali under Permensos 3/2026, leading-zero date, full signature', async () => {
    const t = await text(await request(reaktivasi('35.20'), 'magetan'));
    for (const line of [
      'PEMERINTAH KABUPATEN MAGETAN',
      'DINAS SOSIAL',
      'Jalan Mayjend Sungkono No. 12 Magetan, Jawa Timur 63319',
      'Telepon (0351) 895021, Pos-el dinsos@magetan.go.id, Laman dinsos.magetan.go.id',
      'Magetan, 02 Maret 2026',
      '400.9/53/403.107/2026',
      'Surat Keterangan Pengaktifan Kembali',
      'Yth. Kepala Kantor Cabang BPJS Kesehatan Kabupaten Magetan',
      'Lampiran',
      '1 (satu) berkas',
      'Siti Aminah',
      '3520014508900001',
      'Jl. Mawar 3 RT 002 / RW 001',
      'Selosari',
      'PBI-JK APBN',
      '15 Desember 2025',
      'Kepala Dinas Sosial Kabupaten Magetan,',
      'PARMINTO BUDI UTOMO, S.Sos., M.AP.',
      'Pembina Utama Muda (IV/c)',
      'NIP. 19721221 199302 1 002',
      'Tembusan:',
      '1. Arsip',
    ]) {
      expect(t).toContain(line);
    }
    expect(t).toContain('Peraturan Menteri Sosial Nomor 3 Tahun 2026');
    expect(t).toContain('masih membutuhkan layanan kesehatan');
    expect(t).not.toContain('Paraf hierarki');
  });

  it('Magetan, January 2026: the SOP title "Surat Permohonan Reaktivasi" under Permensos 21/2019', async () => {
    const input = reaktivasi('35.20', {
      receivedOn: '2026-01-20',
      membership: { deactivatedOn: '2025-12-01' },
    });
    const t = await text(await request(input, 'magetan'));
    expect(t).toContain('Surat Permohonan Reaktivasi');
    expect(t).toContain('Peraturan Menteri Sosial Nomor 21 Tahun 2019');
    expect(t).toContain('Magetan, 20 Januari 2026');
  });

  it('A file decided under Permensos 21/2019 gets a letter citing 21/2019 even when dated in February 2026', async () => {
    const input = reaktivasi('35.20', {
      receivedOn: '2026-01-30',
      membership: { deactivatedOn: '2025-12-01' },
    });
    const req = await request(input, 'magetan', { date: '2026-02-03' });
    expect(req.decision.regime).toBe('permensos-21-2019');
    const t = await text(req);
    expect(t).toContain('Magetan, 03 Februari 2026');
    expect(t).toContain('Peraturan Menteri Sosial Nomor 21 Tahun 2019');
    expect(t).not.toContain('Nomor 3 Tahun 2026');
    expect(t).not.toContain('Surat Keterangan Pengaktifan Kembali');
    expect(t).toContain('Surat Permohonan Reaktivasi');
  });

  it('Purbalingga: SOP title, a line to fill in for the missing address, dotted pangkat, NIP formatted', async () => {
    const input = reaktivasi('33.03', {
      receivedOn: '2025-12-01',
      membership: { deactivatedOn: '2025-10-01' },
    });
    const t = await text(await request(input, 'purbalingga'));
    expect(t).toContain('Surat Re-aktivasi KIS PBI');
    expect(t).toContain(
      'DINAS SOSIAL, PENGENDALIAN PENDUDUK,\nKELUARGA BERENCANA, PEMBERDAYAAN PEREMPUAN\nDAN PERLINDUNGAN ANAK',
    );
    expect(t).toContain('Alamat: ……');
    expect(t).toContain('Purbalingga, 1 Desember 2025');
    expect(t).toContain('460/53/2025');
    expect(t).toContain('ENI SOSIATMAN, S.Sos, M.Si');
    expect(t).toContain('NIP. 19651220 198603 1 009');
    expect(t).toMatch(/\n……+\nNIP\./);
  });

  it('Bulukumba: paraf hierarki table, a.n. when the Kabid signs, dots where no name is known', async () => {
    const input = reaktivasi('73.02', {
      receivedOn: '2025-12-01',
      membership: { deactivatedOn: '2025-10-01' },
    });
    const t = await text(await request(input, 'bulukumba', { signatory: 'kabid-linjamsos' }));
    expect(t).toContain('Surat Keterangan Permohonan Reaktivasi');
    expect(t).toContain('Paraf hierarki:');
    // The chain stops below the signer: the Kabid signs, so neither the Kabid nor the Sekdis initials.
    expect(t).toContain('Penyuluh Sosial');
    expect(t).not.toContain('Kabid Linjamsos');
    expect(t).not.toContain('Sekdis');
    const head = await text(await request(input, 'bulukumba'));
    for (const p of ['Penyuluh Sosial', 'Kabid Linjamsos', 'Sekdis']) expect(head).toContain(p);
    expect(t).toContain(
      'a.n. Kepala Dinas Sosial Kabupaten Bulukumba\nKepala Bidang Perlindungan dan Jaminan Sosial,',
    );
    expect(t).toContain('Bulukumba, 1 Desember 2025');
    expect(t).toMatch(/……+\n……+\nNIP\. ……/);
  });

  it('Garut: SOP title, phone in the kop, fill-in address and signature', async () => {
    const input = reaktivasi('32.05', {
      receivedOn: '2025-12-01',
      membership: { deactivatedOn: '2025-10-01' },
    });
    const t = await text(await request(input, 'garut'));
    expect(t).toContain('Surat Rekomendasi Permohonan Reaktivasi');
    expect(t).toContain('Telepon 081311115125');
    expect(t).toContain('Alamat: ……');
    expect(t).toContain('Kabupaten Garut');
  });

  it('Pematangsiantar: pendaftaran and pengalihan recommendations with paraf and tembusan to the Wali Kota', async () => {
    const daftar = await text(await request(pendaftaran('12.72'), 'pematangsiantar'));
    expect(daftar).toContain('Surat Rekomendasi Pengurusan BPJS Kesehatan JKN-KIS');
    expect(daftar).toContain('didaftarkan sebagai peserta Penerima Bantuan Iuran');
    expect(daftar).toContain('1. Arsip');
    expect(daftar).toContain('Kabid Sosial');
    expect(daftar).toContain('Kota Pematangsiantar');
    expect(daftar).toContain('Pembina Utama Muda (IV/c)');
    expect(daftar).toContain('NIP. 19640922 199003 1 001');
    const alih = await text(await request(pengalihan('12.72'), 'pematangsiantar'));
    expect(alih).toContain('Surat Rekomendasi Pengalihan BPJS Kesehatan Mandiri ke PBI JKN-KIS');
    expect(alih).toContain('0009876543210');
    expect(alih).toContain('Pekerja Bukan Penerima Upah (Mandiri)');
  });

  it('nasional: the blank office prints lines to fill in', async () => {
    const t = await text(await request(reaktivasi('33.03'), 'nasional'));
    expect(t).toContain('PEMERINTAH KABUPATEN/KOTA ……');
    expect(t).toContain('Surat Keterangan Pengaktifan Kembali');
    expect(t).toContain('400.9/53/2026');
  });

  it('a u.b. signer signs under the a.n. official', async () => {
    const profile = defineProfile('bulukumba', {
      id: 'bulukumba-ub',
      signers: [
        { official: 'kepala-dinas', delegation: 'none' },
        { official: 'sekretaris', delegation: 'an' },
        { official: 'kabid-linjamsos', delegation: 'ub' },
      ],
    });
    const input = reaktivasi('73.02');
    const decision = {
      ...(await evaluate(input, { profile: 'bulukumba' })),
      profile: 'bulukumba-ub',
    };
    const t = await text({
      case: input as CaseInput,
      decision,
      profile,
      letter: { number: '400.9/7/Dinsos/2026', date: '2026-03-02', signatory: 'kabid-linjamsos' },
    });
    expect(t).toContain(
      'a.n. Kepala Dinas Sosial Kabupaten Bulukumba\nSekretaris Dinas Sosial\nu.b.\nKepala Bidang Perlindungan dan Jaminan Sosial,',
    );
    expect(t).toContain('400.9/7/Dinsos/2026');
  });

  it('the diagnosis is never printed, only "membutuhkan layanan kesehatan"', async () => {
    for (const condition of ['chronic', 'catastrophic', 'emergency', 'pregnancy', 'other']) {
      const input = reaktivasi('35.20', { health: { needsCare: true, condition } });
      const bytes = await renderLetter(await request(input, 'magetan'));
      const all = ['word/document.xml', 'docProps/custom.xml', 'docProps/core.xml']
        .map((p) => part(bytes, p))
        .join();
      expect(all).not.toMatch(new RegExp(condition, 'i'));
      expect(letterText(bytes)).toContain('membutuhkan layanan kesehatan');
    }
  });
});

describe('determinism and receipt', () => {
  it('the same request gives byte-identical bytes', async () => {
    const req = await request(reaktivasi('35.20'), 'magetan');
    const a = await renderLetter(req);
    const b = await renderLetter(structuredClone(req));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('the receipt records versions, regime, profile, outcome and the case SHA-256', async () => {
    const input = reaktivasi('35.20');
    const req = await request(input, 'magetan');
    const receipt = readReceipt(part(await renderLetter(req), 'docProps/custom.xml'));
    const parsed = JSON.parse(canonicalJson(input));
    expect(receipt).toEqual({
      packageVersion: PACKAGE_VERSION,
      rulesetVersion: RULESET_VERSION,
      decisionRulesetVersion: req.decision.rulesetVersion,
      regime: 'permensos-3-2026',
      profile: 'magetan',
      asOf: '2026-03-02',
      outcome: 'eligible',
      letterKind: 'rekomendasi-reaktivasi',
      letterNumber: '400.9/53/403.107/2026',
      letterDate: '2026-03-02',
      letterTitle: 'Surat Keterangan Pengaktifan Kembali',
      caseSha256: createHash('sha256').update(canonicalJson(parsed)).digest('hex'),
      decisionSha256: createHash('sha256').update(canonicalJson(req.decision)).digest('hex'),
    });
    expect(receipt.caseSha256).toBe(req.decision.caseSha256);
    const core = part(await renderLetter(req), 'docProps/core.xml');
    expect(core).toContain('<dc:title>Surat Keterangan Pengaktifan Kembali</dc:title>');
    expect(core).toContain('>2026-03-02T00:00:00Z</dcterms:created>');
    expect(core).not.toMatch(/Templat|2026-01-01/);
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe(
      '{"a":{"c":3,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('zip entries carry a fixed date', async () => {
    const PizZip = (await import('pizzip')).default;
    const zip = new PizZip(await renderLetter(await request(reaktivasi('35.20'), 'magetan')));
    for (const f of Object.values(zip.files)) expect(f.date.getFullYear()).toBe(2020);
  });
});

describe('validation', () => {
  it('an unknown signatory is refused at letter.signatory', async () => {
    const e = await rejection(
      renderLetter(await request(reaktivasi('35.20'), 'magetan', { signatory: 'bupati' })),
    );
    expect(e.issues).toEqual([
      expect.objectContaining({ path: ['letter', 'signatory'], code: 'unknown-official' }),
    ]);
    expect(e.issues[0]?.message).toContain('kepala-dinas');
  });

  it('an unknown kind, a kind the decision does not allow, a bad date: all listed at once', async () => {
    const req = await request(
      reaktivasi('35.20', { membership: { inBpjsRoster: false } }),
      'magetan',
    );
    const e = await rejection(
      renderLetter({
        ...req,
        letter: { number: '1', date: '2026-02-30', kind: 'surat-cinta' as never },
      }),
    );
    const codes = e.issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(codes).toContain('letter.kind:unknown-letter-kind');
    expect(codes).toContain('letter.date:invalid-date');
    const e2 = await rejection(
      renderLetter({ ...req, letter: { ...req.letter, kind: 'rekomendasi-reaktivasi' } }),
    );
    expect(e2.issues[0]).toMatchObject({ path: ['letter', 'kind'], code: 'decision-mismatch' });
  });

  it('a decision for another service or profile is refused', async () => {
    const req = await request(reaktivasi('35.20'), 'magetan');
    const e = await rejection(
      renderLetter({
        ...req,
        decision: { ...req.decision, service: 'pendaftaran', profile: 'garut' },
      }),
    );
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['decision.service', 'decision.profile']);
  });

  it('a letter dated before the application or before 2020 is refused', async () => {
    const req = await request(reaktivasi('35.20'), 'magetan');
    const before = await rejection(
      renderLetter({ ...req, letter: { ...req.letter, date: '2026-03-01' } }),
    );
    expect(before.issues[0]).toMatchObject({ path: ['letter', 'date'], code: 'invalid-value' });
    const old = await rejection(
      renderLetter({ ...req, letter: { ...req.letter, date: '2019-12-31' } }),
    );
    expect(old.issues[0]).toMatchObject({ path: ['letter', 'date'], code: 'as-of-out-of-range' });
  });

  it('a rekomendasi reaktivasi without a card number is refused, not printed blank', async () => {
    const input = reaktivasi('35.20') as CaseInput;
    delete input.membership?.cardNumber;
    const req = await request(input, 'magetan');
    expect(req.decision.outcome).toBe('eligible');
    const e = await rejection(renderLetter(req));
    expect(e.issues[0]).toMatchObject({
      path: ['case', 'membership', 'cardNumber'],
      code: 'required',
    });
  });

  it('English messages on request', async () => {
    const req = await request(reaktivasi('35.20'), 'magetan', { signatory: 'bupati' });
    const e = await rejection(renderLetter({ ...req, locale: 'en' }));
    expect(e.issues[0]?.message).toMatch(/is not in the profile/);
  });

  it('any input at all: a letter or a ValidationError, never a TypeError', async () => {
    const base = await request(reaktivasi('35.20'), 'magetan');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({
            case: fc.anything(),
            decision: fc.constant(base.decision),
            profile: fc.constant('magetan'),
            letter: fc.anything(),
          }),
          fc.record({
            case: fc.constant(base.case),
            decision: fc.anything(),
            profile: fc.oneof(fc.constant('magetan'), fc.anything()),
            letter: fc.record(
              { number: fc.string(), date: fc.string(), signatory: fc.string(), kind: fc.string() },
              { requiredKeys: [] },
            ),
          }),
        ),
        async (input) => {
          try {
            await renderLetter(input as LetterRequest);
          } catch (e) {
            expect(e).toBeInstanceOf(ValidationError);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('hostile text', () => {
  it('markup, quotes, {tags} and {#loops} in applicant data are printed literally', async () => {
    const name = `<b>Siti</b> & "Aminah" 'x' {nama} {#alasan}{/alasan} {@raw}`;
    const input = reaktivasi('35.20', {
      applicant: { name, address: { street: 'Jl. {#kopInstansi}<w:p>&amp; 3' } },
    });
    const bytes = await renderLetter(await request(input, 'magetan'));
    const t = letterText(bytes);
    expect(t).toContain(name);
    expect(t).toContain('Jl. {#kopInstansi}<w:p>&amp; 3 RT 002 / RW 001');
    expect(part(bytes, 'word/document.xml')).toContain('&lt;b&gt;Siti&lt;/b&gt; &amp; ');
  });

  it('decision messages are never printed: hostile, 10,000-character or English messages do not reach the letter', async () => {
    const req = await request(
      reaktivasi('35.20', { membership: { inBpjsRoster: false } }),
      'magetan',
    );
    const long = `Alasan ${'panjang '.repeat(1250)}`.trim();
    const first = req.decision.reasons[0] as (typeof req.decision.reasons)[number];
    const reasons = [{ ...first, message: '<script>&{nama}{#x}' }];
    const t = await text({ ...req, decision: { ...req.decision, reasons } });
    expect(t).not.toContain('<script>');
    expect(t).toContain('Menurut keterangan BPJS Kesehatan, Saudara sudah tidak tercatat');
    const t2 = await text({
      ...req,
      decision: { ...req.decision, reasons: [{ ...first, message: long }] },
    });
    expect(t2).not.toContain('panjang panjang');
    const en = await evaluate(req.case, { profile: 'magetan', locale: 'en' });
    const t3 = await text({ ...req, decision: en });
    expect(t3).toBe(t);
  });

  it('a 10,000-character name or a control character is refused clearly', async () => {
    const req = await request(reaktivasi('35.20'), 'magetan');
    const long = structuredClone(req.case);
    long.applicant.name = 'A'.repeat(10_000);
    const e1 = await rejection(renderLetter({ ...req, case: long }));
    expect(e1.issues[0]).toMatchObject({ path: ['case', 'applicant', 'name'], code: 'too-long' });
    const ctrl = structuredClone(req.case);
    ctrl.applicant.name = 'Siti\u0001Aminah';
    const e2 = await rejection(renderLetter({ ...req, case: ctrl }));
    expect(e2.issues[0]).toMatchObject({
      path: ['case', 'applicant', 'name'],
      code: 'invalid-character',
    });
  });
});
