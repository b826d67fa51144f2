/**
 * Issue 10: a letter is bound to its decision, each outcome gets the letter its reader needs, and
 * the office's paper, emblem and e-office signing show in the letter.
 */
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error';
import { evaluate } from '../../src/evaluate';
import { exportTemplate } from '../../src/letters/export-template';
import { type LetterRequest, renderLetter } from '../../src/letters/render-letter';
import { verifyLetter } from '../../src/letters/verify-letter';
import { defineProfile } from '../../src/profiles/resolve';
import type { CaseInput } from '../../src/schemas/case-input';
import type { Profile } from '../../src/schemas/profile';
import { pengalihan, reaktivasi } from '../rules/fixtures';
import { emblemPng } from './emblem';
import { letterText, part, rejection } from './helpers';

async function request(
  input: unknown,
  profile: string | Profile,
  letter: Partial<LetterRequest['letter']> = {},
): Promise<LetterRequest> {
  const p = profile as 'magetan';
  const decision = await evaluate(input, { profile: p });
  return {
    case: input as CaseInput,
    decision,
    profile: p,
    letter: { number: '53', date: (input as CaseInput).receivedOn, ...letter },
  };
}

const text = async (req: LetterRequest) => letterText(await renderLetter(req));

/** An e-office placeholder as SRIKANDI writes it: `${name}`. */
const eTag = (name: string) => `\${${name}}`;

describe('a letter is bound to its decision (decision-mismatch)', () => {
  it("case B with case A's eligible decision is refused", async () => {
    const a = await request(reaktivasi('35.20'), 'magetan');
    const bInput = reaktivasi('35.20', { membership: { inBpjsRoster: false } });
    const e = await rejection(renderLetter({ ...a, case: bInput as CaseInput }));
    expect(e.issues).toContainEqual(
      expect.objectContaining({ path: ['decision'], code: 'decision-mismatch' }),
    );
  });

  it('a hand-edited decision (outcome set to eligible, reasons removed) is refused', async () => {
    const b = await request(
      reaktivasi('35.20', { membership: { inBpjsRoster: false } }),
      'magetan',
    );
    expect(b.decision.outcome).toBe('ineligible');
    const edited = { ...b.decision, outcome: 'eligible' as const, reasons: [], nextSteps: [] };
    const e = await rejection(renderLetter({ ...b, decision: edited }));
    expect(e.issues[0]).toMatchObject({ path: ['decision'], code: 'decision-mismatch' });
    expect(e.issues[0]?.message).toContain('ineligible');
    // A regime swapped by hand is refused too: the letter would cite another law.
    const regime = { ...b.decision, regime: 'permensos-21-2019' as const };
    const e2 = await rejection(renderLetter({ ...b, decision: regime }));
    expect(e2.issues[0]).toMatchObject({ path: ['decision'], code: 'decision-mismatch' });
  });

  it('a kind that does not fit the outcome is refused at letter.kind', async () => {
    const a = await request(reaktivasi('35.20'), 'magetan');
    for (const kind of ['pemberitahuan-tidak-memenuhi-syarat', 'pengembalian-berkas'] as const) {
      const e = await rejection(renderLetter({ ...a, letter: { ...a.letter, kind } }));
      expect(e.issues[0]).toMatchObject({ path: ['letter', 'kind'], code: 'decision-mismatch' });
    }
  });
});

