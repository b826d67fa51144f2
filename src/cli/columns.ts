import type { Locale, Localized } from '../i18n/locale';
import { maskIdentifiersIn } from '../identifiers/mask';
import type { CellError } from './xlsx';

/**
 * A cell as read from a CSV (text) or an XLSX sheet (text, number, true/false, a date, or an
 * Excel error such as `#N/A`).
 */
export type Cell = string | number | boolean | Date | CellError | undefined;

/** A cell pbi-jk refuses to read (the value cannot be trusted): its column and what to do. */
export type CellProblem = { column: string; message: string };

/** How the cells of one file are read. */
export type RowContext = {
  locale: Locale;
  /** The workbook uses the 1904 date system (Excel for Mac files of old). */
  date1904?: boolean;
};

/** How a column's text is read. */
type ColumnType =
  | 'text'
  | 'digits'
  | 'date'
  | 'boolean'
  | 'integer'
  | 'region'
  | 'enum'
  | 'documents';

/** One flat column of the batch CSV/XLSX and where it goes in a CaseInput. */
export type BatchColumn = {
  /** Header as staff write it: lower case, `_` between words. */
  header: string;
  /** Dotted path in CaseInput. */
  path: string;
  type: ColumnType;
  /** Digits to left-pad a number cell to (Excel drops leading zeros). */
  padTo?: number;
  /** Accepted spellings of an enum value, lower case → CaseInput value. */
  values?: Record<string, string>;
  description: Localized;
  example: string;
};

const BOOL_HELP: Localized = {
  id: 'ya/tidak; kosong = belum diperiksa',
  en: 'ya/tidak (yes/no); empty = not checked',
};

