/**
 * The fixed Indonesian wording letters print. Letters are always in Bahasa Indonesia and are
 * written from a decision's codes and params, never from its message strings (which are the
 * officer's, in the officer's locale). Texts addressed to an applicant speak to "Saudara", politely,
 * with no rule ids, codes, segment abbreviations or instructions meant for the officer. Every
 * catalogue is a `Record` over its codes, so a code without a text is a type error.
 */
import { formatLongDate } from '../dates/iso-date';
import { REGIONS } from '../identifiers/region';
import { INSTRUMENTS } from '../rules/law';
import type { Segment, Service } from '../schemas/case-input';
import type { Citation, NextStepCode, ReasonCode, RegimeId } from '../schemas/decision';
import type { LetterKind, RequirementId } from '../schemas/profile';

/**
 * The regulation a letter names as its legal basis: the instrument of the decision's regime (the
 * law the decision applied), from the same dated data as the rules, e.g. "Peraturan Menteri Sosial
 * Nomor 21 Tahun 2019 tentang Persyaratan dan Tata Cara …".
 */
export function regimeRegulation(regime: RegimeId): string {
  const instrument = INSTRUMENTS[regime] as { name: string; formalName?: string; title: string };
  return `${instrument.formalName ?? instrument.name} tentang ${instrument.title}`;
}

/** Titles used when the profile's SOP gives none (printed on the Hal line). */
export const DEFAULT_TITLES: Readonly<Record<LetterKind, string>> = {
  'rekomendasi-reaktivasi': 'Rekomendasi Reaktivasi Kepesertaan PBI-JK',
  'rekomendasi-pendaftaran': 'Rekomendasi Pendaftaran Peserta PBI-JK',
  'rekomendasi-pengalihan': 'Rekomendasi Pengalihan Peserta JKN-KIS Mandiri menjadi PBI-JK',
  'pengembalian-berkas': 'Pengembalian Berkas Permohonan',
  'pemberitahuan-tidak-memenuhi-syarat': 'Pemberitahuan Hasil Verifikasi Permohonan',
};

/** The name Permensos 3/2026 Pasal 20(3) gives the reactivation letter. */
export const PENGAKTIFAN_KEMBALI_TITLE = 'Surat Keterangan Pengaktifan Kembali';

/**
 * The letter's title (Hal): the statutory name for a reaktivasi decided under Permensos 3/2026,
 * else the SOP's, else the default; letters to applicants name the service.
 */
export function letterTitle(
  kind: LetterKind,
  regime: RegimeId,
  sopTitles: Partial<Record<LetterKind, string>>,
  service: Service,
): string {
  if (kind === 'rekomendasi-reaktivasi' && regime === 'permensos-3-2026') {
    return PENGAKTIFAN_KEMBALI_TITLE;
  }
  const sop = sopTitles[kind];
  if (sop) return sop;
  if (kind === 'pengembalian-berkas' || kind === 'pemberitahuan-tidak-memenuhi-syarat') {
    return `${DEFAULT_TITLES[kind]} ${SERVICE_NAMES[service]}`;
  }
  return DEFAULT_TITLES[kind];
}

/** Services as named in a letter ("berkas permohonan …"). */
export const SERVICE_NAMES: Readonly<Record<Service, string>> = {
  reaktivasi: 'Reaktivasi Kepesertaan PBI-JK',
  pendaftaran: 'Pendaftaran Peserta PBI-JK',
  pengalihan: 'Pengalihan Peserta JKN-KIS Mandiri menjadi PBI-JK',
};

/** Membership segments as printed in a rekomendasi to BPJS Kesehatan. */
export const SEGMENT_NAMES: Readonly<Record<Segment, string>> = {
  'PBI-APBN': 'PBI-JK APBN',
  'PBI-APBD': 'PBI-JK APBD (Pemerintah Daerah)',
  PBPU: 'Pekerja Bukan Penerima Upah (Mandiri)',
  PPU: 'Pekerja Penerima Upah',
  BP: 'Bukan Pekerja',
  NONE: 'Belum terdaftar',
};

/** Membership segments in plain words for an applicant (no abbreviations). */
export const SEGMENT_WORDS: Readonly<Record<Segment, string>> = {
  'PBI-APBN': 'penerima bantuan iuran yang iurannya dibayar Pemerintah Pusat',
  'PBI-APBD': 'penerima bantuan iuran yang iurannya dibayar Pemerintah Daerah',
  PBPU: 'peserta mandiri (pekerja bukan penerima upah)',
  PPU: 'pekerja penerima upah, yang iurannya dibayar bersama pemberi kerja',
  BP: 'bukan pekerja',
  NONE: 'belum terdaftar',
};

/** A document requirement as printed for an applicant, and where it is obtained. */
export type RequirementWording = { name: string; where?: string };

