/**
 * The four letter templates, written as code with the `docx` package. Every variable part is a
 * docxtemplater tag (`{nama}`, `{#tembusan}…{/tembusan}`) named after a key of that kind's letter
 * data (src/letters/letter-data.ts). Only ordinary paragraphs and tables: staff can edit the
 * letter in Word or LibreOffice before signing, and an office can restyle the exported template.
 *
 * Build-time only: `scripts/build-templates.ts` packs these into `templates/<kind>.docx` and
 * `src/templates/generated.ts`; the runtime reads the packed bytes, never this module.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  type IParagraphOptions,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { LetterKind } from '../schemas/profile';

/** A4 in twentieths of a point (twips). */
const PAGE = { width: 11906, height: 16838 } as const;
/** Margins: 2 cm top and bottom, 3 cm left (binding side), 2 cm right. */
const MARGIN = { top: 851, bottom: 1134, left: 1701, right: 1134 } as const;
/** Width of the text block. */
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Arial 11 pt (half-points), the usual face of Pemda naskah dinas; Liberation Sans has its metrics. */
const FONT = 'Arial';
const SIZE = 22;
/** Left edge of the signature block. */
const SIGNATURE_INDENT = 4253;
/** Body indent (1.25 cm) for tables and lists under a paragraph. */
const INDENT = 709;

type Run = { text: string; bold?: boolean; underline?: boolean; size?: number };

function runs(parts: readonly (string | Run)[]): TextRun[] {
  return parts.map((part) => {
    const r = typeof part === 'string' ? { text: part } : part;
    return new TextRun({
      text: r.text,
      ...(r.bold ? { bold: true } : {}),
      ...(r.underline ? { underline: {} } : {}),
      ...(r.size ? { size: r.size } : {}),
    });
  });
}

function para(
  parts: readonly (string | Run)[],
  options: Omit<IParagraphOptions, 'children' | 'text'> = {},
): Paragraph {
  return new Paragraph({ ...options, children: runs(parts) });
}

/** A paragraph holding only a section tag; docxtemplater's paragraphLoop removes it on render. */
function tagLine(tag: string): Paragraph {
  return para([tag]);
}

/** A closing paragraph (Word needs one after a final table); tiny so it never spills a page. */
const end = () =>
  new Paragraph({
    children: [new TextRun({ text: '', size: 2 })],
    run: { size: 2 },
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
  });

function cell(
  parts: readonly (string | Run)[],
  width: number,
  options: { bordered?: boolean } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    children: [para(parts, options.bordered ? { spacing: { before: 20, after: 20 } } : {})],
  });
}

/** A borderless label / colon / value table, the usual layout of data blocks in a surat dinas. */
function fieldTable(
  rows: readonly (readonly [string, string])[],
  indent: number,
  labelWidth: number,
): Table {
  const colon = 284;
  const valueWidth = TEXT_WIDTH - indent - labelWidth - colon;
  return new Table({
    width: { size: TEXT_WIDTH - indent, type: WidthType.DXA },
    columnWidths: [labelWidth, colon, valueWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    indent: { size: indent, type: WidthType.DXA },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [cell([label], labelWidth), cell([':'], colon), cell([value], valueWidth)],
        }),
    ),
  });
}

/** Kop surat: government, agency lines, address, contacts, and the closing double rule. */
function letterhead(): (Paragraph | Table)[] {
  const center = { alignment: AlignmentType.CENTER } as const;
  return [
    para([{ text: '{kopPemerintah}', bold: true, size: 28 }], center),
    tagLine('{#kopInstansi}'),
    para([{ text: '{teks}', bold: true, size: 32 }], center),
    tagLine('{/kopInstansi}'),
    para([{ text: '{kopAlamat}', size: 20 }], center),
    tagLine('{#kopKontak}'),
    para([{ text: '{kopKontak}', size: 20 }], center),
    tagLine('{/kopKontak}'),
    new Paragraph({
      children: [new TextRun({ text: '', size: 8 })],
      border: {
        bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 },
      },
      spacing: { after: 160 },
    }),
  ];
}

/** Place and date, Nomor / Sifat / Lampiran / Hal, and the addressee. */
function heading(): (Paragraph | Table)[] {
  const label = 1418;
  const colon = 284;
  const value = TEXT_WIDTH - label - colon;
  const row = (a: string, b: string, c: string) =>
    new TableRow({ children: [cell([a], label), cell([b], colon), cell([c], value)] });
  return [
    para(['{tempatTanggal}'], { alignment: AlignmentType.RIGHT, spacing: { after: 60 } }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [label, colon, value],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [
        row('Nomor', ':', '{nomor}'),
        row('Sifat', ':', '{sifat}'),
        // The whole row is a conditional section: no attachment, no Lampiran line.
        row('{#lampiran}Lampiran', ':', '{lampiran}{/lampiran}'),
        new TableRow({
          children: [
            cell(['Hal'], label),
            cell([':'], colon),
            cell([{ text: '{hal}', bold: true }], value),
          ],
        }),
      ],
    }),
    para([], { spacing: { after: 120 } }),
    para(['Yth. {tujuan}']),
    para(['di']),
    para(['{tujuanTempat}'], { indent: { left: INDENT } }),
    para([], { spacing: { after: 120 } }),
  ];
}