/** The batch columns in template order. The template files and docs/cli.md list the same. */
export const BATCH_COLUMNS: readonly BatchColumn[] = [
  {
    header: 'layanan',
    path: 'service',
    type: 'enum',
    values: { reaktivasi: 'reaktivasi', pendaftaran: 'pendaftaran', pengalihan: 'pengalihan' },
    description: {
      id: 'reaktivasi, pendaftaran atau pengalihan',
      en: 'reaktivasi, pendaftaran or pengalihan',
    },
    example: 'reaktivasi',
  },
  {
    header: 'tanggal_diterima',
    path: 'receivedOn',
    type: 'date',
    description: {
      id: 'tanggal berkas diterima (TTTT-BB-HH atau HH/BB/TTTT)',
      en: 'date received (YYYY-MM-DD or DD/MM/YYYY)',
    },
    example: '2026-03-02',
  },
  {
    header: 'nik',
    path: 'applicant.nik',
    type: 'digits',
    description: {
      id: 'NIK, 16 digit (format kolom: teks)',
      en: 'NIK, 16 digits (format the column as text)',
    },
    example: '3520014508900001',
  },
  {
    header: 'no_kk',
    path: 'applicant.kk',
    type: 'digits',
    description: { id: 'nomor Kartu Keluarga, 16 digit', en: 'family card number, 16 digits' },
    example: '3520010101090001',
  },
  {
    header: 'nama',
    path: 'applicant.name',
    type: 'text',
    description: { id: 'nama lengkap sesuai KTP', en: 'full name as on the KTP' },
    example: 'Siti Aminah',
  },
  {
    header: 'tempat_lahir',
    path: 'applicant.birthPlace',
    type: 'text',
    description: { id: 'tempat lahir (boleh kosong)', en: 'place of birth (optional)' },
    example: 'Magetan',
  },
  {
    header: 'tanggal_lahir',
    path: 'applicant.birthDate',
    type: 'date',
    description: { id: 'tanggal lahir', en: 'date of birth' },
    example: '1990-08-05',
  },
  {
    header: 'jenis_kelamin',
    path: 'applicant.sex',
    type: 'enum',
    values: { l: 'L', p: 'P', 'laki-laki': 'L', laki: 'L', perempuan: 'P', pr: 'P', lk: 'L' },
    description: { id: 'L atau P', en: 'L (male) or P (female)' },
    example: 'P',
  },
  {
    header: 'alamat',
    path: 'applicant.address.street',
    type: 'text',
    description: { id: 'jalan/dusun', en: 'street or hamlet' },
    example: 'Jl. Mawar 3',
  },
  {
    header: 'rt',
    path: 'applicant.address.rt',
    type: 'digits',
    padTo: 3,
    description: { id: 'RT', en: 'RT (neighbourhood unit)' },
    example: '002',
  },
  {
    header: 'rw',
    path: 'applicant.address.rw',
    type: 'digits',
    padTo: 3,
    description: { id: 'RW', en: 'RW (community unit)' },
    example: '001',
  },
  {
    header: 'desa',
    path: 'applicant.address.village',
    type: 'text',
    description: { id: 'desa/kelurahan', en: 'village (desa/kelurahan)' },
    example: 'Candirejo',
  },
  {
    header: 'kecamatan',
    path: 'applicant.address.district',
    type: 'text',
    description: { id: 'kecamatan', en: 'district (kecamatan)' },
    example: 'Magetan',
  },
  {
    header: 'kode_wilayah',
    path: 'applicant.address.regencyCode',
    type: 'region',
    description: {
      id: 'kode kabupaten/kota Kemendagri PP.KK',
      en: 'Kemendagri regency code PP.KK',
    },
    example: '35.20',
  },
  {
    header: 'telepon',
    path: 'applicant.phone',
    type: 'digits',
    description: { id: 'nomor HP (boleh kosong)', en: 'phone number (optional)' },
    example: '081234567890',
  },
  {
    header: 'no_kartu',
    path: 'membership.cardNumber',
    type: 'digits',
    padTo: 13,
    description: { id: 'nomor kartu JKN-KIS, 13 digit', en: 'JKN-KIS card number, 13 digits' },
    example: '0001234567890',
  },
  {
    header: 'segmen',
    path: 'membership.segment',
    type: 'enum',
    values: {
      'pbi-apbn': 'PBI-APBN',
      'pbi apbn': 'PBI-APBN',
      'pbi-apbd': 'PBI-APBD',
      'pbi apbd': 'PBI-APBD',
      pbpu: 'PBPU',
      mandiri: 'PBPU',
      ppu: 'PPU',
      bp: 'BP',
      none: 'NONE',
    },
    description: {
      id: 'PBI-APBN, PBI-APBD, PBPU (mandiri), PPU, BP; kosong bila belum pernah terdaftar',
      en: 'PBI-APBN, PBI-APBD, PBPU, PPU, BP; empty if never enrolled',
    },
    example: 'PBI-APBN',
  },
  {
    header: 'status',
    path: 'membership.status',
    type: 'enum',
    values: {
      aktif: 'aktif',
      nonaktif: 'nonaktif',
      'non-aktif': 'nonaktif',
      'non aktif': 'nonaktif',
      'tidak aktif': 'nonaktif',
    },
    description: { id: 'aktif atau nonaktif', en: 'aktif (active) or nonaktif (inactive)' },
    example: 'nonaktif',
  },
  {
    header: 'tanggal_nonaktif',
    path: 'membership.deactivatedOn',
    type: 'date',
    description: { id: 'tanggal SK penonaktifan', en: 'date of the deactivation decree' },
    example: '2026-01-15',
  },
  {
    header: 'sk_nonaktif',
    path: 'membership.deactivationDecree',
    type: 'text',
    description: {
      id: 'nomor SK penonaktifan (boleh kosong)',
      en: 'deactivation decree number (optional)',
    },
    example: '3/HUK/2026',
  },
  {
    header: 'terdaftar_bpjs',
    path: 'membership.inBpjsRoster',
    type: 'boolean',
    description: {
      id: `masih ada di SK kepesertaan BPJS: ${BOOL_HELP.id}`,
      en: `still in the BPJS roster: ${BOOL_HELP.en}`,
    },
    example: 'ya',
  },
  {
    header: 'dtks',
    path: 'welfare.dtks',
    type: 'boolean',
    description: { id: `terdaftar di DTKS: ${BOOL_HELP.id}`, en: `in DTKS: ${BOOL_HELP.en}` },
    example: 'ya',
  },
  {
    header: 'dtsen_terdaftar',
    path: 'welfare.dtsen.registered',
    type: 'boolean',
    description: {
      id: `terdaftar di DTSEN: ${BOOL_HELP.id} (terisi otomatis "ya" bila desil diisi)`,
      en: `in DTSEN: ${BOOL_HELP.en} (taken as "ya" when desil is filled)`,
    },
    example: 'ya',
  },
  {
    header: 'desil',
    path: 'welfare.dtsen.desil',
    type: 'integer',
    description: { id: 'desil DTSEN 1–10', en: 'DTSEN decile 1–10' },
    example: '3',
  },
  {
    header: 'miskin_terverifikasi',
    path: 'welfare.verifiedPoor',
    type: 'boolean',
    description: {
      id: `verifikasi lapangan/SKTM menyatakan miskin: ${BOOL_HELP.id}`,
      en: `field check or SKTM says poor: ${BOOL_HELP.en}`,
    },
    example: '',
  },
  {
    header: 'butuh_layanan',
    path: 'health.needsCare',
    type: 'boolean',
    description: {
      id: `membutuhkan layanan kesehatan: ${BOOL_HELP.id}`,
      en: `needs health care: ${BOOL_HELP.en}`,
    },
    example: 'ya',
  },
  {
    header: 'kondisi',
    path: 'health.condition',
    type: 'enum',
    values: {
      kronis: 'chronic',
      chronic: 'chronic',
      katastropik: 'catastrophic',
      catastrophic: 'catastrophic',
      darurat: 'emergency',
      'gawat darurat': 'emergency',
      emergency: 'emergency',
      hamil: 'pregnancy',
      kehamilan: 'pregnancy',
      pregnancy: 'pregnancy',
      lainnya: 'other',
      lain: 'other',
      other: 'other',
    },
    description: {
      id: 'kronis, katastropik, darurat, hamil, lainnya (tidak pernah dicetak di surat)',
      en: 'kronis (chronic), katastropik, darurat (emergency), hamil (pregnancy), lainnya (other); never printed in letters',
    },
    example: 'kronis',
  },
  {
    header: 'padan_dukcapil',
    path: 'verification.dukcapilMatch',
    type: 'boolean',
    description: {
      id: `data padan dengan Dukcapil: ${BOOL_HELP.id}`,
      en: `matches Dukcapil: ${BOOL_HELP.en}`,
    },
    example: '',
  },
  {
    header: 'kepesertaan_ganda',
    path: 'verification.duplicateMembership',
    type: 'boolean',
    description: {
      id: `kepesertaan ganda: ${BOOL_HELP.id}`,
      en: `duplicate membership: ${BOOL_HELP.en}`,
    },
    example: '',
  },
  {
    header: 'dokumen',
    path: 'documents',
    type: 'documents',
    description: {
      id: 'dokumen yang dibawa, dipisah titik koma: ktp; kia; akta-kelahiran; kk; kartu-jkn; surat-status-kepesertaan; surat-keterangan-faskes; sktm; surat-pernyataan-tidak-mampu-bayar (tambahkan +meterai bila bermeterai)',
      en: 'documents brought, separated by semicolons: ktp; kia; akta-kelahiran; kk; kartu-jkn; surat-status-kepesertaan; surat-keterangan-faskes; sktm; surat-pernyataan-tidak-mampu-bayar (add +meterai when stamped)',
    },
    example: 'ktp;kk;kartu-jkn;surat-keterangan-faskes',
  },
];

