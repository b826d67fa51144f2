import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/letters/render-letter';
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
