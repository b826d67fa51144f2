import { Command } from 'commander';
import { PACKAGE_VERSION } from '../version';
import { registerBatch } from './commands/batch';
import { registerDemo } from './commands/demo';
import { registerDesk } from './commands/desk';
import { registerEvaluate } from './commands/evaluate';
import { registerLetter } from './commands/letter';
import { registerRules } from './commands/rules';
import { registerSchema } from './commands/schema';
import { EXIT, examples, quietOption, watchQuiet } from './commands/shared';
import { registerTemplate } from './commands/template';
import { registerVerify } from './commands/verify';

// `pbi-jk rules … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.ok);
  throw e;
});

const program = new Command('pbi-jk')
  .description(
    'PBI-JK decisions, letters and rule books for Dinas Sosial offices.\n' +
      'Keputusan PBI-JK, surat dan buku aturan untuk Dinas Sosial.\n' +
      'Exit codes: 0 success, 1 invalid input, 2 wrong usage, 3 internal failure. No network, no telemetry.',
  )
  .version(PACKAGE_VERSION)
  .addOption(quietOption())
  .exitOverride()
  .showHelpAfterError('(add --help for usage / tambahkan --help)')
  .addHelpText(
    'after',
    examples([
      'pbi-jk demo --out contoh',
      'pbi-jk evaluate kasus.json --profile magetan',
      'pbi-jk letter kasus.json --profile magetan --number 17 --out surat.docx',
      'pbi-jk batch maret.xlsx --profile pematangsiantar --out hasil-maret',
      'pbi-jk rules --profile magetan --format docx --out buku-aturan.docx',
    ]),
  );

watchQuiet(program);

registerDemo(program);
registerEvaluate(program);
registerLetter(program);
registerVerify(program);
registerBatch(program);
registerRules(program);
registerTemplate(program);
registerSchema(program);
registerDesk(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const code = (e as { exitCode?: number }).exitCode;
  if (code === undefined) {
    // Not a usage error from commander: an internal failure, never the user's fault.
    process.stderr.write(
      `pbi-jk: internal error / kesalahan internal: ${String((e as Error)?.message ?? e)}\n`,
    );
    process.exit(EXIT.internal);
  }
  process.exit(code === 0 ? EXIT.ok : EXIT.usage);
}