const BY_HEADER = new Map(BATCH_COLUMNS.map((c) => [c.header, c]));

/** A header as staff may have typed it (`Tanggal Lahir`, `tanggal-lahir`) → `tanggal_lahir`. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');
}

/** Headers of a file that pbi-jk does not know (they are ignored, and reported once). */
export function unknownHeaders(headers: readonly string[]): string[] {
  return headers
    .map(normalizeHeader)
    .filter((h) => h !== '' && h !== 'no' && h !== 'baris' && !BY_HEADER.has(h));
}

/** How many of a row's cells are column headers pbi-jk knows (a header row has several). */
export function knownHeaderCount(cells: readonly string[]): number {
  return new Set(cells.map(normalizeHeader).filter((h) => BY_HEADER.has(h))).size;
}

const TRUE = new Set(['ya', 'y', 'iya', 'yes', 'true', '1', 'benar', 'ada']);
const FALSE = new Set([
  'tidak',
  't',
  'tdk',
  'no',
  'n',
  'false',
  '0',
  'salah',
  'bukan',
  'tidak ada',
]);

function cellText(cell: Cell): string | undefined {
  if (cell === undefined || isCellError(cell)) return undefined;
  if (cell instanceof Date) return isoFromDate(cell);
  const s = String(cell).trim();
  return s === '' ? undefined : s;
}

