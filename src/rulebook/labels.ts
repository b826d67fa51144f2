/**
 * Every heading, label and fixed phrase of the rule book, per locale. The type lists each key,
 * so a missing translation is a compile error (date-fns style); the law itself is never here —
 * it comes from the rule data.
 */
import type { Localized } from '../i18n/locale';
import type { Operator, PolicyKnob } from '../rules/types';
import type { DocumentKind, Service } from '../schemas/case-input';
import type { Outcome, ReasonKind } from '../schemas/decision';

/** The words and phrases of one rule-book language. */
export type RuleBookLabels = {
  title: (office: string) => string;
  generated: (version: string, asOf: string) => string;
  noHandEdits: string;
  metaProfile: string;
  metaAsOf: string;
  metaRegime: string;
  metaRegistry: string;
  metaVersion: string;
  howToRead: string;
  legend: readonly string[];
  // 1. Office and SOP
  officeSection: string;
  office: string;
  region: string;
  sopNumber: string;
  sopIssued: string;
  sopTitle: string;
  sopSeed: string;
  sopRegistry: string;
  noSop: string;
  notStated: string;
  legalBasis: string;
  legalBasisNone: string;
  legalBasisHeader: readonly [string, string, string, string];
  inForce: string;
  notInForceYet: (from: string) => string;
  revoked: (chain: string, source: string, verified: boolean) => string;
  statusUnknown: (source: string) => string;
  notTracked: string;
  noteLabel: string;
  warningRevoked: (instrument: string, chain: string) => string;
  warningRegistry: (sopRegistry: string, registry: string, from: string) => string;
  warningPrefix: string;
  // 2. Regimes and parameters
  lawSection: string;
  regimes: string;
  regimeInForce: (regime: string, asOf: string) => string;
  regimeHeader: readonly [string, string, string, string];
  parameters: string;
  parametersIntro: string;
  parameterHeader: readonly [string, string, string, string, string, string];
  openEnded: string;
  applies: string;
  doesNotApply: string;
  // 3–5. Services
  serviceSection: (service: string) => string;
  serviceIntro: (rules: number, national: number, regional: number) => string;
  departures: string;
  departuresIntro: string;
  departureHeader: readonly [string, string, string, string];
  noDepartures: string;
  requirements: string;
  requirementsIntro: string;
  requirementHeader: readonly [string, string, string, string, string];
  oneOf: string;
  mustBeStamped: string;
  originNational: string;
  originSop: string;
  rules: string;
  ruleValidity: string;
  validWhole: (from: string) => string;
  validFromTo: (from: string, to: string) => string;
  validFrom: (from: string) => string;
  validTo: (from: string, to: string) => string;
  ruleOrigin: string;
  ruleNational: string;
  ruleRegionalEnabled: (knob: string) => string;
  ruleRegionalDocument: string;
  ruleShaped: (knobs: string) => string;
  legalReview: string;
  ruleKind: string;
  reasonCode: string;
  conditionLead: string;
  profileValues: string;
  citations: string;
  noCitation: string;
  messageId: string;
  messageEn: string;
  sampleNote: string;
  notUsed: string;
  notUsedReasons: { notEnabled: (knob: string) => string; notRequired: string; notInForce: string };
  // 6. Examples
  examplesSection: string;
  examplesIntro: string;
  noExamples: string;
  exampleHeading: (n: number, name: string) => string;
  exampleAsOf: string;
  exampleData: string;
  exampleOutcome: string;
  exampleReasons: string;
  exampleNextSteps: string;
  none: string;
  // 7. Changelog
  changelogSection: string;
  changelogIntro: string;
  afterAsOf: string;
  instrumentStarts: (name: string) => string;
  instrumentEnds: (name: string, chain: string) => string;
  parameterChanged: (label: string, before: string, after: string) => string;
  parameterStarts: (label: string, after: string) => string;
  parameterEnds: (label: string, before: string) => string;
  ruleAdded: (service: string) => string;
  ruleRemoved: (service: string) => string;
  citationsChanged: (service: string) => string;
  requirementAdded: (service: string) => string;
  requirementRemoved: (service: string) => string;
  requirementOrigin: (service: string) => string;
  basis: string;
  // Shared words
  services: Record<Service, string>;
  kinds: Record<ReasonKind, string>;
  outcomes: Record<Outcome, string>;
  directions: { stricter: string; looser: string };
  knobs: Record<PolicyKnob, string>;
  windowBounds: Record<'paling-lama' | 'kurang-dari', string>;
  documents: Record<DocumentKind, string>;
  operators: Record<Operator, string>;
  isUnknown: string;
  and: string;
  or: string;
  not: string;
  yes: string;
  no: string;
  unknown: string;
  verified: string;
  unverified: string;
  source: string;
  sop: string;
  page: string;
  of: string;
};

