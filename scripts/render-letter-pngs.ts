/**
 * Renders one sample letter per kind, plus an F4 letter with an emblem (u.b. signer, paraf, four
 * tembusan) and an electronically signed one, and writes each page as a PNG under docs/letters/
 * (LibreOffice → PDF → `pdftoppm -png -r 60`), so a reader sees what the letters look like.
 * Run: `npx tsx scripts/render-letter-pngs.ts [--keep <dir>]` (needs soffice and pdftoppm;
 * `--keep` leaves the .docx and .pdf files in <dir> for a closer look).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../src/evaluate';
import { renderLetter } from '../src/letters/render-letter';
import type { ProfileId } from '../src/profiles/index';
import { defineProfile } from '../src/profiles/resolve';
import type { CaseInput } from '../src/schemas/case-input';
import type { LetterKind, Profile } from '../src/schemas/profile';
import { emblemPng } from '../test/letters/emblem';
import { pendaftaran, pengalihan, reaktivasi } from '../test/rules/fixtures';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs/letters');
const keepAt = process.argv.indexOf('--keep');
const keep = keepAt > 0 ? process.argv[keepAt + 1] : undefined;

/** Pematangsiantar on F4 with an emblem, a.n./u.b. signers and four tembusan: the fullest kop. */
const siantarF4: Profile = defineProfile('pematangsiantar', {
  id: 'pematangsiantar-f4',
  paper: 'F4',
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

type Sample = {
  file: string;
  kind?: LetterKind;
  profile: ProfileId | Profile;
  input: unknown;
  signatory?: string;
  signature?: 'basah' | 'elektronik';
};
const samples: Sample[] = [
  { file: 'rekomendasi-reaktivasi', profile: 'magetan', input: reaktivasi('35.20') },
  { file: 'rekomendasi-pendaftaran', profile: 'pematangsiantar', input: pendaftaran('12.72') },
  { file: 'rekomendasi-pengalihan', profile: 'pematangsiantar', input: pengalihan('12.72') },
  {
    file: 'pengembalian-berkas',
    profile: 'purbalingga',
    input: reaktivasi('33.03', {
      documents: ['ktp', 'kk', { kind: 'surat-pernyataan-tidak-mampu-bayar', stamped: false }],
    }),
  },
  {
    file: 'pemberitahuan-tidak-memenuhi-syarat',
    profile: 'garut',
    input: reaktivasi('33.03', {
      membership: { segment: 'PBI-APBD', inBpjsRoster: false, deactivatedOn: '2025-06-15' },
    }),
  },
  {
    file: 'f4-lambang-daerah',
    profile: siantarF4,
    input: pengalihan('12.72'),
    signatory: 'kabid-sosial',
  },
  {
    file: 'tanda-tangan-elektronik',
    profile: 'magetan',
    input: reaktivasi('35.20'),
    signature: 'elektronik',
  },
];

const work = keep ?? mkdtempSync(join(tmpdir(), 'pbi-jk-png-'));
mkdirSync(work, { recursive: true });
for (const s of samples) {
  const decision = await evaluate(s.input, { profile: s.profile });
  const bytes = await renderLetter({
    case: s.input as CaseInput,
    decision,
    profile: s.profile,
    letter: {
      number: '53',
      date: '2026-03-02',
      ...(s.kind ? { kind: s.kind } : {}),
      ...(s.signatory ? { signatory: s.signatory } : {}),
      ...(s.signature ? { signature: s.signature } : {}),
    },
  });
  writeFileSync(join(work, `${s.file}.docx`), bytes);
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
    ...samples.map((s) => `${s.file}.docx`),
  ],
  { cwd: work, stdio: 'ignore' },
);
mkdirSync(out, { recursive: true });
for (const old of readdirSync(out).filter((f) => f.endsWith('.png'))) rmSync(join(out, old));
let written = 0;
for (const s of samples) {
  // Every page: page 1 as <file>.png, later pages as <file>-<n>.png.
  execFileSync('pdftoppm', ['-png', '-r', '60', join(work, `${s.file}.pdf`), join(work, s.file)]);
  const pages = readdirSync(work)
    .filter((f) => f.startsWith(`${s.file}-`) && f.endsWith('.png'))
    .sort();
  for (const [i, page] of pages.entries()) {
    renameSync(join(work, page), join(out, i === 0 ? `${s.file}.png` : `${s.file}-${i + 1}.png`));
    written++;
  }
}
if (!keep) rmSync(work, { recursive: true, force: true });
console.log(`wrote ${written} PNGs to docs/letters/`);
