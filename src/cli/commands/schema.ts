import type { Command } from 'commander';
import type { Locale } from '../../i18n/locale';
import { caseInputJsonSchema, decisionJsonSchema } from '../../schemas/json-schema';
import { examples, localeOption } from './shared';

/** Registers `pbi-jk schema`. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of CaseInput and Decision / cetak JSON Schema')
    .addOption(localeOption())
    .addHelpText(
      'after',
      examples(['pbi-jk schema > pbi-jk.schema.json', 'pbi-jk schema --locale en']),
    )
    .action((opts: { locale: Locale }) => {
      const options = { locale: opts.locale };
      process.stdout.write(
        `${JSON.stringify({ CaseInput: caseInputJsonSchema(options), Decision: decisionJsonSchema(options) }, null, 2)}\n`,
      );
    });
}
