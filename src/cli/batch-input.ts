import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
import type { Locale } from '../i18n/locale';
import {
  type Cell,
  type CellProblem,
  knownHeaderCount,
  normalizeHeader,
  rowToCase,
  unknownHeaders,
} from './columns';
import { InputError } from './errors';
import { messagesFor } from './messages';
import type { XlsxCell, XlsxSheet, XlsxWorkbook } from './xlsx';

/** The input formats `pbi-jk batch` reads. */
export type BatchFormat = 'jsonl' | 'csv' | 'xlsx';

/**
 * One record of a batch file: a case candidate (not yet validated) with its row number as the
 * spreadsheet shows it and the cells refused while reading it, or a row that could not even be
 * read (bad JSON).
 */
export type BatchRecord =
  | { row: number; candidate: unknown; flat: boolean; problems: CellProblem[] }
  | { row: number; unreadable: string };

/** How to read a batch file. */
export type ReadOptions = {
  locale: Locale;
  /** Called once with the header cells pbi-jk does not know. */
  onUnknownColumns: (cols: string[]) => void;
  /** Called once with what was chosen (sheet name, header row, text encoding). */
  onSource?: (source: BatchSource) => void;
  /** XLSX: the sheet to read (default: the first visible sheet with known headers). */
  sheet?: string;
};

/** Where the rows were found: sheet, header row and, for a CSV, its text encoding. */
export type BatchSource = { sheet?: string; headerRow: number; encoding?: string };

/** Rows scanned for the header row (title rows above it are skipped). */
const HEADER_SCAN_ROWS = 20;
/** A header row names at least this many known columns. */
const HEADER_MIN_KNOWN = 3;

/** The format of a batch file, from its extension; an {@link InputError} for anything else. */
export function batchFormat(file: string, locale: Locale): BatchFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  throw new InputError(messagesFor(locale).unsupportedFormat(file));
}

/** Reads a batch file record by record, so memory stays flat however long it is. */
export function readBatch(
  file: string,
  format: BatchFormat,
  options: ReadOptions,
): AsyncGenerator<BatchRecord> {
  if (format === 'jsonl') return readJsonl(file, options.locale);
  if (format === 'csv') return readCsv(file, options);
  return readXlsx(file, options);
}

/** The position a JSON.parse error names (never the text around it, which may be personal). */
function jsonErrorPosition(message: string): string | undefined {
  const m = /position (\d+)|column (\d+)/.exec(message);
  if (!m) return undefined;
  return m[1] !== undefined ? String(Number(m[1]) + 1) : m[2];
}

async function* readJsonl(file: string, locale: Locale): AsyncGenerator<BatchRecord> {
  const m = messagesFor(locale);
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
      yield { row, candidate: JSON.parse(line), flat: false, problems: [] };
    } catch (e) {
      yield { row, unreadable: m.rowNotJson(row, jsonErrorPosition((e as Error).message)) };
    }
  }
}

/**
 * The text encoding of a CSV: UTF-16 with its BOM, UTF-8 when every byte sequence is valid
 * UTF-8, else windows-1252 (what Excel's "CSV (Comma delimited)" writes on an Indonesian or
 * English Windows, where "Ma’ruf" has the byte 0x92).
 */
export async function detectEncoding(file: string): Promise<'utf-8' | 'utf-16le' | 'windows-1252'> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of createReadStream(file)) {
      const buf = chunk as Buffer;
      if (first && buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
      first = false;
      decoder.decode(buf, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function decodeStream(encoding: string): Transform {
  const decoder = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _enc, callback) {
      callback(null, decoder.decode(chunk, { stream: true }));
    },
    flush(callback) {
      callback(null, decoder.decode());
    },
  });
}

function sniffDelimiter(firstLine: string): string {
  const count = (c: string) => firstLine.split(c).length - 1;
  // Spreadsheets set to Indonesian save CSV with `;` (the comma is the decimal sign there).
  if (count(';') > count(',') && count(';') >= count('\t')) return ';';
  if (count('\t') > count(',')) return '\t';
  return ',';
}

async function firstLines(file: string, encoding: string): Promise<string> {
  const stream = createReadStream(file, { start: 0, end: 65535 });
  let text = '';
  for await (const chunk of stream.pipe(decodeStream(encoding))) text += chunk;
  return text.replace(/^\uFEFF/, '');
}

