import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Locale } from '../../i18n/locale';
import type { BatchFormat } from '../batch-input';
import { InputError, UsageError } from '../errors';
import { LETTER_KINDS, type LetterKind } from '../letter-kinds';
import { messagesFor } from '../messages';
import { rowRanges } from '../row-ranges';
import type { WorkerPool } from '../worker-pool';
import {
  addProfileOptions,
  asOfOption,
  EXIT,
  examples,
  isQuiet,
  localeOption,
  type ProfileOptions,
  printError,
  resolveProfileOptions,
  runAction,
  say,
  warn,
} from './shared';

/** Options of `pbi-jk batch`. */
export type BatchCommandOptions = ProfileOptions & {
  out: string;
  asOf?: string;
  date?: string;
  signatory?: string;
  template: string[];
  kind?: LetterKind;
  startNumber: number;
  workers?: number;
  progress: boolean;
  sheet?: string;
  resume?: boolean;
  overwrite?: boolean;
  locale: Locale;
};

function nonNegativeInt(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('a whole number / bilangan bulat');
  return Number(value);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `kind=file.docx` → its parts; a bare `file.docx` only with `--kind`. */
export function parseTemplateSpec(
  spec: string,
  kind: LetterKind | undefined,
  locale: Locale,
): { kind: LetterKind; file: string } {
  const m = messagesFor(locale);
  const eq = spec.indexOf('=');
  if (eq < 0) {
    if (kind) return { kind, file: spec };
    throw new UsageError(m.templateSpec(spec));
  }
  const k = spec.slice(0, eq);
  if (!(LETTER_KINDS as readonly string[]).includes(k))
    throw new UsageError(`${m.templateSpec(spec)} (${LETTER_KINDS.join(', ')})`);
  return { kind: k as LetterKind, file: spec.slice(eq + 1) };
}

/** Registers `pbi-jk batch <file>`. */
export function registerBatch(program: Command): void {
  const command = program
    .command('batch')
    .description('decide many cases and write a letter for each / putuskan banyak kasus sekaligus')
    .argument(
      '<file>',
      'cases: .jsonl (one CaseInput per line), .csv or .xlsx (columns: see docs/cli.md)',
    );
  addProfileOptions(command)
    .requiredOption('--out <dir>', 'folder for summary.csv, errors.csv, keputusan.jsonl and surat/')
    .option('--start-number <n>', 'serial {nomor} of the first letter', nonNegativeInt, 1)
    .option('--date <YYYY-MM-DD>', "letter date for every case (default: each case's receivedOn)")
    .option(
      '--signatory <official>',
      "id of the signing official (default: the profile's usual signer)",
    )
    .option(
      '--template <kind=file.docx>',
      'an office template for one letter kind (repeatable); other kinds stay built in',
      collect,
      [],
    )
    .addOption(
      new Option('--kind <kind>', 'letter kind (default: follows each decision)').choices(
        LETTER_KINDS,
      ),
    )
    .addOption(asOfOption())
    .option('--sheet <name>', 'XLSX: the sheet to read (default: first visible one with headers)')
    .option('--resume', 'finish a run that was interrupted in the same --out folder')
    .option('--overwrite', 'replace the run already in the --out folder')
    .option(
      '--workers <n>',
      'worker threads (default: all cores for large files, 0 = none)',
      nonNegativeInt,
    )
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addOption(localeOption())
    .addHelpText(
      'after',
      examples([
        'pbi-jk batch maret.xlsx --profile pematangsiantar --out hasil-maret',
        'pbi-jk batch maret.xlsx --profile pematangsiantar --out hasil-maret --resume',
        'pbi-jk batch kasus.csv --profile-file kantor.json --start-number 120 --out hasil',
        'pbi-jk batch kasus.jsonl --profile garut --template pengembalian-berkas=templat.docx --out hasil',
      ]),
    )
    .action((file: string, o: BatchCommandOptions) =>
      runAction(o.locale, async () => {
        const m = messagesFor(o.locale);
        const { isIsoDate } = await import('../../dates/iso-date');
        if (o.date !== undefined && !isIsoDate(o.date))
          throw new UsageError(`--date ${o.date}: YYYY-MM-DD`);
        if (o.resume && o.overwrite) throw new UsageError('--resume / --overwrite: choose one');
        const specs = o.template.map((t) => parseTemplateSpec(t, o.kind, o.locale));
        const { batchFormat } = await import('../batch-input');
        const format = batchFormat(file, o.locale);
        if (!existsSync(file)) throw new InputError(m.fileNotFound(file));
        // The workers start now and load the rules and letters while this thread loads the
        // reader and checks the profile and templates (worker-pool.ts).
        const { WorkerPool, workerCount } = await import('../worker-pool');
        const count = workerCount(file, o.workers);
        const pool = count > 0 ? new WorkerPool(count) : undefined;
        try {
          await runBatchCommand(file, format, specs, o, pool);
        } finally {
          await pool?.close();
        }
      }),
    );
}

async function runBatchCommand(
  file: string,
  format: BatchFormat,
  specs: { kind: LetterKind; file: string }[],
  o: BatchCommandOptions,
  pool: WorkerPool | undefined,
): Promise<void> {
  const m = messagesFor(o.locale);
  const cli = await resolveProfileOptions(o, o.locale);

  // Every --template is read and checked once, before the first row.
  const templates: Partial<Record<LetterKind, Uint8Array<ArrayBuffer>>> = {};
  const templateHashes: Record<string, string> = {};
  if (specs.length) {
    // The template checker (docxtemplater, PizZip) is loaded only when there is a template.
    const { readInput } = await import('../io');
    const { checkTemplate } = await import('../../letters/check-template');
    const { sha256Hex } = await import('../../hash/sha256');
    for (const spec of specs) {
      const bytes: Uint8Array<ArrayBuffer> = new Uint8Array(await readInput(spec.file, o.locale));
      const report = checkTemplate(bytes, spec.kind, o.locale);
      if (!report.ok) {
        printError(
          [
            `pbi-jk: ${m.templateInvalid(spec.kind, spec.file)}`,
            ...report.problems
              .slice(0, 10)
              .map((p) => `  - ${p.message}${p.paragraph ? ` («${p.paragraph}»)` : ''}`),
          ].join('\n'),
        );
        process.exitCode = EXIT.invalidInput;
        return;
      }
      templates[spec.kind] = bytes;
      templateHashes[spec.kind] = sha256Hex(bytes);
    }
  }
  const profile = specs.length
    ? { ...cli.profile, templates: { ...cli.profile.templates, ...templates } }
    : cli.profile;
  const profileRef = specs.length ? profile : cli.ref;

  const { runBatch } = await import('../batch');
  const report = await runBatch({
    file,
    format,
    profile,
    profileRef,
    outDir: o.out,
    locale: o.locale,
    startNumber: o.startNumber,
    progress: o.progress && !isQuiet() && process.stderr.isTTY === true,
    mode: o.resume ? 'resume' : o.overwrite ? 'overwrite' : 'new',
    templateHashes,
    onUnknownColumns: (cols) => warn(`pbi-jk: ${m.unknownColumns(cols.join(', '))}`),
    onSource: (s) => {
      if (s.sheet !== undefined || s.headerRow > 1 || (s.encoding && s.encoding !== 'utf-8'))
        warn(`pbi-jk: ${m.source(s)}`);
    },
    ...(o.asOf ? { asOf: o.asOf } : {}),
    ...(o.date ? { date: o.date } : {}),
    ...(o.signatory ? { signatory: o.signatory } : {}),
    ...(o.kind ? { kind: o.kind } : {}),
    ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
    ...(o.workers !== undefined ? { workers: o.workers } : {}),
    ...(pool ? { pool } : {}),
  });
  if (report.resumed) say(m.resumed(report.resumed));
  say(`${m.batchDone({ ...report, out: resolve(o.out) })}\n${m.batchOutcomes(report.outcomes)}`);
  if (report.checksPending) say(m.checksPendingCount(report.checksPending));
  if (report.failed.length) {
    printError(`pbi-jk: ${m.failedRows(rowRanges(report.failed), report.failed.length)}`);
    process.exitCode = EXIT.internal;
  }
}
