/**
 * The fixed Indonesian wording letters print: the regulation in force on the letter's date,
 * default titles, and labels for segments, services and document requirements.
 */
import type { Segment, Service } from '../schemas/case-input';
import type { LetterKind } from '../schemas/profile';

/** A regulation a letter names as its legal basis, with the dates it governs. */
export type LetterRegulation = {
  id: 'permensos-21-2019' | 'permensos-3-2026';
  /** First day in force (inclusive), `YYYY-MM-DD`. */
  validFrom: string;
  /** Last day in force (inclusive), or `undefined` while in force. */
  validTo?: string;
  /** Name as printed in the body of a letter. */
  citation: string;
};

const TITLE =
  'tentang Persyaratan dan Tata Cara Perubahan Data Penerima Bantuan Iuran Jaminan Kesehatan';

/**
 * The regulations a letter can name (research-legal.md §1–2): Permensos 21/2019 until
 * 2026-01-31, Permensos 3/2026 (which revoked it) from 2026-02-01.
 */
export const LETTER_REGULATIONS: readonly LetterRegulation[] = [
  {
    id: 'permensos-21-2019',
    validFrom: '2019-01-01',
    validTo: '2026-01-31',
    citation: `Peraturan Menteri Sosial Nomor 21 Tahun 2019 ${TITLE}`,
  },
  {
    id: 'permensos-3-2026',
    validFrom: '2026-02-01',
    citation: `Peraturan Menteri Sosial Nomor 3 Tahun 2026 ${TITLE}`,
  },
];

/** The regulation in force on a date (ISO `YYYY-MM-DD`; string order is date order). */
export function regulationOn(date: string): LetterRegulation {
  const found = LETTER_REGULATIONS.find(
    (r) => r.validFrom <= date && (r.validTo === undefined || date <= r.validTo),
  );
  // Dates before 2020 are refused earlier; the first regulation is the fallback for older ones.
  return found ?? (LETTER_REGULATIONS[0] as LetterRegulation);
}

/** Titles used when the profile's SOP gives none (printed on the Hal line). */
export const DEFAULT_TITLES: Readonly<Record<LetterKind, string>> = {
  'rekomendasi-reaktivasi': 'Rekomendasi Reaktivasi Kepesertaan PBI-JK',
  'rekomendasi-pendaftaran': 'Rekomendasi Pendaftaran Peserta PBI-JK',
  'rekomendasi-pengalihan': 'Rekomendasi Pengalihan Peserta JKN-KIS Mandiri menjadi PBI-JK',
  'pengembalian-berkas': 'Pengembalian Berkas Permohonan',
};

/** The name Permensos 3/2026 Pasal 20(3) gives the reactivation letter. */
export const PENGAKTIFAN_KEMBALI_TITLE = 'Surat Keterangan Pengaktifan Kembali';

/** The letter's title: the statutory name for reaktivasi under Permensos 3/2026, else the SOP's. */
export function letterTitle(
  kind: LetterKind,
  regulation: LetterRegulation,
  sopTitles: Partial<Record<LetterKind, string>>,
  service: Service,
): string {
  if (kind === 'rekomendasi-reaktivasi' && regulation.id === 'permensos-3-2026') {
    return PENGAKTIFAN_KEMBALI_TITLE;
  }
  const sop = sopTitles[kind];
  if (sop) return sop;
  if (kind === 'pengembalian-berkas') return `${DEFAULT_TITLES[kind]} ${SERVICE_NAMES[service]}`;
  return DEFAULT_TITLES[kind];
}

/** Services as named in a letter ("berkas permohonan …"). */
export const SERVICE_NAMES: Readonly<Record<Service, string>> = {
  reaktivasi: 'Reaktivasi Kepesertaan PBI-JK',
  pendaftaran: 'Pendaftaran Peserta PBI-JK',
  pengalihan: 'Pengalihan Peserta JKN-KIS Mandiri menjadi PBI-JK',
};

/** Membership segments as printed. */
export const SEGMENT_NAMES: Readonly<Record<Segment, string>> = {
  'PBI-APBN': 'PBI-JK APBN',
  'PBI-APBD': 'PBI-JK APBD (Pemerintah Daerah)',
  PBPU: 'Pekerja Bukan Penerima Upah (Mandiri)',
  PPU: 'Pekerja Penerima Upah',
  BP: 'Bukan Pekerja',
  NONE: 'Belum terdaftar',
};

/** Document requirements (Decision.missingDocuments ids) as printed in a pengembalian berkas. */
export const REQUIREMENT_NAMES: Readonly<Record<string, string>> = {
  identitas: 'Fotokopi identitas (KTP, KIA atau akta kelahiran)',
  kk: 'Fotokopi Kartu Keluarga (KK)',
  'kartu-jkn': 'Fotokopi kartu JKN-KIS',
  'surat-status-kepesertaan': 'Surat keterangan status kepesertaan dari BPJS Kesehatan',
  'surat-keterangan-faskes':
    'Surat keterangan membutuhkan layanan kesehatan dari fasilitas kesehatan (rumah sakit atau puskesmas)',
  sktm: 'Surat Keterangan Tidak Mampu (SKTM) dari desa/kelurahan',
  'surat-pernyataan-tidak-mampu-bayar': 'Surat pernyataan tidak mampu membayar iuran, bermeterai',
};

/** Sex as printed. */
export const SEX_NAMES = { L: 'Laki-laki', P: 'Perempuan' } as const;

/** A line of dots for staff to fill in by hand where the profile names no one. */
export const FILL_IN = '……………………………………';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A month (1–12) in Roman numerals, as letter numbers write it. */
export function romanMonth(month: number): string {
  return ROMAN[month - 1] ?? String(month);
}
