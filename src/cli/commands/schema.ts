import type { Command } from 'commander';
import { caseInputJsonSchema, decisionJsonSchema } from '../../schemas/json-schema';
import { examples, localeOption } from './shared';

/** Registers `pbi-jk schema`. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of CaseInput and Decision / cetak JSON Schema')
    .addOption(localeOption())
    .addHelpText('after', examples(['pbi-jk schema > pbi-jk.schema.json']))
    .action(() => {
      process.stdout.write(
        `${JSON.stringify({ CaseInput: caseInputJsonSchema(), Decision: decisionJsonSchema() }, null, 2)}\n`,
      );
    });
}
