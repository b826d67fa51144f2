import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import type { Locale } from '../../i18n/locale';
import { maskIdentifiersIn } from '../../identifiers/mask';
import type { ProfileId } from '../../profiles/index';
import { LetterKind } from '../../schemas/profile';
import { checkTemplate, exportTemplate } from '../api';
import { readInput, writeOutput } from '../io';
import { messagesFor } from '../messages';
import { EXIT, examples, localeOption, profileOption, runAction } from './shared';

function letterKind(value: string): LetterKind {
  const parsed = LetterKind.safeParse(value);
  if (!parsed.success)
    throw new InvalidArgumentError(`choose one of ${LetterKind.options.join(', ')}`);
  return parsed.data;
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

  template
    .command('export')
    .description(
      'write the .docx template of a letter kind, with its {tags}, for an office to restyle',
    )
    .argument('<kind>', `letter kind: ${LetterKind.options.join(', ')}`, letterKind)
    .addOption(profileOption())
    .requiredOption('--out <file.docx>', 'where to write the template')
    .addOption(localeOption())
    .addHelpText(
      'after',
      examples([
        'pbi-jk template export pengembalian-berkas --profile garut --out templat-pengembalian.docx',
      ]),
    )
    .action((kind: LetterKind, o: { profile: ProfileId; out: string; locale: Locale }) =>
      runAction(o.locale, async () => {
        const bytes = await exportTemplate(kind, { profile: o.profile });
        await writeOutput(o.out, bytes);
        process.stdout.write(`${messagesFor(o.locale).wrote(resolve(o.out))}\n`);
      }),
    );

  template
    .command('check')
    .description('check an edited template: unknown tags, missing tags, broken tag syntax')
    .argument('<file>', 'the edited .docx template')
    .requiredOption('--kind <kind>', `letter kind: ${LetterKind.options.join(', ')}`, letterKind)
    .option('--json', 'print the report as JSON')
    .addOption(localeOption())
    .addHelpText(
      'after',
      examples(['pbi-jk template check templat-kami.docx --kind rekomendasi-reaktivasi']),
    )
    .action((file: string, o: { kind: LetterKind; json?: boolean; locale: Locale }) =>
      runAction(o.locale, async () => {
        const bytes = new Uint8Array(await readInput(file, o.locale));
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
