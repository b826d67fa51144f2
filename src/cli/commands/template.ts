import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import type { Locale } from '../../i18n/locale';
import { maskIdentifiersIn } from '../../identifiers/mask';
import { readInput, writeOutput } from '../io';
import { LETTER_KINDS, type LetterKind } from '../letter-kinds';
import { messagesFor } from '../messages';
import {
  addProfileOptions,
  EXIT,
  examples,
  localeOption,
  type ProfileOptions,
  resolveProfileOptions,
  runAction,
  say,
} from './shared';

function letterKind(value: string): LetterKind {
  if (!(LETTER_KINDS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`choose one of ${LETTER_KINDS.join(', ')}`);
  return value as LetterKind;
}

/** The problems a template report lists, as plain lines (whatever the report's exact shape). */
export function templateProblems(report: unknown): string[] {
  if (typeof report !== 'object' || report === null) return [];
  const r = report as Record<string, unknown>;
  const list = [r.problems, r.issues, r.errors].find(Array.isArray) as unknown[] | undefined;
  if (!list) return [];
  return list.map((p) => {
    if (typeof p === 'string') return p;
    const q = (p ?? {}) as Record<string, unknown>;
    const where = typeof q.paragraph === 'string' && q.paragraph ? ` — «${q.paragraph}»` : '';
    const tag = typeof q.tag === 'string' ? `{${q.tag}} ` : '';
    return `${tag}${typeof q.message === 'string' ? q.message : JSON.stringify(q)}${where}`;
  });
}

/** Registers `pbi-jk template export|check`. */
export function registerTemplate(program: Command): void {
  const template = program
    .command('template')
    .description('export an editable letter template, or check an edited one / templat surat')
    .addHelpText(
      'after',
      examples([
        'pbi-jk template export rekomendasi-reaktivasi --profile magetan --out templat.docx',
        'pbi-jk template check templat.docx --kind rekomendasi-reaktivasi',
      ]),
    );

  const exportCommand = template
    .command('export')
    .description(
      'write the .docx template of a letter kind, with its {tags}, for an office to restyle',
    )
    .argument('<kind>', `letter kind: ${LETTER_KINDS.join(', ')}`, letterKind);
  addProfileOptions(exportCommand)
    .requiredOption('--out <file.docx>', 'where to write the template')
    .addOption(localeOption())
    .addHelpText(
      'after',
      examples([
        'pbi-jk template export pengembalian-berkas --profile garut --out templat-pengembalian.docx',
      ]),
    )
    .action((kind: LetterKind, o: ProfileOptions & { out: string; locale: Locale }) =>
      runAction(o.locale, async () => {
        const { profile } = await resolveProfileOptions(o, o.locale);
        const { exportTemplate } = await import('../../letters/export-template');
        const bytes = await exportTemplate(kind, { profile });
        await writeOutput(o.out, bytes);
        say(messagesFor(o.locale).wrote(resolve(o.out)));
      }),
    );

  template
    .command('check')
    .description('check an edited template: unknown tags, missing tags, broken tag syntax')
    .argument('<file>', 'the edited .docx template')
    .requiredOption('--kind <kind>', `letter kind: ${LETTER_KINDS.join(', ')}`, letterKind)
    .option('--json', 'print the report as JSON')
    .addOption(localeOption())
    .addHelpText(
      'after',
      examples(['pbi-jk template check templat-kami.docx --kind rekomendasi-reaktivasi']),
    )
    .action((file: string, o: { kind: LetterKind; json?: boolean; locale: Locale }) =>
      runAction(o.locale, async () => {
        const bytes = new Uint8Array(await readInput(file, o.locale));
        const { checkTemplate } = await import('../../letters/check-template');
        const report = await checkTemplate(bytes, o.kind, o.locale);
        const problems = templateProblems(report);
        const ok = (report as { ok?: unknown }).ok ?? problems.length === 0;
        const m = messagesFor(o.locale);
        if (o.json) process.stdout.write(`${maskIdentifiersIn(JSON.stringify(report, null, 2))}\n`);
        else if (ok) process.stdout.write(`${m.templateOk}\n`);
        else
          process.stdout.write(
            maskIdentifiersIn(
              `${m.templateProblems(problems.length)}\n${problems.map((p) => `  - ${p}\n`).join('')}`,
            ),
          );
        if (!ok) process.exitCode = EXIT.invalidInput;
      }),
    );
}
