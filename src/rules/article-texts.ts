/**
 * The verbatim text of articles the rules cite, as data with its source (like a citation), so the
 * rule book can print the article's own words beside each primary-text citation. Only text read
 * from a full-text mirror of the regulation is kept here; where the text was cut off or not
 * retrieved, `complete` is false and the book says so instead of paraphrasing.
 */

/** One ayat (or a whole pasal) in the regulation's own words. */
export type ArticleText = {
  /** Instrument id, as in `INSTRUMENTS` (e.g. `permensos-3-2026`). */
  instrument: string;
  pasal: number;
  /** The ayat number; absent when the pasal has no ayat. */
  ayat?: number;
  /** The words of the regulation, unchanged. */
  text: string;
  /** False when the source cut the text off: the book marks it as incomplete. */
  complete: boolean;
  /** Where the text was read. */
  source: string;
};

const PASAL_ID_P3_20 =
  'https://www.pasal.id/peraturan/permen/permensos-no-3-tahun-2026/koreksi/9393308';

/** Article texts pbi-jk holds, in instrument, pasal and ayat order. */
export const ARTICLE_TEXTS: readonly ArticleText[] = [
  {
    instrument: 'permensos-3-2026',
    pasal: 20,
    ayat: 1,
    text: 'Dalam hal terdapat penghapusan terhadap peserta PBI Jaminan Kesehatan, namun ternyata masih layak membutuhkan layanan kesehatan, tetap dapat menerima layanan kesehatan sebagai peserta PBI Jaminan Kesehatan.',
    complete: true,
    source: PASAL_ID_P3_20,
  },
  {
    instrument: 'permensos-3-2026',
    pasal: 20,
    ayat: 2,
    text: 'Layak membutuhkan layanan kesehatan sebagaimana dimaksud pada ayat (1) meliputi layanan medis dan layanan bantuan iuran.',
    complete: true,
    source: PASAL_ID_P3_20,
  },
  {
    instrument: 'permensos-3-2026',
    pasal: 20,
    ayat: 3,
    text: 'Peserta PBI Jaminan Kesehatan yang dihapuskan, namun ternyata masih layak membutuhkan layanan kesehatan sebagaimana dimaksud pada ayat (1) diwajibkan melapor kepada kantor desa/kelurahan/ nama lain atau dinas sosial daerah kabupaten/kota setempat untuk mendapatkan surat keterangan pengaktifan kembali dari dinas sosial daerah kabupaten/kota setempat dengan membawa surat keterangan layak membutuhkan layanan kesehatan dari fasilitas kesehatan.',
    complete: true,
    source: PASAL_ID_P3_20,
  },
  {
    instrument: 'permensos-3-2026',
    pasal: 20,
    ayat: 4,
    text: 'Surat keterangan layak membutuhkan layanan kesehatan dari fasilitas kesehatan dan pengaktifan kembali dari dinas sosial daerah kabupaten/kota sebagaimana dimaksud pada ayat (3) disampaikan kepada kantor badan hukum yang dibentuk untuk menyelenggarakan program Jaminan Kesehatan kabupaten/kota setempat dengan cara: a. peserta PBI Jaminan Kesehatan atau yang mewakili menyampaikan melalui kanal layanan administrasi kepesertaan badan hukum yang dibentuk untuk menyelenggarakan program Jaminan Kesehatan; atau b. dinas sosial kabupaten/kota menyampaikan melalui sistem informasi yang dikembangkan oleh Kementerian Sosial dan/atau badan hukum yang dibentuk untuk menyelenggarakan program Jaminan Kesehatan.',
    complete: true,
    source: PASAL_ID_P3_20,
  },
  {
    instrument: 'permensos-3-2026',
    pasal: 20,
    ayat: 5,
    text: 'Dalam hal kelengkapan surat sebagaimana dimaksud pada ayat (4) disampaikan melalui aplikasi yang dikelola oleh satuan kerja yang mengelola data dan informasi di Kementerian Sosial, Kementerian Sosial akan memeriksa kelengkapan surat',
    complete: false,
    source: PASAL_ID_P3_20,
  },
];

/**
 * The texts an article reference covers: "Pasal 20 ayat (3)" gives ayat 3, "Pasal 20" or
 * "Pasal 20 ayat (1)–(5)" every ayat held (within the range). Empty when none is held.
 *
 * @example articleTexts('permensos-3-2026', 'Pasal 20 ayat (3)')[0]?.text
 */
export function articleTexts(instrument: string, article: string | undefined): ArticleText[] {
  const m = /Pasal\s+(\d+)(.*)$/i.exec(article ?? '');
  if (!m) return [];
  const pasal = Number(m[1]);
  const ayat = new Set<number>();
  const rest = /ayat\s+(.*)$/i.exec(m[2] ?? '')?.[1] ?? '';
  // "(1)", "(1) dan (2)", "(1)–(5)", "(1), (3) dan (4)"
  const parts = [...rest.matchAll(/\((\d+)\)(\s*[–-]\s*\((\d+)\))?/g)];
  for (const p of parts) {
    const from = Number(p[1]);
    const to = p[3] ? Number(p[3]) : from;
    for (let n = from; n <= to; n++) ayat.add(n);
  }
  return ARTICLE_TEXTS.filter(
    (a) =>
      a.instrument === instrument &&
      a.pasal === pasal &&
      (ayat.size === 0 || (a.ayat !== undefined && ayat.has(a.ayat))),
  );
}
