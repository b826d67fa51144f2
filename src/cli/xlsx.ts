/**
 * A small XLSX reader for `pbi-jk batch`: the workbook is read into memory and unzipped with
 * fflate, its XML parsed with saxes. Nothing is ever spooled to a temporary file, so no personal
 * data is left on disk whatever ends the process. Cells keep the type Excel stored (a number stays
 * a number, an error cell stays an error), so the batch can refuse what Excel already altered.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** An Excel error cell (`#N/A`, `#VALUE!`, `#REF!` …). */
export type CellError = { error: string };

/** One cell as Excel stored it. */
export type XlsxCell = string | number | boolean | Date | CellError | undefined;

/** One sheet of a workbook, in workbook order. */
export type XlsxSheet = {
  name: string;
  /** Hidden or very hidden in Excel. */
  hidden: boolean;
  /** Path of its XML part inside the zip. */
  part: string;
};

/** One non-empty row: its number as Excel shows it, and its cells by column (0 = A). */
export type XlsxRow = { row: number; cells: XlsxCell[] };

/** An opened workbook: its sheets, its date system, and a row reader per sheet. */
export type XlsxWorkbook = {
  sheets: XlsxSheet[];
  /** The workbook uses the 1904 date system (serial 0 = 1904-01-01). */
  date1904: boolean;
  rows(sheet: XlsxSheet): Generator<XlsxRow>;
};

/** Why a file could not be read as a workbook (reported to the user as invalid input). */
export class XlsxError extends Error {
  constructor(
    readonly code: 'not-xlsx' | 'too-large' | 'no-sheet',
    message: string,
  ) {
    super(message);
    this.name = 'XlsxError';
  }
}

