/**
 * Writes rule-book blocks as a Word document with the `docx` package: real headings (so Word and
 * LibreOffice build a navigation pane), tables with a repeated header row, page numbers in the
 * footer. The output is deterministic: fixed document-property dates and fixed zip dates.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { packDocument } from '../letters/pack-document';
import type { Block, Para } from './blocks';

const FONT = 'Arial';
const MONO = 'Courier New';
/** A4 width minus 2 cm margins each side, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1134;
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

function runs(p: Para, extra: { bold?: boolean; size?: number } = {}): TextRun[] {
  return p.map(
    (i) =>
      new TextRun({
        text: i.text,
        ...(i.bold || extra.bold ? { bold: true } : {}),
        ...(i.code ? { font: MONO } : {}),
        ...(extra.size ? { size: extra.size } : {}),
      }),
  );
}

function cellOf(paras: readonly Para[], width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: (paras.length ? paras : [[]]).map(
      (p) =>
        new Paragraph({
          spacing: { before: 0, after: 40 },
          children: runs(p, { size: 18, ...(header ? { bold: true } : {}) }),
        }),
    ),
  });
}

function columnWidths(header: readonly string[]): number[] {
  const narrow = header.map((h) => h === 'No');
  const nNarrow = narrow.filter(Boolean).length;
  const wide = Math.floor((TEXT_WIDTH - nNarrow * 500) / (header.length - nNarrow));
  return narrow.map((n) => (n ? 500 : wide));
}

function table(
  header: readonly string[] | undefined,
  rows: readonly (readonly (readonly Para[])[])[],
  widths: number[],
): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      ...(header
        ? [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: header.map((h, i) => cellOf([[{ text: h }]], widths[i] ?? 0, true)),
            }),
          ]
        : []),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cellOf(c, widths[i] ?? 0)) })),
    ],
  });
}

function toElements(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[b.level - 1] ?? HeadingLevel.HEADING_4,
          children: runs(b.content),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.content) })];
    case 'note':
      return [
        new Paragraph({
          shading: { type: ShadingType.CLEAR, fill: 'FFF2CC', color: 'auto' },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: 'C55A11', space: 6 } },
          indent: { left: 120 },
          children: runs(b.content),
        }),
      ];
    case 'list':
      return b.items.map(
        (item) =>
          new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: runs(item) }),
      );
    case 'fields': {
      const widths = [2400, TEXT_WIDTH - 2400];
      return [
        table(
          undefined,
          b.rows.map((r) => [[[{ text: r.label, bold: true }]], r.value]),
          widths,
        ),
        new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
      ];
    }
    case 'table':
      return [
        table(b.header, b.rows, columnWidths(b.header)),
        new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
      ];
  }
}

/** Page-number words and the running header of the document. */
export type DocxFrame = { title: string; header: string; page: string; of: string };

/** Builds the .docx bytes of a rule book. */
export async function toDocx(blocks: readonly Block[], frame: DocxFrame): Promise<Uint8Array> {
  const heading = (id: string, name: string, size: number, color: string) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  });
  const doc = new Document({
    creator: 'pbi-jk',
    title: frame.title,
    description: frame.header,
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 120 } } },
      },
      paragraphStyles: [
        heading('Heading1', 'Heading 1', 32, '1F3864'),
        heading('Heading2', 'Heading 2', 28, '1F3864'),
        heading('Heading3', 'Heading 3', 24, '2F5496'),
        heading('Heading4', 'Heading 4', 21, '2F5496'),
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: frame.header, size: 16, color: '666666' })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    children: [
                      `${frame.page} `,
                      PageNumber.CURRENT,
                      ` ${frame.of} `,
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: blocks.flatMap(toElements),
      },
    ],
  });
  return packDocument(doc);
}
