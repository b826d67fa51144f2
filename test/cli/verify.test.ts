import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, cli, tempDir } from './helpers';

const ELIGIBLE = join(CASES, 'magetan/01-reaktivasi-memenuhi-syarat.json');
const OTHER = join(CASES, 'magetan/02-reaktivasi-tidak-di-sk-bpjs.json');

describe('pbi-jk verify', () => {
  it('exit 0 for the letter of this case, 1 for another case or a .docx without a receipt; no personal data printed', () => {
    const out = join(tempDir(), 'surat.docx');
    const made = cli(['letter', ELIGIBLE, '--profile', 'magetan', '--number', '17', '--out', out]);
    expect(made.code).toBe(0);
    const right = cli(['verify', out, '--case', ELIGIBLE]);
    expect(right.code, right.stderr).toBe(0);
    expect(right.stdout).toContain('outcome: eligible');
    expect(right.stdout).toContain('Surat dibuat dari kasus ini: ya');
    expect(right.stdout).not.toMatch(/\d{16}|Siti/);
    const wrong = cli(['verify', out, '--case', OTHER, '--locale', 'en']);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('Letter made from this case: NO');
    const none = cli([
      'verify',
      join(import.meta.dirname, '../../templates/rekomendasi-reaktivasi.docx'),
    ]);
    expect(none.code).toBe(1);
    const signed = cli([
      'letter',
      ELIGIBLE,
      '--profile',
      'magetan',
      '--number',
      '17',
      '--signature',
      'elektronik',
      '--out',
      out,
    ]);
    expect(signed.code, signed.stderr).toBe(0);
  });
});
