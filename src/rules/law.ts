/**
 * The legal sources pbi-jk's rules rest on, as data: instruments with their dates, and the
 * citations (article by article) that rules point to. `verified` follows the tags in
 * research-legal.md: true only for primary text [P]; news-only [N], official statements as
 * reported [O] and anything listed as uncertain stay false until the primary text is checked.
 */
import type { IsoDate } from '../dates/iso-date';

/** A regulation or other instrument, with when it applied and what replaced it. */
export type Instrument = {
  id: string;
  /** Short name as cited: "Permensos No. 3 Tahun 2026". */
  name: string;
  /** Name as written out in the body of a letter: "Peraturan Menteri Sosial Nomor 3 Tahun 2026". */
  formalName?: string;
  title: string;
  validFrom?: IsoDate;
  /** Last day it applied; absent while in force. */
  validTo?: IsoDate;
  /** The instrument that revoked or superseded it. */
  replacedBy?: string;
  /** Where the dates and the replacement come from, and how sure they are. */
  note?: string;
};

/** Instruments named by the rules or by the seed SOPs' Dasar Hukum. */
export const INSTRUMENTS = {
  'permensos-5-2016': {
    id: 'permensos-5-2016',
    name: 'Permensos No. 5 Tahun 2016',
    title:
      'Pelaksanaan Peraturan Pemerintah Nomor 76 Tahun 2015 tentang Perubahan atas PP 101/2012 tentang Penerima Bantuan Iuran Jaminan Kesehatan',
    validTo: '2019-12-31',
    replacedBy: 'permensos-21-2019',
    note: 'Dicabut oleh Permensos 21/2019 (konsiderans Permensos 21/2019) [P]; tanggal tepat pencabutan tidak diambil, dianggap sebelum 2020.',
  },
  'permensos-21-2019': {
    id: 'permensos-21-2019',
    name: 'Permensos No. 21 Tahun 2019',
    formalName: 'Peraturan Menteri Sosial Nomor 21 Tahun 2019',
    title: 'Persyaratan dan Tata Cara Perubahan Data Penerima Bantuan Iuran Jaminan Kesehatan',
    validTo: '2026-01-31',
    replacedBy: 'permensos-3-2026',
    note: 'Dicabut oleh Permensos 3/2026 (justisio.com [N]); berlaku sampai 31 Januari 2026 (Kepmensos 3/HUK/2026 berlaku 1 Februari 2026 [O/N]).',
  },
  'permensos-3-2026': {
    id: 'permensos-3-2026',
    name: 'Permensos No. 3 Tahun 2026',
    formalName: 'Peraturan Menteri Sosial Nomor 3 Tahun 2026',
    title: 'Persyaratan dan Tata Cara Perubahan Data Penerima Bantuan Iuran Jaminan Kesehatan',
    validFrom: '2026-02-01',
    note: 'Ditetapkan 19 Januari 2026 (Kompas TV [N]); diterapkan mulai 1 Februari 2026. Jangan dikacaukan dengan Kepmensos 3/HUK/2026.',
  },
  'inpres-4-2025': {
    id: 'inpres-4-2025',
    name: 'Inpres No. 4 Tahun 2025',
    title: 'Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)',
    validFrom: '2025-02-05',
  },
  'permensos-5-2019': {
    id: 'permensos-5-2019',
    name: 'Permensos No. 5 Tahun 2019',
    title: 'Pengelolaan Data Terpadu Kesejahteraan Sosial',
    validTo: '2021-12-31',
    replacedBy: 'permensos-3-2021',
    note: 'Digantikan Permensos 3/2021 tentang pengelolaan DTKS; tanggal tepat tidak diverifikasi.',
  },
  'permensos-3-2021': {
    id: 'permensos-3-2021',
    name: 'Permensos No. 3 Tahun 2021',
    title: 'Pengelolaan Data Terpadu Kesejahteraan Sosial',
    validTo: '2025-04-30',
    replacedBy: 'inpres-4-2025',
    note: 'DTKS digantikan DTSEN (Inpres 4/2025) untuk penetapan PBI-JK sejak 1 Mei 2025; pencabutan formal Permensos ini tidak diverifikasi.',
  },
  'uu-40-2004': {
    id: 'uu-40-2004',
    name: 'UU No. 40 Tahun 2004',
    title: 'Sistem Jaminan Sosial Nasional',
  },
  'uu-11-2009': { id: 'uu-11-2009', name: 'UU No. 11 Tahun 2009', title: 'Kesejahteraan Sosial' },
  'uu-25-2009': { id: 'uu-25-2009', name: 'UU No. 25 Tahun 2009', title: 'Pelayanan Publik' },
  'uu-24-2011': {
    id: 'uu-24-2011',
    name: 'UU No. 24 Tahun 2011',
    title: 'Badan Penyelenggara Jaminan Sosial',
  },
  'pp-101-2012': {
    id: 'pp-101-2012',
    name: 'PP No. 101 Tahun 2012',
    title: 'Penerima Bantuan Iuran Jaminan Kesehatan',
  },
  'perpres-15-2010': {
    id: 'perpres-15-2010',
    name: 'Perpres No. 15 Tahun 2010',
    title: 'Percepatan Penanggulangan Kemiskinan',
  },
  'perpres-64-2020': {
    id: 'perpres-64-2020',
    name: 'Perpres No. 64 Tahun 2020',
    title: 'Jaminan Kesehatan',
  },
  'uu-27-2022': {
    id: 'uu-27-2022',
    name: 'UU No. 27 Tahun 2022',
    title: 'Pelindungan Data Pribadi',
  },
} as const satisfies Record<string, Instrument>;

