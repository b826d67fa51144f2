import type { Command } from 'commander';
import type { Locale } from '../../i18n/locale';
import { readJsonInput } from '../io';
import {
  addProfileOptions,
  asOfOption,
  examples,
  localeOption,
  type ProfileOptions,
  parseOnlyOnce,
  resolveProfileOptions,
  runAction,
} from './shared';

/** Options of `pbi-jk evaluate`. */
export type EvaluateCommandOptions = ProfileOptions & {
  asOf?: string;
  json?: boolean;
  locale: Locale;
};

/** Reads the applicant's name and NIK from an input that `evaluate` accepted, for the header line. */
export function applicantOf(input: unknown): { name: string; nik: string } | undefined {
  const a = (input as { applicant?: { name?: unknown; nik?: unknown } } | null)?.applicant;
  return typeof a?.name === 'string' && typeof a.nik === 'string'
    ? { name: a.name, nik: a.nik }
    : undefined;
}

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
        await parseOnlyOnce();
        const input = await readJsonInput(file, o.locale);
        const { profile } = await resolveProfileOptions(o, o.locale);
        const { evaluate } = await import('../../evaluate');
        const { explainDecision } = await import('../explain');
        const decision = await evaluate(input, {
          profile,
          locale: o.locale,
          ...(o.asOf ? { asOf: o.asOf } : {}),
        });
        if (o.json) process.stdout.write(`${JSON.stringify(decision, null, 2)}\n`);
        else process.stdout.write(explainDecision(decision, o.locale, applicantOf(input)));
      }),
    );
}
