import type { Locale, Localized } from '../i18n/locale';
import type { Outcome } from '../schemas/decision';

const RUN_MANIFEST = '.pbi-jk-batch.json';

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
  /** Heading of the rules that wait for a check. */
  undecided: string;
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
  internal: (detail: string) => string;
  rowNotJson: (row: number, position: string | undefined) => string;
  notXlsx: (file: string, detail: string) => string;
  noSuchSheet: (sheet: string, sheets: string[]) => string;
  noHeaderRow: (sheets: string[], sheet?: string) => string;
  source: (p: { sheet?: string; headerRow: number; encoding?: string }) => string;
  outHoldsRun: (out: string) => string;
  resumeNothing: (out: string) => string;
  resumeOtherInput: string;
  resumeOtherSettings: string;
  resumed: (rows: number) => string;
  workerDied: string;
  internalRow: string;
  letterNotWritten: (code: string) => string;
  failedRows: (rows: string, count: number) => string;
  checksPendingNote: string;
  checksPendingCount: (n: number) => string;
  interrupted: (out: string) => string;
  templateSpec: (spec: string) => string;
  templateInvalid: (kind: string, file: string) => string;
  profileFile: (file: string, detail: string) => string;
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
  undecided: 'Belum dapat diputus (menunggu pengecekan)',
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
  internal: (d) =>
    `kesalahan internal pbi-jk (bukan kesalahan data Anda): ${d}. Laporkan ke pengelola pbi-jk.`,
  rowNotJson: (r, p) =>
    `baris ${r} bukan JSON yang valid${p ? ` (posisi ${p})` : ''}: periksa tanda kutip, koma dan kurung kurawal di baris itu`,
  notXlsx: (f, d) => `${f} tidak dapat dibaca sebagai buku kerja Excel (.xlsx): ${d}`,
  noSuchSheet: (s, all) => `lembar "${s}" tidak ada; lembar yang ada: ${all.join(', ')}`,
  noHeaderRow: (all, s) =>
    `${s ? `lembar "${s}"` : 'tidak ada lembar terlihat yang'} memuat baris judul kolom (layanan, nik, nama, …) di 20 baris pertama. Lembar: ${all.join(', ')}. Pakai examples/batch-template.xlsx atau --sheet NAMA`,
  source: (p) =>
    `membaca ${p.sheet ? `lembar "${p.sheet}", ` : ''}judul kolom di baris ${p.headerRow}${p.encoding && p.encoding !== 'utf-8' ? `, teks ${p.encoding}` : ''}`,
  outHoldsRun: (o) =>
    `folder ${o} sudah berisi hasil batch. Tambahkan --resume untuk menyelesaikan proses yang terputus, --overwrite untuk menggantinya, atau pilih folder --out lain`,
  resumeNothing: (o) =>
    `tidak ada proses batch untuk dilanjutkan di ${o} (tanpa berkas ${RUN_MANIFEST})`,
  resumeOtherInput:
    'berkas masukan berbeda dari proses yang akan dilanjutkan; gunakan --overwrite untuk memulai ulang',
  resumeOtherSettings:
    'pilihan (profil, tanggal, templat, nomor awal …) berbeda dari proses yang akan dilanjutkan; pakai pilihan yang sama, atau --overwrite',
  resumed: (n) => `melanjutkan: ${n} baris sudah selesai sebelumnya`,
  workerDied:
    'proses pembantu (worker) berhenti mendadak (kehabisan memori atau crash) saat mengerjakan baris ini; baris ini belum diputuskan',
  internalRow: 'kesalahan internal pbi-jk (bukan kesalahan data):',
  letterNotWritten: (code) =>
    `surat baris ini tidak dapat ditulis ke folder keluaran (${code}); periksa ruang disk dan izin tulis folder itu`,
  failedRows: (r, n) =>
    `GAGAL: ${n} baris (${r}) tidak diputuskan karena kesalahan internal (lihat errors.csv). Jalankan lagi dengan --overwrite, atau proses baris itu tersendiri.`,
  checksPendingNote: 'pemeriksaan kantor belum selesai: belum ada surat',
  checksPendingCount: (n) => `${n} kasus menunggu pemeriksaan kantor (tanpa surat)`,
  interrupted: (o) =>
    `dihentikan. Baris yang sudah selesai tersimpan di ${o}; jalankan perintah yang sama dengan --resume untuk melanjutkan.`,
  templateSpec: (s) =>
    `--template ${s}: tulis JENIS=berkas.docx, mis. --template pengembalian-berkas=templat-kami.docx`,
  templateInvalid: (k, f) =>
    `templat ${f} untuk ${k} tidak dapat dipakai; tidak ada baris yang diproses:`,
  profileFile: (f, d) => `berkas profil ${f}: ${d}`,
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
  undecided: 'Not yet decidable (waiting for a check)',
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
  internal: (d) => `internal pbi-jk error (not a problem with your data): ${d}. Please report it.`,
  rowNotJson: (r, p) =>
    `row ${r} is not valid JSON${p ? ` (position ${p})` : ''}: check the quotes, commas and braces on that row`,
  notXlsx: (f, d) => `${f} cannot be read as an Excel workbook (.xlsx): ${d}`,
  noSuchSheet: (s, all) => `there is no sheet "${s}"; sheets: ${all.join(', ')}`,
  noHeaderRow: (all, s) =>
    `${s ? `sheet "${s}" has` : 'no visible sheet has'} a header row (layanan, nik, nama, …) in its first 20 rows. Sheets: ${all.join(', ')}. Use examples/batch-template.xlsx or --sheet NAME`,
  source: (p) =>
    `reading ${p.sheet ? `sheet "${p.sheet}", ` : ''}headers on row ${p.headerRow}${p.encoding && p.encoding !== 'utf-8' ? `, text in ${p.encoding}` : ''}`,
  outHoldsRun: (o) =>
    `${o} already holds a batch run. Add --resume to finish an interrupted run, --overwrite to replace it, or choose another --out folder`,
  resumeNothing: (o) => `there is no batch run to resume in ${o} (no ${RUN_MANIFEST})`,
  resumeOtherInput:
    'the input file differs from the run being resumed; use --overwrite to start again',
  resumeOtherSettings:
    'the options (profile, dates, templates, start number …) differ from the run being resumed; use the same ones, or --overwrite',
  resumed: (n) => `resuming: ${n} rows were already done`,
  workerDied:
    'a worker thread stopped (out of memory or a crash) while processing this row; the row was not decided',
  internalRow: 'internal pbi-jk error (not a problem with the data):',
  letterNotWritten: (code) =>
    `the letter of this row could not be written to the output folder (${code}); check the disk space and that folder's write permission`,
  failedRows: (r, n) =>
    `FAILED: ${n} ${n === 1 ? 'row' : 'rows'} (${r}) were not decided because of an internal error (see errors.csv). Run again with --overwrite, or process those rows on their own.`,
  checksPendingNote: 'office checks pending: no letter yet',
  checksPendingCount: (n) => `${n} cases wait for office checks (no letter)`,
  interrupted: (o) =>
    `stopped. Finished rows are kept in ${o}; run the same command with --resume to finish.`,
  templateSpec: (s) =>
    `--template ${s}: write KIND=file.docx, e.g. --template pengembalian-berkas=our-template.docx`,
  templateInvalid: (k, f) => `template ${f} for ${k} cannot be used; no row was processed:`,
  profileFile: (f, d) => `profile file ${f}: ${d}`,
};

/** The command line's messages per locale. */
export const cliMessages: Localized<CliMessages> = { id, en };

/** The messages for one locale. */
export function messagesFor(locale: Locale): CliMessages {
  return cliMessages[locale];
}
