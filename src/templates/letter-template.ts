/**
 * The letter templates, written as code with the `docx` package. Every variable part is a
 * docxtemplater tag (`{nama}`, `{#tembusan}…{/tembusan}`) named after a key of that kind's letter
 * data (src/letters/letter-data.ts). Only ordinary paragraphs and tables (the emblem is the only
 * picture): staff can edit the letter in Word or LibreOffice before signing, and an office can
 * restyle the exported template.
 *
 * Three uses: `scripts/build-templates.ts` packs the plain A4 templates into
 * `templates/<kind>.docx` and `src/templates/generated.ts` (what most letters are filled from);
 * `renderLetter` builds, once per process, the variant of an office with F4 paper or an emblem;
 * `exportTemplate(kind, { profile })` builds the office's own letter, with its kop, emblem, paper,
 * officials, paraf and tembusan written in and tags left only for each case's data.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  type IParagraphOptions,
  LineRuleType,
  PageNumber,
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
import { parafChain, signatureLines as signatureLinesData } from '../letters/letter-data';
import { imageType, type LetterKind, type Paper, type Profile } from '../schemas/profile';

/** Paper sizes in twentieths of a point (twips): A4 210 × 297 mm, F4 215 × 330 mm. */
export const PAPER_SIZES: Readonly<Record<Paper, { width: number; height: number }>> = {
  A4: { width: 11906, height: 16838 },
  F4: { width: 12189, height: 18709 },
};
/** Margins: 1.5 cm top and bottom, 3 cm left (binding side), 2 cm right. */
const MARGIN = { top: 851, bottom: 851, left: 1701, right: 1134 } as const;
/** Arial 11 pt (half-points), the usual face of Pemda naskah dinas; Liberation Sans has its metrics. */
const FONT = 'Arial';
const SIZE = 22;
/** Kop type sizes (half-points): government 13 pt, agency 14 pt. */
const KOP_GOVERNMENT = 26;
const KOP_AGENCY = 28;
/** Body indent (1.25 cm) for tables and lists under a paragraph. */
const INDENT = 709;
/** Width of the emblem column of the kop (2.5 cm), and the emblem's height (2.2 cm). */
const EMBLEM_COLUMN = 1418;
const EMBLEM_HEIGHT_PX = 83;

/** The BSrE statement at the foot of an electronically signed letter. */
export const BSRE_FOOTER =
  'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE';

/** What a template is built for: paper, emblem, and (for an exported template) the office itself. */
export type TemplateOptions = {
  paper?: Paper;
  /** The emblem (PNG or JPEG bytes) at the left of the kop. */
  logo?: Uint8Array;
  /** Write this office's kop, officials, paraf and tembusan in, leaving tags only for case data. */
  profile?: Profile;
};

/** The layout every part of one template shares. */
type Layout = { textWidth: number; profile: Profile | undefined };

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
function tagLine(tag: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}) {
  return para([tag], options);
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
  options: { bordered?: boolean; keepNext?: boolean } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    children: [
      para(parts, {
        ...(options.bordered ? { spacing: { before: 20, after: 20 } } : {}),
        ...(options.keepNext ? { keepNext: true, keepLines: true } : {}),
      }),
    ],
  });
}

/** A borderless label / colon / value table, the usual layout of data blocks in a surat dinas. */
function fieldTable(
  layout: Layout,
  rows: readonly (readonly [string, string])[],
  indent: number,
  labelWidth: number,
): Table {
  const colon = 284;
  const valueWidth = layout.textWidth - indent - labelWidth - colon;
  return new Table({
    width: { size: layout.textWidth - indent, type: WidthType.DXA },
    columnWidths: [labelWidth, colon, valueWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    indent: { size: indent, type: WidthType.DXA },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell([label], labelWidth), cell([':'], colon), cell([value], valueWidth)],
        }),
    ),
  });
}