/** Document requirements (Decision.missingDocuments ids) as printed in a pengembalian berkas. */
export const REQUIREMENTS: Readonly<Record<RequirementId, RequirementWording>> = {
  identitas: { name: 'Fotokopi identitas (KTP, KIA atau akta kelahiran)' },
  kk: { name: 'Fotokopi Kartu Keluarga (KK)' },
  'kartu-jkn': { name: 'Fotokopi kartu JKN-KIS' },
  'surat-status-kepesertaan': {
    name: 'Surat keterangan status kepesertaan',
    where: 'Kantor Cabang BPJS Kesehatan',
  },
  'surat-keterangan-faskes': {
    name: 'Surat keterangan membutuhkan layanan kesehatan',
    where: 'rumah sakit atau puskesmas yang merawat Saudara',
  },
  sktm: { name: 'Surat Keterangan Tidak Mampu (SKTM)', where: 'kantor desa/kelurahan' },
  'surat-pernyataan-tidak-mampu-bayar': {
    name: 'Surat pernyataan tidak mampu membayar iuran yang dibubuhi meterai',
  },
};

/** Document requirements by id, as a flat name (e.g. for tests and the rule book). */
export const REQUIREMENT_NAMES: Readonly<Record<RequirementId, string>> = Object.fromEntries(
  Object.entries(REQUIREMENTS).map(([id, r]) => [id, r.name]),
) as Record<RequirementId, string>;

/** One line of a pengembalian berkas: a missing or unstamped document, with where to get it. */
export function documentLine(requirement: string, notStamped: boolean): string {
  const r = REQUIREMENTS[requirement as RequirementId] as RequirementWording | undefined;
  const name = r?.name ?? requirement;
  const where = r?.where ? `, dari ${r.where}` : '';
  return notStamped
    ? `${name} (surat yang Saudara lampirkan belum dibubuhi meterai)`
    : `${name}${where}`;
}

/** Sex as printed. */
export const SEX_NAMES = { L: 'Laki-laki', P: 'Perempuan' } as const;

/** A line of dots for staff to fill in by hand where the profile names no one. */
export const FILL_IN = '……………………………………';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A month (1–12) in Roman numerals, as letter numbers write it. */
export function romanMonth(month: number): string {
  return ROMAN[month - 1] ?? String(month);
}

/** A region code ("33.03") in words ("Kabupaten Purbalingga"); `undefined` when unknown. */
export function regionWords(code: unknown): string | undefined {
  const r = typeof code === 'string' ? REGIONS[code] : undefined;
  return r ? `${r.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${r.name}` : undefined;
}

/** What an applicant text may read besides the reason's own params. */
export type ApplicantContext = {
  /** Date the office received the application, `YYYY-MM-DD`. */
  receivedOn: string;
  /** The office, as named in the letter ("Dinas Sosial Kabupaten Magetan"). */
  office: string;
  service: Service;
  leadingZero: boolean;
};

type Params = Readonly<Record<string, unknown>>;
type ApplicantText = (p: Params, ctx: ApplicantContext) => string;

const str = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : '';
const day = (v: unknown, ctx: ApplicantContext): string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
    ? formatLongDate(v, 'id', { leadingZero: ctx.leadingZero })
    : '';
const segmentWords = (v: unknown): string =>
  SEGMENT_WORDS[v as Segment] ?? 'segmen yang tidak dilayani';
const SERVICE_WORDS: Readonly<Record<Service, string>> = {
  reaktivasi: 'pengaktifan kembali (reaktivasi) kepesertaan PBI-JK',
  pendaftaran: 'pendaftaran sebagai peserta PBI-JK',
  pengalihan: 'pengalihan kepesertaan JKN-KIS mandiri menjadi peserta PBI-JK',
};
const registryName = (v: unknown): string =>
  v === 'dtsen'
    ? 'Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)'
    : 'Data Terpadu Kesejahteraan Sosial (DTKS)';

/**
 * Each reason in words for the applicant ("Saudara"). Letters to applicants print the eligibility
 * grounds (pemberitahuan) and warnings; documents are listed once by {@link documentLine}.
 */
