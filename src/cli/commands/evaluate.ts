import type { Command } from 'commander';
import type { Locale } from '../../i18n/locale';
import {
  addProfileOptions,
  asOfOption,
  examples,
  localeOption,
  type ProfileOptions,
  runAction,
} from './shared';

/** Options of `pbi-jk evaluate`. */
export type EvaluateCommandOptions = ProfileOptions & {
  asOf?: string;
  json?: boolean;
  locale: Locale;
};

/** Registers `pbi-jk evaluate <case.json|->`. */
export function registerEvaluate(program: Command): void {
  const command = program
    .command('evaluate')
    .description(
      'decide one case and explain the decision / putuskan satu kasus dan jelaskan alasannya',
    )
    .argument('<case>', 'case JSON file, or - for stdin');
  addProfileOptions(command)
    .addOption(asOfOption())
    .option('--json', 'print the Decision as JSON')
    .addOption(localeOption())
    .addHelpText(
      'after',
      examples([
        'pbi-jk evaluate kasus.json --profile magetan',
        'pbi-jk evaluate kasus.json --profile garut --as-of 2026-03-01 --locale en',
        'cat kasus.json | pbi-jk evaluate - --profile purbalingga --json',
      ]),
    )
    .action((file: string, o: EvaluateCommandOptions) =>
      runAction(o.locale, async () => {
        // dist/evaluate-action.js, built apart (tsup.config.ts); it turns zod's JIT off itself.
        const action: typeof import('../actions/evaluate') = await import(
          new URL('./evaluate-action.js', import.meta.url).href
        );
        await action.runEvaluate(file, o);
      }),
    );
}
