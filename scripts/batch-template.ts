/**
 * Writes the batch input templates staff fill in: examples/batch-template.csv and
 * examples/batch-template.xlsx, from the column list the CLI reads (src/cli/columns.ts).
 * Run: `npx tsx scripts/batch-template.ts`.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { BATCH_COLUMNS } from '../src/cli/columns';
import { csvLine } from '../src/cli/io';

const headers = BATCH_COLUMNS.map((c) => c.header);
const example = BATCH_COLUMNS.map((c) => c.example);

writeFileSync('examples/batch-template.csv', `${csvLine(headers)}${csvLine(example)}`);

const workbook = new ExcelJS.Workbook();
workbook.creator = 'pbi-jk';
workbook.created = new Date(Date.UTC(2026, 1, 1));
workbook.modified = workbook.created;
const sheet = workbook.addWorksheet('kasus', { views: [{ state: 'frozen', ySplit: 1 }] });
sheet.columns = BATCH_COLUMNS.map((c) => ({
  header: c.header,
  key: c.header,
  width: Math.max(12, c.header.length + 2, c.example.length + 2),
  // Identifiers and dates as text, so Excel keeps leading zeros and all 16 digits.
  style: { numFmt: '@' },
}));
sheet.getRow(1).font = { bold: true };
sheet.addRow(example);

const help = workbook.addWorksheet('petunjuk');
help.columns = [
  { header: 'kolom', key: 'kolom', width: 22 },
  { header: 'isi', key: 'isi', width: 90 },
  { header: 'description', key: 'description', width: 90 },
  { header: 'contoh', key: 'contoh', width: 40 },
];
help.getRow(1).font = { bold: true };
for (const c of BATCH_COLUMNS) {
  help.addRow({
    kolom: c.header,
    isi: c.description.id,
    description: c.description.en,
    contoh: c.example,
  });
}
help.addRow({});
help.addRow({
  kolom: 'catatan',
  isi: 'Hanya lembar pertama yang dibaca. Sel kosong berarti belum diisi/belum diperiksa.',
  description: 'Only the first sheet is read. An empty cell means not provided / not checked.',
});

await workbook.xlsx.writeFile('examples/batch-template.xlsx');
console.log('wrote examples/batch-template.csv and examples/batch-template.xlsx');
