import type { Command } from 'commander';
import { examples, localeOption } from './shared';

/** Registers `pbi-jk schema`. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of CaseInput and Decision / cetak JSON Schema')
    .addOption(localeOption())
    .addHelpText('after', examples(['pbi-jk schema > pbi-jk.schema.json']))
    .action(async () => {
      const { caseInputJsonSchema, decisionJsonSchema } = await import('../../schemas/json-schema');
      process.stdout.write(
        `${JSON.stringify({ CaseInput: caseInputJsonSchema(), Decision: decisionJsonSchema() }, null, 2)}\n`,
      );
    });
}
