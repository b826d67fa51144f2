/**
 * Words of the rule book's review parts — the cover's fingerprint, the changes since the signed
 * version, the office, the article texts and the sign-off sheet — in Indonesian and English.
 */
import type { Locale } from '../i18n/locale';
import type { PolicyKnob } from '../rules/types';

/** The review parts' words in one language. */
export type ReviewLabels = {
  fingerprint: string;
  fingerprintNote: string;
  changesSection: string;
  changesAgainst: (version: string, fingerprint: string) => string;
  noChanges: string;
  changesSummary: (rules: number, parameters: number, citations: number, other: number) => string;
  rulesAdded: string;
  rulesRemoved: string;
  rulesChanged: string;
  parametersChanged: string;
  citationsChanged: string;
  requirementsChanged: string;
  policyChanged: string;
  instrumentsChanged: string;
  nationalChanged: string;
  before: string;
  after: string;
  conditionBefore: string;
  conditionAfter: string;
  citationsBefore: string;
  citationsAfter: string;
  requirementBefore: string;
  requirementAfter: string;
  validityBefore: string;
  validityAfter: string;
  otherChanged: (fields: string) => string;
  verifiedFlip: (before: string, after: string) => string;
  citationText: string;
  citedBy: string;
  usedByParameters: string;
  verification: string;
  removedEntry: string;
  addedEntry: string;
  valuesBefore: string;
  valuesAfter: string;
  valueFromTo: (value: string, from: string, to: string | undefined) => string;
  notASnapshot: string;
  otherProfile: (snapshot: string, book: string) => string;
  altered: string;
  signOffSection: string;
  signOffIntro: (version: string, fingerprint: string) => string;
  signOffHeader: readonly string[];
  decisionChoices: string;
  reviewedBox: string;
  signers: readonly string[];
  signDate: string;
  signName: string;
  signNip: string;
  officeSigning: string;
  signedBy: string;
  usualSigner: string;
  noParaf: string;
  minutes: (n: number) => string;
  workingDays: (n: number) => string;
  delegation: string;
  parafChain: string;
  sla: string;
  slaCadence: string;
  cadences: Record<'same-day' | 'daily' | 'monthly', string>;
  letterProducts: string;
  letterProductsHeader: readonly string[];
  articleText: string;
  ayat: (n: number) => string;
  pasal: (n: number) => string;
  articleTextMissing: string;
  sopWords: string;
  sopWordsMissing: string;
  knobNeeds: Record<PolicyKnob, string>;
  notEnabled: (needs: string) => string;
  neverEnrolled: string;
  /** A citation's summary, which the law data keeps in Indonesian. */
  citationSummary: (title: string) => string;
};