/** Largest .xlsx file read (the whole file is held in memory). */
const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Largest inflated XML part: a sane bound that a decompression bomb cannot pass. */
const MAX_PART_BYTES = 400 * 1024 * 1024;
/** Bytes of sheet XML handed to the parser at a time. */
const CHUNK = 1 << 20;

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Reads an .xlsx file into memory and returns its sheets; throws {@link XlsxError}. */
export async function openXlsx(file: string): Promise<XlsxWorkbook> {
  const bytes = new Uint8Array(await readFile(file));
  if (bytes.length > MAX_FILE_BYTES)
    throw new XlsxError('too-large', `file larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const part = (name: string): Uint8Array | undefined => {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, {
        filter: (f) => {
          if (f.name !== name) return false;
          if (f.originalSize > MAX_PART_BYTES)
            throw new XlsxError('too-large', `${name} inflates beyond ${MAX_PART_BYTES} bytes`);
          return true;
        },
      });
    } catch (e) {
      if (e instanceof XlsxError) throw e;
      throw new XlsxError('not-xlsx', 'not a zip file');
    }
    return files[name];
  };

  const workbookXml = part('xl/workbook.xml');
  if (!workbookXml) throw new XlsxError('not-xlsx', 'no xl/workbook.xml');
  const targets = new Map<string, string>();
  parseXml(part('xl/_rels/workbook.xml.rels'), (name, attrs) => {
    if (name === 'Relationship' && attrs.Id && attrs.Target) targets.set(attrs.Id, attrs.Target);
  });
  const sheets: XlsxSheet[] = [];
  let date1904 = false;
  parseXml(workbookXml, (name, attrs) => {
    if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
    if (name === 'sheet') {
      const rid = Object.entries(attrs).find(([k]) => local(k) === 'id')?.[1] ?? '';
      const target = targets.get(rid);
      if (!target) return;
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
      sheets.push({
        name: attrs.name ?? '',
        hidden: attrs.state === 'hidden' || attrs.state === 'veryHidden',
        part: path,
      });
    }
  });

  let shared: string[] | undefined;
  const sharedStrings = () => {
    if (!shared) shared = readSharedStrings(part('xl/sharedStrings.xml'));
    return shared;
  };

  return {
    sheets,
    date1904,
    *rows(sheet) {
      const xml = part(sheet.part);
      if (!xml) throw new XlsxError('no-sheet', `sheet part ${sheet.part} is missing`);
      yield* readSheet(xml, sharedStrings());
    },
  };
}

type Attrs = Record<string, string>;

/** Parses a whole (small) XML part, calling `onOpen` for each element with its local name. */
function parseXml(xml: Uint8Array | undefined, onOpen: (name: string, attrs: Attrs) => void): void {
  if (!xml) return;
  const parser = new SaxesParser();
  parser.on('opentag', (node) => onOpen(local(node.name), node.attributes as Attrs));
  parser.write(new TextDecoder().decode(xml)).close();
}

function readSharedStrings(xml: Uint8Array | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const parser = new SaxesParser();
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (node) => {
    const n = local(node.name);
    if (n === 'si') current = [];
    else if (n === 'rPh') phonetic++;
    else if (n === 't' && phonetic === 0) inText = true;
  });
  parser.on('closetag', (node) => {
    const n = local(node.name);
    if (n === 'si') {
      out.push((current ?? []).join(''));
      current = undefined;
    } else if (n === 'rPh') phonetic--;
    else if (n === 't') inText = false;
  });
  parser.on('text', (t) => {
    if (inText) current?.push(t);
  });
  const decoder = new TextDecoder();
  for (let i = 0; i < xml.length; i += CHUNK)
    parser.write(decoder.decode(xml.subarray(i, i + CHUNK), { stream: true }));
  parser.write(decoder.decode()).close();
  return out;
}

/** `AB12` → 27 (column index, 0 = A); -1 without letters. */
function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return i === 0 ? -1 : n - 1;
}

function* readSheet(xml: Uint8Array, shared: readonly string[]): Generator<XlsxRow> {
  const parser = new SaxesParser();
  const ready: XlsxRow[] = [];
  let rowNumber = 0;
  let cells: XlsxCell[] = [];
  let col = -1;
  let type = 'n';
  let value: string[] = [];
  let capture = false;
  let phonetic = 0;

  parser.on('opentag', (node) => {
    const n = local(node.name);
    const a = node.attributes as Attrs;
    if (n === 'row') {
      rowNumber = a.r ? Number(a.r) : rowNumber + 1;
      cells = [];
      col = -1;
    } else if (n === 'c') {
      const at = a.r ? columnIndex(a.r) : -1;
      col = at >= 0 ? at : col + 1;
      type = a.t ?? 'n';
      value = [];
    } else if (n === 'rPh') phonetic++;
    else if ((n === 'v' || n === 't') && phonetic === 0) capture = true;
  });
  parser.on('closetag', (node) => {
    const n = local(node.name);
    if (n === 'v' || n === 't') capture = false;
    else if (n === 'rPh') phonetic--;
    else if (n === 'c') {
      const cell = toCell(type, value.join(''), shared);
      if (cell !== undefined) cells[col] = cell;
    } else if (n === 'row') {
      if (cells.length > 0) ready.push({ row: rowNumber, cells });
    }
  });
  parser.on('text', (t) => {
    if (capture) value.push(t);
  });

  const decoder = new TextDecoder();
  for (let i = 0; i < xml.length; i += CHUNK) {
    parser.write(decoder.decode(xml.subarray(i, i + CHUNK), { stream: true }));
    yield* ready.splice(0);
  }
  parser.write(decoder.decode()).close();
  yield* ready.splice(0);
}

function toCell(type: string, text: string, shared: readonly string[]): XlsxCell {
  switch (type) {
    case 's':
      return shared[Number(text)] ?? '';
    case 'inlineStr':
    case 'str':
      return text;
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return { error: text || '#N/A' };
    case 'd': {
      const d = new Date(/Z|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
      return Number.isNaN(d.getTime()) ? text : d;
    }
    default: {
      if (text === '') return undefined;
      const n = Number(text);
      return Number.isNaN(n) ? text : n;
    }
  }
}
