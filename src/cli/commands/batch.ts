import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { isIsoDate } from '../../dates/iso-date';
import type { Locale } from '../../i18n/locale';
import type { ProfileId } from '../../profiles/index';
import { LetterKind } from '../../schemas/profile';
import { runBatch } from '../batch';
import { batchFormat } from '../batch-input';
import { InputError, UsageError } from '../errors';
import { readInput } from '../io';
import { messagesFor } from '../messages';
import { asOfOption, examples, localeOption, printError, profileOption, runAction } from './shared';

/** Options of `pbi-jk batch`. */
export type BatchCommandOptions = {
  profile: ProfileId;
  out: string;
  asOf?: string;
  date?: string;
  signatory?: string;
  template?: string;
  kind?: LetterKind;
  startNumber: number;
  workers?: number;
  progress: boolean;
  locale: Locale;
};

function nonNegativeInt(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('a whole number / bilangan bulat');
  return Number(value);
}

/** Registers `pbi-jk batch <file>`. */
export function registerBatch(program: Command): void {
  program
    .command('batch')
    .description('decide many cases and write a letter for each / putuskan banyak kasus sekaligus')
    .argument(
      '<file>',
      'cases: .jsonl (one CaseInput per line), .csv or .xlsx (columns: see docs/cli.md)',
    )
    .addOption(profileOption())
    .requiredOption('--out <dir>', 'folder for summary.csv, errors.csv, keputusan.jsonl and surat/')
    .option('--start-number <n>', 'serial {nomor} of the first letter', nonNegativeInt, 1)
    .option('--date <YYYY-MM-DD>', "letter date for every case (default: each case's receivedOn)")
    .option(
      '--signatory <official>',
      "id of the signing official (default: the profile's usual signer)",
    )
    .option('--template <file.docx>', 'an office template from `pbi-jk template export`')
    .addOption(
      new Option('--kind <kind>', 'letter kind (default: follows each decision)').choices(
        LetterKind.options,
      ),
    )
    .addOption(asOfOption())
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
        'pbi-jk batch kasus.csv --profile magetan --start-number 120 --out hasil',
        'pbi-jk batch kasus.jsonl --profile garut --date 2026-03-10 --out hasil --locale en',
      ]),
    )
    .action((file: string, o: BatchCommandOptions) =>
      runAction(o.locale, async () => {
        const m = messagesFor(o.locale);
        if (o.date !== undefined && !isIsoDate(o.date))
          throw new UsageError(`--date ${o.date}: YYYY-MM-DD`);
        const format = batchFormat(file, o.locale);
        if (!existsSync(file)) throw new InputError(m.fileNotFound(file));
        const template = o.template
          ? new Uint8Array(await readInput(o.template, o.locale))
          : undefined;
        const report = await runBatch({
          file,
          format,
          profile: o.profile,
          outDir: o.out,
          locale: o.locale,
          startNumber: o.startNumber,
          progress: o.progress && process.stderr.isTTY === true,
          onUnknownColumns: (cols) => printError(`pbi-jk: ${m.unknownColumns(cols.join(', '))}`),
          ...(o.asOf ? { asOf: o.asOf } : {}),
          ...(o.date ? { date: o.date } : {}),
          ...(o.signatory ? { signatory: o.signatory } : {}),
          ...(o.kind ? { kind: o.kind } : {}),
          ...(template ? { template } : {}),
          ...(o.workers !== undefined ? { workers: o.workers } : {}),
        });
        process.stdout.write(
          `${m.batchDone({ ...report, out: resolve(o.out) })}\n${m.batchOutcomes(report.outcomes)}\n`,
        );
      }),
    );
}