/** Width and height (pixels) of PNG or JPEG bytes, read from the header. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const type = imageType(bytes);
  const u16 = (i: number) => ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  if (type === 'png') {
    return { width: u16(16) * 65536 + u16(18), height: u16(20) * 65536 + u16(22) };
  }
  if (type === 'jpg') {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return undefined;
      const marker = bytes[i + 1] ?? 0;
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { height: u16(i + 5), width: u16(i + 7) };
      }
      i += 2 + u16(i + 2);
    }
  }
  return undefined;
}

/** The text lines of the kop: government, agency, address and contacts (tags or the office's). */
function kopLines(layout: Layout): Paragraph[] {
  const center = { alignment: AlignmentType.CENTER } as const;
  const p = layout.profile;
  if (p) {
    const l = p.letterhead;
    const address = l.address
      ? l.postalCode
        ? `${l.address} ${l.postalCode}`
        : l.address
      : 'Alamat: ……………………………………';
    const contact = [
      l.phone ? `Telepon ${l.phone}` : undefined,
      l.email ? `Pos-el ${l.email}` : undefined,
      l.website ? `Laman ${l.website}` : undefined,
    ]
      .filter((x): x is string => x !== undefined)
      .join(', ');
    return [
      para([{ text: l.government, bold: true, size: KOP_GOVERNMENT }], center),
      ...l.agency.map((line) => para([{ text: line, bold: true, size: KOP_AGENCY }], center)),
      para([{ text: address, size: 20 }], center),
      ...(contact ? [para([{ text: contact, size: 20 }], center)] : []),
    ];
  }
  return [
    para([{ text: '{kopPemerintah}', bold: true, size: KOP_GOVERNMENT }], center),
    tagLine('{#kopInstansi}'),
    para([{ text: '{teks}', bold: true, size: KOP_AGENCY }], center),
    tagLine('{/kopInstansi}'),
    para([{ text: '{kopAlamat}', size: 20 }], center),
    tagLine('{#kopKontak}'),
    para([{ text: '{kopKontak}', size: 20 }], center),
    tagLine('{/kopKontak}'),
  ];
}

/**
 * Kop surat: government, agency lines, address, contacts, and the closing double rule. With an
 * emblem, a borderless table holds it at the left and the text centred in the other column, so
 * the lines never run under the picture.
 */
function letterhead(layout: Layout, logo: Uint8Array | undefined): (Paragraph | Table)[] {
  const rule = new Paragraph({
    children: [new TextRun({ text: '', size: 8 })],
    border: {
      bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 },
    },
    spacing: { after: 160 },
  });
  const type = logo ? imageType(logo) : undefined;
  const size = logo ? imageSize(logo) : undefined;
  if (!logo || !type || !size || size.height === 0) return [...kopLines(layout), rule];
  const height = EMBLEM_HEIGHT_PX;
  const width = Math.max(1, Math.round((size.width / size.height) * height));
  const textColumn = layout.textWidth - EMBLEM_COLUMN;
  const emblem = new TableCell({
    width: { size: EMBLEM_COLUMN, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        children: [new ImageRun({ type, data: logo, transformation: { width, height } })],
      }),
    ],
  });
  const text = new TableCell({
    width: { size: textColumn, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: kopLines(layout),
  });
  return [
    new Table({
      width: { size: layout.textWidth, type: WidthType.DXA },
      columnWidths: [EMBLEM_COLUMN, textColumn],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [new TableRow({ cantSplit: true, children: [emblem, text] })],
    }),
    rule,
  ];
}