const id: RuleBookLabels = {
  title: (office) => `Buku Aturan PBI-JK: ${office}`,
  generated: (version, asOf) =>
    `Buku ini dihasilkan oleh pbi-jk dari data aturan yang sama dengan yang dijalankan mesin keputusan (versi aturan ${version}), untuk tanggal acuan ${asOf}.`,
  noHandEdits:
    'Jangan menyunting buku ini dengan tangan: perbaikan dilakukan pada data aturan, lalu buku dibuat ulang.',
  metaProfile: 'Profil:',
  metaAsOf: 'Tanggal acuan:',
  metaRegime: 'Peraturan yang berlaku:',
  metaRegistry: 'Data kesejahteraan acuan:',
  metaVersion: 'Versi aturan:',
  howToRead: 'Cara membaca buku ini',
  legend: [
    'Setiap aturan diberi kode tetap (misalnya membership.bpjs-roster). Alasan dalam keputusan dan surat menyebut kode yang sama.',
    '"Alasan diberikan bila" adalah terjemahan otomatis dari kondisi aturan (JSON json-rules-engine): bila kondisi terpenuhi, aturan tidak lolos dan alasannya dicantumkan. Bila tidak, aturan tercatat lolos.',
    '"belum dicek" berarti data itu tidak diisi dalam permohonan; aturan pengecekan lalu meminta petugas melengkapinya.',
    '✓ terverifikasi: pasal diambil dari teks peraturan (sumber primer) atau dari SOP daerah itu sendiri. ⚠ belum terverifikasi: pasal atau isinya hanya bersumber dari berita atau pernyataan pejabat dan harus dicek pada naskah peraturan sebelum dipakai sebagai dasar.',
    'Aturan daerah yang lebih ketat atau lebih longgar dari aturan nasional ditandai "perlu telaah Bagian Hukum".',
  ],
  officeSection: 'Kantor dan SOP',
  office: 'Kantor:',
  region: 'Wilayah:',
  sopNumber: 'Nomor SOP:',
  sopIssued: 'Tanggal SOP:',
  sopTitle: 'Judul SOP:',
  sopSeed: 'Berkas sumber (seed):',
  sopRegistry: 'Data kesejahteraan menurut SOP:',
  noSop: 'Profil ini tidak bersumber dari SOP daerah: aturan nasional tanpa tambahan.',
  notStated: 'tidak dicantumkan',
  legalBasis: 'Dasar hukum yang dicantumkan SOP',
  legalBasisNone: 'SOP tidak mencantumkan dasar hukum.',
  legalBasisHeader: ['No', 'Peraturan', 'Tentang', 'Status'],
  inForce: 'berlaku',
  notInForceYet: (from) => `belum berlaku (mulai ${from})`,
  revoked: (chain, source, verified) =>
    `⚠ digantikan atau dicabut oleh ${chain}; tanggal berakhirnya tidak diketahui (sumber: ${source}; ${verified ? 'terverifikasi' : 'belum terverifikasi'})`,
  statusUnknown: (source) => `status tidak diketahui (${source})`,
  notTracked: 'tidak dilacak pbi-jk (peraturan daerah atau lainnya)',
  noteLabel: 'Catatan',
  warningRevoked: (instrument, chain) =>
    `SOP mencantumkan ${instrument}, yang pada tanggal acuan sudah digantikan atau dicabut oleh ${chain}. Buku ini dan keputusan pbi-jk memakai peraturan yang berlaku pada tanggal acuan; dasar hukum SOP perlu diperbarui.`,
  warningRegistry: (sopRegistry, registry, from) =>
    `SOP memeriksa ${sopRegistry}, padahal sejak ${from} data acuan PBI-JK adalah ${registry}. pbi-jk memeriksa ${registry}; langkah SOP yang menyebut ${sopRegistry} perlu diperbarui.`,
  warningPrefix: 'Peringatan:',
  lawSection: 'Peraturan dan parameter bertanggal',
  regimes: 'Peraturan yang mengatur (rezim)',
  regimeInForce: (regime, asOf) => `Pada ${asOf} yang berlaku: ${regime}.`,
  regimeHeader: ['Peraturan', 'Berlaku sejak', 'Berlaku sampai', 'Pada tanggal acuan'],
  parameters: 'Parameter bertanggal',
  parametersIntro:
    'Angka dan pilihan yang dipakai aturan, masing-masing dengan masa berlaku dan dasar hukumnya. Aturan membaca nilai yang berlaku pada tanggal acuan.',
  parameterHeader: [
    'Parameter',
    'Nilai',
    'Berlaku sejak',
    'Berlaku sampai',
    'Dasar hukum',
    'Pada tanggal acuan',
  ],
  openEnded: 'masih berlaku',
  applies: 'berlaku',
  doesNotApply: '—',
  serviceSection: (service) => `Layanan ${service}`,
  serviceIntro: (rules, national, regional) =>
    `${rules} aturan berlaku untuk layanan ini pada tanggal acuan: ${national} nasional dan ${regional} yang ditambahkan atau diubah SOP.`,
  departures: 'Penyimpangan SOP dari aturan nasional',
  departuresIntro:
    'Ketentuan SOP berikut berbeda dari aturan nasional. Masing-masing perlu telaah Bagian Hukum: ketentuan yang lebih ketat dapat menolak warga yang berhak menurut peraturan menteri; yang lebih longgar memerlukan dasar anggaran daerah.',
  departureHeader: ['Aspek', 'Arah', 'Uraian', 'Rujukan SOP'],
  noDepartures: 'Tidak ada penyimpangan dari aturan nasional untuk layanan ini.',
  requirements: 'Persyaratan dokumen',
  requirementsIntro:
    'Satu baris satu persyaratan; persyaratan dengan beberapa dokumen dipenuhi oleh salah satunya.',
  requirementHeader: ['No', 'Persyaratan', 'Dipenuhi oleh', 'Asal', 'Dasar hukum'],
  oneOf: 'salah satu dari',
  mustBeStamped: 'wajib bermeterai',
  originNational: 'nasional',
  originSop: 'SOP daerah',
  rules: 'Aturan',
  ruleValidity: 'Masa berlaku:',
  validWhole: (from) => `sepanjang masa aturan pbi-jk (sejak ${from})`,
  validFromTo: (from, to) => `${from} sampai ${to}`,
  validFrom: (from) => `sejak ${from}`,
  validTo: (from, to) => `${from} sampai ${to}`,
  ruleOrigin: 'Asal:',
  ruleNational: 'aturan nasional',
  ruleRegionalEnabled: (knob) => `aturan daerah, dipakai karena SOP menetapkan: ${knob}`,
  ruleRegionalDocument: 'aturan daerah: dokumen tambahan yang diminta SOP',
  ruleShaped: (knobs) => `aturan nasional yang diubah SOP (${knobs})`,
  legalReview: 'perlu telaah Bagian Hukum',
  ruleKind: 'Jenis:',
  reasonCode: 'Kode alasan:',
  conditionLead: 'Alasan diberikan bila:',
  profileValues: 'Nilai yang dipakai profil ini:',
  citations: 'Dasar hukum:',
  noCitation:
    'tidak ada pasal peraturan nasional; aturan ini bersumber dari SOP daerah atau dari pemeriksaan administrasi.',
  messageId: 'Pesan (Bahasa Indonesia):',
  messageEn: 'Pesan (Bahasa Inggris):',
  sampleNote: 'Pesan ditulis dengan nilai contoh.',
  notUsed: 'Aturan pbi-jk yang tidak dipakai untuk layanan ini pada profil dan tanggal ini:',
  notUsedReasons: {
    notEnabled: (knob) => `tidak ditetapkan SOP: ${knob}`,
    notRequired: 'dokumen tidak diminta',
    notInForce: 'tidak berlaku pada tanggal acuan',
  },
  examplesSection: 'Contoh kasus',
  examplesIntro:
    'Contoh berikut diambil dari tabel uji aturan profil ini (nama kasus ditulis sebagaimana dalam tabel uji). Setiap contoh dijalankan oleh mesin keputusan saat buku dibuat; tanggal acuan contoh adalah tanggal penerimaan permohonannya, kecuali disebut lain.',
  noExamples:
    'Profil ini tidak memiliki tabel uji bawaan; contoh kasus tersedia pada buku aturan profil bawaan.',
  exampleHeading: (n, name) => `Contoh ${n}. ${name}`,
  exampleAsOf: 'Tanggal acuan:',
  exampleData: 'Data permohonan:',
  exampleOutcome: 'Hasil:',
  exampleReasons: 'Alasan:',
  exampleNextSteps: 'Langkah berikutnya:',
  none: 'tidak ada',
  changelogSection: 'Perubahan aturan menurut tanggal',
  changelogIntro:
    'Disusun otomatis dengan membandingkan data aturan sehari sebelum dan pada setiap tanggal perubahan, untuk profil ini.',
  afterAsOf: '(sesudah tanggal acuan)',
  instrumentStarts: (name) => `${name} mulai berlaku.`,
  instrumentEnds: (name, chain) =>
    chain ? `${name} tidak berlaku lagi; digantikan oleh ${chain}.` : `${name} tidak berlaku lagi.`,
  parameterChanged: (label, before, after) => `${label}: ${before} → ${after}.`,
  parameterStarts: (label, after) => `${label} mulai dipakai: ${after}.`,
  parameterEnds: (label, before) => `${label} tidak dipakai lagi (sebelumnya ${before}).`,
  ruleAdded: (service) => `Aturan mulai berlaku (${service}):`,
  ruleRemoved: (service) => `Aturan tidak berlaku lagi (${service}):`,
  citationsChanged: (service) => `Dasar hukum aturan berubah (${service}):`,
  requirementAdded: (service) => `Dokumen mulai diminta (${service}):`,
  requirementRemoved: (service) => `Dokumen tidak diminta lagi (${service}):`,
  requirementOrigin: (service) => `Dasar persyaratan dokumen berubah (${service}):`,
  basis: 'dasar',
  services: {
    reaktivasi: 'Reaktivasi',
    pendaftaran: 'Pendaftaran peserta baru',
    pengalihan: 'Pengalihan dari mandiri (PBPU) ke PBI',
  },
  kinds: {
    eligibility: 'kelayakan (bila tidak lolos: tidak layak)',
    document: 'dokumen (bila tidak lolos: belum lengkap)',
    check: 'pengecekan (bila tidak lolos: belum lengkap)',
    warning: 'peringatan (tidak mengubah hasil)',
  },
  outcomes: { eligible: 'layak', incomplete: 'belum lengkap', ineligible: 'tidak layak' },
  directions: { stricter: 'lebih ketat', looser: 'lebih longgar' },
  knobs: {
    segments: 'segmen kepesertaan',
    windowBound: 'cara menghitung batas waktu',
    windowMonths: 'lama batas waktu',
    checkBpjsRoster: 'cek SK kepesertaan BPJS',
    residentsOnly: 'hanya penduduk wilayahnya',
    acceptVerifiedPoor: 'warga miskin non-DTKS',
    requirements: 'persyaratan dokumen',
    requireStamp: 'meterai',
    identityNamed: 'dokumen identitas yang disebut SOP',
  },
  windowBounds: {
    'paling-lama': 'paling lama (hari terakhir masih masuk)',
    'kurang-dari': 'kurang dari (hari tepat n bulan sesudah SK sudah di luar)',
  },
  documents: {
    ktp: 'KTP',
    kia: 'KIA',
    'akta-kelahiran': 'akta kelahiran',
    kk: 'KK',
    'kartu-jkn': 'kartu JKN-KIS',
    'surat-status-kepesertaan': 'surat status kepesertaan BPJS',
    'surat-keterangan-faskes': 'surat keterangan faskes',
    sktm: 'SKTM',
    'surat-pernyataan-tidak-mampu-bayar': 'surat pernyataan tidak mampu bayar',
  },
  operators: {
    equal: 'sama dengan',
    notEqual: 'tidak sama dengan',
    greaterThan: 'lebih besar dari',
    greaterThanInclusive: 'lebih besar dari atau sama dengan',
    lessThan: 'lebih kecil dari',
    in: 'salah satu dari',
    notIn: 'bukan salah satu dari',
    contains: 'memuat',
    doesNotContain: 'tidak memuat',
  },
  isUnknown: 'belum diketahui (belum dicek)',
  and: 'DAN',
  or: 'ATAU',
  not: 'TIDAK BENAR bahwa',
  yes: 'ya',
  no: 'tidak',
  unknown: 'belum dicek',
  verified: '✓ terverifikasi',
  unverified: '⚠ belum terverifikasi',
  source: 'sumber',
  sop: 'SOP',
  page: 'Halaman',
  of: 'dari',
};

