import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import { renderLetter } from '../../src/letters/render-letter';
import { defineProfile } from '../../src/profiles/resolve';
import type { CaseInput } from '../../src/schemas/case-input';
import { pendaftaran, pengalihan } from '../rules/fixtures';
import { emblemPng } from './emblem';
import { tableLetters } from './helpers';
import { libreOfficeReady, pdfInfoReady } from './libreoffice-env';

// soffice and the Liberation fonts, else skipped with the reason printed (libreoffice-env.ts).
const soffice = libreOfficeReady();

describe.skipIf(!soffice)('LibreOffice headless opens every letter of the rule tables', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pbi-jk-letters-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts each to PDF without error; a rekomendasi fits on one page (the issue allows two; offices print one)', async () => {
    const letters = await tableLetters();
    const names: { file: string; rekomendasi: boolean; name: string }[] = [];
    for (const { request, profile, index, name } of letters) {
      const file = `${profile}-${String(index).padStart(2, '0')}`;
      writeFileSync(join(dir, `${file}.docx`), await renderLetter(request));
      names.push({ file, rekomendasi: request.decision.outcome === 'eligible', name });
    }
    // One soffice call for all letters keeps the suite fast.
    const docx = names.map((n) => `${n.file}.docx`);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...docx,
      ],
      { cwd: dir, stdio: 'ignore', timeout: 240_000 },
    );
    const pdfs = new Set(readdirSync(dir).filter((f) => f.endsWith('.pdf')));
    for (const n of names) {
      expect(pdfs.has(`${n.file}.pdf`), `${n.file}: ${n.name}`).toBe(true);
      if (!pdfInfoReady()) continue;
      const info = execFileSync('pdfinfo', [join(dir, `${n.file}.pdf`)], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages, n.file).toBeGreaterThanOrEqual(1);
      if (n.rekomendasi) expect(pages, `${n.file}: ${n.name}`).toBe(1);
    }
  }, 300_000);
});

/** pdftotext (poppler-utils) reads each page's text back for the layout checks. */
function hasPdfToText(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v pdftotext'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const layoutReady = soffice && pdfInfoReady() && hasPdfToText();
if (soffice && !layoutReady) {
  console.warn('SKIPPED: the page-layout checks need pdfinfo and pdftotext (poppler-utils).');
}

describe.skipIf(!layoutReady)('page layout in LibreOffice (SPEC §3), A4 and F4', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pbi-jk-layout-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Converts letters to PDF in one soffice call; returns each one's pages as text. */
  function pages(letters: Record<string, Uint8Array>): Record<string, string[]> {
    for (const [name, bytes] of Object.entries(letters))
      writeFileSync(join(dir, `${name}.docx`), bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...Object.keys(letters).map((n) => `${n}.docx`),
      ],
      { cwd: dir, stdio: 'ignore', timeout: 240_000 },
    );
    const out: Record<string, string[]> = {};
    for (const name of Object.keys(letters)) {
      const pdf = join(dir, `${name}.pdf`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      out[name] = Array.from({ length: count }, (_, i) =>
        execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
          encoding: 'utf8',
        }),
      );
    }
    return out;
  }

  /** The worst-case office: long kop, emblem, a.n. and u.b. signers, paraf, four tembusan. */
  function office(paper: 'A4' | 'F4') {
    return defineProfile('pematangsiantar', {
      id: `siantar-${paper.toLowerCase()}`,
      paper,
      letterhead: {
        logo: emblemPng(),
        address: 'Jalan Merdeka No. 8, Kota Pematangsiantar, Sumatera Utara',
        postalCode: '21111',
        phone: '(0622) 21000',
        email: 'dinsosp3a@pematangsiantar.go.id',
      },
      signers: [
        { official: 'kepala-dinas', delegation: 'none' },
        { official: 'sekretaris', delegation: 'an' },
        { official: 'kabid-sosial', delegation: 'ub' },
      ],
      tembusan: [
        'Wali Kota Pematangsiantar',
        'Kepala Dinas Kesehatan Kota Pematangsiantar',
        'Kepala Kantor Cabang BPJS Kesehatan Pematangsiantar',
        'Arsip',
      ],
    });
  }

  async function letter(
    input: unknown,
    profile: ReturnType<typeof office>,
    signatory: string,
  ): Promise<Uint8Array> {
    const decision = await evaluate(input, { profile });
    return renderLetter({
      case: input as CaseInput,
      decision,
      profile,
      letter: { number: '17', date: '2026-03-02', signatory },
    });
  }

  it('every rekomendasi fits one page with a.n./u.b., paraf and four tembusan; a long refusal keeps closing, signature and tembusan together, with a page number', async () => {
    const letters: Record<string, Uint8Array> = {};
    const refusal = pendaftaran('12.72', {
      welfare: { dtks: false, dtsen: { registered: true, desil: 8 }, verifiedPoor: false },
      verification: { dukcapilMatch: false, duplicateMembership: true },
      applicant: { birthDate: '1990-09-05' },
    });
    for (const paper of ['A4', 'F4'] as const) {
      const p = office(paper);
      for (const signatory of ['sekretaris', 'kabid-sosial']) {
        letters[`daftar-${paper}-${signatory}`] = await letter(pendaftaran('12.72'), p, signatory);
        letters[`alih-${paper}-${signatory}`] = await letter(pengalihan('12.72'), p, signatory);
      }
      letters[`tolak-${paper}`] = await letter(refusal, p, 'sekretaris');
    }
    const text = pages(letters);
    for (const [name, got] of Object.entries(text)) {
      if (!name.startsWith('tolak')) {
        expect(got.length, name).toBe(1);
        expect(got[0], name).toContain('u.b.'.repeat(name.includes('kabid') ? 1 : 0));
        expect(got[0], name).toContain('4. Arsip');
        continue;
      }
      // The block after the body never stands alone: closing, signature and tembusan share a page.
      const last = got.length - 1;
      const page = got[last] as string;
      expect(page, name).toContain('Demikian pemberitahuan ini');
      expect(page, name).toContain('Sekretaris Dinas');
      expect(page, name).toContain('4. Arsip');
      if (last > 0) expect(page, name).toContain(`Halaman ${last + 1}`);
      expect(got[0], name).not.toContain('Halaman 1');
    }
  }, 300_000);
});
