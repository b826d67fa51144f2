/**
 * The legal sources pbi-jk's rules rest on, as data, and the one home of every legal date.
 *
 * - {@link LEGAL_DATES}: each date the law or its operation turns on, once, with its source and
 *   whether that source is primary text. Parameters, rules, instruments, letters and the rule
 *   book read these; no other module writes a legal date.
 * - {@link INSTRUMENTS}: regulations and other instruments, each with the period in which pbi-jk
 *   applies it and the statements about its life (enacted, in force, revoked or replaced), every
 *   statement with its source and `verified` flag. What no source gives is absent and shown as
 *   unknown, never guessed.
 * - {@link CITATIONS}: the articles rules point to. `verified` follows the tags in
 *   research-legal.md: true only for primary text [P] (and the seed SOPs, cited elsewhere);
 *   official statements as reported [O], news [N] and readings of pbi-jk stay false.
 */
import { addDays, type IsoDate } from '../dates/iso-date';
import { inForce, type Period } from '../dates/period';
import type { Localized } from '../i18n/locale';

/** The first day pbi-jk has rules for (its range, not a legal date); an earlier `asOf` is refused. */
export const RULES_START: IsoDate = '2020-01-01';

/** A sourced statement: where it comes from and whether that is primary text. */
export type Sourced = {
  /** Where it comes from, with the research-legal.md tag ([P], [O], [N], [O/N], [C]). */
  source: string;
  /** True only when the source is primary legal text [P] or a seed SOP. */
  verified: boolean;
};

/** A date the law or its operation turns on, with its source. */
export type LegalDate = Sourced & {
  date: IsoDate;
  /** What happens on that day, for the rule book. */
  label: Localized;
};

/**
 * Every legal date pbi-jk uses, once. A date no source gives is not here; where pbi-jk must pick
 * a day to switch rules (the regime, the registry), the pick is here with the report it rests on
 * and `verified: false`.
 */
