/**
 * The desk page's own words (headings, buttons, hints), per locale. Field labels, reasons, next
 * steps and document names are not here: they come from the CaseInput schema and the library's
 * message catalogues, so the page never holds a second copy of them.
 */
import type { Localized } from '../i18n/locale';

/** Every phrase of the page chrome in one language. */
export type DeskStrings = {
  title: string;
  subtitle: string;
  language: string;
  profile: string;
  configured: string;
  service: string;
  caseSection: string;
  newCase: string;
  documentsSection: string;
  documentsHint: string;
  identityNone: string;
  brought: string;
  stamped: string;
  notChecked: string;
  yes: string;
  no: string;
  choose: string;
  decision: string;
  fillFirst: (n: number) => string;
  problems: string;
  outcome: Record<'eligible' | 'incomplete' | 'ineligible', string>;
  reasons: string;
  noReasons: string;
  verified: string;
  unverified: string;
  pending: string;
  missingDocuments: string;
  nextSteps: string;
  letterWillBe: string;
  finishChecks: string;
  letter: string;
  letterNumber: string;
  letterNumberHint: (pattern: string) => string;
  letterNumberPrinted: (n: string) => string;
  letterDate: string;
  signatory: string;
  paper: string;
  signature: string;
  signatureWet: string;
  signatureElectronic: string;
  notAvailable: string;
  download: string;
  downloaded: (file: string) => string;
  cannotWrite: string;
  ruleBook: string;
  ruleBookShow: string;
  ruleBookDownload: string;
  privacy: string;
  remember: string;
  forget: string;
  forgotten: string;
  timing: (ms: number) => string;
  unknownError: string;
};

const id: DeskStrings = {
  title: 'Meja Layanan PBI-JK',
  subtitle:
    'Semua keputusan dihitung di peramban ini. Tidak ada data yang dikirim ke mana pun; halaman ini tetap jalan tanpa jaringan.',
  language: 'Bahasa',
  profile: 'Profil kantor',
  configured: 'dikonfigurasi',
  service: 'Layanan',
  caseSection: 'Permohonan',
  newCase: 'Kasus baru (kosongkan isian)',
  documentsSection: 'Dokumen yang dibawa',
  documentsHint: 'Daftar dokumen menurut profil dan layanan yang dipilih.',
  identityNone: '— belum ada —',
  brought: 'dibawa',
  stamped: 'bermeterai',
  notChecked: 'belum dicek',
  yes: 'ya',
  no: 'tidak',
  choose: '— pilih —',
  decision: 'Keputusan',
  fillFirst: (n) => `Isian belum sah: ${n} masalah. Perbaiki di kolom yang ditandai.`,
  problems: 'Masalah isian',
  outcome: { eligible: 'LAYAK', incomplete: 'BELUM LENGKAP', ineligible: 'TIDAK LAYAK' },
  reasons: 'Alasan',
  noReasons: 'Semua aturan terpenuhi.',
  verified: 'terverifikasi',
  unverified: 'belum terverifikasi',
  pending: 'Pemeriksaan yang belum dilakukan',
  missingDocuments: 'Dokumen yang kurang',
  nextSteps: 'Langkah berikutnya',
  letterWillBe: 'Surat yang dibuat',
  finishChecks: 'Selesaikan pemeriksaan dulu',
  letter: 'Surat',
  letterNumber: 'Nomor surat',
  letterNumberHint: (p) =>
    `Nomor urut saja (mis. 17) diisikan ke pola ${p}; nomor lengkap dipakai apa adanya.`,
  letterNumberPrinted: (n) => `Tercetak: ${n}`,
  letterDate: 'Tanggal surat',
  signatory: 'Penanda tangan',
  paper: 'Kertas',
  signature: 'Tanda tangan',
  signatureWet: 'basah',
  signatureElectronic: 'elektronik',
  notAvailable: 'belum tersedia di versi pustaka ini',
  download: 'Unduh surat (.docx)',
  downloaded: (f) => `Surat diunduh: ${f}`,
  cannotWrite: 'Surat belum dapat dibuat',
  ruleBook: 'Buku aturan',
  ruleBookShow: 'Tampilkan buku aturan profil ini',
  ruleBookDownload: 'Unduh buku aturan (.docx)',
  privacy: 'Privasi',
  remember: 'Simpan isian di peramban ini (localStorage)',
  forget: 'Hapus isian tersimpan',
  forgotten: 'Isian tersimpan sudah dihapus.',
  timing: (ms) => `keputusan dihitung dalam ${ms.toFixed(1)} ms`,
  unknownError: 'Terjadi kesalahan internal',
};

const en: DeskStrings = {
  title: 'PBI-JK Front Desk',
  subtitle:
    'Every decision is computed in this browser. No data is sent anywhere; the page keeps working without a network.',
  language: 'Language',
  profile: 'Office profile',
  configured: 'configured',
  service: 'Service',
  caseSection: 'Application',
  newCase: 'New case (clear the form)',
  documentsSection: 'Documents brought',
  documentsHint: 'The documents the chosen profile and service ask for.',
  identityNone: '— none yet —',
  brought: 'brought',
  stamped: 'with meterai',
  notChecked: 'not checked',
  yes: 'yes',
  no: 'no',
  choose: '— choose —',
  decision: 'Decision',
  fillFirst: (n) => `The form is not valid yet: ${n} problem(s). Fix the marked fields.`,
  problems: 'Form problems',
  outcome: { eligible: 'ELIGIBLE', incomplete: 'INCOMPLETE', ineligible: 'INELIGIBLE' },
  reasons: 'Reasons',
  noReasons: 'Every rule is met.',
  verified: 'verified',
  unverified: 'not verified',
  pending: 'Checks not yet made',
  missingDocuments: 'Missing documents',
  nextSteps: 'Next steps',
  letterWillBe: 'Letter to be written',
  finishChecks: 'Finish the checks first',
  letter: 'Letter',
  letterNumber: 'Letter number',
  letterNumberHint: (p) =>
    `A serial alone (e.g. 17) goes into the pattern ${p}; a full number is kept as typed.`,
  letterNumberPrinted: (n) => `Printed: ${n}`,
  letterDate: 'Letter date',
  signatory: 'Signatory',
  paper: 'Paper',
  signature: 'Signature',
  signatureWet: 'wet ink',
  signatureElectronic: 'electronic',
  notAvailable: 'not available in this library version',
  download: 'Download letter (.docx)',
  downloaded: (f) => `Letter downloaded: ${f}`,
  cannotWrite: 'The letter cannot be written yet',
  ruleBook: 'Rule book',
  ruleBookShow: "Show this profile's rule book",
  ruleBookDownload: 'Download rule book (.docx)',
  privacy: 'Privacy',
  remember: 'Keep the form in this browser (localStorage)',
  forget: 'Clear the kept form',
  forgotten: 'The kept form has been cleared.',
  timing: (ms) => `decision computed in ${ms.toFixed(1)} ms`,
  unknownError: 'An internal error occurred',
};

/** The page's words in Bahasa Indonesia and English. */
export const DESK_STRINGS: Localized<DeskStrings> = { id, en };
