import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { Locale } from '../../i18n/locale';
import { UsageError } from '../errors';
import { readInput, readJsonInput, writeOutput } from '../io';
import { LETTER_KINDS, type LetterKind } from '../letter-kinds';
import { messagesFor } from '../messages';
import {
  addProfileOptions,
  asOfOption,
  examples,
  localeOption,
  type ProfileOptions,
  parseOnlyOnce,
  resolveProfileOptions,
  runAction,
  say,
} from './shared';

/** Options of `pbi-jk letter`. */
export type LetterCommandOptions = ProfileOptions & {
  number: string;
  date?: string;
  signatory?: string;
  template?: string;
  kind?: LetterKind;
  signature?: 'basah' | 'elektronik';
  asOf?: string;
  out: string;
  locale: Locale;
};

/** Registers `pbi-jk letter <case.json|->`. */
export function registerLetter(program: Command): void {
  const command = program
    .command('letter')
    .description(
      'decide one case and write its letter (.docx) / putuskan satu kasus dan tulis suratnya',
    )
    .argument('<case>', 'case JSON file, or - for stdin');
  addProfileOptions(command)
    .requiredOption(
      '--number <nomor>',
      "letter number, or only the serial to fill the profile's pattern",
    )
    .option('--date <YYYY-MM-DD>', "letter date (default: the case's receivedOn)")
    .option(
      '--signatory <official>',
      "id of the signing official (default: the profile's usual signer)",
    )
    .option('--template <file.docx>', 'an office template from `pbi-jk template export`')
    .addOption(
      new Option('--kind <kind>', 'letter kind (default: follows the decision)').choices(
        LETTER_KINDS,
      ),
    )
    .addOption(
      new Option(
        '--signature <kind>',
        'wet signature, or prepared for a BSrE signature in an e-office (default: basah)',
      ).choices(['basah', 'elektronik']),
    )
    .addOption(asOfOption())
    .requiredOption('--out <file.docx>', 'where to write the letter')
    .addOption(localeOption())
    .addHelpText(
      'after',
      examples([
        'pbi-jk letter kasus.json --profile magetan --number 17 --out surat.docx',
        "pbi-jk letter kasus.json --profile garut --number '400.9/017/Dinsos/2026' --date 2026-03-05 --out surat.docx",
        'pbi-jk letter - --profile bulukumba --number 3 --template kop-kami.docx --out surat.docx < kasus.json',
      ]),
    )
    .action((file: string, o: LetterCommandOptions) =>
      runAction(o.locale, async () => {
        await parseOnlyOnce();
        const { isIsoDate } = await import('../../dates/iso-date');
        if (o.date !== undefined && !isIsoDate(o.date))
          throw new UsageError(`--date ${o.date}: YYYY-MM-DD`);
        const input = await readJsonInput(file, o.locale);
        const { profile } = await resolveProfileOptions(o, o.locale);
        const { evaluate, renderLetter } = await import('../api');
        const { CaseInput } = await import('../../schemas/case-input');
        const template = o.template
          ? new Uint8Array(await readInput(o.template, o.locale))
          : undefined;
        const decision = await evaluate(input, {
          profile,
          locale: o.locale,
          ...(o.asOf ? { asOf: o.asOf } : {}),
        });
        // evaluate accepted the input, so it parses; the parsed form is what the letter prints.
        const parsed = CaseInput.parse(input);
        const date = o.date ?? parsed.receivedOn;
        const bytes = await renderLetter({
          case: parsed,
          decision,
          profile,
          locale: o.locale,
          letter: {
            number: o.number, // a bare serial is put into the profile's pattern by renderLetter
            date,
            ...(o.signatory ? { signatory: o.signatory } : {}),
            ...(o.kind ? { kind: o.kind } : {}),
            ...(o.signature ? { signature: o.signature } : {}),
            ...(template ? { template } : {}),
          },
        });
        await writeOutput(o.out, bytes);
        const m = messagesFor(o.locale);
        say(
          `${m.outcomeLabel}: ${m.outcome[decision.outcome]} (${decision.outcome})\n${m.wrote(resolve(o.out))}`,
        );
      }),
    );
}
