/**
 * Writes .xlsx files the way Excel stores values, for tests and the shipped template: text as
 * shared strings, numbers as numeric cells (a 16-digit NIK typed into a General column is a
 * number with 15 significant digits), error cells (`t="e"`), hidden sheets, merged title rows,
 * Text-formatted columns and the 1904 date system flag.
 */
import { strToU8, zipSync } from 'fflate';

/** A cell: text, a number, true/false, an Excel error, a Date (stored as a serial), or empty. */
export type XCell = string | number | boolean | Date | { error: string } | null | undefined;

/** One sheet. */
export type XSheet = {
  name: string;
  rows: XCell[][];
  hidden?: boolean;
  /** Merged ranges, e.g. `A1:F1` for a title row. */
  merges?: string[];
  /** 0-based columns formatted as Text (what staff should do for NIK and KK). */
  textColumns?: number[];
  /** Column widths in characters, by 0-based column. */
  widths?: number[];
};

/** Options of a workbook. */
export type XBook = { sheets: XSheet[]; date1904?: boolean };

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `0` → `A`, `27` → `AB`. */
export function columnName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** An Excel serial for a date at UTC midnight, in the 1900 or 1904 system. */
export function excelSerial(d: Date, date1904 = false): number {
  return d.getTime() / 86400000 + (date1904 ? 24107 : 25569);
}

/** The bytes of an .xlsx workbook. */
export function xlsxBytes(book: XBook): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const sst = (s: string) => {
    let i = sharedIndex.get(s);
    if (i === undefined) {
      i = shared.length;
      shared.push(s);
      sharedIndex.set(s, i);
    }
    return i;
  };
  const files: Record<string, Uint8Array> = {};
  const sheetEntries: string[] = [];
  const rels: string[] = [];
  const overrides: string[] = [];
  book.sheets.forEach((sheet, si) => {
    const n = si + 1;
    const text = new Set(sheet.textColumns ?? []);
    const rows = sheet.rows
      .map((cells, ri) => {
        const r = ri + 1;
        const cs = cells
          .map((v, ci) => {
            if (v === null || v === undefined || v === '') return '';
            const ref = `${columnName(ci)}${r}`;
            const style = text.has(ci) ? ' s="1"' : v instanceof Date ? ' s="2"' : '';
            if (typeof v === 'string') return `<c r="${ref}" t="s"${style}><v>${sst(v)}</v></c>`;
            if (typeof v === 'number') return `<c r="${ref}"${style}><v>${v}</v></c>`;
            if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
            if (v instanceof Date)
              return `<c r="${ref}"${style}><v>${excelSerial(v, book.date1904)}</v></c>`;
            return `<c r="${ref}" t="e"><f>VLOOKUP(A${r},Lookup!A:B,2,FALSE)</f><v>${esc(v.error)}</v></c>`;
          })
          .join('');
        return cs ? `<row r="${r}">${cs}</row>` : '';
      })
      .join('');
    const cols = [
      ...new Set([...(sheet.textColumns ?? []), ...Object.keys(sheet.widths ?? []).map(Number)]),
    ]
      .sort((a, b) => a - b)
      .map((c) => {
        const w = sheet.widths?.[c];
        return `<col min="${c + 1}" max="${c + 1}"${w ? ` width="${w}" customWidth="1"` : ' width="12"'}${text.has(c) ? ' style="1"' : ''}/>`;
      })
      .join('');
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : '';
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"${si === 0 ? ' tabSelected="1"' : ''}/></sheetViews>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData>${merges}</worksheet>`,
    );
    sheetEntries.push(
      `<sheet name="${esc(sheet.name)}" sheetId="${n}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${n}"/>`,
    );
    rels.push(
      `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`,
    );
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
  });
  const k = book.sheets.length;
  rels.push(
    `<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${k + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`,
  );
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  files['[Content_Types].xml'] = strToU8(
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${head}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${book.date1904 ? ' date1904="1"' : ''} defaultThemeVersion="166925"/><bookViews><workbookView/></bookViews><sheets>${sheetEntries.join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(
    `${head}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  // Excel writes the shared strings after the sheets.
  files['xl/sharedStrings.xml'] = strToU8(
    `${head}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
  );
  return zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