export const LEGAL_DATES = {
  inpres4Enacted: {
    date: '2025-02-05',
    label: {
      id: 'Inpres 4/2025 tentang DTSEN dikeluarkan',
      en: 'Inpres 4/2025 on DTSEN issued',
    },
    source: 'kemensos.go.id (14 Feb 2025) [O]',
    verified: false,
  },
  dtsenApplies: {
    date: '2025-05-01',
    label: {
      id: 'pbi-jk menilai kesejahteraan dengan DTSEN (penonaktifan PBI-JK berbasis DTSEN sejak Mei 2025)',
      en: 'pbi-jk assesses welfare against DTSEN (PBI-JK deactivations based on DTSEN from May 2025)',
    },
    source:
      'Mensos, 19 Jun 2025 (tvonenews.com): penonaktifan Mei 2025 berdasar DTSEN; inews.id [O/N]. Hari pergantian dipilih pbi-jk.',
    verified: false,
  },
  kepmensos3HukDecided: {
    date: '2026-01-19',
    label: {
      id: 'SK Mensos 3/HUK/2026 ditetapkan (menurut Kompas TV)',
      en: 'Kepmensos 3/HUK/2026 decided (per Kompas TV)',
    },
    source: 'Kompas TV via babeindonesia.com [N] (laporan tentang "SK Mensos 3/HUK/2026")',
    verified: false,
  },
  kepmensos3HukDated: {
    date: '2026-01-22',
    label: {
      id: 'SK Kemensos 03/HUK/2026 bertanggal 22 Januari 2026 (menurut paparan Banyumas)',
      en: 'SK Kemensos 03/HUK/2026 dated 22 January 2026 (per the Banyumas briefing)',
    },
    source: 'panembangan.desa.id (Feb 2026) [N]',
    verified: false,
  },
  permensos3Applies: {
    date: '2026-02-01',
    label: {
      id: 'pbi-jk menerapkan Permensos 3/2026 (tanggal berlaku Kepmensos 3/HUK/2026 menurut BPJS)',
      en: 'pbi-jk applies Permensos 3/2026 (the day BPJS says Kepmensos 3/HUK/2026 took effect)',
    },
    source:
      'era.id (5 Feb 2026); reportasebali.id; hariansib.com [O/N] — tentang Kepmensos 3/HUK/2026, bukan teks Permensos 3/2026',
    verified: false,
  },
  autoReactivation: {
    date: '2026-02-10',
    label: {
      id: 'Reaktivasi otomatis 3 bulan bagi pasien katastropik dan kronis (10–11 Februari 2026)',
      en: 'Automatic 3-month reactivation of catastrophic and chronic patients (10–11 February 2026)',
    },
    source: 'liramedia.co.id; carapandang.com; murianetwork.com [O/N]',
    verified: false,
  },
  reactivationScope: {
    date: '2026-02-14',
    label: {
      id: 'Kemensos menyatakan reaktivasi juga terbuka bagi pasien kronis/katastropik tidak mampu, warga di luar DTSEN, dan bayi dari ibu yang PBI-nya dihapus',
      en: 'Kemensos states reactivation is also open to poor chronic/catastrophic patients, people outside DTSEN, and babies of mothers whose PBI was deleted',
    },
    source: 'brilio.net; okezone.com (14 Feb 2026), mengutip Kemensos [O/N]',
    verified: false,
  },
  pusdatinGuidance: {
    date: '2026-02-18',
    label: {
      id: 'Arahan Pusdatin Kemensos kepada operator Dinsos: surat faskes wajib, keterangan "masih layak" dari Dinsos, SKTM desa opsional',
      en: 'Pusdatin guidance to Dinsos operators: health-facility letter mandatory, Dinsos "masih layak" statement, village SKTM optional',
    },
    source: 'terasjabar.id; seketika.com; babeindonesia.com (18 Feb 2026) [O/N]',
    verified: false,
  },
  villageRoute: {
    date: '2026-02-21',
    label: {
      id: 'Operator desa/kelurahan dapat mengajukan reaktivasi di SIKS-NG',
      en: 'Village/ward operators may submit reactivations in SIKS-NG',
    },
    source: 'riwara.id (21 Feb 2026, mengutip @pusdatinkesos) [O/N]',
    verified: false,
  },
  permensos3of2021Enacted: {
    date: '2021-05-27',
    label: {
      id: 'Permensos 3/2021 tentang pengelolaan DTKS ditetapkan',
      en: 'Permensos 3/2021 on DTKS management enacted',
    },
    source: 'scribd mirror; jogloabang [N]',
    verified: false,
  },
} as const satisfies Record<string, LegalDate>;

/** Names of the legal dates. */
export type LegalDateId = keyof typeof LEGAL_DATES;

/** The day before a legal date: the last day of what it ends. */
export function dayBefore(id: LegalDateId): IsoDate {
  return addDays(LEGAL_DATES[id].date, -1);
}

/** What a statement about an instrument's life says. */
export type InstrumentStatementKind =
  | 'enacted'
  | 'in-force-from'
  | 'revoked-by'
  | 'replaced-by'
  | 'replaces'
  | 'status-unknown'
  | 'applied-by-pbi-jk';

/**
 * One statement about an instrument's life, sourced like a citation. `date` is absent when no
 * source gives one (the rule book then says "tidak diketahui"); `instrument` names the other
 * instrument of a revocation or replacement.
 */
export type InstrumentStatement = Sourced & {
  kind: InstrumentStatementKind;
  date?: LegalDateId;
  instrument?: string;
  /** A remark a reviewer needs, in both languages. */
  note?: Localized;
};

/**
 * A regulation or other instrument. `validFrom`/`validTo` is the period in which pbi-jk applies
 * it (from {@link LEGAL_DATES}; an open end means pbi-jk applies it throughout its range); the
 * instrument's own life is in `statements`.
 */
export type Instrument = Period & {
  id: string;
  /** Short name as cited: "Permensos No. 3 Tahun 2026". */
  name: string;
  /** Name as written out in the body of a letter: "Peraturan Menteri Sosial Nomor 3 Tahun 2026". */
  formalName?: string;
  title: string;
  /** Statements about its life, each with its source. */
  statements: readonly InstrumentStatement[];
};

const P3_2026_PASAL_20 = 'pasal.id/peraturan/permen/permensos-no-3-tahun-2026/koreksi/9393308 [P]';

