import { Command } from 'commander';
import { caseInputJsonSchema, decisionJsonSchema } from '../schemas/json-schema';

const program = new Command('pbi-jk')
  .description('PBI-JK decisions, rule books and letters for Dinas Sosial offices')
  .exitOverride();

program
  .command('schema')
  .description('print the JSON Schema of CaseInput and Decision')
  .action(() => {
    process.stdout.write(
      `${JSON.stringify({ CaseInput: caseInputJsonSchema(), Decision: decisionJsonSchema() }, null, 2)}\n`,
    );
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const code = (e as { exitCode?: number }).exitCode;
  process.exit(code === 0 ? 0 : 2);
}