const id: ReviewLabels = {
  fingerprint: 'Sidik jari aturan (SHA-256):',
  fingerprintNote:
    'Sidik jari ini identik dengan hasil `exportRuleset` untuk profil ini (`pbi-jk rules --snapshot`). Setiap perubahan aturan, parameter, dasar hukum atau persyaratan mengubahnya: lembar pengesahan berlaku hanya untuk sidik jari ini.',
  changesSection: 'Perubahan sejak versi yang disahkan',
  changesAgainst: (version, fp) =>
    `Dibandingkan dengan snapshot yang disahkan: versi aturan ${version}, sidik jari ${fp}.`,
  noChanges: 'Tidak ada perubahan: sidik jari sama dengan versi yang disahkan.',
  changesSummary: (r, p, c, o) =>
    `Berubah: ${r} aturan, ${p} parameter, ${c} dasar hukum, ${o} hal lain. Hanya bagian berikut yang perlu ditelaah ulang.`,
  rulesAdded: 'Aturan baru',
  rulesRemoved: 'Aturan yang dihapus',
  rulesChanged: 'Aturan yang berubah',
  parametersChanged: 'Parameter yang berubah',
  citationsChanged: 'Dasar hukum yang berubah',
  requirementsChanged: 'Persyaratan dokumen yang berubah',
  policyChanged: 'Kebijakan SOP profil yang berubah',
  instrumentsChanged: 'Data peraturan yang berubah',
  nationalChanged: 'Persyaratan dan segmen nasional per layanan berubah.',
  before: 'Sebelum:',
  after: 'Sesudah:',
  conditionBefore: 'Alasan diberikan bila (sebelum):',
  conditionAfter: 'Alasan diberikan bila (sesudah):',
  citationsBefore: 'Dasar hukum (sebelum):',
  citationsAfter: 'Dasar hukum (sesudah):',
  requirementBefore: 'Persyaratan dokumen (sebelum):',
  requirementAfter: 'Persyaratan dokumen (sesudah):',
  validityBefore: 'Masa berlaku (sebelum):',
  validityAfter: 'Masa berlaku (sesudah):',
  otherChanged: (fields) => `Data lain yang berubah: ${fields}.`,
  verifiedFlip: (b, a) => `Status verifikasi berubah: ${b} → ${a}.`,
  citationText: 'Isi menurut data:',
  citedBy: 'Dikutip oleh aturan:',
  usedByParameters: 'Dasar parameter:',
  verification: 'Verifikasi:',
  removedEntry: 'dihapus',
  addedEntry: 'baru',
  valuesBefore: 'Nilai (sebelum):',
  valuesAfter: 'Nilai (sesudah):',
  valueFromTo: (v, from, to) => (to ? `${v}, ${from} sampai ${to}` : `${v}, sejak ${from}`),
  notASnapshot:
    'bukan snapshot aturan pbi-jk; buat dengan `pbi-jk rules --snapshot --profile <id> --out disahkan.json` atau `exportRuleset(profil)`',
  otherProfile: (snap, book) =>
    `snapshot ini untuk profil "${snap}", sedangkan buku ini untuk profil "${book}"; gunakan snapshot yang disahkan untuk profil yang sama`,
  altered:
    'isi snapshot tidak cocok dengan sidik jarinya (berkas telah diubah setelah dibuat); gunakan berkas snapshot yang disahkan tanpa perubahan',
  signOffSection: 'Lembar pengesahan',
  signOffIntro: (version, fp) =>
    `Telaah atas versi aturan ${version} dengan sidik jari ${fp}. Untuk setiap aturan: beri tanda pada kolom Ditelaah, tulis keputusan (diterima / diubah / ditolak) dan catatan, lalu paraf.`,
  signOffHeader: ['No', 'Kode aturan', 'Judul', 'Ditelaah', 'Keputusan', 'Catatan', 'Paraf'],
  decisionChoices: 'diterima / diubah / ditolak',
  reviewedBox: '☐',
  signers: ['Kepala Bidang Perlindungan dan Jaminan Sosial', 'Kepala Bagian Hukum'],
  signDate: 'Tanggal: ………………………',
  signName: '( ……………………………………… )',
  signNip: 'NIP. ………………………………',
  officeSigning: 'Penandatangan dan paraf',
  signedBy: 'Penandatangan surat:',
  usualSigner: 'penandatangan biasa',
  noParaf: 'SOP tidak menetapkan urutan paraf',
  minutes: (n) => `${n} menit`,
  workingDays: (n) => `${n} hari kerja`,
  delegation: 'Atas nama / untuk beliau:',
  parafChain: 'Urutan paraf:',
  sla: 'Waktu pelayanan (SLA):',
  slaCadence: 'Irama pengiriman berkas ke BPJS:',
  cadences: {
    'same-day': 'pada hari yang sama',
    daily: 'setiap hari',
    monthly:
      'sekali sebulan (kepesertaan berlaku menurut siklus penetapan, bukan pada hari pelayanan)',
  },
  letterProducts: 'Surat yang dicetak pbi-jk dan produk layanan menurut SOP',
  letterProductsHeader: ['Surat pbi-jk', 'Produk layanan menurut SOP'],
  articleText: 'Bunyi',
  ayat: (n) => `ayat (${n})`,
  pasal: (n) => `Pasal ${n}`,
  articleTextMissing:
    'Bunyi pasal belum diambil dari naskah resmi; periksa naskah peraturan sebelum memakai kutipan ini sebagai dasar.',
  sopWords: 'Bunyi SOP',
  sopWordsMissing: 'kalimat SOP belum dikutip dalam data profil',
  knobNeeds: {
    segments: 'SOP membatasi segmen kepesertaan',
    windowBound: 'SOP mengubah cara menghitung batas waktu',
    windowMonths: 'SOP memperpendek batas waktu',
    checkBpjsRoster: 'SOP mewajibkan pengecekan SK kepesertaan BPJS',
    residentsOnly: 'SOP hanya melayani penduduk wilayahnya',
    acceptVerifiedPoor: 'SOP menerima warga miskin non-DTKS',
    requirements: 'SOP meminta dokumen tambahan',
    requireStamp: 'SOP mewajibkan meterai pada surat pernyataan',
    identityNamed: 'SOP menyebut sendiri dokumen identitas yang diterimanya',
  },
  notEnabled: (needs) => `hanya dipakai bila ${needs}; SOP ini tidak menetapkannya`,
  neverEnrolled: 'belum pernah menjadi peserta',
  citationSummary: (title) => title,
};