const bodyOptions = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: INDENT },
  spacing: { after: 80, line: 240, lineRule: LineRuleType.AUTO },
} as const;

function body(text: string): Paragraph {
  return para([text], bodyOptions);
}

/** A numbered list driven by a loop of `{ urut, teks }` items, with a hanging indent. */
function numberedList(loop: string): Paragraph[] {
  return [
    tagLine(`{#${loop}}`),
    para(['{urut}.\t{teks}'], {
      alignment: AlignmentType.JUSTIFIED,
      indent: { left: INDENT + 425, hanging: 425 },
      tabStops: [{ type: TabStopType.LEFT, position: INDENT + 425 }],
      spacing: { after: 60 },
    }),
    tagLine(`{/${loop}}`),
  ];
}

/** Signature lines (jabatan with a.n./u.b., space to sign, name, pangkat, NIP), centred. */
function signatureLines(): Paragraph[] {
  const block = { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true };
  return [
    tagLine('{#ttdJabatan}'),
    para(['{teks}'], block),
    tagLine('{/ttdJabatan}'),
    para([], block),
    para([], block),
    para([], block),
    para([{ text: '{ttdNama}', bold: true, underline: true }], block),
    para(['{ttdPangkat}'], block),
    para(['NIP. {ttdNip}'], { alignment: AlignmentType.CENTER }),
  ];
}

/** The paraf hierarki table (Bulukumba, Pematangsiantar), removed when the profile has none. */
function paraf(): (Paragraph | Table)[] {
  const widths = [567, 2155, 1020];
  const small = 16;
  const header = ['No.', 'Jabatan', 'Paraf'].map((text, i) =>
    cell([{ text, bold: true, size: small }], widths[i] ?? 0, { bordered: true }),
  );
  const loopRow = [
    cell([{ text: '{#paraf}{urut}', size: small }], widths[0] ?? 0, { bordered: true }),
    cell([{ text: '{jabatan}', size: small }], widths[1] ?? 0, { bordered: true }),
    cell([{ text: '{/paraf}', size: small }], widths[2] ?? 0, { bordered: true }),
  ];
  return [
    tagLine('{#adaParaf}'),
    para([{ text: 'Paraf hierarki:', size: small }], { spacing: { before: 480 } }),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ children: header, tableHeader: true }),
        new TableRow({ children: loopRow }),
      ],
    }),
    tagLine('{/adaParaf}'),
    // A table cell must end with a paragraph, also when the paraf section is removed.
    para([]),
  ];
}

/**
 * The closing block as a borderless two-column table: the paraf hierarki at the left (where
 * Pemda letters put it), the signature at the right.
 */
function signature(): (Paragraph | Table)[] {
  const right = TEXT_WIDTH - SIGNATURE_INDENT;
  return [
    para([], { spacing: { after: 120 }, keepNext: true }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [SIGNATURE_INDENT, right],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: SIGNATURE_INDENT, type: WidthType.DXA },
              children: paraf(),
            }),
            new TableCell({
              width: { size: right, type: WidthType.DXA },
              children: signatureLines(),
            }),
          ],
        }),
      ],
    }),
  ];
}

function tembusan(): Paragraph[] {
  return [
    tagLine('{#adaTembusan}'),
    para([{ text: 'Tembusan:', underline: true }], { spacing: { before: 120 } }),
    tagLine('{#tembusan}'),
    para(['{urut}. {teks}'], { indent: { left: 284, hanging: 284 } }),
    tagLine('{/tembusan}'),
    tagLine('{/adaTembusan}'),
  ];
}

const CLOSING =
  'Demikian surat ini kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.';

/** Applicant rows shared by every kind; kinds add membership rows. */
const PERSON_ROWS: readonly (readonly [string, string])[] = [
  ['Nama', '{nama}'],
  ['NIK', '{nik}'],
  ['Nomor KK', '{noKk}'],
  ['Tempat/Tgl. Lahir', '{tempatTanggalLahir}'],
  ['Jenis Kelamin', '{jenisKelamin}'],
  ['Alamat', '{alamat}'],
  ['Desa/Kelurahan', '{desa}'],
  ['Kecamatan', '{kecamatan}'],
  ['Kabupaten/Kota', '{kabupatenKota}'],
];

const LABEL = 2977;

