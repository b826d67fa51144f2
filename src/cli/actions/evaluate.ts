/**
 * `pbi-jk evaluate`, loaded when the command runs. Built as a file of its own,
 * dist/evaluate-action.js (tsup.config.ts), holding all the command needs: Node 20 loads one file
 * instead of some twenty shared chunks (~0.7 ms each).
 */
// biome-ignore assist/source/organizeImports: zod-jitless must load first, before any schema below is built (see parseOnlyOnce).
import { JITLESS } from '../zod-jitless';
import { evaluate } from '../../evaluate';
import type { EvaluateCommandOptions } from '../commands/evaluate';
import { explainDecision } from '../explain';
import { readJsonInput } from '../io';
import { resolveProfileOptions } from '../profile-options';

/** Reads the applicant's name and NIK from an input that `evaluate` accepted, for the header line. */
export function applicantOf(input: unknown): { name: string; nik: string } | undefined {
  const a = (input as { applicant?: { name?: unknown; nik?: unknown } } | null)?.applicant;
  return typeof a?.name === 'string' && typeof a.nik === 'string'
    ? { name: a.name, nik: a.nik }
    : undefined;
}

/** Decides the case in `file` (or stdin for `-`) and prints the decision, explained or as JSON. */
export async function runEvaluate(file: string, o: EvaluateCommandOptions): Promise<void> {
  if (!JITLESS) throw new Error('zod-jitless was not loaded first');
  const input = await readJsonInput(file, o.locale);
  const { profile } = await resolveProfileOptions(o, o.locale);
  const decision = await evaluate(input, {
    profile,
    locale: o.locale,
    ...(o.asOf ? { asOf: o.asOf } : {}),
  });
  if (o.json) process.stdout.write(`${JSON.stringify(decision, null, 2)}\n`);
  else process.stdout.write(explainDecision(decision, o.locale, applicantOf(input)));
}
