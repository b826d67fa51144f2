import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { renderRuleBook } from '../../src/rulebook/render-rule-book';
import { docxText, markdownText } from './text';

const render = (profile: string, locale: 'id' | 'en', format: 'md' | 'docx') =>
  renderRuleBook({ profile: profile as 'magetan', locale, asOf: '2026-03-01', format });

describe('the .docx rule book', () => {
  for (const [profile, locale] of [
    ['magetan', 'id'],
    ['purbalingga', 'en'],
    ['pematangsiantar', 'id'],
  ] as const) {
    it(`${profile} (${locale}): the .docx and the Markdown carry the same text`, async () => {
      const md = (await render(profile, locale, 'md')) as string;
      const docx = (await render(profile, locale, 'docx')) as Uint8Array;
      const text = docxText(docx);
      expect(text.length).toBeGreaterThan(20_000);
      expect(text).toBe(markdownText(md));
    });
  }

  it('is deterministic: the same options give the same bytes', async () => {
    const a = (await render('garut', 'id', 'docx')) as Uint8Array;
    const b = (await render('garut', 'id', 'docx')) as Uint8Array;
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it('is a proper document: heading styles, tables with a repeated header row, page numbers in the footer', async () => {
    const zip = new PizZip((await render('magetan', 'id', 'docx')) as Uint8Array);
    const body = zip.file('word/document.xml')?.asText() ?? '';
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading4"/>');
    expect(body).toContain('<w:tblHeader/>');
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    const footer = footers.map((n) => zip.file(n)?.asText() ?? '').join('');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('Halaman');
  });

  const soffice = (() => {
    try {
      execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return true;
    } catch {
      return false;
    }
  })();
  const liberation = (() => {
    try {
      return /Liberation/i.test(execFileSync('fc-list', { encoding: 'utf8', timeout: 60_000 }));
    } catch {
      return false;
    }
  })();
  if (!soffice)
    console.warn('soffice (LibreOffice) is not installed: skipping the PDF conversion test');
  else if (!liberation)
    console.warn('the Liberation fonts are not installed: skipping the PDF conversion test');

  it.skipIf(!soffice || !liberation)(
    'opens in LibreOffice: soffice --headless --convert-to pdf makes a PDF',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pbi-jk-rulebook-'));
      try {
        const file = join(dir, 'buku-aturan-magetan.docx');
        writeFileSync(file, (await render('magetan', 'id', 'docx')) as Uint8Array);
        execFileSync(
          'soffice',
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            file,
          ],
          { stdio: 'ignore', timeout: 120_000 },
        );
        const pdf = join(dir, 'buku-aturan-magetan.pdf');
        expect(existsSync(pdf)).toBe(true);
        expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
