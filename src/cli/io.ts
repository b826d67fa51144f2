import { closeSync, fsync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Locale } from '../i18n/locale';
import { maskIdentifiersIn } from '../identifiers/mask';
import { InputError } from './errors';
import { messagesFor } from './messages';

/** Reads a whole file, or stdin when `file` is `-`; missing files become an {@link InputError}. */
export async function readInput(file: string, locale: Locale): Promise<Buffer> {
  const m = messagesFor(locale);
  if (file === '-') {
    if (process.stdin.isTTY) process.stderr.write(`${m.stdinTty}\n`);
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(m.fileNotFound(file));
    throw new InputError(m.cannotRead(file, (e as Error).message));
  }
}

/** Parses JSON text, reporting a syntax error as a masked {@link InputError}. */
export function parseJson(text: string, locale: Locale): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(messagesFor(locale).invalidJson(maskIdentifiersIn((e as Error).message)));
  }
}

/** Reads a case file (or stdin with `-`) and parses it as JSON; validation is the library's job. */
export async function readJsonInput(file: string, locale: Locale): Promise<unknown> {
  return parseJson((await readInput(file, locale)).toString('utf8'), locale);
}

/**
 * Writes a file atomically: to a temporary name in the same folder, fsync, then rename, so an
 * interrupted write never leaves a 0-byte or truncated file under the real name. A signal handler
 * removes what is left under {@link atomicTempName} ({@link isAtomicTempName}).
 *
 * Opening, writing (to the page cache) and renaming are quick system calls made directly; only
 * the fsync, which waits for the disk, goes to libuv's thread pool, so a batch worker renders its
 * next letter while the last one reaches the disk (one round trip per file instead of five).
 */
export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = atomicTempName(file);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const fd = openSync(tmp, 'w');
    try {
      for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at);
      await new Promise<void>((resolve, reject) => fsync(fd, (e) => (e ? reject(e) : resolve())));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The temporary name an atomic write of `file` uses until it renames it: `.<name>.<pid>.tmp`. */
export function atomicTempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/** Whether a file name (no folder) is a temporary name of this process's atomic writes. */
export function isAtomicTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(`.${process.pid}.tmp`);
}

/** Writes a file atomically ({@link writeAtomic}), creating its folder first. */
export async function writeOutput(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeAtomic(file, data);
}

/**
 * One CSV line (RFC 4180, CRLF). Cells that a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@` first) get a leading apostrophe, so a name typed as `=HYPERLINK(…)` stays text.
 */
export function csvLine(cells: readonly (string | number | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A short ASCII file-name part from free text: `Siti Aminah` → `siti-aminah`. */
export function slug(text: string, max = 40): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return s || 'kasus';
}