/** Ids of the instruments pbi-jk knows. */
export type InstrumentId = keyof typeof INSTRUMENTS;

/** One article a rule rests on, with the instrument's validity and the verification status. */
export type CitationEntry = {
  instrument: InstrumentId;
  article?: string;
  /** What the article says, in a reviewer's words. */
  title: string;
  source: string;
  verified: boolean;
};

/** Every citation a rule may give, keyed by a stable id. */
export const CITATIONS = {
  'p21-pasal-5': {
    instrument: 'permensos-21-2019',
    article: 'Pasal 5 ayat (1)',
    title:
      'Syarat peserta PBI-JK: WNI, NIK terdaftar di Dukcapil, terdaftar di DTKS sebagai fakir miskin/orang tidak mampu',
    source: 'bisnis.tempo.co/read/1709240; metrotvnews.com (13 Jan 2026) [N]',
    verified: false,
  },
  'p21-pasal-8': {
    instrument: 'permensos-21-2019',
    article: 'Pasal 8',
    title:
      'Peserta PBI-JK yang dihapus paling lama 6 bulan sejak penetapan penghapusan dapat diaktifkan kembali bila layak membutuhkan layanan kesehatan',
    source: 'idxchannel.com (8 Nov 2024); sumeks.disway.id (10 Jan 2023) [N]',
    verified: false,
  },
  'p21-penghapusan': {
    instrument: 'permensos-21-2019',
    title: 'Penghapusan peserta yang terdaftar lebih dari satu kali (pasal tidak diperoleh)',
    source: 'kaltenglima.com (23 Aug 2024) [N]',
    verified: false,
  },
  'p3-syarat-peserta': {
    instrument: 'permensos-3-2026',
    title:
      'Syarat peserta PBI-JK: WNI, memiliki NIK, terdaftar di DTSEN atau kondisi lain (pasal tidak diperoleh)',
    source: 'Kompas TV via babeindonesia.com [N]',
    verified: false,
  },
  'p3-pasal-4': {
    instrument: 'permensos-3-2026',
    article: 'Pasal 4 ayat (1)',
    title: 'Data PBI-JK bersumber dari DTSEN',
    source: 'justisio.com/blog/PBI-BPJS [N]',
    verified: false,
  },
  'p3-pasal-12': {
    instrument: 'permensos-3-2026',
    article: 'Pasal 12',
    title:
      'Penghapusan bila tidak lagi fakir miskin/orang tidak mampu di DTSEN, meninggal, atau terdaftar di lebih dari satu segmen kepesertaan',
    source: 'Kompas TV via babeindonesia.com [N]',
    verified: false,
  },
  'p3-pasal-20-1': {
    instrument: 'permensos-3-2026',
    article: 'Pasal 20 ayat (1) dan (2)',
    title:
      'Peserta yang dihapus dan masih layak membutuhkan layanan kesehatan tetap menerima layanan sebagai peserta PBI',
    source: 'pasal.id/peraturan/permen/permensos-no-3-tahun-2026/koreksi/9393308 [P]',
    verified: true,
  },
  'p3-pasal-20-3': {
    instrument: 'permensos-3-2026',
    article: 'Pasal 20 ayat (3)',
    title:
      'Peserta melapor ke desa/kelurahan atau Dinas Sosial untuk memperoleh surat keterangan pengaktifan kembali, dengan membawa surat keterangan layak membutuhkan layanan kesehatan dari fasilitas kesehatan',
    source: 'pasal.id/peraturan/permen/permensos-no-3-tahun-2026/koreksi/9393308 [P]',
    verified: true,
  },
  'p3-pasal-20-batas': {
    instrument: 'permensos-3-2026',
    article: 'Pasal 20 (ayat tidak diperoleh)',
    title: 'Pengaktifan kembali paling lama 6 (enam) bulan',
    source: 'brilio.net (10 Feb 2026, mengutip kemensos.go.id); elshinta.com [O/N]',
    verified: false,
  },
  'inpres-4-2025-dtsen': {
    instrument: 'inpres-4-2025',
    title: 'DTSEN menggabungkan DTKS, Regsosek dan P3KE sebagai data tunggal',
    source: 'kemensos.go.id (14 Feb 2025) [O]',
    verified: false,
  },
  'kemensos-desil': {
    instrument: 'inpres-4-2025',
    title: 'Sasaran PBI-JK dipindahkan ke DTSEN desil 1–5 (kebijakan Kemensos)',
    source: 'okezone.com; elshinta.com (Feb 2026) [O/N]',
    verified: false,
  },
} as const satisfies Record<string, CitationEntry>;

/** Ids of the citations rules may give. */
export type CitationId = keyof typeof CITATIONS;

/** True when an instrument applies on `asOf`. */
export function instrumentInForce(id: InstrumentId, asOf: IsoDate): boolean {
  const i: Instrument = INSTRUMENTS[id];
  return (
    (i.validFrom === undefined || i.validFrom <= asOf) &&
    (i.validTo === undefined || asOf <= i.validTo)
  );
}