/** Place and date, Nomor / Sifat / Lampiran / Hal, and the addressee. */
function heading(layout: Layout, kind: LetterKind): (Paragraph | Table)[] {
  const label = 1418;
  const colon = 284;
  const value = layout.textWidth - label - colon;
  const row = (a: string, b: string, c: string) =>
    new TableRow({ children: [cell([a], label), cell([b], colon), cell([c], value)] });
  const p = layout.profile;
  const toBpjs = kind.startsWith('rekomendasi-');
  const tujuan = p && toBpjs ? p.addressee.title : '{tujuan}';
  const tempat = p && toBpjs ? p.addressee.place : '{tujuanTempat}';
  return [
    para(['{tempatTanggal}'], { alignment: AlignmentType.RIGHT, spacing: { after: 60 } }),
    new Table({
      width: { size: layout.textWidth, type: WidthType.DXA },
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
    para([`Yth. ${tujuan}`], { spacing: { before: 160 } }),
    para(['di']),
    para([tempat], { indent: { left: INDENT }, spacing: { after: 200 } }),
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

/** The closing paragraph: kept with the signature that follows it. */
function closing(text: string): Paragraph {
  return para([text], { ...bodyOptions, keepNext: true, keepLines: true });
}

const LIST_INDENT = { left: INDENT + 425, hanging: 425 } as const;

/** A numbered list driven by a loop of `{ urut, teks }` items, with a hanging indent. */
function numberedList(loop: string): Paragraph[] {
  return [
    tagLine(`{#${loop}}`),
    para(['{urut}.\t{teks}'], {
      alignment: AlignmentType.JUSTIFIED,
      indent: LIST_INDENT,
      tabStops: [{ type: TabStopType.LEFT, position: INDENT + 425 }],
      spacing: { after: 60 },
      keepLines: true,
    }),
    tagLine(`{/${loop}}`),
  ];
}

/** The grounds of a refusal: each with its legal basis and the route that can still help. */
function groundList(): Paragraph[] {
  const sub = { alignment: AlignmentType.JUSTIFIED, indent: { left: INDENT + 425 } } as const;
  return [
    tagLine('{#alasan}'),
    para(['{urut}.\t{teks}'], {
      alignment: AlignmentType.JUSTIFIED,
      indent: LIST_INDENT,
      tabStops: [{ type: TabStopType.LEFT, position: INDENT + 425 }],
      spacing: { before: 60 },
      keepLines: true,
    }),
    tagLine('{#dasar}'),
    para([{ text: 'Dasar: {dasar}.', size: 20 }], { ...sub, keepLines: true }),
    tagLine('{/dasar}'),
    tagLine('{#jalan}'),
    para(['{jalan}'], { ...sub, spacing: { before: 40 }, keepLines: true }),
    tagLine('{/jalan}'),
    tagLine('{/alasan}'),
  ];
}

/** Warnings for the applicant (e.g. the NIK's birth date differs), removed when there are none. */
function notes(): Paragraph[] {
  return [
    tagLine('{#adaCatatan}'),
    para(['Catatan:'], { spacing: { before: 120 } }),
    tagLine('{#catatan}'),
    para(['{teks}'], { alignment: AlignmentType.JUSTIFIED, indent: { left: INDENT } }),
    tagLine('{/catatan}'),
    tagLine('{/adaCatatan}'),
  ];
}

/** Keeps every line of the closing block with the next: the block never breaks across pages. */
const keep = { keepNext: true, keepLines: true } as const;

/** Signature lines (jabatan with a.n./u.b., space to sign, name, pangkat, NIP), centred. */
function signatureLines(layout: Layout): Paragraph[] {
  const block = { alignment: AlignmentType.CENTER, ...keep };
  const p = layout.profile;
  const wet = p ? signatureLinesOf(p, 'basah') : undefined;
  const electronic = p ? signatureLinesOf(p, 'elektronik') : undefined;
  const jabatan = (lines: readonly string[] | undefined) =>
    lines
      ? lines.map((line) => para([line], block))
      : [tagLine('{#ttdJabatan}'), para(['{teks}'], block), tagLine('{/ttdJabatan}')];
  return [
    tagLine('{#ttdBasah}'),
    ...jabatan(wet?.jabatan),
    para([], block),
    para([], block),
    para([], block),
    para([{ text: wet?.nama ?? '{ttdNama}', bold: true, underline: true }], block),
    para([wet?.pangkat ?? '{ttdPangkat}'], block),
    para([`NIP. ${wet?.nip ?? '{ttdNip}'}`], { alignment: AlignmentType.CENTER, keepLines: true }),
    tagLine('{/ttdBasah}'),
    tagLine('{#ttdElektronik}'),
    para([{ text: 'Ditandatangani secara elektronik oleh:', size: 20 }], block),
    ...jabatan(electronic?.jabatan),
    para(['{ttdEoffice}'], block),
    para([{ text: electronic?.nama ?? '{ttdNama}', bold: true, underline: true }], block),
    para([electronic?.pangkat ?? '{ttdPangkat}'], block),
    para([`NIP. ${electronic?.nip ?? '{ttdNip}'}`], {
      alignment: AlignmentType.CENTER,
      keepLines: true,
    }),
    tagLine('{/ttdElektronik}'),
  ];
}

/**
 * The signature of an exported template: the office's usual signer, written in. Where the office
 * names no one, an electronic block keeps the tag, filled per letter with the e-office placeholder
 * (a literal `${…}` in a template would read as a docxtemplater tag).
 */
function signatureLinesOf(p: Profile, signature: 'basah' | 'elektronik') {
  const lines = signatureLinesData(p, p.defaultSigner ?? p.signers[0]?.official, signature);
  const placeholders: readonly string[] = [p.eOffice.name, p.eOffice.nip];
  const keep = (value: string, tag: string) => (placeholders.includes(value) ? tag : value);
  return {
    jabatan: lines.ttdJabatan.map((l) => l.teks),
    nama: keep(lines.ttdNama, '{ttdNama}'),
    pangkat: lines.ttdPangkat,
    nip: keep(lines.ttdNip, '{ttdNip}'),
  };
}

/** The paraf hierarki table (Bulukumba, Pematangsiantar), removed when the profile has none. */
function paraf(layout: Layout): (Paragraph | Table)[] {
  const widths = [567, 1871, 850];
  const small = 16;
  const header = ['No.', 'Jabatan', 'Paraf'].map((text, i) =>
    cell([{ text, bold: true, size: small }], widths[i] ?? 0, { bordered: true, keepNext: true }),
  );
  const p = layout.profile;
  const row = (a: string, b: string, c: string) =>
    new TableRow({
      cantSplit: true,
      children: [
        cell([{ text: a, size: small }], widths[0] ?? 0, { bordered: true, keepNext: true }),
        cell([{ text: b, size: small }], widths[1] ?? 0, { bordered: true, keepNext: true }),
        cell([{ text: c, size: small }], widths[2] ?? 0, { bordered: true, keepNext: true }),
      ],
    });
  const chain = p ? parafChain(p, p.defaultSigner ?? p.signers[0]?.official) : undefined;
  const rows = chain
    ? chain.map((id, i) => {
        const o = p?.officials.find((x) => x.id === id);
        return row(String(i + 1), o?.shortPosition ?? o?.position ?? id, '');
      })
    : [row('{#paraf}{urut}', '{jabatan}', '{/paraf}')];
  if (chain && chain.length === 0) return [para([])];
  const table = [
    para([{ text: 'Paraf hierarki:', size: small }], { spacing: { before: 480 }, ...keep }),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [new TableRow({ children: header, tableHeader: true, cantSplit: true }), ...rows],
    }),
  ];
  return chain
    ? [...table, para([])]
    : [
        tagLine('{#adaParaf}'),
        ...table,
        tagLine('{/adaParaf}'),
        // A table cell must end with a paragraph, also when the paraf section is removed.
        para([]),
      ];
}

/** Left edge of the signature block. */
const SIGNATURE_INDENT = 3402;

/**
 * The closing block as a borderless two-column table: the paraf hierarki at the left (where
 * Pemda letters put it), the signature at the right; one row that never splits, kept with the
 * tembusan below.
 */
function signature(layout: Layout): (Paragraph | Table)[] {
  const right = layout.textWidth - SIGNATURE_INDENT;
  return [
    new Paragraph({
      children: [new TextRun({ text: '', size: 8 })],
      spacing: { before: 0, after: 0, line: 200, lineRule: LineRuleType.EXACT },
      ...keep,
    }),
    new Table({
      width: { size: layout.textWidth, type: WidthType.DXA },
      columnWidths: [SIGNATURE_INDENT, right],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: SIGNATURE_INDENT, type: WidthType.DXA },
              children: paraf(layout),
            }),
            new TableCell({
              width: { size: right, type: WidthType.DXA },
              children: signatureLines(layout),
            }),
          ],
        }),
      ],
    }),
  ];
}