function isoFromDate(d: Date): string {
  // exceljs gives spreadsheet dates as UTC midnight.
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

const DMY = /^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})$/;

/** Days from an Excel serial's day 0 to 1970-01-01: 1900 system, and 1904 system. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = EPOCH_1900 - 1462;

function readDate(cell: Cell, date1904: boolean): string | undefined {
  if (typeof cell === 'number' && cell > 0 && cell < 2958466) {
    // An Excel serial date: days since 1899-12-30, or since 1904-01-01 in a 1904-system workbook.
    const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
    return isoFromDate(new Date(Math.round((cell - epoch) * 86400000)));
  }
  const s = cellText(cell);
  if (s === undefined) return undefined;
  const m = DMY.exec(s);
  // Indonesian spreadsheets write the day first: 05/08/1990 is 5 August 1990.
  if (m) return `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(s);
  return iso ? iso[1] : s;
}

/** A value that cannot be trusted: the cell is refused with this problem. */
class Refused {
  constructor(readonly problem: keyof typeof PROBLEMS) {}
}

/** Excel keeps 15 significant digits: from 10^15 on, the last digits of a number are lost. */
const EXACT_LIMIT = 1e15;
/** What Excel writes into a CSV for a long number in a General column: `3.52001E+15`. */
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;
/** Excel's error values, also as a CSV writes them. */
const ERROR_TEXT =
  /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
/** Six digits in a row: a name never has them; a NIK, KK or phone number does. */
const DIGIT_RUN = /\d(?:[ .-]?\d){5,}/;

function isCellError(cell: Cell): cell is CellError {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'error' in cell;
}

function readCell(col: BatchColumn, cell: Cell, ctx: RowContext): unknown {
  if (isCellError(cell) || (typeof cell === 'string' && ERROR_TEXT.test(cell.trim())))
    return new Refused('errorCell');
  switch (col.type) {
    case 'date':
      return readDate(cell, ctx.date1904 === true);
    case 'digits': {
      if (typeof cell === 'number') {
        if (!Number.isInteger(cell) || cell < 0 || cell >= EXACT_LIMIT)
          return new Refused('numberId');
        const s = String(cell);
        return col.padTo ? s.padStart(col.padTo, '0') : s;
      }
      const text = cellText(cell)?.replace(/\s+/g, '');
      if (text !== undefined && SCIENTIFIC.test(text)) return new Refused('numberId');
      return text;
    }
    case 'region':
      if (typeof cell === 'number') return cell.toFixed(2);
      return cellText(cell);
    case 'boolean': {
      if (typeof cell === 'boolean') return cell;
      const s = cellText(cell);
      if (s === undefined) return undefined;
      const l = s.toLowerCase();
      if (TRUE.has(l)) return true;
      if (FALSE.has(l)) return false;
      return s; // the schema reports it as "expected true/false"
    }
    case 'integer': {
      if (typeof cell === 'number') return cell;
      const s = cellText(cell);
      if (s === undefined) return undefined;
      return /^\d+$/.test(s) ? Number(s) : s;
    }
    case 'enum': {
      const s = cellText(cell);
      if (s === undefined) return undefined;
      return (
        col.values?.[s.toLowerCase().replace(/_/g, '-').replace(/\s+/g, ' ')] ??
        col.values?.[s.toLowerCase()] ??
        s
      );
    }
    case 'documents': {
      const s = cellText(cell);
      if (s === undefined) return [];
      return s
        .split(/[;,|\n]/)
        .map((d) => d.trim().toLowerCase())
        .filter((d) => d !== '')
        .map((d) => {
          const stamped = /\+\s*(meterai|materai|stamped)$/.exec(d);
          return stamped ? { kind: d.slice(0, stamped.index).trim(), stamped: true } : d;
        });
    }
    default: {
      if (col.path === 'applicant.name') {
        if (typeof cell === 'number') return new Refused('nameIsNumber');
        const s = cellText(cell);
        if (s !== undefined && DIGIT_RUN.test(s)) return new Refused('nameIsNumber');
        return s;
      }
      return cellText(cell);
    }
  }
}

