/**
 * Issue 12: a batch worker writes each letter itself, atomically, before it reports the row; a
 * letter it cannot write makes the row fail with a reason (never a row that claims a letter).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BATCH_DIRS, BatchJobRunner } from '../../src/cli/batch-job';
import { nodeSha256Hex } from '../../src/cli/node-sha256';
import { CaseInput } from '../../src/schemas/case-input';
import { reaktivasi } from '../rules/fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function outDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'pbi-jk-job-'));
  dirs.push(d);
  return d;
}

async function decideAndRender(out: string) {
  const runner = new BatchJobRunner({ profile: 'magetan', locale: 'id', outDir: out });
  const decided = await runner.decide({ seq: 0, input: CaseInput.parse(reaktivasi('35.20')) });
  expect(decided).toMatchObject({ ok: true, outcome: 'eligible' });
  return runner.render({ seq: 0, number: '12', date: '2026-03-02', base: '00002-siti' });
}

describe('BatchJobRunner writes the letters it renders', () => {
  it('the letter is in place, under its name, with the SHA-256 it reports, and no temporary file', async () => {
    const out = outDir();
    mkdirSync(join(out, BATCH_DIRS.letters));
    const r = await decideAndRender(out);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.letterFile).toBe('surat/00002-siti.docx');
    const bytes = readFileSync(join(out, r.letterFile as string));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(r.letterSha256).toBe(nodeSha256Hex(bytes));
    expect(readdirSync(join(out, BATCH_DIRS.letters))).toEqual(['00002-siti.docx']);
  });

  it('a letter that cannot be written fails the row with a reason staff can act on', async () => {
    const out = outDir();
    // `surat` is a file, not a folder: nothing can be written into it.
    writeFileSync(join(out, BATCH_DIRS.letters), 'not a folder');
    const r = await decideAndRender(out);
    expect(r).toEqual({
      ok: false,
      internal: true,
      issues: [{ path: [], message: expect.stringMatching(/ENOTDIR.*ruang disk dan izin tulis/) }],
    });
  });
});
