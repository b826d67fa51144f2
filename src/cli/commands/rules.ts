import { extname, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { Locale } from '../../i18n/locale';
import type { ProfileId } from '../../profiles/index';
import { UsageError } from '../errors';
import { writeOutput } from '../io';
import { messagesFor } from '../messages';
import { asOfOption, examples, localeOption, profileOption, runAction } from './shared';

/** Options of `pbi-jk rules`. */
export type RulesCommandOptions = {
  profile: ProfileId;
  asOf?: string;
  format?: 'md' | 'docx';
  out?: string;
  locale: Locale;
};

/** Registers `pbi-jk rules`. */
export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('write the rule book for legal review / tulis buku aturan untuk telaah hukum')
    .addOption(profileOption())
    .addOption(asOfOption())
    .addOption(
      new Option('--format <format>', 'md or docx (default: from --out, else md)').choices([
        'md',
        'docx',
      ]),
    )
    .option('--out <file>', 'where to write it (Markdown goes to stdout without --out)')
    .addOption(localeOption())
    .addHelpText(
      'after',
      examples([
        'pbi-jk rules --profile magetan --as-of 2026-03-01 --format docx --out buku-aturan-magetan.docx',
        'pbi-jk rules --profile garut --locale en --out rules-garut.md',
        'pbi-jk rules --profile nasional | less',
      ]),
    )
    .action((o: RulesCommandOptions) =>
      runAction(o.locale, async () => {
        const format =
          o.format ?? (o.out && extname(o.out).toLowerCase() === '.docx' ? 'docx' : 'md');
        if (format === 'docx' && !o.out)
          throw new UsageError('--format docx needs --out <file.docx>');
        const { renderRuleBook } = await import('../api');
        const book = await renderRuleBook({
          profile: o.profile,
          format,
          locale: o.locale,
          ...(o.asOf ? { asOf: o.asOf } : {}),
        });
        if (!o.out) {
          process.stdout.write(typeof book === 'string' ? book : Buffer.from(book));
          return;
        }
        await writeOutput(o.out, book);
        process.stdout.write(`${messagesFor(o.locale).wrote(resolve(o.out))}\n`);
      }),
    );
}