const PROBLEMS = {
  numberId: {
    id: (h: string) =>
      `kolom ${h} tersimpan sebagai angka: Excel hanya menyimpan 15 digit, jadi digit terakhir sudah hilang. Format kolom ${h} sebagai Teks (Format Cells → Text), ketik ulang nomornya dari dokumen aslinya, lalu jalankan lagi`,
    en: (h: string) =>
      `column ${h} is stored as a number: Excel keeps only 15 digits, so the last digit is already lost. Format column ${h} as Text (Format Cells → Text), type the number again from the original document, and run again`,
  },
  errorCell: {
    id: (h: string) =>
      `sel kolom ${h} berisi kesalahan Excel (mis. #N/A): perbaiki rumusnya atau ketik nilainya, lalu jalankan lagi`,
    en: (h: string) =>
      `the ${h} cell holds an Excel error (e.g. #N/A): fix the formula or type the value, and run again`,
  },
  nameIsNumber: {
    id: (h: string) =>
      `kolom ${h} berisi angka panjang (NIK atau KK?), bukan nama: periksa apakah kolom tertukar dan ketik nama sesuai KTP`,
    en: (h: string) =>
      `column ${h} holds a long number (a NIK or KK?), not a name: check whether columns were swapped and type the name as on the KTP`,
  },
} satisfies Record<string, Localized<(header: string) => string>>;

/** Whether an applicant name holds a digit run that looks like an identifier (never printed). */
export function nameLooksLikeNumber(name: string): boolean {
  return DIGIT_RUN.test(name);
}

/** The message for a name that holds an identifier, in the user's language. */
export function nameIsNumberMessage(locale: Locale): string {
  return PROBLEMS.nameIsNumber[locale]('nama');
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = target;
  for (const key of keys.slice(0, -1)) {
    const next = cur[key];
    if (typeof next === 'object' && next !== null) cur = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      cur[key] = created;
      cur = created;
    }
  }
  cur[keys[keys.length - 1] as string] = value;
}

/**
 * Turns one flat row (header → cell) into a CaseInput candidate. Empty cells are left out, so
 * "not provided" stays "not checked"; `membership` exists only when a membership column is filled.
 * The result is not validated: pass it to the CaseInput schema.
 */
export function rowToCase(
  row: ReadonlyMap<string, Cell>,
  ctx: RowContext,
): { candidate: Record<string, unknown>; problems: CellProblem[] } {
  const out: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  for (const col of BATCH_COLUMNS) {
    const value = readCell(col, row.get(col.header), ctx);
    if (value === undefined) continue;
    if (value instanceof Refused) {
      problems.push({
        column: col.header,
        message: PROBLEMS[value.problem][ctx.locale](col.header),
      });
      continue;
    }
    setPath(out, col.path, value);
  }
  if (out.documents === undefined) out.documents = [];
  const welfare = out.welfare as { dtsen?: { registered?: unknown; desil?: unknown } } | undefined;
  // A desil only exists for a household in DTSEN.
  if (
    welfare?.dtsen &&
    welfare.dtsen.desil !== undefined &&
    welfare.dtsen.registered === undefined
  ) {
    welfare.dtsen.registered = true;
  }
  return { candidate: out, problems };
}

/** Cell text for a report: long digit runs masked. */
export function safeText(text: string): string {
  return maskIdentifiersIn(text);
}

const PATH_TO_HEADER: [string, string][] = [
  ...BATCH_COLUMNS.map((c): [string, string] => [c.path, c.header]),
  ['applicant.address', 'alamat'] as [string, string],
  ['applicant', 'nik'] as [string, string],
  ['membership', 'segmen'] as [string, string],
  ['welfare.dtsen', 'dtsen_terdaftar'] as [string, string],
  ['welfare', 'dtks'] as [string, string],
  ['health', 'butuh_layanan'] as [string, string],
  ['verification', 'padan_dukcapil'] as [string, string],
].sort((a, b) => b[0].length - a[0].length);

/** The column a validation path points at (`applicant.nik` → `nik`, `documents.2` → `dokumen`). */
export function columnForPath(path: readonly string[]): string {
  const dotted = path.join('.');
  for (const [p, header] of PATH_TO_HEADER) {
    if (dotted === p || dotted.startsWith(`${p}.`)) return header;
  }
  return dotted === '' ? '(baris)' : dotted;
}