/** Instruments named by the rules or by the seed SOPs' Dasar Hukum. */
export const INSTRUMENTS = {
  'permensos-5-2016': {
    id: 'permensos-5-2016',
    name: 'Permensos No. 5 Tahun 2016',
    title:
      'Pelaksanaan Peraturan Pemerintah Nomor 76 Tahun 2015 tentang Perubahan atas PP 101/2012 tentang Penerima Bantuan Iuran Jaminan Kesehatan',
    statements: [
      {
        kind: 'replaced-by',
        instrument: 'permensos-21-2019',
        source: 'konsiderans Permensos 21/2019 (cermin fdokumen.com) [P]',
        verified: true,
      },
    ],
  },
  'permensos-21-2019': {
    id: 'permensos-21-2019',
    name: 'Permensos No. 21 Tahun 2019',
    formalName: 'Peraturan Menteri Sosial Nomor 21 Tahun 2019',
    title: 'Persyaratan dan Tata Cara Perubahan Data Penerima Bantuan Iuran Jaminan Kesehatan',
    validTo: dayBefore('permensos3Applies'),
    statements: [
      {
        kind: 'replaces',
        instrument: 'permensos-5-2016',
        source: 'konsiderans Permensos 21/2019 (cermin fdokumen.com) [P]',
        verified: true,
      },
      {
        kind: 'revoked-by',
        instrument: 'permensos-3-2026',
        source:
          'justisio.com/blog/PBI-BPJS [N]; pasal pencabutan dalam Permensos 3/2026 tidak diperoleh',
        verified: false,
      },
      {
        kind: 'applied-by-pbi-jk',
        source:
          'pbi-jk menerapkannya untuk permohonan sebelum Permensos 3/2026 diterapkan; tanggal penetapan dan tanggal berlakunya tidak diperoleh',
        verified: false,
      },
    ],
  },
  'permensos-3-2026': {
    id: 'permensos-3-2026',
    name: 'Permensos No. 3 Tahun 2026',
    formalName: 'Peraturan Menteri Sosial Nomor 3 Tahun 2026',
    title: 'Persyaratan dan Tata Cara Perubahan Data Penerima Bantuan Iuran Jaminan Kesehatan',
    validFrom: LEGAL_DATES.permensos3Applies.date,
    statements: [
      {
        kind: 'enacted',
        source:
          'tanggal penetapan dan pengundangan tidak diperoleh; "19 Januari 2026" dilaporkan untuk Kepmensos 3/HUK/2026, bukan untuk Permensos ini',
        verified: false,
      },
      {
        kind: 'applied-by-pbi-jk',
        date: 'permensos3Applies',
        source: LEGAL_DATES.permensos3Applies.source,
        verified: false,
      },
    ],
  },
  'kepmensos-3-huk-2026': {
    id: 'kepmensos-3-huk-2026',
    name: 'Kepmensos No. 3/HUK/2026',
    title: 'Keputusan Menteri Sosial tentang perubahan data PBI-JK (judul lengkap tidak diperoleh)',
    statements: [
      {
        kind: 'enacted',
        date: 'kepmensos3HukDecided',
        source: LEGAL_DATES.kepmensos3HukDecided.source,
        verified: false,
      },
      {
        kind: 'enacted',
        date: 'kepmensos3HukDated',
        source: LEGAL_DATES.kepmensos3HukDated.source,
        verified: false,
        note: {
          id: 'Sumber berbeda tentang tanggal penetapan (19 atau 22 Januari 2026).',
          en: 'Sources differ on the date it was decided (19 or 22 January 2026).',
        },
      },
      {
        kind: 'in-force-from',
        date: 'permensos3Applies',
        source: LEGAL_DATES.permensos3Applies.source,
        verified: false,
      },
    ],
  },
  'inpres-4-2025': {
    id: 'inpres-4-2025',
    name: 'Inpres No. 4 Tahun 2025',
    title: 'Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)',
    validFrom: LEGAL_DATES.inpres4Enacted.date,
    statements: [
      {
        kind: 'enacted',
        date: 'inpres4Enacted',
        source: LEGAL_DATES.inpres4Enacted.source,
        verified: false,
        note: {
          id: 'Inpres menginstruksikan kementerian/lembaga memakai DTSEN; Inpres tidak mencabut Permensos.',
          en: 'An Inpres instructs ministries and agencies to use DTSEN; it revokes no Permensos.',
        },
      },
    ],
  },
  'kebijakan-kemensos-desil': {
    id: 'kebijakan-kemensos-desil',
    name: 'Kebijakan Kemensos (sasaran PBI-JK desil 1–5)',
    title: 'Sasaran PBI-JK dipindahkan dari DTSEN desil 6–10 ke desil 1–5',
    validFrom: LEGAL_DATES.dtsenApplies.date,
    statements: [
      {
        kind: 'in-force-from',
        source:
          'okezone.com; elshinta.com (Feb 2026); DPR parlementaria [O/N]. Bukan ketentuan Inpres 4/2025; tanggal mulai tidak diperoleh, pbi-jk menerapkannya bersama DTSEN.',
        verified: false,
      },
    ],
  },
  'permensos-5-2019': {
    id: 'permensos-5-2019',
    name: 'Permensos No. 5 Tahun 2019',
    title: 'Pengelolaan Data Terpadu Kesejahteraan Sosial',
    statements: [
      {
        kind: 'replaced-by',
        instrument: 'permensos-3-2021',
        source:
          'konsiderans Permensos 3/2021 ("perlu diganti"; cermin scribd, jogloabang) [N]; tanggal berakhirnya tidak diperoleh',
        verified: false,
      },
    ],
  },
  'permensos-3-2021': {
    id: 'permensos-3-2021',
    name: 'Permensos No. 3 Tahun 2021',
    title: 'Pengelolaan Data Terpadu Kesejahteraan Sosial',
    validFrom: LEGAL_DATES.permensos3of2021Enacted.date,
    statements: [
      {
        kind: 'enacted',
        date: 'permensos3of2021Enacted',
        source: LEGAL_DATES.permensos3of2021Enacted.source,
        verified: false,
      },
      {
        kind: 'replaces',
        instrument: 'permensos-5-2019',
        source: 'konsiderans Permensos 3/2021 (cermin scribd, jogloabang) [N]',
        verified: false,
      },
      {
        kind: 'status-unknown',
        date: 'inpres4Enacted',
        source:
          'Tidak ada sumber yang menyatakan Permensos 3/2021 dicabut; Inpres 4/2025 (DTSEN) tidak mencabut Permensos (research-legal.md §10)',
        verified: false,
        note: {
          id: 'Status sesudah Inpres 4/2025 tidak diketahui; untuk PBI-JK pbi-jk memakai DTSEN sejak Mei 2025.',
          en: 'Status after Inpres 4/2025 unknown; for PBI-JK pbi-jk uses DTSEN from May 2025.',
        },
      },
    ],
  },
  'uu-40-2004': {
    id: 'uu-40-2004',
    name: 'UU No. 40 Tahun 2004',
    title: 'Sistem Jaminan Sosial Nasional',
    statements: [],
  },
  'uu-11-2009': {
    id: 'uu-11-2009',
    name: 'UU No. 11 Tahun 2009',
    title: 'Kesejahteraan Sosial',
    statements: [],
  },
  'uu-25-2009': {
    id: 'uu-25-2009',
    name: 'UU No. 25 Tahun 2009',
    title: 'Pelayanan Publik',
    statements: [],
  },
  'uu-24-2011': {
    id: 'uu-24-2011',
    name: 'UU No. 24 Tahun 2011',
    title: 'Badan Penyelenggara Jaminan Sosial',
    statements: [],
  },
  'pp-101-2012': {
    id: 'pp-101-2012',
    name: 'PP No. 101 Tahun 2012',
    title: 'Penerima Bantuan Iuran Jaminan Kesehatan',
    statements: [],
  },
  'perpres-15-2010': {
    id: 'perpres-15-2010',
    name: 'Perpres No. 15 Tahun 2010',
    title: 'Percepatan Penanggulangan Kemiskinan',
    statements: [],
  },
  'perpres-64-2020': {
    id: 'perpres-64-2020',
    name: 'Perpres No. 64 Tahun 2020',
    title: 'Jaminan Kesehatan',
    statements: [],
  },
  'uu-27-2022': {
    id: 'uu-27-2022',
    name: 'UU No. 27 Tahun 2022',
    title: 'Pelindungan Data Pribadi',
    statements: [],
  },
  'pernyataan-kemensos-2025-2026': {
    id: 'pernyataan-kemensos-2025-2026',
    name: 'Pernyataan Kemensos/BPJS Kesehatan 2025–2026',
    title:
      'Ketentuan operasional reaktivasi PBI-JK 2025–2026 yang diketahui dari pernyataan pejabat dan pemberitaan',
    statements: [
      {
        kind: 'in-force-from',
        source: 'research-legal.md §2–3 [O/N]; bukan teks peraturan',
        verified: false,
      },
    ],
  },
  'penafsiran-pbi-jk': {
    id: 'penafsiran-pbi-jk',
    name: 'Penafsiran pbi-jk',
    title:
      'Bacaan pbi-jk yang tidak bersandar pada pasal yang diperoleh; untuk ditinjau Bagian Hukum',
    statements: [],
  },
} as const satisfies Record<string, Instrument>;