/** Tembusan: every line kept with the next, so the last never stands alone on a page. */
function tembusan(layout: Layout): Paragraph[] {
  const p = layout.profile;
  const line = { indent: { left: 284, hanging: 284 } } as const;
  if (p) {
    if (p.tembusan.length === 0) return [];
    return [
      para([{ text: 'Tembusan:', underline: true, size: 20 }], {
        spacing: { before: 120 },
        ...keep,
      }),
      ...p.tembusan.map((t, i) =>
        para([{ text: `${i + 1}. ${t}`, size: 20 }], {
          ...line,
          ...(i < p.tembusan.length - 1 ? keep : {}),
        }),
      ),
    ];
  }
  return [
    tagLine('{#adaTembusan}'),
    para([{ text: 'Tembusan:', underline: true, size: 20 }], { spacing: { before: 120 }, ...keep }),
    tagLine('{#tembusan}'),
    para([{ text: '{urut}. {teks}', size: 20 }], { ...line, ...keep }),
    tagLine('{/tembusan}'),
    tagLine('{/adaTembusan}'),
  ];
}

const CLOSING =
  'Demikian surat ini kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.';

/** The closing sentence of each kind. */
const CLOSINGS: Readonly<Record<LetterKind, string>> = {
  'rekomendasi-reaktivasi': CLOSING,
  'rekomendasi-pendaftaran': CLOSING,
  'rekomendasi-pengalihan': CLOSING,
  'pengembalian-berkas':
    'Demikian surat ini kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.',
  'pemberitahuan-tidak-memenuhi-syarat':
    'Demikian pemberitahuan ini kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.',
};