describe('checks-pending', () => {
  it('Magetan with the BPJS roster unchecked writes no letter to the applicant', async () => {
    const input = reaktivasi('35.20', { membership: { inBpjsRoster: undefined } });
    const req = await request(input, 'magetan');
    expect(req.decision.outcome).toBe('incomplete');
    const e = await rejection(renderLetter(req));
    expect(e.issues).toEqual([
      expect.objectContaining({ path: ['decision'], code: 'checks-pending' }),
    ]);
    expect(e.issues[0]?.message).toContain('bpjs-roster');
    const en = await rejection(renderLetter({ ...req, locale: 'en' }));
    expect(en.issues[0]?.message).toMatch(/office's own checks/);
  });
});

describe('the letters to applicants', () => {
  it('a child under 17 on the letter date is addressed through the parent or guardian', async () => {
    const base = reaktivasi('35.20', {
      documents: ['ktp', 'kartu-jkn', 'surat-keterangan-faskes'],
    });
    const child = structuredClone(base) as CaseInput;
    child.applicant.birthDate = '2015-06-01';
    child.applicant.name = 'Muhammad Rizky';
    const t = await text(await request(child, 'magetan'));
    expect(t).toContain('Yth. Orang tua/wali dari Muhammad Rizky');
    expect(t).not.toContain('Sdr. Muhammad Rizky');
    const adult = await text(await request(base, 'magetan'));
    expect(adult).toContain('Yth. Sdr. Siti Aminah');
  });

  it('an RT already in the street is not printed twice', async () => {
    const input = reaktivasi('35.20') as CaseInput;
    input.applicant.address.street = 'Dusun Krajan RT 3';
    input.applicant.address.rt = '003';
    input.applicant.address.rw = '002';
    const t = await text(await request(input, 'magetan'));
    expect(t).toContain('Dusun Krajan RT 3 / RW 002');
    expect(t).not.toMatch(/RT 3 RT/);
  });

  it('a pengembalian names what to bring and where, once each, and invites re-submission', async () => {
    const input = reaktivasi('33.03', { documents: ['ktp', 'kk', 'kartu-jkn'] });
    const t = await text(await request(input, 'purbalingga'));
    expect(t).toContain('Surat keterangan status kepesertaan, dari Kantor Cabang BPJS Kesehatan');
    expect(t).toContain(
      'Surat keterangan membutuhkan layanan kesehatan, dari rumah sakit atau puskesmas',
    );
    expect(t.match(/Surat keterangan status kepesertaan/g)).toHaveLength(1);
    expect(t).toContain('Saudara serahkan kembali');
    expect(t).toContain('Kepala DINSOSDALDUKKBP3A Kabupaten Purbalingga');
  });

  it('a PBPU member refused reaktivasi is pointed to pengalihan, with the legal basis, in plain words', async () => {
    const input = reaktivasi('35.20', { membership: { segment: 'PBPU' } });
    const req = await request(input, 'magetan');
    const t = await text(req);
    expect(t).toContain('peserta mandiri (pekerja bukan penerima upah)');
    expect(t).toContain('Saudara dapat mengajukan permohonan pengalihan');
    expect(t).toContain('Dasar: Permensos No. 3 Tahun 2026 Pasal 20');
    expect(t).not.toMatch(/PBPU|segment|mengajukan kembali permohonan/);
  });

  it('a pengalihan refused for a wage earner gets no route that cannot help', async () => {
    const input = pengalihan('12.72', { membership: { segment: 'PPU' } });
    const t = await text(await request(input, 'pematangsiantar'));
    expect(t).toContain('pekerja penerima upah');
    expect(t).not.toMatch(
      /Saudara dapat (mengajukan|diusulkan|mendaftarkan|memadankan|menyelesaikan)/,
    );
  });
});

describe('paper, emblem, page numbers and electronic signature', () => {
  const logo = emblemPng();

  it('an F4 profile with an emblem: 215 × 330 mm page, the emblem in a kop table, contact line beside it', async () => {
    const profile = defineProfile('magetan', { paper: 'F4', letterhead: { logo } });
    const bytes = await renderLetter(await request(reaktivasi('35.20'), profile));
    const xml = part(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="12189" w:h="18709"/);
    const zip = new PizZip(bytes);
    expect(Object.keys(zip.files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    // The emblem and the kop text share one table row: the contact line sits in the next cell.
    const kop = xml.slice(0, xml.indexOf('</w:tbl>'));
    expect(kop).toContain('<w:drawing>');
    expect(kop).toContain('Telepon (0351) 895021');
    const again = await renderLetter(await request(reaktivasi('35.20'), profile));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a logo that is not PNG or JPEG is refused', () => {
    expect(() =>
      defineProfile('magetan', { letterhead: { logo: new TextEncoder().encode('GIF89a....') } }),
    ).toThrow(ValidationError);
  });

  it('pages after the first carry their number; the first page none', async () => {
    const bytes = await renderLetter(await request(reaktivasi('35.20'), 'magetan'));
    expect(part(bytes, 'word/document.xml')).toContain('<w:titlePg/>');
    const footers = Object.keys(new PizZip(bytes).files).filter((f) => /footer\d+\.xml$/.test(f));
    const all = footers.map((f) => part(bytes, f)).join('');
    expect(all).toContain('PAGE');
    expect(all).toContain('Halaman ');
  });

  it("'elektronik' keeps the e-office placeholders and the BSrE statement; 'basah' neither", async () => {
    const req = await request(reaktivasi('35.20'), 'magetan', { signature: 'elektronik' });
    const bytes = await renderLetter(req);
    const t = letterText(bytes);
    expect(t).toContain(
      `Ditandatangani secara elektronik oleh:\nKepala Dinas Sosial Kabupaten Magetan,\n${eTag('ttd_pengirim')}\nPARMINTO BUDI UTOMO, S.Sos., M.AP.`,
    );
    const footers = Object.keys(new PizZip(bytes).files)
      .filter((f) => /footer\d+\.xml$/.test(f))
      .map((f) => part(bytes, f))
      .join('');
    expect(footers).toContain(
      'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE',
    );
    const wet = await renderLetter(await request(reaktivasi('35.20'), 'magetan'));
    expect(letterText(wet)).not.toMatch(/elektronik|\$\{/);
    expect(
      Object.keys(new PizZip(wet).files)
        .filter((f) => /footer\d+\.xml$/.test(f))
        .map((f) => part(wet, f))
        .join(''),
    ).not.toContain('BSrE');
    // Where the profile names no one, the e-office fills name and NIP; names are per profile.
    const own = defineProfile('garut', { eOffice: { signature: eTag('qr_tte') } });
    const g = await text(await request(reaktivasi('32.05'), own, { signature: 'elektronik' }));
    expect(g).toContain(eTag('qr_tte'));
    expect(g).toContain(eTag('nama_pengirim'));
    expect(g).toContain(`NIP. ${eTag('nip_pengirim')}`);
  });

  it('exportTemplate gives each office its own letter: kop, emblem, paper and signer in place, tags only for case data', async () => {
    const magetan = await exportTemplate('rekomendasi-reaktivasi', { profile: 'magetan' });
    const garut = await exportTemplate('rekomendasi-reaktivasi', { profile: 'garut' });
    const generic = await exportTemplate('rekomendasi-reaktivasi');
    expect(Buffer.from(magetan).equals(Buffer.from(garut))).toBe(false);
    expect(Buffer.from(magetan).equals(Buffer.from(generic))).toBe(false);
    const t = letterText(magetan);
    expect(t).toContain('PEMERINTAH KABUPATEN MAGETAN');
    expect(t).toContain('PARMINTO BUDI UTOMO, S.Sos., M.AP.');
    expect(t).toContain('{nama}');
    expect(t).not.toContain('{kopPemerintah}');
    const f4 = await exportTemplate('rekomendasi-reaktivasi', {
      profile: defineProfile('magetan', { paper: 'F4', letterhead: { logo } }),
    });
    expect(part(f4, 'word/document.xml')).toMatch(/w:h="18709"/);
    // The exported template renders back to the same text as the built-in one.
    const req = await request(reaktivasi('35.20'), 'magetan');
    const back = await text({ ...req, letter: { ...req.letter, template: magetan } });
    expect(back).toBe(await text(req));
  });
});

describe('verifyLetter', () => {
  it('true for the right case, false for a changed one, null for a .docx without a receipt', async () => {
    const req = await request(reaktivasi('35.20'), 'magetan');
    const bytes = await renderLetter(req);
    const right = await verifyLetter(bytes, { case: req.case });
    expect(right).toMatchObject({ caseMatches: true, decisionReproduces: true });
    expect(right.receipt).toMatchObject({
      outcome: 'eligible',
      profile: 'magetan',
      letterNumber: '400.9/53/403.107/2026',
      letterDate: '2026-03-02',
      caseSha256: req.decision.caseSha256,
    });
    const changed = reaktivasi('35.20', { membership: { inBpjsRoster: false } });
    expect(await verifyLetter(bytes, { case: changed })).toMatchObject({
      caseMatches: false,
      decisionReproduces: false,
    });
    const renamed = structuredClone(req.case);
    renamed.applicant.name = 'Siti Aminah Binti Ahmad';
    expect(
      await verifyLetter(bytes.buffer.slice(0) as ArrayBuffer, { case: renamed }),
    ).toMatchObject({
      caseMatches: false,
      decisionReproduces: true,
    });
    expect(await verifyLetter(await exportTemplate('rekomendasi-reaktivasi'))).toEqual({
      receipt: null,
    });
    expect(await verifyLetter(new Uint8Array([1, 2, 3]))).toEqual({ receipt: null });
    await expect(verifyLetter(bytes, { case: { nik: 1 } })).rejects.toBeInstanceOf(ValidationError);
  });
});