/** Ids of the instruments pbi-jk knows. */
export type InstrumentId = keyof typeof INSTRUMENTS;

/** One article a rule rests on, with the verification status. */
export type CitationEntry = Sourced & {
  instrument: InstrumentId;
  article?: string;
  /** What the article says, in a reviewer's words (never more than the source says). */
  title: string;
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
      'Peserta PBI yang dihapus dan masih layak membutuhkan layanan kesehatan tetap menerima layanan sebagai peserta PBI; "layak membutuhkan layanan kesehatan" mencakup layanan medis dan bantuan iuran',
    source: P3_2026_PASAL_20,
    verified: true,
  },
  'p3-pasal-20-3': {
    instrument: 'permensos-3-2026',
    article: 'Pasal 20 ayat (3)',
    title:
      'Peserta melapor ke desa/kelurahan atau Dinas Sosial untuk memperoleh surat keterangan pengaktifan kembali, dengan membawa surat keterangan layak membutuhkan layanan kesehatan dari fasilitas kesehatan',
    source: P3_2026_PASAL_20,
    verified: true,
  },
  'p3-pasal-20-4': {
    instrument: 'permensos-3-2026',
    article: 'Pasal 20 ayat (4)',
    title:
      'Kedua surat disampaikan ke BPJS Kesehatan kabupaten/kota oleh peserta atau kuasanya melalui kanal layanan administrasi BPJS Kesehatan, atau oleh Dinas Sosial melalui sistem informasi Kemensos dan/atau BPJS Kesehatan',
    source: P3_2026_PASAL_20,
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
    instrument: 'kebijakan-kemensos-desil',
    title: 'Sasaran PBI-JK: DTSEN desil 1–5 (kebijakan Kemensos, bukan ketentuan Inpres 4/2025)',
    source: 'okezone.com; elshinta.com (Feb 2026); DPR parlementaria [O/N]',
    verified: false,
  },
  'penafsiran-apbd': {
    instrument: 'penafsiran-pbi-jk',
    title:
      'Peserta PBI-APBD diperlakukan seperti PBI-APBN dalam reaktivasi nasional: Pasal 20 ayat (1) menyebut "peserta PBI Jaminan Kesehatan", tidak ada sumber yang menyatakan ketentuan ini mencakup PBI yang dibiayai APBD',
    source: 'research-legal.md §10 (bacaan, belum diverifikasi)',
    verified: false,
  },
  'penafsiran-dokumen-reaktivasi': {
    instrument: 'penafsiran-pbi-jk',
    title:
      'Dokumen dasar reaktivasi (identitas, KK, kartu JKN-KIS) diambil dari kelima SOP contoh; tidak ada pasal nasional yang diperoleh yang menyebut dokumen ini',
    source: 'shared/seeds (SOP Purbalingga, Magetan, Bulukumba, Garut); research-legal.md §8',
    verified: false,
  },
  'operasional-gelombang': {
    instrument: 'pernyataan-kemensos-2025-2026',
    title:
      'Reaktivasi bagi yang dinonaktifkan pada gelombang Mei 2025 / Januari 2026: hasil verifikasi lapangan miskin atau rentan miskin; penyakit kronis/katastropik atau kedaruratan yang mengancam jiwa; pemutakhiran DTSEN dalam dua periode berikutnya',
    source:
      'inews.id (2025); BPJS Kesehatan via era.id, disway.id, tribunnews (2026) [O/N]; nomor Kepmensos gelombang Mei 2025 tidak ditemukan',
    verified: false,
  },
  'operasional-otomatis': {
    instrument: 'pernyataan-kemensos-2025-2026',
    title:
      'Sekitar 106.153 pasien katastropik dan kronis direaktivasi otomatis pada 10–11 Februari 2026 selama 3 bulan, menunggu ground check BPS desil 1–5',
    source: LEGAL_DATES.autoReactivation.source,
    verified: false,
  },
  'operasional-bayi': {
    instrument: 'pernyataan-kemensos-2025-2026',
    title: 'Reaktivasi juga terbuka bagi bayi dari ibu yang kepesertaan PBI-nya dihapus',
    source: LEGAL_DATES.reactivationScope.source,
    verified: false,
  },
  'operasional-masih-layak': {
    instrument: 'pernyataan-kemensos-2025-2026',
    title:
      'Operator Dinsos mengunggah surat keterangan berobat dari faskes (wajib) dan keterangan Dinsos bahwa peserta "masih layak"; SKTM desa opsional',
    source: LEGAL_DATES.pusdatinGuidance.source,
    verified: false,
  },
  'operasional-desa': {
    instrument: 'pernyataan-kemensos-2025-2026',
    title:
      'Operator desa/kelurahan dapat mengajukan reaktivasi di SIKS-NG dengan surat faskes dan SKTM opsional',
    source: LEGAL_DATES.villageRoute.source,
    verified: false,
  },
} as const satisfies Record<string, CitationEntry>;

