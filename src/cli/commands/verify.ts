import type { Command } from 'commander';
import type { Locale } from '../../i18n/locale';
import { readInput, readJsonInput } from '../io';
import { EXIT, examples, localeOption, runAction } from './shared';

/** Options of `pbi-jk verify`. */
export type VerifyCommandOptions = { case?: string; locale: Locale; quiet?: boolean };

const LABELS: Record<Locale, Record<string, string>> = {
  id: {
    none: 'Surat ini tidak memuat tanda terima keputusan pbi-jk.',
    caseMatches: 'Surat dibuat dari kasus ini',
    decisionReproduces: 'Keputusan masih sama bila diputus ulang',
    yes: 'ya',
    no: 'TIDAK',
    unknown:
      'tidak dapat diperiksa (profil kantor sendiri: berikan --case dan profilnya lewat API)',
  },
  en: {
    none: 'This letter carries no pbi-jk decision receipt.',
    caseMatches: 'Letter made from this case',
    decisionReproduces: 'Decision reproduces when decided again',
    yes: 'yes',
    no: 'NO',
    unknown: "cannot be checked (an office's own profile: use the API with its profile)",
  },
};

/**
 * Registers `pbi-jk verify <surat.docx> [--case kasus.json]`: prints the letter's decision receipt
 * (no personal data: the receipt holds only hashes, versions and the letter's number and date)
 * and, with a case, whether the letter was made from it and whether its decision reproduces.
 * Exit 0 when everything checked matches, 1 when not (or when the letter has no receipt).
 */
export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      "check a letter's decision receipt against its case / periksa tanda terima keputusan surat",
    )
    .argument('<surat.docx>', 'a letter written by pbi-jk')
    .option('--case <kasus.json>', 'the case the letter claims to be made from')
    .addOption(localeOption())
    .addHelpText(
      'after',
      examples(['pbi-jk verify surat.docx', 'pbi-jk verify surat.docx --case kasus.json']),
    )
    .action((file: string, o: VerifyCommandOptions) =>
      runAction(o.locale, async () => {
        const bytes = new Uint8Array(await readInput(file, o.locale));
        const input = o.case === undefined ? undefined : await readJsonInput(o.case, o.locale);
        const { verifyLetter } = await import('../api');
        const v = await verifyLetter(bytes, {
          ...(input === undefined ? {} : { case: input }),
          locale: o.locale,
        });
        const l = LABELS[o.locale];
        const quiet = Boolean((program.opts() as { quiet?: boolean }).quiet);
        const say = (text: string) => {
          if (!quiet) process.stdout.write(`${text}\n`);
        };
        if (v.receipt === null) {
          say(l.none ?? '');
          process.exitCode = EXIT.invalidInput;
          return;
        }
        for (const [key, value] of Object.entries(v.receipt)) say(`${key}: ${value}`);
        const flag = (x: boolean | undefined) =>
          x === undefined ? (l.unknown ?? '') : x ? (l.yes ?? '') : (l.no ?? '');
        if (input !== undefined) {
          say(`${l.caseMatches}: ${flag(v.caseMatches)}`);
          say(`${l.decisionReproduces}: ${flag(v.decisionReproduces)}`);
          if (v.caseMatches !== true || v.decisionReproduces === false)
            process.exitCode = EXIT.invalidInput;
        }
      }),
    );
}