const en: ReviewLabels = {
  fingerprint: 'Ruleset fingerprint (SHA-256):',
  fingerprintNote:
    'This fingerprint equals `exportRuleset` for this profile (`pbi-jk rules --snapshot`). Any change to a rule, parameter, legal basis or requirement changes it: the sign-off sheet holds for this fingerprint only.',
  changesSection: 'Changes since the signed version',
  changesAgainst: (version, fp) =>
    `Compared with the signed snapshot: ruleset version ${version}, fingerprint ${fp}.`,
  noChanges: 'No changes: the fingerprint equals the signed version.',
  changesSummary: (r, p, c, o) =>
    `Changed: ${r} rules, ${p} parameters, ${c} legal bases, ${o} other items. Only what follows needs another review.`,
  rulesAdded: 'New rules',
  rulesRemoved: 'Removed rules',
  rulesChanged: 'Changed rules',
  parametersChanged: 'Changed parameters',
  citationsChanged: 'Changed legal bases',
  requirementsChanged: 'Changed document requirements',
  policyChanged: "Changed policy of the profile's SOP",
  instrumentsChanged: 'Changed regulation data',
  nationalChanged: 'The national requirements and segments per service changed.',
  before: 'Before:',
  after: 'After:',
  conditionBefore: 'Reason given when (before):',
  conditionAfter: 'Reason given when (after):',
  citationsBefore: 'Legal basis (before):',
  citationsAfter: 'Legal basis (after):',
  requirementBefore: 'Document requirement (before):',
  requirementAfter: 'Document requirement (after):',
  validityBefore: 'In force (before):',
  validityAfter: 'In force (after):',
  otherChanged: (fields) => `Other data changed: ${fields}.`,
  verifiedFlip: (b, a) => `Verification changed: ${b} → ${a}.`,
  citationText: 'What the data says:',
  citedBy: 'Cited by rules:',
  usedByParameters: 'Basis of parameters:',
  verification: 'Verification:',
  removedEntry: 'removed',
  addedEntry: 'new',
  valuesBefore: 'Values (before):',
  valuesAfter: 'Values (after):',
  valueFromTo: (v, from, to) => (to ? `${v}, ${from} to ${to}` : `${v}, from ${from}`),
  notASnapshot:
    'not a pbi-jk ruleset snapshot; make one with `pbi-jk rules --snapshot --profile <id> --out signed.json` or `exportRuleset(profile)`',
  otherProfile: (snap, book) =>
    `this snapshot is for profile "${snap}" but this book is for profile "${book}"; use the snapshot signed for the same profile`,
  altered:
    'the snapshot does not match its fingerprint (the file was changed after it was made); use the signed snapshot file unchanged',
  signOffSection: 'Sign-off sheet',
  signOffIntro: (version, fp) =>
    `Review of ruleset version ${version}, fingerprint ${fp}. For each rule: tick Reviewed, write the decision (accepted / amended / rejected) and a note, then initial.`,
  signOffHeader: ['No', 'Rule id', 'Title', 'Reviewed', 'Decision', 'Note', 'Initials'],
  decisionChoices: 'accepted / amended / rejected',
  reviewedBox: '☐',
  signers: ['Head of Social Protection and Security (Kabid)', 'Head of Legal Affairs'],
  signDate: 'Date: ………………………',
  signName: '( ……………………………………… )',
  signNip: 'NIP: ………………………………',
  officeSigning: 'Signatories and initials',
  signedBy: 'Letters are signed by:',
  usualSigner: 'usual signer',
  noParaf: 'the SOP sets no initials chain',
  minutes: (n) => `${n} minutes`,
  workingDays: (n) => `${n} working day${n === 1 ? '' : 's'}`,
  delegation: 'On behalf of (a.n.) / for (u.b.):',
  parafChain: 'Initials (paraf) chain:',
  sla: 'Service time (SLA):',
  slaCadence: 'How often files go on to BPJS:',
  cadences: {
    'same-day': 'the same day',
    daily: 'daily',
    monthly: 'once a month, collectively (the desk time is not the time cover starts)',
  },
  letterProducts: "Letters pbi-jk prints and the SOP's service products",
  letterProductsHeader: ['pbi-jk letter', 'Service product in the SOP'],
  articleText: 'Text of',
  ayat: (n) => `ayat (${n})`,
  pasal: (n) => `Pasal ${n}`,
  articleTextMissing:
    'The text of this article has not been taken from the official text; check the regulation before relying on this citation.',
  sopWords: 'Words of the SOP',
  sopWordsMissing: "the SOP's sentence is not quoted in the profile data yet",
  knobNeeds: {
    segments: 'the SOP limits the membership segments',
    windowBound: 'the SOP changes how the window is counted',
    windowMonths: 'the SOP shortens the window',
    checkBpjsRoster: 'the SOP requires checking the BPJS membership decree',
    residentsOnly: 'the SOP serves only residents of its region',
    acceptVerifiedPoor: 'the SOP accepts poor families outside DTKS',
    requirements: 'the SOP asks for more documents',
    requireStamp: 'the SOP requires a meterai on the statement',
    identityNamed: 'the SOP names the identity documents it accepts',
  },
  notEnabled: (needs) => `used only when ${needs}; this SOP does not`,
  neverEnrolled: 'never a member',
  citationSummary: (title) => `Summary (in Indonesian, as the law data keeps it): “${title}”`,
};

/** The review parts' words per locale. */
export const REVIEW_LABELS: Record<Locale, ReviewLabels> = { id, en };