const en: RuleBookLabels = {
  title: (office) => `PBI-JK Rule Book: ${office}`,
  generated: (version, asOf) =>
    `This book is generated by pbi-jk from the same rule data the decision engine runs (ruleset version ${version}), for the reference date ${asOf}.`,
  noHandEdits:
    'Do not edit this book by hand: correct the rule data, then generate the book again.',
  metaProfile: 'Profile:',
  metaAsOf: 'Reference date:',
  metaRegime: 'Governing regulation:',
  metaRegistry: 'Welfare registry:',
  metaVersion: 'Ruleset version:',
  howToRead: 'How to read this book',
  legend: [
    'Every rule has a stable id (for example membership.bpjs-roster). Reasons in decisions and letters name the same id.',
    '"The reason is given when" is an automatic rendering of the rule\'s condition (json-rules-engine JSON): when the condition holds, the rule fails and its reason is given; otherwise the rule is recorded as passed.',
    '"not checked" means the application left that fact out; a check rule then asks the officer to complete it.',
    "✓ verified: the article comes from the text of the regulation (primary source) or from the regional SOP itself. ⚠ unverified: the article or its content comes only from news or officials' statements and must be checked against the regulation before it is relied on.",
    'Regional rules stricter or looser than the national rule are marked "legal review needed".',
  ],
  officeSection: 'Office and SOP',
  office: 'Office:',
  region: 'Region:',
  sopNumber: 'SOP number:',
  sopIssued: 'SOP date:',
  sopTitle: 'SOP title:',
  sopSeed: 'Source file (seed):',
  sopRegistry: 'Welfare registry named in the SOP:',
  noSop: 'This profile is not built from a regional SOP: the national rules with no overlay.',
  notStated: 'not stated',
  legalBasis: 'Legal basis listed in the SOP',
  legalBasisNone: 'The SOP lists no legal basis.',
  legalBasisHeader: ['No', 'Instrument', 'Subject', 'Status'],
  inForce: 'in force',
  notInForceYet: (from) => `not yet in force (from ${from})`,
  revoked: (chain, source, verified) =>
    `⚠ replaced or revoked by ${chain}; the day it ended is not known (source: ${source}; ${verified ? 'verified' : 'unverified'})`,
  statusUnknown: (source) => `status unknown (${source})`,
  notTracked: 'not tracked by pbi-jk (regional or other instrument)',
  noteLabel: 'Note',
  warningRevoked: (instrument, chain) =>
    `The SOP lists ${instrument}, which at the reference date has been replaced or revoked by ${chain}. This book and pbi-jk's decisions apply the law in force at the reference date; the SOP's legal basis needs updating.`,
  warningRegistry: (sopRegistry, registry, from) =>
    `The SOP checks ${sopRegistry}, but since ${from} the PBI-JK welfare registry is ${registry}. pbi-jk checks ${registry}; the SOP steps that name ${sopRegistry} need updating.`,
  warningPrefix: 'Warning:',
  lawSection: 'Regulations and dated parameters',
  regimes: 'Governing regulation (regime)',
  regimeInForce: (regime, asOf) => `On ${asOf} the governing regulation is ${regime}.`,
  regimeHeader: ['Regulation', 'In force from', 'In force until', 'At the reference date'],
  parameters: 'Dated parameters',
  parametersIntro:
    'The numbers and switches the rules use, each with its period and legal basis. Rules read the value in force at the reference date.',
  parameterHeader: ['Parameter', 'Value', 'From', 'Until', 'Legal basis', 'At the reference date'],
  openEnded: 'still in force',
  applies: 'applies',
  doesNotApply: '—',
  serviceSection: (service) => `Service: ${service}`,
  serviceIntro: (rules, national, regional) =>
    `${rules} rules apply to this service at the reference date: ${national} national and ${regional} added or changed by the SOP.`,
  departures: 'Departures of the SOP from the national rules',
  departuresIntro:
    'The SOP provisions below differ from the national rules. Each needs legal review: a stricter one may refuse people the ministerial regulation entitles; a looser one needs a regional budget basis.',
  departureHeader: ['Aspect', 'Direction', 'Description', 'SOP reference'],
  noDepartures: 'No departures from the national rules for this service.',
  requirements: 'Document requirements',
  requirementsIntro:
    'One row per requirement; a requirement listing several documents is met by any one of them.',
  requirementHeader: ['No', 'Requirement', 'Met by', 'Origin', 'Legal basis'],
  oneOf: 'any one of',
  mustBeStamped: 'must carry a meterai',
  originNational: 'national',
  originSop: 'regional SOP',
  rules: 'Rules',
  ruleValidity: 'In force:',
  validWhole: (from) => `throughout pbi-jk's rule period (from ${from})`,
  validFromTo: (from, to) => `${from} to ${to}`,
  validFrom: (from) => `from ${from}`,
  validTo: (from, to) => `${from} to ${to}`,
  ruleOrigin: 'Origin:',
  ruleNational: 'national rule',
  ruleRegionalEnabled: (knob) => `regional rule, applied because the SOP sets: ${knob}`,
  ruleRegionalDocument: 'regional rule: an additional document the SOP asks for',
  ruleShaped: (knobs) => `national rule changed by the SOP (${knobs})`,
  legalReview: 'legal review needed',
  ruleKind: 'Kind:',
  reasonCode: 'Reason code:',
  conditionLead: 'The reason is given when:',
  profileValues: 'Values this profile uses:',
  citations: 'Legal basis:',
  noCitation:
    'no article of national law; the rule comes from the regional SOP or from an administrative check.',
  messageId: 'Message (Indonesian):',
  messageEn: 'Message (English):',
  sampleNote: 'Messages are written with sample values.',
  notUsed: 'pbi-jk rules not used for this service with this profile and date:',
  notUsedReasons: {
    notEnabled: (knob) => `not set by the SOP: ${knob}`,
    notRequired: 'document not asked for',
    notInForce: 'not in force at the reference date',
  },
  examplesSection: 'Worked examples',
  examplesIntro:
    "The examples below come from this profile's rule test table (case names as written in the table). Each one is run through the decision engine when the book is built; an example's reference date is the date its application was received unless stated otherwise.",
  noExamples:
    'This profile has no built-in test table; worked examples are in the rule books of the built-in profiles.',
  exampleHeading: (n, name) => `Example ${n}. ${name}`,
  exampleAsOf: 'Reference date:',
  exampleData: 'Application data:',
  exampleOutcome: 'Outcome:',
  exampleReasons: 'Reasons:',
  exampleNextSteps: 'Next steps:',
  none: 'none',
  changelogSection: 'Changes to the rules by date',
  changelogIntro:
    'Generated by comparing the rule data on the day before and on each date of change, for this profile.',
  afterAsOf: '(after the reference date)',
  instrumentStarts: (name) => `${name} comes into force.`,
  instrumentEnds: (name, chain) =>
    chain ? `${name} ceases to apply; replaced by ${chain}.` : `${name} ceases to apply.`,
  parameterChanged: (label, before, after) => `${label}: ${before} → ${after}.`,
  parameterStarts: (label, after) => `${label} starts to apply: ${after}.`,
  parameterEnds: (label, before) => `${label} no longer applies (was ${before}).`,
  ruleAdded: (service) => `Rules coming into force (${service}):`,
  ruleRemoved: (service) => `Rules ceasing to apply (${service}):`,
  citationsChanged: (service) => `Legal basis of rules changes (${service}):`,
  requirementAdded: (service) => `Documents now required (${service}):`,
  requirementRemoved: (service) => `Documents no longer required (${service}):`,
  requirementOrigin: (service) => `Basis of document requirements changes (${service}):`,
  basis: 'basis',
  services: {
    reaktivasi: 'Reactivation (reaktivasi)',
    pendaftaran: 'New registration (pendaftaran)',
    pengalihan: 'Transfer from self-paying (PBPU) to PBI (pengalihan)',
  },
  kinds: {
    eligibility: 'eligibility (when it fails: ineligible)',
    document: 'document (when it fails: incomplete)',
    check: 'check (when it fails: incomplete)',
    warning: 'warning (does not change the outcome)',
  },
  outcomes: { eligible: 'eligible', incomplete: 'incomplete', ineligible: 'ineligible' },
  directions: { stricter: 'stricter', looser: 'looser' },
  knobs: {
    segments: 'membership segments',
    windowBound: 'how the window ends',
    windowMonths: 'length of the window',
    checkBpjsRoster: 'BPJS membership decree check',
    residentsOnly: 'residents only',
    acceptVerifiedPoor: 'poor families outside DTKS',
    requirements: 'document requirements',
    requireStamp: 'meterai',
    identityNamed: 'identity documents the SOP names',
  },
  windowBounds: {
    'paling-lama': 'at most (the last day is inside)',
    'kurang-dari': 'less than (the day exactly n months after the decree is outside)',
  },
  documents: {
    ktp: 'KTP (identity card)',
    kia: 'KIA (child identity card)',
    'akta-kelahiran': 'birth certificate',
    kk: 'KK (family card)',
    'kartu-jkn': 'JKN-KIS card',
    'surat-status-kepesertaan': 'BPJS membership status letter',
    'surat-keterangan-faskes': 'health-facility letter',
    sktm: 'SKTM (certificate of poverty)',
    'surat-pernyataan-tidak-mampu-bayar': 'statement of inability to pay',
  },
  operators: {
    equal: 'equals',
    notEqual: 'differs from',
    greaterThan: 'is greater than',
    greaterThanInclusive: 'is at least',
    lessThan: 'is less than',
    in: 'is one of',
    notIn: 'is none of',
    contains: 'includes',
    doesNotContain: 'does not include',
  },
  isUnknown: 'is unknown (not yet checked)',
  and: 'AND',
  or: 'OR',
  not: 'it is NOT the case that',
  yes: 'yes',
  no: 'no',
  unknown: 'not checked',
  verified: '✓ verified',
  unverified: '⚠ unverified',
  source: 'source',
  sop: 'SOP',
  page: 'Page',
  of: 'of',
};

/** The rule book's labels per locale; a missing key in either language fails the type check. */
export const RULEBOOK_LABELS: Localized<RuleBookLabels> = { id, en };
