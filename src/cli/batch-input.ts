import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Locale } from '../i18n/locale';
import { maskIdentifiersIn } from '../identifiers/mask';
import { type Cell, normalizeHeader, rowToCase, unknownHeaders } from './columns';
import { InputError } from './errors';
import { messagesFor } from './messages';

/** The input formats `pbi-jk batch` reads. */
export type BatchFormat = 'jsonl' | 'csv' | 'xlsx';

/**
 * One record of a batch file: a case candidate (not yet validated) with its row number, or a row
 * that could not even be read (bad JSON).
 */
export type BatchRecord =
  | { row: number; candidate: unknown; flat: boolean }
  | { row: number; unreadable: string };

/** The format of a batch file, from its extension; an {@link InputError} for anything else. */
export function batchFormat(file: string, locale: Locale): BatchFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new InputError(messagesFor(locale).unsupportedFormat(file));
}

/** Reads a batch file record by record, streaming, so memory stays flat however long it is. */
export function readBatch(
  file: string,
  format: BatchFormat,
  onUnknownColumns: (cols: string[]) => void,
): AsyncGenerator<BatchRecord> {
  if (format === 'jsonl') return readJsonl(file);
  if (format === 'csv') return readCsv(file, onUnknownColumns);
  return readXlsx(file, onUnknownColumns);
}

async function* readJsonl(file: string): AsyncGenerator<BatchRecord> {
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let row = 0;
  for await (const raw of lines) {
    row++;
    const line = row === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    try {
      yield { row, candidate: JSON.parse(line), flat: false };
    } catch (e) {
      yield { row, unreadable: maskIdentifiersIn((e as Error).message) };
    }
  }
}

async function sniffDelimiter(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const first = buf.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0] ?? '';
    const count = (c: string) => first.split(c).length - 1;
    // Spreadsheets set to Indonesian save CSV with `;` (the comma is the decimal sign there).
    if (count(';') > count(',') && count(';') >= count('\t')) return ';';
    if (count('\t') > count(',')) return '\t';
    return ',';
  } finally {
    await handle.close();
  }
}

async function* readCsv(
  file: string,
  onUnknownColumns: (cols: string[]) => void,
): AsyncGenerator<BatchRecord> {
  const { parse } = await import('csv-parse');
  const delimiter = await sniffDelimiter(file);
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: true,
    }),
  );
  let headers: string[] | undefined;
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const { record, info } = item;
    if (!headers) {
      headers = record.map(normalizeHeader);
      const unknown = unknownHeaders(record);
      if (unknown.length) onUnknownColumns(unknown);
      continue;
    }
    if (record.every((c) => c.trim() === '')) continue;
    yield { row: info.lines, candidate: rowToCase(toMap(headers, record)), flat: true };
  }
}

function toMap(headers: readonly string[], cells: readonly Cell[]): Map<string, Cell> {
  const map = new Map<string, Cell>();
  headers.forEach((h, i) => {
    if (h !== '' && !map.has(h)) map.set(h, cells[i]);
  });
  return map;
}

/** Reads an exceljs cell value as a plain {@link Cell}. */
export function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return v.richText.map((t: { text?: string }) => t.text ?? '').join('');
    if ('result' in v) return xlsxCell(v.result);
    if (typeof v.text === 'string') return v.text;
    if ('error' in v) return undefined;
  }
  return String(value);
}

async function* readXlsx(
  file: string,
  onUnknownColumns: (cols: string[]) => void,
): AsyncGenerator<BatchRecord> {
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const sheet of reader) {
    let headers: string[] | undefined;
    for await (const row of sheet) {
      const values = (row.values as unknown[]).slice(1).map(xlsxCell);
      if (values.every((v) => v === undefined || (typeof v === 'string' && v.trim() === '')))
        continue;
      if (!headers) {
        const raw = values.map((v) => (v === undefined ? '' : String(v)));
        headers = raw.map(normalizeHeader);
        const unknown = unknownHeaders(raw);
        if (unknown.length) onUnknownColumns(unknown);
        continue;
      }
      yield { row: row.number, candidate: rowToCase(toMap(headers, values)), flat: true };
    }
    return; // the first worksheet only
  }
}

/** Counts the records of a batch file quickly (for the progress bar's total). */
export async function countRecords(file: string, format: BatchFormat): Promise<number> {
  if (format === 'xlsx') {
    let n = 0;
    for await (const _ of readXlsx(file, () => {})) n++;
    return n;
  }
  let lines = 0;
  let lastNonEmpty = false;
  for await (const chunk of createReadStream(file)) {
    const buf = chunk as Buffer;
    for (let i = 0; i < buf.length; i++) if (buf[i] === 10) lines++;
    lastNonEmpty = buf.length > 0 && buf[buf.length - 1] !== 10;
  }
  if (lastNonEmpty) lines++;
  return format === 'csv' ? Math.max(0, lines - 1) : lines;
}