export const APPLICANT_GROUNDS: Readonly<Record<ReasonCode, ApplicantText>> = {
  'segment-not-eligible': (p, ctx) => {
    const segments: unknown[] = Array.isArray(p.allowedSegments) ? p.allowedSegments : [];
    const allowed =
      segments.length === 2 && segments.includes('PBI-APBN') && segments.includes('PBI-APBD')
        ? 'peserta penerima bantuan iuran (PBI-JK)'
        : segments.map(segmentWords).join(' atau ');
    return `Kepesertaan JKN-KIS Saudara terdaftar sebagai ${segmentWords(p.segment)}, sedangkan layanan ${SERVICE_WORDS[ctx.service]} pada ${ctx.office} hanya diberikan kepada ${allowed || 'segmen kepesertaan lain'}.`;
  },
  'membership-active': () =>
    'Kepesertaan JKN-KIS Saudara masih aktif, sehingga tidak perlu diaktifkan kembali. Kartu JKN-KIS Saudara tetap dapat digunakan di fasilitas kesehatan.',
  'already-pbi': () =>
    'Saudara sudah terdaftar sebagai peserta penerima bantuan iuran (PBI-JK) yang aktif, sehingga tidak perlu didaftarkan atau dialihkan lagi.',
  'reactivation-window-expired': (p, ctx) =>
    `Kepesertaan Saudara dinonaktifkan pada tanggal ${day(p.deactivatedOn, ctx)}. Pengaktifan kembali hanya dapat diajukan ${p.windowBound === 'kurang-dari' ? 'kurang dari' : 'paling lama'} ${str(p.windowMonths)} (${numberWords(p.windowMonths)}) bulan sejak tanggal tersebut, yaitu paling lambat tanggal ${day(p.windowClosesOn, ctx)}, sedangkan permohonan Saudara kami terima pada tanggal ${day(ctx.receivedOn, ctx)}.`,
  'not-in-welfare-registry': (p) =>
    p.registry === 'dtsen'
      ? `Data keluarga Saudara belum tercatat dalam ${registryName('dtsen')}, dan belum ada hasil verifikasi yang menyatakan keluarga Saudara miskin atau rentan miskin.`
      : `Data keluarga Saudara belum tercatat dalam ${registryName('dtks')}.`,
  'welfare-decile-too-high': (p) =>
    `Menurut ${registryName('dtsen')}, keluarga Saudara berada pada kelompok kesejahteraan (desil) ${str(p.desil)}, sedangkan bantuan iuran diberikan kepada keluarga pada desil 1 sampai dengan ${str(p.desilLimit)}.`,
  'health-need-not-established': () =>
    'Berdasarkan berkas yang kami terima, Saudara tidak dinyatakan membutuhkan layanan kesehatan, sedangkan pengaktifan kembali diberikan kepada peserta yang membutuhkan layanan kesehatan.',
  'not-in-bpjs-roster': () =>
    'Menurut keterangan BPJS Kesehatan, Saudara sudah tidak tercatat dalam daftar kepesertaan yang dapat diaktifkan kembali.',
  'outside-service-area': (p, ctx) =>
    `Alamat Saudara berada di ${regionWords(p.regencyCode) ?? 'kabupaten/kota lain'}, di luar wilayah layanan ${ctx.office}.`,
  'dukcapil-mismatch': () =>
    'NIK dan/atau nomor Kartu Keluarga Saudara belum sesuai dengan data kependudukan pada Dinas Kependudukan dan Pencatatan Sipil.',
  'duplicate-membership': () =>
    'Saudara tercatat memiliki lebih dari satu kepesertaan JKN-KIS dalam data BPJS Kesehatan.',
  'document-missing': (p) => `${documentLine(str(p.requirement), false)} belum dilampirkan.`,
  'document-not-stamped': (p) =>
    `${REQUIREMENTS[p.requirement as RequirementId]?.name ?? str(p.requirement)} belum dibubuhi meterai.`,
  'check-pending': () => 'Data Saudara masih kami periksa.',
  'deactivation-wave': () =>
    'Penonaktifan kepesertaan Saudara termasuk penonaktifan yang ditetapkan Kementerian Sosial bagi banyak peserta sekaligus.',
  'temporary-reactivation': () =>
    'Kepesertaan Saudara saat ini aktif untuk sementara waktu; mohon perhatikan tanggal berakhirnya.',
  'infant-of-deleted-mother': () =>
    'Untuk bayi yang kepesertaan PBI-JK ibunya dihapus, mohon sertakan data ibu bayi tersebut.',
  'nik-birthdate-mismatch': () =>
    'Tanggal lahir atau jenis kelamin yang terkandung dalam NIK Saudara berbeda dengan data pada berkas. Mohon periksa kembali KTP dan Kartu Keluarga Saudara; bila terdapat kesalahan, data tersebut dapat diperbaiki di Dinas Kependudukan dan Pencatatan Sipil.',
};

/**
 * Each route in words for the applicant: what Saudara can do and where. Only the routes of
 * eligibility grounds appear in a pemberitahuan; none asks to complete documents or to apply for
 * the same service again.
 */