/** The first line among the first rows that names enough known columns: the header row. */
function headerLine(text: string): string {
  const lines = text.split(/\r?\n/).slice(0, HEADER_SCAN_ROWS);
  for (const line of lines) {
    const delimiter = sniffDelimiter(line);
    if (knownHeaderCount(line.split(delimiter).map((c) => c.replace(/"/g, ''))) >= HEADER_MIN_KNOWN)
      return line;
  }
  return lines[0] ?? '';
}

async function* readCsv(file: string, options: ReadOptions): AsyncGenerator<BatchRecord> {
  const { parse } = await import('csv-parse');
  const encoding = await detectEncoding(file);
  const delimiter = sniffDelimiter(headerLine(await firstLines(file, encoding)));
  const parser = createReadStream(file)
    .pipe(decodeStream(encoding))
    .pipe(
      parse({
        bom: true,
        delimiter,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        info: true,
        trim: true,
      }),
    );
  let headers: string[] | undefined;
  type Item = { record: string[]; info: { records: number; empty_lines: number } };
  for await (const { record, info } of parser as AsyncIterable<Item>) {
    // The row as a spreadsheet shows it: one row per record (a cell's line breaks stay inside
    // its row) and one per blank line.
    const row = info.records + info.empty_lines;
    if (!headers) {
      if (knownHeaderCount(record) < HEADER_MIN_KNOWN && row < HEADER_SCAN_ROWS) continue;
      headers = record.map(normalizeHeader);
      const unknown = unknownHeaders(record);
      if (unknown.length) options.onUnknownColumns(unknown);
      options.onSource?.({ headerRow: row, encoding });
      continue;
    }
    if (record.every((c) => c.trim() === '')) continue;
    const { candidate, problems } = rowToCase(toMap(headers, record), { locale: options.locale });
    yield { row, candidate, flat: true, problems };
  }
}

function toMap(headers: readonly string[], cells: readonly Cell[]): Map<string, Cell> {
  const map = new Map<string, Cell>();
  headers.forEach((h, i) => {
    if (h !== '' && !map.has(h)) map.set(h, cells[i]);
  });
  return map;
}

const cellAsHeader = (v: XlsxCell) => (typeof v === 'string' ? v : '');

/** The header row of a sheet (a row naming known columns among its first rows), if any. */
function findHeader(
  book: XlsxWorkbook,
  sheet: XlsxSheet,
): { row: number; headers: string[] } | undefined {
  let seen = 0;
  for (const { row, cells } of book.rows(sheet)) {
    const texts = Array.from(cells, cellAsHeader);
    if (knownHeaderCount(texts) >= HEADER_MIN_KNOWN) return { row, headers: texts };
    if (++seen >= HEADER_SCAN_ROWS) return undefined;
  }
  return undefined;
}

async function* readXlsx(file: string, options: ReadOptions): AsyncGenerator<BatchRecord> {
  const m = messagesFor(options.locale);
  const { openXlsx, XlsxError } = await import('./xlsx');
  let book: XlsxWorkbook;
  try {
    book = await openXlsx(file);
  } catch (e) {
    if (e instanceof XlsxError) throw new InputError(m.notXlsx(file, e.message));
    throw e;
  }
  let chosen: { sheet: XlsxSheet; row: number; headers: string[] } | undefined;
  const names = book.sheets.map((s) => s.name);
  if (options.sheet !== undefined) {
    const sheet = book.sheets.find((s) => s.name === options.sheet);
    if (!sheet) throw new InputError(m.noSuchSheet(options.sheet, names));
    const header = findHeader(book, sheet);
    if (!header) throw new InputError(m.noHeaderRow(names, sheet.name));
    chosen = { sheet, ...header };
  } else {
    for (const sheet of book.sheets) {
      if (sheet.hidden) continue;
      const header = findHeader(book, sheet);
      if (header) {
        chosen = { sheet, ...header };
        break;
      }
    }
    if (!chosen) throw new InputError(m.noHeaderRow(names));
  }
  const headers = chosen.headers.map(normalizeHeader);
  const unknown = unknownHeaders(chosen.headers);
  if (unknown.length) options.onUnknownColumns(unknown);
  // Say which sheet was read when it is not simply the first one.
  options.onSource?.({
    ...(chosen.sheet !== book.sheets[0] ? { sheet: chosen.sheet.name } : {}),
    headerRow: chosen.row,
  });
  const ctx = { locale: options.locale, date1904: book.date1904 };
  for (const { row, cells } of book.rows(chosen.sheet)) {
    if (row <= chosen.row) continue;
    if (cells.every((v) => v === undefined || (typeof v === 'string' && v.trim() === ''))) continue;
    const { candidate, problems } = rowToCase(toMap(headers, cells), ctx);
    yield { row, candidate, flat: true, problems };
  }
}

/** Counts the records of a batch file quickly (for the progress bar's total). */
export async function countRecords(
  file: string,
  format: BatchFormat,
  options: ReadOptions,
): Promise<number> {
  if (format === 'xlsx') {
    let n = 0;
    for await (const _ of readXlsx(file, { ...options, onUnknownColumns: () => {} })) n++;
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