/**
 * Closing sentence, signature (with the paraf at its left) and tembusan in one borderless table
 * row that never splits: the block moves to the next page whole, so none of its parts is ever
 * alone on a page (paragraph keep-with-next alone does not hold a table to what follows it in
 * LibreOffice).
 */
function closingBlock(layout: Layout, kind: LetterKind): Table {
  return new Table({
    width: { size: layout.textWidth, type: WidthType.DXA },
    columnWidths: [layout.textWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: layout.textWidth, type: WidthType.DXA },
            margins: { left: 0, right: 0, top: 0, bottom: 0 },
            children: [closing(CLOSINGS[kind]), ...signature(layout), ...tembusan(layout), end()],
          }),
        ],
      }),
    ],
  });
}

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

function kindBody(layout: Layout, kind: LetterKind): (Paragraph | Table)[] {
  const office = layout.profile?.name ?? '{namaInstansi}';
  const gap = () =>
    new Paragraph({
      children: [new TextRun({ text: '', size: 8 })],
      spacing: { before: 0, after: 120, line: 160, lineRule: LineRuleType.EXACT },
    });
  switch (kind) {
    case 'rekomendasi-reaktivasi':
      return [
        body(
          `Berdasarkan {dasarHukum}, bersama ini kami menerangkan bahwa peserta Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK) tersebut di bawah ini telah dinonaktifkan dari kepesertaan dan masih membutuhkan layanan kesehatan:`,
        ),
        fieldTable(
          layout,
          [
            ...PERSON_ROWS,
            ['Nomor Kartu JKN-KIS', '{noKartu}'],
            ['Segmen Kepesertaan', '{segmen}'],
            ['Tanggal Nonaktif', '{tanggalNonaktif}'],
          ],
          INDENT,
          LABEL,
        ),
        gap(),
        body(
          'Berdasarkan hasil verifikasi atas berkas permohonan yang kami terima pada tanggal {tanggalDiterima}, yang bersangkutan memenuhi persyaratan untuk diaktifkan kembali. Sehubungan dengan hal tersebut, kami mohon kepesertaan PBI-JK yang bersangkutan dapat diaktifkan kembali.',
        ),
      ];
    case 'rekomendasi-pendaftaran':
      return [
        body(
          `Berdasarkan {dasarHukum}, bersama ini kami merekomendasikan warga tersebut di bawah ini untuk didaftarkan sebagai peserta Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK):`,
        ),
        fieldTable(layout, PERSON_ROWS, INDENT, LABEL),
        gap(),
        body(
          'Berdasarkan hasil verifikasi atas berkas permohonan yang kami terima pada tanggal {tanggalDiterima}, yang bersangkutan memenuhi persyaratan sebagai peserta PBI-JK dan data kependudukannya telah sesuai dengan data Dinas Kependudukan dan Pencatatan Sipil. Sehubungan dengan hal tersebut, kami mohon yang bersangkutan dapat didaftarkan sebagai peserta PBI-JK.',
        ),
      ];
    case 'rekomendasi-pengalihan':
      return [
        body(
          `Berdasarkan {dasarHukum}, bersama ini kami merekomendasikan peserta Jaminan Kesehatan Nasional tersebut di bawah ini untuk dialihkan dari segmen Pekerja Bukan Penerima Upah (mandiri) menjadi peserta Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK):`,
        ),
        fieldTable(
          layout,
          [
            ...PERSON_ROWS,
            ['Nomor Kartu JKN-KIS', '{noKartu}'],
            ['Segmen Kepesertaan', '{segmen}'],
          ],
          INDENT,
          LABEL,
        ),
        gap(),
        body(
          'Berdasarkan hasil verifikasi atas berkas permohonan yang kami terima pada tanggal {tanggalDiterima}, yang bersangkutan tidak mampu membayar iuran dan memenuhi persyaratan sebagai peserta PBI-JK. Sehubungan dengan hal tersebut, kami mohon kepesertaan yang bersangkutan dapat dialihkan menjadi peserta PBI-JK.',
        ),
      ];
    case 'pengembalian-berkas':
      return [
        body(
          'Bersama ini kami kembalikan berkas permohonan {layanan} yang Saudara sampaikan kepada kami pada tanggal {tanggalDiterima} atas nama:',
        ),
        fieldTable(layout, PERSON_ROWS.slice(0, 4), INDENT, LABEL),
        gap(),
        body(
          `Berdasarkan {dasarHukum} dan standar pelayanan ${office}, berkas tersebut belum dapat kami proses karena dokumen berikut belum lengkap atau belum memenuhi ketentuan:`,
        ),
        ...numberedList('dokumen'),
        ...notes(),
        para([], { spacing: { after: 60 } }),
        body(
          'Mohon dokumen tersebut Saudara lengkapi, kemudian berkas ini beserta dokumen tersebut Saudara serahkan kembali kepada {tempatLayanan} pada hari dan jam kerja. Permohonan Saudara akan kami proses setelah berkas lengkap kami terima.',
        ),
      ];
    case 'pemberitahuan-tidak-memenuhi-syarat':
      return [
        body(
          'Bersama ini kami sampaikan hasil verifikasi atas permohonan {layanan} yang Saudara sampaikan kepada kami pada tanggal {tanggalDiterima} atas nama:',
        ),
        fieldTable(layout, PERSON_ROWS.slice(0, 4), INDENT, LABEL),
        gap(),
        body(
          `Berdasarkan hasil verifikasi ${office} dan {dasarHukum}, dengan hormat kami beritahukan bahwa permohonan tersebut tidak dapat kami penuhi karena:`,
        ),
        ...groundList(),
        ...notes(),
        para([], { spacing: { after: 60 } }),
        body(
          'Apabila Saudara memerlukan penjelasan lebih lanjut, Saudara dapat datang ke {tempatLayanan} pada hari dan jam kerja.',
        ),
      ];
  }
}

