/**
 * Writes the batch input templates staff fill in: examples/batch-template.csv and
 * examples/batch-template.xlsx, from the column list the CLI reads (src/cli/columns.ts).
 * Run: `npx tsx scripts/batch-template.ts`.
 */
import { writeFileSync } from 'node:fs';
import { BATCH_COLUMNS } from '../src/cli/columns';
import { csvLine } from '../src/cli/io';
import { type XCell, xlsxBytes } from '../test/cli/xlsx-writer';

const headers = BATCH_COLUMNS.map((c) => c.header);
const example = BATCH_COLUMNS.map((c) => c.example);

writeFileSync('examples/batch-template.csv', `${csvLine(headers)}${csvLine(example)}`);

// Every column is formatted as Text, so Excel keeps leading zeros and all 16 digits of a NIK or
// KK (a number keeps only 15: pbi-jk refuses such a cell).
const all = BATCH_COLUMNS.map((_, i) => i);
const help: XCell[][] = [
  ['kolom', 'isi', 'description', 'contoh'],
  ...BATCH_COLUMNS.map((c) => [c.header, c.description.id, c.description.en, c.example]),
  [],
  [
    'catatan',
    'Lembar pertama yang terlihat dan berjudul kolom dibaca (atau --sheet NAMA). Sel kosong berarti belum diisi/belum diperiksa. Kolom NIK dan KK harus berformat Teks.',
    'The first visible sheet with these headers is read (or --sheet NAME). An empty cell means not provided / not checked. NIK and KK columns must be formatted as Text.',
  ],
];
writeFileSync(
  'examples/batch-template.xlsx',
  xlsxBytes({
    sheets: [
      {
        name: 'kasus',
        rows: [headers, example],
        textColumns: all,
        widths: BATCH_COLUMNS.map((c) => Math.max(12, c.header.length + 2, c.example.length + 2)),
      },
      { name: 'petunjuk', rows: help, widths: [22, 90, 90, 40] },
    ],
  }),
);
console.log('wrote examples/batch-template.csv and examples/batch-template.xlsx');
