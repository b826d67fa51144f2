/**
 * Renders one sample letter per kind and writes its first page as a PNG under docs/letters/
 * (LibreOffice → PDF → `pdftoppm -png -r 60`), so a reader sees what the letters look like.
 * Run: `npx tsx scripts/render-letter-pngs.ts` (needs soffice and pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../src/evaluate';
import { renderLetter } from '../src/letters/render-letter';
import type { ProfileId } from '../src/profiles/index';
import type { CaseInput } from '../src/schemas/case-input';
import type { LetterKind } from '../src/schemas/profile';
import { pendaftaran, pengalihan, reaktivasi } from '../test/rules/fixtures';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs/letters');
const samples: { kind: LetterKind; profile: ProfileId; input: unknown }[] = [
  { kind: 'rekomendasi-reaktivasi', profile: 'magetan', input: reaktivasi('35.20') },
  { kind: 'rekomendasi-pendaftaran', profile: 'pematangsiantar', input: pendaftaran('12.72') },
  { kind: 'rekomendasi-pengalihan', profile: 'pematangsiantar', input: pengalihan('12.72') },
  {
    kind: 'pengembalian-berkas',
    profile: 'magetan',
    input: reaktivasi('35.20', { membership: { inBpjsRoster: false }, documents: ['ktp'] }),
  },
];

const work = mkdtempSync(join(tmpdir(), 'pbi-jk-png-'));
for (const s of samples) {
  const decision = await evaluate(s.input, { profile: s.profile });
  const bytes = await renderLetter({
    case: s.input as CaseInput,
    decision,
    profile: s.profile,
    letter: { number: '53', date: '2026-03-02', kind: s.kind },
  });
  writeFileSync(join(work, `${s.kind}.docx`), bytes);
}
execFileSync(
  'soffice',
  [
    `-env:UserInstallation=file://${join(work, 'profile')}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    work,
    ...samples.map((s) => `${s.kind}.docx`),
  ],
  { cwd: work, stdio: 'ignore' },
);
mkdirSync(out, { recursive: true });
for (const s of samples) {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    join(work, `${s.kind}.pdf`),
    join(work, s.kind),
  ]);
  renameSync(join(work, `${s.kind}.png`), join(out, `${s.kind}.png`));
}
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${samples.length} PNGs to docs/letters/`);
