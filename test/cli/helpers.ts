import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The package root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The built binary the tests drive (`npm test` builds it first). `PBI_JK_CLI` points the tests at
 * another build, e.g. one outside a dist/ that parallel builds keep cleaning.
 */
export const CLI = process.env.PBI_JK_CLI ?? join(ROOT, 'dist/cli.js');
/** The bundled sample cases. */
export const CASES = join(ROOT, 'examples/cases');

/** What one run of the binary did. */
export type Run = { code: number | null; stdout: string; stderr: string };

/** Runs `node dist/cli.js …args` with optional stdin, never a TTY. */
export function cli(
  args: readonly string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
): Run {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npx tsup` (npm test builds it)');
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pbi-jk-cli-'));
}

/** A sample case's JSON text. */
export function sample(profile: string, name: string): string {
  return readFileSync(join(CASES, profile, `${name}.json`), 'utf8');
}

/** Parses a CSV written by pbi-jk (BOM, CRLF, quoted cells) into rows of cells. */
export function readCsv(file: string): string[][] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** Every 16-digit run in a text (a full NIK or KK must never be printed). */
export function fullIds(text: string): string[] {
  return text.match(/\d{16}/g) ?? [];
}