function kindBody(kind: LetterKind): (Paragraph | Table)[] {
  switch (kind) {
    case 'rekomendasi-reaktivasi':
      return [
        body(
          'Berdasarkan {dasarHukum}, bersama ini {namaInstansi} menerangkan bahwa peserta Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK) tersebut di bawah ini telah dinonaktifkan dari kepesertaan dan masih membutuhkan layanan kesehatan:',
        ),
        fieldTable(
          [
            ...PERSON_ROWS,
            ['Nomor Kartu JKN-KIS', '{noKartu}'],
            ['Segmen Kepesertaan', '{segmen}'],
            ['Tanggal Nonaktif', '{tanggalNonaktif}'],
          ],
          INDENT,
          LABEL,
        ),
        para([], { spacing: { after: 120 } }),
        body(
          'Berdasarkan hasil verifikasi atas berkas permohonan yang kami terima pada tanggal {tanggalDiterima}, yang bersangkutan memenuhi persyaratan untuk diaktifkan kembali. Sehubungan dengan hal tersebut, kami mohon kepesertaan PBI-JK yang bersangkutan dapat diaktifkan kembali.',
        ),
        body(CLOSING),
      ];
    case 'rekomendasi-pendaftaran':
      return [
        body(
          'Berdasarkan {dasarHukum}, bersama ini {namaInstansi} merekomendasikan warga tersebut di bawah ini untuk didaftarkan sebagai peserta Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK):',
        ),
        fieldTable(PERSON_ROWS, INDENT, LABEL),
        para([], { spacing: { after: 120 } }),
        body(
          'Berdasarkan hasil verifikasi atas berkas permohonan yang kami terima pada tanggal {tanggalDiterima}, yang bersangkutan memenuhi persyaratan sebagai peserta PBI-JK dan data kependudukannya telah sesuai dengan data Dinas Kependudukan dan Pencatatan Sipil. Sehubungan dengan hal tersebut, kami mohon yang bersangkutan dapat didaftarkan sebagai peserta PBI-JK.',
        ),
        body(CLOSING),
      ];
    case 'rekomendasi-pengalihan':
      return [
        body(
          'Berdasarkan {dasarHukum}, bersama ini {namaInstansi} merekomendasikan peserta Jaminan Kesehatan Nasional tersebut di bawah ini untuk dialihkan dari segmen Pekerja Bukan Penerima Upah (mandiri) menjadi peserta Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK):',
        ),
        fieldTable(
          [
            ...PERSON_ROWS,
            ['Nomor Kartu JKN-KIS', '{noKartu}'],
            ['Segmen Kepesertaan', '{segmen}'],
          ],
          INDENT,
          LABEL,
        ),
        para([], { spacing: { after: 120 } }),
        body(
          'Berdasarkan hasil verifikasi atas berkas permohonan yang kami terima pada tanggal {tanggalDiterima}, yang bersangkutan tidak mampu membayar iuran dan memenuhi persyaratan sebagai peserta PBI-JK. Sehubungan dengan hal tersebut, kami mohon kepesertaan yang bersangkutan dapat dialihkan menjadi peserta PBI-JK.',
        ),
        body(CLOSING),
      ];
    case 'pengembalian-berkas':
      return [
        body(
          'Bersama ini kami kembalikan berkas permohonan {layanan} yang kami terima pada tanggal {tanggalDiterima} atas nama:',
        ),
        fieldTable(PERSON_ROWS.slice(0, 4), INDENT, LABEL),
        para([], { spacing: { after: 120 } }),
        body(
          'Berdasarkan {dasarHukum} dan standar pelayanan {namaInstansi}, permohonan tersebut belum dapat kami proses dengan alasan sebagai berikut:',
        ),
        ...numberedList('alasan'),
        tagLine('{#adaDokumenKurang}'),
        para(['Dokumen yang perlu dilengkapi:'], { spacing: { before: 120, after: 60 } }),
        ...numberedList('dokumenKurang'),
        tagLine('{/adaDokumenKurang}'),
        tagLine('{#adaLangkah}'),
        para(['Langkah selanjutnya:'], { spacing: { before: 120, after: 60 } }),
        ...numberedList('langkah'),
        tagLine('{/adaLangkah}'),
        para([], { spacing: { after: 60 } }),
        body(
          'Setelah persyaratan tersebut dipenuhi, Saudara dapat mengajukan kembali permohonan kepada {namaInstansi}. Demikian untuk menjadi perhatian.',
        ),
      ];
  }
}

/** Title written into the template's document properties (what Word shows in File › Info). */
const TEMPLATE_TITLES: Record<LetterKind, string> = {
  'rekomendasi-reaktivasi': 'Templat surat rekomendasi reaktivasi PBI-JK',
  'rekomendasi-pendaftaran': 'Templat surat rekomendasi pendaftaran PBI-JK',
  'rekomendasi-pengalihan': 'Templat surat rekomendasi pengalihan PBPU ke PBI-JK',
  'pengembalian-berkas': 'Templat surat pengembalian berkas',
};

/**
 * The template of one letter kind as a `docx` Document (tags unfilled). Pack it with
 * `packTemplate` to get the shipped bytes.
 */
export function buildTemplateDocument(kind: LetterKind): Document {
  return new Document({
    creator: 'pbi-jk',
    lastModifiedBy: 'pbi-jk',
    title: TEMPLATE_TITLES[kind],
    description: `pbi-jk letter template: ${kind}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE },
          paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: 709, footer: 709 },
          },
        },
        children: [
          ...letterhead(),
          ...heading(),
          ...kindBody(kind),
          ...signature(),
          ...tembusan(),
          end(),
        ],
      },
    ],
  });
}
