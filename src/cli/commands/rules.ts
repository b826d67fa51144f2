import { extname, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { Locale } from '../../i18n/locale';
import type { RuleBookOptions } from '../api';
import { UsageError } from '../errors';
import { readJsonInput, writeOutput } from '../io';
import { messagesFor } from '../messages';
import {
  addProfileOptions,
  asOfOption,
  examples,
  localeOption,
  type ProfileOptions,
  resolveProfileOptions,
  runAction,
} from './shared';

/** Options of `pbi-jk rules`. */
export type RulesCommandOptions = ProfileOptions & {
  asOf?: string;
  format?: 'md' | 'docx';
  out?: string;
  locale: Locale;
  /** Write the ruleset snapshot (JSON) instead of the book. */
  snapshot?: boolean;
  /** A snapshot signed earlier: the book opens with what changed since it. */
  since?: string;
};

/** Registers `pbi-jk rules`. */
export function registerRules(program: Command): void {
  const command = program
    .command('rules')
    .description('write the rule book for legal review / tulis buku aturan untuk telaah hukum');
  addProfileOptions(command)
    .addOption(asOfOption())
    .addOption(
      new Option('--format <format>', 'md or docx (default: from --out, else md)').choices([
        'md',
        'docx',
      ]),
    )
    .option('--out <file>', 'where to write it (Markdown goes to stdout without --out)')
    .addOption(localeOption())
    .option(
      '--snapshot',
      'write the ruleset snapshot (JSON, with its fingerprint) to sign, instead of the book / tulis snapshot aturan untuk disahkan',
    )
    .option(
      '--since <signed.json>',
      'open the book with what changed since this signed snapshot / awali buku dengan perubahan sejak snapshot yang disahkan',
    )
    .addHelpText(
      'after',
      examples([
        'pbi-jk rules --profile magetan --as-of 2026-03-01 --format docx --out buku-aturan-magetan.docx',
        'pbi-jk rules --profile garut --locale en --out rules-garut.md',
        'pbi-jk rules --profile nasional | less',
        'pbi-jk rules --snapshot --profile magetan --out disahkan-magetan.json',
        'pbi-jk rules --profile magetan --since disahkan-magetan.json --format docx --out perubahan.docx',
      ]),
    )
    .action((o: RulesCommandOptions) =>
      runAction(o.locale, async () => {
        const { profile } = await resolveProfileOptions(o, o.locale);
        if (o.snapshot) {
          const { exportRuleset } = await import('../api');
          if (o.since || o.format) throw new UsageError('--snapshot takes no --since or --format');
          const json = `${JSON.stringify(exportRuleset(profile, o.locale), null, 2)}\n`;
          if (!o.out) {
            process.stdout.write(json);
            return;
          }
          await writeOutput(o.out, json);
          process.stdout.write(`${messagesFor(o.locale).wrote(resolve(o.out))}\n`);
          return;
        }
        const since = o.since ? await readJsonInput(o.since, o.locale) : undefined;
        const format =
          o.format ?? (o.out && extname(o.out).toLowerCase() === '.docx' ? 'docx' : 'md');
        if (format === 'docx' && !o.out)
          throw new UsageError('--format docx needs --out <file.docx>');
        const { renderRuleBook } = await import('../api');
        const book = await renderRuleBook({
          profile,
          format,
          locale: o.locale,
          ...(o.asOf ? { asOf: o.asOf } : {}),
          // Checked by renderRuleBook: anything but this profile's snapshot is a ValidationError.
          ...(since !== undefined ? { since: since as NonNullable<RuleBookOptions['since']> } : {}),
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
