import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Locale } from '../../i18n/locale';
import { maskId } from '../../identifiers/mask';
import { PROFILE_IDS, type ProfileId, profiles } from '../../profiles/index';
import { CaseInput } from '../../schemas/case-input';
import type { Decision, Outcome } from '../../schemas/decision';
import { evaluate, renderLetter, renderRuleBook } from '../api';
import { InputError } from '../errors';
import { formatCitation } from '../explain';
import { parseJson, writeOutput } from '../io';
import { formatLetterNumber } from '../letter-number';
import { messagesFor } from '../messages';
import { examples, localeOption, runAction } from './shared';

/** The bundled sample cases: `examples/cases/<profile>/*.json` in the installed package. */
export function bundledCasesDir(): string {
  return fileURLToPath(new URL('../examples/cases/', import.meta.url));
}

type DemoCase = {
  file: string;
  input: CaseInput;
  decision: Decision;
  /** Undefined when only the office's own checks are pending: no letter goes out (checks-pending). */
  letterFile: string | undefined;
  number: string;
};

/** Registers `pbi-jk demo`. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'run the bundled sample cases of every profile / jalankan contoh kasus semua profil',
    )
    .option('--out <dir>', 'output folder', 'pbi-jk-demo')
    .addOption(localeOption())
    .addHelpText('after', examples(['npx pbi-jk demo', 'pbi-jk demo --out contoh --locale en']))
    .action((o: { out: string; locale: Locale }) =>
      runAction(o.locale, async () => {
        const m = messagesFor(o.locale);
        const casesDir = bundledCasesDir();
        if (!existsSync(casesDir)) throw new InputError(m.fileNotFound(casesDir));
        const out = resolve(o.out);
        const summary: string[] = [];
        summary.push(o.locale === 'id' ? '# Ringkasan demo pbi-jk' : '# pbi-jk demo summary', '');
        for (const profileId of PROFILE_IDS) {
          const dir = join(casesDir, profileId);
          if (!existsSync(dir)) continue;
          const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
          const done = await runProfile(profileId, dir, files, out, o.locale);
          const counts: Record<Outcome, number> = { eligible: 0, incomplete: 0, ineligible: 0 };
          for (const c of done) counts[c.decision.outcome]++;
          process.stdout.write(
            `${m.demoProfile({ profile: profileId, cases: done.length, ...counts })}\n`,
          );
          summary.push(...summarize(profileId, done, o.locale));
          for (const format of ['md', 'docx'] as const) {
            const book = await renderRuleBook({ profile: profileId, format, locale: o.locale });
            await writeOutput(join(out, 'buku-aturan', `${profileId}.${format}`), book);
          }
        }
        await writeOutput(join(out, 'ringkasan.md'), `${summary.join('\n')}\n`);
        process.stdout.write(`\n${m.demoDone(out)}\n`);
      }),
    );
}

async function runProfile(
  profileId: ProfileId,
  dir: string,
  files: string[],
  out: string,
  locale: Locale,
): Promise<DemoCase[]> {
  const done: DemoCase[] = [];
  let serial = 1;
  for (const file of files) {
    const raw = parseJson(await readFile(join(dir, file), 'utf8'), locale);
    const decision = await evaluate(raw, { profile: profileId, locale });
    const input = CaseInput.parse(raw);
    const base = file.replace(/\.json$/, '');
    const number = formatLetterNumber(
      profiles[profileId].letterNumberPattern,
      serial++,
      input.receivedOn,
    );
    // Only the office's own checks pending: its work, not the citizen's; no letter (SPEC §3).
    const checksOnly =
      decision.outcome === 'incomplete' && !decision.reasons.some((r) => r.kind === 'document');
    const letter = checksOnly
      ? undefined
      : await renderLetter({
          case: input,
          decision,
          profile: profileId,
          locale,
          letter: { number, date: input.receivedOn },
        });
    const letterFile = letter ? `surat/${profileId}/${base}.docx` : undefined;
    await writeOutput(
      join(out, 'keputusan', profileId, `${base}.json`),
      `${JSON.stringify(decision, null, 2)}\n`,
    );
    if (letter && letterFile) await writeOutput(join(out, letterFile), letter);
    done.push({ file: base, input, decision, letterFile, number });
  }
  return done;
}

function summarize(profileId: ProfileId, done: DemoCase[], locale: Locale): string[] {
  const m = messagesFor(locale);
  const lines: string[] = [`## ${profiles[profileId].name} (\`${profileId}\`)`, ''];
  for (const c of done) {
    const d = c.decision;
    lines.push(
      `### ${c.file}: ${c.input.applicant.name} (NIK ${maskId(c.input.applicant.nik)})`,
      '',
    );
    lines.push(
      `- ${m.service}: ${d.service} · ${m.asOf}: ${d.asOf} · ${m.regime}: ${d.regime}`,
      `- **${m.outcomeLabel}: ${m.outcome[d.outcome]}** (\`${d.outcome}\`)`,
      c.letterFile
        ? `- ${locale === 'id' ? 'Surat' : 'Letter'}: [${c.letterFile}](${c.letterFile}) — ${c.number}`
        : `- ${locale === 'id' ? 'Surat: tidak dibuat, pengecekan kantor belum selesai' : 'Letter: none, the office checks are pending'}`,
    );
    if (d.reasons.length) {
      lines.push(`- ${m.reasons}:`);
      for (const r of d.reasons) {
        lines.push(`  - \`${r.code}\` (${m.kind[r.kind]}): ${r.message}`);
        for (const cit of r.legalBasis)
          lines.push(`    - ${m.legalBasis}: ${formatCitation(cit, locale)}`);
      }
    }
    if (d.missingDocuments.length)
      lines.push(`- ${m.missingDocuments}: ${d.missingDocuments.join(', ')}`);
    if (d.nextSteps.length) {
      lines.push(`- ${m.nextSteps}:`);
      for (const s of d.nextSteps) lines.push(`  - ${s.message}`);
    }
    lines.push('');
  }
  return lines;
}