/** Ids of the citations rules may give. */
export type CitationId = keyof typeof CITATIONS;

/** True when pbi-jk applies an instrument on `asOf` (its period from {@link LEGAL_DATES}). */
export function instrumentInForce(id: InstrumentId, asOf: IsoDate): boolean {
  return inForce(INSTRUMENTS[id] as Instrument, asOf);
}

/**
 * The instrument that replaced or revoked another, from its sourced statements (`undefined`
 * when no source names one).
 */
export function successorOf(id: InstrumentId): InstrumentId | undefined {
  const s = (INSTRUMENTS[id].statements as readonly InstrumentStatement[]).find(
    (x) => x.kind === 'revoked-by' || x.kind === 'replaced-by',
  );
  return s?.instrument && s.instrument in INSTRUMENTS ? (s.instrument as InstrumentId) : undefined;
}

/** Where an instrument stands on a date, as its sourced statements allow pbi-jk to say. */
export type InstrumentStatus =
  | { state: 'in-force' }
  | { state: 'not-yet'; from: IsoDate }
  | { state: 'replaced'; by: InstrumentId; verified: boolean; source: string }
  | { state: 'unknown'; source: string };

/**
 * The status of an instrument on `asOf`: replaced once a sourced successor applies (the day the
 * old one ended is not claimed), unknown where a source says so, else in force. The rule book's
 * warnings about revoked SOP bases read this, and nothing else.
 */
export function instrumentStatus(id: InstrumentId, asOf: IsoDate): InstrumentStatus {
  const ins: Instrument = INSTRUMENTS[id];
  if (ins.validFrom !== undefined && asOf < ins.validFrom)
    return { state: 'not-yet', from: ins.validFrom };
  const next = successorOf(id);
  if (next) {
    const successor: Instrument = INSTRUMENTS[next];
    if (successor.validFrom === undefined || successor.validFrom <= asOf) {
      const s = ins.statements.find((x) => x.instrument === next) as InstrumentStatement;
      return { state: 'replaced', by: next, verified: s.verified, source: s.source };
    }
  }
  const unknown = ins.statements.find(
    (x) => x.kind === 'status-unknown' && (!x.date || LEGAL_DATES[x.date].date <= asOf),
  );
  if (unknown) return { state: 'unknown', source: unknown.source };
  return { state: 'in-force' };
}
