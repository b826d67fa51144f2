import type { Locale, Localized } from '../i18n/locale';
import type { Outcome } from '../schemas/decision';

/** Every text the command line prints itself, in both languages (a missing one fails tsc). */
export type CliMessages = {
  outcome: Record<Outcome, string>;
  outcomeLabel: string;
  service: string;
  profile: string;
  asOf: string;
  regime: string;
  applicant: string;
  reasons: string;
  noReasons: string;
  legalBasis: string;
  unverified: string;
  missingDocuments: string;
  nextSteps: string;
  passed: string;
  kind: Record<'eligibility' | 'document' | 'check' | 'warning', string>;
  invalidInput: string;
  invalidJson: (detail: string) => string;
  fileNotFound: (file: string) => string;
  cannotRead: (file: string, detail: string) => string;
  unsupportedFormat: (file: string) => string;
  unexpected: (detail: string) => string;
  wrote: (file: string) => string;
  batchDone: (p: {
    total: number;
    valid: number;
    invalid: number;
    letters: number;
    out: string;
  }) => string;
  batchOutcomes: (p: Record<Outcome, number>) => string;
  unknownColumns: (cols: string) => string;
  demoProfile: (p: { profile: string; cases: number } & Record<Outcome, number>) => string;
  demoDone: (out: string) => string;
  templateOk: string;
  templateProblems: (n: number) => string;
  stdinTty: string;
};

const id: CliMessages = {
  outcome: {
    eligible: 'MEMENUHI SYARAT',
    incomplete: 'BELUM LENGKAP',
    ineligible: 'TIDAK MEMENUHI SYARAT',
  },
  outcomeLabel: 'Hasil',
  service: 'Layanan',
  profile: 'Profil',
  asOf: 'Tanggal acuan',
  regime: 'Regulasi',
  applicant: 'Pemohon',
  reasons: 'Alasan',
  noReasons: 'Tidak ada alasan penolakan atau catatan.',
  legalBasis: 'Dasar hukum',
  unverified: 'belum diverifikasi',
  missingDocuments: 'Dokumen yang kurang',
  nextSteps: 'Langkah berikutnya',
  passed: 'Syarat yang terpenuhi',
  kind: { eligibility: 'syarat', document: 'dokumen', check: 'pemeriksaan', warning: 'peringatan' },
  invalidInput: 'Data tidak valid',
  invalidJson: (d) => `berkas bukan JSON yang valid: ${d}`,
  fileNotFound: (f) => `berkas tidak ditemukan: ${f}`,
  cannotRead: (f, d) => `berkas ${f} tidak dapat dibaca: ${d}`,
  unsupportedFormat: (f) => `format berkas ${f} tidak didukung: gunakan .jsonl, .csv atau .xlsx`,
  unexpected: (d) => `kesalahan tak terduga: ${d}`,
  wrote: (f) => `ditulis: ${f}`,
  batchDone: (p) =>
    `${p.total} baris diproses: ${p.valid} valid, ${p.invalid} tidak valid (lihat errors.csv), ${p.letters} surat ditulis ke ${p.out}`,
  batchOutcomes: (p) =>
    `memenuhi syarat ${p.eligible} · belum lengkap ${p.incomplete} · tidak memenuhi syarat ${p.ineligible}`,
  unknownColumns: (c) => `kolom tidak dikenal diabaikan: ${c}`,
  demoProfile: (p) =>
    `${p.profile.padEnd(16)} ${String(p.cases).padStart(2)} kasus: memenuhi syarat ${p.eligible}, belum lengkap ${p.incomplete}, tidak memenuhi syarat ${p.ineligible}`,
  demoDone: (o) =>
    `Keputusan (JSON dan ringkasan.md), surat dan buku aturan ditulis ke ${o}. Buka ${o}/ringkasan.md untuk membaca hasilnya.`,
  templateOk: 'Templat dapat dipakai: tidak ada masalah.',
  templateProblems: (n) => `Templat bermasalah (${n} masalah):`,
  stdinTty: 'menunggu data kasus JSON dari stdin (akhiri dengan Ctrl-D)…',
};

const en: CliMessages = {
  outcome: { eligible: 'ELIGIBLE', incomplete: 'INCOMPLETE', ineligible: 'NOT ELIGIBLE' },
  outcomeLabel: 'Outcome',
  service: 'Service',
  profile: 'Profile',
  asOf: 'As of',
  regime: 'Regulation',
  applicant: 'Applicant',
  reasons: 'Reasons',
  noReasons: 'No reasons or warnings.',
  legalBasis: 'Legal basis',
  unverified: 'not yet verified',
  missingDocuments: 'Missing documents',
  nextSteps: 'Next steps',
  passed: 'Conditions met',
  kind: { eligibility: 'eligibility', document: 'document', check: 'check', warning: 'warning' },
  invalidInput: 'Invalid input',
  invalidJson: (d) => `file is not valid JSON: ${d}`,
  fileNotFound: (f) => `file not found: ${f}`,
  cannotRead: (f, d) => `cannot read ${f}: ${d}`,
  unsupportedFormat: (f) => `unsupported file format ${f}: use .jsonl, .csv or .xlsx`,
  unexpected: (d) => `unexpected error: ${d}`,
  wrote: (f) => `wrote: ${f}`,
  batchDone: (p) =>
    `${p.total} rows processed: ${p.valid} valid, ${p.invalid} invalid (see errors.csv), ${p.letters} letters written to ${p.out}`,
  batchOutcomes: (p) =>
    `eligible ${p.eligible} · incomplete ${p.incomplete} · not eligible ${p.ineligible}`,
  unknownColumns: (c) => `unknown columns ignored: ${c}`,
  demoProfile: (p) =>
    `${p.profile.padEnd(16)} ${String(p.cases).padStart(2)} cases: eligible ${p.eligible}, incomplete ${p.incomplete}, not eligible ${p.ineligible}`,
  demoDone: (o) =>
    `Decisions (JSON and ringkasan.md), letters and rule books written to ${o}. Open ${o}/ringkasan.md to read the results.`,
  templateOk: 'The template can be used: no problems found.',
  templateProblems: (n) => `The template has problems (${n}):`,
  stdinTty: 'waiting for case JSON on stdin (end with Ctrl-D)…',
};

/** The command line's messages per locale. */
export const cliMessages: Localized<CliMessages> = { id, en };

/** The messages for one locale. */
export function messagesFor(locale: Locale): CliMessages {
  return cliMessages[locale];
}