export const APPLICANT_ROUTES: Readonly<Record<NextStepCode, ApplicantText>> = {
  'propose-new-registration': () =>
    'Saudara dapat diusulkan sebagai peserta baru PBI-JK melalui operator SIKS-NG di kantor desa/kelurahan tempat tinggal Saudara.',
  'update-welfare-data': (p) =>
    `Saudara dapat mendaftarkan atau memperbarui data keluarga Saudara dalam ${registryName(p.registry)} melalui kantor desa/kelurahan tempat tinggal Saudara.`,
  'obtain-health-letter': () =>
    'Saudara dapat meminta surat keterangan membutuhkan layanan kesehatan dari rumah sakit atau puskesmas yang merawat Saudara.',
  'complete-documents': () => 'Mohon dokumen tersebut di atas dilengkapi.',
  'complete-checks': () => 'Pemeriksaan data Saudara masih kami selesaikan.',
  'submit-to-bpjs': () => 'Surat ini disampaikan kepada Kantor Cabang BPJS Kesehatan.',
  'apply-at-home-office': (p) =>
    `Saudara dapat mengajukan permohonan kepada Dinas Sosial ${regionWords(p.regencyCode) ?? 'kabupaten/kota'} sesuai alamat pada KTP dan Kartu Keluarga Saudara.`,
  'apply-pengalihan': (_p, ctx) =>
    `Saudara dapat mengajukan permohonan pengalihan kepesertaan JKN-KIS mandiri menjadi peserta PBI-JK kepada ${ctx.office}.`,
  'update-population-data': () =>
    'Saudara dapat memadankan atau memperbaiki data NIK dan Kartu Keluarga di Dinas Kependudukan dan Pencatatan Sipil.',
  'resolve-duplicate-membership': () =>
    'Saudara dapat menyelesaikan kepesertaan ganda tersebut di Kantor Cabang BPJS Kesehatan.',
  'dinsos-keterangan-masih-layak': (_p, ctx) =>
    `Saudara dapat meminta verifikasi kondisi sosial ekonomi keluarga Saudara kepada ${ctx.office}.`,
  'village-siks-ng-route': () =>
    'Pengajuan juga dapat dilakukan melalui operator SIKS-NG di kantor desa/kelurahan tempat tinggal Saudara.',
};

/**
 * Warnings an applicant's letter prints as a note: only those about the applicant's own papers.
 * The others (deactivation waves, temporary reactivations, unverified ministry statements) are
 * for the officer's screen.
 */
export const APPLICANT_NOTES: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'nik-birthdate-mismatch',
]);

/**
 * The one route that can still help with a ground (SPEC §3), or `undefined` when none does (an
 * active membership needs nothing; a refused segment other than PBPU has no other door here).
 */
export function routeFor(code: ReasonCode, p: Params, service: Service): NextStepCode | undefined {
  switch (code) {
    case 'reactivation-window-expired':
    case 'not-in-bpjs-roster':
      return 'propose-new-registration';
    case 'not-in-welfare-registry':
    case 'welfare-decile-too-high':
      return 'update-welfare-data';
    case 'outside-service-area':
      return 'apply-at-home-office';
    case 'segment-not-eligible':
      return service === 'reaktivasi' && p.segment === 'PBPU' ? 'apply-pengalihan' : undefined;
    case 'dukcapil-mismatch':
      return 'update-population-data';
    case 'duplicate-membership':
      return 'resolve-duplicate-membership';
    default:
      return undefined;
  }
}

const NOT_A_LEGAL_BASIS: ReadonlySet<string> = new Set([
  INSTRUMENTS['penafsiran-pbi-jk'].name,
  INSTRUMENTS['pernyataan-kemensos-2025-2026'].name,
]);

/**
 * The legal basis of a ground as printed for an applicant: each law with its article (unverified
 * markers such as "(ayat tidak diperoleh)" dropped), and the office's standar pelayanan for SOP
 * citations; duplicates once.
 */
export function groundBasis(citations: readonly Citation[], office: string): string {
  const out: string[] = [];
  for (const c of citations) {
    // pbi-jk's own readings and officials' statements are for the officer and the reviewer: a
    // letter to a citizen names only regulations and the office's own standar pelayanan.
    if (NOT_A_LEGAL_BASIS.has(c.instrument)) continue;
    const text = /^SOP\b/.test(c.instrument)
      ? `Standar Pelayanan ${office}`
      : `${c.instrument}${c.article ? ` ${c.article.replace(/\s*\([^)]*tidak diperoleh[^)]*\)/g, '')}` : ''}`.trim();
    if (!out.includes(text)) out.push(text);
  }
  // A bare instrument adds nothing when an article of it is already named.
  return out.filter((t) => !out.some((u) => u !== t && u.startsWith(`${t} `))).join('; ');
}

const NUMBER_WORDS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam'];

/** Small numbers in words, as naskah dinas writes them after the digits: "6 (enam)". */
function numberWords(v: unknown): string {
  return typeof v === 'number' ? (NUMBER_WORDS[v] ?? String(v)) : str(v);
}