/**
 * Footers: none on the first page but the BSrE statement of an electronically signed letter;
 * "Halaman n" on every later page (SPEC §3), with the same statement.
 */
function footers() {
  const small = { size: 16 } as const;
  const bsre = () => [
    tagLine('{#ttdElektronik}', { alignment: AlignmentType.CENTER }),
    para([{ text: BSRE_FOOTER, size: 16 }], { alignment: AlignmentType.CENTER }),
    tagLine('{/ttdElektronik}', { alignment: AlignmentType.CENTER }),
  ];
  return {
    first: new Footer({ children: [...bsre(), para([], { run: small })] }),
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: ['Halaman ', PageNumber.CURRENT], size: 18 })],
        }),
        ...bsre(),
      ],
    }),
  };
}

/** Title written into the template's document properties; a letter gets its own Hal instead. */
const TEMPLATE_TITLES: Record<LetterKind, string> = {
  'rekomendasi-reaktivasi': 'Templat surat rekomendasi reaktivasi PBI-JK',
  'rekomendasi-pendaftaran': 'Templat surat rekomendasi pendaftaran PBI-JK',
  'rekomendasi-pengalihan': 'Templat surat rekomendasi pengalihan PBPU ke PBI-JK',
  'pengembalian-berkas': 'Templat surat pengembalian berkas',
  'pemberitahuan-tidak-memenuhi-syarat': 'Templat surat pemberitahuan tidak memenuhi syarat',
};

/**
 * The template of one letter kind as a `docx` Document (tags unfilled). Pack it with
 * `packTemplate` to get the shipped bytes.
 */
export function buildTemplateDocument(kind: LetterKind, options: TemplateOptions = {}): Document {
  const profile = options.profile;
  const paper = PAPER_SIZES[options.paper ?? profile?.paper ?? 'A4'];
  const logo = options.logo ?? profile?.letterhead.logo;
  const layout: Layout = { textWidth: paper.width - MARGIN.left - MARGIN.right, profile };
  return new Document({
    creator: 'pbi-jk',
    lastModifiedBy: 'pbi-jk',
    title: profile ? `Templat surat ${profile.name}: ${kind}` : TEMPLATE_TITLES[kind],
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
          titlePage: true,
          page: {
            size: { width: paper.width, height: paper.height },
            margin: { ...MARGIN, header: 567, footer: 425 },
          },
        },
        footers: footers(),
        children: [
          ...letterhead(layout, logo),
          ...heading(layout, kind),
          ...kindBody(layout, kind),
          closingBlock(layout, kind),
          end(),
        ],
      },
    ],
  });
}
