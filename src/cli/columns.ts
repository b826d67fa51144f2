import type { Localized } from '../i18n/locale';

/** A cell as read from a CSV (text) or an XLSX sheet (text, number, true/false or a date). */
export type Cell = string | number | boolean | Date | undefined;

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
  if (cell === undefined) return undefined;
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

function readDate(cell: Cell): string | undefined {
  if (typeof cell === 'number' && cell > 0 && cell < 2958466) {
    // An Excel serial date (days since 1899-12-30).
    return isoFromDate(new Date(Math.round((cell - 25569) * 86400000)));
  }
  const s = cellText(cell);
  if (s === undefined) return undefined;
  const m = DMY.exec(s);
  // Indonesian spreadsheets write the day first: 05/08/1990 is 5 August 1990.
  if (m) return `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(s);
  return iso ? iso[1] : s;
}

function readCell(col: BatchColumn, cell: Cell): unknown {
  switch (col.type) {
    case 'date':
      return readDate(cell);
    case 'digits': {
      if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) {
        const s = BigInt(cell).toString();
        return col.padTo ? s.padStart(col.padTo, '0') : s;
      }
      return cellText(cell)?.replace(/\s+/g, '');
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
    default:
      return cellText(cell);
  }
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
export function rowToCase(row: ReadonlyMap<string, Cell>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const col of BATCH_COLUMNS) {
    const value = readCell(col, row.get(col.header));
    if (value === undefined) continue;
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
  return out;
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
